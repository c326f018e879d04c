"""Properties over generated input: the pipeline never crashes and never produces a span that is
not its slice of the text; the converter round-trips every valid article."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit.converter import dump_article, load_article
from newskit.model import (
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
)

# Pieces of news text that exercise the rules (quotes, cues, names, dates, abbreviations,
# headlines, boilerplate), mixed with arbitrary characters.
FRAGMENTS = [
    "„",
    "“",
    "”",
    '"',
    "»",
    "«",
    "‚",
    "‘",
    "’",
    "'",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ". ",
    ", ",
    ": ",
    "?",
    "!",
    "…",
    "-",
    "–",
    "|",
    "(",
    ")",
    "sagte",
    "sagt",
    "said",
    "says",
    "according to",
    "laut",
    "erklärte",
    "told reporters",
    "Martina Kessler",
    "Kessler",
    "Dr.",
    "z.B.",
    "Mr.",
    "die Bahn",
    "Deutsche Bahn",
    "the Port of Westmere",
    "Berlin",
    "Präsident",
    "Bundeskanzler",
    "er",
    "sie",
    "she",
    "he",
    "am Mittwoch",
    "on Tuesday",
    "heute",
    "yesterday",
    "next week",
    "vergangene Woche",
    "2024-03-06",
    "6. März 2024",
    "March 6, 2024",
    "14:30 Uhr",
    "1950er",
    "seit zwei Jahren",
    "every Monday",
    "Share this:",
    "Leave a Reply",
    "source site",
    "Title | News",
    "Wir streiken",
    "We are ready",
    "dass",
    "that",
    "ß",
    "é",
    "😀",
    "\u200b",
    "\t",
    "\r\n",
]

NAMES = [
    "Martina Kessler",
    "Kessler",
    "Dr. Jochen Albrecht",
    "die Bahn",
    "Claire Donnelly",
    "a spokesperson",
    "ein Sprecher",
    "sie",
    "she",
    "",
]
WHEN = ["am Mittwoch", "on Tuesday", "gestern", "next week", "", "am 6. März 2024"]
TEMPLATES = [
    "„{x}“, sagte {name} {when}.",
    '"{x}," {name} said {when}.',
    "{name} sagte {when}, {x}.",
    "Laut {name} {x}.",
    "According to {name}, {x}.",
    "{name} told reporters that {x}.",
    "„{x}“",
    "{name} erklärte: „{x}“",
    "{x}, {name} said.",
    "»{x}«, so {name}.",
]
filler = st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join)
sentence = st.builds(
    lambda template, x, name, when: template.format(x=x, name=name, when=when),
    st.sampled_from(TEMPLATES),
    filler,
    st.sampled_from(NAMES),
    st.sampled_from(WHEN),
)

news_text = st.one_of(
    st.lists(sentence, max_size=8).map(lambda items: " ".join(items)),
    st.lists(st.one_of(sentence, st.sampled_from(FRAGMENTS)), max_size=12).map("".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
    st.text(max_size=200),
)


@pytest.fixture(scope="module")
def default_pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(load_entrypoints=False)


def _spans(data: object):  # type: ignore[no-untyped-def]
    """Every span-shaped object in dumped JSON."""
    if isinstance(data, dict):
        if {"start", "end", "text"} <= set(data):
            yield data
        for value in data.values():
            yield from _spans(value)
    elif isinstance(data, list):
        for value in data:
            yield from _spans(value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=news_text,
    language=st.sampled_from(["de", "en"]),
    published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))),
)
def test_the_default_pipeline_never_crashes_and_spans_are_slices(
    default_pipeline: newskit.Pipeline, text: str, language: str, published: dt.date | None
) -> None:
    article = default_pipeline.analyze(text, language=language, published=published)
    assert article.text == text  # never rewritten
    data = dump_article(article)
    for span in _spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert span["text"] == text[span["start"] : span["end"]]
    for start, end in data["tokens"]:
        assert 0 <= start < end <= len(text)
    for start, end, first, last in data["sentences"]:
        assert 0 <= start <= end <= len(text)
        assert 0 <= first <= last <= len(data["tokens"])
    assert load_article(data) == article


@st.composite
def spans(draw: st.DrawFn, length: int) -> Span:
    start = draw(st.integers(0, length))
    return Span(start, draw(st.integers(start, length)))


short_str = st.text(max_size=12)
ids = st.text(alphabet="abcxyz0123456789-_", min_size=1, max_size=6)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(max_size=120))
    length = len(text)
    span = spans(length)
    optional_span = st.one_of(st.none(), span)
    actor_ids = draw(st.lists(ids, unique=True, max_size=4))
    actors = []
    for actor_id in actor_ids:
        actors.append(
            Actor(
                id=actor_id,
                name=draw(short_str),
                kind=draw(st.sampled_from(ActorKind)),
                mentions=draw(st.lists(span, max_size=3)),
                roles=draw(st.lists(span, max_size=2)),
                aliases=draw(st.lists(short_str, max_size=2)),
                code=draw(st.one_of(st.none(), st.sampled_from(["DE", "US", "UA"]))),
                refers_to=draw(st.one_of(st.none(), st.sampled_from(actor_ids))),
            )
        )
    reference = st.one_of(st.none(), st.sampled_from(actor_ids)) if actor_ids else st.none()
    date_ids = draw(st.lists(ids, unique=True, max_size=3))
    dates = [
        TimeExpression(
            id=date_id,
            span=draw(span),
            value=draw(
                st.sampled_from(["2024-03-06", "2024-W10", "P2D", "XXXX-XX-XX", "PRESENT_REF"])
            ),
            type=draw(st.sampled_from(TimexType)),
            modifier=draw(st.one_of(st.none(), st.sampled_from(["START", "END", "APPROX"]))),
        )
        for date_id in date_ids
    ]
    statements = [
        Statement(
            id=statement_id,
            content=draw(st.lists(span, min_size=1, max_size=3)),
            kind=draw(st.sampled_from(StatementKind)),
            speaker=draw(reference),
            speaker_mention=draw(optional_span),
            cue=draw(optional_span),
            frame=draw(optional_span),
            addressee=draw(optional_span),
            verbatim=draw(st.lists(span, max_size=2)),
            channel=draw(reference),
            date=draw(st.one_of(st.none(), st.sampled_from(dates))) if dates else None,
        )
        for statement_id in draw(st.lists(ids, unique=True, max_size=3))
    ]
    cuts = sorted(draw(st.lists(st.integers(0, length), max_size=8)))
    tokens = [Token(a, b) for a, b in itertools.pairwise(cuts) if a < b]
    sentences = []
    if tokens:
        sentences = [Sentence(tokens[0].start, tokens[-1].end, 0, len(tokens))]
    return Article(
        text=text,
        id=draw(ids),
        language=draw(st.one_of(st.none(), st.sampled_from(["de", "en"]))),
        title=draw(st.one_of(st.none(), short_str)),
        published=draw(st.one_of(st.none(), st.dates())),
        url=draw(st.one_of(st.none(), st.just("https://example.org/x"))),
        source=draw(st.one_of(st.none(), short_str)),
        metadata=draw(st.dictionaries(short_str, short_str, max_size=3)),
        headline=draw(optional_span),
        boilerplate=draw(st.lists(span, max_size=2)),
        tokens=tokens,
        sentences=sentences,
        actors=actors,
        statements=statements,
        dates=dates,
    )


@settings(max_examples=200, deadline=None)
@given(articles())
def test_converter_round_trip(article: Article) -> None:
    data = dump_article(article)
    assert load_article(data) == article
    for span in _spans(data):
        assert span["text"] == article.text[span["start"] : span["end"]]


@settings(max_examples=100, deadline=None)
@given(articles())
def test_generated_articles_satisfy_the_schema(article: Article) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from newskit.schema import article_schema

    jsonschema.validate(dump_article(article), article_schema())


@settings(max_examples=100, deadline=None)
@given(text=news_text)
def test_language_identification_either_decides_or_says_so(
    default_pipeline: newskit.Pipeline, text: str
) -> None:
    try:
        article = default_pipeline.analyze(text)
    except newskit.UnsupportedLanguageError as error:
        assert "could not identify the language" in str(error)
    else:
        assert article.language in default_pipeline.languages
