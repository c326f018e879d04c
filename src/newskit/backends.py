"""Analysis backends: named sets of plugins a pipeline can switch to.

A backend replaces some built-in plugins with its own, for one :class:`~newskit.Pipeline` only:
``Pipeline(backend="stanza")`` or ``newskit analyze --backend stanza``. Plugins offer backends
through the :func:`~newskit.hookspecs.register_backends` hook; installing such a plugin changes
nothing until a pipeline asks for its backend by name. The default backend, ``"rules"``, is the
built-in rule-based plugins and changes nothing.

Applying a backend to a plugin manager unregisters and blocks the plugins it
:attr:`~Backend.replaces`, then registers the plugin objects its :attr:`~Backend.activate`
factory returns (created anew for every pipeline, so each pipeline has its own state).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs
import pluggy
from attrs import field, frozen

from .errors import PluginError

__all__ = ["DEFAULT_BACKEND", "Backend", "apply_backends", "parse_backend_names"]

#: The name of the built-in rule-based backend, used when a pipeline names none.
DEFAULT_BACKEND = "rules"


def _name(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value or value != value.strip().lower() or "," in value:
        raise ValueError(
            f"Backend.{attribute.name}: expected a non-empty lowercase name without commas, "
            f"received {value!r}"
        )


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError(f"expected a sequence of strings, received the string {value!r}")
    return tuple(value)


def _no_plugins(**options: str) -> tuple[object, ...]:
    return ()


@frozen
class Backend:
    """A named analysis backend, handed to the ``register`` callback of ``register_backends``.

    :ivar name: the name a pipeline selects it by (``Pipeline(backend=name)``, ``--backend``).
    :ivar replaces: plugin names it blocks for the pipeline that selects it, usually built-ins
        (``"newskit.default_plugins.actors"``); they are unregistered if already registered.
    :ivar activate: ``activate(**options)`` returns the plugin objects to register for one
        pipeline; it is called once per pipeline that selects the backend, with the backend
        options the pipeline was given that this backend declares in ``options``. It must be
        cheap: load models lazily, on the first article.
    :ivar options: names of the options ``activate`` accepts (``Pipeline(backend_options=...)``,
        ``--backend-option NAME=VALUE``).
    :ivar description: one line for ``--help`` and error messages.
    """

    name: str = field(validator=_name)
    replaces: tuple[str, ...] = field(default=(), converter=_str_tuple)
    activate: Callable[..., Iterable[object]] = field(default=_no_plugins)
    options: tuple[str, ...] = field(default=(), converter=_str_tuple)
    description: str = ""

    @activate.validator
    def _callable(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not callable(value):
            raise ValueError(f"Backend.activate: expected a callable, received {value!r}")


#: The built-in backend: the plugins of :data:`newskit.plugins.DEFAULT_PLUGINS`, unchanged.
RULES = Backend(DEFAULT_BACKEND, description="the built-in rule-based plugins; the default")


def parse_backend_names(backend: str | Sequence[str]) -> tuple[str, ...]:
    """``"a,b"`` or ``["a", "b"]`` -> ``("a", "b")``; whitespace and empty names are dropped."""
    parts = backend.split(",") if isinstance(backend, str) else list(backend)
    names: list[str] = []
    for part in parts:
        if not isinstance(part, str):
            raise TypeError(f"backend: expected names as strings, received {part!r}")
        name = part.strip().lower()
        if name and name not in names:
            names.append(name)
    return tuple(names) or (DEFAULT_BACKEND,)


def apply_backends(
    manager: pluggy.PluginManager,
    available: Mapping[str, Backend],
    names: Sequence[str],
    options: Mapping[str, str] | None = None,
) -> tuple[Backend, ...]:
    """Switch ``manager`` to the named backends and return them.

    :raises PluginError: for an unknown backend name (the message lists the available ones)
        or an option that none of the selected backends accepts.
    """
    selected: list[Backend] = []
    for name in names:
        try:
            selected.append(available[name])
        except KeyError:
            listing = ", ".join(
                f"{known} ({backend.description})" if backend.description else known
                for known, backend in sorted(available.items())
            )
            raise PluginError(
                f"unknown backend {name!r}; available: {listing}. "
                "Backends come from installed plugins (see: newskit plugins)"
            ) from None
    given = dict(options or {})
    accepted = {option for backend in selected for option in backend.options}
    unknown = sorted(set(given) - accepted)
    if unknown:
        raise PluginError(
            f"backend option(s) {', '.join(map(repr, unknown))} not accepted by the backend "
            f"{', '.join(names)}; accepted: {', '.join(sorted(accepted)) or 'none'}"
        )

    for backend in selected:
        for blocked in backend.replaces:
            if manager.get_plugin(blocked) is not None:
                manager.unregister(name=blocked)
            manager.set_blocked(blocked)
    for backend in selected:
        settings = {key: value for key, value in given.items() if key in backend.options}
        plugins = tuple(backend.activate(**settings))
        for index, plugin in enumerate(plugins):
            name = backend.name if len(plugins) == 1 else f"{backend.name}.{index + 1}"
            manager.register(plugin, name=f"backend:{name}")
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        raise PluginError(
            f"a backend plugin implements a hook that does not exist: {error}"
        ) from error
    return tuple(selected)
