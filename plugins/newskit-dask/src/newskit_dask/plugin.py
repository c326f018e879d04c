"""The newskit plugin: a ``dask`` runner, ``newskit analyze --dask-scheduler ADDRESS``."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator

import newskit
from newskit.batch import Failure
from newskit.registrations import Runner


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dask-scheduler",
        metavar="ADDRESS",
        help="analyse on the Dask cluster at ADDRESS (e.g. tcp://127.0.0.1:8786)",
    )


def _selected(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "dask_scheduler", None))


def _run(
    pipeline: newskit.Pipeline,
    articles: Iterable[newskit.Article],
    args: argparse.Namespace,
    on_error: Callable[[Failure], None],
) -> Iterator[newskit.Article]:
    from distributed import Client

    from .core import analyze_on_client

    try:
        client = Client(args.dask_scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise newskit.NewskitError(
            f"cannot reach the Dask scheduler at {args.dask_scheduler}: {error}"
        ) from None
    with client:
        yield from analyze_on_client(client, pipeline, articles, on_error=on_error)


@newskit.hookimpl
def register_runners(register: Callable[[Runner], None]) -> None:
    register(Runner("dask", _add_arguments, _selected, _run, "a Dask cluster (--dask-scheduler)"))
