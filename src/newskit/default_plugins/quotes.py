"""Built-in plugin: statement attribution (direct, indirect, reported and free indirect speech).

The rules live in :mod:`newskit.attribution`; the words they use come from the language's
``quote_*`` lexicons, so a plugin that registers a language with those lexicons gets attribution
for it. Runs after actors and dates: speakers are linked to ``article.actors`` and statements
dated by ``article.dates``.
"""

from __future__ import annotations

from ..attribution import attribute
from ..hookspecs import hookimpl
from ..model import Article, Attribution
from ..registrations import Language


@hookimpl(trylast=True)
def attribute_statements(article: Article, language: Language) -> Attribution:
    return attribute(article, language)
