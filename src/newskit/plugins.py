"""The plugin manager factory: built-ins, installed plugins, allow-list and blocking.

Nothing is loaded at import time. :func:`get_plugin_manager` builds a fresh manager each time it
is called, so tests get their own and never load installed plugins by accident.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from importlib import metadata

import pluggy

from . import hookspecs
from .errors import PluginError

__all__ = ["DEFAULT_PLUGINS", "ENTRY_POINT_GROUP", "PLUGINS_ENV", "get_plugin_manager"]

ENTRY_POINT_GROUP = "newskit"

#: Environment variable: a comma-separated allow-list of installed (entry point) plugins to load.
#: Unset loads all installed plugins; set to an empty string it loads none.
PLUGINS_ENV = "NEWSKIT_PLUGINS"

#: Built-in plugins, registered under these names (block one to replace it).
DEFAULT_PLUGINS: tuple[str, ...] = (
    "newskit.default_plugins.languages",
    "newskit.default_plugins.langid",
    "newskit.default_plugins.tokenizer",
    "newskit.default_plugins.readers",
    "newskit.default_plugins.exporters",
    "newskit.default_plugins.actors",
    "newskit.default_plugins.dates",
    "newskit.default_plugins.quotes",
    "newskit.default_plugins.evaluation",
    "newskit.default_plugins.runners",
)


def _allow_list(value: str | None) -> set[str] | None:
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def get_plugin_manager(
    *,
    load_entrypoints: bool = True,
    block: Iterable[str] = (),
    plugins: Iterable[object] = (),
    allow: Iterable[str] | None = None,
) -> pluggy.PluginManager:
    """A new plugin manager with the hook specs, the built-in plugins and installed plugins.

    :param load_entrypoints: load installed plugins of the entry-point group ``newskit``.
    :param block: plugin names not to register: built-ins (``"newskit.default_plugins.quotes"``)
        or entry-point names. Blocking a built-in lets another plugin replace it.
    :param plugins: extra plugin objects (modules, classes or instances) to register.
    :param allow: entry-point plugin names to load; default: the ``NEWSKIT_PLUGINS`` environment
        variable if set, else all installed.
    """
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    blocked = set(block)
    for name in blocked:
        manager.set_blocked(name)

    for name in DEFAULT_PLUGINS:
        if name not in blocked:
            manager.register(importlib.import_module(name), name=name)

    if load_entrypoints:
        allowed = set(allow) if allow is not None else _allow_list(os.environ.get(PLUGINS_ENV))
        for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
            if entry_point.name in blocked or (
                allowed is not None and entry_point.name not in allowed
            ):
                continue
            try:
                plugin = entry_point.load()
            except Exception as error:  # a broken plugin must not hide behind a deep traceback
                raise PluginError(
                    f"could not load plugin {entry_point.name!r} ({entry_point.value}): {error}"
                ) from error
            manager.register(plugin, name=entry_point.name)

    for plugin in plugins:
        manager.register(plugin)

    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        raise PluginError(f"a plugin implements a hook that does not exist: {error}") from error
    return manager


def plugin_distributions(manager: pluggy.PluginManager) -> dict[str, tuple[str, str]]:
    """Plugin name -> (distribution name, version) for plugins loaded from entry points."""
    found: dict[str, tuple[str, str]] = {}
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if manager.has_plugin(entry_point.name) and entry_point.dist is not None:
            found[entry_point.name] = (entry_point.dist.name, entry_point.dist.version)
    return found
