"""Statements and actors as pandas DataFrames (optional extra: ``pip install newskit[pandas]``).

::

    import newskit
    from newskit.exports.pandas import statements_frame

    articles = newskit.load("results.jsonl")
    frame = statements_frame(articles)
    frame.groupby("speaker").size().sort_values(ascending=False)

The columns are those of the ``csv`` export (:data:`newskit.exports.csv.STATEMENT_COLUMNS`,
:data:`~newskit.exports.csv.ACTOR_COLUMNS`); values are not neutralised for spreadsheets here,
offsets and counts are integers, ``published`` is a date, missing values are ``None``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable
from typing import Any

from ..errors import NewskitError
from ..model import Article
from .csv import ACTOR_COLUMNS, STATEMENT_COLUMNS, actor_rows, statement_rows

__all__ = ["actors_frame", "statements_frame"]


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise NewskitError(
            "the pandas helpers need pandas: pip install 'newskit[pandas]'"
        ) from None


def _articles(articles: Article | Iterable[Article]) -> list[Article]:
    return [articles] if isinstance(articles, Article) else list(articles)


def statements_frame(articles: Article | Iterable[Article]) -> Any:
    """A DataFrame with one row per statement of the articles."""
    pandas = _pandas()
    rows = list(statement_rows(_articles(articles)))
    for row in rows:
        if row["published"] is not None:
            row["published"] = dt.date.fromisoformat(row["published"])
    frame = pandas.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
    return frame.astype({"start": "int64", "end": "int64"})


def actors_frame(articles: Article | Iterable[Article]) -> Any:
    """A DataFrame with one row per actor of the articles."""
    pandas = _pandas()
    frame = pandas.DataFrame(list(actor_rows(_articles(articles))), columns=list(ACTOR_COLUMNS))
    return frame.astype({"mentions": "int64", "statements": "int64"})
