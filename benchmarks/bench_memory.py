"""Peak memory of ``newskit analyze`` JSONL -> JSONL for a small and a large corpus.

Run: ``python benchmarks/bench_memory.py [--sizes 1000 20000]``. Builds temporary JSONL corpora
by repeating the 10kGNAD articles (read from ../shared/data, written only to a temporary
directory), runs the CLI on each in a fresh process and reports its peak RSS. Flat memory means
the peak does not grow with the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpora import gnad_texts

# Runs the CLI as its child and prints the child's peak RSS (kB) and wall time.
_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
elapsed = time.perf_counter() - started
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, elapsed, code)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    texts = gnad_texts()
    if not texts:
        print("10kGNAD not found under ../shared/data; skipped")
        return 0
    newskit_cli = [sys.executable, "-m", "newskit"]
    env = {**os.environ, "NEWSKIT_PLUGINS": ""}
    print(f"{'articles':>9} {'input MB':>9} {'peak RSS MB':>12} {'seconds':>8} {'articles/s':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}.jsonl"
            with corpus.open("w", encoding="utf-8") as stream:
                for index in range(size):
                    record = {"id": f"a{index}", "text": texts[index % len(texts)]}
                    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            output = Path(tmp) / f"out-{size}.jsonl"
            command = [
                *newskit_cli,
                "analyze",
                str(corpus),
                "--format",
                "jsonl",
                "-o",
                str(output),
                "--quiet",
                "--workers",
                str(args.workers),
                "--language",
                "de",
            ]
            started = time.perf_counter()
            measured = subprocess.run(
                [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, env=env
            )
            if measured.returncode != 0 or not measured.stdout.strip():
                print(measured.stderr, file=sys.stderr)
                return 1
            peak_kb, seconds, code = measured.stdout.split()
            if code != "0":
                print(f"newskit exited with {code}", file=sys.stderr)
                return 1
            seconds_f = float(seconds) or time.perf_counter() - started
            print(
                f"{size:>9} {corpus.stat().st_size / 1e6:>9.1f} {int(peak_kb) / 1024:>12.1f} "
                f"{seconds_f:>8.1f} {size / seconds_f:>10.1f}"
            )
            output.unlink()
            corpus.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
