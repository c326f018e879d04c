"""A read-only view of an analysed article for the attribution rules: token words, sentence and
paragraph lookup by character offset. Built once per article, linear in its length."""

from __future__ import annotations

import bisect
import itertools
import re

from ..model import ActorKind, Article, Sentence, Span, _offset_lists

_NEWLINE = re.compile("\n")
_bisect_left = bisect.bisect_left
_bisect_right = bisect.bisect_right


class Document:
    """Token texts and index lookups over ``article.tokens`` and ``article.sentences``."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = text = article.text
        self.starts, self.ends = _offset_lists(article.tokens)
        self._words: list[str] | None = None
        lowered = text.lower()
        if len(lowered) == len(text):  # the usual case: slicing is cheaper than lower()
            self.lower = [lowered[s:e] for s, e in zip(self.starts, self.ends, strict=True)]
        else:
            self.lower = [word.lower() for word in self.words]
        sentences = list(article.sentences)
        if not sentences and self.starts:
            sentences = [Sentence(0, len(text), 0, len(self.starts))]
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        # paragraph boundaries: offsets of line breaks
        self.breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self._flagged: dict[int, list[int]] = {}
        self._sentences_with: dict[int, frozenset[int]] = {}
        self._sentence_token_starts: list[int] | None = None
        self._mention_starts: dict[int, tuple[int, str, ActorKind]] | None = None

    def flagged(self, flags: dict[int, frozenset[str]], bit: int, lo: int, hi: int) -> list[int]:
        """Indexes in ``[lo, hi)`` of the tokens whose lower-case form is in ``flags[bit]`` (one
        scan of the article per word set, on first use)."""
        found = self._flagged.get(bit)
        if found is None:
            # one pass over the article for all word sets, then split the (few) hits
            union = flags[0]  # key 0: the union of all sets
            lower = self.lower
            hits = [i for i, word in enumerate(lower) if word in union]
            for key, words in flags.items():
                if key:
                    self._flagged[key] = [i for i in hits if lower[i] in words]
            found = self._flagged[bit]
        if not found:
            return found
        return found[_bisect_left(found, lo) : _bisect_left(found, hi)]

    def sentences_with(self, flags: dict[int, frozenset[str]], bit: int) -> frozenset[int]:
        """Indexes of the sentences holding a token of ``flags[bit]`` (cached per bit): a set
        lookup per sentence instead of a range search."""
        found = self._sentences_with.get(bit)
        if found is None:
            starts = self._sentence_token_starts
            if starts is None:
                starts = self._sentence_token_starts = [s.token_start for s in self.sentences]
            hits = self.flagged(flags, bit, 0, len(self))
            if hits and starts and starts[0] <= hits[0]:
                # every hit is in a sentence: its index is the number of later sentence
                # starts at or before it (one C-level bisect per hit)
                later = starts[1:]
                found = frozenset(map(_bisect_right, itertools.repeat(later, len(hits)), hits))
            else:
                found = frozenset(bisect.bisect_right(starts, t) - 1 for t in hits)
            self._sentences_with[bit] = found
        return found

    def __len__(self) -> int:
        return len(self.starts)

    # --- lookups --------------------------------------------------------------------------------

    def token_at_or_after(self, offset: int) -> int:
        """Index of the first token ending after ``offset`` (``len`` when none)."""
        return bisect.bisect_right(self.ends, offset)

    def token_before(self, offset: int) -> int:
        """Index one past the last token that ends at or before ``offset``."""
        return bisect.bisect_right(self.ends, offset)

    def tokens_in(self, start: int, end: int) -> range:
        """Indexes of the tokens inside the character range ``[start, end)``."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_right(self.ends, end)
        return range(first, max(first, last))

    def mention_starts(self) -> dict[int, tuple[int, str, ActorKind]]:
        """Token index -> (token index after it, actor id, actor kind) for every actor mention
        that starts at a token (built on first use)."""
        if self._mention_starts is None:
            found: dict[int, tuple[int, str, ActorKind]] = {}
            for actor in self.article.actors:
                for mention in actor.mentions:
                    first = bisect.bisect_left(self.starts, mention.start)
                    if first < len(self.starts) and self.starts[first] == mention.start:
                        found[first] = (bisect.bisect_left(self.starts, mention.end), actor.id,
                                        actor.kind)
            self._mention_starts = found
        return self._mention_starts

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def sentence_at(self, offset: int) -> Sentence:
        return self.sentences[self.sentence_index(offset)]

    def paragraph(self, offset: int) -> Span:
        """The line around ``offset`` (paragraphs are lines in news text)."""
        index = bisect.bisect_right(self.breaks, offset)
        start = self.breaks[index - 1] + 1 if index > 0 else 0
        end = self.breaks[index] if index < len(self.breaks) else len(self.text)
        return Span(start, end)

    def paragraph_index(self, offset: int) -> int:
        return bisect.bisect_right(self.breaks, offset)

    def span(self, first: int, last: int) -> Span:
        """The character span of tokens ``first`` to ``last`` (inclusive)."""
        return Span(self.starts[first], self.ends[last])

    @property
    def words(self) -> list[str]:
        """The tokens' text (built on first use; the rules mostly need :attr:`lower`)."""
        if self._words is None:
            text = self.text
            self._words = [text[s:e] for s, e in zip(self.starts, self.ends, strict=True)]
        return self._words

    def is_upper(self, index: int) -> bool:
        """True when the token starts with an upper-case letter."""
        return self.text[self.starts[index]].isupper()

    def is_word(self, index: int) -> bool:
        return self.lower[index][:1].isalnum()

    def is_capitalized(self, index: int) -> bool:
        if self.text[self.starts[index]].isupper():
            return True
        word = self.lower[index]
        return word[:1].isdigit() and "-" in word
