"""Rule-based tokenization and sentence splitting on ``regex``.

The matching code is language-neutral; what differs per language comes from the language's
lexicons (see :mod:`newskit.languages.de.tokens`): ``abbreviations``,
``sentence_final_abbreviations``, ``ordinal_preceding``, ``ordinal_following``,
``number_suffixes`` and, for e-mails and forum posts, ``closings``, ``salutations`` and
``time_suffixes``.

Tokenization is one compiled pattern per language, applied with ``finditer``: every match is
one token, so no Python code runs per token except creating the :class:`~newskit.model.Token`.
Sentence splitting looks only at candidate positions (sentence-final punctuation, line breaks,
the few patterns of ``_MARKUP_RULES`` for e-mails and forum posts), found with patterns over
the text, and maps them to tokens by binary search.

Conventions (documented in ``docs/tokenization.md``):

- hyphenated compounds are one token ("US-Außenministerium", "5-jährige"), and so are German
  truncated compounds with their hyphen ("Ein- und Ausfuhr" gives "Ein-");
- numbers with inner separators are one token ("1.000,50", "3.5", "10:30", "03/27/2001");
- abbreviations and German ordinals keep their period ("Dr.", "z.B.", "z." "B.", "5.");
- URLs, e-mail addresses, domain and file names ("www.example.org", "report.pdf") are one token;
- runs of the same punctuation character ("...", "--", "``", "''", "!!!") and of ``!``/``?``
  ("?!") are one token; every other non-space character is a token of its own.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from functools import lru_cache

import regex

from .model import Sentence, Token, _make_tokens
from .registrations import Language

__all__ = ["hard_line_breaks", "split_sentences", "token_pattern", "token_spans", "tokenize"]

# --- tokens -------------------------------------------------------------------------------------

# The common cases first, so that most tokens match the first alternative: a word of letters not
# followed by a character that could continue it into something special, a plain number, and
# plain punctuation.
_FAST = r"""
    \p{L}+(?![\w.@:/'’\-])
  | \d+(?![\w.,:/\-])
  | [,;()\[\]„“”«»‹›‚‘"–—]
  | \.(?!\.)
"""

_URL_END = r"""(?=[.,;:!?'"’”“»«)\]]*(?:\s|$))"""

_SPECIAL = r"""
  | (?:https?|ftp)://[^\s<>"\x1c-\x1f]+?""" + _URL_END + r"""
  | www\.[^\s<>"\x1c-\x1f]+?""" + _URL_END + r"""
  | (?=[\w.+\-]++@)[\w.+\-]*\w(?:\.{3})?@\w[\w\-]*(?:\.\w[\w\-]*)*   # e-mail, "ab...@x.org"
"""

_ABBREVIATIONS = r"""
  | (?=\w[\w.]{0,15}\.)(?<![\w.])(?:
      \L<abbreviations_compact>                                # z.B.
    | (?=\L<abbreviations_spaced>)\w+\.                        # z. B. (the z.)
    | (?<=\L<abbreviations_prefixes>)(?=\L<abbreviations_rests>)\w+\.   # (the B.)
    | \L<abbreviations>\.(?!\.)                                # Dr.
    )
"""

_GENERIC = r"""
  | (?<![\w.])\p{L}(?:\.\p{L})+\.?(?![\w.])                # U.S.  z.B.  e.g.  U.S
  | (?<![\w.])\p{Lu}\.(?=[ \t]*\n?[ \t]*\p{Lu})             # initials: George W. Bush
"""

_REST = r"""
  | \d+(?:[.,:/\-]\d+)*NUMBER_SUFFIX(?:['’]s)?(?:-\w+)*      # 1.000,50  3.5  10:30  4th  5-jährige
  | (?=[\w\-]++\.[\p{Ll}\d])\w[\w\-]*(?:\.[\p{Ll}\d](?:[\w\-]*\w)?)+   # domain, file: a.b.org
  | \w++(?:[-'’]\w++)*+-(?=\s|[,/;)]|\Z)                   # truncated compounds: Ein- und
  | \w+(?:[-'’]\w+)*                                        # words, compounds, don't
  | [.!?]*[!?][.!?]*|\.{2,}                                 # ?!  ...  ..?
  | ([^\w\s\x1c-\x1f])\1+                                           # ... -- `` '' !!!
  | [:;]-?[()DPp](?![\w])                                   # emoticons
  | [^\s\x1c-\x1f]                                         # (Python's isspace() has \x1c-\x1f)
"""


def _abbreviation_lists(entries: Sequence[str]) -> dict[str, list[str]]:
    """Named lists for the abbreviation alternatives of the tokenizer pattern.

    ``abbreviations``: one-part entries ("Dr"); ``abbreviations_compact``: several-part entries
    written without spaces, with their final period ("z.B."); ``abbreviations_spaced``: the same
    written with a space or a line break after each inner period ("z. B."), and for the parts
    after the first, ``abbreviations_prefixes`` (what precedes a part: "z. ") and
    ``abbreviations_rests`` (the part and what follows it: "B.").
    """
    variants: set[str] = set()
    for entry in entries:
        entry = entry.strip().rstrip(".")
        if entry:
            variants.add(entry)
            variants.add(entry[0].upper() + entry[1:])
    lists: dict[str, set[str]] = {
        "abbreviations": set(),
        "abbreviations_compact": set(),
        "abbreviations_spaced": set(),
        "abbreviations_prefixes": set(),
        "abbreviations_rests": set(),
    }
    for entry in variants:
        parts = [part.strip() + "." for part in entry.split(".") if part.strip()]
        if len(parts) == 1:
            lists["abbreviations"].add(parts[0][:-1])
            continue
        lists["abbreviations_compact"].add("".join(parts))
        for separator in (" ", "\n"):
            lists["abbreviations_spaced"].add(separator.join(parts))
            for index in range(1, len(parts)):
                lists["abbreviations_prefixes"].add(separator.join(parts[:index]) + separator)
                lists["abbreviations_rests"].add(separator.join(parts[index:]))
    return {name: sorted(values) or ["\x00"] for name, values in lists.items()}


_match_span = operator.methodcaller("span")


@lru_cache(maxsize=32)
def token_pattern(language: Language) -> regex.Pattern[str]:
    """The compiled tokenizer pattern of a language (cached per language)."""
    lists = _abbreviation_lists(language.lexicon("abbreviations"))
    parts = [_FAST, _SPECIAL, _ABBREVIATIONS, _GENERIC]
    preceding = sorted(
        {w for e in language.lexicon("ordinal_preceding") for w in (e, e[:1].upper() + e[1:])}
    )
    following = sorted(set(language.lexicon("ordinal_following")))
    if preceding or following:
        # Ordinals written "5.": after an ordinal context word, before one, before a lower-case
        # word, or opening a line or a sentence (enumerations).
        parts.append(
            r"""
  | (?=\d{1,3}\.\s)(?:
      (?<=(?<!\w)\L<ordinal_preceding>[ \t]+\n?[ \t]*)\d{1,3}\.
    | \d{1,3}\.(?=\s+(?:\L<ordinal_following>(?!\w)|\p{Ll}))
    | (?<=(?:\A|\n)[ \t]*)\d{1,3}\.(?=[ \t]+\S)
    | (?<=[.!?]['"“”»«]?\s+)\d{1,2}\.(?=[ \t]+\p{Lu})
    )
"""
        )
        lists["ordinal_preceding"] = preceding or ["\x00"]
        lists["ordinal_following"] = following or ["\x00"]
    suffixes = sorted(set(language.lexicon("number_suffixes")), key=len, reverse=True)
    if suffixes:
        lists["number_suffixes"] = suffixes
        parts.append(_REST.replace("NUMBER_SUFFIX", r"(?:\L<number_suffixes>(?!\w))?"))
    else:
        parts.append(_REST.replace("NUMBER_SUFFIX", r"\p{L}*"))
    return regex.compile("".join(parts), regex.VERBOSE | regex.VERSION0, **lists)


def token_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Token character ranges of ``text`` (as :func:`tokenize`, without creating objects)."""
    return [match.span() for match in token_pattern(language).finditer(text)]


def tokenize(text: str, language: Language) -> list[Token]:
    """Tokens of ``text``: half-open character ranges in text order, never overlapping, covering
    every non-space character."""
    return _make_tokens(map(_match_span, token_pattern(language).finditer(text)))


# --- sentences ----------------------------------------------------------------------------------

_TERMINATORS = regex.compile(r"[.!?…]+")
_BLANK_LINE = regex.compile(r"\n[ \t\r\f\v]*\n")
_LINE = regex.compile(r"[^\n]*")
#: Characters that close a sentence after its final punctuation (quotes and brackets).
_CLOSING = frozenset("\"'“”‘’«»‹›)]")
#: First characters of a token that continues the sentence after a period.
_CONTINUING = frozenset(",;:)]}.")
#: How URLs start: a URL after sentence-final punctuation is no lower-case word.
_URL_STARTS = ("http://", "https://", "ftp://", "www.")


@lru_cache(maxsize=32)
def _final_abbreviations(language: Language) -> frozenset[str]:
    entries = language.lexicon("sentence_final_abbreviations")
    return frozenset(e.rstrip(".") + "." for e in entries) | frozenset(
        e[:1].upper() + e[1:].rstrip(".") + "." for e in entries if e
    )


def _is_ellipsis(punctuation: str) -> bool:
    return "…" in punctuation or punctuation.count(".") > 1


#: Emoticons as the tokenizer writes them (":)", ";-P"): one may follow a sentence's final
#: punctuation and belongs to that sentence.
_EMOTICON = regex.compile(r"[:;]-?[()DPp]")

# Boundaries without final punctuation, mostly in e-mails and forum posts. Each rule is a
# pattern whose match ends a sentence (the boundary falls after the last token that starts
# before the end of the match) and whose group ``open``, where it has one, may also start a
# sentence (after a name or an address, see split_sentences). A rule runs only on texts that
# contain one of its trigger strings (none: always). Every pattern starts with a literal
# character (a lookbehind checks what precedes it), which keeps the scan of a news article
# cheap: one alternation of all rules would be several times slower.
_MARKUP_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    # a date with a clock time, as in e-mail headers ("08/16/2000 12:05 PM"): a sentence
    (
        (),
        r"""(?<=(?<![\w.:/])(?P<open>\d{1,4}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{2,4})
            \s+\d{1,2}):\d{2}(?::\d{2})?(?:\s*\L<time_suffixes>(?!\w)|(?![\w.:/]))""",
    ),
    # a URL followed by another URL or a capitalised word
    ((), r"://(?<=(?:https?|ftp)://)\S+(?=\s+(?:https?://|www\.|\p{Lu}))"),
    # an e-mail address or a closing angle bracket (<address>, << File >>) before a
    # capitalised word or a number
    (("@",), r"(?<=[\w.])@\w[\w.\-]*\w(?=\s{1,3}(?:\p{Lu}\p{Ll}|\d))"),
    ((">",), r"(?<=\S\s{0,3})>+(?=\s{1,3}(?:\p{Lu}\p{Ll}|\d))"),
    # an emoticon (":)", ";-P") standing alone before anything but a lower-case word or
    # punctuation (one pattern per first character: a literal first character scans faster)
    ((), r":(?<![^\s.!?]:)-?[()DPp](?=\s+[^\s\p{Ll},;:.!?)])"),
    ((), r";(?<![^\s.!?];)-?[()DPp](?=\s+[^\s\p{Ll},;:.!?)])"),
    # a rule line ("_____", "*****", "=====") is a sentence of its own
    (("_____", "=====", "*****", "-----"), r"(?<!\S)(?P<open>([_=*\-])\2{4,})(?=\s|\Z)"),
)

# What ends a sentence right at the start of a sentence, before a capitalised word: a
# salutation ("Hi,", "Dear All,"), the closing of a letter ("Regards,"), a signature dash
# ("-- Posted by"), a bracketed credit ("(BBC) The ..."). Tried only where a sentence starts
# with one of the first words of these (see _openers), so it costs nothing elsewhere.
_OPENER = r"""
    (?:\L<closings>,|\L<salutations>(?:[ \t]+\w+){0,2},|--|\([^()\n]{1,40}\))
    (?=\s+[\p{Lu}\"“(])
"""


@lru_cache(maxsize=32)
def _letter_lexicons(language: Language) -> dict[str, list[str]]:
    """Named lists for the patterns above: ``closings`` (with lower-case and title-case
    variants), ``salutations`` (capitalised) and ``time_suffixes``."""
    closings: set[str] = set()
    for entry in language.lexicon("closings"):
        closings.update((entry, entry[:1].upper() + entry[1:], entry.lower(), entry.title()))
    salutations = {e[:1].upper() + e[1:] for e in language.lexicon("salutations")}
    return {
        "closings": sorted(closings) or ["\x00"],
        "salutations": sorted(salutations) or ["\x00"],
        "time_suffixes": sorted(set(language.lexicon("time_suffixes"))) or ["\x00"],
    }


@lru_cache(maxsize=32)
def _initials(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word[0] for word in words)


@lru_cache(maxsize=32)
def _openers(language: Language) -> tuple[frozenset[str], regex.Pattern[str]]:
    """The first tokens that may open an :data:`_OPENER` and its compiled pattern."""
    lists = _letter_lexicons(language)
    words = {e.split()[0] for e in lists["closings"] + lists["salutations"] if e.split()}
    pattern = regex.compile(
        _OPENER,
        regex.VERBOSE | regex.VERSION0,
        closings=lists["closings"],
        salutations=lists["salutations"],
    )
    return frozenset(words | {"--", "("}), pattern


@lru_cache(maxsize=32)
def _markup_rules(
    language: Language,
) -> tuple[tuple[tuple[str, ...], regex.Pattern[str], bool], ...]:
    """The compiled :data:`_MARKUP_RULES` of a language: (triggers, pattern, has ``open``)."""
    lists = _letter_lexicons(language)
    rules = []
    for triggers, source in _MARKUP_RULES:
        names = {name: lists[name] for name in lists if f"<{name}>" in source}
        pattern = regex.compile(source, regex.VERBOSE | regex.VERSION0, **names)
        rules.append((triggers, pattern, "open" in pattern.groupindex))
    return tuple(rules)


def hard_line_breaks(text: str) -> list[int]:
    """Positions of the line breaks that end a line on purpose (a headline, a list item).

    Text wrapped at a fixed width (lines of similar length, each broken because the next word
    did not fit) has soft breaks: they are spaces. A text is taken as wrapped when it has at least
    three single line breaks and at least 80 % of them are wrap-like; then only the breaks after
    clearly short lines are hard. Otherwise every single line break is hard.
    """
    breaks: list[tuple[int, int, int]] = []  # (newline position, line length, next word length)
    line_start = 0
    position = text.find("\n")
    while position != -1:
        next_start = position + 1
        line = text[line_start:position].rstrip()
        following = text[next_start : next_start + 200].lstrip(" \t")
        if line.strip() and following and following[0] not in "\r\n":
            word = following.split(None, 1)[0] if following.strip() else ""
            breaks.append((position, len(line), len(word)))
        line_start = next_start
        position = text.find("\n", next_start)
    if len(breaks) < 3:
        return [position for position, _, _ in breaks]
    lengths = sorted(length for _, length, _ in breaks)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    wrap_like = [length + 1 + word > 0.9 * width for _, length, word in breaks]
    if width > 200 or sum(wrap_like) < 0.8 * len(breaks):
        return [position for position, _, _ in breaks]
    return [position for (position, _, _), soft in zip(breaks, wrap_like, strict=True) if not soft]


def split_sentences(text: str, tokens: Sequence[Token], language: Language) -> list[Sentence]:
    """Sentences over ``tokens``, contiguous and covering every token.

    A sentence ends after sentence-final punctuation (a token of only ``.``, ``!``, ``?``, ``…``)
    and the closing quotes or brackets attached to it, unless the next token starts with a
    lower-case letter or continues the sentence (``,`` ``;`` ``:`` ``)``); after an abbreviation
    from ``sentence_final_abbreviations`` followed by an upper-case word; at blank lines; at
    line breaks that are not the soft breaks of wrapped text (headlines carry no final period);
    and where e-mails and forum posts end sentences without punctuation (``_MARKUP_RULES``,
    ``_OPENER``: time stamps, addresses, emoticons, rule lines, salutations, closings).
    """
    count = len(tokens)
    if not count:
        return []
    starts = [token.start for token in tokens]
    ends: set[int] = set()  # indexes of the last token of a sentence
    final_abbreviations = _final_abbreviations(language)
    opener_words, opener = _openers(language)
    opener_initials = _initials(opener_words)
    openers: list[int] = []  # indexes of sentence-initial tokens in opener_words
    bisect_right = bisect.bisect_right
    for match in _TERMINATORS.finditer(text):
        first, last = match.span()
        index = bisect_right(starts, first) - 1
        if index < 0:
            continue
        token = tokens[index]
        if token.end != last:
            continue
        abbreviation = token.start != first
        if abbreviation and text[token.start : token.end] not in final_abbreviations:
            continue
        closed = index
        while (
            index + 1 < count
            and tokens[index + 1].start == tokens[index].end
            and text[tokens[index + 1].start] in _CLOSING
        ):
            index += 1
        if index + 1 >= count:
            break
        next_start = tokens[index + 1].start
        following = text[next_start]
        ellipsis = (last - first > 1 or text[first] == "…") and _is_ellipsis(text[first:last])
        if following in _CONTINUING or (
            # after "?", "!" or ".", a lower-case word starts a new sentence in informal text;
            # not after a closing quote ("Why?" he asked), an ellipsis, an abbreviation or a
            # period glued to the word; a URL is no lower-case word
            following.islower()
            and (
                closed != index
                or abbreviation
                or ellipsis
                or (next_start == last and text[first] == ".")  # "(draft).doc", ".thank"
            )
            and not text.startswith(_URL_STARTS, next_start)
        ):
            continue
        if ellipsis:
            # no end after an ellipsis glued to a word that is not capitalised ("Nazis...70k")
            # or one that opens the text or a line ("...Now comes the fun part")
            if next_start == last and not following.isupper():
                continue
            if not closed or "\n" in text[tokens[closed - 1].end : first]:
                continue
        if following in ":;" and _EMOTICON.fullmatch(text, next_start, tokens[index + 1].end):
            continue  # "Meal!! :-)": the emoticon ends the sentence (see _MARKUP_RULES)
        if abbreviation and not following.isupper():
            continue
        ends.add(index)
        if following in opener_initials and (
            text[next_start : tokens[index + 1].end] in opener_words
        ):
            openers.append(index + 1)
    line_ends = [match.start() for match in _BLANK_LINE.finditer(text)] + hard_line_breaks(text)
    for triggers, pattern, opens in _markup_rules(language):
        for trigger in triggers:
            if trigger in text:
                break
        else:
            if triggers:
                continue
        for match in pattern.finditer(text):
            index = bisect.bisect_left(starts, match.end()) - 1
            following = text[starts[index + 1]] if index + 1 < count else ""
            if following and not (
                following in _CONTINUING
                or (following.islower() and not text.startswith(_URL_STARTS, starts[index + 1]))
            ):
                ends.add(index)
            if opens:
                # after a name or an address ("Kay Mann 04/26/2001 07:17 AM"), not after a
                # lower-case word ("on 08/16/2000"), punctuation ("Termin:") or a word that
                # opens a sentence ("Am 12.03.2019 20:00 Uhr")
                index = bisect.bisect_left(starts, match.start("open")) - 1
                if index < 1 or index - 1 in ends:
                    continue
                word = text[starts[index] : tokens[index].end]
                if (
                    (word[-1].isalnum() or word[-1] == ">")
                    and not (word.isalpha() and word.islower())
                    and "\n" not in text[tokens[index - 1].end : starts[index]]
                ):
                    ends.add(index)
    for position in [*line_ends, 0]:
        index = bisect.bisect_left(starts, position) - 1
        if index >= 0:
            ends.add(index)
        if index + 1 < count and text[starts[index + 1] : tokens[index + 1].end] in opener_words:
            openers.append(index + 1)
    for index in openers:
        match = opener.match(text, starts[index])
        if match:
            ends.add(bisect.bisect_left(starts, match.end()) - 1)
    ends.add(count - 1)
    sentences: list[Sentence] = []
    first_token = 0
    for last_token in sorted(ends):
        sentences.append(
            Sentence(starts[first_token], tokens[last_token].end, first_token, last_token + 1)
        )
        first_token = last_token + 1
    return sentences
