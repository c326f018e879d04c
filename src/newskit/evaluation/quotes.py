"""Quotes: score statement attribution on Wikinews-DE (German) or PolNeAR (brat, English).

Both scorers run the newskit pipeline on each document's raw text and compare the statements
with the gold annotations on the corpus's own tokens: every newskit character span is mapped
onto the tokens it overlaps.

``wikinews`` reimplements the official metric of the German quotation attribution dataset
(Petersen-Frey & Biemann 2024, GermEval 2023 SpkAtt): per document, gold and system quotes are
matched one-to-one by the Hungarian algorithm on token-overlap F1 of the quote (+0.01 when the
type agrees, +0.001 when the medium agrees, both only when the quotes overlap); an unmatched
quote pairs with an empty one. For each pair and each role (quote, addressee, cue, frame,
speaker) the token TP/FP/FN are counted; the precision of a role is the mean of TP/(TP+FP) over
the pairs whose system side has tokens for it, the recall the mean of TP/(TP+FN) over the pairs
whose gold side has tokens for it. "Messages" is the quote role, "Roles" pools addressee, cue,
frame and speaker, "Joint" pools all five; F1 is the harmonic mean of the pooled P and R. The
simplified variant keeps only gold quotes with ``isNested == false`` and scores the speaker role.

``brat`` scores PolNeAR: gold and system attributions are matched one-to-one by the Hungarian
algorithm on token-overlap F1 of the content; a pair counts as a content match when that F1 is
at least ``--threshold`` (default 0.5), and exactly when the token sets are equal. Source and cue
are scored on the matched pairs (any token overlap, and exact), P over system attributions with
that role, R over gold ones.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..errors import InputError
from ..model import Article, Span, Statement, StatementKind

FORMATS: dict[str, str] = {
    "wikinews": "German Wikinews quotation attribution JSON (a folder of *.json files)",
    "brat": "PolNeAR brat standoff (a folder with text/*.txt and attributions/*.ann)",
}

ROLES = ("quote", "addressee", "cue", "frame", "speaker")

#: newskit statement kind -> Wikinews type. A free indirect statement that continues a speaker
#: introduced earlier (it has a speaker) is Wikinews' "IndirectFreeIndirect"; without a speaker
#: ("soll ... haben") it is "FreeIndirect". Mixed (indirect with a verbatim part) is "Indirect".
KIND_TO_WIKINEWS: dict[StatementKind, str] = {
    StatementKind.DIRECT: "Direct",
    StatementKind.INDIRECT: "Indirect",
    StatementKind.MIXED: "Indirect",
    StatementKind.FREE_INDIRECT: "IndirectFreeIndirect",
    StatementKind.REPORTED: "Reported",
}

_QUOTE_MARKS = "„“”\"»«‚‘’‹›'"
_DOCUMENT_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="folder with the corpus split (e.g. .../wikinews-de-2024/dev)")
    parser.add_argument(
        "--format",
        required=True,
        choices=sorted(FORMATS),
        help="corpus format: " + "; ".join(f"{name}: {text}" for name, text in FORMATS.items()),
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        help="brat: token-overlap F1 at which a content counts as found (default 0.5)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not path.is_dir():
        raise InputError(f"{path}: not a folder (expected a corpus split such as .../dev)")
    if args.format == "wikinews":
        result = evaluate_wikinews(path, limit=args.limit)
        text = format_wikinews(result)
    else:
        result = evaluate_brat(path, limit=args.limit, threshold=args.threshold)
        text = format_brat(result)
    if args.json:
        json.dump(result, sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text)
    return 0


# --- shared helpers -----------------------------------------------------------------------------


class TokenMap:
    """Maps character spans onto the indexes of a corpus's tokens (every token that overlaps)."""

    def __init__(self, starts: Sequence[int], ends: Sequence[int], ids: Sequence[Any]) -> None:
        order = sorted(range(len(starts)), key=lambda i: starts[i])
        self.starts = [starts[i] for i in order]
        self.ends = [ends[i] for i in order]
        self.ids = [ids[i] for i in order]

    def tokens(self, spans: Iterable[Span]) -> frozenset[Any]:
        found: set[Any] = set()
        for span in spans:
            if span.end <= span.start:
                continue
            index = bisect.bisect_right(self.starts, span.start) - 1
            index = max(index, 0)
            while index < len(self.starts) and self.starts[index] < span.end:
                if self.ends[index] > span.start:
                    found.add(self.ids[index])
                index += 1
        return frozenset(found)


