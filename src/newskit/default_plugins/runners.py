"""Built-in plugin: the ``local`` runner — this machine, ``--workers N`` processes."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable

from ..batch import Failure
from ..hookspecs import hookimpl
from ..model import Article
from ..registrations import Runner


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, received {value!r}")
    return number


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="analyse on N processes of this machine (default 1)",
    )


def _run(
    pipeline: object,
    articles: Iterable[Article],
    args: argparse.Namespace,
    on_error: Callable[[Failure], None],
) -> Iterable[Article]:
    return pipeline.analyze_many(  # type: ignore[attr-defined, no-any-return]
        articles, workers=args.workers, on_error=on_error
    )


@hookimpl(trylast=True)
def register_runners(register: Callable[[Runner], None]) -> None:
    register(Runner("local", _add_arguments, lambda args: True, _run, "processes on this machine"))
