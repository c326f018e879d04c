"""The data model: immutable attrs classes for articles and what newskit finds in them.

Every offset is a half-open character range ``[start, end)`` into ``Article.text``, the exact
text the user gave. Text is never rewritten: the text of a span is always ``text[start:end]``.
Plugins never mutate objects; they return new ones and the pipeline combines them with
``attrs.evolve``. Serialization lives in :mod:`newskit.converter`, not here.
"""

from __future__ import annotations

import array
import datetime as dt
import enum
import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Attribution",
    "Sentence",
    "Span",
    "Statement",
    "StatementKind",
    "TimeExpression",
    "TimexType",
    "Token",
]


# --- validation helpers -------------------------------------------------------------------------


def _fail(cls: str, name: str, expected: str, value: object) -> ValueError:
    return ValueError(f"{cls}.{name}: expected {expected}, received {value!r}")


def _non_negative_int(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or value < 0:  # bool is not an offset
        raise _fail(type(instance).__name__, attribute.name, "an int >= 0", value)


def _non_empty_str(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise _fail(type(instance).__name__, attribute.name, "a non-empty str", value)


def _optional_str(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise _fail(type(instance).__name__, attribute.name, "a str or None", value)


def _instances_of(kind: type | tuple[type, ...], *, optional: bool = False) -> Any:
    """Validator: the value (or each item of a tuple) is an instance of ``kind``."""
    names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if optional and value is None:
            return
        if not isinstance(value, kind):
            expected = f"{names} or None" if optional else names
            raise _fail(type(instance).__name__, attribute.name, expected, value)

    return check


def _tuple_of(kind: type) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                raise _fail(
                    type(instance).__name__, f"{attribute.name}[{index}]", kind.__name__, item
                )

    return check


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)):
        # A lone string would silently become a tuple of characters.
        raise TypeError(f"expected a sequence of items, received the string {value!r}")
    return tuple(value)


def _enum_converter(kind: type[enum.Enum], where: str) -> Any:
    """Converter: accept a member or its value; an error naming ``where`` (``"Actor.kind"``)."""

    def convert(value: object) -> enum.Enum:
        if isinstance(value, kind):
            return value
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in kind)
            raise ValueError(f"{where}: expected one of {allowed}, received {value!r}") from None

    return convert


# --- offsets ------------------------------------------------------------------------------------


@frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` into the article text."""

    start: int = field(validator=_non_negative_int)
    end: int = field(validator=_non_negative_int)

    @end.validator
    def _end_not_before_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise _fail("Span", "end", f"an int >= start ({self.start})", value)

    def slice(self, text: str) -> str:
        """The covered text: ``text[start:end]``."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def __bool__(self) -> bool:
        # An empty span (an insertion point) is still a span: test optional spans with
        # ``is None``, never by truth value, and ``len(span)`` for emptiness.
        return True

    def __reduce_ex__(self, protocol: Any) -> Any:
        # Rebuilt without the validators (it was checked when made): spans are many. A subclass
        # pickles the default way.
        if type(self) is not Span:
            return object.__reduce_ex__(self, protocol)
        return (_unpickle_span, (self.start, self.end))

    def overlaps(self, other: Span) -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@frozen(order=True)
class Token:
    """One token: a half-open character range, like :class:`Span`.

    Tokens are the most numerous objects, so they carry no validators of their own: the
    :class:`Article` that holds them checks every token against its text (see
    :func:`check_spans`), once per tuple of tokens.
    """

    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@frozen(order=True)
class Sentence:
    """A sentence: its character span and the half-open range of token indexes it covers."""

    start: int = field(validator=_non_negative_int)
    end: int = field(validator=_non_negative_int)
    token_start: int = field(default=0, validator=_non_negative_int)
    token_end: int = field(default=0, validator=_non_negative_int)

    @end.validator
    def _end_not_before_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise _fail("Sentence", "end", f"an int >= start ({self.start})", value)

    @token_end.validator
    def _token_end_not_before_token_start(
        self, attribute: attrs.Attribute[int], value: int
    ) -> None:
        if value < self.token_start:
            raise _fail(
                "Sentence", "token_end", f"an int >= token_start ({self.token_start})", value
            )

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def __reduce_ex__(self, protocol: Any) -> Any:
        if type(self) is not Sentence:
            return object.__reduce_ex__(self, protocol)
        return (_unpickle_sentence, (self.start, self.end, self.token_start, self.token_end))


# --- actors -------------------------------------------------------------------------------------


class ActorKind(str, enum.Enum):
    """What kind of entity an actor is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    GROUP = "group"
    UNKNOWN = "unknown"


@frozen
class Actor:
    """A real-world entity of the article, consolidated over all its mentions.

    :ivar id: unique within the article, e.g. ``"a3"``.
    :ivar name: the canonical (usually longest) name.
    :ivar kind: person, organization, place, group or unknown.
    :ivar mentions: every place in the text that refers to the actor, in text order.
    :ivar roles: verbatim descriptions of the actor ("Sprecher des US-Außenministeriums").
    :ivar aliases: other surface names seen for the actor ("Shoigu" for "Sergej Schoigu").
    :ivar code: a standard code where one exists (ISO 3166-1 alpha-2 for countries).
    :ivar refers_to: the id of the actor this one stands for (a capital used for its state).
    """

    id: str = field(validator=_non_empty_str)
    name: str = field(validator=attrs.validators.instance_of(str))
    kind: ActorKind = field(
        default=ActorKind.UNKNOWN, converter=_enum_converter(ActorKind, "Actor.kind")  # type: ignore[misc]
    )
    mentions: tuple[Span, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(Span))
    roles: tuple[Span, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(Span))
    aliases: tuple[str, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(str))
    code: str | None = field(default=None, validator=_optional_str)
    refers_to: str | None = field(default=None, validator=_optional_str)


# --- time ---------------------------------------------------------------------------------------


class TimexType(str, enum.Enum):
    """The TIMEX3 type of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@frozen
class TimeExpression:
    """A temporal expression with its normalised TIMEX3 value.

    :ivar value: the TIMEX3 ``value`` ("2023-09-05", "2023-W37", "P2Y", "XXXX-XX-XX" when it
        cannot be resolved without a publication date).
    :ivar modifier: the TIMEX3 ``mod`` ("START", "END", "APPROX", ...) or None.
    """

    id: str = field(validator=_non_empty_str)
    span: Span = field(validator=_instances_of(Span))
    value: str = field(validator=attrs.validators.instance_of(str))
    type: TimexType = field(
        default=TimexType.DATE, converter=_enum_converter(TimexType, "TimeExpression.type")  # type: ignore[misc]
    )
    modifier: str | None = field(default=None, validator=_optional_str)


# --- statements ---------------------------------------------------------------------------------


class StatementKind(str, enum.Enum):
    """How a statement is rendered in the text."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    FREE_INDIRECT = "free_indirect"
    REPORTED = "reported"
    MIXED = "mixed"


@frozen
class Statement:
    """Who said what: one attributed statement.

    :ivar speaker: the id of the speaking :class:`Actor`, or None when unknown.
    :ivar speaker_mention: where the speaker is named for this statement (may be a pronoun).
    :ivar cue: the word(s) that signal the statement ("sagte", "laut", "according to").
    :ivar content: what was said; several spans when the quote is interrupted by its frame.
    :ivar kind: direct, indirect, free_indirect, reported or mixed.
    :ivar frame: the reporting clause around the content ("sagte Sullivan gegenüber Reportern").
    :ivar addressee: to whom it was said ("gegenüber Reportern"), or None.
    :ivar verbatim: quoted parts inside non-direct content (partial quotes).
    :ivar channel: the id of the actor that relays the statement (a ministry quoting its
        minister), or None.
    :ivar date: the time expression the statement is dated by ("sagte am Dienstag"), or None.
    """

    id: str = field(validator=_non_empty_str)
    content: tuple[Span, ...] = field(converter=_to_tuple, validator=_tuple_of(Span))
    kind: StatementKind = field(converter=_enum_converter(StatementKind, "Statement.kind"))  # type: ignore[misc]
    speaker: str | None = field(default=None, validator=_optional_str)
    speaker_mention: Span | None = field(default=None, validator=_instances_of(Span, optional=True))
    cue: Span | None = field(default=None, validator=_instances_of(Span, optional=True))
    frame: Span | None = field(default=None, validator=_instances_of(Span, optional=True))
    addressee: Span | None = field(default=None, validator=_instances_of(Span, optional=True))
    verbatim: tuple[Span, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(Span))
    channel: str | None = field(default=None, validator=_optional_str)
    date: TimeExpression | None = field(
        default=None, validator=_instances_of(TimeExpression, optional=True)
    )

    @content.validator
    def _content_not_empty(self, attribute: attrs.Attribute[Any], value: tuple[Span, ...]) -> None:
        if not value:
            raise _fail("Statement", "content", "at least one Span", value)


@frozen
class Attribution:
    """What a statement-attribution plugin returns: statements, plus the actors it had to add
    (an anonymous speaker such as "ein hochrangiger Beamter" that actor recognition did not list).
    """

    statements: tuple[Statement, ...] = field(
        default=(), converter=_to_tuple, validator=_tuple_of(Statement)
    )
    actors: tuple[Actor, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(Actor))


# --- the article --------------------------------------------------------------------------------


def _metadata_converter(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[
    tuple[str, str], ...
]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(key), str(item)) for key, item in items))


def _optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise _fail("Article", attribute.name, "a datetime.date or None", value)


@frozen
class Article:
    """An article: the exact input text, what is known about it, and what newskit found in it.

    Readers create articles with only the input fields set; the pipeline fills the rest.

    :ivar text: the exact input text; every offset indexes into it.
    :ivar id: an identifier unique within a batch (the file name, the JSONL ``id``).
    :ivar language: ISO 639-1 code ("de", "en"), or None before identification.
    :ivar title: the headline, or None.
    :ivar published: the publication date, the anchor for relative dates, or None.
    :ivar url: where the article came from, or None.
    :ivar source: the file or stream it was read from, or None.
    :ivar metadata: further string facts (section, author), as sorted key/value pairs.
    :ivar headline: the span of the headline inside ``text`` when the text contains it.
    :ivar boilerplate: spans recognised as web boilerplate, not article text (kept, not cut).
    """

    text: str = field(validator=attrs.validators.instance_of(str))
    id: str = field(default="article", validator=_non_empty_str)
    language: str | None = field(default=None, validator=_optional_str)
    title: str | None = field(default=None, validator=_optional_str)
    published: dt.date | None = field(default=None, validator=_optional_date)
    url: str | None = field(default=None, validator=_optional_str)
    source: str | None = field(default=None, validator=_optional_str)
    metadata: tuple[tuple[str, str], ...] = field(default=(), converter=_metadata_converter)
    headline: Span | None = field(default=None, validator=_instances_of(Span, optional=True))
    boilerplate: tuple[Span, ...] = field(
        default=(), converter=_to_tuple, validator=_tuple_of(Span)
    )
    tokens: tuple[Token, ...] = field(default=(), converter=_to_tuple)
    sentences: tuple[Sentence, ...] = field(
        default=(), converter=_to_tuple, validator=_tuple_of(Sentence)
    )
    actors: tuple[Actor, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(Actor))
    statements: tuple[Statement, ...] = field(
        default=(), converter=_to_tuple, validator=_tuple_of(Statement)
    )
    dates: tuple[TimeExpression, ...] = field(
        default=(), converter=_to_tuple, validator=_tuple_of(TimeExpression)
    )

    def __attrs_post_init__(self) -> None:
        check_spans(self)

    def __reduce_ex__(self, protocol: Any) -> Any:
        # Pickled compactly for worker processes: the tokens, most of an article's objects, as
        # one string of offsets, rebuilt without a call of Token() each (an article that was
        # checked when it was made is not checked again). A subclass pickles the default way.
        if type(self) is not Article:
            return object.__reduce_ex__(self, protocol)
        tokens = self.tokens
        offsets = array.array("q", itertools.chain.from_iterable(map(_token_offsets, tokens)))
        values = tuple(getattr(self, name) for name in _PICKLED_FIELDS)
        return (_unpickle_article, (values, offsets.tobytes()))

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str = "article",
        language: str | None = None,
        title: str | None = None,
        published: dt.date | str | None = None,
        url: str | None = None,
        source: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Article:
        """An unanalysed article; ``published`` may be an ISO date string."""
        return cls(
            text=text,
            id=id,
            language=language,
            title=title,
            published=parse_date(published, "published"),
            url=url,
            source=source,
            metadata=metadata or {},
        )

    def slice(self, span: Span | Token | Sentence) -> str:
        """The text of a span: ``text[span.start:span.end]``."""
        return self.text[span.start : span.end]

    def meta(self, key: str, default: str | None = None) -> str | None:
        """One metadata value."""
        for name, value in self.metadata:
            if name == key:
                return value
        return default

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id; :class:`KeyError` naming it when there is none."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(f"article {self.id!r} has no actor {actor_id!r}")

    def is_boilerplate(self, span: Span | Token | Sentence) -> bool:
        """True when the span lies inside recognised boilerplate."""
        return any(b.start <= span.start and span.end <= b.end for b in self.boilerplate)


def parse_date(value: dt.date | str | None, name: str) -> dt.date | None:
    """Accept a date, an ISO ``YYYY-MM-DD`` string, an ISO date-time string (its date is used)
    or None; a :class:`ValueError` naming ``name`` otherwise."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        cleaned = value.strip()
        try:
            if len(cleaned) == 10:
                return dt.date.fromisoformat(cleaned)
            if len(cleaned) > 10 and cleaned[10] in "T ":
                if cleaned.endswith(("Z", "z")):  # Python < 3.11 does not read "Z"
                    cleaned = cleaned[:-1] + "+00:00"
                return dt.datetime.fromisoformat(cleaned).date()
        except ValueError:
            pass
    raise ValueError(f"{name}: expected a date as YYYY-MM-DD, received {value!r}")


# --- validation of an article against its text --------------------------------------------------
#
# An article is re-created by every attrs.evolve (the pipeline evolves it once per stage), and its
# tokens are many. Checks of big tuples are remembered per tuple object: evolve hands the same
# tuple to the new article, so the tokens are walked once, not once per stage. The memo holds a
# reference to each tuple it remembers (so its id cannot be reused) and only a few of them.

_MEMO_MIN_ITEMS = 32
_MEMO_SIZE = 16
_memo: dict[int, tuple[object, tuple[int, ...]]] = {}


def _already_checked(value: tuple[Any, ...], context: tuple[int, ...]) -> bool:
    if len(value) < _MEMO_MIN_ITEMS:
        return False
    entry = _memo.get(id(value))
    return entry is not None and entry[0] is value and entry[1] == context


def _remember(value: tuple[Any, ...], context: tuple[int, ...]) -> None:
    if len(value) < _MEMO_MIN_ITEMS:
        return
    _memo[id(value)] = (value, context)
    while len(_memo) > _MEMO_SIZE:
        try:
            del _memo[next(iter(_memo))]
        except (KeyError, RuntimeError, StopIteration):  # another thread got there first
            break


def _bounds(article_id: str, where: str, span: Span | Token | Sentence, length: int) -> None:
    start, end = span.start, span.end
    if not (type(start) is int and type(end) is int and 0 <= start <= end <= length):
        raise ValueError(
            f"Article {article_id!r}: {where}: expected a range [start, end) with "
            f"0 <= start <= end <= {length} (the text length), received [{start!r}, {end!r})"
        )


def _check_tokens(article: Article, length: int) -> None:
    context = (length,)
    if _already_checked(article.tokens, context):
        return
    # One pass without a call per token (tokens are many); the slow path names the culprit.
    tokens = article.tokens
    if not all(type(t) is Token and 0 <= t.start <= t.end <= length for t in tokens):
        for index, token in enumerate(tokens):
            if not isinstance(token, Token):
                raise _fail("Article", f"tokens[{index}]", "Token", token)
            _bounds(article.id, f"tokens[{index}]", token, length)
    _remember(tokens, context)


def _check_sentences(article: Article, length: int) -> None:
    count = len(article.tokens)
    context = (length, count)
    if _already_checked(article.sentences, context):
        return
    for index, sentence in enumerate(article.sentences):
        _bounds(article.id, f"sentences[{index}]", sentence, length)
        if sentence.token_end > count:
            raise ValueError(
                f"Article {article.id!r}: sentences[{index}].token_end: expected an int <= "
                f"{count} (the number of tokens), received {sentence.token_end}"
            )
    _remember(article.sentences, context)


def _unique(article: Article, what: str, ids: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    for identifier in ids:
        if identifier in seen:
            raise ValueError(
                f"Article {article.id!r}: {what} ids: expected unique ids, received "
                f"{identifier!r} twice"
            )
        seen.add(identifier)
    return seen


def _reference(article: Article, where: str, value: str | None, known: set[str]) -> None:
    if value is not None and value not in known:
        listed = ", ".join(sorted(known)) or "none"
        raise ValueError(
            f"Article {article.id!r}: {where}: expected the id of one of the article's actors "
            f"({listed}), received {value!r}"
        )


#: The parts of an article that :func:`check_spans` checks, in dependency order (sentences need
#: the tokens, statements the actors and dates).
SPAN_FIELDS = ("headline", "boilerplate", "tokens", "sentences", "actors", "dates", "statements")


def check_spans(article: Article, *, fields: Iterable[str] | None = None) -> None:
    """Check an article against its own text; a :class:`ValueError` names the first problem.

    Every span, token and sentence lies inside the text; sentences cover existing tokens; actor,
    statement and date ids are unique; statement ``speaker`` and ``channel`` and actor
    ``refers_to`` name actors of the article; a statement's ``date`` is one of the article's
    ``dates``. :class:`Article` runs this on creation (and so on
    every ``attrs.evolve``); checks of big tuples are remembered, so re-checking is cheap.

    :param fields: check only these parts (names from ``SPAN_FIELDS``), for a caller that
        changed only them in an article that was checked before (the pipeline, stage by stage).
    """
    wanted = frozenset(SPAN_FIELDS if fields is None else fields)
    unknown = wanted.difference(SPAN_FIELDS)
    if unknown:
        raise ValueError(
            f"check_spans: fields: expected names from {', '.join(SPAN_FIELDS)}, received "
            f"{', '.join(sorted(unknown))}"
        )
    length = len(article.text)
    name = article.id
    if "headline" in wanted and article.headline is not None:
        _bounds(name, "headline", article.headline, length)
    if "boilerplate" in wanted:
        for index, span in enumerate(article.boilerplate):
            _bounds(name, f"boilerplate[{index}]", span, length)
    if "tokens" in wanted:
        _check_tokens(article, length)
    if "sentences" in wanted:
        _check_sentences(article, length)
    actor_ids: set[str] = set()
    if not wanted.isdisjoint(("actors", "statements")):
        actor_ids = _unique(article, "actor", (actor.id for actor in article.actors))
    if "actors" in wanted:
        _check_actors(article, length, actor_ids)
    if "dates" in wanted:
        _unique(article, "date", (expression.id for expression in article.dates))
        for expression in article.dates:
            _bounds(name, f"date {expression.id!r} span", expression.span, length)
    if "statements" in wanted:
        _check_statements(article, length, actor_ids)


def _check_actors(article: Article, length: int, actor_ids: set[str]) -> None:
    context = (length,)
    if _already_checked(article.actors, context):
        return
    name = article.id
    for actor in article.actors:
        for index, span in enumerate(actor.mentions):
            _bounds(name, f"actor {actor.id!r} mentions[{index}]", span, length)
        for index, span in enumerate(actor.roles):
            _bounds(name, f"actor {actor.id!r} roles[{index}]", span, length)
        _reference(article, f"actor {actor.id!r} refers_to", actor.refers_to, actor_ids)
    _remember(article.actors, context)


def _check_statements(article: Article, length: int, actor_ids: set[str]) -> None:
    name = article.id
    _unique(article, "statement", (statement.id for statement in article.statements))
    known_dates = set(article.dates) if article.statements else set()
    for statement in article.statements:
        where = f"statement {statement.id!r}"
        _reference(article, f"{where} speaker", statement.speaker, actor_ids)
        _reference(article, f"{where} channel", statement.channel, actor_ids)
        for index, span in enumerate(statement.content):
            _bounds(name, f"{where} content[{index}]", span, length)
        for index, span in enumerate(statement.verbatim):
            _bounds(name, f"{where} verbatim[{index}]", span, length)
        for field_name in ("speaker_mention", "cue", "frame", "addressee"):
            optional = getattr(statement, field_name)
            if optional is not None:
                _bounds(name, f"{where} {field_name}", optional, length)
        if statement.date is not None and statement.date not in known_dates:
            raise ValueError(
                f"Article {name!r}: {where} date: expected one of the article's dates, "
                f"received {statement.date!r}"
            )


# --- copies without checks, for the pipeline ----------------------------------------------------

_ARTICLE_FIELDS = tuple(attribute.name for attribute in attrs.fields(Article))
_new_object = object.__new__
_set_attribute = object.__setattr__


def _unchecked_copy(article: Article, changes: Mapping[str, Any]) -> Article:
    """A copy of ``article`` with ``changes``, built without converters, validators or
    :func:`check_spans`.

    Only for a caller that passes converted values (tuples of the right classes) and checks what
    it changed with ``check_spans(copy, fields=changes)``: the pipeline, which so checks each
    stage's results once instead of re-creating (and re-checking) the whole article per stage.
    A subclass of :class:`Article` is copied with :func:`attrs.evolve` (checked).
    """
    if type(article) is not Article:
        return attrs.evolve(article, **changes)
    copy = _new_object(Article)
    for name in _ARTICLE_FIELDS:
        _set_attribute(copy, name, changes[name] if name in changes else getattr(article, name))
    return copy


_PICKLED_FIELDS = tuple(name for name in _ARTICLE_FIELDS if name != "tokens")
_token_offsets = operator.attrgetter("start", "end")
_set_token_start = Token.__dict__["start"].__set__
_set_token_end = Token.__dict__["end"].__set__


def _offset_lists(tokens: Sequence[Token]) -> tuple[list[int], list[int]]:
    """The start offsets and the end offsets of ``tokens``, as two lists (the token views of
    actor recognition and attribution). Here, in an uncompiled module, on purpose: CPython's
    specialising interpreter reads attrs slots about twice as fast as mypyc-compiled code."""
    return [token.start for token in tokens], [token.end for token in tokens]


def _make_tokens(spans: Iterable[tuple[int, int]]) -> list[Token]:
    """Tokens for ``(start, end)`` pairs, made without a call of ``Token.__init__`` each (about
    a third faster; tokens are the most numerous objects). Unchecked, like ``Token()``."""
    tokens: list[Token] = []
    append = tokens.append
    new, set_start, set_end = _new_object, _set_token_start, _set_token_end
    for start, end in spans:
        token = new(Token)
        set_start(token, start)
        set_end(token, end)
        append(token)
    return tokens


def _unpickle_article(values: tuple[Any, ...], offsets: bytes) -> Article:
    flat = array.array("q")
    flat.frombytes(offsets)
    pairs = iter(flat)
    article = _new_object(Article)
    for name, value in zip(_PICKLED_FIELDS, values, strict=True):
        _set_attribute(article, name, value)
    _set_attribute(article, "tokens", tuple(_make_tokens(zip(pairs, pairs, strict=False))))
    return article


_span_setters = tuple(Span.__dict__[name].__set__ for name in ("start", "end"))
_sentence_setters = tuple(
    Sentence.__dict__[name].__set__ for name in ("start", "end", "token_start", "token_end")
)


def _unpickle_span(start: int, end: int) -> Span:
    span = _new_object(Span)
    set_start, set_end = _span_setters
    set_start(span, start)
    set_end(span, end)
    return span


def _unpickle_sentence(*values: int) -> Sentence:
    sentence = _new_object(Sentence)
    for setter, value in zip(_sentence_setters, values, strict=True):
        setter(sentence, value)
    return sentence
