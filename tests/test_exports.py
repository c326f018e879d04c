"""The csv, jsonld, brat and html export formats and the pandas helpers, on an article built
directly with the model classes (speakers, roles, dates, a quote in two parts, hostile text)."""

from __future__ import annotations

import csv
import datetime as dt
import html.parser
import io
import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import attrs
import pytest

import newskit
from newskit.exports import brat as brat_export
from newskit.exports.csv import ACTOR_COLUMNS, STATEMENT_COLUMNS, neutralise
from newskit.exports.html import render_html, speaker_colours
from newskit.exports.jsonld import to_jsonld
from newskit.model import (
    Actor,
    ActorKind,
    Article,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexType,
)

TEXT = (
    "Ministers meet in Berlin\n\n"
    '"We are ready," said Olaf Scholz, the German chancellor, on Tuesday. '
    '"But not at any price."\n'
    "According to the EU Commission, talks will resume on 12 September.\n"
    'Protesters shouted "=HYPERLINK(""http://evil"")" and <script>alert(1)</script> & <b>.\n'
    'An official said the plan was "-dead" for now.\n'
)


def at(needle: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of needle in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span(start, start + len(needle))


def sample_article() -> Article:
    tuesday = TimeExpression("t1", at("Tuesday"), "2023-09-05", TimexType.DATE)
    september = TimeExpression("t2", at("12 September"), "2023-09-12", TimexType.DATE)
    actors = (
        Actor(
            "a1",
            "Olaf Scholz",
            ActorKind.PERSON,
            mentions=(at("Olaf Scholz"),),
            roles=(at("the German chancellor"),),
            aliases=("Scholz",),
        ),
        Actor("a2", "EU Commission", ActorKind.ORGANIZATION, mentions=(at("EU Commission"),)),
        Actor("a3", "Berlin", ActorKind.PLACE, mentions=(at("Berlin"),)),
        Actor("a4", "Protesters", ActorKind.GROUP, mentions=(at("Protesters"),)),
    )
    statements = (
        Statement(
            "s1",
            (at("We are ready,"), at("But not at any price.")),
            StatementKind.DIRECT,
            speaker="a1",
            speaker_mention=at("Olaf Scholz"),
            cue=at("said"),
            date=tuesday,
        ),
        Statement(
            "s2",
            (at("talks will resume on 12 September"),),
            StatementKind.REPORTED,
            speaker="a2",
            speaker_mention=at("EU Commission"),
            cue=at("According to"),
            date=september,
        ),
        Statement(
            "s3",
            (at('=HYPERLINK(""http://evil"")'),),
            StatementKind.DIRECT,
            speaker="a4",
            speaker_mention=at("Protesters"),
            cue=at("shouted"),
        ),
        Statement(
            "s4",
            (at('the plan was "-dead" for now'),),
            StatementKind.INDIRECT,
            speaker_mention=at("An official"),
            cue=at("said", 1),
        ),
    )
    return Article(
        text=TEXT,
        id="ministers",
        language="en",
        title="Ministers meet in Berlin",
        published=dt.date(2023, 9, 4),
        url="https://example.org/news/ministers",
        metadata={"author": "Jane Doe", "section": "Politics"},
        headline=at("Ministers meet in Berlin"),
        actors=actors,
        statements=statements,
        dates=(tuesday, september),
    )


@pytest.fixture
def article() -> Article:
    return sample_article()


def export(pipeline: newskit.Pipeline, articles: list[Article], fmt: str, **options: str) -> str:
    buffer = io.StringIO()
    pipeline.exporter(fmt).export(articles, buffer, **options)
    return buffer.getvalue()


# --- registration ---------------------------------------------------------------------------


def test_every_format_is_registered_and_listed(pipeline, capsys, monkeypatch) -> None:
    assert {"json", "jsonl", "csv", "jsonld", "brat", "html"} <= set(pipeline.exporters)
    from newskit.cli import main

    monkeypatch.setenv("NEWSKIT_PLUGINS", "")
    assert main(["formats"]) == 0
    listed = capsys.readouterr().out
    for name in ("csv", "jsonld", "brat", "html"):
        assert f"  {name} " in listed
    assert "table=statements|actors" in listed


# --- csv ------------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_statements_one_row_per_statement(pipeline, article) -> None:
    rows = read_csv(export(pipeline, [article], "csv"))
    assert list(rows[0]) == list(STATEMENT_COLUMNS)
    assert [row["statement"] for row in rows] == ["s1", "s2", "s3", "s4"]
    first = rows[0]
    assert first["speaker"] == "Olaf Scholz"
    assert first["speaker_kind"] == "person"
    assert first["speaker_roles"] == "the German chancellor"
    assert first["kind"] == "direct"
    assert first["cue"] == "said"
    assert first["content"] == "We are ready, … But not at any price."
    assert first["date"] == "Tuesday"
    assert first["date_value"] == "2023-09-05"
    assert first["published"] == "2023-09-04"
    start, end = int(first["start"]), int(first["end"])
    assert TEXT[start:end].startswith("We are ready,") and TEXT[start:end].endswith("price.")
    pairs = [piece.split("-") for piece in first["spans"].split(";")]
    assert [TEXT[int(a) : int(b)] for a, b in pairs] == ["We are ready,", "But not at any price."]
    # a statement without a known speaker: the mention's text, no id
    assert rows[3]["speaker"] == "An official" and rows[3]["speaker_id"] == ""


def test_csv_neutralises_formula_cells(pipeline, article) -> None:
    rows = read_csv(export(pipeline, [article], "csv"))
    assert rows[2]["content"] == "'" + '=HYPERLINK(""http://evil"")'
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert neutralise("+49 30 1234") == "'+49 30 1234"
    assert neutralise("@user") == "'@user"
    assert neutralise("-1") == "'-1"
    assert neutralise("harmless = text") == "harmless = text"
    assert neutralise(12) == 12


def test_csv_actors_table_is_selectable(pipeline, article) -> None:
    rows = read_csv(export(pipeline, [article], "csv", table="actors"))
    assert list(rows[0]) == list(ACTOR_COLUMNS)
    by_id = {row["actor"]: row for row in rows}
    assert by_id["a1"]["name"] == "Olaf Scholz"
    assert by_id["a1"]["roles"] == "the German chancellor"
    assert by_id["a1"]["aliases"] == "Scholz"
    assert by_id["a1"]["statements"] == "1"
    assert by_id["a3"]["kind"] == "place" and by_id["a3"]["statements"] == "0"


def test_csv_several_articles_share_one_header(pipeline, article) -> None:
    other = attrs.evolve(article, id="second", statements=article.statements[:1])
    text = export(pipeline, [article, other], "csv")
    assert text.count("article,published,statement") == 1
    assert [row["article"] for row in read_csv(text)] == ["ministers"] * 4 + ["second"]


def test_csv_bom_and_option_errors(pipeline, article) -> None:
    assert export(pipeline, [article], "csv", bom="yes").startswith("\ufeffarticle,")
    with pytest.raises(newskit.UnknownFormatError, match="no option 'tabel'; its options: bom, t"):
        export(pipeline, [article], "csv", tabel="actors")
    with pytest.raises(newskit.UnknownFormatError, match="must be one of statements, actors"):
        export(pipeline, [article], "csv", table="quotes")


# --- jsonld ---------------------------------------------------------------------------------


def test_jsonld_structure(pipeline, article) -> None:
    data = json.loads(export(pipeline, [article], "jsonld"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["@id"] == "https://example.org/news/ministers"
    assert data["headline"] == "Ministers meet in Berlin"
    assert data["datePublished"] == "2023-09-04"
    assert data["inLanguage"] == "en"
    assert data["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert data["articleBody"] == TEXT
    mentions = {node["name"]: node for node in data["mentions"]}
    assert mentions["Olaf Scholz"]["@type"] == "Person"
    assert mentions["Olaf Scholz"]["jobTitle"] == "the German chancellor"
    assert mentions["Olaf Scholz"]["alternateName"] == ["Scholz"]
    assert mentions["EU Commission"]["@type"] == "Organization"
    assert mentions["Berlin"]["@type"] == "Place"
    ids = [node["@id"] for node in data["mentions"] + data["hasPart"]]
    assert len(ids) == len(set(ids))
    quotes = {node["@id"]: node for node in data["hasPart"]}
    first = data["hasPart"][0]
    assert first["@type"] == "Quotation"
    assert first["text"] == "We are ready, … But not at any price."
    assert first["spokenByCharacter"] == {"@id": mentions["Olaf Scholz"]["@id"]}
    assert first["creator"] == first["spokenByCharacter"]
    assert first["dateCreated"] == "2023-09-05"
    assert first["temporalCoverage"] == "2023-09-05"
    unknown = data["hasPart"][3]
    assert "spokenByCharacter" not in unknown
    assert len(quotes) == 4


def test_jsonld_several_articles_form_a_graph_without_shared_ids(pipeline, article) -> None:
    same_id = attrs.evolve(article, url=None)  # the same id, e.g. a/x.txt and b/x.txt
    data = json.loads(export(pipeline, [article, same_id, same_id], "jsonld"))
    assert data["@context"] == "https://schema.org"
    assert [node["@type"] for node in data["@graph"]] == ["NewsArticle"] * 3
    ids = [m["@id"] for node in data["@graph"] for m in node["mentions"] + node["hasPart"]]
    ids += [node["@id"] for node in data["@graph"]]
    assert len(ids) == len(set(ids)) == 3 * (4 + 4 + 1)


def test_jsonld_expands_with_pyld(article) -> None:
    """A JSON-LD processor reads it: expanded types and properties are schema.org IRIs and the
    speaker references resolve to the Person node. The schema.org context is served offline
    (a minimal stand-in with its vocabulary), never fetched."""
    jsonld = pytest.importorskip("pyld.jsonld")

    def offline_loader(url, options=None):
        assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
        return {
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}},
        }

    data = to_jsonld([article])
    expanded = jsonld.expand(data, {"documentLoader": offline_loader})
    flat = jsonld.flatten(expanded, None, {"documentLoader": offline_loader})
    nodes = {node["@id"]: node for node in flat}
    types = {t for node in flat for t in node.get("@type", [])}
    assert {
        "https://schema.org/NewsArticle",
        "https://schema.org/Person",
        "https://schema.org/Organization",
        "https://schema.org/Place",
        "https://schema.org/Quotation",
    } <= types
    quotes = [n for n in flat if "https://schema.org/Quotation" in n.get("@type", [])]
    speaker = quotes[0]["https://schema.org/spokenByCharacter"][0]["@id"]
    assert nodes[speaker]["https://schema.org/name"][0]["@value"] == "Olaf Scholz"


# --- brat -----------------------------------------------------------------------------------


def parse_ann(ann: str) -> dict[str, list[list[str]]]:
    kinds: dict[str, list[list[str]]] = {}
    for line in ann.splitlines():
        kinds.setdefault(line[0], []).append(line.split("\t"))
    return kinds


def test_brat_text_is_the_article_and_offsets_match(article) -> None:
    files = brat_export.brat_files(article)
    assert files[".txt"] == TEXT
    parsed = parse_ann(files[".ann"])
    for identifier, head, covered in parsed["T"]:
        _, offsets = head.split(" ", 1)
        pieces = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
        assert " ".join(TEXT[a:b] for a, b in pieces) == covered, identifier
        assert all("\n" not in TEXT[a:b] for a, b in pieces)
    entities: dict[tuple[str, str], str] = {}
    for ident, head, covered in parsed["T"]:  # the first of equal texts ("said" twice)
        entities.setdefault((head.split(" ", 1)[0], covered), ident)
    quote = entities[("Quote", "We are ready, But not at any price.")]
    person = entities[("Person", "Olaf Scholz")]
    relations = {tuple(fields[1].split()) for fields in parsed["R"]}
    assert ("Speaker", f"Arg1:{quote}", f"Arg2:{person}") in relations
    assert ("CueOf", f"Arg1:{quote}", f"Arg2:{entities[('Cue', 'said')]}") in relations
    assert ("DatedBy", f"Arg1:{quote}", f"Arg2:{entities[('Date', 'Tuesday')]}") in relations
    role = entities[("Role", "the German chancellor")]
    assert ("HasRole", f"Arg1:{person}", f"Arg2:{role}") in relations
    assert ["A1", f"Kind {quote} direct"] in parsed["A"]
    notes = {fields[1]: fields[2] for fields in parsed["#"]}
    assert notes[f"AnnotatorNotes {entities[('Date', 'Tuesday')]}"] == "value=2023-09-05"
    # the speaker mention of s1 is the actor's mention: one entity, not two
    assert sum(1 for _, head, _ in parsed["T"] if head.startswith("Person ")) == 1


def test_brat_splits_spans_at_line_breaks() -> None:
    text = "He said: first line\nsecond line.\n"
    article = Article(
        text=text,
        statements=(Statement("s1", (Span(9, 32),), "direct"),),
    )
    lines = brat_export.to_ann(article).splitlines()
    assert lines[0] == "T1\tQuote 9 19;20 32\tfirst line second line."


def test_brat_to_a_stream_is_refused_with_advice(pipeline, article) -> None:
    with pytest.raises(newskit.NewskitError, match="-o DIR"):
        export(pipeline, [article], "brat")


def test_brat_annotation_conf_declares_every_type(article) -> None:
    ann = brat_export.to_ann(article)
    declared = brat_export.ANNOTATION_CONF
    for line in ann.splitlines():
        if line[0] in "TR":
            assert f"\n{line.split()[1]}" in declared
        if line[0] == "A":
            value = line.split()[-1]
            assert f"|{value}" in declared or f":{value}|" in declared


# --- html -----------------------------------------------------------------------------------


def test_html_escapes_and_is_self_contained(article) -> None:
    page = render_html([article])
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;" in page and "&amp;" in page
    assert "src=" not in page and "<link" not in page and "@import" not in page
    assert "default-src 'none'" in page
    colours = speaker_colours(article)
    assert list(colours) == ["a1", "a2", "a4"] and len(set(colours.values())) == 3
    assert f"background: {colours['a1']}" in page
    assert 'title="date: 2023-09-05 (DATE)"' in page


def test_html_title_attributes_cannot_be_broken_out_of() -> None:
    text = '"x" said A" onmouseover="alert(1)'
    article = Article(
        text=text,
        actors=(Actor("a1", 'A" onmouseover="alert(1)', "person", mentions=(Span(9, len(text)),)),),
        statements=(Statement("s1", (Span(1, 2),), "direct", speaker="a1"),),
    )
    page = render_html([article])
    assert 'onmouseover="' not in page
    assert "&quot; onmouseover=&quot;alert(1)" in page


class _Collector(html.parser.HTMLParser):
    """Elements of a dumped DOM: tag, attributes and the text directly inside."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self.stack: list[int] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), []))
        if tag not in ("meta", "br", "link", "img", "input"):
            self.stack.append(len(self.elements) - 1)

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack:
            self.elements[self.stack[-1]][2].append(data)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no chromium installed (apt-get install chromium)")


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    command = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}", *args,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def png_pixels(path: Path) -> set[tuple[int, int, int]]:
    """The distinct RGB colours of an 8-bit RGB/RGBA PNG (what chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], None
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour_type = header[:4]
    assert depth == 8 and colour_type in (2, 6)
    step = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    previous = bytearray(stride)
    colours: set[tuple[int, int, int]] = set()
    offset = 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1 : offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up = previous[i]
            corner = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + predictor) & 255
        for i in range(0, stride, step):
            colours.add((line[i], line[i + 1], line[i + 2]))
        previous = line
    return colours


def test_html_in_a_real_browser(tmp_path, article) -> None:
    page = tmp_path / "ministers.html"
    page.write_text(render_html([article]), encoding="utf-8")
    dumped = run_chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = _Collector()
    dom.feed(dumped.stdout)
    tags = [tag for tag, _, _ in dom.elements]
    assert "script" not in tags  # the hostile text stayed text
    text_div = next(el for el in dom.elements if el[1].get("class") == "text")
    assert "<script>alert(1)</script> & <b>." in "".join(text_div[2])
    quotes = [el for el in dom.elements if "q" in el[1].get("class", "").split()]
    by_speaker: dict[str, str] = {}
    for _, attributes, texts in quotes:
        speaker = attributes["data-speaker"]
        by_speaker[speaker] = by_speaker.get(speaker, "") + "".join(texts)
    assert by_speaker["Olaf Scholz"] == "We are ready,But not at any price."
    assert by_speaker["An official"].startswith("the plan was")
    dates = {el[1]["data-date-value"] for el in dom.elements if "data-date-value" in el[1]}
    assert dates == {"2023-09-05", "2023-09-12"}
    actor_rows = [
        el for el in dom.elements if el[0] == "tr" and el[1].get("id", "").startswith("ministers-")
    ]
    assert len(actor_rows) == 4
    cells = [el for el in dom.elements if el[0] == "td"]
    assert any("the German chancellor" in "".join(el[2]) for el in cells)

    shot = tmp_path / "shot.png"
    taken = run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1000,900", page.as_uri())
    assert taken.returncode == 0 and shot.exists(), taken.stderr[-2000:]
    colours = png_pixels(shot)
    for colour in speaker_colours(article).values():  # every speaker's highlight was painted
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert rgb in colours, colour


# --- pandas ---------------------------------------------------------------------------------


def test_pandas_frames(article) -> None:
    pytest.importorskip("pandas")
    from newskit.exports.pandas import actors_frame, statements_frame

    statements = statements_frame([article, article])
    assert list(statements.columns) == list(STATEMENT_COLUMNS)
    assert len(statements) == 8
    assert statements["start"].dtype == "int64"
    assert statements.iloc[0]["published"] == dt.date(2023, 9, 4)
    assert statements.groupby("speaker").size()["Olaf Scholz"] == 2
    assert statements.iloc[2]["content"] == '=HYPERLINK(""http://evil"")'  # not neutralised
    actors = actors_frame(article)
    assert list(actors["name"]) == ["Olaf Scholz", "EU Commission", "Berlin", "Protesters"]
    assert actors["statements"].tolist() == [1, 1, 0, 1]


def test_pandas_missing_gives_a_clear_error(monkeypatch, article) -> None:
    import importlib

    from newskit.exports import pandas as helpers

    real = importlib.import_module

    def without_pandas(name, *args):
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real(name, *args)

    monkeypatch.setattr(helpers.importlib, "import_module", without_pandas)
    with pytest.raises(newskit.NewskitError, match=r"pip install 'newskit\[pandas\]'"):
        helpers.statements_frame(article)


def test_pipeline_export_passes_options(pipeline, article) -> None:
    text = pipeline.export([article], "csv", table="actors")
    assert text.startswith("article,actor,name,")
    with pytest.raises(newskit.UnknownFormatError, match="has no option"):
        pipeline.export([article], "json", table="actors")


# --- every format on generated articles ---------------------------------------------------


class _TextOf(html.parser.HTMLParser):
    """The text inside <div class="text">, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.depth or (tag == "div" and ("class", "text") in attrs):
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def _exports_hold_for(article: Article) -> None:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    rows = read_csv(pipeline.export([article], "csv"))
    assert len(rows) == len(article.statements)
    assert len(read_csv(pipeline.export([article], "csv", table="actors"))) == len(article.actors)
    data = json.loads(pipeline.export([article], "jsonld"))
    assert data["articleBody"] == article.text
    assert len(data.get("hasPart", [])) == len(article.statements)
    text = _TextOf()
    text.feed(render_html([article]))
    text.close()
    assert "".join(text.parts) == article.text  # every character, in order, as text
    for line in brat_export.to_ann(article).splitlines():
        fields = line.split("\t")
        if line.startswith("T"):
            pieces = [tuple(map(int, p.split())) for p in fields[1].split(" ", 1)[1].split(";")]
            assert " ".join(article.text[a:b] for a, b in pieces) == fields[2]
            assert all(a < b for a, b in pieces)
        else:
            assert len(fields) in (2, 3) and "\n" not in line


def test_exports_hold_on_generated_articles() -> None:
    from hypothesis import HealthCheck, given, settings

    from test_export_json import articles

    check = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))(
        given(articles())(_exports_hold_for)
    )
    check()
