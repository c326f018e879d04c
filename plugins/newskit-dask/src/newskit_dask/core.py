"""Dask collections and clients in, newskit articles out."""

from __future__ import annotations

import gc
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import newskit
from newskit.batch import Failure
from newskit.converter import dumps

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import distributed

# Rebuilt pipelines of this worker process, by their pickled construction arguments.
_pipelines: dict[bytes, newskit.Pipeline] = {}


def worker_pipeline(key: bytes) -> newskit.Pipeline:
    """The pipeline for ``key`` (a pickled Pipeline), built once per process."""
    pipeline = _pipelines.get(key)
    if pipeline is None:
        pipeline = _pipelines[key] = pickle.loads(key)
        _freeze_heap()
    return pipeline


def _freeze_heap() -> None:
    """Leave what the worker process holds now (Dask, newskit and their data) out of the
    garbage collector's full passes: as the pipeline's caches fill, those passes would walk it
    again and again (about a tenth of the analysis time). Not when the collector is off or
    objects were frozen already."""
    if gc.isenabled() and not gc.get_freeze_count():
        gc.collect()
        gc.freeze()


def _pipeline_key(pipeline: newskit.Pipeline | None) -> bytes:
    return pickle.dumps(pipeline if pipeline is not None else newskit.Pipeline())


def _analyze_one(
    key: bytes, item: newskit.Article | str, position: int
) -> newskit.Article | Failure:
    try:
        return worker_pipeline(key).analyze(item)
    except Exception as error:  # one bad article must not stop the batch
        article_id = item.id if isinstance(item, newskit.Article) else f"#{position}"
        return Failure.from_exception(article_id, error)


def _analyze_partition(
    items: Iterable[tuple[int, newskit.Article | str]], key: bytes
) -> list[newskit.Article | Failure]:
    return [_analyze_one(key, item, position) for position, item in items]


def analyze_bag(bag: dask.bag.Bag, pipeline: newskit.Pipeline | None = None) -> dask.bag.Bag:
    """A bag of analysed :class:`newskit.Article` (or :class:`newskit.batch.Failure` for
    items that failed), partition by partition, in the bag's order.

    :param bag: a bag of texts or unanalysed articles.
    :param pipeline: the pipeline to use on the workers (default: ``newskit.Pipeline()``).
    """
    from dask.bag.core import reify
    from dask.base import tokenize
    from dask.highlevelgraph import HighLevelGraph

    key = _pipeline_key(pipeline)
    name = f"newskit-analyze-{tokenize(bag.name, key)}"
    # Built like Dask's own ``Bag.map``: a generator wrapped in ``reify``. Where the next step
    # is fused into the same task (``.map(dumps)`` then ``to_textfiles``), Dask drops the
    # ``reify`` and each article is written and released before the next is analysed, instead
    # of a whole partition held at once (memory, and the garbage collector walking all of
    # it); where a partition is the task's result, ``reify`` makes it a list that can travel.
    graph: dict[Any, Any] = {
        (name, n): (reify, (_analyze_items, (bag.name, n), key)) for n in range(bag.npartitions)
    }
    dependencies: list[Any] = [bag]  # a Bag is a Dask collection; its stubs disagree
    return type(bag)(
        HighLevelGraph.from_collections(name, graph, dependencies=dependencies),
        name,
        bag.npartitions,
    )


def _analyze_items(
    items: Iterable[newskit.Article | str], key: bytes
) -> Iterator[newskit.Article | Failure]:
    for index, item in enumerate(items):
        yield _analyze_one(key, item, index)


def analyze_dataframe(
    frame: dask.dataframe.DataFrame,
    pipeline: newskit.Pipeline | None = None,
    *,
    text: str = "text",
    id: str | None = "id",
    published: str | None = "published",
) -> dask.dataframe.DataFrame:
    """One row per input row: ``id``, ``language``, ``actors``, ``statements``, ``dates``
    (counts), ``json`` (the newskit JSON of the article) and ``error`` (None, or why it failed).

    :param frame: a dataframe with a text column.
    :param pipeline: the pipeline to use on the workers (default: ``newskit.Pipeline()``).
    :param text: the text column.
    :param id: the id column, or None to number rows.
    :param published: the publication-date column (ISO strings or dates), or None.
    """
    import pandas as pd

    missing = [c for c in (text, id, published) if c is not None and c not in frame.columns]
    if missing:
        raise newskit.InputError(
            f"analyze_dataframe: column(s) {', '.join(map(repr, missing))} not in the dataframe "
            f"(columns: {', '.join(map(str, frame.columns))})"
        )
    key = _pipeline_key(pipeline)
    columns = {
        "id": "object",
        "language": "object",
        "actors": "int64",
        "statements": "int64",
        "dates": "int64",
        "json": "object",
        "error": "object",
    }

    def partition(part: pd.DataFrame) -> pd.DataFrame:
        rows = []
        # Columns by name (itertuples would rename columns that are not identifiers).
        texts = part[text].tolist()
        ids = part[id].tolist() if id is not None else [f"#{i}" for i in part.index]
        dates = part[published].tolist() if published is not None else [None] * len(part)
        for position, (body, identifier, date) in enumerate(zip(texts, ids, dates, strict=True)):
            article_id = str(identifier)
            if not isinstance(date, str) and pd.isna(date):
                date = None
            try:
                article = newskit.Article.from_text(body, id=article_id, published=date)
            except (TypeError, ValueError) as error:
                result: newskit.Article | Failure = Failure.from_exception(article_id, error)
            else:
                result = _analyze_one(key, article, position)
            if isinstance(result, Failure):
                rows.append(
                    {
                        "id": result.id,
                        "language": None,
                        "actors": 0,
                        "statements": 0,
                        "dates": 0,
                        "json": None,
                        "error": f"{result.kind}: {result.error}",
                    }
                )
            else:
                rows.append(
                    {
                        "id": result.id,
                        "language": result.language,
                        "actors": len(result.actors),
                        "statements": len(result.statements),
                        "dates": len(result.dates),
                        "json": dumps(result),
                        "error": None,
                    }
                )
        # The input's index is kept, so results join back onto the input rows.
        return pd.DataFrame(rows, columns=list(columns), index=part.index).astype(columns)

    return frame.map_partitions(
        partition, meta=pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    )


def analyze_on_client(
    client: distributed.Client,
    pipeline: newskit.Pipeline,
    items: Iterable[newskit.Article | str],
    *,
    chunk_size: int = 16,
    on_error: Callable[[Failure], None] | None = None,
) -> Iterator[newskit.Article]:
    """Stream articles through a Dask cluster: lazily, in input order, with a bounded number of
    chunks in flight (memory stays flat however long the input is)."""
    from newskit.batch import warn_failure

    handler = on_error or warn_failure
    key = _pipeline_key(pipeline)
    [key_future] = client.scatter([key], broadcast=True)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = workers * 3
    pending: deque[Any] = deque()

    def emit(results: list[newskit.Article | Failure]) -> Iterator[newskit.Article]:
        for result in results:
            if isinstance(result, Failure):
                handler(result)
            else:
                yield result

    chunk: list[tuple[int, newskit.Article | str]] = []
    for position, item in enumerate(items):
        chunk.append((position, item))
        if len(chunk) >= chunk_size:
            pending.append(client.submit(_analyze_partition, chunk, key_future, pure=False))
            chunk = []
            if len(pending) >= limit:
                yield from emit(pending.popleft().result())
    if chunk:
        pending.append(client.submit(_analyze_partition, chunk, key_future, pure=False))
    while pending:
        yield from emit(pending.popleft().result())
