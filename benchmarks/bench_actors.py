"""Cost of actor recognition relative to tokenization (the target: at most +50 %).

Runs on the same German news texts (10kGNAD) and English news texts (PolNeAR dev) in one
process: the tokenizer + sentence splitter, and actor recognition on the tokenized articles.
Prints both times and what recognition adds, as a share of the tokenizer's time. Not a test:
speed depends on the machine.

    python benchmarks/bench_actors.py [--limit N] [--repeat N]

The language data (gazetteer, given names) is compiled once before the timing starts; a fresh
process pays that once (printed as "first use"). Times are CPU seconds of the process (``--wall``
for wall-clock seconds). Skips when the data is not available.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import build_note, gnad_texts, megabytes, polnear_dev_texts


def best_of(repeat: int, runs: Sequence[tuple[str, Callable[[], int]]],
            clock: Callable[[], float] = time.process_time) -> dict[str, float]:
    """The fastest of ``repeat`` interleaved runs of each function, in seconds of ``clock``
    (CPU time of this process by default: both stages run in one thread, and CPU time does not
    count the waits of a machine shared with other jobs)."""
    best = {name: float("inf") for name, _ in runs}
    for _ in range(repeat):
        for name, run in runs:
            gc.collect()
            started = clock()
            run()
            best[name] = min(best[name], clock() - started)
    return best


def measure(code: str, texts: list[str], repeat: int,
            clock: Callable[[], float] = time.process_time) -> tuple[float, float, float, int]:
    """(first use, tokenizer seconds, actor recognition seconds, actors found) for one language.

    The tokenizer time covers tokens and sentences; actor recognition runs on articles that
    already have them (as in the pipeline), so the two times compare directly."""
    import attrs

    from newskit.model import Article
    from newskit.recognition import recognize_actors
    from newskit.recognition.resources import resources_for
    from newskit.registrations import Language
    from newskit.tokenization import split_sentences, tokenize

    module = __import__(f"newskit.languages.{code}", fromlist=["LANGUAGE"])
    language: Language = module.LANGUAGE
    started = time.perf_counter()
    resources_for(language)
    first_use = time.perf_counter() - started
    articles = [Article.from_text(text, language=code) for text in texts]

    def tokens_only() -> int:
        count = 0
        for article in articles:
            tokens = tokenize(article.text, language)
            count += len(split_sentences(article.text, tokens, language))
        return count

    ready = []
    for article in articles:
        tokens = tokenize(article.text, language)
        sentences = split_sentences(article.text, tokens, language)
        ready.append(attrs.evolve(article, tokens=tokens, sentences=sentences))
    found = [0]

    def actors_only() -> int:
        count = sum(len(recognize_actors(article, language)) for article in ready)
        found[0] = count
        return count

    best = best_of(repeat, [("tokens", tokens_only), ("actors", actors_only)], clock)
    return first_use, best["tokens"], best["actors"], found[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles per language")
    parser.add_argument("--repeat", type=int, default=3, help="runs per system; the best counts")
    parser.add_argument("--wall", action="store_true",
                        help="time wall-clock seconds instead of the process's CPU seconds")
    args = parser.parse_args(argv)
    clock = time.perf_counter if args.wall else time.process_time

    corpora = [("de", "10kGNAD", gnad_texts(args.limit)),
               ("en", "PolNeAR dev", polnear_dev_texts(args.limit))]
    print(f"{'language':9} {'corpus':12} {'MB':>6} {'first use s':>11} {'tokens s':>9} "
          f"{'actors s':>9} {'added':>7} {'actors':>7}")
    ran = False
    for code, name, texts in corpora:
        if not texts:
            print(f"{code:9} {name:12} skipped: data not found")
            continue
        ran = True
        first_use, tokens, actors, found = measure(code, texts, args.repeat, clock)
        added = actors / tokens * 100
        print(f"{code:9} {name:12} {megabytes(texts):>6.2f} {first_use:>11.2f} {tokens:>9.3f} "
              f"{actors:>9.3f} {added:>6.0f}% {found:>7}")
    if not ran:
        print("skipped: no benchmark data found")
    print(build_note())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
