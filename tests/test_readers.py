"""The built-in readers: txt (headline, boilerplate), jsonl, json and stdin, with bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

import newskit
from newskit.converter import dump_article
from newskit.default_plugins.readers import read_json, read_jsonl, read_text
from newskit.errors import InputError, UnknownFormatError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _text(data: str) -> newskit.Article:
    (article,) = read_text(io.BytesIO(data.encode("utf-8")), "folder/bahn.txt")
    return article


def test_txt_title_and_section_headline() -> None:
    article = _text("Streik bei der Bahn | Wirtschaft\n\nDie Lokführer streiken.\n")
    assert article.title == "Streik bei der Bahn"
    assert article.meta("section") == "Wirtschaft"
    assert article.slice(article.headline) == "Streik bei der Bahn | Wirtschaft"
    assert article.id == "bahn"
    assert article.source == "folder/bahn.txt"
    assert article.text == "Streik bei der Bahn | Wirtschaft\n\nDie Lokführer streiken.\n"


def test_txt_plain_headline_needs_a_blank_line_and_no_final_period() -> None:
    article = _text("Streik bei der Bahn\n\nDie Lokführer streiken.")
    assert article.title == "Streik bei der Bahn"
    assert article.meta("section") is None
    assert _text("Die Lokführer streiken.\n\nMehr folgt.").title is None
    assert _text("Die Lokführer streiken heute\nund morgen.").title is None


def test_txt_trailing_boilerplate_is_marked_not_deleted() -> None:
    body = "Die Lokführer streiken. " * 5
    text = f"Titel | Sektion\n\n{body}\n\nsource site\n\nLeave a Reply\n"
    article = _text(text)
    assert article.text == text  # nothing cut
    (span,) = article.boilerplate
    assert article.slice(span) == "source site\n\nLeave a Reply"
    assert article.is_boilerplate(span)
    assert not article.is_boilerplate(article.headline)


@pytest.mark.parametrize(
    "tail",
    [
        "Share this:\nFacebook\nX",
        "Teilen\n\nKommentare",
        "© 2024 Beispielverlag",
        "Related articles",
    ],
)
def test_txt_boilerplate_phrases(tail: str) -> None:
    body = "A long paragraph of the article that is clearly text and not boilerplate at all. " * 2
    article = _text(f"{body}\n\n{tail}")
    assert [article.slice(span) for span in article.boilerplate] == [tail]


def test_txt_without_boilerplate() -> None:
    body = "A long paragraph of the article that is clearly text and not boilerplate at all. " * 2
    assert _text(f"{body}\n\nThe end.").boilerplate == ()


def test_txt_byte_order_mark_is_dropped() -> None:
    (article,) = read_text(io.BytesIO("\ufeffHallo Welt.".encode()), "x.txt")
    assert article.text == "Hallo Welt."


def test_txt_not_utf8_names_the_file() -> None:
    message = r"latin\.txt: not UTF-8 text \(line 2, byte offset 8: b'\\xfc'\)"
    with pytest.raises(InputError, match=message):
        list(read_text(io.BytesIO("Hallo\nGrü\u00dfe".encode("latin-1")), "latin.txt"))


def _jsonl(*lines: str) -> list[newskit.Article | InputError]:
    data = "\n".join(lines).encode("utf-8")
    return list(read_jsonl(io.BytesIO(data), "in.jsonl"))


def test_jsonl_fields() -> None:
    record = {
        "id": "a-1",
        "text": "Hallo.",
        "title": "T",
        "published": "2024-03-06",
        "language": "de",
        "url": "https://example.org",
        "author": "dpa",
        "metadata": {"section": "Politik"},
    }
    (article,) = _jsonl(json.dumps(record))
    assert isinstance(article, newskit.Article)
    assert (article.id, article.text, article.title, article.language) == (
        "a-1",
        "Hallo.",
        "T",
        "de",
    )
    assert article.published == dt.date(2024, 3, 6)
    assert article.url == "https://example.org"
    assert article.meta("author") == "dpa" and article.meta("section") == "Politik"


def test_jsonl_default_ids_and_blank_lines() -> None:
    items = _jsonl('{"text": "a"}', "", '{"text": "b", "id": null}', '{"text": "c", "id": 7}')
    assert [item.id for item in items] == ["in-1", "in-3", "7"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "a"', r"in\.jsonl:2: not valid JSON \(Expecting ',' delimiter, column 13\)"),
        ('{"title": "no text"}', r"in\.jsonl:2: needs a string field 'text' \(it is missing\)"),
        ('{"text": 5}', r"in\.jsonl:2: needs a string field 'text' \(it is a int\)"),
        ('{"text": "a", "published": "06.03.2024"}', r"in\.jsonl:2: published: expected a date"),
        ('{"text": "a", "published": "2024-02-30"}', r"in\.jsonl:2: published"),
        ('{"text": "a", "title": 3}', r"in\.jsonl:2: Article\.title: expected a str or None"),
        ('{"text": "a", "id": [1]}', r"in\.jsonl:2: 'id' must be a string or an integer"),
        ('{"text": "a", "metadata": [1]}', r"in\.jsonl:2: 'metadata' must be an object"),
        ('["text"]', r"in\.jsonl:2: expected a JSON object, received list"),
    ],
)
def test_jsonl_bad_line_is_named_and_later_lines_still_read(line: str, message: str) -> None:
    first, error, last = _jsonl('{"text": "ok"}', line, '{"text": "also ok"}')
    assert isinstance(first, newskit.Article) and isinstance(last, newskit.Article)
    assert isinstance(error, InputError)
    with pytest.raises(InputError, match=message):
        raise error


def test_jsonl_not_utf8_names_the_line() -> None:
    data = b'{"text": "ok"}\n{"text": "Gr\xfc\xdfe"}\n'
    _, error = list(read_jsonl(io.BytesIO(data), "in.jsonl"))
    assert isinstance(error, InputError)
    assert str(error).startswith("in.jsonl:2: not UTF-8 text (byte offset 12: b'\\xfc')")


def test_jsonl_reads_newskit_exports_back(pipeline: newskit.Pipeline) -> None:
    article = pipeline.analyze("„Wir sind bereit“, sagte Martina Kessler.", id="k")
    (again,) = _jsonl(json.dumps(dump_article(article)))
    assert again == article
    broken = dump_article(article)
    broken["statements"][0]["content"][0]["text"] = "anders"
    (error,) = _jsonl(json.dumps(broken))
    assert isinstance(error, InputError) and str(error).startswith("in.jsonl:1: article 'k'")


def test_json_object_or_array() -> None:
    (one,) = read_json(io.BytesIO(b'{"text": "a"}'), "x.json")
    assert one.id == "x"
    two = list(read_json(io.BytesIO(b'[{"text": "a"}, {"text": "b"}]'), "x.json"))
    assert [article.id for article in two] == ["x-1", "x-2"]
    with pytest.raises(InputError, match=r"x\.json: not valid JSON \(.*line 1\)"):
        list(read_json(io.BytesIO(b"[{"), "x.json"))


def test_pipeline_read_picks_the_reader_by_suffix(
    pipeline: newskit.Pipeline, tmp_path: Path
) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-8")
    assert [a.text for a in pipeline.read(path)] == ["a", "b"]
    assert [a.text for a in pipeline.read(path, input_format="txt")] == [
        '{"text": "a"}\n{"text": "b"}\n'
    ]
    with pytest.raises(UnknownFormatError, match=r"no reader for files ending in '\.csv'"):
        list(pipeline.read(tmp_path / "x.csv"))
    with pytest.raises(UnknownFormatError, match="unknown input format 'xml'"):
        list(pipeline.read(path, input_format="xml"))
    with pytest.raises(InputError, match=r"cannot read .*missing\.txt: No such file"):
        list(pipeline.read(tmp_path / "missing.txt"))


def test_pipeline_read_bad_line_raises_or_reports(
    pipeline: newskit.Pipeline, tmp_path: Path
) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text('{"text": "a"}\n{oops\n{"text": "c"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"b\.jsonl:2: not valid JSON"):
        list(pipeline.read(path))
    errors: list[InputError] = []
    assert [a.text for a in pipeline.read(path, on_error=errors.append)] == ["a", "c"]
    assert [str(e).split(": ")[0].rsplit("/", 1)[-1] for e in errors] == ["b.jsonl:2"]


def test_stdin_is_read_as_text(pipeline: newskit.Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Titel | Sport\n\nText."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    (article,) = pipeline.read("-")
    assert article.id == "stdin" and article.source is None
    assert article.title == "Titel" and article.meta("section") == "Sport"


def test_stdin_as_jsonl(pipeline: newskit.Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"text": "a", "id": "x"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    (article,) = pipeline.read("-", input_format="jsonl")
    assert article.id == "x"


def test_seed_files_read(pipeline: newskit.Pipeline) -> None:
    (strike,) = pipeline.read(SEEDS / "de_bahnstreik.txt")
    assert strike.title and strike.meta("section") == "Wirtschaft"
    (tail,) = strike.boilerplate
    assert "Leave a Reply" in strike.slice(tail)
    articles = list(pipeline.read(SEEDS / "articles.jsonl"))
    assert len(articles) >= 3 and len({a.id for a in articles}) == len(articles)


@pytest.mark.parametrize(
    "tail",
    [
        "Schreibe einen Kommentar\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche "
        "Felder sind mit * markiert\nMeinen Namen, meine E-Mail-Adresse und meine Website in "
        "diesem Browser speichern, bis ich wieder kommentiere.",
        "Posted by admin\n\nLeave a Reply\nYour email address will not be published.",
        "Share this:\r\nFacebook\r\nX",
    ],
)
def test_comment_forms_and_bylines_are_boilerplate(tail: str) -> None:
    body = "A long paragraph of the article that is clearly text and not boilerplate at all. " * 2
    article = _text(f"{body}\r\n\r\n{tail}\n")
    assert [article.slice(span) for span in article.boilerplate] == [tail]


def test_boilerplate_words_inside_the_article_are_not_boilerplate() -> None:
    long_line = "Ein langer Absatz des Artikels, der sicher Text ist und keine Seitenleiste. " * 2
    text = f"{long_line}\n\nQuelle: dpa\n\n{long_line}\n\nEnde des Artikels."
    assert _text(text).boilerplate == ()


def test_txt_headlines_with_windows_line_ends() -> None:
    article = _text("Streik bei der Bahn | Wirtschaft\r\n\r\nDie Lokführer streiken.\r\n")
    assert (article.title, article.meta("section")) == ("Streik bei der Bahn", "Wirtschaft")
    assert article.slice(article.headline) == "Streik bei der Bahn | Wirtschaft"
    plain = _text("Streik bei der Bahn\r\n\r\nDie Lokführer streiken.")
    assert plain.title == "Streik bei der Bahn"
