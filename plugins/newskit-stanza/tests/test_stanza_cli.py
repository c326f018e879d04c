"""``newskit stanza download|check`` and ``newskit analyze --backend stanza`` on the command
line; Stanza's downloader is replaced, nothing touches the network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("stanza")

import newskit_stanza
import requests
import stanza
from newskit_stanza.models import DIR_ENV

import newskit
from newskit.cli import main


@pytest.fixture(autouse=True)
def only_this_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI builds its own pipelines: give them this plugin and no other installed one."""
    real = newskit.Pipeline.__init__

    def init(self: newskit.Pipeline, **kwargs: Any) -> None:
        kwargs["load_entrypoints"] = False
        kwargs["plugins"] = [newskit_stanza]
        real(self, **kwargs)

    monkeypatch.setattr(newskit.Pipeline, "__init__", init)


def test_download_calls_stanza_with_the_directory_and_processors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[dict[str, Any]] = []

    def download(**kwargs: Any) -> None:
        calls.append(kwargs)
        folder = Path(kwargs["model_dir"])  # what Stanza leaves behind
        (folder / "resources.json").write_text("{}", encoding="utf-8")
        for processor in kwargs["processors"].split(","):
            (folder / kwargs["lang"] / processor).mkdir(parents=True, exist_ok=True)
            (folder / kwargs["lang"] / processor / "default.pt").write_bytes(b"")

    monkeypatch.setattr(stanza, "download", download)
    directory = tmp_path / "models"
    assert main(["stanza", "download", "de", "en", "--dir", str(directory)]) == 0
    assert calls == [
        {
            "lang": language,
            "model_dir": str(directory),
            "processors": "tokenize,pos,lemma,depparse,ner",
            "logging_level": "INFO",
        }
        for language in ("de", "en")
    ]
    assert f"Stanza models for de, en are in {directory}" in capsys.readouterr().out

    # the environment variable is the default directory; --parts narrows the processors
    calls.clear()
    monkeypatch.setenv(DIR_ENV, str(tmp_path / "env"))
    assert main(["stanza", "download", "de", "--parts", "tokens"]) == 0
    assert calls[0]["model_dir"] == str(tmp_path / "env")
    assert calls[0]["processors"] == "tokenize"


def test_download_failure_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def offline(**kwargs: Any) -> None:
        raise requests.exceptions.ConnectionError(
            "Max retries exceeded (Name or service not known)"
        )

    monkeypatch.setattr(stanza, "download", offline)
    assert main(["stanza", "download", "de", "--dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"newskit: error: could not download the Stanza models for 'de' into {tmp_path}: "
        "ConnectionError: Max retries exceeded"
    )
    assert "Check the network connection" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_unknown_part_and_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["stanza", "download", "de", "--parts", "quotes,lemmas", "--dir", str(tmp_path)]) == 2
    )
    assert "unknown part(s) lemmas; choose from tokens, actors, quotes" in capsys.readouterr().err

    assert main(["stanza", "check", "de", "--dir", str(tmp_path), "--parts", "tokens"]) == 1
    out = capsys.readouterr().out
    assert f"de: missing tokenize (run: newskit stanza download de --dir {tmp_path})" in out
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    (tmp_path / "de" / "tokenize").mkdir(parents=True)
    (tmp_path / "de" / "tokenize" / "gsd.pt").write_bytes(b"")
    assert main(["stanza", "check", "de", "--dir", str(tmp_path), "--parts", "tokens"]) == 0
    assert "de: installed (tokenize)" in capsys.readouterr().out


def test_analyze_backend_stanza_without_models_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DIR_ENV, str(tmp_path / "none"))
    source = tmp_path / "a.txt"
    source.write_text("Er sagte, er komme.", encoding="utf-8")
    assert main(["analyze", str(source), "--backend", "stanza"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"newskit: error: no Stanza models in {tmp_path / 'none'} (no resources.json there); "
        f"run: newskit stanza download de en --dir {tmp_path / 'none'}  "
        f"(or set {DIR_ENV} to the directory that holds the Stanza models)\n"
    )
    # the option names the directory too
    assert (
        main(
            [
                "analyze",
                str(source),
                "--backend",
                "stanza-tokens",
                "--backend-option",
                f"resources_dir={tmp_path / 'opt'}",
            ]
        )
        == 2
    )
    assert f"no Stanza models in {tmp_path / 'opt'}" in capsys.readouterr().err
