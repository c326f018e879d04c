"""Development sessions: ``nox -s tests lint typing docs bench`` (``nox -l`` lists them).

Every session installs from the package registry only (no other downloads) into its own venv
under ``.nox/``, with the Python that runs nox. Plugin packages are listed once, in
``requirements-test.txt``; the tests, docs and bench sessions install from it.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests", "lint", "typing", "docs"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
REQUIREMENTS = "requirements-test.txt"


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite exactly as the README says (extra arguments go to pytest)."""
    session.install("-r", REQUIREMENTS)
    session.run("pytest", *session.posargs)


@nox.session
def stanza(session: nox.Session) -> None:
    """Install the Stanza backend plugin (CPU torch first) and run its tests."""
    session.install("torch==2.13.0")  # first: otherwise stanza pulls a CUDA build of torch
    session.install("-e", ".[test]", "-e", "plugins/newskit-stanza")
    paths = ["plugins/newskit-stanza/tests", "tests/test_backends.py"]
    session.run("pytest", *paths, *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check the code with ruff."""
    session.install("ruff")
    session.run("ruff", "check", *(session.posargs or ["."]))


@nox.session
def typing(session: nox.Session) -> None:
    """Type-check src/newskit with mypy."""
    session.install("-e", ".", "mypy")
    session.run("mypy", "src/newskit")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the HTML docs strictly (-n -W) and run their doctests."""
    session.install("-r", REQUIREMENTS)
    session.install("-e", ".[docs]")
    for builder in ("html", "doctest"):
        out = str(ROOT / "docs" / "_build" / builder)
        session.run("sphinx-build", "-E", "-n", "-W", "--keep-going", "-b", builder, "docs", out)


@nox.session
def bench(session: nox.Session) -> None:
    """Run every script in benchmarks/ (each prints its table, or why it skipped)."""
    session.install("-r", REQUIREMENTS)
    session.install("-e", ".[bench]")
    scripts = sorted(p for p in (ROOT / "benchmarks").glob("*.py") if not p.name.startswith("_"))
    if not scripts:
        session.skip("no scripts in benchmarks/")
    for script in scripts:
        session.log(f"--- {script.name}")
        session.run("python", str(script), *session.posargs)
