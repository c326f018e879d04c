"""Rule-based actor recognition for German and English, with no model download.

The steps, each in its own module:

- ``resources``: the language's lexicons, given names and gazetteer (CLDR countries from
  babel, city names, regions, organisations, capitals and metonyms), compiled once per language;
- ``roles``: role phrases ("Sprecher des US-Außenministeriums");
- ``candidates``: names and their kind, from evidence (given names, the gazetteer,
  organisation patterns, titles, roles, appositions, speaker positions);
- ``consolidation``: one actor per entity (aliases, transliterations, surnames), references
  of capitals and metonyms, roles, pronouns;
- ``folding``: one key for transliteration variants.

:func:`recognize_actors` runs them on an article with tokens and sentences.
"""

from __future__ import annotations

from ..model import Actor, ActorKind, Article
from ..registrations import Language
from .candidates import classify_caps, find_candidates
from .consolidation import consolidate
from .document import Doc
from .resources import resources_for
from .roles import attach_roles, find_roles

__all__ = ["recognize_actors"]

def recognize_actors(article: Article, language: Language) -> list[Actor]:
    """The actors of an article (its tokens and sentences must be set), ids in order of first
    mention (``a1``, ``a2``, ...); states referred to but not named come last."""
    if not article.tokens:
        return []
    resources = resources_for(language)
    doc = Doc.from_article(article, resources.lowercase_keys, resources.watch_words)
    doc.cap_bits = classify_caps(resources, doc)
    roles = find_roles(doc, resources)
    mentions = find_candidates(doc, resources, roles)
    persons = [m for m in mentions if m.kind is ActorKind.PERSON]
    attached = attach_roles(doc, roles, persons, resources)
    return consolidate(doc, mentions, roles, resources, attached)
