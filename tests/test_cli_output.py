"""``newskit analyze`` output: -o DIR, batches with failures, export formats and their options,
stdin, atomic writing, and one end-to-end run per export format."""

from __future__ import annotations

import csv
import functools
import io
import json
from pathlib import Path

import pytest

import newskit
from newskit import cli
from newskit.registrations import Exporter

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

GERMAN = "„Wir sind bereit“, sagte die Ministerin Anna Berger am Dienstag in Berlin.\n"
ENGLISH = '"We are ready," said the minister, Anna Berger, on Tuesday in London.\n'


@pytest.fixture(autouse=True)
def _no_installed_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKIT_PLUGINS", "")


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(GERMAN, encoding="utf-8")
    b.write_text(ENGLISH, encoding="utf-8")
    return a, b


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


# --- batches --------------------------------------------------------------------------------


def test_batch_with_a_missing_file_writes_the_others_and_fails(capsys, tmp_path, inputs) -> None:
    a, b = inputs
    missing = tmp_path / "missing.txt"
    out = tmp_path / "outdir"
    code, stdout, stderr = run(capsys, "analyze", a, missing, b, "-o", f"{out}/")
    assert code == cli.EXIT_FAILURES
    assert stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    assert newskit.load(out / "a.json")[0].text == GERMAN
    assert newskit.load(out / "b.json")[0].language == "en"
    error_lines = [line for line in stderr.splitlines() if "missing.txt" in line]
    assert error_lines and "cannot read" in error_lines[0]
    assert "1 input(s) failed" in stderr  # the summary
    assert stderr.rstrip().endswith(error_lines[-1].strip())  # ...which lists the failure
    assert f"wrote 2 file(s) to {out}/" in stderr


def test_unreadable_file_is_named(capsys, tmp_path, inputs) -> None:
    a, _ = inputs
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Gr\xfc\xdfe".encode("latin-1"))
    out = tmp_path / "out"
    code, _, stderr = run(capsys, "analyze", bad, a, "-o", f"{out}/", "-q")
    assert code == cli.EXIT_FAILURES
    assert f"{bad}: not UTF-8 text" in stderr
    assert [p.name for p in out.iterdir()] == ["a.json"]


def test_all_fine_exits_zero(capsys, tmp_path, inputs) -> None:
    code, _, stderr = run(capsys, "analyze", *inputs, "-o", f"{tmp_path / 'out'}/", "-q")
    assert code == cli.EXIT_OK, stderr
    assert stderr == ""


def test_an_existing_directory_needs_no_slash(capsys, tmp_path, inputs) -> None:
    out = tmp_path / "existing"
    out.mkdir()
    assert run(capsys, "analyze", *inputs, "-o", out, "-q")[0] == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]


def test_articles_with_the_same_id_get_distinct_files(capsys, tmp_path) -> None:
    for folder, text in (("x", GERMAN), ("y", ENGLISH)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code, _, _ = run(
        capsys, "analyze", tmp_path / "x" / "same.txt", tmp_path / "y" / "same.txt",
        "-o", f"{out}/", "-q",
    )  # fmt: skip
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["same-2.json", "same.json"]
    assert newskit.load(out / "same-2.json")[0].text == ENGLISH


# --- formats and options --------------------------------------------------------------------


def test_unknown_format_lists_the_available_ones(capsys, inputs) -> None:
    code, stdout, stderr = run(capsys, "analyze", inputs[0], "--format", "xlsx")
    assert code == cli.EXIT_USAGE and stdout == ""
    assert "unknown format 'xlsx'; available: brat, csv, html, json, jsonl, jsonld" in stderr


def test_unknown_or_malformed_format_option(capsys, inputs) -> None:
    code, _, stderr = run(capsys, "analyze", inputs[0], "--format", "csv", "--format-option", "x=1")
    assert code == cli.EXIT_USAGE
    assert "format 'csv' has no option 'x'; its options: bom, table" in stderr
    code, _, stderr = run(capsys, "analyze", inputs[0], "--format-option", "table")
    assert code == cli.EXIT_USAGE and "expected NAME=VALUE" in stderr
    code, _, stderr = run(capsys, "analyze", inputs[0], "--format", "json", "--format-option",
                          "table=actors")  # fmt: skip
    assert code == cli.EXIT_USAGE and "its options: none" in stderr


def test_csv_actors_table_to_stdout(capsys, inputs) -> None:
    code, stdout, _ = run(capsys, "analyze", *inputs, "--format", "csv", "--format-option",
                          "table=actors", "-q")  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert rows and set(rows[0]) >= {"article", "actor", "name", "kind", "roles"}
    assert {row["article"] for row in rows} <= {"a", "b"}


def test_brat_needs_a_directory_and_writes_txt_ann_and_conf(capsys, tmp_path, inputs) -> None:
    code, stdout, stderr = run(capsys, "analyze", *inputs, "--format", "brat")
    assert code == cli.EXIT_USAGE and stdout == ""
    assert "-o DIR/" in stderr and "analysed" not in stderr  # refused before any work
    out = tmp_path / "brat"
    code, _, stderr = run(capsys, "analyze", *inputs, "--format", "brat", "-o", f"{out}/", "-q")
    assert code == 0, stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["a.ann", "a.txt", "annotation.conf", "b.ann", "b.txt", "visual.conf"]
    assert (out / "a.txt").read_text(encoding="utf-8") == GERMAN
    for line in (out / "a.ann").read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            _, head, covered = line.split("\t")
            start, end = (int(x) for x in head.split()[1:3])
            assert GERMAN[start:end] == covered


def test_brat_keeps_an_edited_annotation_conf(capsys, tmp_path, inputs) -> None:
    out = tmp_path / "brat"
    out.mkdir()
    (out / "annotation.conf").write_text("[entities]\nPerson\nMyType\n", encoding="utf-8")
    assert run(capsys, "analyze", inputs[0], "--format", "brat", "-o", out, "-q")[0] == 0
    assert "MyType" in (out / "annotation.conf").read_text(encoding="utf-8")
    assert (out / "visual.conf").exists() and (out / "a.ann").exists()


def test_brat_never_overwrites_its_input(capsys, tmp_path, inputs) -> None:
    a, _ = inputs
    code, _, stderr = run(capsys, "analyze", a, "--format", "brat", "-o", f"{tmp_path}/", "-q")
    assert code == cli.EXIT_FAILURES
    assert "would overwrite the input" in stderr
    assert a.read_text(encoding="utf-8") == GERMAN
    assert (tmp_path / "a.ann").exists()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "jsonld", "html"])
