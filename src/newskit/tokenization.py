"""Rule-based tokenization and sentence splitting on ``regex``.

The matching code is language-neutral; what differs per language (abbreviations) comes from the
language's lexicons.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from .model import Sentence, Token
from .registrations import Language

_TOKEN = regex.compile(
    r"""
    https?://\S+[^\s.,;:!?)\]"'“”„«»]          # URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+               # e-mail addresses
    | \d+(?:[.,]\d+)*                             # numbers: 1.000,50 3.5
    | \w+(?:[-'’]\w+)*                           # words, hyphenated compounds, it's
    | \.{3}|…                                     # ellipses
    | \S                                          # any other character
    """,
    regex.VERBOSE,
)

_SENTENCE_END = frozenset(".!?…")
_CLOSING = frozenset("\"'“”«»‹›‘’)]")


@lru_cache(maxsize=16)
def _abbreviations(language: Language) -> frozenset[str]:
    return frozenset(language.lexicon("abbreviations"))


def tokenize(text: str, language: Language) -> list[Token]:
    """Tokens of ``text``: half-open character ranges in text order."""
    abbreviations = _abbreviations(language)
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        # "Dr." and "z.B." keep their period: it does not end the sentence.
        if end < len(text) and text[end] == "." and match.group() in abbreviations:
            end += 1
        elif tokens and tokens[-1].end > start:
            continue
        tokens.append(Token(start, end))
    return tokens


def split_sentences(text: str, tokens: Sequence[Token], language: Language) -> list[Sentence]:
    """Sentences over ``tokens``: split after sentence-final punctuation followed by an
    upper-case start, and at blank lines or line breaks (headlines carry no final period)."""
    sentences: list[Sentence] = []
    first = 0
    count = len(tokens)
    for index in range(count):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < count else None
        if following is None:
            boundary = True
        else:
            gap = text[token.end : following.start]
            if "\n" in gap:
                boundary = True
            else:
                last = text[token.start : token.end]
                boundary = False
                if last[-1] in _SENTENCE_END and not last.endswith(".") or last in (".", "...", "…"):
                    boundary = text[following.start].isupper() or text[following.start] in "„\"“«"
                elif last in _CLOSING and index > first and text[tokens[index - 1].end - 1] in _SENTENCE_END:
                    boundary = text[following.start].isupper()
        if boundary:
            sentences.append(Sentence(tokens[first].start, token.end, first, index + 1))
            first = index + 1
    return sentences
