"""Built-in plugin: temporal expressions (first cut: ISO dates)."""

from __future__ import annotations

import regex

from ..hookspecs import hookimpl
from ..model import Article, Span, TimeExpression, TimexType
from ..registrations import Language

_ISO_DATE = regex.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@hookimpl(trylast=True)
def extract_dates(article: Article, language: Language) -> list[TimeExpression]:
    return [
        TimeExpression(
            id=f"t{index}",
            span=Span(*match.span()),
            value=match.group(),
            type=TimexType.DATE,
        )
        for index, match in enumerate(_ISO_DATE.finditer(article.text), start=1)
    ]
