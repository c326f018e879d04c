"""Where the Stanza models live, whether they are there, and loading them once per process.

Nothing here downloads anything: :func:`load_stanza` builds ``stanza.Pipeline`` with
``download_method=None``. Only ``newskit stanza download`` (:func:`download`) fetches models,
and only when the user runs it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from newskit import NewskitError, PluginError

__all__ = [
    "DIR_ENV",
    "PARTS",
    "ModelsNotFoundError",
    "StanzaDownloadError",
    "check_models",
    "clear_cache",
    "download",
    "load_stanza",
    "missing_processors",
    "processors_for",
    "resources_dir",
]

#: Environment variable: the Stanza resources directory newskit uses (a setting of the backend,
#: ``resources_dir``, wins over it; ``STANZA_RESOURCES_DIR`` and Stanza's default come after).
DIR_ENV = "NEWSKIT_STANZA_DIR"
STANZA_ENV = "STANZA_RESOURCES_DIR"

#: What each part of the backend needs from Stanza (``mwt`` is added by Stanza where a
#: language has multi-word tokens).
PARTS: dict[str, tuple[str, ...]] = {
    "tokens": ("tokenize",),
    "actors": ("tokenize", "ner"),
    "quotes": ("tokenize", "pos", "lemma", "depparse"),
}


class ModelsNotFoundError(NewskitError):
    """The Stanza models a backend needs are not installed; the message says what to run."""


class StanzaDownloadError(NewskitError):
    """``newskit stanza download`` could not fetch the models."""


def _resources_version() -> str:
    """Stanza's ``__resources_version__`` (part of its default directory), read from its
    ``_version.py`` without importing Stanza (which would import torch)."""
    spec = importlib.util.find_spec("stanza")
    if spec is not None and spec.origin:
        version_file = Path(spec.origin).with_name("_version.py")
        try:
            found = re.search(
                r"__resources_version__\s*=\s*['\"]([^'\"]+)['\"]",
                version_file.read_text(encoding="utf-8"),
            )
        except OSError:
            found = None
        if found:
            return found.group(1)
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:  # pragma: no cover - stanza is a dependency
        return "unknown"


def resources_dir(setting: str | os.PathLike[str] | None = None) -> Path:
    """The Stanza resources directory: ``setting``, else ``$NEWSKIT_STANZA_DIR``, else
    ``$STANZA_RESOURCES_DIR``, else Stanza's own default (found without importing Stanza)."""
    for value in (setting, os.environ.get(DIR_ENV), os.environ.get(STANZA_ENV)):
        if value:
            return Path(value).expanduser()
    from platformdirs import user_cache_dir  # a dependency of stanza; cheap

    return Path(user_cache_dir("stanza", "StanfordNLP", _resources_version())) / "resources"


def processors_for(parts: Iterable[str]) -> tuple[str, ...]:
    """The Stanza processors the given parts need, in Stanza's pipeline order."""
    order = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
    wanted = {processor for part in parts for processor in PARTS[part]}
    return tuple(processor for processor in order if processor in wanted)


def missing_processors(directory: Path, language: str, processors: Sequence[str]) -> list[str]:
    """The processors of ``processors`` with no model files under ``directory/language``.

    A cheap file-system check (no Stanza import): Stanza keeps each model in
    ``DIR/LANG/PROCESSOR/PACKAGE.pt`` and its index in ``DIR/resources.json``.
    """
    if not (directory / "resources.json").is_file():
        return list(processors)
    missing = []
    for processor in processors:
        folder = directory / language / processor
        if not folder.is_dir() or not any(folder.glob("*.pt")):
            missing.append(processor)
    return missing


def _install_hint(directory: Path, languages: Sequence[str]) -> str:
    return (
        f"run: newskit stanza download {' '.join(languages)} --dir {directory}  "
        f"(or set {DIR_ENV} to the directory that holds the Stanza models)"
    )


def check_models(directory: Path, language: str | None, processors: Sequence[str]) -> None:
    """Raise :class:`ModelsNotFoundError` naming the exact command to run when models are
    missing. With ``language=None`` only checks that ``directory`` holds Stanza resources."""
    if language is None:
        if not (directory / "resources.json").is_file():
            raise ModelsNotFoundError(
                f"no Stanza models in {directory} (no resources.json there); "
                + _install_hint(directory, ("de", "en"))
            )
        return
    missing = missing_processors(directory, language, processors)
    if missing:
        raise ModelsNotFoundError(
            f"the Stanza models for {language!r} are not installed in {directory} "
            f"(missing: {', '.join(missing)}); " + _install_hint(directory, (language,))
        )


# --- loading: once per process per (directory, language, processors, device) -----------------

_LOCK = threading.Lock()
_PIPELINES: dict[tuple[str, str, tuple[str, ...], str | None], Any] = {}


def load_stanza(
    directory: Path, language: str, processors: Sequence[str], device: str | None = None
) -> Any:
    """A ``stanza.Pipeline``, built on first use and then reused by every newskit pipeline of
    this process that asks for the same models. Never downloads."""
    key = (str(directory), language, tuple(processors), device)
    with _LOCK:
        nlp = _PIPELINES.get(key)
        if nlp is not None:
            return nlp
        check_models(directory, language, processors)
        try:
            import stanza

            nlp = stanza.Pipeline(
                lang=language,
                dir=str(directory),
                processors=",".join(processors),
                download_method=None,
                logging_level="WARN",
                device=device,
            )
        except Exception as error:  # stanza's own errors become one clear line
            raise ModelsNotFoundError(
                f"Stanza could not load its {language!r} models ({', '.join(processors)}) from "
                f"{directory}: {type(error).__name__}: {error}; "
                + _install_hint(directory, (language,))
            ) from error
        _PIPELINES[key] = nlp
        return nlp


def clear_cache() -> None:
    """Forget the loaded Stanza pipelines (frees their memory once nothing else holds them)."""
    with _LOCK:
        _PIPELINES.clear()


# --- downloading: only when the user asks -----------------------------------------------------


def download(languages: Sequence[str], directory: Path, processors: Sequence[str]) -> None:
    """Fetch the models for ``languages`` into ``directory`` with Stanza's own downloader.

    :raises StanzaDownloadError: with one readable line when Stanza cannot fetch them.
    """
    import stanza

    directory.mkdir(parents=True, exist_ok=True)
    for language in languages:
        try:
            stanza.download(
                lang=language,
                model_dir=str(directory),
                processors=",".join(processors),
                logging_level="INFO",
            )
        except Exception as error:  # network, unknown language, full disk: one clear line
            raise StanzaDownloadError(
                f"could not download the Stanza models for {language!r} into {directory}: "
                f"{type(error).__name__}: {error}. Check the network connection and the "
                "language code, or copy an existing Stanza resources directory there"
            ) from error


def ensure_plugin_error(error: Exception, what: str) -> PluginError:
    """Wrap an unexpected Stanza failure during analysis as a one-line :class:`PluginError`."""
    return PluginError(f"Stanza failed on {what}: {type(error).__name__}: {error}")
