"""Built-in plugin: language identification by function-word frequencies.

Each registered language's ``stopwords`` lexicon is a profile; the language whose profile covers
most of the text's words wins. Fast (one pass of a regex over the text) and data-driven: a new
language needs only its stopword list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex

from ..hookspecs import hookimpl
from ..registrations import Language

_WORD = regex.compile(r"\p{L}+")

# Enough words to decide; longer texts are sampled from the start.
_SAMPLE_CHARS = 20_000

#: The least share of function words for a confident decision.
MIN_SHARE = 0.05


@lru_cache(maxsize=32)
def _profile(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


def language_scores(text: str, profiles: dict[str, frozenset[str]]) -> dict[str, float]:
    """The share of the text's words that are in each language's profile."""
    words = Counter(match.lower() for match in _WORD.findall(text[:_SAMPLE_CHARS]))
    total = sum(words.values())
    if not total:
        return {code: 0.0 for code in profiles}
    return {
        code: sum(count for word, count in words.items() if word in profile) / total
        for code, profile in profiles.items()
    }


@hookimpl(trylast=True)
def resolve_language(text: str, languages: Sequence[Language]) -> str | None:
    profiles = {
        language.code: _profile(language.lexicon("stopwords"))
        for language in languages
        if language.lexicon("stopwords")
    }
    scores = language_scores(text, profiles)
    if not scores:
        return None
    best = max(scores, key=lambda code: scores[code])
    # Too few function words of any language: refuse rather than guess.
    return best if scores[best] >= MIN_SHARE else None