def with_quote_marks(text: str, spans: Sequence[Span]) -> tuple[Span, ...]:
    """Direct content spans widened by the quotation marks right around them (gold Direct spans
    include the marks; newskit content does not); a doubled apostrophe ('') counts as one
    mark."""
    if not spans:
        return ()
    first, last = spans[0], spans[-1]
    start = (
        first.start - 1
        if first.start > 0 and text[first.start - 1] in _QUOTE_MARKS
        else first.start
    )
    if start < first.start and start > 0 and text[start - 1 : start + 1] == "''":
        start -= 1  # a doubled apostrophe is one mark (''…'', NYT style): both characters
    end = last.end + 1 if last.end < len(text) and text[last.end] in _QUOTE_MARKS else last.end
    if end > last.end and end < len(text) and text[end - 1 : end + 1] == "''":
        end += 1
    return (
        (Span(start, first.end), *spans[1:-1], Span(last.start, end))
        if len(spans) > 1
        else (Span(start, end),)
    )


def overlap_f1(gold: frozenset[Any], system: frozenset[Any]) -> float:
    common = len(gold & system)
    if not common:
        return 0.0
    return 2 * common / (len(gold) + len(system))


def _assign(matrix: list[list[float]]) -> list[tuple[int, int]]:
    """One-to-one pairs (row, column) maximising the total; only pairs with a positive score."""
    if not matrix or not matrix[0]:
        return []
    from scipy.optimize import linear_sum_assignment  # heavy: imported when scoring

    rows, columns = linear_sum_assignment(matrix, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, columns, strict=True) if matrix[r][c] > 0]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _prf(precisions: list[float], recalls: list[float]) -> dict[str, float]:
    p, r = _mean(precisions), _mean(recalls)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": 100 * p, "r": 100 * r, "f1": 100 * f}


def _pipeline() -> Any:
    from ..pipeline import Pipeline

    return Pipeline(load_entrypoints=False)


# --- Wikinews-DE --------------------------------------------------------------------------------


def wikinews_type(statement: Statement) -> str:
    if statement.kind is StatementKind.FREE_INDIRECT and statement.speaker is None:
        return "FreeIndirect"
    return KIND_TO_WIKINEWS[statement.kind]


def system_groups(article: Article, tokens: TokenMap) -> list[dict[str, Any]]:
    """newskit statements as Wikinews annotation groups (role -> token ids, type)."""
    groups = []
    for statement in article.statements:
        content = statement.content
        if statement.kind is StatementKind.DIRECT:
            content = with_quote_marks(article.text, content)
        roles = {
            "quote": tokens.tokens(content),
            "speaker": tokens.tokens(
                [statement.speaker_mention] if statement.speaker_mention else []
            ),
            "cue": tokens.tokens([statement.cue] if statement.cue else []),
            "frame": tokens.tokens([statement.frame] if statement.frame else []),
            "addressee": tokens.tokens([statement.addressee] if statement.addressee else []),
        }
        roles["frame"] = roles["frame"] - roles["quote"]
        if statement.kind is StatementKind.REPORTED:
            # the corpus marks no cue or frame for reported speech acts (the verb is inside the
            # quote span); newskit keeps the verb as the cue
            roles["cue"] = roles["frame"] = frozenset()
        groups.append(
            {"roles": roles, "type": wikinews_type(statement), "medium": None, "nested": False}
        )
        # a partial quote inside indirect speech is a nested Direct quote in the corpus
        for part in statement.verbatim:
            nested = dict(roles)
            nested["quote"] = tokens.tokens(with_quote_marks(article.text, (part,)))
            nested["frame"] = frozenset()
            groups.append({"roles": nested, "type": "Direct", "medium": None, "nested": True})
    return groups


