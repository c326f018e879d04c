"""The command line, through ``newskit.cli.main([...])`` and once as a real process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newskit import __version__
from newskit.cli import main
from newskit.converter import load_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "de_bahnstreik.txt"
JSONL_SEED = ROOT / "seeds" / "articles.jsonl"


@pytest.fixture(autouse=True)
def _no_installed_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI loads installed plugins; the tests see the built-ins only.
    monkeypatch.setenv("NEWSKIT_PLUGINS", "")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_analyze_writes_the_article_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "analyze", SEED, "--published", "2024-03-06", "-q")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "de_bahnstreik"
    assert data["language"] == "de"
    assert data["published"] == "2024-03-06"
    assert data["title"] == "Lokführer legen Fernverkehr ab Donnerstag lahm"
    assert data["text"] == SEED.read_text(encoding="utf-8")
    assert load_article(data).id == "de_bahnstreik"


def test_language_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "analyze", SEED, "--language", "en", "-q")
    assert code == 0 and json.loads(out)["language"] == "en"
    code, out, _ = _run(capsys, "analyze", SEED, "--language", "auto", "-q")
    assert code == 0 and json.loads(out)["language"] == "de"


def test_jsonl_gives_one_line_per_article_in_input_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, "analyze", JSONL_SEED, SEED, "--format", "jsonl", "-q")
    assert code == 0
    lines = out.splitlines()
    expected = [json.loads(line)["id"] for line in JSONL_SEED.read_text("utf-8").splitlines()]
    assert [json.loads(line)["id"] for line in lines] == [*expected, "de_bahnstreik"]


def test_published_is_the_default_for_articles_without_a_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(
        capsys, "analyze", JSONL_SEED, "--format", "jsonl", "--published", "2020-01-01", "-q"
    )
    assert code == 0
    published = {d["id"]: d["published"] for d in map(json.loads, out.splitlines())}
    assert published["de-klinik-2024-04-17"] == "2024-04-17"  # its own date wins
    assert published["de-kurz-ohne-datum"] == "2020-01-01"


def test_several_articles_as_json_are_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "analyze", JSONL_SEED, "-q")
    assert code == 0
    assert [d["id"] for d in json.loads(out)][:2] == [
        "de-klinik-2024-04-17",
        "en-bridge-2024-02-08",
    ]


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = "„Wir sind bereit“, sagte Martina Kessler am Mittwoch.".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = _run(capsys, "analyze", "-", "-q")
    assert code == 0
    assert json.loads(out)["id"] == "stdin"


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = _run(capsys, "analyze", SEED, "--published", "2024-03-06", "-o", target, "-q")
    assert code == 0 and out == ""
    assert json.loads(target.read_text("utf-8"))["id"] == "de_bahnstreik"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--format", "xml"], "unknown format 'xml'; available: "),
        (
            ["--published", "06.03.2024"],
            "--published: expected a date as YYYY-MM-DD, received '06.03.2024'",
        ),
        (["--published", "2024-03-06junk"], "--published: expected a date as YYYY-MM-DD"),
        (["--language", "fr"], "language 'fr' is not supported (registered languages: de, en)"),
        (["--input-format", "xml"], "unknown input format 'xml'"),
    ],
)
def test_usage_errors_write_nothing_and_keep_an_existing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, options: list[str], message: str
) -> None:
    target = tmp_path / "out.json"
    target.write_text("earlier result", encoding="utf-8")
    code, _, err = _run(capsys, "analyze", SEED, *options, "-o", target)
    assert code != 0
    assert err.strip().splitlines()[0] == f"newskit: error: {message}" or message in err
    assert "Traceback" not in err
    assert target.read_text("utf-8") == "earlier result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
    fresh = tmp_path / "fresh.json"
    assert main(["analyze", str(SEED), *options, "-o", str(fresh)]) != 0
    assert not fresh.exists()


def test_a_missing_input_is_named_and_leaves_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    code, _, err = _run(capsys, "analyze", tmp_path / "missing.txt", "-o", target)
    assert code != 0
    assert "missing.txt: No such file or directory" in err
    assert "Traceback" not in err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_an_unsupported_suffix_fails_before_any_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = _run(capsys, "analyze", SEED, tmp_path / "table.csv")
    assert code == 2 and out == ""
    assert "table.csv: no reader for files ending in '.csv'" in err


def test_a_bad_jsonl_line_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "Hallo Welt, sagte sie."}\n{"text": \n', encoding="utf-8")
    code, out, err = _run(capsys, "analyze", path, "--format", "jsonl", "-q")
    assert code != 0
    assert "in.jsonl:2: not valid JSON" in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["in-1"]


def test_a_crash_while_writing_keeps_the_existing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newskit.default_plugins import exporters

    calls = []

    def exploding(article):  # type: ignore[no-untyped-def]
        calls.append(article.id)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return {"id": article.id}

    monkeypatch.setattr(exporters, "dump_article", exploding)
    target = tmp_path / "out.jsonl"
    target.write_text("earlier result\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk on fire"):
        main(["analyze", str(JSONL_SEED), "--format", "jsonl", "-o", str(target), "-q"])
    assert target.read_text("utf-8") == "earlier result\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_plugins_lists_name_version_and_hooks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "plugins")
    assert code == 0
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    readers = rows["newskit.default_plugins.readers"]
    assert readers[1] == f"newskit {__version__}"
    assert readers[2] == "register_readers"
    assert "resolve_tokens" in rows["newskit.default_plugins.tokenizer"][2]


def test_formats_lists_readers_and_exporters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "formats")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines() if line.startswith("  ")]
    assert {"json", "jsonl", "txt"} <= set(names)


def test_version_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"newskit {__version__}"
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze"])
    assert exit_info.value.code == 2


def test_as_a_process(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import sys; from newskit.cli import main; sys.exit(main())"]
    env = {"NEWSKIT_PLUGINS": "", "PATH": "", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [*command, "analyze", str(SEED), "--published", "2024-03-06", "--format", "jsonl"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert json.loads(line)["published"] == "2024-03-06"
    done = subprocess.run(
        [*command, "analyze", str(SEED), "--published", "yesterday"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.strip() == (
        "newskit: error: --published: expected a date as YYYY-MM-DD, received 'yesterday'"
    )


def test_an_output_file_gets_ordinary_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import os
    import stat

    target = tmp_path / "out.json"
    assert main(["analyze", str(SEED), "-o", str(target), "-q"]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.chmod(0o640)
    assert main(["analyze", str(SEED), "-o", str(target), "-q"]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # an existing file keeps its mode
