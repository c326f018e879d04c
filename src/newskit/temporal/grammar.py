"""Compile a language's date rules into one regular expression, cached per language.

The rules and every word they use are language data (``dates_*`` lexicons, see
:mod:`newskit.languages.de.dates`); this module only knows the placeholder convention:
``{FIELD}`` becomes a named group ``field`` matching either a built-in numeric pattern (below)
or the phrases of the lexicon ``dates_field``; ``{LEXICON:field}`` fills group ``field`` from
lexicon ``dates_lexicon``. All rules are joined into a single alternation so an article is
scanned once; the rule that matched is the outermost group that took part in the match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from ..registrations import Language
from .starts import Start, first_set

__all__ = ["Grammar", "Lexicon", "Match", "grammar_for"]

#: Numeric fields every language shares (digits are not language data).
BUILTIN: dict[str, str] = {
    "day": r"0?[1-9]|[12][0-9]|3[01]",
    "day2": r"0[1-9]|[12][0-9]|3[01]",
    "mnum": r"0?[1-9]|1[0-2]",
    "mnum2": r"0[1-9]|1[0-2]",
    "year": r"1[0-9]{3}|20[0-9]{2}",
    "yy": r"[0-9]{2}",
    "hour": r"[01]?[0-9]|2[0-4]",
    "minute": r"[0-5][0-9]",
    "cnum": r"[1-9]|1[0-9]|2[01]",
    "decade": r"1[0-9]{2}0|20[0-9]0",
    "dec2": r"[0-9]0",
    "qnum": r"[1-4]",
    "smallyear": r"[1-9][0-9]{0,3}",
}

#: Fields that accept digits besides the phrases of their lexicon.
DIGITS: dict[str, str] = {"num": r"[0-9]+(?:[.,][0-9]+)?"}

_NOT_LEXICONS = frozenset(
    ("dates_rules", "dates_lead", "dates_future_markers", "dates_past_markers",
     "dates_forward_cues", "dates_backshift")
)
#: Lexicon words at least this long also begin compounds ("Dienstag" in "Dienstagabend").
_PREFIX_LENGTH = 3
_PLACEHOLDER = regex.compile(r"\{([A-Z][A-Z_0-9]*)(?::([a-z_0-9]+))?\}")
_EXPLICIT_GROUP = regex.compile(r"\(\?P<([a-z_0-9]+)>")


@attrs.frozen
class Lexicon:
    """Phrase -> value of one ``dates_*`` lexicon, with the regular expression of its phrases."""

    pattern: str
    exact: dict[str, str]
    folded: dict[str, str]

    @classmethod
    def parse(cls, entries: tuple[str, ...]) -> Lexicon:
        exact: dict[str, str] = {}
        folded: dict[str, str] = {}
        alternatives: list[tuple[int, str]] = []
        for entry in entries:
            phrase, sep, value = entry.rpartition("=")
            if not sep:
                phrase, value = entry, entry
            sensitive = phrase.startswith("!")
            phrase = phrase.lstrip("!")
            if not phrase:
                continue
            words = phrase.split()
            body = r"\s+".join(regex.escape(word) for word in words)
            if sensitive:
                body = f"(?-i:{body})"
                exact[" ".join(words)] = value
            else:
                folded[" ".join(words).casefold()] = value
            alternatives.append((len(phrase), body))
        alternatives.sort(key=lambda item: -item[0])
        pattern = "|".join(body for _, body in alternatives) or r"(?!)"
        return cls(pattern, exact, folded)

    def get(self, text: str) -> str | None:
        key = " ".join(text.split())
        value = self.exact.get(key)
        if value is None:
            value = self.folded.get(key.casefold())
        return value


@attrs.frozen
class Match:
    """One rule match: the rule's kind, its extent and its filled fields (raw text)."""

    kind: str
    start: int
    end: int
    fields: dict[str, str]


