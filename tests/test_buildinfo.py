"""The compiled-module report that guards against running stale compiled code."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newskit.buildinfo import compiled_modules, stale_modules

ROOT = Path(__file__).resolve().parent.parent

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


def test_ci_tests_the_compiled_build() -> None:
    # .ci/run installs a C compiler and the Python headers; an install that still fell back to
    # pure Python (setup.py says why in pip's output) would leave the compiled code untested
    if os.environ.get("CI") != "true" or os.environ.get("NEWSKIT_COMPILE") == "0":
        pytest.skip("only in CI (CI=true), where the build must be compiled")
    assert compiled_modules(), "newskit was installed without its compiled modules"


# Runs the seed articles with the compiled modules replaced by their .py sources (a finder put
# first on sys.meta_path), and prints their actors and statements as JSON.
_PURE = """
import importlib.util, json, sys
from pathlib import Path
names = set(sys.argv[2:])

class SourceFirst:
    def find_spec(self, name, path=None, target=None):
        if name not in names:
            return None
        package = importlib.util.find_spec(name.rpartition(".")[0])
        source = Path(package.origin).parent / (name.rpartition(".")[2] + ".py")
        return importlib.util.spec_from_file_location(name, source)

sys.meta_path.insert(0, SourceFirst())
import newskit
from newskit.converter import dump_article
pipeline = newskit.Pipeline(load_entrypoints=False)
seeds = sorted(Path(sys.argv[1]).glob("*.txt"))
found = [dump_article(pipeline.analyze(p.read_text(encoding="utf-8"))) for p in seeds]
found = [{"actors": a["actors"], "statements": a["statements"]} for a in found]
files = {name: sys.modules[name].__file__ for name in names}
print(json.dumps({"files": files, "found": found}))
"""


def test_the_pure_python_modules_find_the_same_as_the_compiled_ones() -> None:
    from newskit import Pipeline
    from newskit.converter import dump_article

    compiled = list(compiled_modules())
    if not compiled:
        pytest.skip("no compiled modules in this install (pure Python)")
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    pipeline = Pipeline(load_entrypoints=False)
    expected = [dump_article(pipeline.analyze(p.read_text(encoding="utf-8"))) for p in seeds]
    expected = [{"actors": a["actors"], "statements": a["statements"]} for a in expected]
    run = subprocess.run(
        [sys.executable, "-c", _PURE, str(ROOT / "seeds"), *compiled],
        capture_output=True, text=True, check=True,
    )
    pure = json.loads(run.stdout)
    assert all(file.endswith(".py") for file in pure["files"].values()), pure["files"]
    assert all(found["actors"] and found["statements"] for found in expected)
    assert pure["found"] == expected
