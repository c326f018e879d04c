"""Built-in plugin: rule-based actor recognition for German and English (no model download).

Persons, organisations, places and groups with roles, aliases, ISO codes, metonym references
and pronoun links; see :mod:`newskit.recognition` and ``docs/actors.md``. Block this plugin
(``newskit.default_plugins.actors``) to replace it with another recogniser.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..model import Actor, Article
from ..recognition import recognize_actors
from ..registrations import Language


@hookimpl(trylast=True)
def extract_actors(article: Article, language: Language) -> list[Actor]:
    return recognize_actors(article, language)
