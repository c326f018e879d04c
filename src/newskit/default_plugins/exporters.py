"""Built-in plugin: the ``json`` and ``jsonl`` export formats."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import IO

from ..converter import dump_article
from ..hookspecs import hookimpl
from ..model import Article
from ..registrations import Exporter


def write_json(articles: Iterable[Article], stream: IO[str]) -> None:
    """One article: a JSON object; several: a JSON array of them."""
    dumped = [dump_article(article) for article in articles]
    data = dumped[0] if len(dumped) == 1 else dumped
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_jsonl(articles: Iterable[Article], stream: IO[str]) -> None:
    """One JSON object per line, written as each article arrives."""
    for article in articles:
        stream.write(json.dumps(dump_article(article), ensure_ascii=False))
        stream.write("\n")


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(Exporter("json", ".json", write_json, "application/json", "the full article as JSON"))
    register(
        Exporter("jsonl", ".jsonl", write_jsonl, "application/jsonl", "one JSON article per line")
    )
