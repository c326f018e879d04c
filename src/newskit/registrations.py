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
    from .errors import InputError
    from .model import Article
    from .pipeline import Pipeline

__all__ = ["Command", "ExportOption", "Exporter", "Language", "Lexicon", "Reader", "Runner"]


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


def _lexicon_tuple(value: Iterable[Lexicon]) -> tuple[Lexicon, ...]:
    return tuple(value)


@frozen(cache_hash=True)  # hashed often: components cache compiled data per language
class Language:
    """A language newskit can analyse: its ISO 639-1 code, its name and its lexicons.

    A new language is a plugin that registers one of these (and, where the built-in rules do not
    fit, its own ``resolve_*`` / ``extract_*`` implementations).
    """

    code: str = field(validator=_lowercase_name)
    name: str
    lexicons: tuple[Lexicon, ...] = field(default=(), converter=_lexicon_tuple)

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


# A reader yields articles, or an InputError for a bad record it skips (one JSONL line).
ReadFunction = Callable[[IO[bytes], str], Iterable["Article | InputError"]]
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


FilesFunction = Callable[..., Mapping[str, str]]


@frozen
class ExportOption:
    """A setting of an export format, given as ``--option NAME=VALUE`` on the command line and
    as a keyword argument to :meth:`Exporter.export`.

    :ivar name: the option name (lowercase).
    :ivar help: one line saying what it does.
    :ivar choices: the allowed values; empty for any string.
    :ivar default: the value used when the option is not given.
    """

    name: str = field(validator=_lowercase_name)
    help: str
    choices: tuple[str, ...] = field(default=(), converter=_str_tuple)
    default: str | None = None


def _option_tuple(value: Iterable[ExportOption]) -> tuple[ExportOption, ...]:
    options = tuple(value)
    for option in options:
        if not isinstance(option, ExportOption):
            raise TypeError(f"Exporter.options: expected ExportOption objects, received {option!r}")
    return options


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(name), str(text)) for name, text in value)


def _optional_callable(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _callable(instance, attribute, value)


@frozen
class Exporter:
    """An output format.

    :ivar name: the format name used on the command line (``--format``).
    :ivar suffix: the file suffix for ``-o DIR`` output, with the dot.
    :ivar write: ``write(articles, stream, **options)`` writes the articles as text to the
        stream (``options`` only when the format declares any).
    :ivar media_type: the IANA media type of the output.
    :ivar description: one line for ``newskit formats``.
    :ivar options: the settings the format accepts (:class:`ExportOption`); each is passed to
        ``write`` and ``files`` as a keyword argument, its default filled in.
    :ivar files: for formats that need several files per article (brat's ``.txt`` and
        ``.ann``): ``files(article, **options)`` returns ``{suffix: text}``; ``-o DIR`` writes
        each (atomically) instead of calling ``write``. None for one file per article.
    :ivar directory_files: files written into an output directory that lacks them, beside the
        articles' (brat's ``annotation.conf``), as ``(file name, text)`` pairs.
    """

    name: str = field(validator=_lowercase_name)
    suffix: str
    write: WriteFunction = field(validator=_callable)
    media_type: str = "application/octet-stream"
    description: str = ""
    options: tuple[ExportOption, ...] = field(default=(), converter=_option_tuple)
    files: FilesFunction | None = field(default=None, validator=_optional_callable)
    directory_files: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)

    def settings(self, given: Mapping[str, str] | None = None) -> dict[str, str]:
        """Every declared option with its value: ``given`` checked against the declaration,
        defaults filled in. An :class:`~newskit.errors.UnknownFormatError` names an unknown
        option or a value outside its choices and lists what is allowed."""
        from .errors import UnknownFormatError

        given = dict(given or {})
        declared = {option.name: option for option in self.options}
        for name in given:
            if name not in declared:
                known = ", ".join(sorted(declared)) or "none"
                raise UnknownFormatError(
                    f"format {self.name!r} has no option {name!r}; its options: {known}"
                )
        values: dict[str, str] = {}
        for option in self.options:
            value = given.get(option.name, option.default)
            if value is None:
                continue
            if option.choices and value not in option.choices:
                raise UnknownFormatError(
                    f"format {self.name!r}: option {option.name!r} must be one of "
                    f"{', '.join(option.choices)}, received {value!r}"
                )
            values[option.name] = value
        return values

    def export(self, articles: Iterable[Article], stream: IO[str], **options: str) -> None:
        """Write articles to a stream with checked options."""
        self.write(articles, stream, **self.settings(options))

    def article_files(self, article: Article, **options: str) -> dict[str, str]:
        """The files of one article as ``{suffix: text}``: ``files`` when the format has it,
        else the single file ``write`` produces."""
        settings = self.settings(options)
        if self.files is not None:
            return dict(self.files(article, **settings))
        import io

        buffer = io.StringIO()
        self.write([article], buffer, **settings)
        return {self.suffix: buffer.getvalue()}


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
