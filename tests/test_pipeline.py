"""The pipeline: stage order, language choice, how results are combined and checked."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import newskit
from newskit import hookimpl
from newskit.errors import PluginError, UnknownFormatError, UnsupportedLanguageError
from newskit.model import (
    Actor,
    Article,
    Attribution,
    Sentence,
    Span,
    Statement,
    TimeExpression,
    Token,
)

TEXT = "„Wir streiken“, sagte Martina Kessler am Mittwoch in Frankfurt."


def _pipeline(*plugins: object, block: tuple[str, ...] = ()) -> newskit.Pipeline:
    return newskit.Pipeline(load_entrypoints=False, plugins=plugins, block=block)


def test_analyze_text_or_article(pipeline: newskit.Pipeline) -> None:
    article = pipeline.analyze(TEXT, language="de", published="2024-03-06", title="T", id="x")
    assert (article.language, article.title, article.id) == ("de", "T", "x")
    assert article.published == dt.date(2024, 3, 6)
    assert article.text == TEXT
    again = pipeline.analyze(Article(TEXT, id="y", language="de"))
    assert again.id == "y" and again.tokens == article.tokens
    with pytest.raises(TypeError, match="expected a str or an Article, received bytes"):
        pipeline.analyze(TEXT.encode())  # type: ignore[arg-type]


def test_tokens_and_sentences_cover_the_text(pipeline: newskit.Pipeline) -> None:
    article = pipeline.analyze(TEXT + " Die Bahn widersprach.")
    assert all(article.slice(token).strip() == article.slice(token) for token in article.tokens)
    assert len(article.sentences) == 2
    first, second = article.sentences
    assert (first.token_start, second.token_end) == (0, len(article.tokens))
    assert first.token_end == second.token_start


def test_language_identification_and_choice(pipeline: newskit.Pipeline) -> None:
    assert pipeline.analyze(TEXT).language == "de"
    english = '"We are on strike," Martina Kessler said on Wednesday in Frankfurt.'
    assert pipeline.analyze(english).language == "en"
    assert pipeline.analyze(english, language="de").language == "de"
    assert pipeline.analyze(Article(english, language="de")).language == "de"  # its own wins
    fixed = newskit.Pipeline(load_entrypoints=False, language="en")
    assert fixed.analyze(TEXT).language == "en"


def test_unknown_languages_fail_clearly(pipeline: newskit.Pipeline) -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"language 'fr' is not supported"):
        pipeline.analyze(TEXT, language="fr")
    with pytest.raises(UnsupportedLanguageError, match="registered languages: de, en"):
        newskit.Pipeline(load_entrypoints=False, language="xx")


def test_stages_see_what_earlier_stages_found() -> None:
    seen: dict[str, object] = {}

    class Spy:
        @hookimpl
        def extract_actors(self, article: Article) -> list[Actor]:
            seen["tokens at actors"] = len(article.tokens)
            seen["sentences at actors"] = len(article.sentences)
            return [Actor("spy1", "Kessler", "person", (Span(29, 36),))]

        @hookimpl
        def extract_dates(self, article: Article) -> list[TimeExpression]:
            return [TimeExpression("spy-t", Span(40, 48), "2024-03-06")]

        @hookimpl
        def attribute_statements(self, article: Article) -> Attribution:
            seen["actors at statements"] = {actor.id for actor in article.actors}
            seen["dates at statements"] = {date.id for date in article.dates}
            return Attribution()

    article = _pipeline(Spy()).analyze(TEXT, language="de")
    assert seen["tokens at actors"] == len(article.tokens) > 0
    assert seen["sentences at actors"] == 1
    assert "spy1" in seen["actors at statements"]  # type: ignore[operator]
    assert "spy-t" in seen["dates at statements"]  # type: ignore[operator]


def test_a_resolve_plugin_replaces_the_built_in() -> None:
    class Whitespace:
        @hookimpl
        def resolve_tokens(self, article: Article) -> list[Token]:
            tokens, start = [], None
            for index, char in enumerate(article.text + " "):
                if char.isspace() and start is not None:
                    tokens.append(Token(start, index))
                    start = None
                elif not char.isspace() and start is None:
                    start = index
            return tokens

    article = _pipeline(Whitespace()).analyze("a b, c.", language="en")
    assert [article.slice(t) for t in article.tokens] == ["a", "b,", "c."]


def test_blocking_the_tokenizer_without_a_replacement() -> None:
    pipeline = _pipeline(block=("newskit.default_plugins.tokenizer",))
    with pytest.raises(PluginError, match="no plugin resolved tokens"):
        pipeline.analyze(TEXT, language="de")


def test_results_that_do_not_fit_the_text_name_the_stage() -> None:
    class OutOfBounds:
        @hookimpl
        def resolve_sentences(self, article: Article) -> list[Sentence]:
            return [Sentence(0, len(article.text) + 5, 0, 1)]

    with pytest.raises(PluginError, match=r"resolve_sentences returned .*sentences\[0\]"):
        _pipeline(OutOfBounds()).analyze(TEXT, language="de")


def test_tokens_of_the_wrong_class_or_outside_the_text_name_the_stage() -> None:
    class Pairs:
        @hookimpl
        def resolve_tokens(self) -> list[tuple[int, int]]:
            return [(0, 1)]

    with pytest.raises(
        PluginError, match=r"resolve_tokens returned .*tokens\[0\]: expected Token, received"
    ):
        _pipeline(Pairs()).analyze(TEXT, language="de")

    class Beyond:
        @hookimpl
        def resolve_tokens(self, article: Article) -> list[Token]:
            return [Token(0, 1), Token(2, len(article.text) + 1)]

    with pytest.raises(PluginError, match=r"resolve_tokens returned .*tokens\[1\]"):
        _pipeline(Beyond()).analyze(TEXT, language="de")

    class NotASequence:
        @hookimpl
        def resolve_tokens(self) -> int:
            return 3

    with pytest.raises(PluginError, match="resolve_tokens: expected a sequence, received 3"):
        _pipeline(NotASequence()).analyze(TEXT, language="de")


def test_a_late_stage_sees_and_keeps_checked_earlier_results() -> None:
    seen: list[Article] = []

    class Watch:
        @hookimpl
        def attribute_statements(self, article: Article) -> None:
            seen.append(article)

    article = _pipeline(Watch()).analyze(TEXT, language="de")
    [before] = seen
    assert before.tokens == article.tokens and before.dates == article.dates
    newskit.model.check_spans(article)  # the assembled article passes the full check
    assert attrs.evolve(article) == article


def test_wrong_types_and_duplicate_ids_are_plugin_errors() -> None:
    class WrongType:
        @hookimpl
        def extract_actors(self) -> list[str]:
            return ["Kessler"]

    with pytest.raises(
        PluginError, match="extract_actors: expected Actor objects, received 'Kessler'"
    ):
        _pipeline(WrongType()).analyze(TEXT, language="de")

    class Duplicate:
        @hookimpl
        def extract_dates(self) -> list[TimeExpression]:
            date = TimeExpression("d", Span(0, 1), "2024")
            return [date, date]

    with pytest.raises(PluginError, match="two dates share the id 'd'"):
        _pipeline(Duplicate()).analyze(TEXT, language="de")

    class NotAnAttribution:
        @hookimpl
        def attribute_statements(self) -> list[Statement]:
            return []

    with pytest.raises(PluginError, match="expected an Attribution, received list"):
        _pipeline(NotAnAttribution()).analyze(TEXT, language="de")


def test_statements_must_name_known_actors_and_may_add_actors() -> None:
    class Anonymous:
        @hookimpl
        def attribute_statements(self) -> Attribution:
            speaker = Actor("anon1", "ein Sprecher", "person", ())
            statement = Statement("anon-s", (Span(1, 13),), "direct", speaker="anon1")
            return Attribution(statements=[statement], actors=[speaker])

    article = _pipeline(Anonymous()).analyze(TEXT, language="de")
    statement = next(s for s in article.statements if s.id == "anon-s")
    assert article.actor(statement.speaker).name == "ein Sprecher"  # type: ignore[arg-type]

    class Dangling:
        @hookimpl
        def attribute_statements(self) -> Attribution:
            return Attribution(
                statements=[Statement("x-s", (Span(1, 13),), "direct", speaker="nobody")]
            )

    with pytest.raises(PluginError, match="statement 'x-s' refers to actor 'nobody'"):
        _pipeline(Dangling()).analyze(TEXT, language="de")


def test_dates_and_statements_come_in_text_order() -> None:
    class Unordered:
        @hookimpl
        def extract_dates(self) -> list[TimeExpression]:
            return [TimeExpression("z2", Span(40, 48), "x"), TimeExpression("z1", Span(0, 1), "y")]

        @hookimpl
        def attribute_statements(self) -> Attribution:
            return Attribution(
                statements=[
                    Statement("q2", (Span(40, 48),), "reported"),
                    Statement("q1", (Span(1, 13),), "direct"),
                ]
            )

    article = _pipeline(Unordered()).analyze(TEXT, language="de")
    starts = [date.span.start for date in article.dates]
    assert starts == sorted(starts)
    firsts = [statement.content[0].start for statement in article.statements]
    assert firsts == sorted(firsts)


def test_export_to_a_string_and_unknown_formats(pipeline: newskit.Pipeline) -> None:
    article = pipeline.analyze(TEXT, id="a")
    text = pipeline.export([article], "jsonl")
    assert json.loads(text)["id"] == "a"  # type: ignore[arg-type]
    assert json.loads(pipeline.export([article, article], "json"))[1]["id"] == "a"  # type: ignore[arg-type]
    with pytest.raises(UnknownFormatError, match=r"unknown format 'yaml'; available: .*json"):
        pipeline.export([article], "yaml")


def test_analyze_many_keeps_input_order(pipeline: newskit.Pipeline) -> None:
    texts = [f"Text Nummer {number}, sagte sie." for number in range(5)]
    results = list(pipeline.analyze_many(texts))
    assert [article.text for article in results] == texts


def test_top_level_analyze() -> None:
    article = newskit.analyze(TEXT, language="de", published="2024-03-06")
    assert article.published == dt.date(2024, 3, 6) and article.tokens


def test_a_bad_published_date_is_an_input_error(pipeline: newskit.Pipeline) -> None:
    with pytest.raises(newskit.InputError, match="published: expected a date as YYYY-MM-DD"):
        pipeline.analyze(TEXT, published="06.03.2024")
