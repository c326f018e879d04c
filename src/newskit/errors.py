"""Exceptions newskit raises on purpose. Each message names the problem and what to do."""

from __future__ import annotations


class NewskitError(Exception):
    """Base class: an error newskit reports to the user without a traceback."""


class UnsupportedLanguageError(NewskitError, ValueError):
    """The text's language, or the language asked for, has no registered language data."""


class UnknownFormatError(NewskitError, ValueError):
    """An input or output format name that no plugin registered."""


class InputError(NewskitError, ValueError):
    """An input that cannot be read: a missing file, bad encoding, malformed JSON."""


class PluginError(NewskitError):
    """A plugin misbehaved: a clashing name, a wrong return type, a duplicate id."""