@attrs.frozen(eq=False)
class Grammar:
    """The compiled rules of one language."""

    kinds: tuple[str, ...]
    groups: tuple[tuple[tuple[str, str], ...], ...]  # per rule: (field, group name)
    lexicons: dict[str, Lexicon]
    future: regex.Pattern[str]
    past: regex.Pattern[str]
    forward: regex.Pattern[str]  # words right before a weekday that make it look ahead
    backshift: regex.Pattern[str]  # words that put a following future marker in the past
    leads: frozenset[str]
    bodies: tuple[str, ...]  # the regular expression of each rule
    # lead words that also begin phrases ("the" in "the past"): tried only before a known word
    guarded: frozenset[str]
    vocabulary: frozenset[str]  # every word of the lexicons and rule templates, lower case
    digit_rules: frozenset[int]  # rules that can begin with a digit
    word_rules: dict[str, frozenset[int]]  # first word of a phrase -> rules it can begin
    prefix_rules: dict[int, dict[str, frozenset[int]]]  # length -> prefix -> rules
    anywhere_rules: frozenset[int]
    any_prefix: re.Pattern[str]  # matches a word that begins with some prefix
    # word -> the rules it can begin (None: no rule), shared per set of rules: a list of
    # [the compiled rules in rule order, how often they were tried, their indexes]
    _by_word: dict[str, list[Any] | None] = attrs.field(factory=dict)
    _by_rules: dict[frozenset[int], list[Any]] = attrs.field(factory=dict)
    _rules: list[regex.Pattern[str] | None] = attrs.field(factory=list)  # compiled on first use
    _whole: list[regex.Pattern[str]] = attrs.field(factory=list)

    @property
    def pattern(self) -> regex.Pattern[str]:
        """All rules in one alternation (compiled on first use: :meth:`matches` does not
        need it)."""
        if not self._whole:
            self._whole.append(
                regex.compile(
                    r"(?<!\w)(?:" + ("|".join(self.bodies) or r"(?!)") + ")",
                    regex.IGNORECASE | regex.VERSION0,
                )
            )
        return self._whole[0]

    def lookup(self, lexicon: str, text: str) -> str | None:
        """The value of ``text`` in lexicon ``dates_<lexicon>``, or None."""
        table = self.lexicons.get(lexicon)
        return table.get(text) if table is not None else None

    def scan(self, text: str) -> Iterator[Match]:
        """All rule matches in ``text``, left to right, without overlaps (a full scan)."""
        for found in self.pattern.finditer(text):
            match = self._match(found)
            if match is not None:
                yield match

    def matches(self, text: str) -> Iterator[Match]:
        """The matches of :meth:`scan`, found faster: at each word only the rules that can
        begin with that word are tried (see :mod:`.starts`), and one word earlier when that word
        is a ``dates_lead`` word (an article the expression may start with)."""
        leads = self.leads
        by_word = self._by_word
        last_end = 0
        previous: re.Match[str] | None = None
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer
            lowered = text
        guarded = self.guarded
        fold = lowered is text
        get = by_word.get
        for token in _TOKEN.finditer(lowered):
            # most words begin no rule: one dictionary look-up and on
            word = token.group().lower() if fold else token.group()
            pattern = get(word, _MISSING)
            if pattern is _MISSING:
                pattern = self._pattern_for(word)
            if pattern is None:
                previous = token
                continue
            start = token.start()
            if start < last_end or word in leads:
                previous = token
                continue
            if word in guarded and not self._known_next(lowered, token.end()):
                # "the company": no rule can go on with a word none of them knows
                previous = token
                continue
            # the first rule that matches, as one alternation of these rules would find it;
            # a set of rules tried often is compiled as that alternation (faster to try)
            rules = pattern[0]
            if len(rules) > 1:
                uses = pattern[1] = pattern[1] + 1
                if uses == _JOIN_AFTER:
                    rules = pattern[0] = (self._alternation(pattern[2]),)
            for rule in rules:
                found = rule.match(text, start)
                if found is not None:
                    break
            if previous is not None and previous.start() >= last_end:
                lead = previous.group().lower()
                if lead in leads:
                    lead_rules = by_word[lead] if lead in by_word else self._pattern_for(lead)
                    # the longer of the matches with and without the article
                    led = None
                    if lead_rules:
                        lead_start = previous.start()
                        for rule in lead_rules[0]:
                            led = rule.match(text, lead_start)
                            if led is not None:
                                break
                    if led is not None and led.end() > start and (
                        found is None or led.end() >= found.end()
                    ):
                        found = led
            previous = token
            if found is None:
                continue
            match = self._match(found)
            if match is not None:
                last_end = match.end
                yield match

    def _known_next(self, lowered: str, position: int) -> bool:
        """Whether the token after ``position`` can continue a rule: a digit, a word of the
        vocabulary or a word beginning with one of three letters or more (compounds)."""
        found = _TOKEN.search(lowered, position)
        if found is None:
            return False
        word = found.group()
        vocabulary = self.vocabulary
        if word in vocabulary or word[:1].isdigit():
            return True
        return any(word[:length] in vocabulary for length in range(_PREFIX_LENGTH, len(word)))

    def prepare(self) -> Grammar:
        """Compile now what :meth:`matches` would compile on first use (the rules begun by
        every lexicon word, prefix and digits), so that later calls run at full speed.
        Optional: long-running processes get there by themselves."""
        for word in (*self.word_rules, *(p for t in self.prefix_rules.values() for p in t), "0"):
            if word not in self._by_word:
                self._pattern_for(word)
        return self

    def _pattern_for(self, word: str) -> list[Any] | None:
        """The rules that can begin with ``word`` (cached; see ``_by_word``).

        Each rule is compiled on its own, once: trying them in order finds what their
        alternation would find (its first alternative that matches), and a fresh process
        compiles each rule once instead of every set of rules that some word begins (those
        sets share most rules: compiling them cost a fresh process about 0.35 s of 10kGNAD's
        halves). Only a set tried :data:`_JOIN_AFTER` times is compiled as one alternation."""
        begun = self.word_rules.get(word)
        digit = word[:1].isdigit()
        prefixed = self.any_prefix.match(word) is not None
        if begun is None and not digit and not prefixed and not self.anywhere_rules:
            # most words of a text: no rule, and no set built to find that out
            if len(self._by_word) > _WORD_CACHE:
                self._by_word.clear()
            self._by_word[word] = None
            return None
        rules = set(self.anywhere_rules)
        if digit:
            rules |= self.digit_rules
        if begun is not None:
            rules |= begun
        if prefixed:
            for length, table in self.prefix_rules.items():
                if len(word) >= length:
                    rules |= table.get(word[:length], frozenset())
        pattern = None
        if rules:
            key = frozenset(rules)
            pattern = self._by_rules.get(key)
            if pattern is None:
                indexes = tuple(sorted(key))
                pattern = [tuple(self._rule(index) for index in indexes), 0, indexes]
                self._by_rules[key] = pattern
        if len(self._by_word) > _WORD_CACHE:
            self._by_word.clear()
        self._by_word[word] = pattern
        return pattern

    def _rule(self, index: int) -> regex.Pattern[str]:
        """Rule ``index`` compiled on its own (once), as it stands in the alternation."""
        rules = self._rules
        if not rules:
            rules.extend([None] * len(self.bodies))
        compiled = rules[index]
        if compiled is None:
            compiled = rules[index] = regex.compile(
                rf"(?<!\w)(?:{self.bodies[index]})", regex.IGNORECASE | regex.VERSION0
            )
        return compiled

    def _alternation(self, indexes: tuple[int, ...]) -> regex.Pattern[str]:
        """Rules ``indexes`` (in this order) compiled as one alternation."""
        body = "|".join(self.bodies[index] for index in indexes)
        return regex.compile(rf"(?<!\w)(?:{body})", regex.IGNORECASE | regex.VERSION0)

    def _match(self, found: regex.Match[str]) -> Match | None:
        name = found.lastgroup
        if name is None or not name.startswith("r__"):
            return None
        index = int(name[3:])
        start, end = found.span()
        if start == end:
            return None
        fields = {}
        for field_name, group in self.groups[index]:
            value = found.group(group)
            if value is not None:
                fields[field_name] = value
        return Match(self.kinds[index], start, end, fields)


