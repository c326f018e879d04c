"""The converter: the JSON shape, round trips and clear errors on bad documents."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

import newskit
from newskit.converter import FORMAT_VERSION, dump_article, dumps, load_article, loads
from newskit.errors import InputError
from newskit.model import (
    Actor,
    Article,
    Sentence,
    Span,
    Statement,
    TimeExpression,
    Token,
)

TEXT = "Kessler sagte am Mittwoch: „Wir streiken.“ Die Bahn widersprach."


def _article() -> Article:
    wednesday = TimeExpression("t1", Span(17, 25), "2024-03-06", "DATE")
    return Article(
        TEXT,
        id="bahn",
        language="de",
        title="Streik",
        published=dt.date(2024, 3, 6),
        url="https://example.org/a",
        source="seeds/a.txt",
        metadata={"section": "Wirtschaft"},
        headline=Span(0, 7),
        boilerplate=(Span(43, 64),),
        tokens=(Token(0, 7), Token(8, 13)),
        sentences=(Sentence(0, 42, 0, 2),),
        actors=(
            Actor("a1", "Kessler", "person", (Span(0, 7),), roles=(), aliases=("M. Kessler",)),
            Actor("a2", "Bahn", "organization", (Span(47, 51),), code=None),
            Actor("a3", "Deutschland", "place", (), code="DE", refers_to="a2"),
        ),
        dates=(wednesday,),
        statements=(
            Statement(
                "s1",
                (Span(28, 41),),
                "direct",
                speaker="a1",
                speaker_mention=Span(0, 7),
                cue=Span(8, 13),
                frame=Span(0, 25),
                addressee=None,
                verbatim=(Span(28, 31),),
                channel="a2",
                date=wednesday,
            ),
        ),
    )


def test_dump_writes_every_key_with_span_texts() -> None:
    data = dump_article(_article())
    assert data["newskit"] == FORMAT_VERSION
    assert data["published"] == "2024-03-06"
    assert data["metadata"] == {"section": "Wirtschaft"}
    statement = data["statements"][0]
    assert statement["content"] == [{"start": 28, "end": 41, "text": "Wir streiken."}]
    assert statement["cue"]["text"] == "sagte"
    assert statement["kind"] == "direct"
    assert statement["addressee"] is None
    assert statement["date"] == {
        "id": "t1",
        "start": 17,
        "end": 25,
        "text": "Mittwoch",
        "value": "2024-03-06",
        "type": "DATE",
        "modifier": None,
    }
    assert data["actors"][0]["kind"] == "person"
    assert data["actors"][0]["mentions"][0]["text"] == "Kessler"
    assert data["tokens"] == [[0, 7], [8, 13]]
    assert data["sentences"] == [[0, 42, 0, 2]]
    assert data["boilerplate"][0]["text"] == TEXT[43:64]
    json.dumps(data)  # JSON-ready


def test_round_trip() -> None:
    article = _article()
    assert load_article(dump_article(article)) == article
    assert loads(dumps(article)) == article
    assert loads(dumps(article, indent=2)) == article
    bare = Article("x")
    assert load_article(dump_article(bare)) == bare


def test_round_trip_of_a_pipeline_result(pipeline: newskit.Pipeline, seed_text: str) -> None:
    article = pipeline.analyze(seed_text, published="2023-09-05")
    assert load_article(json.loads(json.dumps(dump_article(article)))) == article


def test_unknown_keys_are_ignored_and_missing_analysis_reads_empty() -> None:
    data = dump_article(_article())
    data["future_key"] = {"x": 1}
    data["actors"][0]["future_field"] = 3
    assert load_article(data).actors[0].name == "Kessler"
    minimal = load_article({"text": "Hallo", "id": "m"})
    assert minimal == Article("Hallo", id="m")


def _broken(change) -> dict:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(dump_article(_article()))
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["actors"][0].update(kind="alien"),
            r"actors\[0\]\.kind: expected one of 'person'",
        ),
        (lambda d: d["statements"][0]["content"][0].update(text="Wir"), r"says its text is 'Wir'"),
        (
            lambda d: d["statements"][0]["content"][0].update(start=28.0),
            "expected an integer offset, received 28.0",
        ),
        (lambda d: d["statements"][0].update(speaker="a9"), "statement 's1' speaker"),
        (lambda d: d["tokens"].append([60, 99]), r"tokens\[2\]"),
        (lambda d: d["tokens"].append([1, "2"]), r"tokens\[2\]: token: expected an integer offset"),
        (lambda d: d["sentences"].append([1, 2]), "sentence: expected a list of 4 integers"),
        (lambda d: d.update(published="6.3.2024"), "published: expected a date as YYYY-MM-DD"),
        (lambda d: d.update(published=20240306), "published: expected a date as YYYY-MM-DD"),
        (lambda d: d.update(metadata=["a"]), "metadata: expected an object"),
        (lambda d: d.update(actors={"a1": {}}), "actors: expected a list"),
        (lambda d: d["dates"][0].pop("value"), "lacks value"),
        (lambda d: d.update(newskit="2.0"), "format '2.0'; this newskit reads format 1.x"),
    ],
)
def test_bad_documents_give_located_errors(change, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=message):
        load_article(_broken(change))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected a JSON object for an article, received list"),
        ({"id": "x"}, "needs a string 'text'"),
        ({"text": 3}, "needs a string 'text'"),
    ],
)
def test_not_an_article(data: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_article(data)


def test_loads_reports_invalid_json() -> None:
    with pytest.raises(InputError, match="not valid JSON"):
        loads("{")


def test_a_newer_minor_version_is_read() -> None:
    data = dump_article(_article())
    data["newskit"] = "1.99"
    assert load_article(data) == _article()
