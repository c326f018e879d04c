"""Tests of the HTML reader plugin, with a fresh pipeline that has only the built-ins and this
plugin (installed plugins are not loaded), on small pages written for these tests."""

from __future__ import annotations

import datetime as dt
import io
from importlib import metadata
from pathlib import Path

import newskit_html
import pytest

import newskit
from newskit.boilerplate import find_boilerplate

PAGE = Path(__file__).with_name("page.html")

FIRE = """<html><head><title>Harbour fire</title></head><body><article><h1>Harbour fire</h1>
<p>A fire broke out in the harbour on Monday night. "We were lucky," said fire chief Tom Reed.
The blaze was under control by morning, officials said, and no one was hurt in the incident.</p>
<p>Investigators are still looking for the cause of the fire, which destroyed two warehouses
and a boat shed near the old pier.</p>
<p>Share this:</p><p>Facebook</p><p>Twitter</p><p>Source: Harbour Gazette</p>
</article></body></html>"""


@pytest.fixture
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(load_entrypoints=False, plugins=[newskit_html])


def test_registers_the_html_reader(pipeline: newskit.Pipeline) -> None:
    reader = pipeline.readers["html"]
    assert reader.suffixes == (".html", ".htm")
    assert pipeline.reader_for("site/page.HTM") is reader


def test_reads_text_and_metadata(pipeline: newskit.Pipeline) -> None:
    [article] = pipeline.read(PAGE)
    assert article.id == "page"
    assert article.title == "Stadtrat beschließt neue Wassertarife"
    assert article.published == dt.date(2024, 5, 14)
    assert article.url == "https://zeitung.example/lokales/wassertarife"
    assert article.meta("author") == "Petra Lindner"
    assert article.meta("sitename") == "Beispielzeitung"
    assert article.source == str(PAGE)
    assert article.slice(article.headline) == article.title
    # the article's paragraphs, separated by blank lines; no navigation, aside, comments, footer
    paragraphs = article.text.strip().split("\n\n")
    assert paragraphs[0] == article.title
    assert paragraphs[2].startswith("„Wir mussten in die Leitungen investieren")
    assert "Problem“, sagte Bürgermeisterin Sabine Hoffmann" in article.text  # line break joined
    for chrome in ("Startseite", "Abo abschließen", "Mehr zum Thema", "Frechheit", "Impressum"):
        assert chrome not in article.text


def test_offsets_index_into_the_extracted_text(pipeline: newskit.Pipeline) -> None:
    [article] = pipeline.read(PAGE)
    analysed = pipeline.analyze(article)
    assert analysed.text == article.text  # analysis never rewrites the text
    assert analysed.language == "de"
    quote = "Wir mussten in die Leitungen investieren"
    found = [s for s in analysed.statements if quote in analysed.slice(s.content[0])]
    for statement in analysed.statements:
        for span in statement.content:
            assert analysed.slice(span) == analysed.text[span.start : span.end]
    if found:  # the quote rules may or may not attribute it; when they do, offsets are exact
        start = analysed.text.index(quote)
        assert found[0].content[0].start <= start < found[0].content[0].end


def test_trailing_boilerplate_is_marked_with_the_shared_recogniser() -> None:
    article = newskit_html.article_from_html(FIRE.encode(), "fire.html")
    assert article.boilerplate == find_boilerplate(article.text)
    [span] = article.boilerplate
    assert article.slice(span).startswith("Share this:")
    assert article.slice(span).endswith("Source: Harbour Gazette")
    assert "said fire chief Tom Reed" in article.text
    assert not article.is_boilerplate(newskit.Span(0, 12))


def test_declared_encoding_is_honoured() -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Grüße</title></head><body><article>'
        "<p>Die Bürgermeisterin grüßte die Gäste und sagte, die Straße werde im Frühjahr "
        "erneuert. Das Projekt koste rund zwei Millionen Euro und dauere etwa drei Monate.</p>"
        "</article></body></html>"
    ).encode("iso-8859-1")
    article = newskit_html.article_from_html(page, "latin.html")
    assert "Bürgermeisterin grüßte die Gäste" in article.text


def test_a_page_without_article_text_is_named(pipeline: newskit.Pipeline, tmp_path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text(
        "<html><head><title>Only a title</title></head><body><script>var a = 1;</script>"
        "</body></html>",
        "utf-8",
    )
    with pytest.raises(newskit.InputError, match=r"empty\.html: no article text found"):
        list(pipeline.read(empty))


def test_stdin_name(pipeline: newskit.Pipeline) -> None:
    [article] = newskit_html.read_html(io.BytesIO(FIRE.encode()), "-")
    assert article.id == "stdin" and article.source is None


def test_cli_reads_html_through_the_installed_entry_point(tmp_path, capsys, monkeypatch) -> None:
    names = {ep.name for ep in metadata.entry_points(group=newskit.plugins.ENTRY_POINT_GROUP)}
    if "html" not in names:
        pytest.skip("newskit-html is not installed (pip install -e plugins/newskit-html)")
    monkeypatch.setenv("NEWSKIT_PLUGINS", "html")
    from newskit.cli import main

    code = main(["analyze", str(PAGE), "--format", "jsonl", "-q"])
    out = capsys.readouterr().out
    assert code == 0
    article = newskit.loads(out)
    assert article.title == "Stadtrat beschließt neue Wassertarife"
    assert article.published == dt.date(2024, 5, 14)
