"""The ``brat`` export: brat standoff annotation, a ``.txt`` and an ``.ann`` file per article.

The ``.txt`` file is the article text exactly, so every offset in the ``.ann`` file is the
newskit offset. Open a directory of them in brat (``annotation.conf`` is written beside them)
or import them into INCEpTION ("brat" format) to check and correct the results.

What is written:

- text-bound annotations (``T``): actor mentions typed ``Person``, ``Organization``, ``Place``,
  ``Group`` or ``Actor`` (unknown kind); ``Role`` for an actor's role descriptions; ``Quote``
  for statement content; ``Cue``; ``Date``, ``Time``, ``Duration`` and ``Set`` for time
  expressions;
- relations (``R``): ``Speaker`` (quote -> speaker mention), ``CueOf`` (quote -> cue),
  ``DatedBy`` (quote -> date), ``HasRole`` (first mention -> role);
- ``Equiv`` (``*``) groups the mentions of one actor;
- attributes (``A``): ``Kind`` of a quote (direct, indirect, ...);
- notes (``#``, AnnotatorNotes): a date's TIMEX3 value, an actor's canonical name and id, a
  statement's id.

brat keeps one annotation per line, so a span crossing a line break or a tab is written as a
discontinuous annotation (fragments ``start end;start end``), its text fragments joined by a
space as brat does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

import regex

from ..errors import NewskitError
from ..model import ActorKind, Article, Span, TimexType

__all__ = ["ANNOTATION_CONF", "VISUAL_CONF", "brat_files", "to_ann", "write_brat"]

_ACTOR_TYPES = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANIZATION: "Organization",
    ActorKind.PLACE: "Place",
    ActorKind.GROUP: "Group",
    ActorKind.UNKNOWN: "Actor",
}
_DATE_TYPES = {
    TimexType.DATE: "Date",
    TimexType.TIME: "Time",
    TimexType.DURATION: "Duration",
    TimexType.SET: "Set",
}
_BREAK = regex.compile(r"[\r\n\t\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")

#: The brat collection configuration for newskit's annotation types.
ANNOTATION_CONF = """\
# newskit annotation types (written by `newskit analyze --format brat -o DIR`)
[entities]
Person
Organization
Place
Group
Actor
Role
Quote
Cue
Date
Time
Duration
Set

[relations]
Speaker\tArg1:Quote, Arg2:<ENTITY>
CueOf\tArg1:Quote, Arg2:Cue
DatedBy\tArg1:Quote, Arg2:<ENTITY>
HasRole\tArg1:<ENTITY>, Arg2:Role
Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive

[events]

[attributes]
Kind\tArg:Quote, Value:direct|indirect|free_indirect|reported|mixed
"""

#: Colours for brat's display.
VISUAL_CONF = """\
[labels]
Quote | Quote
Cue | Cue

