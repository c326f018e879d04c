"""Speed and accuracy of the ``rules`` and ``stanza`` backends on the quote dev splits.

Runs newskit's own quote evaluation (``newskit.evaluation.quotes``) once per backend on the
same documents and prints one table: documents, seconds, documents per second and the scores.
Needs the Stanza models (``newskit stanza download de en``) and ``../shared/data``; prints why
it skipped otherwise. Example, from the repository root::

    python plugins/newskit-stanza/benchmarks/compare_backends.py --limit 50
    python plugins/newskit-stanza/benchmarks/compare_backends.py --corpus polnear --device cpu

The first Stanza article includes loading the models; ``--warmup`` analyses one article
before timing so the figure is the steady-state speed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT.parent / "shared" / "data" / "quotes"
CORPORA = {
    "wikinews": ("de", DATA / "wikinews-de-2024" / "dev"),
    "polnear": ("en", DATA / "polnear" / "dev"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="wikinews")
    parser.add_argument("--limit", type=int, default=30, help="documents (default 30)")
    parser.add_argument("--backends", default="rules,stanza", help="comma-separated")
    parser.add_argument("--resources-dir", help="Stanza models (default: NEWSKIT_STANZA_DIR ...)")
    parser.add_argument("--device", help="cpu, cuda (default: Stanza's choice)")
    parser.add_argument("--warmup", action="store_true", help="load models before timing")
    args = parser.parse_args(argv)

    from newskit_stanza.models import ModelsNotFoundError

    import newskit
    from newskit.evaluation import quotes

    language, path = CORPORA[args.corpus]
    if not path.is_dir():
        print(f"skipped: evaluation data not found at {path}")
        return 0
    options: dict[str, str] = {}
    if args.resources_dir:
        options["resources_dir"] = args.resources_dir
    if args.device:
        options["device"] = args.device

    rows: list[tuple[str, int, float, dict[str, Any]]] = []
    for backend in args.backends.split(","):
        try:
            pipeline = newskit.Pipeline(
                backend=backend,
                language=language,
                backend_options=options if backend.startswith("stanza") else None,
            )
            if args.warmup:
                pipeline.analyze(
                    "Er sagte, sie komme morgen." if language == "de" else "He said so."
                )
        except ModelsNotFoundError as error:
            print(f"skipped {backend}: {error}")
            continue
        started = time.perf_counter()
        if args.corpus == "wikinews":
            result = quotes.evaluate_wikinews(path, limit=args.limit, pipeline=pipeline)
        else:
            result = quotes.evaluate_brat(path, limit=args.limit, pipeline=pipeline)
        rows.append((backend, result["documents"], time.perf_counter() - started, result))

    if not rows:
        return 0
    if args.corpus == "wikinews":
        header = ("backend", "docs", "seconds", "docs/s", "Message F1", "Roles F1", "Joint F1")
        lines = [
            (
                b,
                str(n),
                f"{s:.1f}",
                f"{n / s:.2f}",
                f"{r['messages']['f1']:.1f}",
                f"{r['roles']['f1']:.1f}",
                f"{r['joint']['f1']:.1f}",
            )
            for b, n, s, r in rows
        ]
    else:
        header = ("backend", "docs", "seconds", "docs/s", "content F1", "source F1", "cue F1")
        lines = [
            (
                b,
                str(n),
                f"{s:.1f}",
                f"{n / s:.2f}",
                f"{r['content_overlap']['f1']:.1f}",
                f"{r['source_overlap']['f1']:.1f}",
                f"{r['cue_overlap']['f1']:.1f}",
            )
            for b, n, s, r in rows
        ]
    widths = [max(len(row[i]) for row in (header, *lines)) for i in range(len(header))]
    for row in (header, *lines):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
