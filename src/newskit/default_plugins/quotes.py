"""Built-in plugin: statement attribution (first cut: direct quotes between quotation marks)."""

from __future__ import annotations

import regex

from ..hookspecs import hookimpl
from ..model import Article, Attribution, Span, Statement, StatementKind
from ..registrations import Language

_DIRECT = regex.compile(r"[„“\"»«]([^„“”\"»«\n]{2,})[“”\"«»]")


@hookimpl(trylast=True)
def attribute_statements(article: Article, language: Language) -> Attribution:
    statements = [
        Statement(
            id=f"s{index}",
            content=(Span(*match.span()),),
            kind=StatementKind.DIRECT,
        )
        for index, match in enumerate(_DIRECT.finditer(article.text), start=1)
        if not article.is_boilerplate(Span(*match.span()))
    ]
    return Attribution(statements=statements)
