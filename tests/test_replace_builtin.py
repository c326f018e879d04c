"""Blocking a built-in plugin by name and replacing it with another plugin.

Every test builds its own manager (``load_entrypoints=False``) with throwaway plugin classes
defined here, so nothing leaks between tests and installed plugins never interfere.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import pytest

import newskit
from newskit import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    Command,
    Exporter,
    Language,
    PluginError,
    Reader,
    Sentence,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexType,
    Token,
    UnsupportedLanguageError,
    hookimpl,
)
from newskit.plugins import DEFAULT_PLUGINS

TOKENIZER = "newskit.default_plugins.tokenizer"
LANGID = "newskit.default_plugins.langid"
QUOTES = "newskit.default_plugins.quotes"
LANGUAGES = "newskit.default_plugins.languages"
READERS = "newskit.default_plugins.readers"
EXPORTERS = "newskit.default_plugins.exporters"
EVALUATION = "newskit.default_plugins.evaluation"

TEXT = "Die Ministerin sagte am Dienstag: „Wir sind bereit, zu verhandeln.“ Danach ging sie."


def _whitespace_tokens(text: str) -> list[Token]:
    tokens = []
    start = None
    for index, char in enumerate(text + " "):
        if char.isspace():
            if start is not None:
                tokens.append(Token(start, index))
                start = None
        elif start is None:
            start = index
    return tokens


class WhitespaceTokenizer:
    """Tokens are runs of non-space characters; punctuation stays attached."""

    @hookimpl
    def resolve_tokens(self, article: Article, language: Language) -> list[Token]:
        return _whitespace_tokens(article.text)


class OneSentence:
    """The whole text is one sentence."""

    @hookimpl
    def resolve_sentences(self, article: Article) -> list[Sentence]:  # a subset of the arguments
        tokens = article.tokens
        return [Sentence(tokens[0].start, tokens[-1].end, 0, len(tokens))] if tokens else []


@pytest.mark.parametrize("name", DEFAULT_PLUGINS)
def test_every_built_in_can_be_blocked_by_name(name: str) -> None:
    manager = newskit.get_plugin_manager(load_entrypoints=False)
    assert manager.has_plugin(name)
    blocked = newskit.get_plugin_manager(load_entrypoints=False, block=[name])
    assert not blocked.has_plugin(name)
    assert blocked.is_blocked(name)
    others = {n for n, _ in manager.list_name_plugin()} - {name}
    assert {n for n, _ in blocked.list_name_plugin() if n != name} == others


def test_blocked_tokenizer_replaced_by_a_plugin() -> None:
    pipeline = newskit.Pipeline(
        load_entrypoints=False, block=[TOKENIZER], plugins=[WhitespaceTokenizer(), OneSentence()]
    )
    article = pipeline.analyze(TEXT, language="de")
    assert [article.slice(t) for t in article.tokens] == TEXT.split()
    assert "Dienstag:" in [article.slice(t) for t in article.tokens]  # built-in splits the colon
    assert len(article.sentences) == 1
    builtin = newskit.Pipeline(load_entrypoints=False).analyze(TEXT, language="de")
    assert "Dienstag:" not in [builtin.slice(t) for t in builtin.tokens]
    assert len(builtin.sentences) == 2


def test_a_plugin_wins_over_the_built_in_without_blocking() -> None:
    # resolve_* hooks are firstresult and the built-in is trylast: the plugin's answer wins
    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[WhitespaceTokenizer()])
    text = "Er kam am Dienstag.\n\nSie ging am Mittwoch."
    article = pipeline.analyze(text, language="de")
    assert [article.slice(t) for t in article.tokens] == text.split()
    # sentences still come from the built-in splitter (a paragraph break ends a sentence)
    assert [article.slice(s) for s in article.sentences] == text.split("\n\n")


def test_a_plugin_that_declines_leaves_the_step_to_the_built_in() -> None:
    calls: list[str] = []

    class Declining:
        @hookimpl
        def resolve_tokens(self, article: Article) -> None:
            calls.append(article.id)
            return None

    with_plugin = newskit.Pipeline(load_entrypoints=False, plugins=[Declining()])
    article = with_plugin.analyze(TEXT, language="de", id="x")
    assert calls == ["x"]
    builtin = newskit.Pipeline(load_entrypoints=False).analyze(TEXT, language="de", id="x")
    assert article.tokens == builtin.tokens


def test_error_when_nothing_resolves_tokens() -> None:
    pipeline = newskit.Pipeline(load_entrypoints=False, block=[TOKENIZER])
    with pytest.raises(PluginError, match="no plugin resolved tokens"):
        pipeline.analyze(TEXT, language="de")


def test_error_when_nothing_resolves_sentences() -> None:
    # the tokenizer built-in also splits sentences; replacing only its tokens leaves a gap
    pipeline = newskit.Pipeline(
        load_entrypoints=False, block=[TOKENIZER], plugins=[WhitespaceTokenizer()]
    )
    with pytest.raises(PluginError, match="no plugin resolved sentences"):
        pipeline.analyze(TEXT, language="de")


def test_language_identification_replaced_and_missing() -> None:
    class AlwaysEnglish:
        @hookimpl
        def resolve_language(self, text: str, languages: list[Language]) -> str:
            assert {language.code for language in languages} >= {"de", "en"}
            return "en"

    replaced = newskit.Pipeline(load_entrypoints=False, block=[LANGID], plugins=[AlwaysEnglish()])
    assert replaced.analyze(TEXT).language == "en"
    assert newskit.Pipeline(load_entrypoints=False).analyze(TEXT).language == "de"
    missing = newskit.Pipeline(load_entrypoints=False, block=[LANGID])
    with pytest.raises(UnsupportedLanguageError, match="could not identify the language"):
        missing.analyze(TEXT)
    assert missing.analyze(TEXT, language="de").language == "de"  # no identification needed


class OnlyMinister:
    """Attribution replaced: one statement by one actor the plugin adds itself."""

    @hookimpl
    def attribute_statements(self, article: Article, language: Language) -> Attribution:
        start = article.text.index("Wir sind")
        end = article.text.index("“")
        speaker = Actor(
            id="x-minister",
            name="Die Ministerin",
            kind=ActorKind.PERSON,
            mentions=(Span(0, len("Die Ministerin")),),
        )
        statement = Statement(
            id="x-s1",
            content=(Span(start, end),),
            kind=StatementKind.DIRECT,
            speaker=speaker.id,
            speaker_mention=speaker.mentions[0],
        )
        return Attribution(statements=(statement,), actors=(speaker,))


def test_attribution_replaced() -> None:
    pipeline = newskit.Pipeline(load_entrypoints=False, block=[QUOTES], plugins=[OnlyMinister()])
    article = pipeline.analyze(TEXT, language="de")
    (statement,) = article.statements
    assert statement.id == "x-s1"
    assert article.slice(statement.content[0]) == "Wir sind bereit, zu verhandeln."
    assert article.actor(statement.speaker).name == "Die Ministerin"
    blocked_only = newskit.Pipeline(load_entrypoints=False, block=[QUOTES])
    assert blocked_only.analyze(TEXT, language="de").statements == ()


def test_attribution_must_return_an_attribution() -> None:
    class Loose:
        @hookimpl
        def attribute_statements(self, article: Article) -> dict[str, list[str]]:
            return {"statements": []}

    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[Loose()])
    with pytest.raises(PluginError, match="expected an Attribution"):
        pipeline.analyze(TEXT, language="de")


def test_extract_hooks_collect_from_every_plugin() -> None:
    class Weekdays:
        @hookimpl
        def extract_dates(self, article: Article, language: Language) -> list[TimeExpression]:
            start = article.text.index("Dienstag")
            span = Span(start, start + len("Dienstag"))
            return [TimeExpression(id="x-t1", span=span, value="XXXX-WXX-2", type=TimexType.DATE)]

    class Ministers:
        @hookimpl
        def extract_actors(self, article: Article) -> list[Actor]:
            span = Span(0, len("Die Ministerin"))
            return [Actor(id="x-a1", name="Ministerin", kind=ActorKind.PERSON, mentions=(span,))]

    # attribution may add actors of its own; leave it out to see only what extraction found
    plain = newskit.Pipeline(load_entrypoints=False, block=[QUOTES]).analyze(TEXT, language="de")
    extended = newskit.Pipeline(
        load_entrypoints=False, block=[QUOTES], plugins=[Weekdays(), Ministers()]
    ).analyze(TEXT, language="de")
    assert {d.id for d in extended.dates} == {d.id for d in plain.dates} | {"x-t1"}
    assert {a.id for a in extended.actors} == {a.id for a in plain.actors} | {"x-a1"}
    assert extended.slice(next(d for d in extended.dates if d.id == "x-t1").span) == "Dienstag"


def test_clashing_ids_from_two_plugins_are_an_error() -> None:
    class Twice:
        @hookimpl
        def extract_actors(self) -> list[Actor]:
            return [Actor(id="dup", name="A"), Actor(id="dup", name="B")]

    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[Twice()])
    with pytest.raises(PluginError, match="share the id 'dup'"):
        pipeline.analyze(TEXT, language="de")


def test_languages_replaced() -> None:
    class Pirate:
        @hookimpl
        def register_languages(self, register: Callable[[Language], None]) -> None:
            register(Language.from_mapping("xp", "Pirate", {"stopwords": ("arr", "ye", "matey")}))

    pipeline = newskit.Pipeline(load_entrypoints=False, block=[LANGUAGES], plugins=[Pirate()])
    assert set(pipeline.languages) == {"xp"}
    assert pipeline.analyze("Arr, ye matey, arr!").language == "xp"
    with pytest.raises(UnsupportedLanguageError, match="'de' is not supported"):
        pipeline.analyze(TEXT, language="de")


def test_a_language_registered_twice_merges_its_lexicons() -> None:
    class MoreGerman:
        @hookimpl
        def register_languages(self, register: Callable[[Language], None]) -> None:
            register(Language.from_mapping("de", "German", {"x-test-lexicon": ("eins", "zwei")}))

    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[MoreGerman()])
    german = pipeline.language_for("de")
    assert german.lexicon("x-test-lexicon") == ("eins", "zwei")
    assert german.lexicon("stopwords")  # the built-in lexicons are still there


def _read_lines(stream: IO[bytes], name: str) -> Iterator[Article]:
    for number, line in enumerate(stream.read().decode("utf-8").splitlines(), start=1):
        yield Article.from_text(line, id=f"{name}-{number}")


def test_readers_replaced(tmp_path: Path) -> None:
    class LineReader:
        @hookimpl
        def register_readers(self, register: Callable[[Reader], None]) -> None:
            register(Reader("txt", (".txt",), _read_lines, "one article per line"))

    with pytest.raises(PluginError, match="two plugins register the reader 'txt'"):
        newskit.Pipeline(load_entrypoints=False, plugins=[LineReader()])
    pipeline = newskit.Pipeline(load_entrypoints=False, block=[READERS], plugins=[LineReader()])
    assert set(pipeline.readers) == {"txt"}
    path = tmp_path / "two.txt"
    path.write_text("Erster Artikel.\nZweiter Artikel.\n", encoding="utf-8")
    assert [a.text for a in pipeline.read(path)] == ["Erster Artikel.", "Zweiter Artikel."]


def test_exporters_replaced() -> None:
    def write_ids(articles: Iterable[Article], stream: IO[str]) -> None:
        for article in articles:
            stream.write(article.id + "\n")

    class IdsAsJson:
        @hookimpl
        def register_exporters(self, register: Callable[[Exporter], None]) -> None:
            register(Exporter("json", ".json", write_ids))

    with pytest.raises(PluginError, match="two plugins register the exporter 'json'"):
        newskit.Pipeline(load_entrypoints=False, plugins=[IdsAsJson()])
    pipeline = newskit.Pipeline(load_entrypoints=False, block=[EXPORTERS], plugins=[IdsAsJson()])
    article = pipeline.analyze(TEXT, language="de", id="a-1")
    stream = io.StringIO()
    pipeline.export([article], "json", stream)
    assert stream.getvalue() == "a-1\n"


def test_commands_replaced() -> None:
    class Hello:
        @hookimpl
        def register_commands(self, register: Callable[[Command], None]) -> None:
            register(Command("evaluate", "say hello", lambda parser: None, lambda args: 0))

    with pytest.raises(PluginError, match="two plugins register the command 'evaluate'"):
        newskit.Pipeline(load_entrypoints=False, plugins=[Hello()])
    pipeline = newskit.Pipeline(load_entrypoints=False, block=[EVALUATION], plugins=[Hello()])
    assert pipeline.commands["evaluate"].help == "say hello"
    assert pipeline.commands["evaluate"].run(argparse.Namespace()) == 0


def test_a_misspelled_hook_is_an_error() -> None:
    class Typo:
        @hookimpl
        def resolve_tokenz(self, article: Article) -> list[Token]:
            return []

    with pytest.raises(PluginError, match="resolve_tokenz"):
        newskit.get_plugin_manager(load_entrypoints=False, plugins=[Typo()])
