"""The one place where newskit objects become JSON-ready data and back (cattrs).

JSON shape decisions:

- A span is ``{"start", "end", "text"}`` with ``text == article.text[start:end]``. ``text`` is
  derived when writing and checked when reading: a document whose span text disagrees with its
  offsets is rejected, because the offsets would then point at something else.
- A time expression is flat: ``{"id", "start", "end", "text", "value", "type", "modifier"}``.
- Tokens are ``[start, end]`` pairs and sentences ``[start, end, token_start, token_end]``
  lists, because there are many of them.
- Dates are ISO ``YYYY-MM-DD`` strings; enums are their values; metadata is an object.
- Every key is always written (``null`` or ``[]`` when empty), so consumers need no defaults.
- ``"newskit"`` carries the format version, :data:`FORMAT_VERSION` (``MAJOR.MINOR``). A minor
  version only adds keys, so readers ignore keys they do not know; a major version changes or
  removes keys, and :func:`load_article` refuses a major version newer than its own.
- Offsets are JSON integers; a float or a string where an offset belongs is an error, never
  rounded.

Loading is the inverse: ``load_article(dump_article(a)) == a`` for every article. The JSON Schema
of this shape ships as ``newskit/schema/article.schema.json`` (see :mod:`newskit.schema`).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import json
import operator
from collections.abc import Mapping
from typing import Any

import cattrs

from .errors import InputError
from .model import (
    Actor,
    ActorKind,
    Article,
    Sentence,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexType,
    Token,
    parse_date,
)

__all__ = ["FORMAT_VERSION", "dump_article", "dumps", "load_article", "loads"]

FORMAT_VERSION = "1.0"

# The text spans are sliced from while (un)structuring one article.
_current_text: contextvars.ContextVar[str] = contextvars.ContextVar("newskit_article_text")


def _unstructure_span(span: Span) -> dict[str, Any]:
    text = _current_text.get()
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def _offset(value: Any, what: str) -> int:
    if type(value) is not int:  # bool and float are not offsets
        raise ValueError(f"{what}: expected an integer offset, received {value!r}")
    return value


def _short(text: Any, limit: int = 60) -> Any:
    if isinstance(text, str) and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def _structure_span(data: Any, _: type) -> Span:
    if not isinstance(data, Mapping) or "start" not in data or "end" not in data:
        raise ValueError(f"expected a span object with start and end, received {data!r}")
    span = Span(_offset(data["start"], "span start"), _offset(data["end"], "span end"))
    text = _current_text.get(None)
    if text is not None and "text" in data and data["text"] != text[span.start : span.end]:
        raise ValueError(
            f"span [{span.start}, {span.end}) says its text is {_short(data['text'])!r} but the "
            f"article text there is {_short(text[span.start:span.end])!r}"
        )
    return span


def _unstructure_time(expression: TimeExpression) -> dict[str, Any]:
    span = expression.span
    return {
        "id": expression.id,
        "start": span.start,
        "end": span.end,
        "text": _current_text.get()[span.start : span.end],
        "value": expression.value,
        "type": expression.type.value,
        "modifier": expression.modifier,
    }


def _structure_time(data: Any, _: type) -> TimeExpression:
    if not isinstance(data, Mapping):
        raise ValueError(f"expected a date object, received {data!r}")
    missing = [key for key in ("id", "start", "end", "value") if key not in data]
    if missing:
        raise ValueError(f"date object {data!r} lacks {', '.join(missing)}")
    return TimeExpression(
        id=data["id"],
        span=_structure_span(data, Span),
        value=data["value"],
        type=data.get("type", "DATE"),
        modifier=data.get("modifier"),
    )


def _offsets(data: Any, count: int, what: str) -> list[int]:
    if not isinstance(data, (list, tuple)) or len(data) != count:
        raise ValueError(f"{what}: expected a list of {count} integers, received {data!r}")
    return [_offset(value, what) for value in data]


def _structure_token(data: Any, _: type) -> Token:
    start, end = _offsets(data, 2, "token")
    return Token(start, end)


def _structure_sentence(data: Any, _: type) -> Sentence:
    return Sentence(*_offsets(data, 4, "sentence"))


def _structure_enum(value: Any, kind: type[enum.Enum]) -> enum.Enum:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise ValueError(f"expected one of {allowed}, received {value!r}") from None


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=False)
    converter.register_unstructure_hook(Span, _unstructure_span)
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(TimeExpression, _unstructure_time)
    converter.register_structure_hook(TimeExpression, _structure_time)
    converter.register_unstructure_hook(Token, lambda t: [t.start, t.end])
    converter.register_structure_hook(Token, _structure_token)
    converter.register_unstructure_hook(
        Sentence, lambda s: [s.start, s.end, s.token_start, s.token_end]
    )
    converter.register_structure_hook(Sentence, _structure_sentence)
    converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    converter.register_structure_hook(dt.date, lambda d, _: dt.date.fromisoformat(d))
    for kind in (ActorKind, StatementKind, TimexType):
        converter.register_unstructure_hook(kind, lambda member: member.value)
        converter.register_structure_hook(kind, _structure_enum)
    return converter


_converter = _make_converter()


_token_offsets = operator.attrgetter("start", "end")
_sentence_offsets = operator.attrgetter("start", "end", "token_start", "token_end")


def dump_article(article: Article) -> dict[str, Any]:
    """An article as JSON-ready data (see the module docstring for the shape)."""
    return _dump_article(article, lists=True)


def _dump_article(article: Article, *, lists: bool) -> dict[str, Any]:
    # lists=False: tokens and sentences as tuples, made without Python code per token, for
    # json.dumps (which writes tuples as arrays too); dump_article's callers get lists.
    if lists:
        tokens: list[Any] = [[t.start, t.end] for t in article.tokens]
        sentences: list[Any] = [
            [s.start, s.end, s.token_start, s.token_end] for s in article.sentences
        ]
    else:
        tokens = list(map(_token_offsets, article.tokens))
        sentences = list(map(_sentence_offsets, article.sentences))
    token = _current_text.set(article.text)
    try:
        data = {
            "newskit": FORMAT_VERSION,
            "id": article.id,
            "language": article.language,
            "published": None if article.published is None else article.published.isoformat(),
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "metadata": dict(article.metadata),
            "text": article.text,
            "headline": (
                None if article.headline is None else _unstructure_span(article.headline)
            ),
            "boilerplate": [_unstructure_span(span) for span in article.boilerplate],
            "actors": _converter.unstructure(article.actors, tuple[Actor, ...]),
            "statements": _converter.unstructure(article.statements, tuple[Statement, ...]),
            "dates": [_unstructure_time(expression) for expression in article.dates],
            "sentences": sentences,
            "tokens": tokens,
        }
    finally:
        _current_text.reset(token)
    return data


def _check_version(data: Mapping[str, Any]) -> None:
    version = data.get("newskit")
    if version is None:
        return
    major = str(version).split(".")[0]
    if not major.isdigit() or int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise InputError(
            f"article {data.get('id', '?')!r} is newskit JSON format {version!r}; this newskit "
            f"reads format {FORMAT_VERSION.split('.')[0]}.x (upgrade newskit)"
        )


def _items(data: Mapping[str, Any], key: str, kind: type) -> Any:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"{key}: expected a list, received {type(value).__name__}")
    try:
        return _converter.structure(value, tuple[kind, ...])  # type: ignore[valid-type]
    except cattrs.BaseValidationError as error:
        raise ValueError("; ".join(_messages(error, key))) from error


def _structure_article(data: Mapping[str, Any]) -> Article:
    metadata = data.get("metadata") or {}
    if not isinstance(metadata, Mapping):
        raise ValueError(f"metadata: expected an object, received {metadata!r}")
    published = data.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise ValueError(f"published: expected a date as YYYY-MM-DD, received {published!r}")
        published = parse_date(published, "published")
    headline = data.get("headline")
    return Article(
        text=data["text"],
        id="article" if data.get("id") is None else data["id"],
        language=data.get("language"),
        title=data.get("title"),
        published=published,
        url=data.get("url"),
        source=data.get("source"),
        metadata=metadata,
        headline=None if headline is None else _structure_span(headline, Span),
        boilerplate=_items(data, "boilerplate", Span),
        tokens=_items(data, "tokens", Token),
        sentences=_items(data, "sentences", Sentence),
        actors=_items(data, "actors", Actor),
        statements=_items(data, "statements", Statement),
        dates=_items(data, "dates", TimeExpression),
    )


def load_article(data: Any) -> Article:
    """The inverse of :func:`dump_article`; :class:`~newskit.errors.InputError` on bad data.

    Keys this version does not know are ignored (a newer minor version may add some); a missing
    analysis key reads as empty. Span texts are checked against the offsets.
    """
    if not isinstance(data, Mapping):
        raise InputError(f"expected a JSON object for an article, received {type(data).__name__}")
    if not isinstance(data.get("text"), str):
        raise InputError("an article object needs a string 'text'")
    _check_version(data)
    token = _current_text.set(data["text"])
    try:
        return _structure_article(data)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        detail = "; ".join(_messages(error))
        raise InputError(
            f"article {data.get('id', '?')!r} is not valid newskit JSON: {detail}"
        ) from error
    finally:
        _current_text.reset(token)


def _messages(error: BaseException, path: str = "") -> list[str]:
    """Flat messages with the place of each problem (``actors[0].kind: expected ...``)."""
    if isinstance(error, cattrs.BaseValidationError):
        messages = []
        for sub in error.exceptions:
            where = path
            for note in getattr(sub, "__notes__", ()):
                if " @ index " in str(note):
                    where = f"{path}[{str(note).rsplit(' @ index ', 1)[1]}]"
                elif " @ attribute " in str(note):
                    where = f"{path}.{str(note).rsplit(' @ attribute ', 1)[1]}"
            messages.extend(_messages(sub, where))
        return messages
    return [f"{path}: {error}" if path else str(error)]


def dumps(article: Article, *, indent: int | None = None) -> str:
    """An article as a JSON string."""
    return json.dumps(_dump_article(article, lists=False), ensure_ascii=False, indent=indent)


def loads(text: str) -> Article:
    """An article from a JSON string written by :func:`dumps`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON: {error}") from error
    return load_article(data)
