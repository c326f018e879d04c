"""The objects that ``register_*`` hooks hand to their ``register`` callback.

Plugins describe what they add (a language, a reader, an export format, a CLI command) with these
classes; the :class:`~newskit.pipeline.Pipeline` checks them, settles name clashes and remembers
which plugin supplied what.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

if TYPE_CHECKING:
    from .batch import Failure
    from .model import Article
    from .pipeline import Pipeline

__all__ = ["Command", "Exporter", "Language", "Lexicon", "Reader", "Runner"]


def _lowercase_name(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value or value != value.strip().lower():
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected a non-empty lowercase name, "
            f"received {value!r}"
        )


def _callable(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not callable(value):
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected a callable, received {value!r}"
        )


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError(f"expected a sequence of strings, received the string {value!r}")
    return tuple(value)


@frozen
class Lexicon:
    """A named word list of one language: cue verbs, abbreviations, month names, titles.

    Order matters where it carries meaning (months and weekdays are in calendar order).
    """

    name: str = field(validator=_lowercase_name)
    entries: tuple[str, ...] = field(converter=_str_tuple)


@frozen(cache_hash=True)  # hashed often: components cache compiled data per language
class Language:
    """A language newskit can analyse: its ISO 639-1 code, its name and its lexicons.

    A new language is a plugin that registers one of these (and, where the built-in rules do not
    fit, its own ``resolve_*`` / ``extract_*`` implementations).
    """

    code: str = field(validator=_lowercase_name)
    name: str
    lexicons: tuple[Lexicon, ...] = field(default=(), converter=tuple)

    @classmethod
    def from_mapping(cls, code: str, name: str, lexicons: Mapping[str, Iterable[str]]) -> Language:
        """Build a language from ``{lexicon name: entries}``."""
        return cls(code, name, tuple(Lexicon(key, tuple(v)) for key, v in lexicons.items()))

    def lexicon(self, name: str) -> tuple[str, ...]:
        """The entries of one lexicon (merged if several plugins contributed it), or ``()``."""
        entries: tuple[str, ...] = ()
        for lexicon in self.lexicons:
            if lexicon.name == name:
                entries += lexicon.entries
        return entries

    def merged(self, other: Language) -> Language:
        """This language with the lexicons of ``other`` (the same code) added."""
        return attrs.evolve(self, lexicons=self.lexicons + other.lexicons)


ReadFunction = Callable[[IO[bytes], str], Iterable["Article"]]
WriteFunction = Callable[[Iterable["Article"], IO[str]], None]


@frozen
class Reader:
    """An input format.

    :ivar name: the format name used on the command line (``--input-format``).
    :ivar suffixes: file suffixes it handles by default, with the dot (``(".txt",)``).
    :ivar read: ``read(stream, name)`` yields unanalysed articles from a binary stream; ``name``
        is the file name (or ``"-"`` for stdin), used for ids.
    """

    name: str = field(validator=_lowercase_name)
    suffixes: tuple[str, ...] = field(converter=_str_tuple)
    read: ReadFunction = field(validator=_callable)
    description: str = ""


@frozen
class Exporter:
    """An output format.

    :ivar name: the format name used on the command line (``--format``).
    :ivar suffix: the file suffix for ``-o DIR`` output, with the dot.
    :ivar write: ``write(articles, stream)`` writes the articles as text to the stream.
    :ivar media_type: the IANA media type of the output.
    """

    name: str = field(validator=_lowercase_name)
    suffix: str
    write: WriteFunction = field(validator=_callable)
    media_type: str = "application/octet-stream"
    description: str = ""


@frozen
class Command:
    """A ``newskit`` sub-command.

    :ivar configure: adds the command's arguments to its :class:`argparse.ArgumentParser`.
    :ivar run: runs the command with the parsed arguments; returns the exit status.
    """

    name: str = field(validator=_lowercase_name)
    help: str
    configure: Callable[[argparse.ArgumentParser], None] = field(validator=_callable)
    run: Callable[[argparse.Namespace], int] = field(validator=_callable)


RunFunction = Callable[
    ["Pipeline", Iterable["Article"], argparse.Namespace, Callable[["Failure"], None]],
    Iterable["Article"],
]


@frozen
class Runner:
    """A way to run ``newskit analyze`` over many articles (local processes, a Dask cluster).

    :ivar add_arguments: adds the runner's options to the ``analyze`` parser
        (``--dask-scheduler``).
    :ivar selected: given the parsed arguments, whether the user asked for this runner. The
        first selected runner runs; the built-in ``local`` runner is always selected, last.
    :ivar run: ``run(pipeline, articles, args, on_error)`` yields analysed articles in input
        order and reports each failure to ``on_error`` without stopping.
    """

    name: str = field(validator=_lowercase_name)
    add_arguments: Callable[[argparse.ArgumentParser], None] = field(validator=_callable)
    selected: Callable[[argparse.Namespace], bool] = field(validator=_callable)
    run: RunFunction = field(validator=_callable)
    description: str = ""
