"""Dates: temporal expressions scored TempEval-3 style (TimeML TIMEX3 or inline TIMEX2).

Formats:

* ``timeml``: TimeML ``.tml`` files (TempEval-3, TimeBank, AQUAINT). The document creation time
  is the ``<DCT>`` TIMEX3; the text is the content of ``<TEXT>`` with every tag removed (offsets
  are tracked while tags are stripped and entities decoded), and its TIMEX3 elements are gold.
* ``timex2``: inline TIMEX2 files such as WikiWarsDE ``keyinline/``. The DCT is the
  ``<DATETIME>`` TIMEX2; gold are the outermost TIMEX2 elements inside ``<TEXT>`` (nested ones are
  not scored, as the TIMEX2 scorer scores each tagged extent once); their ``val`` is compared with
  newskit's TIMEX3 value.

Metrics (TempEval-3): system and gold expressions are paired one-to-one, exact matches first,
then overlapping ones in text order. *Strict* F1 counts exact-extent pairs, *relaxed* F1 all
overlapping pairs; *value* F1 and *type* F1 count relaxed pairs whose value (type) is equal, over
all system (precision) and all gold (recall) expressions.

``--anchor`` chooses the anchoring (``published``: the DCT; ``narrative``: the last date the text
mentioned; the default is ``published`` for ``timeml`` and ``narrative`` for ``timex2``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import regex
from attrs import field, frozen

from ..errors import InputError, UnknownFormatError

__all__ = [
    "Document",
    "GoldTimex",
    "Scores",
    "read_timeml",
    "read_timex2",
    "score",
]

FORMATS: dict[str, str] = {
    "timeml": "TimeML .tml files with TIMEX3 (TempEval-3 TBAQ); DCT from <DCT>",
    "timex2": "inline TIMEX2 files (WikiWarsDE keyinline); DCT from <DATETIME>",
}

_TAG = regex.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>|&#?[A-Za-z0-9]+;")
_ATTRIBUTE = regex.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')


@frozen
class GoldTimex:
    """A gold expression: character span in the document text, value and type."""

    start: int
    end: int
    value: str
    type: str = "DATE"


def _gold_tuple(items: Iterable[GoldTimex]) -> tuple[GoldTimex, ...]:
    return tuple(items)


@frozen
class Document:
    """One evaluation document: plain text, creation date and gold expressions."""

    name: str
    text: str
    dct: dt.date | None
    gold: tuple[GoldTimex, ...] = field(converter=_gold_tuple)


_SHORT_WEEK = regex.compile(r"^(\d{4}-W)(\d)(?!\d)")


def canonical_value(value: str) -> str:
    """A gold value in the canonical ISO 8601 spelling TIMEX3 uses: week numbers have two
    digits (some TBAQ documents write ``2000-W7`` for ``2000-W07``, the same week)."""
    return _SHORT_WEEK.sub(r"\g<1>0\g<2>", value)


def _strip(markup: str, element: str) -> tuple[str, list[GoldTimex]]:
    """Plain text of ``markup`` and the outermost ``element`` tags as gold expressions."""
    out: list[str] = []
    length = 0
    gold: list[GoldTimex] = []
    stack: list[tuple[int, dict[str, str]]] = []
    position = 0
    for found in _TAG.finditer(markup):
        chunk = markup[position : found.start()]
        out.append(chunk)
        length += len(chunk)
        position = found.end()
        token = found.group()
        if token.startswith("&"):
            decoded = html.unescape(token)
            out.append(decoded)
            length += len(decoded)
            continue
        closing, name, attributes, selfclosing = found.groups()
        if name.upper() != element or selfclosing:
            continue
        if not closing:
            stack.append((length, dict(_ATTRIBUTE.findall(attributes))))
        elif stack:
            start, attrs = stack.pop()
            if not stack and length > start:
                value = canonical_value(attrs.get("value", attrs.get("val", "")))
                gold.append(GoldTimex(start, length, value, attrs.get("type", "DATE")))
    out.append(markup[position:])
    gold.sort(key=lambda g: (g.start, g.end))
    return "".join(out), gold


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _element(markup: str, name: str) -> str | None:
    found = regex.search(rf"<{name}\b[^>]*>(.*?)</{name}>", markup, regex.DOTALL)
    return found.group(1) if found else None


def read_timeml(path: Path) -> Document:
    """A TimeML document: the ``<TEXT>`` content, its TIMEX3s and the ``<DCT>``."""
    markup = path.read_text(encoding="utf-8")
    body = _element(markup, "TEXT")
    if body is None:
        raise InputError(f"{path}: no <TEXT> element; is this a TimeML file?")
    dct_markup = _element(markup, "DCT") or ""
    dct_attrs = dict(_ATTRIBUTE.findall(dct_markup))
    text, gold = _strip(body, "TIMEX3")
    return Document(path.name, text, _date(dct_attrs.get("value")), gold)


def read_timex2(path: Path) -> Document:
    """An inline TIMEX2 document: the ``<TEXT>`` content, its outer TIMEX2s and the DCT."""
    markup = path.read_text(encoding="utf-8")
    body = _element(markup, "TEXT")
    if body is None:
        raise InputError(f"{path}: no <TEXT> element; is this an inline TIMEX2 file?")
    head = _element(markup, "DATETIME") or ""
    head_attrs = dict(_ATTRIBUTE.findall(head))
    text, gold = _strip(body, "TIMEX2")
    return Document(path.name, text, _date(head_attrs.get("val")), gold)


READERS = {"timeml": (read_timeml, (".tml",)), "timex2": (read_timex2, (".xml",))}


@frozen
class Scores:
    """Counts for the four TempEval-3 measures."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        return (self.gold, self.system, self.strict, self.relaxed, self.value, self.type)

    def prf(self, name: str) -> tuple[float, float, float]:
        hits = getattr(self, name)
        precision = hits / self.system if self.system else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return 100 * precision, 100 * recall, 100 * f1


