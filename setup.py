"""Build script: compiles newskit's hottest rule modules to C with mypyc.

The package is complete in pure Python; compilation only makes it faster (actor recognition
about twice as fast, quote attribution about 1.6 times). mypyc is a build requirement
(pyproject.toml), so a normal install compiles these modules when a C compiler and the Python
headers are present.
``NEWSKIT_COMPILE=0`` builds the pure-Python package instead: use it for an editable install in
which you edit these modules, because a compiled module takes precedence over its ``.py`` file
(the test suite stops with a message when a ``.py`` file is newer than its compiled module).
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import setup

#: The modules compiled with mypyc. Each must type-check cleanly and define no attrs classes
#: (mypyc compiles dataclasses and plain classes into native classes, but not attrs classes).
#: Compiled functions lose their docstrings, so modules the API docs document stay out.
COMPILED = [
    # quote attribution (draft.py stays out: it builds its attrs class without validators)
    "src/newskit/attribution/cues.py",
    "src/newskit/attribution/direct.py",
    "src/newskit/attribution/document.py",
    "src/newskit/attribution/engine.py",
    "src/newskit/attribution/indirect.py",
    "src/newskit/attribution/lexicon.py",
    "src/newskit/attribution/phrases.py",
    "src/newskit/attribution/quotemarks.py",
    "src/newskit/attribution/speakers.py",
    # actor recognition (folding.py stays out: the API docs show its docstrings)
    "src/newskit/recognition/candidates.py",
    "src/newskit/recognition/consolidation.py",
    "src/newskit/recognition/document.py",
    "src/newskit/recognition/resources.py",
    "src/newskit/recognition/roles.py",
]


def can_compile() -> str | None:
    """Why this machine cannot compile C extensions, or None when it can."""
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler!r} not found)"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h; Debian: apt-get install python3-dev)"
    return None


def ext_modules() -> list[object]:
    if os.environ.get("NEWSKIT_COMPILE", "1") == "0":
        return []
    missing = can_compile()
    if missing is not None:
        print(f"newskit: building the pure-Python package: {missing}", file=sys.stderr)
        return []
    from mypyc.build import mypycify

    try:
        return list(mypycify(COMPILED, opt_level="3"))
    except (Exception, SystemExit) as error:  # mypyc exits on type errors
        # installing must not fail for want of speed; CI checks that it compiled
        # (tests/test_buildinfo.py)
        print(f"newskit: building the pure-Python package: mypyc failed ({error!r})",
              file=sys.stderr)
        return []


setup(ext_modules=ext_modules())
