"""Writing results: to a stream, a file or a directory, atomically.

A file is written to a temporary sibling and renamed into place only when complete, so an
interrupted run never leaves a half-written file and never destroys an earlier result.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .errors import InputError, NewskitError

if TYPE_CHECKING:
    from .model import Article
    from .registrations import Exporter


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[IO[str]]:
    """Open ``path`` for writing text; it appears only if the block finishes without error.

    Missing parent directories are created; a path that cannot be written gives a
    :class:`~newskit.errors.NewskitError` naming it.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=directory
        )
    except OSError as error:
        raise NewskitError(f"cannot write {target}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _file_mode(target))  # mkstemp makes it private (0600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _file_mode(target: Path) -> int:
    """The mode of the file being replaced, or what a plainly created file gets (the umask)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def safe_file_name(article_id: str) -> str:
    """An article id made safe as a file name (path separators and odd characters replaced)."""
    cleaned = "".join(c if c.isalnum() or c in "-_.@" else "_" for c in article_id).strip(".")
    return cleaned or "article"


def unique_stem(stem: str, used: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3``, ... when an earlier article of the run took it."""
    candidate, number = stem, 1
    while candidate.casefold() in used:
        number += 1
        candidate = f"{stem}-{number}"
    used.add(candidate.casefold())
    return candidate


def write_directory(
    exporter: Exporter,
    articles: Iterable[Article],
    directory: str | Path,
    settings: Mapping[str, str] | None = None,
    *,
    on_error: Callable[[NewskitError], None] | None = None,
) -> int:
    """Write each article as its own file(s) into ``directory`` and return how many files were
    written.

    A file is named after the article id (made safe; ``-2``, ``-3`` added when two articles of
    the run share an id) with the exporter's suffix, or one file per suffix for formats that
    write several (brat). Each file is written atomically. The exporter's ``directory_files``
    are written only where the directory does not have them yet. A file that would replace the input
    it came from is not written: an :class:`~newskit.errors.InputError` goes to ``on_error``
    (raised without it), and the other articles are still written.
    """
    target_directory = Path(directory)
    target_directory.mkdir(parents=True, exist_ok=True)
    for name, text in exporter.directory_files:
        if not (target_directory / name).exists():  # keep one an annotator has edited
            with atomic_writer(target_directory / name) as stream:
                stream.write(text)
    options = dict(settings or {})
    used: set[str] = set()
    written = 0
    for article in articles:
        stem = unique_stem(safe_file_name(article.id), used)
        files = exporter.article_files(article, **options)
        source = Path(article.source).resolve() if article.source else None
        for suffix, text in files.items():
            target = target_directory / (stem + suffix)
            if source is not None and target.resolve() == source:
                error = InputError(
                    f"{target}: would overwrite the input {article.source}; "
                    "write to another directory"
                )
                if on_error is None:
                    raise error
                on_error(error)
                continue
            with atomic_writer(target) as stream:
                stream.write(text)
            written += 1
    return written