def gold_groups(document: dict[str, Any]) -> list[dict[str, Any]]:
    groups = []
    for annotation in document.get("annotations", []):
        roles = {}
        for role in ROLES:
            value = annotation.get(role) or {}
            roles[role] = frozenset(value.get("tokenIds", []) if isinstance(value, dict) else [])
        groups.append(
            {
                "roles": roles,
                "type": annotation.get("type"),
                "medium": annotation.get("medium"),
                "nested": bool(annotation.get("isNested")),
            }
        )
    return groups


def match_groups(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    """Pairs (gold or None, system or None) by the official assignment."""
    matrix = []
    for g in gold:
        row = []
        for s in system:
            score = overlap_f1(g["roles"]["quote"], s["roles"]["quote"])
            if score > 0:
                score += 0.01 * (g["type"] == s["type"]) + 0.001 * (g["medium"] == s["medium"])
            row.append(score)
        matrix.append(row)
    pairs = _assign(matrix)
    used_gold = {r for r, _ in pairs}
    used_system = {c for _, c in pairs}
    result: list[tuple[Any, Any]] = [(gold[r], system[c]) for r, c in pairs]
    result += [(g, None) for i, g in enumerate(gold) if i not in used_gold]
    result += [(None, s) for j, s in enumerate(system) if j not in used_system]
    return result


class _RoleScores:
    def __init__(self) -> None:
        self.precision: dict[str, list[float]] = {role: [] for role in ROLES}
        self.recall: dict[str, list[float]] = {role: [] for role in ROLES}

    def add(self, gold: Any, system: Any, roles: Iterable[str] = ROLES) -> None:
        empty: frozenset[Any] = frozenset()
        for role in roles:
            g = gold["roles"][role] if gold else empty
            s = system["roles"][role] if system else empty
            tp = len(g & s)
            if s:
                self.precision[role].append(tp / len(s))
            if g:
                self.recall[role].append(tp / len(g))

    def pooled(self, roles: Iterable[str]) -> dict[str, float]:
        roles = tuple(roles)
        return _prf(
            [v for role in roles for v in self.precision[role]],
            [v for role in roles for v in self.recall[role]],
        )


def _wikinews_documents(path: Path) -> list[Path]:
    files = sorted(path.glob("*.json"))
    if not files:
        raise InputError(f"{path}: no *.json files (expected a Wikinews-DE split folder)")
    return files


def document_date(name: str) -> dt.date | None:
    match = _DOCUMENT_DATE.search(name or "")
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def evaluate_wikinews(
    path: Path, *, limit: int | None = None, pipeline: Any = None
) -> dict[str, Any]:
    """Score newskit on a folder of Wikinews-DE documents; figures in percent."""
    pipeline = pipeline or _pipeline()
    scores, simplified = _RoleScores(), _RoleScores()
    by_type: dict[str, Counter[str]] = {}
    overlaps: dict[str, float] = {}  # summed quote overlap per gold type
    type_total = type_correct = 0
    documents = 0
    for file in _wikinews_documents(path)[:limit]:
        try:
            document = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(f"{file}: not a Wikinews-DE JSON document ({error})") from error
        text = document.get("originalText", "")
        article = pipeline.analyze(
            Article.from_text(
                text,
                id=file.stem,
                language="de",
                published=document_date(document.get("documentName", "")),
            )
        )
        tokens = document.get("tokens", [])
        token_map = TokenMap(
            [t["charBegin"] for t in tokens],
            [t["charEnd"] for t in tokens],
            [t["id"] for t in tokens],
        )
        gold = gold_groups(document)
        system = system_groups(article, token_map)
        documents += 1
        for g, s in match_groups(gold, system):
            scores.add(g, s)
            kind = g["type"] if g else "(spurious)"
            counts = by_type.setdefault(kind, Counter())
            counts["gold" if g else "system"] += 1
            if g and s:
                counts["found"] += 1
                overlaps[kind] = overlaps.get(kind, 0.0) + overlap_f1(
                    g["roles"]["quote"], s["roles"]["quote"]
                )
                type_total += 1
                type_correct += g["type"] == s["type"]
                counts["type_ok"] += g["type"] == s["type"]
                counts["speaker_ok"] += bool(g["roles"]["speaker"] & s["roles"]["speaker"]) or (
                    not g["roles"]["speaker"] and not s["roles"]["speaker"]
                )
        # simplified: only non-nested gold quotes, speaker role
        plain = [g for g in gold if not g["nested"]]
        for g, s in match_groups(plain, [s for s in system if not s["nested"]]):
            simplified.add(g, s, roles=("quote", "speaker"))
    return {
        "documents": documents,
        "messages": scores.pooled(["quote"]),
        "roles": scores.pooled(["addressee", "cue", "frame", "speaker"]),
        "joint": scores.pooled(ROLES),
        "per_role": {role: scores.pooled([role]) for role in ROLES},
        "simplified": {
            "messages": simplified.pooled(["quote"]),
            "speaker": simplified.pooled(["speaker"]),
        },
        "type_accuracy": 100 * type_correct / type_total if type_total else 0.0,
        "by_type": {
            kind: {
                "gold": c["gold"],
                "found": c["found"],
                "spurious": c["system"],
                "recall": 100 * c["found"] / c["gold"] if c["gold"] else 0.0,
                "mean_overlap": 100 * overlaps.get(kind, 0.0) / c["found"] if c["found"] else 0.0,
                "type_ok": c["type_ok"],
                "speaker_ok": c["speaker_ok"],
            }
            for kind, c in sorted(by_type.items())
        },
    }


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _prf_row(name: str, values: dict[str, float]) -> list[str]:
    return [name, f"{values['p']:.1f}", f"{values['r']:.1f}", f"{values['f1']:.1f}"]


def format_wikinews(result: dict[str, Any]) -> str:
    rows = [["Wikinews-DE", "P", "R", "F1"]]
    rows.append(_prf_row("Messages", result["messages"]))
    rows.append(_prf_row("Roles", result["roles"]))
    rows.append(_prf_row("Joint", result["joint"]))
    for role in ROLES:
        rows.append(_prf_row(f"  {role}", result["per_role"][role]))
    rows.append(_prf_row("Simplified messages", result["simplified"]["messages"]))
    rows.append(_prf_row("Simplified speaker", result["simplified"]["speaker"]))
    out = f"{result['documents']} documents\n" + _table(rows)
    out += f"\ntype accuracy (matched quotes): {result['type_accuracy']:.1f}\n\n"
    rows = [
        ["gold type", "gold", "found", "recall", "overlap", "type ok", "speaker ok", "spurious"]
    ]
    for kind, c in result["by_type"].items():
        rows.append(
            [
                kind,
                str(c["gold"]),
                str(c["found"]),
                f"{c['recall']:.1f}",
                f"{c['mean_overlap']:.1f}",
                str(c["type_ok"]),
                str(c["speaker_ok"]),
                str(c["spurious"]),
            ]
        )
    return out + _table(rows)


# --- PolNeAR (brat) -----------------------------------------------------------------------------

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def read_brat(annotation: str) -> list[dict[str, tuple[Span, ...]]]:
    """Attributions of one brat ``.ann`` file: role name (lowercase) -> spans."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events = []
    for line in annotation.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, ranges = parts[1].partition(" ")
            pieces = []
            for piece in ranges.split(";"):
                start, _, end = piece.strip().partition(" ")
                if start.isdigit() and end.isdigit():
                    pieces.append(Span(int(start), int(end)))
            spans[parts[0]] = (label, tuple(pieces))
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) >= 2:
                events.append(parts[1].split())
    attributions = []
    for arguments in events:
        roles: dict[str, tuple[Span, ...]] = {}
        for argument in arguments:
            role, _, target = argument.partition(":")
            role = re.sub(r"\d+$", "", role).lower()
            if role == "attribution" or target not in spans:
                continue
            roles[role] = roles.get(role, ()) + spans[target][1]
        if roles.get("content"):
            attributions.append(roles)
    return attributions


def evaluate_brat(
    path: Path, *, limit: int | None = None, threshold: float = 0.5, pipeline: Any = None
) -> dict[str, Any]:
    """Score newskit (English) on a PolNeAR split folder; figures in percent."""
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{path}: expected the folders text/ and attributions/ (PolNeAR split)")
    pipeline = pipeline or _pipeline()
    annotations: dict[str, Path] = {}
    for file in sorted(ann_dir.glob("*.ann")):
        stem = file.stem.rsplit("_", 1)[0]
        annotations.setdefault(stem, file)  # the first annotator in sorted order
    counts: Counter[str] = Counter()
    documents = 0
    for stem, ann in sorted(annotations.items())[:limit]:
        text_file = text_dir / f"{stem}.txt"
        if not text_file.exists():
            continue
        text = text_file.read_text(encoding="utf-8")
        words = [m.span() for m in _WORD.finditer(text)]
        token_map = TokenMap([s for s, _ in words], [e for _, e in words], list(range(len(words))))
        gold = [
            {role: token_map.tokens(spans) for role, spans in roles.items()}
            for roles in read_brat(ann.read_text(encoding="utf-8"))
        ]
        article = pipeline.analyze(Article.from_text(text, id=stem, language="en"))
        system = [
            {
                "content": token_map.tokens(
                    # each quote with its own marks ("“A,” he said. “B.”" is one attribution)
                    [w for c in s.content for w in with_quote_marks(text, [c])]
                    if s.kind is StatementKind.DIRECT
                    else s.content
                ),
                "source": token_map.tokens([s.speaker_mention] if s.speaker_mention else []),
                "cue": token_map.tokens([s.cue] if s.cue else []),
            }
            for s in _one_per_attribution(article.statements)
        ]
        documents += 1
        counts["gold"] += len(gold)
        counts["system"] += len(system)
        for role in ("source", "cue"):
            counts[f"gold_{role}"] += sum(1 for g in gold if g.get(role))
            counts[f"system_{role}"] += sum(1 for s in system if s.get(role))
        matrix = [[overlap_f1(g["content"], s["content"]) for s in system] for g in gold]
        for r, c in _assign(matrix):
            g, s = gold[r], system[c]
            if matrix[r][c] < threshold:
                continue
            counts["content_overlap"] += 1
            counts["content_exact"] += g["content"] == s["content"]
            for role in ("source", "cue"):
                gr, sr = g.get(role, frozenset()), s.get(role, frozenset())
                if gr and sr:
                    counts[f"{role}_overlap"] += bool(gr & sr)
                    counts[f"{role}_exact"] += gr == sr

    def prf(found: int, system: int, gold: int) -> dict[str, float]:
        p = found / system if system else 0.0
        r = found / gold if gold else 0.0
        return {"p": 100 * p, "r": 100 * r, "f1": 100 * (2 * p * r / (p + r) if p + r else 0.0)}

    result: dict[str, Any] = {
        "documents": documents,
        "gold": counts["gold"],
        "system": counts["system"],
        "threshold": threshold,
    }
    result["content_overlap"] = prf(counts["content_overlap"], counts["system"], counts["gold"])
    result["content_exact"] = prf(counts["content_exact"], counts["system"], counts["gold"])
    for role in ("source", "cue"):
        for mode in ("overlap", "exact"):
            result[f"{role}_{mode}"] = prf(
                counts[f"{role}_{mode}"], counts[f"system_{role}"], counts[f"gold_{role}"]
            )
    return result


def _one_per_attribution(statements: Sequence[Statement]) -> list[Statement]:
    """PolNeAR puts all the quotes a source utters under one frame into one attribution
    ("“A,” he said. “B.”"): join a quote that shares the previous statement's speaker and cue,
    or continues it without a cue of its own."""
    joined: list[Statement] = []
    for statement in statements:
        last = joined[-1] if joined else None
        if (
            last is not None
            and statement.kind is StatementKind.DIRECT
            and last.kind is StatementKind.DIRECT
            and (statement.cue is None or statement.cue == last.cue)
            and statement.speaker == last.speaker
        ):
            joined[-1] = attrs.evolve(last, content=last.content + statement.content)
        else:
            joined.append(statement)
    return joined


def format_brat(result: dict[str, Any]) -> str:
    rows = [["PolNeAR", "P", "R", "F1"]]
    for key in (
        "content_overlap",
        "content_exact",
        "source_overlap",
        "source_exact",
        "cue_overlap",
        "cue_exact",
    ):
        rows.append(_prf_row(key.replace("_", " "), result[key]))
    return (
        f"{result['documents']} documents, {result['gold']} gold and {result['system']} "
        f"system attributions (content match: token-overlap F1 >= {result['threshold']})\n"
        + _table(rows)
    )
