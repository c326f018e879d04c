"""The hook specifications: the contract between newskit and its plugins.

Hook families have fixed meanings:

- ``register_*`` hooks receive a ``register`` callback; call it once per thing the plugin adds.
- ``resolve_*`` hooks are ``firstresult``: the first implementation that returns something other
  than ``None`` wins, so a plugin can take over a step by returning a value (or decline with
  ``None``). Built-in fallbacks are ``trylast``.
- ``extract_*`` and ``attribute_*`` hooks collect: every implementation contributes, and the
  pipeline combines the results.

Hooks are always called with keyword arguments; an implementation may accept any subset of them,
so adding an argument later never breaks an existing plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .backends import Backend
    from .model import Actor, Article, Attribution, Sentence, TimeExpression, Token
    from .registrations import Command, Exporter, Language, Reader, Runner

PROJECT_NAME = "newskit"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


# --- registration: what a plugin adds ----------------------------------------------------------


@hookspec
def register_languages(register: Callable[[Language], None]) -> None:
    """Add languages, or lexicons to a language another plugin registered.

    Registering a language whose code is already known merges the lexicons.

    :param register: call with a :class:`~newskit.registrations.Language` for each language.
    """


@hookspec
def register_readers(register: Callable[[Reader], None]) -> None:
    """Add input formats.

    :param register: call with a :class:`~newskit.registrations.Reader` for each format.
    """


@hookspec
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Add export formats.

    :param register: call with an :class:`~newskit.registrations.Exporter` for each format.
    """


@hookspec
def register_commands(register: Callable[[Command], None]) -> None:
    """Add ``newskit`` sub-commands.

    :param register: call with a :class:`~newskit.registrations.Command` for each command.
    """


@hookspec
def register_runners(register: Callable[[Runner], None]) -> None:
    """Add ways to run ``newskit analyze`` over many articles (a cluster, a job queue).

    :param register: call with a :class:`~newskit.registrations.Runner` for each runner.
    """


@hookspec
def register_backends(register: Callable[[Backend], None]) -> None:
    """Add analysis backends: named sets of plugins a pipeline can switch to.

    A backend does nothing until a pipeline selects it (``Pipeline(backend="name")``,
    ``newskit analyze --backend name``); it then blocks the plugins it replaces and registers
    the plugins its ``activate`` factory returns, for that pipeline only.

    :param register: call with a :class:`~newskit.backends.Backend` for each backend.
    """


# --- analysis, in pipeline order ---------------------------------------------------------------


@hookspec(firstresult=True)
def resolve_language(text: str, languages: Sequence[Language]) -> str | None:
    """Identify the language of a text.

    The first non-None result wins.

    :param text: the article text.
    :param languages: the registered languages; return the code of one of them.
    :return: an ISO 639-1 code, or None to let another plugin decide.
    """


@hookspec(firstresult=True)
def resolve_tokens(article: Article, language: Language) -> Sequence[Token] | None:
    """Split the article text into tokens.

    The first non-None result wins.

    :param article: the article, with ``language`` set.
    :param language: the article's language and its lexicons.
    :return: tokens in text order, not overlapping, or None to let another plugin decide.
    """


@hookspec(firstresult=True)
def resolve_sentences(article: Article, language: Language) -> Sequence[Sentence] | None:
    """Group the article's tokens into sentences.

    The first non-None result wins.

    :param article: the article, with ``tokens`` set.
    :param language: the article's language and its lexicons.
    :return: sentences in text order, each covering a contiguous range of tokens, or None.
    """


@hookspec
def extract_actors(article: Article, language: Language) -> Iterable[Actor] | None:
    """Find the people, organisations, places and groups of an article.

    Every implementation contributes; actor ids must be unique across plugins (prefix them with
    something of your plugin's when you add to the built-in recogniser).

    :param article: the article, with ``tokens`` and ``sentences`` set.
    :param language: the article's language and its lexicons.
    :return: actors, each with its mentions.
    """


@hookspec
def extract_dates(article: Article, language: Language) -> Iterable[TimeExpression] | None:
    """Find temporal expressions and normalise them to TIMEX3 values.

    Relative expressions resolve against ``article.published``; without it, return an
    underspecified value (``XXXX-XX-XX``-style) rather than a guess.

    :param article: the article, with ``tokens`` and ``sentences`` set.
    :param language: the article's language and its lexicons.
    :return: time expressions in text order.
    """


@hookspec
def attribute_statements(article: Article, language: Language) -> Attribution | None:
    """Find statements and who made them.

    :param article: the article, with ``tokens``, ``sentences``, ``actors`` and ``dates`` set;
        speakers refer to those actors by id.
    :param language: the article's language and its lexicons.
    :return: an :class:`~newskit.model.Attribution`: the statements, and any actors the
        attribution had to add (an anonymous official nobody else listed).
    """
