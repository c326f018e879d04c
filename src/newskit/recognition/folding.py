"""Name folding: one key for the transliteration variants of a name.

German and English news write the same Russian or Korean name differently (Schoigu / Shoigu,
Wladimir / Vladimir, Pjöngjang / Pyongyang). A :class:`Folder` lower-cases a name, removes
diacritics and applies the language's ``actor_name_folding`` rules (``"sch=S"``: replace ``sch``
by ``S``; ``"ei$=ey"``: only at the end of a word; ``"^al-="``: only at the start of one) so that
the variants compare equal. The rules are data; this module only applies them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import regex

from ..registrations import Language

__all__ = ["Folder", "folder_for"]

_DOUBLE = regex.compile(r"(.)\1+")


class Folder:
    """Applies folding rules; results are memoised (names repeat across an article)."""

    def __init__(self, rules: Sequence[str]) -> None:
        patterns: list[tuple[str, regex.Pattern[str], str]] = []
        for rule in rules:
            source, _, target = rule.partition("=")
            if not source:
                continue
            at_end = source.endswith("$")
            at_start = source.startswith("^")
            literal = regex.escape(source[1 if at_start else 0 : -1 if at_end else None])
            pattern = (r"\b" if at_start else "") + literal + (r"\b" if at_end else "")
            # the plain source text too: most names contain few of the sources, and a substring
            # test is much cheaper than running the pattern
            plain = source[1 if at_start else 0 : -1 if at_end else None]
            patterns.append((plain, regex.compile(pattern), target))
        self._rules = tuple(patterns)
        self._cache: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        cached = self._cache.get(name)
        if cached is not None:
            return cached
        text = unicodedata.normalize("NFKD", name.lower())
        if not text.isascii():
            text = "".join(char for char in text if not unicodedata.combining(char))
        text = text.replace("ß", "ss")
        for plain, pattern, target in self._rules:
            if plain in text:
                text = pattern.sub(target, text)
        text = _DOUBLE.sub(r"\1", text)
        if len(self._cache) < 100_000:
            self._cache[name] = text
        return text


@lru_cache(maxsize=16)
def folder_for(language: Language) -> Folder:
    """The folding function of a language (cached per language)."""
    return Folder(language.lexicon("actor_name_folding"))
