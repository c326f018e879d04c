"""The data model: validation with clear messages, cheap re-validation, helpers."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from attrs import frozen

from newskit import model
from newskit.model import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    Sentence,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexType,
    Token,
    check_spans,
    parse_date,
)

TEXT = "„Wir streiken“, sagte Kessler am Mittwoch."


def test_span_is_half_open_and_slices() -> None:
    span = Span(1, 12)
    assert span.slice(TEXT) == TEXT[1:12] == "Wir streike"
    assert len(span) == 11
    assert Span(0, 5).overlaps(Span(4, 6))
    assert not Span(0, 5).overlaps(Span(5, 6))
    assert Span(0, 10).contains(Span(2, 10))
    assert not Span(2, 10).contains(Span(0, 10))
    assert Span(3, 3).slice(TEXT) == ""


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 2, "Span.start: expected an int >= 0, received -1"),
        (5, 2, "Span.end: expected an int >= start (5), received 2"),
        (True, 2, "Span.start: expected an int >= 0, received True"),
        (1.0, 2, "Span.start: expected an int >= 0, received 1.0"),
    ],
)
def test_span_errors_name_field_expected_and_received(
    start: object, end: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Span(start, end)  # type: ignore[arg-type]


def test_sentence_token_range_must_not_be_reversed() -> None:
    with pytest.raises(
        ValueError, match=r"Sentence.token_end: expected an int >= token_start \(3\)"
    ):
        Sentence(0, 5, 3, 2)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Actor(id="a1", name="X", kind="alien"), "Actor.kind: expected one of 'person'"),
        (lambda: Statement(id="s1", content=(Span(0, 1),), kind="shouted"), "Statement.kind"),
        (
            lambda: TimeExpression(id="t1", span=Span(0, 1), value="x", type="DAY"),
            "TimeExpression.type",
        ),
        (
            lambda: Statement(id="s1", content=(), kind="direct"),
            "Statement.content: expected at least one Span",
        ),
        (lambda: Actor(id="", name="X"), "Actor.id: expected a non-empty str"),
        (lambda: Actor(id="a1", name="X", mentions="Kessler"), "received the string 'Kessler'"),
        (
            lambda: Actor(id="a1", name="X", mentions=[(0, 1)]),
            r"Actor.mentions\[0\]: expected Span",
        ),
        (
            lambda: Article(TEXT, published="2024-03-06"),
            "Article.published: expected a datetime.date",
        ),
    ],
)
def test_invalid_values_are_rejected_with_the_field_named(build: object, message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        build()  # type: ignore[operator]


def test_enums_accept_their_values() -> None:
    actor = Actor(id="a1", name="Martina Kessler", kind="person")
    assert actor.kind is ActorKind.PERSON
    statement = Statement(id="s1", content=[Span(1, 12)], kind="indirect")
    assert statement.kind is StatementKind.INDIRECT
    assert statement.content == (Span(1, 12),)
    assert (
        TimeExpression(id="t1", span=Span(0, 1), value="P1D", type="DURATION").type
        is TimexType.DURATION
    )


def _analysed() -> Article:
    kessler = Actor(id="a1", name="Kessler", kind=ActorKind.PERSON, mentions=(Span(22, 29),))
    wednesday = TimeExpression(id="t1", span=Span(33, 41), value="2024-03-06")
    statement = Statement(
        id="s1",
        content=(Span(1, 13),),
        kind=StatementKind.DIRECT,
        speaker="a1",
        speaker_mention=Span(22, 29),
        cue=Span(16, 21),
        date=wednesday,
    )
    return Article(
        TEXT,
        id="x",
        tokens=(Token(0, 1), Token(1, 4)),
        sentences=(Sentence(0, len(TEXT), 0, 2),),
        actors=(kessler,),
        dates=(wednesday,),
        statements=(statement,),
    )


def test_a_consistent_article_is_accepted() -> None:
    article = _analysed()
    assert article.slice(article.statements[0].content[0]) == "Wir streiken"
    assert article.slice(article.statements[0].cue) == "sagte"
    assert article.actor("a1").name == "Kessler"
    with pytest.raises(KeyError, match="has no actor 'a9'"):
        article.actor("a9")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"headline": Span(0, 99)},
            r"headline: expected a range \[start, end\) with 0 <= start <= end <= 42",
        ),
        ({"boilerplate": (Span(40, 43),)}, r"boilerplate\[0\]"),
        ({"tokens": (Token(0, 1), Token(40, 50))}, r"tokens\[1\].*received \[40, 50\)"),
        ({"tokens": (Token(3, 1),)}, r"tokens\[0\]"),
        ({"tokens": (Token(-1, 1),)}, r"tokens\[0\]"),
        ({"tokens": ((0, 1),)}, r"Article.tokens\[0\]: expected Token"),
        ({"sentences": (Sentence(0, 43, 0, 2),)}, r"sentences\[0\]"),
        (
            {"sentences": (Sentence(0, 10, 0, 5),)},
            r"sentences\[0\].token_end: expected an int <= 2",
        ),
        ({"dates": (TimeExpression("t1", Span(0, 50), "x"),)}, "date 't1' span"),
    ],
)
def test_spans_outside_the_text_are_rejected(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        attrs.evolve(_analysed(), **changes)


def test_statement_speaker_must_be_an_actor_of_the_article() -> None:
    article = _analysed()
    bad = attrs.evolve(article.statements[0], speaker="a9")
    with pytest.raises(
        ValueError,
        match=r"statement 's1' speaker: expected the id of one of the article's actors "
        r"\(a1\), received 'a9'",
    ):
        attrs.evolve(article, statements=(bad,))
    channel = attrs.evolve(article.statements[0], channel="a2")
    with pytest.raises(ValueError, match="statement 's1' channel"):
        attrs.evolve(article, statements=(channel,))
    with pytest.raises(ValueError, match="actors \\(none\\)"):
        attrs.evolve(article, actors=())


def test_actor_refers_to_and_duplicate_ids() -> None:
    article = _analysed()
    berlin = Actor(id="a2", name="Berlin", kind="place", refers_to="a7")
    with pytest.raises(ValueError, match="actor 'a2' refers_to"):
        attrs.evolve(article, actors=(*article.actors, berlin))
    with pytest.raises(ValueError, match="actor ids: expected unique ids, received 'a1' twice"):
        attrs.evolve(article, actors=(*article.actors, Actor(id="a1", name="Y")))
    with pytest.raises(ValueError, match="statement ids"):
        attrs.evolve(article, statements=article.statements * 2)
    with pytest.raises(ValueError, match="date ids"):
        attrs.evolve(article, dates=article.dates * 2)


def test_statement_spans_are_checked() -> None:
    article = _analysed()
    for name in ("speaker_mention", "cue", "frame", "addressee"):
        bad = attrs.evolve(article.statements[0], **{name: Span(0, 100)})
        with pytest.raises(ValueError, match=f"statement 's1' {name}"):
            attrs.evolve(article, statements=(bad,))
    bad = attrs.evolve(article.statements[0], verbatim=(Span(0, 100),))
    with pytest.raises(ValueError, match=r"verbatim\[0\]"):
        attrs.evolve(article, statements=(bad,))


def test_big_token_tuples_are_checked_once_per_tuple(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "wort " * 200
    tokens = tuple(Token(i * 5, i * 5 + 4) for i in range(200))
    article = Article(text, tokens=tokens)
    calls = []
    original = model._bounds
    monkeypatch.setattr(model, "_bounds", lambda *a: calls.append(a[1]) or original(*a))
    for number in range(5):
        article = attrs.evolve(article, title=f"evolved {number}")
    assert not [where for where in calls if where.startswith("tokens")]
    # A different text length is a different check: the same tokens are walked again.
    with pytest.raises(ValueError, match=r"tokens\[199\]"):
        attrs.evolve(article, text=text[:-3])


def test_check_spans_is_public_and_reports_the_first_problem() -> None:
    article = _analysed()
    check_spans(article)  # no error


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_articles_pickle_to_equal_articles(protocol: int) -> None:
    article = _analysed()
    copy = pickle.loads(pickle.dumps(article, protocol=protocol))
    assert copy == article and hash(copy) == hash(article)
    assert [type(token) for token in copy.tokens] == [Token] * len(article.tokens)
    assert copy.tokens and copy.statements[0].date == article.dates[0]
    assert attrs.evolve(copy, title="again").tokens == article.tokens  # a usable article
    empty = Article("")
    assert pickle.loads(pickle.dumps(empty, protocol=protocol)) == empty
    for item in (Span(3, 7), Sentence(0, 9, 0, 3), article.actors[0], article.dates[0]):
        assert pickle.loads(pickle.dumps(item, protocol=protocol)) == item


@frozen
class _TaggedArticle(Article):
    tag: str = "x"


@frozen
class _TaggedSpan(Span):
    tag: str = "x"


def test_subclasses_pickle_and_copy_the_default_way() -> None:
    article = _TaggedArticle("Wort", tokens=(Token(0, 4),), tag="y")
    copy = pickle.loads(pickle.dumps(article))
    assert type(copy) is _TaggedArticle and copy == article and copy.tag == "y"
    span = _TaggedSpan(1, 2, tag="z")
    assert pickle.loads(pickle.dumps(span)) == span
    changed = model._unchecked_copy(article, {"language": "de"})
    assert type(changed) is _TaggedArticle and (changed.tag, changed.language) == ("y", "de")


def test_check_spans_checks_only_the_named_fields() -> None:
    article = _analysed()
    # An article built without checks (as the pipeline builds its stages' copies).
    bad = model._unchecked_copy(article, {"tokens": (Token(0, 1000),)})
    assert bad.tokens == (Token(0, 1000),) and bad.actors == article.actors
    check_spans(bad, fields=("actors", "dates", "statements"))  # tokens not looked at
    with pytest.raises(ValueError, match=r"tokens\[0\]: expected a range"):
        check_spans(bad, fields=("tokens",))
    with pytest.raises(ValueError, match=r"tokens\[0\]"):
        check_spans(bad)
    with pytest.raises(ValueError, match=r"fields: expected names from headline, .*received span"):
        check_spans(article, fields=("span",))


def test_metadata_is_sorted_pairs_and_meta_reads_it() -> None:
    article = Article("x", metadata={"section": "Wirtschaft", "author": "dpa"})
    assert article.metadata == (("author", "dpa"), ("section", "Wirtschaft"))
    assert article.meta("section") == "Wirtschaft"
    assert article.meta("missing", "-") == "-"


def test_from_text_parses_the_date_and_boilerplate_lookup() -> None:
    article = Article.from_text("Text.\n\nShare this", published="2024-03-06")
    assert article.published == dt.date(2024, 3, 6)
    article = attrs.evolve(article, boilerplate=(Span(7, 17),))
    assert article.is_boilerplate(Span(7, 12))
    assert not article.is_boilerplate(Span(0, 5))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-06", dt.date(2024, 3, 6)),
        (" 2024-03-06 ", dt.date(2024, 3, 6)),
        ("2024-03-06T10:30:00", dt.date(2024, 3, 6)),
        ("2024-03-06T10:30:00Z", dt.date(2024, 3, 6)),
        ("2024-03-06 10:30:00+01:00", dt.date(2024, 3, 6)),
        (dt.datetime(2024, 3, 6, 12), dt.date(2024, 3, 6)),
        (dt.date(2024, 3, 6), dt.date(2024, 3, 6)),
        (None, None),
    ],
)
def test_parse_date_accepts(value: object, expected: dt.date | None) -> None:
    assert parse_date(value, "published") == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", ["06.03.2024", "2024-03-06x", "2024-02-30", "2024-3-6", "", 20240306]
)
def test_parse_date_rejects_with_the_name(value: object) -> None:
    with pytest.raises(
        ValueError, match=f"--published: expected a date as YYYY-MM-DD, received {value!r}"
    ):
        parse_date(value, "--published")  # type: ignore[arg-type]


def test_attribution_holds_statements_and_actors() -> None:
    result = Attribution(
        statements=[Statement("s1", (Span(0, 1),), "direct")], actors=[Actor("x1", "X")]
    )
    assert isinstance(result.statements, tuple) and isinstance(result.actors, tuple)
    with pytest.raises(ValueError, match=r"Attribution.statements\[0\]: expected Statement"):
        Attribution(statements=["s1"])


def test_objects_are_frozen_and_hashable() -> None:
    article = _analysed()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "other"  # type: ignore[misc]
    assert hash(article) == hash(_analysed())
    assert {Span(1, 2), Span(1, 2)} == {Span(1, 2)}


def test_an_empty_span_is_still_truthy() -> None:
    # Optional spans are tested with `is None`; an insertion point must not read as "absent".
    assert Span(3, 3)
    assert len(Span(3, 3)) == 0


def test_a_statement_date_must_be_one_of_the_article_dates() -> None:
    article = _analysed()
    other = TimeExpression(id="t9", span=Span(33, 41), value="2024-03-13")
    bad = attrs.evolve(article.statements[0], date=other)
    with pytest.raises(ValueError, match="'s1' date: expected one of the article's dates"):
        attrs.evolve(article, statements=(bad,))
    with pytest.raises(ValueError, match="statement 's1' date"):
        attrs.evolve(article, dates=())
