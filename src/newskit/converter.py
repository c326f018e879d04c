"""The one place where newskit objects become JSON-ready data and back (cattrs).

JSON shape decisions:

- A span is ``{"start", "end", "text"}`` with ``text == article.text[start:end]``. ``text`` is
  derived when writing and checked when reading: a document whose span text disagrees with its
  offsets is rejected, because the offsets would then point at something else.
- A time expression is flat: ``{"id", "start", "end", "text", "value", "type", "modifier"}``.
- Tokens are ``[start, end]`` pairs and sentences ``[start, end, token_start, token_end]``
  lists, because there are many of them.
- Dates are ISO ``YYYY-MM-DD`` strings; enums are their values; metadata is an object.
- Every key is always written (``null`` or ``[]`` when empty), so consumers need no defaults.
- ``"newskit"`` carries the format version, :data:`FORMAT_VERSION`.

Loading is the inverse: ``load_article(dump_article(a)) == a`` for every article.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import cattrs

from .errors import InputError
from .model import (
    Actor,
    ActorKind,
    Article,
    Sentence,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexType,
    Token,
)

__all__ = ["FORMAT_VERSION", "dump_article", "dumps", "load_article", "loads"]

FORMAT_VERSION = "1.0"

# The text spans are sliced from while (un)structuring one article.
_current_text: contextvars.ContextVar[str] = contextvars.ContextVar("newskit_article_text")


def _unstructure_span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": _current_text.get()[span.start : span.end]}


def _structure_span(data: Any, _: type) -> Span:
    if not isinstance(data, Mapping) or "start" not in data or "end" not in data:
        raise ValueError(f"expected a span object with start and end, received {data!r}")
    span = Span(data["start"], data["end"])
    text = _current_text.get(None)
    if text is not None and "text" in data and data["text"] != text[span.start : span.end]:
        raise ValueError(
            f"span [{span.start}, {span.end}) says its text is {data['text']!r} but the article "
            f"text there is {text[span.start:span.end]!r}"
        )
    return span


def _unstructure_time(expression: TimeExpression) -> dict[str, Any]:
    span = expression.span
    return {
        "id": expression.id,
        "start": span.start,
        "end": span.end,
        "text": _current_text.get()[span.start : span.end],
        "value": expression.value,
        "type": expression.type.value,
        "modifier": expression.modifier,
    }


def _structure_time(data: Any, _: type) -> TimeExpression:
    return TimeExpression(
        id=data["id"],
        span=_structure_span(data, Span),
        value=data["value"],
        type=data.get("type", "DATE"),
        modifier=data.get("modifier"),
    )


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=False)
    converter.register_unstructure_hook(Span, _unstructure_span)
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(TimeExpression, _unstructure_time)
    converter.register_structure_hook(TimeExpression, _structure_time)
    converter.register_unstructure_hook(Token, lambda t: [t.start, t.end])
    converter.register_structure_hook(Token, lambda d, _: Token(int(d[0]), int(d[1])))
    converter.register_unstructure_hook(
        Sentence, lambda s: [s.start, s.end, s.token_start, s.token_end]
    )
    converter.register_structure_hook(Sentence, lambda d, _: Sentence(*(int(x) for x in d)))
    converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    converter.register_structure_hook(dt.date, lambda d, _: dt.date.fromisoformat(d))
    for kind in (ActorKind, StatementKind, TimexType):
        converter.register_unstructure_hook(kind, lambda member: member.value)
        converter.register_structure_hook(kind, lambda value, cls: cls(value))
    return converter


_converter = _make_converter()

# The order of keys in the JSON output: the contract's keys first, analysis results last.
_ARTICLE_KEYS = (
    "id", "language", "published", "title", "url", "source", "metadata", "text", "headline",
    "boilerplate", "actors", "statements", "dates", "sentences", "tokens",
)


def dump_article(article: Article) -> dict[str, Any]:
    """An article as JSON-ready data (see the module docstring for the shape)."""
    token = _current_text.set(article.text)
    try:
        data = {
            "newskit": FORMAT_VERSION,
            "id": article.id,
            "language": article.language,
            "published": article.published.isoformat() if article.published else None,
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "metadata": dict(article.metadata),
            "text": article.text,
            "headline": _unstructure_span(article.headline) if article.headline else None,
            "boilerplate": [_unstructure_span(span) for span in article.boilerplate],
            "actors": _converter.unstructure(article.actors, tuple[Actor, ...]),
            "statements": _converter.unstructure(article.statements, tuple[Statement, ...]),
            "dates": [_unstructure_time(expression) for expression in article.dates],
            "sentences": [[s.start, s.end, s.token_start, s.token_end] for s in article.sentences],
            "tokens": [[t.start, t.end] for t in article.tokens],
        }
    finally:
        _current_text.reset(token)
    return data


def load_article(data: Any) -> Article:
    """The inverse of :func:`dump_article`; :class:`~newskit.errors.InputError` on bad data."""
    if not isinstance(data, Mapping):
        raise InputError(f"expected a JSON object for an article, received {type(data).__name__}")
    if not isinstance(data.get("text"), str):
        raise InputError("an article object needs a string 'text'")
    token = _current_text.set(data["text"])
    try:
        fields = {key: data[key] for key in _ARTICLE_KEYS if key in data and data[key] is not None}
        return _converter.structure(fields, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        detail = "; ".join(_messages(error))
        raise InputError(f"article {data.get('id', '?')!r} is not valid newskit JSON: {detail}") from error
    finally:
        _current_text.reset(token)


def _messages(error: BaseException) -> list[str]:
    if isinstance(error, cattrs.BaseValidationError):
        return [message for sub in error.exceptions for message in _messages(sub)]
    return [str(error)]


def dumps(article: Article, *, indent: int | None = None) -> str:
    """An article as a JSON string."""
    return json.dumps(dump_article(article), ensure_ascii=False, indent=indent)


def loads(text: str) -> Article:
    """An article from a JSON string written by :func:`dumps`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON: {error}") from error
    return load_article(data)
