"""Which newskit modules run compiled: setup.py compiles a few hot modules with mypyc.

A compiled module takes precedence over its ``.py`` file, so an edited ``.py`` file next to an
older compiled module has no effect until the package is rebuilt; :func:`stale_modules` finds
those (the test suite checks it before it runs).
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

__all__ = ["compiled_modules", "stale_modules"]

_PACKAGE = Path(__file__).resolve().parent


def compiled_modules(package: Path = _PACKAGE) -> dict[str, Path]:
    """Module name -> compiled file, for every module of ``package`` (newskit by default)
    built as a C extension."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES  # the most specific first
    found: dict[str, Path] = {}
    for path in package.rglob("*.*"):
        suffix = next((s for s in suffixes if path.name.endswith(s)), None)
        if suffix is not None and path.is_file():
            relative = path.relative_to(package.parent)
            parts = [*relative.parent.parts, path.name[: -len(suffix)]]
            found[".".join(parts)] = path
    return dict(sorted(found.items()))


def stale_modules(package: Path = _PACKAGE) -> list[str]:
    """Compiled modules of ``package`` whose ``.py`` file changed after they were built."""
    stale = []
    for name, compiled in compiled_modules(package).items():
        source = compiled.with_name(name.rpartition(".")[2] + ".py")
        if source.is_file() and source.stat().st_mtime > compiled.stat().st_mtime:
            stale.append(name)
    return stale
