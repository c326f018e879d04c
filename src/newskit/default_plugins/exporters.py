"""Built-in plugin: the export formats ``json``, ``jsonl``, ``csv``, ``jsonld``, ``brat`` and
``html`` (the last four are implemented in :mod:`newskit.exports`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import IO

from ..converter import dump_article
from ..exports.brat import ANNOTATION_CONF, VISUAL_CONF, brat_files, write_brat
from ..exports.csv import write_csv
from ..exports.html import write_html
from ..exports.jsonld import write_jsonld
from ..hookspecs import hookimpl
from ..model import Article
from ..registrations import Exporter, ExportOption


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
    register(
        Exporter(
            "csv",
            ".csv",
            write_csv,
            "text/csv",
            "a statements (or actors) table for spreadsheets",
            options=(
                ExportOption(
                    "table", "which table to write", ("statements", "actors"), "statements"
                ),
                ExportOption(
                    "bom", "start with a UTF-8 byte-order mark (for Excel)", ("no", "yes"), "no"
                ),
            ),
        )
    )
    register(
        Exporter(
            "jsonld",
            ".jsonld",
            write_jsonld,
            "application/ld+json",
            "schema.org JSON-LD: NewsArticle, Person, Organization, Place, Quotation",
        )
    )
    register(
        Exporter(
            "brat",
            ".ann",
            write_brat,
            "text/plain",
            "brat standoff .txt + .ann per article, for annotators (needs -o DIR/)",
            files=brat_files,
            directory_files=(("annotation.conf", ANNOTATION_CONF), ("visual.conf", VISUAL_CONF)),
        )
    )
    register(
        Exporter(
            "html",
            ".html",
            write_html,
            "text/html",
            "a self-contained page: quotes highlighted per speaker, actors, dates",
        )
    )
