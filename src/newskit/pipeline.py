"""The pipeline: configure once, analyse many articles.

Stages run in this order, each a hook (see :mod:`newskit.hookspecs`): language identification,
tokens, sentences, actors and dates, statements. Each stage gets the article as the earlier
stages left it and returns new objects; the pipeline adds them to a copy of the article and
checks only what the stage returned (see :func:`_staged`).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs
import pluggy

from .backends import DEFAULT_BACKEND, RULES, Backend, apply_backends, parse_backend_names
from .batch import Failure, analyze_many
from .errors import InputError, PluginError, UnknownFormatError, UnsupportedLanguageError
from .model import (
    Actor,
    Article,
    Attribution,
    Sentence,
    TimeExpression,
    _unchecked_copy,
    check_spans,
    parse_date,
)
from .plugins import get_plugin_manager
from .registrations import Command, Exporter, Language, Reader, Runner

__all__ = ["Pipeline"]

AUTO = "auto"

# Suffixes that a plugin package of the newskit project reads, for a helpful error message.
_READER_PACKAGES = {".html": "newskit-html", ".htm": "newskit-html"}


class Pipeline:
    """A configured analysis pipeline.

    :param language: a language code to assume for every article, or ``"auto"`` (default) to
        identify it per article (an article's own ``language`` field wins over identification).
    :param plugin_manager: a ready plugin manager; default: :func:`~newskit.get_plugin_manager`
        with ``block``, ``plugins`` and ``load_entrypoints``.
    :param block: plugin names to block.
    :param plugins: extra plugin objects to register.
    :param load_entrypoints: load installed plugins.
    :param backend: the analysis backend(s) to use: a name, comma-separated names or a sequence
        of names from :func:`~newskit.hookspecs.register_backends` (default ``"rules"``, the
        built-in plugins). A backend blocks the plugins it replaces, for this pipeline only.
    :param backend_options: settings for the selected backends (``{"resources_dir": ...}``);
        an option no selected backend accepts is an error.
    """

    def __init__(
        self,
        *,
        language: str = AUTO,
        plugin_manager: pluggy.PluginManager | None = None,
        block: Iterable[str] = (),
        plugins: Iterable[object] = (),
        load_entrypoints: bool = True,
        backend: str | Sequence[str] = DEFAULT_BACKEND,
        backend_options: Mapping[str, str] | None = None,
    ) -> None:
        # What the pipeline was built from: worker processes and Dask rebuild it from this.
        self._arguments: dict[str, Any] | None = (
            None
            if plugin_manager is not None
            else {
                "language": language,
                "block": tuple(block),
                "plugins": tuple(plugins),
                "load_entrypoints": load_entrypoints,
                "backend": backend,
                "backend_options": dict(backend_options or {}),
            }
        )
        self.plugin_manager = plugin_manager or get_plugin_manager(
            block=self._arguments["block"] if self._arguments else (),
            plugins=self._arguments["plugins"] if self._arguments else (),
            load_entrypoints=load_entrypoints,
        )
        hook = self.plugin_manager.hook
        self.backends: dict[str, Backend] = {RULES.name: RULES}
        hook.register_backends(register=self._named_adder(self.backends, Backend, "backend"))
        #: The selected backends, in the order given.
        self.backend: tuple[Backend, ...] = apply_backends(
            self.plugin_manager, self.backends, parse_backend_names(backend), backend_options
        )
        self.languages: dict[str, Language] = {}
        hook.register_languages(register=self._add_language)
        self.readers: dict[str, Reader] = {}
        hook.register_readers(register=self._named_adder(self.readers, Reader, "reader"))
        self.exporters: dict[str, Exporter] = {}
        hook.register_exporters(register=self._named_adder(self.exporters, Exporter, "exporter"))
        self.commands: dict[str, Command] = {}
        hook.register_commands(register=self._named_adder(self.commands, Command, "command"))
        self.runners: dict[str, Runner] = {}
        hook.register_runners(register=self._named_adder(self.runners, Runner, "runner"))
        if language != AUTO:
            self.language_for(language)  # fail now, not on the first article
        self.language = language

    # --- registration ---------------------------------------------------------------------------

    def _add_language(self, language: Language) -> None:
        if not isinstance(language, Language):
            raise PluginError(f"register_languages: expected a Language, received {language!r}")
        known = self.languages.get(language.code)
        self.languages[language.code] = known.merged(language) if known else language

    @staticmethod
    def _named_adder(table: dict[str, Any], kind: type[Any], what: str) -> Any:
        def register(item: Any) -> None:
            if not isinstance(item, kind):
                raise PluginError(
                    f"register_{what}s: expected {_article(kind.__name__)} {kind.__name__}, "
                    f"received {item!r}"
                )
            if item.name in table:
                raise PluginError(
                    f"two plugins register the {what} {item.name!r}; block one of them"
                )
            table[item.name] = item

        return register

    def language_for(self, code: str) -> Language:
        """The registered language for a code; a clear error when there is none."""
        try:
            return self.languages[code]
        except KeyError:
            known = ", ".join(sorted(self.languages)) or "none"
            raise UnsupportedLanguageError(
                f"language {code!r} is not supported (registered languages: {known}); "
                "install a plugin that adds it"
            ) from None

    # --- analysis -------------------------------------------------------------------------------

    def analyze(
        self,
        text: str | Article,
        *,
        language: str | None = None,
        published: dt.date | str | None = None,
        title: str | None = None,
        id: str | None = None,
    ) -> Article:
        """Analyse one text (or an unanalysed :class:`Article`) and return the analysed article."""
        if isinstance(text, Article):
            article = text
        elif isinstance(text, str):
            article = Article.from_text(text)
        else:
            raise TypeError(
                f"analyze: expected a str or an Article, received {type(text).__name__}"
            )
        changes: dict[str, Any] = {}
        if language is not None:
            changes["language"] = language
        if published is not None:
            try:
                changes["published"] = parse_date(published, "published")
            except ValueError as error:  # InputError is a ValueError too
                raise InputError(str(error)) from None
        if title is not None:
            changes["title"] = title
        if id is not None:
            changes["id"] = id
        if changes:
            article = attrs.evolve(article, **changes)
        return self.analyze_article(article)

    def analyze_article(self, article: Article) -> Article:
        """Run every stage on an article and return the analysed copy.

        An article that was analysed before (a newskit JSON export read back) is analysed
        afresh: its earlier tokens, sentences, actors, dates and statements are dropped first.
        """
        hook = self.plugin_manager.hook
        language = self._language_of(article)
        # The input article is checked; emptied fields need no check.
        article = _unchecked_copy(article, {"language": language.code, **_EMPTY_RESULTS})

        tokens = hook.resolve_tokens(article=article, language=language)
        if tokens is None:
            raise PluginError("no plugin resolved tokens (is the built-in tokenizer blocked?)")
        # Tokens are many: their classes are checked with their bounds, in one pass.
        article = _staged(article, "resolve_tokens", tokens=_to_tuple(tokens, "resolve_tokens"))

        sentences = hook.resolve_sentences(article=article, language=language)
        if sentences is None:
            raise PluginError("no plugin resolved sentences (is the built-in splitter blocked?)")
        sentences = _checked(sentences, Sentence, "resolve_sentences")
        article = _staged(article, "resolve_sentences", sentences=sentences)

        actors = _collect(
            hook.extract_actors(article=article, language=language), Actor, "extract_actors"
        )
        dates = _collect(
            hook.extract_dates(article=article, language=language), TimeExpression, "extract_dates"
        )
        article = _staged(
            article,
            "extract_actors/extract_dates",
            actors=_unique_ids(actors, "actor"),
            dates=tuple(
                sorted(_unique_ids(dates, "date"), key=lambda d: (d.span.start, d.span.end))
            ),
        )

        statements: list[Any] = []
        added_actors: list[Actor] = []
        for result in hook.attribute_statements(article=article, language=language):
            if result is None:
                continue
            if not isinstance(result, Attribution):
                raise PluginError(
                    "attribute_statements: expected an Attribution, received "
                    f"{type(result).__name__}"
                )
            statements.extend(result.statements)
            added_actors.extend(result.actors)
        all_actors = _unique_ids(article.actors + tuple(added_actors), "actor")
        known = {actor.id for actor in all_actors}
        for statement in statements:
            for reference in (statement.speaker, statement.channel):
                if reference is not None and reference not in known:
                    raise PluginError(
                        f"statement {statement.id!r} refers to actor {reference!r}, "
                        "which no plugin returned"
                    )
        return _staged(
            article,
            "attribute_statements",
            actors=all_actors,
            statements=_unique_ids(
                sorted(statements, key=lambda s: (s.content[0].start, s.content[-1].end)),
                "statement",
            ),
        )

    def _language_of(self, article: Article) -> Language:
        code = article.language
        if code is None or code == AUTO:
            code = self.language if self.language != AUTO else None
        if code is None:
            code = self.plugin_manager.hook.resolve_language(
                text=article.text,
                languages=tuple(self.languages[c] for c in sorted(self.languages)),
            )
            if code is None:
                raise UnsupportedLanguageError(
                    f"could not identify the language of article {article.id!r}; "
                    "pass language= (--language on the command line)"
                )
        return self.language_for(code)

    def analyze_many(
        self,
        articles: Iterable[Article | str],
        *,
        workers: int = 1,
        chunk_size: int = 8,
        on_error: Callable[[Failure], None] | None = None,
    ) -> Iterator[Article]:
        """Analyse many articles lazily, in input order, on ``workers`` processes.

        An article that fails does not stop the batch: ``on_error`` receives a
        :class:`~newskit.batch.Failure` naming it (default: a warning). See
        :func:`newskit.batch.analyze_many`.
        """
        return analyze_many(
            self, articles, workers=workers, chunk_size=chunk_size, on_error=on_error
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as its construction arguments (for worker processes and Dask), not as a live
        # plugin manager.
        if self._arguments is None:
            raise TypeError(
                "a Pipeline built from a ready plugin_manager cannot be sent to other processes; "
                "build it with block=/plugins= instead"
            )
        return (_rebuild_pipeline, (self._arguments,))

    # --- input and output -----------------------------------------------------------------------

    def reader_for(self, path: str, input_format: str | None = None) -> Reader:
        """The reader named ``input_format``, or the one whose suffix matches ``path``."""
        if input_format is not None:
            try:
                return self.readers[input_format]
            except KeyError:
                raise UnknownFormatError(
                    f"unknown input format {input_format!r}; "
                    f"available: {', '.join(sorted(self.readers))}"
                ) from None
        suffix = Path(path).suffix.lower()
        for reader in self.readers.values():
            if suffix in reader.suffixes:
                return reader
        if path == "-" and "txt" in self.readers:
            return self.readers["txt"]
        hint = _READER_PACKAGES.get(suffix)
        raise UnknownFormatError(
            f"{path}: no reader for files ending in {suffix or '(no suffix)'!r}; available: "
            + ", ".join(f"{r.name} ({' '.join(r.suffixes)})" for r in self.readers.values())
            + (f"; install the plugin package {hint} to read them" if hint else "")
        )

    def read(
        self,
        path: str | Path,
        *,
        input_format: str | None = None,
        on_error: Callable[[InputError], None] | None = None,
    ) -> Iterator[Article]:
        """Read unanalysed articles from a file (``"-"`` reads standard input).

        A reader reports a bad record (one line of a JSONL file) by yielding an
        :class:`~newskit.errors.InputError` instead of an article: with ``on_error`` it is
        passed there and reading goes on; without, it is raised.
        """
        name = str(path)
        reader = self.reader_for(name, input_format)
        if name == "-":
            yield from _articles_only(reader.read(sys.stdin.buffer, "-"), on_error)
            return
        try:
            stream = open(name, "rb")  # noqa: SIM115 - closed below, after the generator ends
        except OSError as error:
            raise InputError(f"cannot read {name}: {error.strerror or error}") from error
        with stream:
            yield from _articles_only(reader.read(stream, name), on_error)

    def exporter(self, name: str) -> Exporter:
        """The export format called ``name``; a clear error listing the available ones."""
        try:
            return self.exporters[name]
        except KeyError:
            raise UnknownFormatError(
                f"unknown format {name!r}; available: {', '.join(sorted(self.exporters))}"
            ) from None

    def export(
        self,
        articles: Iterable[Article],
        format: str,
        stream: IO[str] | None = None,
        **options: str,
    ) -> str | None:
        """Write articles in an export format to ``stream``, or return the text if no stream.

        ``options`` are the format's settings (``table="actors"`` for ``csv``), checked against
        what it declares.
        """
        exporter = self.exporter(format)
        if stream is not None:
            exporter.export(articles, stream, **options)
            return None
        buffer = io.StringIO()
        exporter.export(articles, buffer, **options)
        return buffer.getvalue()


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


def _articles_only(
    items: Iterable[Article | InputError], on_error: Callable[[InputError], None] | None
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputError):
            if on_error is None:
                raise item
            on_error(item)
        else:
            yield item


def _rebuild_pipeline(arguments: dict[str, Any]) -> Pipeline:
    return Pipeline(**arguments)


_EMPTY_RESULTS: dict[str, tuple[()]] = {
    "tokens": (),
    "sentences": (),
    "actors": (),
    "dates": (),
    "statements": (),
}


def _staged(article: Article, stage: str, **changes: tuple[Any, ...]) -> Article:
    """The article with one stage's results (tuples); a :class:`PluginError` naming the stage
    when they do not fit the article (a span outside the text, a duplicate id, an unknown actor
    id).

    Only the changed fields are checked (:func:`~newskit.model.check_spans` with ``fields``):
    the rest of the article was checked when it was made, and re-creating it with
    :func:`attrs.evolve` per stage would run every converter and validator again.
    """
    copy = _unchecked_copy(article, changes)
    try:
        check_spans(copy, fields=changes)
    except (ValueError, TypeError) as error:
        raise PluginError(
            f"{stage} returned results that do not fit the article: {error}"
        ) from error
    return copy


def _to_tuple(items: Iterable[Any], hook_name: str) -> tuple[Any, ...]:
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise PluginError(f"{hook_name}: expected a sequence, received {items!r}")
    return tuple(items)


def _checked(items: Iterable[Any] | None, kind: type, hook_name: str) -> tuple[Any, ...]:
    result = _to_tuple(items or (), hook_name)
    for item in result:
        if not isinstance(item, kind):
            raise PluginError(f"{hook_name}: expected {kind.__name__} objects, received {item!r}")
    return result


def _collect(results: list[Iterable[Any] | None], kind: type, hook_name: str) -> tuple[Any, ...]:
    collected: list[Any] = []
    for result in results:
        if result is not None:
            collected.extend(_checked(tuple(result), kind, hook_name))
    return tuple(collected)


def _unique_ids(items: Iterable[Any], what: str) -> tuple[Any, ...]:
    result = tuple(items)
    seen: set[str] = set()
    for item in result:
        if item.id in seen:
            raise PluginError(f"two {what}s share the id {item.id!r}; plugins must use unique ids")
        seen.add(item.id)
    return result


def language_names(languages: Mapping[str, Language]) -> str:
    return ", ".join(f"{code} ({language.name})" for code, language in sorted(languages.items()))
