"""Tokens and sentences: the CoNLL 2018 shared-task scorer on Universal Dependencies data.

A system token (or sentence) counts as correct only when its character span equals a gold span
exactly (CoNLL 2018: "Tokens" and "Sentences"). Gold tokens are the *surface* tokens of the
treebank: a multiword-token line (``1-2  zum``) gives one token, its syntactic words (``zu``,
``dem``) none. Gold spans are found by locating each surface form in the raw text, in order,
skipping whitespace; the raw text is the treebank's ``.txt`` file next to the ``.conllu`` (UD's
``conllu_to_text`` output) or, where there is none, the ``# text`` lines (a blank line at each
``# newpar`` / ``# newdoc``).

The scorer itself (:func:`score_spans`) is generic: gold spans against system spans.

``--language-id`` also scores language identification on the same file: every sentence, every
paragraph and every document of the treebank is identified on its own and compared with
``--language``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from ..errors import InputError, UnsupportedLanguageError

__all__ = [
    "ConlluSentence",
    "GoldStandard",
    "Score",
    "align_gold",
    "read_conllu",
    "score_spans",
]

FORMATS: dict[str, str] = {
    "conllu": "Universal Dependencies CoNLL-U with a raw .txt next to it (CoNLL 2018 scoring)",
}

SpanPair = tuple[int, int]


@frozen
class ConlluSentence:
    """One sentence of a CoNLL-U file: its id, its ``# text`` and its surface token forms."""

    sent_id: str
    text: str
    forms: tuple[str, ...]
    newdoc: bool = False
    newpar: bool = False


@frozen
class GoldStandard:
    """Gold tokens and sentences as character spans into ``text``."""

    text: str
    sentences: tuple[ConlluSentence, ...]
    token_spans: tuple[SpanPair, ...]
    sentence_spans: tuple[SpanPair, ...]


@frozen
class Score:
    """Counts of one span-matching comparison and the measures derived from them."""

    gold: int
    system: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.gold + self.system
        return 2 * self.correct / total if total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "system": self.system,
            "correct": self.correct,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def score_spans(gold: Iterable[SpanPair], system: Iterable[SpanPair]) -> Score:
    """Score system spans against gold spans: a span is correct when both ends match exactly.

    Duplicate spans count once on each side.
    """
    gold_set = set(map(tuple, gold))
    system_set = set(map(tuple, system))
    return Score(len(gold_set), len(system_set), len(gold_set & system_set))


# --- reading CoNLL-U ----------------------------------------------------------------------------


