"""A statement under construction (token-based), and span helpers."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import Factory, define

from ..model import Span, StatementKind
from .document import Document
from .quotemarks import QuotedPassage

_FINAL = frozenset({".", "!", "?", ",", ";", ":"})


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
    return Span(doc.starts[first], doc.ends[stop - 1])


def frame_of(doc: Document, tokens: Iterable[int]) -> Span | None:
    """The frame: from the first to the last of ``tokens`` (final punctuation dropped)."""
    tokens = sorted(tokens)
    while tokens and doc.lower[tokens[-1]] in (".", "!", "?"):
        tokens.pop()
    if not tokens:
        return None
    return Span(doc.starts[tokens[0]], doc.ends[tokens[-1]])
