"""Past or future: the direction of a bare weekday ("am Dienstag", "on Tuesday").

News reports mostly tell what happened, so a bare weekday is the one on or before the
publication date unless the clause around it refers to the future. The clause is the text
between the nearest clause boundaries (sentence end, comma, colon, semicolon, quotation mark)
around the expression; inside it, the tense marker nearest to the expression wins (future
markers such as "wird", "will", "soll", past markers such as "sagte", "said"; both are language
data: ``dates_future_markers`` and ``dates_past_markers``). A future marker after a word of
``dates_backshift`` ("had been scheduled to") refers to the past.
"""

from __future__ import annotations

import regex

__all__ = ["direction"]

_BOUNDARY = regex.compile(r'[.!?;:,\n"„“”«»]')
_WINDOW = 160


def direction(text: str, start: int, end: int, future: regex.Pattern[str],
              past: regex.Pattern[str], backshift: regex.Pattern[str] | None = None) -> int:
    """+1 when the clause around ``text[start:end]`` refers to the future, -1 when it refers
    to the past, 0 when it has no tense marker (callers read that as past in news).

    A future marker right after a ``backshift`` word ("had been scheduled to expire Friday")
    speaks of a plan in the past: it counts as a past marker."""
    left = max(0, start - _WINDOW)
    before = text[left:start]
    cuts = [found.end() for found in _BOUNDARY.finditer(before)]
    if cuts:
        left += cuts[-1]
    right = min(len(text), end + _WINDOW)
    found = _BOUNDARY.search(text, end, right)
    if found is not None:
        right = found.start()
    best_distance = None
    best = 0
    future_starts: set[int] = set()
    for pattern, sign in ((future, 1), (past, -1)):
        for marker in pattern.finditer(text, left, right):
            if sign > 0:
                future_starts.add(marker.start())
            else:
                after = marker.end()
                while after < right and text[after].isspace():
                    after += 1
                if after > marker.end() and after in future_starts:
                    continue  # "were planning", "was expected to": the plan decides
            if marker.end() <= start:
                distance = start - marker.end()
            elif marker.start() >= end:
                distance = marker.start() - end
            else:
                continue
            if best_distance is None or distance < best_distance:
                if (
                    sign > 0
                    and backshift is not None
                    and backshift.search(text, max(left, marker.start() - 20), marker.start())
                ):
                    sign = -1
                best_distance, best = distance, sign
    return best
