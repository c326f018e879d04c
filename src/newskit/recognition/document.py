"""A light token view of an article for the recognisers: token strings, offsets, sentences."""

from __future__ import annotations

import bisect
import dataclasses
from typing import Final

from ..model import ActorKind, Article, _offset_lists

__all__ = ["OPENERS", "Doc", "Mention", "RolePhrase"]

#: Tokens after which a capitalised word is not evidence of a name (a new sentence or quote).
OPENERS: Final = frozenset({"„", '"', "“", "«", "»", "‚", "'", ":", "(", "[", "–", "—", "-", "|"})
_OPENERS: Final = OPENERS

# Not attrs classes: these are scratch objects internal to recognition, and mypyc (setup.py)
# compiles dataclasses and plain classes into native classes but cannot compile attrs ones.


@dataclasses.dataclass(slots=True)
class Doc:
    """Token strings and offsets of an article, with the sentence each token belongs to."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    sentence_of: list[int]
    sentence_bounds: list[tuple[int, int]]
    initial: list[bool]
    #: 1 for tokens inside boilerplate: never part of a mention.
    blocked: bytearray
    #: indexes of the tokens that may start a name (capitalised, or listed in ``extra``).
    caps: list[int]
    #: the word classes of ``caps`` (set by recognition once the language is known).
    cap_bits: list[int] = dataclasses.field(default_factory=list)

    #: indexes of the tokens listed in the language's ``watch_words`` (cue words, commas,
    #: pronouns, quotation marks), found in one pass so that each step visits only its cues.
    watched: list[int] = dataclasses.field(default_factory=list)

    @classmethod
    def from_article(cls, article: Article, extra: frozenset[str] = frozenset(),
                     watch: frozenset[str] = frozenset()) -> Doc:
        """The token view of ``article``; ``extra`` are words that may start a name although
        they are not capitalised, ``watch`` the words whose positions are collected (both
        should include :data:`OPENERS` and ``extra``; see ``Resources.watch_words``)."""
        text = article.text
        tokens = article.tokens
        starts, ends = _offset_lists(tokens)
        words = [text[start:end] for start, end in zip(starts, ends, strict=True)]
        caps: list[int] = []
        for index, word in enumerate(words):
            # word[0].isupper(), with ASCII decided by its code (compiled, twice as fast)
            code = ord(word[0])
            if 65 <= code <= 90 or (code >= 128 and word[0].isupper()):
                caps.append(index)
        watch = watch or _OPENERS | extra
        watched = [i for i, word in enumerate(words) if word in watch]
        if extra:
            present = [i for i in watched if words[i] in extra]
            for index in present:  # few: insert them in order rather than re-sort all
                at = bisect.bisect_left(caps, index)
                if at == len(caps) or caps[at] != index:
                    caps.insert(at, index)
        count = len(tokens)
        sentence_of = [0] * count
        bounds: list[tuple[int, int]] = []
        sentences = article.sentences or ()
        if sentences:
            bounds = [(sentence.token_start, min(sentence.token_end, count))
                      for sentence in sentences]
            for number, (first, last) in enumerate(bounds):
                sentence_of[first:last] = [number] * (last - first)
        else:
            bounds.append((0, count))
        initial = [False] * count
        for first, last in bounds:
            index = first
            while index < last and words[index] in _OPENERS:
                index += 1
            if index < last:
                initial[index] = True
        for index in watched:
            if index + 1 < count and words[index] in _OPENERS:
                initial[index + 1] = True
        blocked = bytearray(count)
        for span in article.boilerplate:
            for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
                if start >= span.start and end <= span.end:
                    blocked[index] = 1
        return cls(text, words, starts, ends, sentence_of, bounds, initial, blocked, caps,
                   watched=watched)

    def joined(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)``."""
        return self.text[self.starts[start] : self.ends[end - 1]]


class Mention:
    """A recognised name in token positions ``[start, end)`` (internal to recognition).

    :ivar key: what identifies the entity for consolidation (canonical name or ISO code).
    :ivar name: the surface name without inflection ("Putin" for "Putins").
    :ivar evidence: why it was recognised (``given``, ``title``, ``role``, ``speaker``,
        ``apposition``, ``gazetteer``, ``org``, ``alias``, ``given-alone``).
    :ivar char_end: where the mention ends in the text (English "Russia's" ends before "'s").
    """

    # A plain class, not a dataclass: compiled, its own __init__ is about eight times faster
    # than the one dataclasses generates (which runs interpreted), and recognition makes many.
    __slots__ = ("canonical", "char_end", "code", "end", "evidence", "key", "kind", "name",
                 "refers", "start")

    def __init__(self, start: int, end: int, kind: ActorKind, key: str, name: str,
                 evidence: str, code: str | None = None, refers: str | None = None,
                 canonical: str | None = None, char_end: int | None = None) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.key = key
        self.name = name
        self.evidence = evidence
        self.code = code
        self.refers = refers
        self.canonical = canonical
        self.char_end = char_end

    def __repr__(self) -> str:
        return (f"Mention({self.start}, {self.end}, {self.kind.value}, {self.key!r}, "
                f"{self.name!r}, {self.evidence!r})")


class RolePhrase:
    """A role description in token positions ``[start, end)``; ``head`` is the role noun."""

    __slots__ = ("end", "head", "start")  # a plain class for the reason given at Mention

    def __init__(self, start: int, end: int, head: int) -> None:
        self.start = start
        self.end = end
        self.head = head

    def __repr__(self) -> str:
        return f"RolePhrase({self.start}, {self.end}, head={self.head})"
