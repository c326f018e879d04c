"""Writing results: to a stream, a file or a directory, atomically.

A file is written to a temporary sibling and renamed into place only when complete, so an
interrupted run never leaves a half-written file and never destroys an earlier result.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[IO[str]]:
    """Open ``path`` for writing text; it appears only if the block finishes without error."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def safe_file_name(article_id: str) -> str:
    """An article id made safe as a file name (path separators and odd characters replaced)."""
    cleaned = "".join(c if c.isalnum() or c in "-_.@" else "_" for c in article_id).strip(".")
    return cleaned or "article"
