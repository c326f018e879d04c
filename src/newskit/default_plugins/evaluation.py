"""Built-in plugin: the ``newskit evaluate TASK`` command."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from ..evaluation import TASKS
from ..hookspecs import hookimpl
from ..registrations import Command


def _configure(parser: argparse.ArgumentParser) -> None:
    tasks = parser.add_subparsers(dest="task", metavar="TASK")
    tasks.required = True
    for name, module_name in TASKS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue  # a task not written yet
        sub = tasks.add_parser(
            name, help=module.__doc__.strip().splitlines()[0] if module.__doc__ else name
        )
        sub.set_defaults(evaluation_module=module_name)
        module.add_arguments(sub)


def _run(args: argparse.Namespace) -> int:
    module = importlib.import_module(args.evaluation_module)
    return int(module.run(args))


@hookimpl
def register_commands(register: Callable[[Command], None]) -> None:
    register(Command("evaluate", "score newskit against an annotated corpus", _configure, _run))
