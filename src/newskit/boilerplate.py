"""Recognise trailing web boilerplate ("source site", "Leave a Reply", "Share this").

Boilerplate is marked with spans, never deleted, so every offset stays true to the input. Shared
by every reader that takes text from the web.
"""

from __future__ import annotations

import regex

from .languages.boilerplate import BOILERPLATE_LINES, BOILERPLATE_PREFIXES
from .model import Span

_LINE = regex.compile(r"[^\n]*(?:\n|$)")
_PHRASES = frozenset(BOILERPLATE_LINES)

# A trailing block of short lines is boilerplate once one of them is a known phrase; longer
# lines are article text and stop the search.
_MAX_LINE_CHARS = 80


def _is_boilerplate_line(line: str) -> bool:
    folded = line.strip().casefold()
    return folded in _PHRASES or folded.startswith(BOILERPLATE_PREFIXES)


def find_boilerplate(text: str) -> tuple[Span, ...]:
    """Spans of trailing boilerplate: the block of lines after the last article paragraph,
    from the first known boilerplate line to the end (trailing white space excluded)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    start: int | None = None
    for line_start, line_end in reversed(lines):
        line = text[line_start:line_end]
        stripped = line.strip()
        if not stripped:
            continue
        if _is_boilerplate_line(stripped):
            start = line_start + (len(line) - len(line.lstrip()))
        elif len(stripped) > _MAX_LINE_CHARS:
            break
    if start is None:
        return ()
    end = len(text.rstrip())
    return (Span(start, end),) if end > start else ()
