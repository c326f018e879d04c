"""Cost of statement attribution relative to the tokenizer, on German news (10kGNAD).

Tokenizes and sentence-splits every article once (timed), then runs the built-in attribution
on the tokenized articles (timed), and prints both times and their ratio. Times are CPU time of
this process (``time.process_time``), so load from other processes on a shared machine counts
less than in wall-clock time. Attribution should
add at most 50 % to the tokenizer's time. Actors and dates are left out so the figure is the
attribution alone. Not a test: speed depends on the machine.

    python benchmarks/bench_quotes.py [--data PATH] [--repeat N] [--limit N]

Note: the creators of 10kGNAD stripped quotation marks, so this measures speed, not quality.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

import newskit
from newskit.attribution import attribute
from newskit.model import Article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "raw" / "10kGNAD" / "10kGNAD_test.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: no data at {args.data}")
        return 0
    with args.data.open(encoding="utf-8") as stream:
        texts = [json.loads(line)["text"] for line in stream if line.strip()][: args.limit]
    pipeline = newskit.Pipeline(load_entrypoints=False)
    language = pipeline.language_for("de")
    hook = pipeline.plugin_manager.hook
    articles = [Article.from_text(text, language="de") for text in texts]

    def tokenize() -> list[Article]:
        done = []
        for article in articles:
            tokens = hook.resolve_tokens(article=article, language=language)
            article = attrs.evolve(article, tokens=tokens)
            sentences = hook.resolve_sentences(article=article, language=language)
            done.append(attrs.evolve(article, sentences=sentences))
        return done

    tokenized = tokenize()  # warm-up, and the input of the attribution runs

    def attribute_all() -> int:
        return sum(len(attribute(article, language).statements) for article in tokenized)

    best = {"tokenizer": float("inf"), "attribution": float("inf")}
    statements = 0
    for _ in range(args.repeat):  # interleaved, so machine load affects both alike
        gc.collect()
        started = time.process_time()
        tokenize()
        best["tokenizer"] = min(best["tokenizer"], time.process_time() - started)
        gc.collect()
        started = time.process_time()
        statements = attribute_all()
        best["attribution"] = min(best["attribution"], time.process_time() - started)
    characters = sum(len(text) for text in texts)
    tokens = sum(len(article.tokens) for article in tokenized)
    print(
        f"{len(texts)} articles, {characters / 1e6:.2f} M characters, {tokens} tokens, "
        f"{statements} statements (best of {args.repeat})"
    )
    print(f"{'stage':<12} {'seconds':>8} {'tokens/s':>10}")
    for name, seconds in best.items():
        print(f"{name:<12} {seconds:>8.2f} {tokens / seconds:>10.0f}")
    ratio = best["attribution"] / best["tokenizer"]
    print(f"attribution / tokenizer: {100 * ratio:.0f} % (target: at most 50 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
