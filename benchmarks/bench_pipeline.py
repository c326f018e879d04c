"""Throughput of the default pipeline, stage by stage, beside spaCy's blank tokenizer and Dask.

Run: ``python benchmarks/bench_pipeline.py`` (or ``nox -s bench``). Reads 10kGNAD (German) and
the PolNeAR dev texts (English) from ../shared/data; skips what is absent. One run measures
everything on the same texts, so the ratios compare like with like.

Options: ``--limit N`` articles per corpus, ``--repeat R`` best-of-R timings, ``--no-dask``,
``--json PATH`` to save the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from _corpora import gnad_texts, megabytes, polnear_dev_texts

import newskit

STAGES = {
    "resolve_language": "language",
    "resolve_tokens": "tokens",
    "resolve_sentences": "sentences",
    "extract_actors": "actors",
    "extract_dates": "dates",
    "attribute_statements": "statements",
}


def best_of(repeat: int, run: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def stage_times(pipeline: newskit.Pipeline, texts: list[str]) -> dict[str, float]:
    """Seconds spent in each analysis hook, through pluggy's hook-call monitoring."""
    spent: dict[str, float] = defaultdict(float)
    started: dict[str, float] = {}

    def before(hook_name: str, hook_impls: Any, kwargs: Any) -> None:
        started[hook_name] = time.perf_counter()

    def after(outcome: Any, hook_name: str, hook_impls: Any, kwargs: Any) -> None:
        if hook_name in STAGES:
            spent[STAGES[hook_name]] += time.perf_counter() - started[hook_name]

    undo = pipeline.plugin_manager.add_hookcall_monitoring(before, after)
    try:
        for text in texts:
            pipeline.analyze(text)
    finally:
        undo()
    return dict(spent)


def spacy_seconds(language: str, texts: list[str], repeat: int) -> tuple[float, int] | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank(language)
    tokens = sum(len(doc) for doc in nlp.tokenizer.pipe(texts))
    return best_of(repeat, lambda: list(nlp.tokenizer.pipe(texts))), tokens


def dask_seconds(texts: list[str], workers: int) -> float | None:
    try:
        import dask.bag as db
        import distributed
        from newskit_dask import analyze_bag
    except ImportError:
        return None
    pipeline = newskit.Pipeline(load_entrypoints=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=50,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            bag = db.from_sequence(texts, npartitions=workers * 8)
            analyze_bag(bag.take(workers * 2, npartitions=-1, compute=False), pipeline).compute(
                scheduler=client.get
            )  # warm the workers: imports and compiled patterns
            started = time.perf_counter()
            analyze_bag(bag, pipeline).compute(scheduler=client.get)
            return time.perf_counter() - started


def measure(name: str, language: str, texts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    for text in texts[:5]:  # warm caches: compiled patterns, gazetteers
        pipeline.analyze(text)
    size = megabytes(texts)
    result: dict[str, Any] = {"corpus": name, "articles": len(texts), "megabytes": round(size, 3)}

    whole = best_of(args.repeat, lambda: [pipeline.analyze(text) for text in texts])
    result["pipeline_s"] = whole
    stages = stage_times(pipeline, texts)
    result["stages_s"] = stages
    tokens = sum(len(pipeline.analyze(text).tokens) for text in texts)
    result["newskit_tokens"] = tokens

    spacy_result = spacy_seconds(language, texts, args.repeat)
    if spacy_result is not None:
        result["spacy_s"], result["spacy_tokens"] = spacy_result
    if not args.no_dask:
        one = best_of(1, lambda: list(pipeline.analyze_many(texts, workers=1)))
        result["one_process_s"] = one
        result["local_2_workers_s"] = best_of(
            1, lambda: list(pipeline.analyze_many(texts, workers=2, chunk_size=16))
        )
        two = dask_seconds(texts, 2)
        if two is not None:
            result["dask_2_workers_s"] = two
    return result


def report(result: dict[str, Any]) -> None:
    n, size = result["articles"], result["megabytes"]

    def row(label: str, seconds: float, note: str = "") -> None:
        print(f"  {label:<28} {n / seconds:>10.1f} {size / seconds:>8.3f}  {note}")

    print(f"\n{result['corpus']}: {n} articles, {size:.2f} MB")
    print(f"  {'what':<28} {'articles/s':>10} {'MB/s':>8}")
    for stage, seconds in result["stages_s"].items():
        share = 100 * seconds / result["pipeline_s"]
        row(f"stage {stage}", seconds, f"{share:.0f} % of the pipeline")
    row("newskit whole pipeline", result["pipeline_s"])
    if "spacy_s" in result:
        ratio = result["spacy_s"] / result["pipeline_s"]
        row(
            "spaCy blank tokenizer",
            result["spacy_s"],
            f"pipeline = {ratio:.2f}x spaCy's throughput",
        )
    if "one_process_s" in result:
        row("analyze_many, 1 process", result["one_process_s"])
        local = result["local_2_workers_s"]
        row("analyze_many, 2 processes", local, f"{result['one_process_s'] / local:.2f}x 1 process")
    if "dask_2_workers_s" in result:
        dask = result["dask_2_workers_s"]
        row("Dask, 2 worker processes", dask, f"{result['one_process_s'] / dask:.2f}x 1 process")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus")
    parser.add_argument("--repeat", type=int, default=3, help="best of R runs")
    parser.add_argument("--no-dask", action="store_true", help="skip the parallel runs")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()

    corpora = [
        ("10kGNAD (de)", "de", gnad_texts(args.limit)),
        ("PolNeAR dev (en)", "en", polnear_dev_texts(args.limit)),
    ]
    results = []
    for name, language, texts in corpora:
        if not texts:
            print(f"{name}: data not found under ../shared/data, skipped")
            continue
        result = measure(name, language, texts, args)
        report(result)
        results.append(result)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump(results, stream, indent=2)
    print(f"\nPython {sys.version.split()[0]}, newskit {newskit.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
