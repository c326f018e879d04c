"""Throughput of newskit's temporal tagger alone on German news (10kGNAD, JSONL field ``text``).

Prints articles per second, MB per second and expressions found; the first call (compiling the
language's rules) is timed apart. Not a test: speed depends on the machine.

    python benchmarks/bench_dates.py [--data PATH] [--repeat N] [--published YYYY-MM-DD]

Skips with a message (exit status 0) when the data is not available.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "raw" / "10kGNAD" / "10kGNAD_test.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3, help="best of N passes")
    parser.add_argument("--published", default="2016-05-01", help="anchor date for all articles")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: no data at {args.data}")
        return 0

    from newskit.languages.de import LANGUAGE
    from newskit.temporal import tag
    from newskit.temporal.grammar import grammar_for

    with args.data.open(encoding="utf-8") as stream:
        texts = [json.loads(line)["text"] for line in stream if line.strip()]
    published = dt.date.fromisoformat(args.published)
    characters = sum(map(len, texts))

    began = time.perf_counter()
    grammar = grammar_for(LANGUAGE)
    compile_seconds = time.perf_counter() - began
    began = time.perf_counter()
    grammar.prepare()
    prepare_seconds = time.perf_counter() - began
    began = time.perf_counter()
    first = sum(len(tag(text, LANGUAGE, published=published)) for text in texts[:100])
    first_seconds = time.perf_counter() - began

    best = float("inf")
    found = 0
    for _ in range(max(1, args.repeat)):
        began = time.perf_counter()
        found = sum(len(tag(text, LANGUAGE, published=published)) for text in texts)
        best = min(best, time.perf_counter() - began)

    print(f"newskit temporal tagger, {len(texts)} articles, {characters / 1e6:.2f} M characters")
    print(f"{'compile (once per language)':<32}{compile_seconds * 1000:10.1f} ms")
    print(f"{'prepare (once per language)':<32}{prepare_seconds * 1000:10.1f} ms")
    print(f"{'first 100 articles':<32}{first_seconds * 1000:10.1f} ms ({first} expressions)")
    print(f"{'tagging (best of ' + str(args.repeat) + ')':<32}{best:10.3f} s")
    print(f"{'per article':<32}{best / len(texts) * 1000:10.3f} ms")
    print(f"{'articles per second':<32}{len(texts) / best:10.0f}")
    print(f"{'MB per second':<32}{characters / best / 1e6:10.2f}")
    print(f"{'expressions':<32}{found:10d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
