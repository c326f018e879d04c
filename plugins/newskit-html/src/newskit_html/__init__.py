"""newskit plugin: read HTML news pages through trafilatura.

``register_readers`` adds the input format ``html`` (``.html``, ``.htm``). The article text is
trafilatura's extraction with paragraphs separated by a blank line; every newskit offset indexes
into it. Title, publication date, URL and author come from the page's metadata; trailing
boilerplate is marked with newskit's shared :func:`newskit.boilerplate.find_boilerplate`.

trafilatura is imported on first use, so loading the plugin costs nothing until an HTML file is
read.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from newskit import Article, InputError, Reader, Span, hookimpl
from newskit.boilerplate import find_boilerplate
from newskit.model import parse_date

__all__ = ["article_from_html", "read_html", "register_readers"]
__version__ = "0.1.0"

#: trafilatura metadata copied into ``Article.metadata`` when present.
METADATA_FIELDS = ("author", "sitename", "description", "hostname", "categories", "tags")


def _extract(data: bytes | str) -> Any:
    try:
        import trafilatura
    except ImportError as error:  # pragma: no cover - a dependency of this package
        raise InputError(
            "reading HTML needs trafilatura and lxml_html_clean: "
            f"pip install newskit-html ({error})"
        ) from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura's lxml FutureWarnings are not ours
        return trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, deduplicate=False
        )


def _join(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value if item)
    return str(value).strip() if value else ""


def article_from_html(data: bytes | str, name: str = "page.html") -> Article:
    """An unanalysed article from an HTML page; an :class:`~newskit.InputError` naming ``name``
    when the page has no article text."""
    document = _extract(data)
    raw = (getattr(document, "text", None) or "") if document is not None else ""
    paragraphs = [line.strip() for line in raw.splitlines() if line.strip()]
    if not paragraphs:
        raise InputError(f"{name}: no article text found in the HTML page")
    text = "\n\n".join(paragraphs) + "\n"
    title = _join(getattr(document, "title", None)) or None
    headline = Span(0, len(title)) if title and text.startswith(title + "\n") else None
    try:
        published = parse_date(getattr(document, "date", None) or None, "date")
    except ValueError:
        published = None  # a date trafilatura could not normalise is no publication date
    metadata = {}
    for key in METADATA_FIELDS:
        value = _join(getattr(document, key, None))
        if value:
            metadata[key] = value
    stem = "stdin" if name == "-" else Path(name).stem or name
    return Article(
        text=text,
        id=stem,
        title=title,
        published=published,
        url=_join(getattr(document, "url", None)) or None,
        source=None if name == "-" else name,
        metadata=metadata,
        headline=headline,
        boilerplate=find_boilerplate(text),
    )


def read_html(stream: IO[bytes], name: str) -> Iterator[Article]:
    """One article per HTML file (trafilatura detects the encoding)."""
    yield article_from_html(stream.read(), name)


@hookimpl
def register_readers(register: Callable[[Reader], None]) -> None:
    register(
        Reader(
            "html",
            (".html", ".htm"),
            read_html,
            "HTML news pages (text and metadata via trafilatura)",
        )
    )
