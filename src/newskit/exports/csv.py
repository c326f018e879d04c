"""The ``csv`` export: a statements table or an actors table, safe to open in a spreadsheet.

One row per statement (``--option table=statements``, the default) or per actor
(``--option table=actors``). Several articles share one table; the ``article`` column tells them
apart. The row builders :func:`statement_rows` and :func:`actor_rows` are shared with
:mod:`newskit.exports.pandas`.

Spreadsheet formula injection: article text is untrusted, and a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by Excel, LibreOffice and
Google Sheets. Such cells are written with a leading apostrophe (``'=1+1``), which spreadsheets
show as text (OWASP's advice). Numbers are written as numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from ..model import Article
from ._common import (
    actors_by_id,
    content_text,
    roles_text,
    span_text,
    speaker_name,
    speaker_of,
    statements_by_speaker,
)

__all__ = [
    "ACTOR_COLUMNS",
    "STATEMENT_COLUMNS",
    "TABLES",
    "actor_rows",
    "neutralise",
    "statement_rows",
    "write_csv",
]

#: Columns of the statements table, in order.
STATEMENT_COLUMNS: tuple[str, ...] = (
    "article",
    "published",
    "statement",
    "speaker",
    "speaker_id",
    "speaker_kind",
    "speaker_roles",
    "kind",
    "cue",
    "content",
    "date",
    "date_value",
    "addressee",
    "start",
    "end",
    "spans",
)

#: Columns of the actors table, in order.
ACTOR_COLUMNS: tuple[str, ...] = (
    "article",
    "actor",
    "name",
    "kind",
    "roles",
    "aliases",
    "code",
    "refers_to",
    "mentions",
    "statements",
    "first_mention",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A cell value that no spreadsheet runs as a formula: strings starting with ``= + - @``,
    a tab or a carriage return get a leading apostrophe; other values are unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def statement_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """One dict per statement, keys :data:`STATEMENT_COLUMNS`; offsets are ints, missing values
    None."""
    for article in articles:
        actors = actors_by_id(article)
        for statement in article.statements:
            speaker = speaker_of(article, statement, actors)
            date = statement.date
            yield {
                "article": article.id,
                "published": article.published.isoformat() if article.published else None,
                "statement": statement.id,
                "speaker": speaker_name(article, statement, actors) or None,
                "speaker_id": statement.speaker,
                "speaker_kind": speaker.kind.value if speaker else None,
                "speaker_roles": (roles_text(article, speaker) or None) if speaker else None,
                "kind": statement.kind.value,
                "cue": span_text(article, statement.cue) or None,
                "content": content_text(article, statement),
                "date": article.slice(date.span) if date else None,
                "date_value": date.value if date else None,
                "addressee": span_text(article, statement.addressee) or None,
                "start": statement.content[0].start,
                "end": statement.content[-1].end,
                "spans": ";".join(f"{span.start}-{span.end}" for span in statement.content),
            }


def actor_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """One dict per actor, keys :data:`ACTOR_COLUMNS`."""
    for article in articles:
        spoken = statements_by_speaker(article)
        for actor in article.actors:
            yield {
                "article": article.id,
                "actor": actor.id,
                "name": actor.name,
                "kind": actor.kind.value,
                "roles": roles_text(article, actor) or None,
                "aliases": " | ".join(actor.aliases) or None,
                "code": actor.code,
                "refers_to": actor.refers_to,
                "mentions": len(actor.mentions),
                "statements": spoken.get(actor.id, 0),
                "first_mention": actor.mentions[0].start if actor.mentions else None,
            }


RowBuilder = Callable[[Iterable[Article]], Iterator[dict[str, Any]]]

#: Table name -> (columns, row builder).
TABLES: dict[str, tuple[tuple[str, ...], RowBuilder]] = {
    "statements": (STATEMENT_COLUMNS, statement_rows),
    "actors": (ACTOR_COLUMNS, actor_rows),
}


def write_csv(
    articles: Iterable[Article], stream: IO[str], *, table: str = "statements", bom: str = "no"
) -> None:
    """Write one table (``statements`` or ``actors``) as CSV: a header row, then one row per
    statement or actor, written as each article arrives. ``bom="yes"`` starts the output with
    a UTF-8 byte-order mark, which Excel needs to read the file as UTF-8."""
    columns, rows = TABLES[table]
    if bom == "yes":
        stream.write("\ufeff")
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(articles):
        writer.writerow(
            {key: neutralise("" if value is None else value) for key, value in row.items()}
        )
