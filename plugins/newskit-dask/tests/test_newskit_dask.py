"""newskit-dask on a real LocalCluster of two worker processes on loopback."""

from __future__ import annotations

import gc
import json
import pickle
import warnings
from pathlib import Path

import pytest

import newskit
from newskit.batch import Failure
from newskit.cli import main

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")

from newskit_dask import (  # noqa: E402
    analyze_bag,
    analyze_dataframe,
    analyze_on_client,
    worker_pipeline,
)

TEXTS = [
    "„Wir sind bereit“, sagte die Ministerin am Dienstag in Berlin.",
    "The mayor said on Monday that the bridge would reopen next week.",
    "Der Sprecher erklärte, die Gespräche seien beendet.",
    "“We will not give up,” the senator told reporters.",
] * 5


@pytest.fixture(scope="module")
def cluster():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with (
            distributed.LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield cluster, client


@pytest.fixture
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(load_entrypoints=False)


def test_bag_results_match_local_analysis_in_order(cluster, pipeline) -> None:
    _, client = cluster
    bag = dask_bag.from_sequence(TEXTS, npartitions=4)
    results = analyze_bag(bag, pipeline).compute(scheduler=client.get)
    expected = [pipeline.analyze(text) for text in TEXTS]
    assert results == expected


def test_workers_build_the_pipeline_once_and_freeze_their_heap(cluster, pipeline) -> None:
    _, client = cluster
    key = pickle.dumps(pipeline)

    def probe() -> tuple[int, bool]:
        first = worker_pipeline(key)
        return gc.get_freeze_count(), worker_pipeline(key) is first

    for frozen, reused in client.run(probe).values():
        assert frozen > 0 and reused


def test_bag_reports_failures_in_place(cluster, pipeline) -> None:
    _, client = cluster
    items = [TEXTS[0], 42, TEXTS[1]]
    results = analyze_bag(dask_bag.from_sequence(items, npartitions=1), pipeline).compute(
        scheduler=client.get
    )
    assert isinstance(results[1], Failure) and results[1].kind == "TypeError"
    assert [r.text for r in (results[0], results[2])] == [TEXTS[0], TEXTS[1]]


def test_bag_streams_articles_within_a_partition(pipeline) -> None:
    # The next step of the same task sees each article as soon as it is analysed: a
    # partition of articles is never held at once when they are written out one by one.
    def article_ids_while_streaming(articles) -> list[tuple[bool, list[str]]]:
        return [(isinstance(articles, list), [article.id for article in articles])]

    bag = dask_bag.from_sequence(TEXTS[:3], npartitions=1)
    [(held, ids)] = (
        analyze_bag(bag, pipeline)
        .map_partitions(article_ids_while_streaming)
        .compute(scheduler="sync")
    )
    assert not held
    assert ids == [pipeline.analyze(text).id for text in TEXTS[:3]]


def test_dataframe_rows(cluster, pipeline) -> None:
    _, client = cluster
    frame = pd.DataFrame(
        {
            "id": [f"d{i}" for i in range(4)],
            "text": TEXTS[:4],
            "published": ["2024-03-05", "2024-03-05", "not a date", None],
        }
    )
    result = analyze_dataframe(dd.from_pandas(frame, npartitions=2), pipeline).compute(
        scheduler=client.get
    )
    assert list(result["id"]) == ["d0", "d1", "d2", "d3"]
    assert result.loc[2, "error"].startswith("ValueError") and "published" in result.loc[2, "error"]
    ok = result[result["error"].isna()]
    for row in ok.itertuples():
        article = newskit.loads(row.json)
        assert article.id == row.id and len(article.statements) == row.statements


def test_dataframe_missing_column_is_named(pipeline) -> None:
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(newskit.InputError, match="'text'"):
        analyze_dataframe(frame, pipeline, id=None, published=None)


def test_client_stream_is_ordered_and_reports_failures(cluster, pipeline) -> None:
    _, client = cluster
    failures: list[Failure] = []
    items = [*TEXTS, 3.5, TEXTS[0]]
    results = list(
        analyze_on_client(client, pipeline, items, chunk_size=3, on_error=failures.append)
    )
    assert [a.text for a in results] == [*TEXTS, TEXTS[0]]
    assert [f.id for f in failures] == [f"#{len(TEXTS)}"]


def test_cli_dask_scheduler(cluster, tmp_path: Path, monkeypatch) -> None:
    scheduler, _ = cluster
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    monkeypatch.setenv("NEWSKIT_PLUGINS", "dask")
    code = main(
        [
            "analyze",
            str(corpus),
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--quiet",
            "--dask-scheduler",
            scheduler.scheduler_address,
        ]
    )
    assert code == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"n{i}" for i in range(len(TEXTS))]


def test_cli_unreachable_scheduler_is_a_clear_error(tmp_path: Path, monkeypatch, capsys) -> None:
    corpus = tmp_path / "c.txt"
    corpus.write_text(TEXTS[0], encoding="utf-8")
    out = tmp_path / "out.json"
    monkeypatch.setenv("NEWSKIT_PLUGINS", "dask")
    code = main(
        ["analyze", str(corpus), "-o", str(out), "--quiet", "--dask-scheduler", "tcp://127.0.0.1:9"]
    )
    assert code != 0
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
    assert not out.exists()
