"""newskit: turn news articles into verifiable structured data — who said what, when, about whom.

Quick start::

    import newskit
    text = "„Wir sind bereit“, sagte Scholz am Dienstag."
    article = newskit.analyze(text, published="2023-09-05")
    for statement in article.statements:
        print(statement.kind, [article.slice(span) for span in statement.content])

Nothing is loaded at import time: the default :class:`Pipeline` behind :func:`analyze` is built
on first use.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from .converter import dump_article, dumps, load_article, loads
from .errors import (
    InputError,
    NewskitError,
    PluginError,
    UnknownFormatError,
    UnsupportedLanguageError,
)
from .hookspecs import hookimpl, hookspec
from .model import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    Sentence,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexType,
    Token,
)
from .pipeline import Pipeline
from .plugins import get_plugin_manager
from .registrations import Command, Exporter, Language, Lexicon, Reader

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Attribution",
    "Command",
    "Exporter",
    "InputError",
    "Language",
    "Lexicon",
    "NewskitError",
    "Pipeline",
    "PluginError",
    "Reader",
    "Sentence",
    "Span",
    "Statement",
    "StatementKind",
    "TimeExpression",
    "TimexType",
    "Token",
    "UnknownFormatError",
    "UnsupportedLanguageError",
    "analyze",
    "analyze_file",
    "dump_article",
    "dumps",
    "get_plugin_manager",
    "hookimpl",
    "hookspec",
    "load",
    "load_article",
    "loads",
]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def analyze(
    text: str,
    *,
    language: str | None = None,
    published: dt.date | str | None = None,
    title: str | None = None,
) -> Article:
    """Analyse one text with the default pipeline (built on first use, then reused).

    :param text: the article text, exactly as it should be indexed.
    :param language: ``"de"``, ``"en"`` (or another registered code); default: identify it.
    :param published: the publication date (``datetime.date`` or ``"YYYY-MM-DD"``), the anchor
        for relative dates.
    :param title: the headline, if it is not part of ``text``.
    """
    return _default_pipeline().analyze(text, language=language, published=published, title=title)


def analyze_file(
    path: str | Path,
    *,
    language: str | None = None,
    published: dt.date | str | None = None,
    input_format: str | None = None,
) -> list[Article]:
    """Read a file with the reader for its suffix (or ``input_format``) and analyse every
    article in it."""
    pipeline = _default_pipeline()
    return [
        pipeline.analyze(article, language=language, published=published)
        for article in pipeline.read(path, input_format=input_format)
    ]


def load(path: str | Path) -> list[Article]:
    """Read back articles exported as ``json`` or ``jsonl``."""
    pipeline = _default_pipeline()
    name = str(path)
    fmt = "jsonl" if name.endswith((".jsonl", ".ndjson")) else "json"
    return list(pipeline.read(path, input_format=fmt))