def test_end_to_end_every_single_file_format(capsys, tmp_path, fmt) -> None:
    """The real pipeline on a project seed, exported in each format, one file per article."""
    seed = SEEDS / "de_bahnstreik.txt"
    if not seed.exists():
        pytest.skip("seed article missing")
    out = tmp_path / "out"
    code, _, stderr = run(capsys, "analyze", seed, "--format", fmt, "-o", f"{out}/", "-q")
    assert code == 0, stderr
    written = out / f"de_bahnstreik.{fmt}"
    text = written.read_text(encoding="utf-8")
    if fmt in ("json", "jsonl"):
        assert newskit.load(written)[0].text == seed.read_text(encoding="utf-8")
    elif fmt == "jsonld":
        assert json.loads(text)["@type"] == "NewsArticle"
    elif fmt == "csv":
        assert text.startswith("article,published,statement,")
    else:
        assert text.startswith("<!DOCTYPE html>") and "Lokführer" in text


# --- stdin and reading our own exports back -------------------------------------------------


def test_own_json_export_is_read_back_from_stdin(capsys, monkeypatch, tmp_path, inputs) -> None:
    out = tmp_path / "first"  # does not exist yet: created
    assert run(capsys, "analyze", *inputs, "-o", out / "all.json", "-q")[0] == 0
    data = (out / "all.json").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, stdout, stderr = run(capsys, "analyze", "-", "--input-format", "json", "--format",
                               "jsonl", "-q")  # fmt: skip
    assert code == 0, stderr
    again = [newskit.loads(line) for line in stdout.splitlines()]
    assert [a.id for a in again] == ["a", "b"]
    assert [a.text for a in again] == [GERMAN, ENGLISH]


# --- atomic writing -------------------------------------------------------------------------


class _Interrupting:
    """A plugin whose ``broken`` format writes half an article, then the user hits Ctrl-C."""

    @staticmethod
    @newskit.hookimpl
    def register_exporters(register):
        def write(articles, stream):
            for article in articles:
                stream.write(article.text[:10])
                raise KeyboardInterrupt

        register(Exporter("broken", ".out", write))


def test_an_interrupted_run_leaves_no_half_written_file(capsys, tmp_path, inputs, monkeypatch):
    pipeline = functools.partial(newskit.Pipeline, load_entrypoints=False, plugins=[_Interrupting])
    monkeypatch.setattr(cli, "Pipeline", pipeline)
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.out").write_text("an earlier, complete result", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        cli.main(["analyze", str(inputs[0]), "--format", "broken", "-o", f"{out}/", "-q"])
    assert (out / "a.out").read_text(encoding="utf-8") == "an earlier, complete result"
    assert leftovers(out) == []
    single = tmp_path / "single.out"
    with pytest.raises(KeyboardInterrupt):
        cli.main(["analyze", str(inputs[0]), "--format", "broken", "-o", str(single), "-q"])
    assert not single.exists() and leftovers(tmp_path) == []


def test_an_unwritable_output_is_named(capsys, tmp_path, inputs) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    code, _, stderr = run(capsys, "analyze", inputs[0], "-o", blocker / "x.json", "-q")
    assert code == cli.EXIT_USAGE
    assert f"cannot write {blocker / 'x.json'}" in stderr
    assert "Traceback" not in stderr