_MISSING: Any = object()

#: A lead word that begins at least this many rules is tried only before a known word.
_GUARD_RULES = 8

_TOKEN = re.compile(r"\w+|['’–-]")
_WORD_CACHE = 200_000
#: A set of several rules tried this many times is compiled as one alternation.
_JOIN_AFTER = 256


def _words_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    if not words:
        return regex.compile(r"(?!)")
    # "*ed" stands for any lower-case word ending in "ed" (a regular English past tense;
    # a capitalised name such as "United" is not one)
    body = "|".join(
        (r"(?-i:\p{Ll})\w*" + regex.escape(word[1:]))
        if word.startswith("*")
        else r"\s+".join(regex.escape(part) for part in word.split())
        for word in sorted(words, key=len, reverse=True)
    )
    return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE)


def _ending_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    """One of ``words`` and whitespace at the end of the searched range."""
    if not words:
        return regex.compile(r"(?!)")
    body = "|".join(
        r"\s+".join(regex.escape(part) for part in word.split())
        for word in sorted(words, key=len, reverse=True)
    )
    return regex.compile(rf"(?<!\w)(?:{body})\s+$", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def grammar_for(language: Language) -> Grammar:
    """Compile (once per language) the ``dates_rules`` of a language."""
    lexicons: dict[str, Lexicon] = {}
    for lexicon in language.lexicons:
        name = lexicon.name
        if name.startswith("dates_") and name not in _NOT_LEXICONS and name[6:] not in lexicons:
            lexicons[name[6:]] = Lexicon.parse(language.lexicon(name))

    kinds: list[str] = []
    groups: list[tuple[tuple[str, str], ...]] = []
    bodies: list[str] = []
    starts: list[Start] = []
    for index, rule in enumerate(language.lexicon("dates_rules")):
        kind, sep, template = rule.partition(":")
        if not sep:
            continue
        rule_groups: list[tuple[str, str]] = []

        def placeholder(found: regex.Match[str], index: int = index,
                        rule_groups: list[tuple[str, str]] = rule_groups) -> str:
            source = found.group(1).lower()
            field = found.group(2) or source
            group = f"{field}__{index}__{len(rule_groups)}"
            if source in BUILTIN:
                body = BUILTIN[source]
            elif source in lexicons:
                body = lexicons[source].pattern
                if source in DIGITS:
                    body = f"{DIGITS[source]}|{body}"
            elif source in DIGITS:
                body = DIGITS[source]
            else:
                body = r"(?!)"  # a placeholder this language has no data for never matches
            rule_groups.append((field, group))
            return f"(?P<{group}>{body})"

        def explicit(found: regex.Match[str], index: int = index,
                     rule_groups: list[tuple[str, str]] = rule_groups) -> str:
            field = found.group(1)
            group = f"{field}__{index}__{len(rule_groups)}"
            rule_groups.append((field, group))
            return f"(?P<{group}>"

        body = _EXPLICIT_GROUP.sub(explicit, template.strip())
        body = _PLACEHOLDER.sub(placeholder, body)
        bodies.append(rf"(?P<r__{len(kinds)}>{body})(?!\w)")
        kinds.append(kind.strip())
        groups.append(tuple(rule_groups))
        starts.append(first_set(template.strip()))

    return Grammar(
        kinds=tuple(kinds),
        groups=tuple(groups),
        lexicons=lexicons,
        future=_words_pattern(language.lexicon("dates_future_markers")),
        past=_words_pattern(language.lexicon("dates_past_markers")),
        forward=_words_pattern(language.lexicon("dates_forward_cues")),
        backshift=_ending_pattern(language.lexicon("dates_backshift")),
        bodies=tuple(bodies),
        vocabulary=_vocabulary(lexicons, language.lexicon("dates_rules")),
        **_dispatch(starts, lexicons, language.lexicon("dates_lead")),
    )


_ESCAPES = regex.compile(
    r"\\[A-Za-z]|\(\?P<[a-z_0-9]+>|\(\?[a-z-]+:|\{[A-Z][A-Z_0-9]*(?::[a-z_0-9]+)?\}"
)
_LETTERS = regex.compile(r"[^\W\d_]+")


def _vocabulary(lexicons: dict[str, Lexicon], rules: tuple[str, ...]) -> frozenset[str]:
    """Every token of every lexicon phrase and every run of letters in the rule templates
    (escapes, group names and placeholders removed), lower case: a superset of the words a
    match can contain."""
    words: set[str] = {"'", "’", "–", "-"}
    for table in lexicons.values():
        for phrase in (*table.exact, *table.folded):
            words.update(token.group() for token in _TOKEN.finditer(phrase.casefold()))
    for rule in rules:
        template = _ESCAPES.sub(" ", rule.partition(":")[2])
        words.update(run.casefold() for run in _LETTERS.findall(template))
    return frozenset(words)


def _dispatch(
    starts: list[Start], lexicons: dict[str, Lexicon], leads: tuple[str, ...]
) -> dict[str, Any]:
    """Which rules each word, prefix or digit can begin (from each rule's FIRST set). A lead
    word that also begins a lexicon phrase ("the" in "the past") is tried on its own too."""
    words: dict[str, set[int]] = {}
    prefixes: dict[int, dict[str, set[int]]] = {}
    digit: set[int] = set()
    anywhere: set[int] = set()

    def add_prefix(prefix: str, index: int) -> None:
        prefixes.setdefault(len(prefix), {}).setdefault(prefix, set()).add(index)

    for index, start in enumerate(starts):
        if start.anywhere:
            anywhere.add(index)
        if start.digit:
            digit.add(index)
        for literal in start.literals:
            add_prefix(literal, index)
        for word in start.words:
            words.setdefault(word, set()).add(index)
        for character in start.characters:
            add_prefix(character, index)
        for name in start.placeholders:
            if name in BUILTIN or name in DIGITS:
                digit.add(index)
            table = lexicons.get(name)
            if table is None:
                continue
            for phrase in (*table.exact, *table.folded):
                first = _TOKEN.match(phrase.casefold())
                if first is None:
                    continue
                word = first.group()
                if word[:1].isdigit():
                    digit.add(index)
                words.setdefault(word, set()).add(index)
                if len(word) >= _PREFIX_LENGTH and first.end() == len(phrase):
                    add_prefix(word, index)  # compounds: "Dienstagabend", "zweijährige"
    lead_words = frozenset(word.casefold() for word in leads)
    return {
        "leads": lead_words - set(words),
        # the vocabulary check pays only for a word that begins many rules
        "guarded": frozenset(
            word for word in lead_words & set(words) if len(words[word]) >= _GUARD_RULES
        ),
        "digit_rules": frozenset(digit),
        "word_rules": {word: frozenset(rules) for word, rules in words.items()},
        "prefix_rules": {
            length: {prefix: frozenset(rules) for prefix, rules in table.items()}
            for length, table in sorted(prefixes.items())
        },
        "anywhere_rules": frozenset(anywhere),
        "any_prefix": re.compile(
            "|".join(re.escape(p) for table in prefixes.values() for p in table) or "(?!)"
        ),
    }
