"""End to end: ``newskit analyze`` on the seed articles, validated against the JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED
from newskit.cli import main
from newskit.schema import validate

jsonschema = pytest.importorskip("jsonschema")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _no_installed_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKIT_PLUGINS", "")


def _analyze(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:  # type: ignore[type-arg]
    assert main(["analyze", *argv, "--format", "jsonl", "-q"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _check(data: dict) -> None:  # type: ignore[type-arg]
    validate(data)  # the schema, and every span's text against the article text
    text = data["text"]
    boilerplate = [(span["start"], span["end"]) for span in data["boilerplate"]]

    def inside_boilerplate(span: dict) -> bool:  # type: ignore[type-arg]
        return any(start <= span["start"] and span["end"] <= end for start, end in boilerplate)

    for actor in data["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
            assert not inside_boilerplate(mention), actor
    for statement in data["statements"]:
        assert statement["content"]
        assert not any(inside_boilerplate(span) for span in statement["content"]), statement
        if statement["speaker"] is not None:
            assert statement["speaker"] in {actor["id"] for actor in data["actors"]}


def test_the_shared_seed_validates(capsys: pytest.CaptureFixture[str]) -> None:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    (data,) = _analyze(capsys, str(SEED), "--published", "2023-09-05")
    assert data["published"] == "2023-09-05"
    assert data["language"] == "de"
    assert data["text"] == SEED.read_text(encoding="utf-8")
    assert data["title"] and data["metadata"].get("section")
    assert any("Leave a Reply" in span["text"] for span in data["boilerplate"])
    _check(data)


def test_the_readme_command(capsys: pytest.CaptureFixture[str]) -> None:
    (data,) = _analyze(capsys, str(SEEDS / "de_bahnstreik.txt"), "--published", "2024-03-06")
    assert (data["id"], data["language"], data["published"]) == (
        "de_bahnstreik",
        "de",
        "2024-03-06",
    )
    assert data["statements"], "the rail-strike seed has direct quotes"
    assert data["boilerplate"][-1]["text"].endswith("Leave a Reply")
    _check(data)


@pytest.mark.parametrize(
    "name", ["en_harbour_fire.txt", "de_stadtrat_wasser.txt", "articles.jsonl"]
)
def test_every_seed_validates(capsys: pytest.CaptureFixture[str], name: str) -> None:
    articles = _analyze(capsys, str(SEEDS / name), "--published", "2024-05-14")
    assert articles
    for data in articles:
        _check(data)
