"""The JSON Schema of newskit's JSON output (draft 2020-12), shipped with the package.

``article.schema.json`` describes one article as
:func:`newskit.dump_article() <newskit.converter.dump_article>` writes it (the ``json`` export
writes one such object, or an array of them; ``jsonl`` one per line). A schema cannot say that a
span's ``text`` equals ``text[start:end]``; :func:`validate` checks that too.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_FILE", "article_schema", "validate"]

#: The file name of the article schema inside this package.
SCHEMA_FILE = "article.schema.json"


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def article_schema() -> dict[str, Any]:
    """The JSON Schema of one article, as a new dict (change it freely)."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def validate(data: Any) -> None:
    """Check one article (JSON-ready data) against the schema and its own text.

    Needs the ``jsonschema`` package (``pip install newskit[test]`` or ``pip install jsonschema``).

    :raises newskit.InputError: naming the first problem: the place in the document and what is
        wrong, or a span whose ``text`` is not the article text at its offsets.
    """
    from ..converter import load_article
    from ..errors import InputError

    try:
        import jsonschema
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError(
            "validating needs the jsonschema package: pip install jsonschema"
        ) from None
    validator = jsonschema.Draft202012Validator(article_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        raise InputError(f"article{where}: {error.message}")
    load_article(data)  # spans: text == article text at the offsets; references; bounds
