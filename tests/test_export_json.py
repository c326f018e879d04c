"""The ``json`` and ``jsonl`` exports are lossless: ``newskit.load`` gives back equal articles."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
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

# News-like characters plus anything: quotes, dashes, line breaks (\r\n too), non-BMP.
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("„“”\"»«‚‘’'—–-…\n\r\t =+@<>&äöüßé😀"), st.characters(codec="utf-8")
    ),
    min_size=1,
    max_size=80,
)
NAMES = st.text(max_size=10)
IDS = st.text(alphabet="abcdefxyz0123456789-_", min_size=1, max_size=5)


@st.composite
def articles(draw: st.DrawFn, article_id: str | None = None) -> Article:
    text = draw(TEXT)

    @st.composite
    def span(draw: st.DrawFn) -> Span:
        start = draw(st.integers(0, len(text)))
        return Span(start, draw(st.integers(start, len(text))))

    optional = st.one_of(st.none(), span())
    actor_ids = draw(st.lists(IDS, unique=True, max_size=3))
    actors = [
        Actor(
            actor_id,
            draw(NAMES),
            draw(st.sampled_from(ActorKind)),
            mentions=draw(st.lists(span(), max_size=3)),
            roles=draw(st.lists(span(), max_size=2)),
            aliases=draw(st.lists(NAMES, max_size=2)),
            code=draw(st.one_of(st.none(), st.just("DE"))),
        )
        for actor_id in actor_ids
    ]
    dates = [
        TimeExpression(
            date_id,
            draw(span()),
            draw(st.sampled_from(["2023-09-05", "2023-W36", "P2Y", "XXXX-XX-XX"])),
            draw(st.sampled_from(TimexType)),
            draw(st.one_of(st.none(), st.just("APPROX"))),
        )
        for date_id in draw(st.lists(IDS, unique=True, max_size=2))
    ]
    speaker = st.one_of(st.none(), st.sampled_from(actor_ids)) if actor_ids else st.none()
    statements = [
        Statement(
            statement_id,
            draw(st.lists(span(), min_size=1, max_size=3)),
            draw(st.sampled_from(StatementKind)),
            speaker=draw(speaker),
            speaker_mention=draw(optional),
            cue=draw(optional),
            frame=draw(optional),
            addressee=draw(optional),
            verbatim=draw(st.lists(span(), max_size=2)),
            channel=draw(speaker),
            date=draw(st.one_of(st.none(), st.sampled_from(dates))) if dates else None,
        )
        for statement_id in draw(st.lists(IDS, unique=True, max_size=3))
    ]
    tokens = [Token(i, i + 1) for i in range(min(len(text), 4))]
    sentences = [Sentence(0, tokens[-1].end, 0, len(tokens))] if tokens else []
    return Article(
        text=text,
        id=article_id or draw(IDS),
        language=draw(st.one_of(st.none(), st.sampled_from(["de", "en"]))),
        title=draw(st.one_of(st.none(), NAMES)),
        published=draw(st.one_of(st.none(), st.dates())),
        url=draw(st.one_of(st.none(), st.just("https://example.org/a?b=1&c=ä"))),
        source=draw(st.one_of(st.none(), NAMES)),
        metadata=draw(st.dictionaries(NAMES, NAMES, max_size=3)),
        headline=draw(optional),
        boilerplate=draw(st.lists(span(), max_size=1)),
        tokens=tokens,
        sentences=sentences,
        actors=actors,
        statements=statements,
        dates=dates,
    )


@pytest.fixture(autouse=True)
def no_installed_plugins(monkeypatch):
    """newskit.load uses the default pipeline: build it without installed plugins."""
    monkeypatch.setenv("NEWSKIT_PLUGINS", "")
    newskit._default_pipeline.cache_clear()
    yield
    newskit._default_pipeline.cache_clear()


def export_and_load(articles: list[Article], fmt: str) -> list[Article]:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"export.{fmt}"
        with open(path, "w", encoding="utf-8", newline="") as stream:
            pipeline.export(articles, fmt, stream)
        return newskit.load(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_json_export_is_lossless(article: Article) -> None:
    assert export_and_load([article], "json") == [article]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), min_size=2, max_size=3))
def test_json_array_and_jsonl_are_lossless(batch: list[Article]) -> None:
    assert export_and_load(batch, "json") == batch
    assert export_and_load(batch, "jsonl") == batch


def test_jsonl_streams_one_article_per_line() -> None:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    written: list[str] = []

    class Stream:
        def write(self, text: str) -> None:
            written.append(text)

    def generated():
        for number in range(3):
            yield Article(text=f"Text {number}\nwith a line break", id=f"a{number}")
            # each article is on the stream before the next one is made
            assert "".join(written).count("\n") == number + 1

    pipeline.export(generated(), "jsonl", Stream())
    lines = "".join(written).splitlines()
    assert len(lines) == 3
    assert [newskit.loads(line).id for line in lines] == ["a0", "a1", "a2"]


def test_an_export_read_back_is_analysed_afresh(tmp_path) -> None:
    """Re-analysing our own export gives the same result as analysing the text the first time
    (earlier actors and statements are dropped, not mixed with the new ones)."""
    pipeline = newskit.Pipeline(load_entrypoints=False)
    text = "„Wir sind bereit“, sagte die Ministerin Anna Berger am Dienstag in Berlin."
    first = pipeline.analyze(text, id="x", published="2024-03-05")
    path = tmp_path / "x.json"
    path.write_text(pipeline.export([first], "json"), encoding="utf-8")
    [loaded] = newskit.load(path)
    assert loaded == first
    assert pipeline.analyze(loaded) == first
