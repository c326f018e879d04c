"""Temporal tagging: find time expressions and normalise them to TIMEX3 values.

One compiled regular expression per language (:mod:`.grammar`, built from the language's
``dates_*`` lexicons) finds the expressions in a single pass; :mod:`.resolve` turns each into a
TIMEX3 value, type and modifier, anchored on the publication date or, in ``narrative`` mode, on
the last date the text mentioned; :mod:`.tense` decides whether a bare weekday lies before or
after the anchor; :mod:`.calendar` does the arithmetic.

>>> import datetime as dt
>>> from newskit.languages.de import LANGUAGE
>>> [(t.value, t.type.value) for t in tag("Er sagte am Dienstag, seit zwei Jahren.", LANGUAGE,
...                                       published=dt.date(2023, 9, 5))]
[('2023-09-05', 'DATE'), ('P2Y', 'DURATION')]
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..errors import InputError
from ..model import Article, Span, TimeExpression, parse_date
from ..registrations import Language
from .grammar import grammar_for
from .resolve import Resolver

__all__ = ["ANCHOR_MODES", "METADATA_KEY", "reanchor", "tag"]

#: Anchoring modes: ``published`` (relative to the publication date; news) and ``narrative``
#: (relative to the last date mentioned in the text; histories, biographies, encyclopedias).
ANCHOR_MODES = ("published", "narrative")

#: The article metadata key that selects the anchoring mode for the built-in plugin.
METADATA_KEY = "temporal_anchor"


def tag(
    text: str,
    language: Language,
    *,
    published: dt.date | None = None,
    anchor: str = "published",
) -> tuple[TimeExpression, ...]:
    """Time expressions in ``text`` with ids ``t1``, ``t2``... in text order.

    :param published: the publication date; without it, relative expressions keep
        underspecified values (``XXXX-WXX-2`` for "am Dienstag").
    :param anchor: ``"published"`` or ``"narrative"`` (see :data:`ANCHOR_MODES`).
    """
    if anchor not in ANCHOR_MODES:
        raise InputError(
            f"unknown temporal anchor {anchor!r}: expected one of {', '.join(ANCHOR_MODES)}"
        )
    grammar = grammar_for(language)
    resolver = Resolver(grammar, text, published, narrative=anchor == "narrative")
    found: list[TimeExpression] = []
    for match in grammar.matches(text):
        resolution = resolver.resolve(match)
        if resolution is None:
            continue
        found.append(
            TimeExpression(
                id=f"t{len(found) + 1}",
                span=Span(match.start, match.end),
                value=resolution.value,
                type=resolution.type,
                modifier=resolution.modifier,
            )
        )
    return tuple(found)


def reanchor(article: Article, language: Language, published: dt.date | str) -> Article:
    """The article with its publication date set and its dates resolved against it.

    Use it when the date becomes known after analysis: underspecified values such as
    ``XXXX-WXX-2`` become ``2023-09-05``. Statements keep their links (ids are stable).
    """
    article = attrs.evolve(article, published=parse_date(published, "published"))
    mode = article.meta(METADATA_KEY) or "published"
    dates = tag(article.text, language, published=article.published, anchor=mode)
    by_id = {date.id: date for date in dates}
    statements = tuple(
        attrs.evolve(s, date=by_id.get(s.date.id, s.date)) if s.date is not None else s
        for s in article.statements
    )
    return attrs.evolve(article, dates=dates, statements=statements)
