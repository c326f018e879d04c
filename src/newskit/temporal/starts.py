"""How a rule can begin: the FIRST set of a rule template, for dispatching on words.

A rule template (before its placeholders are expanded) is read as a small regular-expression
grammar: sequences, groups with ``|``, quantifiers, lookarounds, escapes, character classes,
literal characters and ``{PLACEHOLDER}`` s. :func:`first_set` returns what the first character of
a match can be: a placeholder (whose lexicon phrases then start the match), a literal prefix
(``"jede"`` for ``jede[nrs]?``), a character class, or a digit. Lookarounds are zero-width and
skipped. Anything the reader does not understand makes the rule start "anywhere", which only
costs speed, never a match.
"""

from __future__ import annotations

import attrs

__all__ = ["Start", "first_set"]


@attrs.frozen
class Start:
    """The ways a rule can begin."""

    placeholders: frozenset[str] = frozenset()  # placeholder source names, lower case
    literals: frozenset[str] = frozenset()  # literal prefixes, lower case
    words: frozenset[str] = frozenset()  # literal whole words (followed by whitespace)
    characters: frozenset[str] = frozenset()  # single characters from classes, lower case
    digit: bool = False
    anywhere: bool = False

    def __or__(self, other: Start) -> Start:
        return Start(
            self.placeholders | other.placeholders,
            self.literals | other.literals,
            self.words | other.words,
            self.characters | other.characters,
            self.digit or other.digit,
            self.anywhere or other.anywhere,
        )


_EMPTY = Start()
_ANYWHERE = Start(anywhere=True)


class _Reader:
    def __init__(self, template: str) -> None:
        self.text = template
        self.position = 0

    def peek(self, offset: int = 0) -> str:
        index = self.position + offset
        return self.text[index] if index < len(self.text) else ""

    # An element is (start, nullable, literal text or None).
    def alternation(self) -> tuple[Start, bool]:
        start, nullable = self.sequence()
        while self.peek() == "|":
            self.position += 1
            other, other_nullable = self.sequence()
            start, nullable = start | other, nullable or other_nullable
        return start, nullable

    def sequence(self) -> tuple[Start, bool]:
        """FIRST set and nullability of a sequence; reads the whole sequence."""
        result = _EMPTY
        prefix = ""  # mandatory literal characters at the start of the sequence
        collecting = True
        done = False
        whole = False  # the literal prefix is followed by whitespace: a whole word
        while self.peek() not in ("", "|", ")"):
            if collecting and prefix and not done and self.text.startswith("\\s", self.position):
                whole = True
            start, nullable, literal = self.element()
            quantifier = self.quantifier()
            if done:
                continue
            if quantifier in ("?", "*"):
                nullable = True
            if collecting and literal is not None and not nullable:
                prefix += literal
                if quantifier == "+":
                    collecting = False
                    done = True
                continue
            if prefix:
                done = True
                continue
            collecting = False
            result = result | start
            if not nullable:
                done = True
        if prefix:
            if whole:
                return result | Start(words=frozenset({prefix.lower()})), False
            return result | Start(literals=frozenset({prefix.lower()})), False
        return result, not done

    def quantifier(self) -> str:
        char = self.peek()
        if char in ("?", "*", "+"):
            self.position += 1
            if self.peek() in ("?", "+"):  # lazy or possessive
                self.position += 1
            return char
        if char == "{" and self.text[self.position + 1 : self.position + 2].isdigit():
            end = self.text.index("}", self.position)
            body = self.text[self.position + 1 : end]
            self.position = end + 1
            return "*" if body.split(",")[0].strip() == "0" else "+"
        return ""

    def element(self) -> tuple[Start, bool, str | None]:
        char = self.peek()
        if char == "(":
            return self.group()
        if char == "[":
            return self.character_class()
        if char == "\\":
            escaped = self.peek(1)
            self.position += 2
            if escaped == "d":
                return Start(digit=True), False, None
            if escaped in ("s", "w", "W", "S", "D"):
                return _ANYWHERE, False, None
            if escaped in ("b", "B"):
                return _EMPTY, True, None
            return Start(characters=frozenset({escaped.lower()})), False, escaped
        if char == "{":
            end = self.text.index("}", self.position)
            name = self.text[self.position + 1 : end].split(":")[0].lower()
            self.position = end + 1
            return Start(placeholders=frozenset({name})), False, None
        if char in (".", "^", "$"):
            self.position += 1
            return (_EMPTY, True, None) if char in "^$" else (_ANYWHERE, False, None)
        self.position += 1
        if char.isdigit():
            return Start(digit=True), False, char
        return Start(characters=frozenset({char.lower()})), False, char

    def group(self) -> tuple[Start, bool, str | None]:
        self.position += 1
        if self.peek() == "?":
            marker = self.text[self.position : self.position + 4]
            if marker.startswith(("?=", "?!", "?<=", "?<!")):
                self.skip_group()
                return _EMPTY, True, None
            if marker.startswith("?P<"):
                self.position = self.text.index(">", self.position) + 1
            elif marker.startswith("?:"):
                self.position += 2
            else:  # inline flags such as (?-i:...)
                colon = self.text.index(":", self.position)
                self.position = colon + 1
        start, nullable = self.alternation()
        if self.peek() == ")":
            self.position += 1
        return start, nullable, None

    def skip_group(self) -> None:
        depth = 1
        while depth and self.position < len(self.text):
            char = self.text[self.position]
            if char == "\\":
                self.position += 2
                continue
            if char == "[":
                self.character_class()
                continue
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            self.position += 1

    def character_class(self) -> tuple[Start, bool, str | None]:
        end = self.position + 1
        if self.text[end : end + 1] == "^":
            end += 1
        if self.text[end : end + 1] == "]":
            end += 1
        while end < len(self.text) and self.text[end] != "]":
            end += 2 if self.text[end] == "\\" else 1
        body = self.text[self.position + 1 : end]
        self.position = end + 1
        if body.startswith("^") or "\\w" in body or "\\s" in body:
            return _ANYWHERE, False, None
        digit = "\\d" in body or any(c.isdigit() for c in body)
        characters = frozenset(c.lower() for c in body.replace("\\d", "") if not c.isdigit())
        return Start(characters=characters, digit=digit), False, None


def first_set(template: str) -> Start:
    """The ways a match of ``template`` can begin (conservative: unknown -> anywhere)."""
    try:
        start, nullable = _Reader(template).alternation()
    except (ValueError, IndexError):
        return _ANYWHERE
    return _ANYWHERE if nullable else start
