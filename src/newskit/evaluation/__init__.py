"""Evaluation: scorers for newskit's output against annotated corpora, usable by anyone.

``newskit evaluate TASK --format FORMAT PATH`` runs them from the command line. Each task is a
module here with ``FORMATS`` (format name -> description), ``add_arguments(parser)`` and
``run(args) -> int``; :data:`TASKS` lists them. Data stays where the user keeps it: nothing of
an evaluation corpus is shipped with newskit.
"""

from __future__ import annotations

#: Evaluation task name -> module implementing it.
TASKS: dict[str, str] = {
    "tokens": "newskit.evaluation.tokens",
    "quotes": "newskit.evaluation.quotes",
    "actors": "newskit.evaluation.actors",
    "dates": "newskit.evaluation.dates",
}
