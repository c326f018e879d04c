"""The compiled-module report that guards against running stale compiled code."""

from __future__ import annotations

import importlib.machinery
import os
from pathlib import Path

from newskit.buildinfo import compiled_modules, stale_modules

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(tmp_path: Path) -> Path:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    for name in ("__init__.py", "plain.py", "sub/__init__.py", "sub/fast.py"):
        (package / name).write_text("")
    (package / "sub" / f"fast{SUFFIX}").write_bytes(b"")
    return package


def test_compiled_modules_names_each_extension_by_its_module(tmp_path: Path) -> None:
    package = _package(tmp_path)
    assert compiled_modules(package) == {"pkg.sub.fast": package / "sub" / f"fast{SUFFIX}"}


def test_a_source_edited_after_the_build_is_stale(tmp_path: Path) -> None:
    package = _package(tmp_path)
    compiled = package / "sub" / f"fast{SUFFIX}"
    source = package / "sub" / "fast.py"
    os.utime(source, (1_000_000, 1_000_000))
    os.utime(compiled, (2_000_000, 2_000_000))
    assert stale_modules(package) == []
    os.utime(source, (3_000_000, 3_000_000))
    assert stale_modules(package) == ["pkg.sub.fast"]


def test_the_installed_package_has_no_stale_compiled_module() -> None:
    assert stale_modules() == []
