"""Pairing quotation marks into quoted passages, robust to unbalanced marks.

Works per paragraph (line), so a missing closing mark never swallows the rest of the article.
Recovery rules, all local:

- a closing mark with no open quote (a stray mark) extends the quote that closed just before it
  in the same paragraph when only a continuation lies between ("…werfen.“ , und dafür …“");
  otherwise it is ignored;
- an opening mark of the same family while a quote is open closes the open quote at the end of
  the text before it (the writer forgot the closing mark);
- the opening mark of the open quote's family with no space before it and one after it closes
  the quote (an opening mark typed for the closing one: "“Is it fair?“ he asked");
- a quote still open at the end of the paragraph ends there.

Marks of another family inside an open quote (‚…‘ inside „…“) are nested quotes and ignored.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .lexicon import Cues


# A dataclass, not an attrs class: mypyc compiles this module (setup.py) and cannot compile attrs
# classes.
@dataclasses.dataclass(frozen=True)
class QuotedPassage:
    """A quoted passage: ``open`` is the offset of the opening mark, ``close`` that of the closing
    mark (or the paragraph end when it was never closed); the words lie in ``[open + 1, close)``."""

    open: int
    close: int
    closed: bool = True
    width: int = 1  # characters per mark: 2 for a doubled mark ('' … '')

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + self.width, self.close

    @property
    def outer(self) -> tuple[int, int]:
        return self.open, self.close + self.width if self.closed else self.close


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _opens(text: str, i: int) -> bool:
    """A mark at ``i`` can open: something follows it directly (no space)."""
    nxt = _after(text, i)
    return not nxt.isspace()


def _can_close(text: str, i: int) -> bool:
    """A mark at ``i`` can close: it does not sit between two letters (an apostrophe)."""
    return not (_before(text, i).isalnum() and _after(text, i).isalnum())


def _symmetric_opens(text: str, i: int) -> bool:
    prev = _before(text, i)
    return (prev.isspace() or prev in "([{–—-/:") and not _after(text, i).isspace()


def pair_paragraph(
    text: str, start: int, end: int, cues: Cues, marks: re.Pattern[str] | None = None
) -> list[QuotedPassage]:
    """The quoted passages of the paragraph ``text[start:end]``."""
    passages: list[QuotedPassage] = []
    open_at = -1
    closing = ""
    family = ""
    if marks is None:
        marks = _marks_pattern(_all_marks(cues), cues.double_marks)
    double_open = -1
    for found in marks.finditer(text, start, end):
        i = found.start()
        c = text[i]
        if len(found.group()) > 1:  # a doubled mark ('' … ''), symmetric
            if double_open < 0 and open_at < 0 and _symmetric_opens(text, i):
                double_open = i
            elif double_open >= 0 and i > double_open + 2:
                passages.append(QuotedPassage(double_open, i, True, width=2))
                double_open = -1
            continue
        if double_open >= 0:
            continue  # marks inside a doubled-mark quote are nested
        if open_at < 0:
            if (
                c in cues.openers
                and c not in cues.symmetric
                and _opens(text, i)
                and not (
                    c in cues.closers
                    and not _before(text, i).isspace()
                    and _before(text, i) not in "([–—-:/"
                )
            ):
                open_at, closing, family = i, cues.openers[c], c
            elif c in cues.symmetric and _symmetric_opens(text, i):
                # (a symmetric mark may also close on another family's mark: '"…”')
                open_at, closing, family = i, c + cues.openers.get(c, ""), c
            elif (c in cues.closers or c in cues.symmetric) and passages and _can_close(text, i):
                last = passages[-1]
                between = text[last.close + 1 : i]
                continues = (last.closed and between.strip()[:1] in (",", "")) or (
                    between.lstrip()[:1].islower() and not any(m in between for m in cues.openers)
                )
                if continues and len(between) < 400 and "\n" not in between:
                    # a stray closing mark: the quote went on ("… werfen.“ , und dafür … zahlen“")
                    passages[-1] = QuotedPassage(last.open, i, True)
        else:
            if c in closing and _can_close(text, i) and i > open_at + 1:
                passages.append(QuotedPassage(open_at, i, True))
                open_at = -1
            elif (
                c == family
                and i > open_at + 1
                and not _opens(text, i)
                and not _before(text, i).isspace()
            ):
                # the opening mark typed for the closing one ("“Is it fair?“ he asked")
                passages.append(QuotedPassage(open_at, i, True))
                open_at = -1
            elif (
                c == family
                and c not in closing
                and _opens(text, i)
                and (_before(text, i).isspace())
            ):
                # a new quote opens before the old one closed: end the old one here
                stop = i
                while stop > open_at + 1 and text[stop - 1].isspace():
                    stop -= 1
                passages.append(QuotedPassage(open_at, stop, False))
                open_at, closing = i, cues.openers[c]
    if open_at >= 0:
        stop = end
        while stop > open_at + 1 and text[stop - 1].isspace():
            stop -= 1
        if stop > open_at + 1:
            passages.append(QuotedPassage(open_at, stop, False))
    return passages


def pair_quotes(text: str, cues: Cues) -> list[QuotedPassage]:
    """All quoted passages of ``text``, paragraph by paragraph, in text order."""
    passages: list[QuotedPassage] = []
    if not cues.openers and not cues.symmetric and not cues.double_marks:
        return passages
    marks = _marks_pattern(_all_marks(cues), cues.double_marks)
    position = 0
    length = len(text)
    while True:
        found = marks.search(text, position)
        if found is None:
            break
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.start())
        if end < 0:
            end = length
        passages.extend(pair_paragraph(text, start, end, cues, marks))
        position = end + 1
    return passages


def _all_marks(cues: Cues) -> str:
    return "".join(sorted(set(cues.openers) | cues.closers | cues.symmetric))


@lru_cache(maxsize=32)
def _marks_pattern(marks: str, doubles: tuple[str, ...] = ()) -> re.Pattern[str]:
    alternatives = [re.escape(d) for d in doubles] + ["[" + re.escape(marks) + "]"]
    return re.compile("|".join(alternatives))
