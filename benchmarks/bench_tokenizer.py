"""Throughput of newskit's tokenizer and sentence splitter against spaCy's rule-based tokenizer.

Runs both on the same German news texts in one process (10kGNAD, JSONL field ``text``) and
prints tokens per second, MB per second and the ratio. Not a test: speed depends on the machine.

    python benchmarks/bench_tokenizer.py [--data PATH] [--repeat N]

Skips with a message (exit status 0) when spaCy or the data is not available.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "raw" / "10kGNAD" / "10kGNAD_test.jsonl"


def load_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line)["text"] for line in stream if line.strip()]


def best_of(
    repeat: int, runs: Sequence[tuple[str, Callable[[], int]]]
) -> dict[str, tuple[float, int]]:
    """The fastest of ``repeat`` runs of each function (seconds) and the count it returned.

    The runs are interleaved (one of each per round), so that load from other processes on the
    machine affects all of them alike.
    """
    results: dict[str, tuple[float, int]] = {name: (float("inf"), 0) for name, _ in runs}
    for _ in range(repeat):
        for name, run in runs:
            gc.collect()
            started = time.perf_counter()
            count = run()
            seconds = time.perf_counter() - started
            results[name] = (min(results[name][0], seconds), count)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a JSONL file with 'text'")
    parser.add_argument("--repeat", type=int, default=5, help="runs per system; the best counts")
    args = parser.parse_args(argv)

    if not args.data.exists():
        print(f"skipped: benchmark data not found at {args.data}")
        return 0
    try:
        import spacy
    except ImportError:
        print("skipped: spaCy is not installed (pip install 'newskit[bench]')")
        return 0

    from newskit.languages import de
    from newskit.tokenization import split_sentences, tokenize

    texts = load_texts(args.data)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    language = de.LANGUAGE
    nlp = spacy.blank("de")
    tokenize(texts[0], language)  # compile the pattern outside the timing
    nlp.make_doc(texts[0])

    tokenized = [tokenize(text, language) for text in texts]

    def newskit_tokens() -> int:
        return sum(len(tokenize(text, language)) for text in texts)

    def newskit_sentences() -> int:
        return sum(
            len(split_sentences(text, tokens, language))
            for text, tokens in zip(texts, tokenized, strict=True)
        )

    def newskit_both() -> int:
        count = 0
        for text in texts:
            tokens = tokenize(text, language)
            split_sentences(text, tokens, language)
            count += len(tokens)
        return count

    def spacy_tokens() -> int:
        return sum(len(nlp.make_doc(text)) for text in texts)

    runs = [
        ("newskit tokens", newskit_tokens),
        ("newskit sentences (given tokens)", newskit_sentences),
        ("newskit tokens + sentences", newskit_both),
        ("spaCy blank('de') tokens", spacy_tokens),
    ]
    results = best_of(args.repeat, runs)

    token_count = results["newskit tokens"][1]
    print(f"data: {args.data.name}, {len(texts)} texts, {megabytes:.2f} MB, best of {args.repeat}")
    print(f"python {sys.version.split()[0]}, spaCy {spacy.__version__}")
    print(f"{'':<34} {'seconds':>8} {'count':>9} {'tokens/s':>11} {'MB/s':>7}")
    for name, (seconds, count) in results.items():
        tokens_per_second = token_count / seconds if "sentences (" in name else count / seconds
        print(
            f"{name:<34} {seconds:>8.3f} {count:>9} {tokens_per_second:>11,.0f} "
            f"{megabytes / seconds:>7.2f}"
        )
    spacy_seconds = results["spaCy blank('de') tokens"][0]
    for name in ("newskit tokens", "newskit tokens + sentences"):
        seconds, _ = results[name]
        spacy_rate = results["spaCy blank('de') tokens"][1] / spacy_seconds
        ratio = (results[name][1] / seconds) / spacy_rate
        print(f"ratio {name} / spaCy tokens per second: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
