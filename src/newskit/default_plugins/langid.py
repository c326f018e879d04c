"""Built-in plugin: language identification from word lists.

Every registered language that has a ``stopwords`` lexicon takes part; a new language needs only
its lexicons (``stopwords``, optionally ``langid_words`` and ``langid_markers``, see
:mod:`newskit.languages.de.langid`). Scoring, in one pass over (at most) the first
:data:`SAMPLE_CHARS` characters:

- each word found in the ``stopwords`` or ``langid_words`` of exactly one language counts 1 for
  that language (words listed for several languages, "in", "so", count for none);
- each other word counts :data:`MARKER_WEIGHT` for every language whose ``langid_markers`` it
  shows (``ß``, a word ending ``-ung``, ``th``): weak evidence that decides short texts and
  headlines without function words.

The language with the highest score wins. No language is returned (and the pipeline asks for
``language=``) when no language scores or two tie, or when a text of at least
:data:`MIN_WORDS` words has listed words of the winner for less than :data:`MIN_SHARE` of its
words (a language that is not registered).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex

from ..hookspecs import hookimpl
from ..registrations import Language

__all__ = [
    "CLEAR_LEAD_FACTOR",
    "CLEAR_LEAD_SCORE",
    "FIRST_LOOK_CHARS",
    "MARKER_WEIGHT",
    "MIN_SHARE",
    "MIN_WORDS",
    "SAMPLE_CHARS",
    "identify",
    "language_scores",
]

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")

#: Longer texts are identified on their beginning.
SAMPLE_CHARS = 5_000
#: The first look at a long text: this many characters ...
FIRST_LOOK_CHARS = 1_200
#: ... decide when the best language scores at least this much ...
CLEAR_LEAD_SCORE = 12
#: ... and this share of the lead's words (function words, not mere spelling markers) ...
CLEAR_LEAD_SHARE = 0.25
#: ... and at least this many times the runner-up.
CLEAR_LEAD_FACTOR = 4
#: Weight of a word that only shows a language's typical spelling.
MARKER_WEIGHT = 0.25
#: Texts with at least this many words need listed words of the winner ...
MIN_WORDS = 8
#: ... for at least this share of their words.
MIN_SHARE = 0.1


class _Profile:
    """The compiled identification data of one language."""

    def __init__(self, language: Language) -> None:
        self.code = language.code
        self.words = frozenset(
            word.lower()
            for name in ("stopwords", "langid_words")
            for word in language.lexicon(name)
        )
        alternatives: list[str] = []
        for marker in language.lexicon("langid_markers"):
            marker = marker.lower()
            if marker.startswith("-") and len(marker) > 1:
                alternatives.append(regex.escape(marker[1:]) + r"\Z")
            elif marker.endswith("-") and len(marker) > 1:
                alternatives.append(r"\A" + regex.escape(marker[:-1]))
            elif marker:
                alternatives.append(regex.escape(marker))
        self.markers = regex.compile("|".join(alternatives)) if alternatives else None


@lru_cache(maxsize=32)
def _profiles(
    languages: tuple[Language, ...],
) -> tuple[tuple[_Profile, ...], dict[str, str], frozenset[str]]:
    """Profiles of the languages with stopwords, the words listed for exactly one of them, and
    every listed word."""
    profiles = tuple(_Profile(language) for language in languages if language.lexicon("stopwords"))
    owners: Counter[str] = Counter(word for profile in profiles for word in profile.words)
    unique = {
        word: profile.code for profile in profiles for word in profile.words if owners[word] == 1
    }
    return profiles, unique, frozenset(owners)


def _listed_scores(
    text: str, languages: Sequence[Language]
) -> tuple[tuple[_Profile, ...], dict[str, float], list[tuple[str, int]], int]:
    """The profiles, each language's score from listed words alone, the words listed for no
    language with their counts, and the word count of ``text``."""
    profiles, unique, listed = _profiles(tuple(languages))
    scores = {profile.code: 0.0 for profile in profiles}
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    # Words listed for one language, counted by that language without Python code per word
    # (scores are sums of whole numbers and quarters: exact in any order).
    for code, count in Counter(map(unique.get, words)).items():
        if code is not None:
            scores[code] += count
    counts = Counter(words)
    shared = [(word, counts[word]) for word in counts.keys() - listed]
    return profiles, scores, shared, len(words)


def _marker_score(profile: _Profile, shared: list[tuple[str, int]]) -> float:
    if profile.markers is None:
        return 0.0
    search = profile.markers.search
    return MARKER_WEIGHT * sum(count for word, count in shared if search(word))


def language_scores(text: str, languages: Sequence[Language]) -> tuple[dict[str, float], int]:
    """The score of each language for ``text`` (see the module docstring) and its word count."""
    profiles, scores, shared, total = _listed_scores(text, languages)
    for profile in profiles:
        scores[profile.code] += _marker_score(profile, shared)
    return scores, total


def _clear_lead(text: str, languages: Sequence[Language]) -> str | None:
    """The language whose lead in ``text`` is clear whatever its own spelling markers add, or
    None (then the full scores decide).

    Markers only add to a score, so a leader that is clear on its listed words alone, against
    the others' full scores, is what :func:`identify`'s first look decides: its markers need not
    be searched (half of the work of the first look).
    """
    profiles, scores, shared, total = _listed_scores(text, languages)
    if not profiles:
        return None
    lead = max(profiles, key=lambda profile: scores[profile.code])
    score = scores[lead.code]
    if score <= 0 or score < max(CLEAR_LEAD_SCORE, CLEAR_LEAD_SHARE * total):
        return None
    for profile in profiles:
        if profile is not lead and score < CLEAR_LEAD_FACTOR * (
            scores[profile.code] + _marker_score(profile, shared)
        ):
            return None
    return lead.code


def identify(text: str, languages: Sequence[Language]) -> str | None:
    """The code of the language of ``text`` among ``languages``, or None when unclear."""
    if len(text) > FIRST_LOOK_CHARS:
        # Most articles are decided by their first paragraph: skip the rest of the sample when
        # the lead is clear.
        lead = _clear_lead(text[:FIRST_LOOK_CHARS], languages)
        if lead is not None:
            return lead
        scores, total = language_scores(text[:FIRST_LOOK_CHARS], languages)
        ranked = sorted(scores.values(), reverse=True)
        if (
            ranked
            and ranked[0] >= max(CLEAR_LEAD_SCORE, CLEAR_LEAD_SHARE * total)
            and (len(ranked) == 1 or ranked[0] >= CLEAR_LEAD_FACTOR * ranked[1])
        ):
            return _decide(scores, total)
    scores, total = language_scores(text, languages)
    return _decide(scores, total)


def _decide(scores: dict[str, float], total: int) -> str | None:
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, score = ranked[0]
    if score <= 0 or (len(ranked) > 1 and ranked[1][1] == score):
        return None
    if total >= MIN_WORDS and score < MIN_SHARE * total:
        return None
    return best


@hookimpl(trylast=True)
def resolve_language(text: str, languages: Sequence[Language]) -> str | None:
    return identify(text, languages)
