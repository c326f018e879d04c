"""English statement attribution rules (invented sentences; PolNeAR-style annotation)."""

from __future__ import annotations

import newskit
from newskit.model import Article, StatementKind


def analyze(text: str) -> Article:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    return pipeline.analyze(text, language="en", published="2023-09-06")


def found(article: Article) -> list[tuple[list[str], str | None, str | None]]:
    """(content texts, speaker mention, cue) of every statement, in order."""
    return [
        (
            [article.slice(c) for c in s.content],
            article.slice(s.speaker_mention) if s.speaker_mention else None,
            article.slice(s.cue) if s.cue else None,
        )
        for s in article.statements
    ]


def test_passive_auxiliary_of_an_earlier_clause_keeps_the_act():
    article = analyze(
        "Mr. Brown is the author of the budget, while Ms. Green has vowed to leave taxes alone."
    )
    assert found(article) == [(["to leave taxes alone"], "Ms. Green", "vowed")]
    # the act's own passive is still no act of the subject
    article = analyze("The budget was opposed in the council.")
    assert all(s.kind is not StatementKind.REPORTED for s in article.statements)


def test_complement_before_the_subject_after_a_leading_phrase():
    # "As a teacher," is no complement: the comma before the subject ends it
    article = analyze("As a teacher, the mayor probably drew less attention, Mr. Brown said.")
    assert found(article) == [
        (["As a teacher, the mayor probably drew less attention"], "Mr. Brown", "said")
    ]


def test_main_clause_after_a_leading_participle_is_a_second_statement():
    article = analyze("Expecting rain at the parade, Mr. Park said he would cancel the march.")
    assert found(article) == [
        (["rain at the parade"], "Mr. Park", "Expecting"),
        (["he would cancel the march"], "Mr. Park", "said"),
    ]


def test_act_after_a_subject_with_a_relative_clause():
    article = analyze("The mayor, who lost the vote, rejected the offer.")
    assert found(article) == [(["the offer"], "The mayor, who lost the vote", "rejected")]
    # the subject must come before the act: a phrase after the verb is no speaker
    article = analyze("Brown, in a rare move, endorsed the plan.")
    assert all(mention != "the plan" for _, mention, _ in found(article))


def test_subject_with_apposition_before_an_adverb():
    article = analyze("Jim Brown, a school spokesman, also said the test was cancelled.")
    assert found(article) == [
        (["the test was cancelled"], "Jim Brown, a school spokesman", "said")
    ]
    article = analyze("Jim Brown, a school spokesman, declined to comment on the test.")
    assert found(article)[0][1] == "Jim Brown, a school spokesman"
