"""Pipeline.analyze_many: lazy, ordered, parallel, failures reported without stopping."""

from __future__ import annotations

import gc
import itertools
import pickle
import warnings

import pytest

import newskit
from newskit.batch import Failure

TEXTS = [
    "„Wir sind bereit“, sagte die Ministerin am Dienstag in Berlin.",
    "The mayor said on Monday that the bridge would reopen next week.",
    "Der Sprecher erklärte, die Gespräche seien beendet.",
]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_equal_single_analysis_in_input_order(pipeline, workers) -> None:
    texts = TEXTS * 7
    results = list(pipeline.analyze_many(texts, workers=workers, chunk_size=2))
    assert results == [pipeline.analyze(text) for text in texts]


@pytest.mark.parametrize("workers", [1, 2])
def test_failure_is_reported_and_batch_goes_on(pipeline, workers) -> None:
    failures: list[Failure] = []
    items = [TEXTS[0], 17, newskit.Article.from_text("x", id="bad", language="xx"), TEXTS[1]]
    results = list(pipeline.analyze_many(items, workers=workers, on_error=failures.append))
    assert [a.text for a in results] == [TEXTS[0], TEXTS[1]]
    assert [(f.id, f.kind) for f in failures] == [
        ("#1", "TypeError"),
        ("bad", "UnsupportedLanguageError"),
    ]
    assert "'xx'" in failures[1].error


def test_default_error_handler_warns(pipeline) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert len(list(pipeline.analyze_many([TEXTS[0], None]))) == 1
    assert any("article '#1' failed" in str(w.message) for w in caught)


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_consumed_lazily(pipeline, workers) -> None:
    consumed = itertools.count()

    def endless():
        while True:
            next(consumed)
            yield TEXTS[0]

    first = list(
        itertools.islice(pipeline.analyze_many(endless(), workers=workers, chunk_size=4), 5)
    )
    assert len(first) == 5
    # Only a bounded window of chunks was read ahead, not the endless input.
    assert next(consumed) <= 4 * (workers * 3 + 2)


@pytest.mark.parametrize("workers", [1, 2])
def test_the_heap_is_frozen_while_a_batch_runs_and_unfrozen_after(pipeline, workers) -> None:
    assert gc.get_freeze_count() == 0
    batch = pipeline.analyze_many(TEXTS, workers=workers, chunk_size=1)
    during = [gc.get_freeze_count() for _ in batch]
    assert min(during) > 0  # objects that existed before the batch were left out
    assert gc.get_freeze_count() == 0
    # An abandoned iterator unfreezes when it is closed.
    iterator = pipeline.analyze_many(TEXTS, chunk_size=1)
    next(iterator)
    assert gc.get_freeze_count() > 0
    iterator.close()
    assert gc.get_freeze_count() == 0


def test_a_freeze_made_by_the_caller_is_left_alone(pipeline) -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert len(list(pipeline.analyze_many(TEXTS))) == len(TEXTS)
        assert gc.get_freeze_count() >= frozen  # not unfrozen by the batch
    finally:
        gc.unfreeze()


def test_bad_arguments_are_named(pipeline) -> None:
    with pytest.raises(ValueError, match="workers"):
        list(pipeline.analyze_many(TEXTS, workers=0))
    with pytest.raises(ValueError, match="chunk_size"):
        list(pipeline.analyze_many(TEXTS, chunk_size=0))


def test_pipeline_pickles_as_its_configuration() -> None:
    pipeline = newskit.Pipeline(load_entrypoints=False, language="de")
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone.language == "de"
    assert clone.analyze(TEXTS[2]) == pipeline.analyze(TEXTS[2])


def test_pipeline_from_a_plugin_manager_refuses_to_pickle() -> None:
    manager = newskit.get_plugin_manager(load_entrypoints=False)
    with pytest.raises(TypeError, match="plugin_manager"):
        pickle.dumps(newskit.Pipeline(plugin_manager=manager))


def test_unknown_suffix_names_the_plugin_that_reads_it(monkeypatch) -> None:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    with pytest.raises(newskit.UnknownFormatError, match="install the plugin package newskit-html"):
        pipeline.reader_for("page.html")
    with pytest.raises(newskit.UnknownFormatError) as error:
        pipeline.reader_for("table.xlsx")
    assert "install" not in str(error.value) and "txt (.txt" in str(error.value)
