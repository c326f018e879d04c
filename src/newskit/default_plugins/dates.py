"""Built-in plugin: temporal expressions normalised to TIMEX3 (:mod:`newskit.temporal`).

Relative expressions resolve against ``article.published``. Articles whose metadata has
``temporal_anchor=narrative`` resolve them against the last date the text mentioned instead
(histories, encyclopedic text). Without a publication date, values stay underspecified.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..model import Article, TimeExpression
from ..registrations import Language
from ..temporal import METADATA_KEY, tag


@hookimpl(trylast=True)
def extract_dates(article: Article, language: Language) -> tuple[TimeExpression, ...]:
    mode = article.meta(METADATA_KEY) or "published"
    return tag(article.text, language, published=article.published, anchor=mode)
