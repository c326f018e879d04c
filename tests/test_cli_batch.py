"""newskit analyze over many articles: workers, summary, quiet, failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newskit
from newskit import cli
from newskit.cli import main
from newskit.registrations import Runner


@pytest.fixture(autouse=True)
def _no_installed_plugins(monkeypatch) -> None:
    monkeypatch.setenv("NEWSKIT_PLUGINS", "")


def _corpus(tmp_path: Path, count: int, bad_lines: tuple[int, ...] = ()) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = []
    for i in range(count):
        if i in bad_lines:
            lines.append("{not json")
        else:
            lines.append(
                json.dumps({"id": f"n{i}", "text": f"Der Minister sagte, Plan {i} sei gut."})
            )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_to_jsonl_in_order_with_summary(tmp_path, capsys, workers) -> None:
    out = tmp_path / "out.jsonl"
    code = main(
        [
            "analyze",
            str(_corpus(tmp_path, 12)),
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--workers",
            workers,
        ]
    )
    assert code == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"n{i}" for i in range(12)]
    err = capsys.readouterr().err
    assert "analysed 12 article(s)" in err and "articles/s" in err and "0 failed" in err


def test_bad_line_is_reported_rest_is_written(tmp_path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    code = main(
        ["analyze", str(_corpus(tmp_path, 5, bad_lines=(2,))), "--format", "jsonl", "-o", str(out)]
    )
    assert code == 1
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["n0", "n1", "n3", "n4"]
    err = capsys.readouterr().err
    assert "corpus.jsonl:3: not valid JSON" in err
    assert "1 input(s) failed" in err


def test_quiet_prints_no_summary(tmp_path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    assert (
        main(["analyze", str(_corpus(tmp_path, 2)), "--format", "jsonl", "-o", str(out), "--quiet"])
        == 0
    )
    assert capsys.readouterr().err == ""


def test_workers_must_be_positive(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", str(_corpus(tmp_path, 1)), "--workers", "0"])
    assert exit_info.value.code == 2
    assert "--workers" in capsys.readouterr().err


def _add_shout(parser) -> None:
    parser.add_argument("--shout", action="store_true")


def _run_shout(pipeline, articles, args, on_error):
    import attrs

    for article in pipeline.analyze_many(articles, on_error=on_error):
        yield attrs.evolve(article, id=article.id.upper())


class _ShoutRunner:
    """A throwaway runner plugin: selected by --shout, upper-cases every article id."""

    @newskit.hookimpl
    def register_runners(self, register) -> None:
        register(Runner("shout", _add_shout, lambda args: args.shout, _run_shout))


def test_register_runners_plugin_is_selected_by_its_option(tmp_path, monkeypatch) -> None:
    real = cli.Pipeline
    monkeypatch.setattr(
        cli, "Pipeline", lambda: real(plugins=[_ShoutRunner()], load_entrypoints=False)
    )
    corpus = _corpus(tmp_path, 2)
    for flag, expected in (([], ["n0", "n1"]), (["--shout"], ["N0", "N1"])):
        out = tmp_path / "out.jsonl"
        assert main(["analyze", str(corpus), "--format", "jsonl", "-o", str(out), *flag]) == 0
        ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
        assert ids == expected
