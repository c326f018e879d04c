"""Throughput of the default pipeline, stage by stage, beside spaCy's blank tokenizer and Dask.

Run: ``python benchmarks/bench_pipeline.py`` (or ``nox -s bench``). Reads 10kGNAD (German) and
the PolNeAR dev texts (English) from ../shared/data; skips what is absent. One run measures
everything on the same texts, so the ratios compare like with like.

Options: ``--limit N`` articles per corpus, ``--repeat R`` best-of-R timings, ``--no-dask``,
``--json PATH`` to save the figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import pickle
import resource
import sys
import tempfile
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _corpora import build_note, gnad_texts, megabytes, polnear_dev_texts

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


WARM_TEXTS = 5  # every process analyses this many texts before timing starts


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _to_jsonl_in_fresh_process(texts: list[str], workers: int, queue: Any) -> None:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    for text in texts[:WARM_TEXTS]:
        pipeline.analyze(text)
    with tempfile.TemporaryDirectory() as tmp, open(Path(tmp) / "out.jsonl", "w") as out:
        started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        for article in pipeline.analyze_many(texts, workers=workers, chunk_size=16):
            out.write(newskit.dumps(article) + "\n")
        # The worker processes have ended here: their CPU time is the children's.
        queue.put(
            (
                time.perf_counter() - started,
                time.process_time() - cpu,
                _children_cpu() - children,
            )
        )


def to_jsonl_seconds(texts: list[str], workers: int) -> tuple[float, float, float]:
    """Analyse and write JSONL in a fresh process (with ``workers`` > 1: it forks workers):
    wall seconds, CPU seconds of that process and CPU seconds of its worker processes.

    A fresh process, warmed on the same few texts as the Dask workers, so that no run profits
    from caches that the stage timings above filled with these very texts."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_to_jsonl_in_fresh_process, args=(texts, workers, queue))
    process.start()
    wall, cpu, workers_cpu = queue.get()
    process.join()
    return float(wall), float(cpu), float(workers_cpu)


def dask_to_jsonl(texts: list[str], workers: int) -> tuple[float, float, float] | None:
    """A Dask bag analysed on a LocalCluster of worker processes, each writing its partitions
    as JSONL (how a corpus job runs on a cluster: results never travel back to the client).

    Wall seconds, CPU seconds of this process (client and scheduler) and of the workers."""
    try:
        import dask.bag as db
        import distributed
        from newskit_dask import analyze_bag, worker_pipeline
    except ImportError:
        return None
    import dask

    pipeline = newskit.Pipeline(load_entrypoints=False)
    # Dask's sampling profiler takes the GIL every few milliseconds: off for throughput. Its
    # event-loop tick (20 ms) and memory monitor (100 ms) cost each process a few per cent of a
    # core; once a second is enough for a CPU-bound batch (see docs/corpora.md).
    settings = {
        "distributed.worker.profile.enabled": False,
        "distributed.admin.tick.interval": "1s",
        "distributed.worker.memory.monitor-interval": "1s",
    }
    with (
        dask.config.set(settings),
        warnings.catch_warnings(),
        tempfile.TemporaryDirectory() as tmp,
    ):
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
            # Every worker builds its pipeline and fills its caches (patterns, gazetteers) once;
            # a long corpus job pays that once per process, so it stays out of the timing.
            key = pickle.dumps(pipeline)
            sample = texts[:WARM_TEXTS]
            client.run(lambda: [worker_pipeline(key).analyze(text) for text in sample] and None)
            workers_before = client.run(time.process_time)
            started, cpu = time.perf_counter(), time.process_time()
            analyze_bag(bag, pipeline).map(newskit.dumps).to_textfiles(
                str(Path(tmp) / "*.jsonl"), scheduler=client.get
            )
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            workers_after = client.run(time.process_time)
            workers_cpu = sum(workers_after[w] - workers_before[w] for w in workers_before)
            return wall, cpu, workers_cpu


def measure(name: str, language: str, texts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    for text in texts[:5]:  # warm caches: compiled patterns, gazetteers
        pipeline.analyze(text)
    size = megabytes(texts)
    result: dict[str, Any] = {"corpus": name, "articles": len(texts), "megabytes": round(size, 3)}

    whole = best_of(args.repeat, lambda: [pipeline.analyze(text) for text in texts])
    result["pipeline_s"] = whole
    # best of the repeats per stage, each after a full collection: a single pass charges
    # whichever stage happens to trigger a full garbage collection with all of it
    stages: dict[str, float] = {}
    for _ in range(args.repeat):
        gc.collect()
        for stage, seconds in stage_times(pipeline, texts).items():
            stages[stage] = min(seconds, stages.get(stage, seconds))
    result["stages_s"] = stages
    tokens = sum(len(pipeline.analyze(text).tokens) for text in texts)
    result["newskit_tokens"] = tokens

    spacy_result = spacy_seconds(language, texts, args.repeat)
    if spacy_result is not None:
        result["spacy_s"], result["spacy_tokens"] = spacy_result
    if not args.no_dask:
        runs = {
            "one_process": to_jsonl_seconds(texts, 1),
            "local_2_workers": to_jsonl_seconds(texts, 2),
        }
        two = dask_to_jsonl(texts, 2)
        if two is not None:
            runs["dask_2_workers"] = two
        for name, (wall, cpu, workers_cpu) in runs.items():
            result[f"{name}_s"] = wall
            result[f"{name}_cpu_s"] = {"main": cpu, "workers": workers_cpu}
    return result


def cpu_bound(result: dict[str, Any], name: str) -> tuple[float, float]:
    """CPU seconds of a parallel run (all its processes) and the speed-up over one process that
    this CPU time allows on two otherwise idle cores: a figure that, unlike wall time, holds on a
    busy machine."""
    one = result["one_process_cpu_s"]
    one_total = one["main"] + one["workers"]
    cpu = result[f"{name}_cpu_s"]
    total = cpu["main"] + cpu["workers"]
    return total, one_total / max(total / 2, cpu["main"])


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
        one = result["one_process_s"]
        one_cpu = result["one_process_cpu_s"]["main"]
        row("-> JSONL, 1 process", one, f"CPU {one_cpu:.1f} s")
        for name, label in (
            ("local_2_workers", "-> JSONL, --workers 2"),
            ("dask_2_workers", "-> JSONL, Dask 2 workers"),
        ):
            if f"{name}_s" in result:
                wall = result[f"{name}_s"]
                total, bound = cpu_bound(result, name)
                row(
                    label,
                    wall,
                    f"{one / wall:.2f}x 1 process; CPU {total:.1f} s in all, "
                    f"{bound:.2f}x on 2 idle cores",
                )


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
    print(f"\nPython {sys.version.split()[0]}, newskit {newskit.__version__}; {build_note()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
