"""Actors: score actor recognition as named-entity recognition on GermEval 2014 (German).

GermEval 2014 gives sentences as tokens (``index token outer inner``, BIO tags). Each sentence's
text is its tokens joined by spaces; the newskit pipeline runs on it as one article with the
corpus's own tokens and one sentence, and every actor mention whose start and end fall on token
boundaries becomes a predicted entity typed by its actor's kind: person -> PER, organization ->
ORG, place -> LOC. Groups ("die Ukrainer") and unknown actors are not scored (GermEval tags such
words as ``LOCderiv`` or not at all), nor are pronouns. A mention covering part of a token
("US" in "US-Präsident") corresponds to GermEval's ``*part`` labels, which are not scored; it is
left out. Gold entities are the outer PER, ORG and LOC spans (not ``deriv``/``part``, not OTH);
a prediction counts only when its span and type match exactly (strict).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..errors import InputError
from ..hookspecs import hookimpl
from ..model import ActorKind, Article, Sentence, Token

FORMATS: dict[str, str] = {
    "germeval": "GermEval 2014 NER TSV (index, token, outer tag, inner tag)",
}

TYPES = ("PER", "ORG", "LOC")

KIND_TO_TYPE: dict[ActorKind, str] = {
    ActorKind.PERSON: "PER",
    ActorKind.ORGANIZATION: "ORG",
    ActorKind.PLACE: "LOC",
}

#: Plugins that add nothing to actor recognition: blocked to keep the evaluation fast.
_BLOCK = ("newskit.default_plugins.quotes", "newskit.default_plugins.dates")


@attrs.frozen
class NerSentence:
    """One corpus sentence: tokens and gold entities ``(first token, end token, type)``."""

    tokens: tuple[str, ...]
    entities: frozenset[tuple[int, int, str]]
    source: str = ""


def read_germeval(path: Path) -> Iterator[NerSentence]:
    """Sentences of a GermEval 2014 TSV file."""
    try:
        stream = path.open(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    with stream:
        tokens: list[str] = []
        tags: list[str] = []
        source = ""
        for number, line in enumerate(stream, start=1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                source = line[1:].strip()
                continue
            if not line.strip():
                if tokens:
                    yield NerSentence(tuple(tokens), _entities(tags), source)
                tokens, tags = [], []
                continue
            fields = line.split("\t")
            if len(fields) < 3:
                raise InputError(
                    f"{path}:{number}: expected 'index<TAB>token<TAB>outer tag', received {line!r}"
                )
            tokens.append(fields[1])
            tags.append(fields[2])
        if tokens:
            yield NerSentence(tuple(tokens), _entities(tags), source)


def _entities(tags: Sequence[str]) -> frozenset[tuple[int, int, str]]:
    found: set[tuple[int, int, str]] = set()
    start: int | None = None
    label = ""
    for index, tag in enumerate((*tags, "O")):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix != "I" or kind != label):
            if label in TYPES:
                found.add((start, index, label))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = index, kind
    return frozenset(found)


class _GivenTokens:
    """A plugin that hands the pipeline the corpus tokens and one sentence per article."""

    def __init__(self) -> None:
        self.tokens: tuple[Token, ...] = ()

    @hookimpl(tryfirst=True)
    def resolve_tokens(self, article: Article, language: Any) -> Sequence[Token]:
        return self.tokens

    @hookimpl(tryfirst=True)
    def resolve_sentences(self, article: Article, language: Any) -> Sequence[Sentence]:
        if not self.tokens:
            return []
        return [Sentence(0, len(article.text), 0, len(self.tokens))]


def predict(pipeline: Any, sentence: NerSentence, given: _GivenTokens) -> set[tuple[int, int, str]]:
    """Predicted entities of one sentence, on its tokens."""
    text = " ".join(sentence.tokens)
    tokens: list[Token] = []
    offset = 0
    for word in sentence.tokens:
        tokens.append(Token(offset, offset + len(word)))
        offset += len(word) + 1
    given.tokens = tuple(tokens)
    article = pipeline.analyze(text, language=pipeline.language if pipeline.language != "auto"
                               else "de")
    pronouns = {
        entry.partition("=")[0].lower()
        for entry in pipeline.language_for(article.language).lexicon("actor_pronouns")
    }
    by_start = {token.start: index for index, token in enumerate(tokens)}
    by_end = {token.end: index for index, token in enumerate(tokens)}
    predicted: set[tuple[int, int, str]] = set()
    for actor in article.actors:
        label = KIND_TO_TYPE.get(actor.kind)
        if label is None:
            continue
        for span in actor.mentions:
            if article.slice(span).lower() in pronouns:
                continue
            first, last = by_start.get(span.start), by_end.get(span.end)
            if first is not None and last is not None:
                predicted.add((first, last + 1, label))
    return predicted


def score(pairs: Sequence[tuple[set[tuple[int, int, str]], frozenset[tuple[int, int, str]]]]
          ) -> dict[str, dict[str, float]]:
    """P/R/F1 per type and overall (micro) from (predicted, gold) entity sets."""
    counts: dict[str, Counter[str]] = {label: Counter() for label in (*TYPES, "overall")}
    for predicted, gold in pairs:
        for entity in predicted:
            hit = entity in gold
            for label in (entity[2], "overall"):
                counts[label]["tp" if hit else "fp"] += 1
        for entity in gold:
            if entity not in predicted:
                for label in (entity[2], "overall"):
                    counts[label]["fn"] += 1
    table: dict[str, dict[str, float]] = {}
    for label, count in counts.items():
        tp, fp, fn = count["tp"], count["fp"], count["fn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = {
            "gold": tp + fn, "predicted": tp + fp, "correct": tp,
            "precision": round(100 * precision, 2), "recall": round(100 * recall, 2),
            "f1": round(100 * f1, 2),
        }
    return table


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the corpus file (e.g. .../germeval2014/NER-de-dev.tsv)")
    parser.add_argument(
        "--format", required=True, choices=sorted(FORMATS), help="corpus format: "
        + "; ".join(f"{name}: {text}" for name, text in FORMATS.items())
    )
    parser.add_argument("--language", default="de", help="language of the corpus (default de)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N sentences")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also print N sentences with errors (for error analysis)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def evaluate(path: Path, *, language: str = "de", limit: int | None = None, skip: int = 0,
             errors: int = 0, plugins: Sequence[object] = (), load_entrypoints: bool = True
             ) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Score the pipeline on a GermEval file: the table and up to ``errors`` error reports."""
    from ..pipeline import Pipeline

    given = _GivenTokens()
    pipeline = Pipeline(language=language, block=_BLOCK, plugins=(given, *plugins),
                        load_entrypoints=load_entrypoints)
    pairs = []
    reports: list[str] = []
    for number, sentence in enumerate(read_germeval(path)):
        if number < skip:
            continue
        if limit is not None and number >= skip + limit:
            break
        predicted = predict(pipeline, sentence, given)
        pairs.append((predicted, sentence.entities))
        if len(reports) < errors and predicted != sentence.entities:
            reports.append(_report(sentence, predicted))
    return score(pairs), reports


def _report(sentence: NerSentence, predicted: set[tuple[int, int, str]]) -> str:
    def show(entity: tuple[int, int, str]) -> str:
        return f"{entity[2]} {' '.join(sentence.tokens[entity[0]:entity[1]])!r}"

    lines = [" ".join(sentence.tokens)]
    lines += [f"  missed   {show(e)}" for e in sorted(sentence.entities - predicted)]
    lines += [f"  spurious {show(e)}" for e in sorted(predicted - sentence.entities)]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not path.is_file():
        raise InputError(f"{path}: not a file (expected a GermEval 2014 TSV file)")
    table, reports = evaluate(path, language=args.language, limit=args.limit, skip=args.skip,
                              errors=args.errors)
    if args.json:
        json.dump(table, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    for report in reports:
        print(report)
    print(f"{'type':8} {'gold':>6} {'pred':>6} {'correct':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for label, row in table.items():
        print(f"{label:8} {row['gold']:>6} {row['predicted']:>6} {row['correct']:>7} "
              f"{row['precision']:>6.1f} {row['recall']:>6.1f} {row['f1']:>6.1f}")
    return 0