def read_conllu(path: str | Path) -> list[ConlluSentence]:
    """The sentences of a CoNLL-U file with their surface token forms."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from error
    sentences: list[ConlluSentence] = []
    forms: list[str] = []
    meta: dict[str, Any] = {}
    covered_until = 0  # last word id inside the current multiword token
    for number, line in enumerate([*lines, ""], start=1):
        if not line.strip():
            if forms:
                sent_id = str(meta.get("sent_id", f"s{len(sentences) + 1}"))
                sentences.append(
                    ConlluSentence(
                        sent_id,
                        str(meta.get("text", " ".join(forms))),
                        tuple(forms),
                        bool(meta.get("newdoc")),
                        bool(meta.get("newpar")),
                    )
                )
            forms, meta, covered_until = [], {}, 0
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            key = key.strip()
            if key in ("sent_id", "text"):
                meta[key] = value.strip()
            elif key.startswith("newdoc"):
                meta["newdoc"] = meta["newpar"] = True
            elif key.startswith("newpar"):
                meta["newpar"] = True
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise InputError(
                f"{path}:{number}: expected 10 tab-separated columns, found {len(columns)}"
            )
        word_id, form = columns[0], columns[1]
        if "." in word_id:  # an empty node: no surface form
            continue
        if "-" in word_id:
            first, _, last = word_id.partition("-")
            if not (first.isdigit() and last.isdigit()):
                raise InputError(f"{path}:{number}: malformed multiword token id {word_id!r}")
            covered_until = int(last)
            forms.append(form)
            continue
        if not word_id.isdigit():
            raise InputError(f"{path}:{number}: malformed word id {word_id!r}")
        if int(word_id) > covered_until:
            forms.append(form)
    return sentences


def reconstruct_text(sentences: Sequence[ConlluSentence]) -> str:
    """A raw text from the ``# text`` lines: sentences joined by a space, paragraphs by a blank
    line."""
    parts: list[str] = []
    for index, sentence in enumerate(sentences):
        if index:
            parts.append("\n\n" if sentence.newpar else " ")
        parts.append(sentence.text)
    return "".join(parts)


def align_gold(text: str, sentences: Sequence[ConlluSentence], name: str = "text") -> GoldStandard:
    """Locate every surface form in ``text`` in order, skipping whitespace."""
    token_spans: list[SpanPair] = []
    sentence_spans: list[SpanPair] = []
    position = 0
    length = len(text)
    for sentence in sentences:
        first = len(token_spans)
        for form in sentence.forms:
            while position < length and text[position].isspace():
                position += 1
            compact = "".join(form.split())  # forms with spaces (rare) match without them
            start = position
            for char in compact:
                while position < length and text[position].isspace() and not char.isspace():
                    position += 1
                if position >= length or text[position] != char:
                    found = text[start : start + 30].replace("\n", " ")
                    raise InputError(
                        f"{name}: sentence {sentence.sent_id}: token {form!r} not found at "
                        f"character {start} (text there: {found!r})"
                    )
                position += 1
            token_spans.append((start, position))
        if len(token_spans) > first:
            sentence_spans.append((token_spans[first][0], token_spans[-1][1]))
    return GoldStandard(text, tuple(sentences), tuple(token_spans), tuple(sentence_spans))


def join_hyphenated(gold: GoldStandard) -> GoldStandard:
    """Gold with hyphen-split compounds joined, newskit's convention (UD splits them).

    ``US`` ``-`` ``Präsident`` written without spaces becomes one token ``US-Präsident``; a
    hyphen attached to the word before it only (a truncated compound, ``Zeitungs-`` in
    "Zeitungs- und Illustriertenseiten") joins that word.
    """
    text = gold.text
    spans = gold.token_spans
    joined: list[SpanPair] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        while (
            index + 2 < len(spans)
            and text[spans[index + 1][0] : spans[index + 1][1]] == "-"
            and spans[index + 1][0] == end
            and spans[index + 2][0] == spans[index + 1][1]
            and text[end - 1].isalnum()
            and text[spans[index + 2][0]].isalnum()
        ):
            end = spans[index + 2][1]
            index += 2
        if (  # a truncated compound: "Zeitungs -" (hyphen attached on the left only)
            index + 1 < len(spans)
            and text[spans[index + 1][0] : spans[index + 1][1]] == "-"
            and spans[index + 1][0] == end
            and text[end - 1].isalnum()
            and (index + 2 >= len(spans) or spans[index + 2][0] > spans[index + 1][1])
        ):
            end = spans[index + 1][1]
            index += 1
        joined.append((start, end))
        index += 1
    return GoldStandard(gold.text, gold.sentences, tuple(joined), gold.sentence_spans)


def load_gold(path: str | Path, text_path: str | Path | None = None) -> GoldStandard:
    """Gold spans of a CoNLL-U file, aligned to its raw text (see the module docstring)."""
    conllu = Path(path)
    sentences = read_conllu(conllu)
    if not sentences:
        raise InputError(f"{conllu}: no sentences found")
    raw_path = Path(text_path) if text_path else conllu.with_suffix(".txt")
    if text_path or raw_path.exists():
        try:
            text = raw_path.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"cannot read {raw_path}: {error.strerror or error}") from error
        name = str(raw_path)
    else:
        text = reconstruct_text(sentences)
        name = f"{conllu} (# text lines)"
    return align_gold(text, sentences, name)


# --- running a system ---------------------------------------------------------------------------


def _subset_region(gold: GoldStandard, subset: str | None) -> tuple[int, int]:
    """The character region covered by the sentences ``FIRST:LAST`` (sentence ids, inclusive)."""
    if not subset:
        return 0, len(gold.text)
    first_id, _, last_id = subset.partition(":")
    ids = [sentence.sent_id for sentence in gold.sentences]
    try:
        first = ids.index(first_id) if first_id else 0
        last = ids.index(last_id) if last_id else len(ids) - 1
    except ValueError as error:
        raise InputError(
            f"--subset {subset!r}: {error.args[0].split(' is not')[0]} is not a sent_id"
        ) from None
    if last < first:
        raise InputError(f"--subset {subset!r}: the last sentence comes before the first")
    return gold.sentence_spans[first][0], gold.sentence_spans[last][1]


def _inside(spans: Iterable[SpanPair], region: tuple[int, int]) -> list[SpanPair]:
    low, high = region
    return [span for span in spans if low <= span[0] and span[1] <= high]


def evaluate(
    gold: GoldStandard,
    system_tokens: Sequence[SpanPair],
    system_sentences: Sequence[SpanPair],
    region: tuple[int, int] | None = None,
) -> dict[str, Score]:
    """Tokens and sentences scores, optionally only inside a character region."""
    area = region or (0, len(gold.text))
    return {
        "tokens": score_spans(_inside(gold.token_spans, area), _inside(system_tokens, area)),
        "sentences": score_spans(
            _inside(gold.sentence_spans, area), _inside(system_sentences, area)
        ),
    }


def _errors(
    gold: Sequence[SpanPair], system: Sequence[SpanPair], text: str, limit: int
) -> list[str]:
    missing = sorted(set(gold) - set(system))
    extra = set(system) - set(gold)
    lines: list[str] = []
    for start, end in missing[:limit]:
        near = sorted(s for s in extra if s[0] < end + 40 and s[1] > start - 40)
        context = text[max(0, start - 30) : end + 30].replace("\n", "⏎")
        got = " | ".join(text[s:e].replace("\n", "⏎") for s, e in near[:6])
        lines.append(f"gold {text[start:end]!r:<30} system {got!r}  in {context!r}")
    return lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path", metavar="PATH", help="a .conllu file (its raw .txt is read from beside it)"
    )
    parser.add_argument("--format", default="conllu", choices=sorted(FORMATS), help="corpus format")
    parser.add_argument(
        "--text", metavar="TXT", help="the raw text (default: PATH with .txt, else # text)"
    )
    parser.add_argument("--language", default="auto", help="language code (default: identify it)")
    parser.add_argument(
        "--subset",
        metavar="FIRST:LAST",
        help="score only the region of these sentence ids, inclusive (e.g. dev-s501:dev-s799)",
    )
    parser.add_argument(
        "--language-id",
        action="store_true",
        help="also score language identification per sentence, paragraph and document",
    )
    parser.add_argument(
        "--join-hyphens",
        action="store_true",
        help="join gold compounds that UD splits at hyphens (US - Präsident), newskit's convention",
    )
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N missed gold items"
    )
    parser.add_argument("--builtin", action="store_true", help="use only the built-in plugins")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def run_system(
    text: str, language: str, builtin: bool = False
) -> tuple[list[SpanPair], list[SpanPair]]:
    """Token and sentence spans of the installed tokenizer plugins for one text."""
    import attrs

    from ..model import Article
    from ..pipeline import AUTO, Pipeline

    pipeline = Pipeline(load_entrypoints=not builtin)
    hook = pipeline.plugin_manager.hook
    hook_language = language
    if language == AUTO:
        hook_language = hook.resolve_language(
            text=text, languages=tuple(pipeline.languages[c] for c in sorted(pipeline.languages))
        )
        if hook_language is None:
            raise UnsupportedLanguageError("could not identify the language; pass --language")
    resolved = pipeline.language_for(hook_language)
    article = Article.from_text(text, language=resolved.code)
    tokens = tuple(hook.resolve_tokens(article=article, language=resolved) or ())
    article = attrs.evolve(article, tokens=tokens)
    sentences = hook.resolve_sentences(article=article, language=resolved) or ()
    return [(t.start, t.end) for t in tokens], [(s.start, s.end) for s in sentences]


def language_id_accuracy(
    gold: GoldStandard, expected: str, builtin: bool = False
) -> dict[str, Score]:
    """Accuracy of language identification on every sentence, paragraph and document.

    ``correct`` counts units identified as ``expected``; ``system`` counts units where a language
    was returned at all (the rest were refused as too short or unclear).
    """
    from ..pipeline import Pipeline

    pipeline = Pipeline(load_entrypoints=not builtin)
    languages = tuple(pipeline.languages[c] for c in sorted(pipeline.languages))
    units: dict[str, list[str]] = {"sentence": [], "paragraph": [], "document": []}
    for sentence, (start, end) in zip(gold.sentences, gold.sentence_spans, strict=True):
        text = gold.text[start:end]
        units["sentence"].append(text)
        for unit, flag in (("paragraph", sentence.newpar), ("document", sentence.newdoc)):
            if flag or not units[unit]:
                units[unit].append(text)
            else:
                units[unit][-1] += " " + text
    if not any(sentence.newdoc for sentence in gold.sentences):
        del units["document"]
    if not any(sentence.newpar for sentence in gold.sentences):
        del units["paragraph"]
    scores: dict[str, Score] = {}
    for unit, texts in units.items():
        answers = [
            pipeline.plugin_manager.hook.resolve_language(text=t, languages=languages)
            for t in texts
        ]
        scores[unit] = Score(
            gold=len(texts),
            system=sum(answer is not None for answer in answers),
            correct=sum(answer == expected for answer in answers),
        )
    return scores


def run(args: argparse.Namespace) -> int:
    gold = load_gold(args.path, args.text)
    if args.join_hyphens:
        gold = join_hyphenated(gold)
    system_tokens, system_sentences = run_system(gold.text, args.language, args.builtin)
    region = _subset_region(gold, args.subset)
    scores = evaluate(gold, system_tokens, system_sentences, region)
    language_scores: dict[str, Score] = {}
    if args.language_id:
        if args.language == "auto":
            raise InputError("--language-id needs --language (the expected language)")
        language_scores = language_id_accuracy(gold, args.language, args.builtin)
    if args.json:
        result: dict[str, Any] = {name: score.as_dict() for name, score in scores.items()}
        if language_scores:
            result["language_id"] = {
                unit: {
                    "units": s.gold,
                    "identified": s.system,
                    "correct": s.correct,
                    "accuracy": s.recall,
                }
                for unit, s in language_scores.items()
            }
        json.dump(result, sys.stdout, indent=2)
        print()
        return 0
    print(f"{'':<10} {'gold':>7} {'system':>7} {'correct':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for name, score in scores.items():
        print(
            f"{name:<10} {score.gold:>7} {score.system:>7} {score.correct:>7} "
            f"{100 * score.precision:>6.2f} {100 * score.recall:>6.2f} {100 * score.f1:>6.2f}"
        )
    if language_scores:
        print(f"\nlanguage identification (expected {args.language!r})")
        print(f"{'unit':<10} {'units':>7} {'decided':>7} {'correct':>7} {'acc':>6}")
        for unit, s in language_scores.items():
            print(f"{unit:<10} {s.gold:>7} {s.system:>7} {s.correct:>7} {100 * s.recall:>6.2f}")
    if args.errors:
        for name, gold_spans, system_spans in (
            ("tokens", gold.token_spans, system_tokens),
            ("sentences", gold.sentence_spans, system_sentences),
        ):
            print(f"\nmissed gold {name} (first {args.errors}):")
            gold_in = _inside(gold_spans, region)
            for line in _errors(gold_in, _inside(system_spans, region), gold.text, args.errors):
                print("  " + line)
    return 0
