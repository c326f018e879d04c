"""Shared fixtures. Every test gets a fresh plugin manager; installed plugins are never loaded
unless a test asks for them explicitly."""

from __future__ import annotations

from pathlib import Path

import pytest

import newskit
from newskit.buildinfo import compiled_modules, stale_modules

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_1f7bb46f9c956492.txt"
DATA = SHARED / "data"


def pytest_report_header() -> str:
    compiled = ", ".join(compiled_modules()) or "none (pure Python)"
    return f"newskit compiled modules: {compiled}"


def pytest_configure(config: pytest.Config) -> None:
    stale = stale_modules()
    if stale:
        pytest.exit(
            f"compiled modules are older than their .py files: {', '.join(stale)}; rebuild with "
            "`pip install -e .` (or NEWSKIT_COMPILE=0 pip install -e . to run pure Python)",
            returncode=4,
        )


@pytest.fixture
def pipeline() -> newskit.Pipeline:
    """The built-in plugins only."""
    return newskit.Pipeline(load_entrypoints=False)


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    return SEED.read_text(encoding="utf-8")


def require_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test when it is absent."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not found: {path}")
    return path