def pair(
    gold: Sequence[GoldTimex], system: Sequence[GoldTimex]
) -> list[tuple[GoldTimex, GoldTimex]]:
    """One-to-one pairs: exact extents first, then overlapping ones in text order."""
    pairs: list[tuple[GoldTimex, GoldTimex]] = []
    used_gold: set[int] = set()
    used_system: set[int] = set()
    exact = {(g.start, g.end): i for i, g in enumerate(gold)}
    for j, s in enumerate(system):
        i = exact.get((s.start, s.end))
        if i is not None and i not in used_gold:
            pairs.append((gold[i], s))
            used_gold.add(i)
            used_system.add(j)
    for j, s in enumerate(system):
        if j in used_system:
            continue
        for i, g in enumerate(gold):
            if i not in used_gold and g.start < s.end and s.start < g.end:
                pairs.append((g, s))
                used_gold.add(i)
                used_system.add(j)
                break
    return pairs


def score(gold: Sequence[GoldTimex], system: Sequence[GoldTimex]) -> Scores:
    """TempEval-3 counts for one document."""
    pairs = pair(gold, system)
    return Scores(
        gold=len(gold),
        system=len(system),
        strict=sum(g.start == s.start and g.end == s.end for g, s in pairs),
        relaxed=len(pairs),
        value=sum(g.value == s.value for g, s in pairs),
        type=sum(g.type == s.type for g, s in pairs),
    )


def documents(path: Path, format: str) -> list[Document]:
    """Read one file or every file of the format under a directory (sorted)."""
    if format not in READERS:
        raise UnknownFormatError(
            f"unknown dates evaluation format {format!r}: expected one of {', '.join(FORMATS)}"
        )
    reader, suffixes = READERS[format]
    if not path.exists():
        raise InputError(f"no such file or directory: {path}")
    files = (
        [path]
        if path.is_file()
        else sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in suffixes)
    )
    if not files:
        raise InputError(f"{path}: no {'/'.join(suffixes)} files found for format {format!r}")
    return [reader(file) for file in files]


def system_timexes(document: Document, language: Any, anchor: str) -> list[GoldTimex]:
    """newskit's expressions for a document, in the gold's shape."""
    from ..temporal import tag

    return [
        GoldTimex(t.span.start, t.span.end, t.value, t.type.value)
        for t in tag(document.text, language, published=document.dct, anchor=anchor)
    ]


