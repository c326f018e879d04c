"""CPU time of a fresh process on 10kGNAD's two halves: what a worker process pays for the
caches it fills as it meets new words.

Run: ``python benchmarks/bench_fresh.py`` (repeat it, alternating with other code through
``PYTHONPATH``, to compare). One fresh process analyses the first half of 10kGNAD (as a worker
of two would), then the second half (a process that has seen the first), then the second half
again (warm caches), and prints the CPU seconds of each pass.
"""

from __future__ import annotations

import sys
import time

from _corpora import gnad_texts


def main() -> int:
    started = time.process_time()
    import newskit

    texts = gnad_texts()
    if not texts:
        print("10kGNAD not found under ../shared/data, skipped")
        return 0
    pipeline = newskit.Pipeline(language="de", load_entrypoints=False)
    loaded = time.process_time() - started
    half = len(texts) // 2
    passes = []
    for part in (texts[:half], texts[half:], texts[half:]):
        started = time.process_time()
        for text in part:
            pipeline.analyze(text, published="2024-03-06")
        passes.append(time.process_time() - started)
    print(
        f"{len(texts)} articles, CPU seconds: import and load {loaded:.2f}, first half (fresh) "
        f"{passes[0]:.2f}, second half {passes[1]:.2f}, second half again {passes[2]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
