"""Built-in plugin: registers German and English."""

from __future__ import annotations

from collections.abc import Callable

from ..hookspecs import hookimpl
from ..languages import de, en
from ..registrations import Language


@hookimpl
def register_languages(register: Callable[[Language], None]) -> None:
    register(de.LANGUAGE)
    register(en.LANGUAGE)
