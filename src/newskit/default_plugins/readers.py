"""Built-in plugin: the ``txt``, ``jsonl`` and ``json`` readers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import regex

from ..boilerplate import find_boilerplate
from ..converter import load_article
from ..errors import InputError
from ..hookspecs import hookimpl
from ..model import Article, Span, parse_date
from ..registrations import Reader

# A headline line: "Title | Section", or a short line without final punctuation followed by a
# blank line.
_HEADLINE_WITH_SECTION = regex.compile(
    r"\A[ \t]*(?P<title>[^\r\n|]+?)[ \t]+\|[ \t]+(?P<section>[^\r\n]+?)[ \t\r]*(?=\n|\Z)"
)
_PLAIN_HEADLINE = regex.compile(
    r"\A[ \t]*(?P<title>[^\r\n]{1,200}?[^\s.!?:;,])[ \t\r]*\n[ \t\r]*\n"
)


def decode(data: bytes, name: str, *, lines: bool = True) -> str:
    """UTF-8 text (a byte-order mark is dropped); an error naming the file, the line (when
    ``lines``) and the 0-based byte offset otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        where = f"byte offset {error.start}"
        if lines:
            line = data.count(b"\n", 0, error.start) + 1
            where = f"line {line}, {where}"
        raise InputError(
            f"{name}: not UTF-8 text ({where}: {data[error.start:error.start + 1]!r}); "
            "convert it to UTF-8 first"
        ) from None


def article_id(name: str) -> str:
    return "stdin" if name == "-" else Path(name).stem or name


def read_text(stream: IO[bytes], name: str) -> Iterator[Article]:
    """One article per text file; a first line "Title | Section" is the headline."""
    text = decode(stream.read(), name)
    title = None
    headline = None
    metadata: dict[str, str] = {}
    match = _HEADLINE_WITH_SECTION.match(text)
    if match:
        title = match["title"]
        metadata["section"] = match["section"]
        headline = Span(match.start("title"), match.end("section"))
    else:
        match = _PLAIN_HEADLINE.match(text)
        if match:
            title = match["title"]
            headline = Span(match.start("title"), match.end("title"))
    yield Article(
        text=text,
        id=article_id(name),
        title=title,
        source=None if name == "-" else name,
        metadata=metadata,
        headline=headline,
        boilerplate=find_boilerplate(text),
    )


_JSONL_FIELDS = {"text", "id", "title", "published", "language", "url", "metadata", "source"}


def article_from_record(record: object, where: str, default_id: str) -> Article:
    """An unanalysed article from a JSON object with ``text`` and optional fields."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, received {type(record).__name__}")
    if "newskit" in record:  # our own export: read it back whole
        try:
            return load_article(record)
        except InputError as error:
            raise InputError(f"{where}: {error}") from None
    text = record.get("text")
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {type(text).__name__}"
        raise InputError(f"{where}: needs a string field 'text' (it is {found})")
    try:
        published = parse_date(record.get("published"), "published")
    except ValueError as error:
        raise InputError(f"{where}: {error}") from None
    metadata = record.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise InputError(
            f"{where}: 'metadata' must be an object, received {type(metadata).__name__}"
        )
    extra = {
        key: str(value)
        for key, value in record.items()
        if key not in _JSONL_FIELDS and isinstance(value, (str, int, float))
    }
    identifier = record.get("id")
    if identifier is None or identifier == "":
        identifier = default_id
    elif not isinstance(identifier, (str, int)) or isinstance(identifier, bool):
        raise InputError(f"{where}: 'id' must be a string or an integer, received {identifier!r}")
    try:
        return Article(
            text=text,
            id=str(identifier),
            title=record.get("title"),
            published=published,
            language=record.get("language"),
            url=record.get("url"),
            source=record.get("source"),
            metadata={**extra, **{str(k): str(v) for k, v in metadata.items()}},
            boilerplate=find_boilerplate(text),
        )
    except (TypeError, ValueError) as error:
        raise InputError(f"{where}: {error}") from None


def read_jsonl(stream: IO[bytes], name: str) -> Iterator[Article | InputError]:
    """One article per line: ``text`` and optional ``id``, ``title``, ``published``,
    ``language``, ``url``. Blank lines are skipped; a bad line yields an :class:`InputError`
    naming it, and the lines after it are still read."""
    stem = article_id(name)
    for number, raw in enumerate(stream, start=1):
        try:
            line = decode(raw, f"{name}:{number}", lines=False).strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(
                f"{name}:{number}: not valid JSON ({error.msg}, column {error.colno})"
            ) from None
            yield article_from_record(record, f"{name}:{number}", f"{stem}-{number}")
        except InputError as error:
            yield error


def read_json(stream: IO[bytes], name: str) -> Iterator[Article]:
    """A JSON object (one article, e.g. a newskit export) or an array of them."""
    try:
        data = json.loads(decode(stream.read(), name))
    except json.JSONDecodeError as error:
        raise InputError(f"{name}: not valid JSON ({error.msg}, line {error.lineno})") from None
    records = data if isinstance(data, list) else [data]
    stem = article_id(name)
    for index, record in enumerate(records, start=1):
        default_id = stem if len(records) == 1 else f"{stem}-{index}"
        yield article_from_record(record, f"{name}[{index}]", default_id)


@hookimpl
def register_readers(register: Callable[[Reader], None]) -> None:
    register(Reader("txt", (".txt", ".text"), read_text, "plain text, one article per file"))
    register(Reader("jsonl", (".jsonl", ".ndjson"), read_jsonl, "one JSON article per line"))
    register(Reader("json", (".json",), read_json, "a JSON article or array (newskit exports too)"))
