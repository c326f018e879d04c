"""A statement under construction (token-based), and span helpers."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterable
from typing import Any, TypeVar

import attrs
from attrs import Factory, define

from ..model import Span, StatementKind
from .document import Document
from .quotemarks import QuotedPassage

_FINAL = frozenset({".", "!", "?", ",", ";", ":"})

_new_object = object.__new__
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__


def new_span(start: int, end: int) -> Span:
    """``Span(start, end)`` without running its validators, for offsets known to be valid
    (taken from the article's tokens or sentences, ``0 <= start <= end``): spans are the
    attribution's most numerous objects. Equal to the checked span in every respect."""
    span = _new_object(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


_T = TypeVar("_T")


def unchecked(cls: type[_T], **values: Any) -> _T:
    """An instance of the attrs class ``cls`` built without its converters and validators, for
    values the caller built to be valid already (tuples of the right classes, enum members);
    fields left out take their defaults. ``attrs.validate`` on the result passes (tested)."""
    instance = _new_object(cls)
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = _fields(cls)
    get = values.get
    for name, default, setter in fields:
        value = get(name, default)
        if value is _NO_DEFAULT:
            raise TypeError(f"{cls.__name__}: missing required field {name!r}")
        if type(value) is attrs.Factory:  # type: ignore[comparison-overlap]
            value = value.factory()  # type: ignore[attr-defined]
        setter(instance, value)
    return instance


_NO_DEFAULT = object()
_FIELDS: dict[type, tuple[tuple[str, Any, Any], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    """(name, default, setter) per field; the setter is the slot's own (no name lookup)."""
    found = []
    for field in attrs.fields(cls):
        slot = inspect.getattr_static(cls, field.name, None)
        if hasattr(slot, "__set__") and not isinstance(slot, property):
            setter = slot.__set__
        else:  # not a slotted class
            setter = functools.partial(_set_named, name=field.name)
        default = _NO_DEFAULT if field.default is attrs.NOTHING else field.default
        found.append((field.name, default, setter))
    return tuple(found)


def _set_named(instance: object, value: Any, *, name: str) -> None:
    object.__setattr__(instance, name, value)


@define
class Draft:
    content: list[Span]
    kind: StatementKind
    sentence: int
    cue_tokens: tuple[int, int] | None = None
    particle: int | None = None
    speaker_tokens: tuple[int, int] | None = None  # [start, end) token range
    addressee_tokens: tuple[int, int] | None = None
    channel_tokens: tuple[int, int] | None = None
    frame: Span | None = None
    verbatim: list[Span] = Factory(list)
    continues: bool = False  # no frame of its own: the previous speaker goes on
    anaphor: tuple[int, int] | None = None  # "Demnach": the mention for the previous speaker
    speaker_mention: Span | None = None  # set when inherited from an earlier statement
    speaker: str | None = None

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end


def content_span(doc: Document, passage: QuotedPassage) -> Span:
    """The words of a quoted passage, without the marks and surrounding spaces."""
    start, end = passage.inner
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def token_span(doc: Document, first: int, stop: int, *, keep_final: bool = False) -> Span | None:
    """The characters of tokens ``[first, stop)``, trimmed of commas and (unless
    ``keep_final``) final punctuation at the ends."""
    while first < stop and doc.lower[first] in (",", ";", ":", "–", "—"):
        first += 1
    while stop > first and (
        doc.lower[stop - 1] in (",", ";", ":", "–", "—")
        or (not keep_final and doc.lower[stop - 1] in _FINAL)
    ):
        stop -= 1
    if stop <= first:
        return None
    return new_span(doc.starts[first], doc.ends[stop - 1])


def frame_of(doc: Document, tokens: Iterable[int]) -> Span | None:
    """The frame: from the first to the last of ``tokens`` (final punctuation dropped)."""
    tokens = sorted(tokens)
    while tokens and doc.lower[tokens[-1]] in (".", "!", "?"):
        tokens.pop()
    if not tokens:
        return None
    return Span(doc.starts[tokens[0]], doc.ends[tokens[-1]])