def evaluate(
    docs: Iterable[Document], language: Any, anchor: str, errors: list[dict[str, Any]] | None = None
) -> tuple[Scores, float]:
    """Total counts over documents and the seconds newskit spent tagging."""
    total = Scores()
    seconds = 0.0
    for document in docs:
        began = time.perf_counter()
        system = system_timexes(document, language, anchor)
        seconds += time.perf_counter() - began
        total = total + score(document.gold, system)
        if errors is not None:
            errors.extend(_differences(document, system))
    return total, seconds


def _differences(document: Document, system: Sequence[GoldTimex]) -> list[dict[str, Any]]:
    pairs = pair(document.gold, system)
    paired_gold = {id(g) for g, _ in pairs}
    paired_system = {id(s) for _, s in pairs}
    text = document.text
    out: list[dict[str, Any]] = []
    for g, s in pairs:
        if g.value != s.value or (g.start, g.end) != (s.start, s.end):
            out.append(
                {
                    "doc": document.name,
                    "gold": text[g.start : g.end],
                    "gold_value": g.value,
                    "system": text[s.start : s.end],
                    "system_value": s.value,
                    "dct": str(document.dct),
                }
            )
    for g in document.gold:
        if id(g) not in paired_gold:
            out.append(
                {
                    "doc": document.name,
                    "gold": text[g.start : g.end],
                    "gold_value": g.value,
                    "system": None,
                    "system_value": None,
                    "dct": str(document.dct),
                }
            )
    for s in system:
        if id(s) not in paired_system:
            out.append(
                {
                    "doc": document.name,
                    "gold": None,
                    "gold_value": None,
                    "system": text[s.start : s.end],
                    "system_value": s.value,
                    "dct": str(document.dct),
                }
            )
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a file or a directory of files")
    parser.add_argument(
        "--format",
        required=True,
        choices=sorted(FORMATS),
        help="; ".join(f"{k}: {v}" for k, v in FORMATS.items()),
    )
    parser.add_argument("--language", help="language code (default: en for timeml, de for timex2)")
    parser.add_argument(
        "--anchor",
        choices=("published", "narrative"),
        help="anchoring of relative expressions (default: published for timeml, "
        "narrative for timex2)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also list the first N differences from the gold standard",
    )


def _language(code: str) -> Any:
    from ..pipeline import Pipeline

    return Pipeline(load_entrypoints=False).language_for(code)


def run(args: argparse.Namespace) -> int:
    language_code = args.language or ("de" if args.format == "timex2" else "en")
    anchor = args.anchor or ("narrative" if args.format == "timex2" else "published")
    docs = documents(args.path, args.format)
    language = _language(language_code)
    errors: list[dict[str, Any]] | None = [] if args.errors else None
    total, seconds = evaluate(docs, language, anchor, errors)
    rows = {name: total.prf(name) for name in ("strict", "relaxed", "value", "type")}
    if args.json:
        json.dump(
            {
                "format": args.format,
                "language": language_code,
                "anchor": anchor,
                "documents": len(docs),
                "gold": total.gold,
                "system": total.system,
                "seconds": round(seconds, 4),
                **{
                    name: {"precision": round(p, 2), "recall": round(r, 2), "f1": round(f, 2)}
                    for name, (p, r, f) in rows.items()
                },
                **({"errors": errors[: args.errors]} if errors is not None else {}),
            },
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
        return 0
    print(
        f"{len(docs)} documents, {total.gold} gold and {total.system} system expressions "
        f"({args.format}, language {language_code}, anchor {anchor}; tagging {seconds:.3f} s)"
    )
    print(f"{'measure':<10}{'P':>8}{'R':>8}{'F1':>8}")
    for name, (p, r, f) in rows.items():
        print(f"{name:<10}{p:8.2f}{r:8.2f}{f:8.2f}")
    if errors:
        print()
        for item in errors[: args.errors]:
            print(
                f"{item['doc']} [{item['dct']}]  gold {item['gold']!r}={item['gold_value']}  "
                f"system {item['system']!r}={item['system_value']}"
            )
    return 0
