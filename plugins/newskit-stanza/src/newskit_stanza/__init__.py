"""newskit-stanza: the neural backend for newskit.

Loaded through the entry point ``stanza = "newskit_stanza"`` (group ``newskit``), this module
only registers things; it imports neither Stanza nor torch and changes no analysis:

- the backends ``stanza`` (tokens, sentences, actors and statements from Stanza),
  ``stanza-tokens``, ``stanza-actors`` and ``stanza-quotes`` (one part each, combinable:
  ``--backend stanza-actors,stanza-quotes``), each replacing the built-in plugin of its part for
  the pipeline that selects it; options ``resources_dir`` and ``device``;
- the command ``newskit stanza download LANG...`` (and ``newskit stanza check``).

See ``docs/stanza.md``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from functools import partial

from newskit import Command, hookimpl
from newskit.backends import Backend

from .models import (
    DIR_ENV,
    PARTS,
    ModelsNotFoundError,
    StanzaDownloadError,
    check_models,
    download,
    missing_processors,
    processors_for,
    resources_dir,
)

__version__ = "0.1.0"

__all__ = [
    "BACKENDS",
    "DIR_ENV",
    "ModelsNotFoundError",
    "StanzaDownloadError",
    "register_backends",
    "register_commands",
]

#: Built-in plugins each part replaces.
REPLACES: dict[str, str] = {
    "tokens": "newskit.default_plugins.tokenizer",
    "actors": "newskit.default_plugins.actors",
    "quotes": "newskit.default_plugins.quotes",
}

#: Backend name -> the parts it runs on Stanza.
BACKENDS: dict[str, tuple[str, ...]] = {
    "stanza": ("tokens", "actors", "quotes"),
    "stanza-tokens": ("tokens",),
    "stanza-actors": ("actors",),
    "stanza-quotes": ("quotes",),
}

DESCRIPTIONS = {
    "stanza": "Stanza tokens, sentences, entities and dependency-based quotes",
    "stanza-tokens": "Stanza tokens and sentences only",
    "stanza-actors": "Stanza named entities as actors only",
    "stanza-quotes": "Stanza dependency-based quote attribution only",
}

OPTIONS = ("resources_dir", "device")


def _activate(
    parts: Sequence[str], resources_dir: str | None = None, device: str | None = None
) -> list[object]:
    from .plugin import plugins_for  # the plugin classes, still without Stanza

    return plugins_for(parts, resources_dir=resources_dir, device=device)


@hookimpl
def register_backends(register: Callable[[Backend], None]) -> None:
    for name, parts in BACKENDS.items():
        register(
            Backend(
                name,
                replaces=tuple(REPLACES[part] for part in parts),
                activate=partial(_activate, parts),
                options=OPTIONS,
                description=DESCRIPTIONS[name],
            )
        )


# --- newskit stanza ... -------------------------------------------------------------------------


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="stanza_command", metavar="ACTION")
    actions.required = True
    fetch = actions.add_parser(
        "download", help="download the Stanza models the backend needs (uses the network)"
    )
    check = actions.add_parser("check", help="say which Stanza models are installed")
    for sub in (fetch, check):
        sub.add_argument(
            "languages",
            nargs="+" if sub is fetch else "*",
            metavar="LANG",
            help="language codes, e.g. de en" + ("" if sub is fetch else " (default: de en)"),
        )
        sub.add_argument(
            "--dir",
            help=f"the Stanza resources directory (default: ${DIR_ENV}, then "
            "$STANZA_RESOURCES_DIR, then Stanza's default)",
        )
        sub.add_argument(
            "--parts",
            default=",".join(PARTS),
            help="backend parts to get models for, comma-separated (default: all: "
            + ",".join(PARTS)
            + ")",
        )


def _parts(value: str) -> tuple[str, ...]:
    parts = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [part for part in parts if part not in PARTS]
    if unknown or not parts:
        raise StanzaDownloadError(
            f"--parts: unknown part(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(PARTS)}"
        )
    return parts


def _run(args: argparse.Namespace) -> int:
    directory = resources_dir(args.dir)
    processors = processors_for(_parts(args.parts))
    if args.stanza_command == "download":
        download(args.languages, directory, processors)
        for language in args.languages:
            check_models(directory, language, processors)
        print(f"Stanza models for {', '.join(args.languages)} are in {directory}")
        print(
            f"use them with: newskit analyze --backend stanza (set {DIR_ENV}={directory} "
            "if that is not the default directory)"
        )
        return 0
    status = 0
    print(f"Stanza resources directory: {directory}")
    for language in args.languages or ["de", "en"]:
        missing = missing_processors(directory, language, processors)
        if missing:
            status = 1
            print(
                f"  {language}: missing {', '.join(missing)} "
                f"(run: newskit stanza download {language} --dir {directory})"
            )
        else:
            print(f"  {language}: installed ({', '.join(processors)})")
    return status


@hookimpl
def register_commands(register: Callable[[Command], None]) -> None:
    register(
        Command(
            name="stanza",
            help="manage the Stanza models of the neural backend (download, check)",
            configure=_configure,
            run=_run,
        )
    )
