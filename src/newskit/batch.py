"""Analysing many articles: streaming, in order, on several processes, failures reported.

The input is consumed lazily and only a bounded number of articles is in flight at any time, so
memory stays flat however long the corpus is. Output order is input order.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import gc
import multiprocessing
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from attrs import frozen

from .model import Article

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["Failure", "analyze_many"]


@frozen
class Failure:
    """An article that could not be analysed.

    :ivar id: the article id (or its position in the input when it has none yet).
    :ivar error: the error message.
    :ivar kind: the exception class name.
    """

    id: str
    error: str
    kind: str

    @classmethod
    def from_exception(cls, article_id: str, error: BaseException) -> Failure:
        return cls(article_id, str(error) or repr(error), type(error).__name__)


ErrorHandler = Callable[[Failure], None]

#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
_CHUNKS_AHEAD_PER_WORKER = 3


def warn_failure(failure: Failure) -> None:
    """The default error handler: a warning naming the article and the error."""
    warnings.warn(f"article {failure.id!r} failed: {failure.kind}: {failure.error}", stacklevel=3)


def _article_id(item: Article | str, position: int) -> str:
    return item.id if isinstance(item, Article) else f"#{position}"


def _analyze_chunk(
    pipeline: Pipeline, chunk: list[tuple[int, Article | str]]
) -> list[Article | Failure]:
    results: list[Article | Failure] = []
    for position, item in chunk:
        try:
            results.append(pipeline.analyze(item))
        except Exception as error:  # one bad article must not stop the batch
            results.append(Failure.from_exception(_article_id(item, position), error))
    return results


def _chunks(items: Iterable[Article | str], size: int) -> Iterator[list[tuple[int, Article | str]]]:
    chunk: list[tuple[int, Article | str]] = []
    for position, item in enumerate(items):
        chunk.append((position, item))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# The pipeline of a worker process, set once by the pool initializer.
_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline
    # A worker process lives for one batch: what exists now stays.
    if gc.isenabled() and not gc.get_freeze_count():
        gc.freeze()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Leave the objects that exist now out of the garbage collector's full passes for a while.

    A fresh process that analyses a corpus fills caches as it goes, so the cyclic garbage
    collector runs full passes, and each pass walks every object of the process (modules,
    lexicons, compiled patterns): about a tenth of the analysis time on 10kGNAD. Frozen
    (:func:`gc.freeze`), those objects are skipped; they are unfrozen afterwards. Nothing is
    done when the collector is disabled or someone else froze objects already.
    """
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _analyze_chunk_in_worker(chunk: list[tuple[int, Article | str]]) -> list[Article | Failure]:
    assert _worker_pipeline is not None, "worker used before initialisation"
    return _analyze_chunk(_worker_pipeline, chunk)


def _emit(results: list[Article | Failure], on_error: ErrorHandler) -> Iterator[Article]:
    for result in results:
        if isinstance(result, Failure):
            on_error(result)
        else:
            yield result


def analyze_many(
    pipeline: Pipeline,
    items: Iterable[Article | str],
    *,
    workers: int = 1,
    chunk_size: int = 8,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """Analyse articles lazily, in input order.

    :param pipeline: the configured pipeline (copied into each worker process).
    :param items: articles or texts; consumed lazily.
    :param workers: processes to use; 1 analyses in this process.
    :param chunk_size: articles sent to a worker at a time.
    :param on_error: called with a :class:`Failure` for each article that fails; the batch goes
        on. Default: a warning.
    """
    if workers < 1:
        raise ValueError(f"workers: expected an int >= 1, received {workers!r}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size: expected an int >= 1, received {chunk_size!r}")
    handler = on_error or warn_failure
    if workers == 1:
        with frozen_heap():
            for chunk in _chunks(items, chunk_size):
                yield from _emit(_analyze_chunk(pipeline, chunk), handler)
        return

    # fork shares the configured pipeline without pickling it; elsewhere it is pickled (the
    # Pipeline pickles as its construction arguments).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with frozen_heap(), concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(pipeline,)
    ) as executor:
        pending: deque[concurrent.futures.Future[list[Article | Failure]]] = deque()
        limit = workers * _CHUNKS_AHEAD_PER_WORKER
        for chunk in _chunks(items, chunk_size):
            pending.append(executor.submit(_analyze_chunk_in_worker, chunk))
            if len(pending) >= limit:
                yield from _emit(pending.popleft().result(), handler)
        while pending:
            yield from _emit(pending.popleft().result(), handler)


def default_workers() -> int:
    """The number of usable CPU cores."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
