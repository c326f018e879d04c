"""The shipped JSON Schema: loadable, valid draft 2020-12, and it describes exactly what the
converter writes."""

from __future__ import annotations

import copy
import json
import re
from importlib import resources
from pathlib import Path

import pytest

import newskit
from newskit.converter import dump_article, load_article
from newskit.errors import InputError
from newskit.schema import SCHEMA_FILE, article_schema, validate

jsonschema = pytest.importorskip("jsonschema")

from test_converter import _article  # noqa: E402


def test_schema_ships_with_the_package_and_is_valid() -> None:
    text = resources.files("newskit.schema").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema = json.loads(text)
    assert schema == article_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_article_schema_returns_a_fresh_copy() -> None:
    article_schema()["properties"].clear()
    assert "text" in article_schema()["properties"]


def test_every_written_key_is_in_the_schema() -> None:
    data = dump_article(_article())
    schema = article_schema()
    assert set(data) == set(schema["properties"]) == set(schema["required"])
    defs = schema["$defs"]
    assert (
        set(data["actors"][0]) == set(defs["actor"]["properties"]) == set(defs["actor"]["required"])
    )
    statement = data["statements"][0]
    assert (
        set(statement) == set(defs["statement"]["properties"]) == set(defs["statement"]["required"])
    )
    assert set(data["dates"][0]) == set(defs["date"]["properties"])
    assert set(statement["date"]) == set(defs["date"]["properties"])
    assert set(statement["cue"]) == set(defs["span"]["properties"])


def test_a_full_article_validates() -> None:
    validate(dump_article(_article()))
    jsonschema.validate(dump_article(_article()), article_schema())


def test_the_contract_keys_are_required() -> None:
    schema = article_schema()
    for key in ("id", "language", "published", "title", "text", "actors", "statements", "dates"):
        assert key in schema["required"]
    assert {"id", "name", "kind", "mentions", "roles"} <= set(schema["$defs"]["actor"]["required"])
    assert {"id", "speaker", "speaker_mention", "cue", "content", "kind", "date"} <= set(
        schema["$defs"]["statement"]["required"]
    )
    assert {"start", "end", "text", "value", "type"} <= set(schema["$defs"]["date"]["required"])


def test_enums_match_the_model() -> None:
    defs = article_schema()["$defs"]
    assert defs["actor"]["properties"]["kind"]["enum"] == [k.value for k in newskit.ActorKind]
    assert defs["statement"]["properties"]["kind"]["enum"] == [
        k.value for k in newskit.StatementKind
    ]
    assert defs["date"]["properties"]["type"]["enum"] == [k.value for k in newskit.TimexType]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["statements"][0].update(kind="shouted"), r"article\.statements\[0\]\.kind"),
        (
            lambda d: d["actors"][1].pop("mentions"),
            r"article\.actors\[1\]: 'mentions' is a required",
        ),
        (lambda d: d.update(published="06.03.2024"), r"article\.published"),
        (lambda d: d["tokens"].append([1, 2, 3]), r"article\.tokens\[2\]"),
        (lambda d: d.update(surprise=1), "Additional properties are not allowed"),
        (lambda d: d["statements"][0]["cue"].update(text="rief"), "says its text is 'rief'"),
    ],
)
def test_validate_names_the_place(change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(dump_article(_article()))
    change(data)
    with pytest.raises(InputError, match=message):
        validate(data)


def test_the_documented_example_is_valid() -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "json-contract.md"
    if not page.exists():
        pytest.skip("docs/json-contract.md is not in this checkout")
    (block,) = re.findall(r"```json\n(.*?)\n```", page.read_text(encoding="utf-8"), flags=re.S)
    data = json.loads(block)
    validate(data)
    assert dump_article(load_article(data)) == data
