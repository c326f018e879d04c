"""Tests of the example plugin, each with a fresh plugin manager that has only the built-ins and
this plugin registered (installed plugins are never loaded here)."""

from __future__ import annotations

import datetime
import io

import newskit_example
import pytest

import newskit
from newskit import Actor, ActorKind, Article, Span, Statement, StatementKind


@pytest.fixture
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(load_entrypoints=False, plugins=[newskit_example])


def _span(text: str, part: str, start: int = 0) -> Span:
    index = text.index(part, start)
    return Span(index, index + len(part))


def _article_with_statements() -> Article:
    text = (
        "„Wir streiken weiter“, sagte Claus Weselsky am Dienstag. "
        "Die Bahn nannte das *unverantwortlich*. "
        "„Das ist ein Angebot“, erklärte Martin Seiler. "
        "Weselsky sagte später, man sei gesprächsbereit."
    )
    weselsky = Actor(
        id="a1",
        name="Claus Weselsky",
        kind=ActorKind.PERSON,
        mentions=(_span(text, "Claus Weselsky"), _span(text, "Weselsky", 100)),
    )
    seiler = Actor(
        id="a2",
        name="Martin Seiler",
        kind=ActorKind.PERSON,
        mentions=(_span(text, "Martin Seiler"),),
    )
    statements = (
        Statement(
            id="s1",
            content=(_span(text, "Wir streiken weiter"),),
            kind=StatementKind.DIRECT,
            speaker="a1",
            cue=_span(text, "sagte"),
        ),
        Statement(
            id="s2", content=(_span(text, "das *unverantwortlich*"),), kind=StatementKind.REPORTED
        ),
        Statement(
            id="s3",
            content=(_span(text, "Das ist ein Angebot"),),
            kind=StatementKind.DIRECT,
            speaker="a2",
        ),
        Statement(
            id="s4",
            content=(_span(text, "man sei gesprächsbereit"),),
            kind=StatementKind.INDIRECT,
            speaker="a1",
        ),
    )
    return Article(
        text=text,
        id="bahn-1",
        title="Bahnstreik",
        language="de",
        published=datetime.date(2024, 3, 5),
        actors=(weselsky, seiler),
        statements=statements,
    )


def test_exporter_is_registered(pipeline: newskit.Pipeline) -> None:
    exporter = pipeline.exporter("speakers")
    assert exporter.suffix == ".md"
    assert exporter.media_type == "text/markdown"
    # not there without the plugin
    with pytest.raises(newskit.UnknownFormatError, match="speakers"):
        newskit.Pipeline(load_entrypoints=False).exporter("speakers")


def test_report_groups_statements_by_speaker_in_order_of_first_statement() -> None:
    article = _article_with_statements()
    report = newskit_example.speaker_report(article)
    lines = report.splitlines()
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [
        "# Bahnstreik",
        "## Claus Weselsky (person)",
        "## Martin Seiler (person)",
        f"## {newskit_example.UNATTRIBUTED}",
    ]
    weselsky = report[report.index("## Claus Weselsky") : report.index("## Martin Seiler")]
    assert "Wir streiken weiter" in weselsky and "man sei gesprächsbereit" in weselsky
    assert "Das ist ein Angebot" not in weselsky
    assert "published 2024-03-05" in report and "4 statements" in report


def test_report_offsets_point_at_the_quoted_text() -> None:
    article = _article_with_statements()
    report = newskit_example.speaker_report(article)
    for statement in article.statements:
        (span,) = statement.content
        offsets = f"chars {span.start}–{span.end}"
        line = next(line for line in report.splitlines() if offsets in line)
        assert newskit_example.inline(article.slice(span)) in line
    assert "cue “sagte”" in report


def test_report_escapes_markdown() -> None:
    report = newskit_example.speaker_report(_article_with_statements())
    assert r"das \*unverantwortlich\*" in report
    assert newskit_example.inline("a\n  [b]_c") == r"a \[b\]\_c"


def test_export_through_the_pipeline(pipeline: newskit.Pipeline) -> None:
    articles = [
        pipeline.analyze("„Wir sind bereit“, sagte die Ministerin am Dienstag.", id="one"),
        pipeline.analyze("The weather in the north stays cold and wet all week.", id="two"),
    ]
    text = pipeline.export(articles, "speakers")
    assert text is not None
    first, second = text.split("\n---\n")
    assert first.startswith("# one") and "language de" in first
    for statement in articles[0].statements:
        assert articles[0].slice(statement.content[0]) in first
    assert second.strip().startswith("# two")
    count = len(articles[1].statements)
    assert f"{count} statement{'' if count == 1 else 's'}" in second
    stream = io.StringIO()
    assert pipeline.export(articles, "speakers", stream) is None
    assert stream.getvalue() == text


def test_line_sentences_when_the_article_asks_for_them(pipeline: newskit.Pipeline) -> None:
    text = "Erste Zeile ohne Punkt\nzweite Zeile. Mit zwei Sätzen.\n\n  dritte Zeile  \n"
    article = Article.from_text(text, metadata={"sentences": "lines"})
    analysed = pipeline.analyze(article, language="de")
    assert [analysed.slice(s) for s in analysed.sentences] == [
        "Erste Zeile ohne Punkt",
        "zweite Zeile. Mit zwei Sätzen.",
        "dritte Zeile",
    ]
    covered = [index for s in analysed.sentences for index in range(s.token_start, s.token_end)]
    assert covered == list(range(len(analysed.tokens)))


def test_other_articles_keep_the_built_in_sentences(pipeline: newskit.Pipeline) -> None:
    text = "Erste Zeile ohne Punkt\nzweite Zeile. Mit zwei Sätzen.\n"
    with_plugin = pipeline.analyze(text, language="de")
    without = newskit.Pipeline(load_entrypoints=False).analyze(text, language="de")
    assert with_plugin.sentences == without.sentences
    # the hook itself declines
    assert newskit_example.resolve_sentences(article=with_plugin, language=None) is None
