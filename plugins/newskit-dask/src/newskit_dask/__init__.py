"""newskit on Dask: analyse bags and dataframes of articles, and a ``dask`` runner for the CLI.

The :class:`newskit.Pipeline` travels to the workers as its construction arguments and is rebuilt
there once per worker process (see :func:`worker_pipeline`), so workers load the same plugins.
"""

from __future__ import annotations

from .core import analyze_bag, analyze_dataframe, analyze_on_client, worker_pipeline

__all__ = ["analyze_bag", "analyze_dataframe", "analyze_on_client", "worker_pipeline"]
__version__ = "0.1.0"