[drawing]
Person\tbgColor:#ffd27f
Organization\tbgColor:#8fb2ff
Place\tbgColor:#9be39b
Group\tbgColor:#e0b4ff
Actor\tbgColor:#dddddd
Role\tbgColor:#ffe9b3
Quote\tbgColor:#fff2a8
Cue\tbgColor:#ff9f9f
Date\tbgColor:#a8e6ff
Time\tbgColor:#a8e6ff
Duration\tbgColor:#a8e6ff
Set\tbgColor:#a8e6ff
SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken
ARC_DEFAULT\tcolor:black, arrowHead:triangle-5
"""


def _fragments(text: str, spans: Iterable[Span]) -> list[tuple[int, int]]:
    """The spans cut at line breaks and tabs, white space trimmed, empty pieces dropped."""
    pieces: list[tuple[int, int]] = []
    for span in spans:
        start = span.start
        for match in _BREAK.finditer(text, span.start, span.end):
            pieces.append((start, match.start()))
            start = match.end()
        pieces.append((start, span.end))
    trimmed = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def _note(value: str) -> str:
    return _BREAK.sub(" ", value)


class _Ann:
    """Numbers annotations and keeps one T id per (type, spans)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self.ids: dict[tuple[str, tuple[tuple[int, int], ...]], str] = {}
        self.counts = {"T": 0, "R": 0, "A": 0, "#": 0}

    def _next(self, prefix: str) -> str:
        self.counts[prefix] += 1
        return f"{prefix}{self.counts[prefix]}"

    def entity(self, kind: str, spans: Iterable[Span]) -> str | None:
        pieces = tuple(_fragments(self.text, spans))
        if not pieces:
            return None
        key = (kind, pieces)
        if key not in self.ids:
            identifier = self._next("T")
            offsets = ";".join(f"{start} {end}" for start, end in pieces)
            covered = " ".join(self.text[start:end] for start, end in pieces)
            self.lines.append(f"{identifier}\t{kind} {offsets}\t{covered}")
            self.ids[key] = identifier
        return self.ids[key]

    def relation(self, kind: str, first: str | None, second: str | None) -> None:
        if first and second and first != second:
            self.lines.append(f"{self._next('R')}\t{kind} Arg1:{first} Arg2:{second}")

    def attribute(self, kind: str, target: str | None, value: str) -> None:
        if target:
            self.lines.append(f"{self._next('A')}\t{kind} {target} {value}")

    def note(self, target: str | None, value: str) -> None:
        if target and value:
            self.lines.append(f"{self._next('#')}\tAnnotatorNotes {target}\t{_note(value)}")

    def equiv(self, targets: list[str]) -> None:
        distinct = list(dict.fromkeys(targets))
        if len(distinct) > 1:
            self.lines.append("*\tEquiv " + " ".join(distinct))


def to_ann(article: Article) -> str:
    """The brat ``.ann`` text of one article (offsets into ``article.text``)."""
    ann = _Ann(article.text)
    mention_ids: dict[str, list[str]] = {}
    for actor in article.actors:
        kind = _ACTOR_TYPES[actor.kind]
        ids = [i for i in (ann.entity(kind, [span]) for span in actor.mentions) if i]
        mention_ids[actor.id] = ids
        if ids:
            ann.note(ids[0], f"{actor.name} ({actor.id})")
        for role in actor.roles:
            role_id = ann.entity("Role", [role])
            ann.relation("HasRole", ids[0] if ids else None, role_id)
        ann.equiv(ids)
    date_ids: dict[str, str | None] = {}
    for expression in article.dates:
        identifier = ann.entity(_DATE_TYPES[expression.type], [expression.span])
        date_ids[expression.id] = identifier
        ann.note(identifier, _timex_note(expression.value, expression.modifier))
    actors = {actor.id: actor for actor in article.actors}
    for statement in article.statements:
        quote = ann.entity("Quote", statement.content)
        ann.attribute("Kind", quote, statement.kind.value)
        ann.note(quote, statement.id)
        if statement.speaker_mention is not None:
            speaker = actors.get(statement.speaker or "")
            kind = _ACTOR_TYPES[speaker.kind] if speaker else "Actor"
            ann.relation("Speaker", quote, ann.entity(kind, [statement.speaker_mention]))
        if statement.cue is not None:
            ann.relation("CueOf", quote, ann.entity("Cue", [statement.cue]))
        if statement.date is not None:
            date = date_ids.get(statement.date.id)
            if date is None:
                date = ann.entity(_DATE_TYPES[statement.date.type], [statement.date.span])
                ann.note(date, _timex_note(statement.date.value, statement.date.modifier))
            ann.relation("DatedBy", quote, date)
    return "".join(line + "\n" for line in ann.lines)


def _timex_note(value: str, modifier: str | None) -> str:
    return f"value={value}" + (f" mod={modifier}" if modifier else "")


def brat_files(article: Article) -> dict[str, str]:
    """``{".txt": text, ".ann": annotations}`` for one article."""
    return {".txt": article.text, ".ann": to_ann(article)}


def write_brat(articles: Iterable[Article], stream: IO[str]) -> None:
    """brat needs two files per article: writing to one stream is refused with a clear error."""
    raise NewskitError(
        "the brat format writes a .txt and an .ann file per article: give a directory "
        "(-o DIR/) instead of a file or standard output"
    )

