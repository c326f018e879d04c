"""Benchmark inputs: the corpora in ../shared/data, read in place (never copied)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
GNAD = DATA / "raw" / "10kGNAD"
POLNEAR_DEV = DATA / "quotes" / "polnear" / "dev" / "text"


def gnad_texts(limit: int | None = None) -> list[str]:
    """The 10kGNAD article texts (German), or [] when the data is absent."""
    texts: list[str] = []
    for path in sorted(GNAD.glob("*.jsonl")) if GNAD.exists() else ():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    texts.append(json.loads(line)["text"])
                if limit is not None and len(texts) >= limit:
                    return texts
    return texts


def polnear_dev_texts(limit: int | None = None) -> list[str]:
    """The PolNeAR dev article texts (English), or [] when the data is absent."""
    if not POLNEAR_DEV.exists():
        return []
    paths = sorted(POLNEAR_DEV.glob("*.txt"))[:limit]
    return [path.read_text(encoding="utf-8") for path in paths]


def megabytes(texts: list[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def build_note() -> str:
    """Which newskit modules ran compiled (mypyc, see setup.py): figures differ by build."""
    from newskit.buildinfo import compiled_modules

    compiled = [name.removeprefix("newskit.") for name in compiled_modules()]
    return "compiled modules: " + (", ".join(compiled) if compiled else "none (pure Python)")
