"""The plugin objects a Stanza backend activates, one per part, sharing one annotator.

An :class:`Annotator` belongs to one newskit pipeline. It checks at construction that the
resources directory holds Stanza models at all (a file-system check; no import of Stanza or
torch, no download), and on the first article of a language that the models of that language
are there; only then does it load Stanza (once per process, see
:func:`~newskit_stanza.models.load_stanza`). It remembers the last parsed article so the parts
share one Stanza run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from newskit import (
    Actor,
    Article,
    Attribution,
    Language,
    NewskitError,
    Sentence,
    Token,
    hookimpl,
)

from . import models
from .attribution import attribute
from .convert import Parsed, actors_from, parse_document
from .lexicon import AS_MARKERS, SPEECH_LEMMAS
from .models import check_models, ensure_plugin_error, processors_for, resources_dir

__all__ = ["Annotator", "StanzaActors", "StanzaQuotes", "StanzaTokens", "plugins_for"]

LANGUAGE_NAMES = {"de": "German", "en": "English"}


class Annotator:
    """Runs Stanza on articles for one pipeline (lazily, once per article).

    :param parts: which parts use it (``"tokens"``, ``"actors"``, ``"quotes"``); they decide
        which Stanza processors load.
    :param resources_dir: the Stanza resources directory (default: see
        :func:`~newskit_stanza.models.resources_dir`).
    :param device: ``"cpu"``, ``"cuda"``, ... (default: Stanza's choice, a GPU if there is one).
    :raises ModelsNotFoundError: when the directory holds no Stanza models at all.
    """

    def __init__(
        self,
        parts: Iterable[str],
        resources_dir: str | Path | None = None,
        device: str | None = None,
    ) -> None:
        self.parts = tuple(parts)
        self.processors = processors_for(self.parts)
        self.directory = _resolve(resources_dir)
        self.device = device or None
        self._lock = threading.Lock()
        self._last: tuple[tuple[str, str], Parsed] | None = None
        check_models(self.directory, None, self.processors)

    def parse(self, article: Article, language: Language) -> Parsed:
        """The parsed article (Stanza runs once per article text and language)."""
        key = (language.code, article.text)
        with self._lock:
            if self._last is not None and self._last[0] == key:
                return self._last[1]
        check_models(self.directory, language.code, self.processors)  # cheap, every article
        nlp = models.load_stanza(self.directory, language.code, self.processors, self.device)
        try:
            document = nlp(article.text) if article.text.strip() else None
        except NewskitError:
            raise
        except Exception as error:  # one line for the user, never Stanza's traceback
            raise ensure_plugin_error(error, f"article {article.id!r}") from error
        parsed = (
            parse_document(document, article.text) if document is not None else Parsed((), (), ())
        )
        with self._lock:
            self._last = (key, parsed)
        return parsed


def _resolve(setting: str | Path | None) -> Path:
    return resources_dir(setting)


class StanzaTokens:
    """Tokens and sentences from Stanza's tokenizer."""

    def __init__(self, annotator: Annotator) -> None:
        self.annotator = annotator

    @hookimpl
    def resolve_tokens(self, article: Article, language: Language) -> Sequence[Token]:
        return self.annotator.parse(article, language).tokens

    @hookimpl
    def resolve_sentences(self, article: Article, language: Language) -> Sequence[Sentence]:
        return self.annotator.parse(article, language).newskit_sentences()


class StanzaActors:
    """Actors from Stanza's named entities."""

    def __init__(self, annotator: Annotator) -> None:
        self.annotator = annotator

    @hookimpl
    def extract_actors(self, article: Article, language: Language) -> list[Actor]:
        return actors_from(article, self.annotator.parse(article, language).entities)


class StanzaQuotes:
    """Statements from dependency parses (see :mod:`newskit_stanza.attribution`)."""

    def __init__(self, annotator: Annotator) -> None:
        self.annotator = annotator

    @hookimpl
    def register_languages(self, register: Callable[[Language], None]) -> None:
        for code, lemmas in SPEECH_LEMMAS.items():
            lexicons = {"stanza_speech_lemmas": lemmas, "stanza_as_markers": AS_MARKERS[code]}
            register(Language.from_mapping(code, LANGUAGE_NAMES.get(code, code), lexicons))

    @hookimpl
    def attribute_statements(self, article: Article, language: Language) -> Attribution:
        return attribute(article, language, self.annotator.parse(article, language).sentences)


PART_PLUGINS: dict[str, type] = {
    "tokens": StanzaTokens,
    "actors": StanzaActors,
    "quotes": StanzaQuotes,
}


def plugins_for(
    parts: Sequence[str], resources_dir: str | None = None, device: str | None = None
) -> list[object]:
    """The plugin objects for ``parts``, sharing one :class:`Annotator`."""
    annotator = Annotator(parts, resources_dir=resources_dir, device=device)
    return [PART_PLUGINS[part](annotator) for part in parts]
