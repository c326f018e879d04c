"""Subjects after an inverted cue verb that name two places one right after the other."""

from __future__ import annotations

import newskit


def _speakers(pipeline: newskit.Pipeline, text: str) -> list[tuple[str, str]]:
    article = pipeline.analyze(text, language="de")
    names = {actor.id: actor.name for actor in article.actors}
    return [
        (article.slice(s.speaker_mention), names[s.speaker])
        for s in article.statements
        if s.speaker_mention is not None and s.speaker is not None
    ]


def test_the_second_of_two_adjacent_states_is_the_object_not_part_of_the_subject(
    pipeline: newskit.Pipeline,
) -> None:
    text = ("Im Frühjahr beschuldigten die USA Venezuela, Wahlbeobachter an der Einreise "
            "gehindert zu haben.")
    assert _speakers(pipeline, text) == [("die USA", "Vereinigte Staaten")]


def test_a_single_place_after_the_verb_is_the_whole_subject(pipeline: newskit.Pipeline) -> None:
    text = "Im Frühjahr beschuldigte Frankreich die Regierung, die Wahl verschoben zu haben."
    assert _speakers(pipeline, text) == [("Frankreich", "Frankreich")]


def test_seed_the_accusation_against_north_korea_is_the_united_states(
    pipeline: newskit.Pipeline, seed_text: str
) -> None:
    article = pipeline.analyze(seed_text, language="de", published="2023-09-05")
    names = {actor.id: actor.name for actor in article.actors}
    found = [s for s in article.statements
             if any("Artilleriegeschosse" in article.slice(c) for c in s.content)]
    assert found, "the statement about the artillery shells was not found"
    assert {article.slice(s.speaker_mention) for s in found if s.speaker_mention} == {"die USA"}
    assert {names[s.speaker] for s in found if s.speaker} == {"Vereinigte Staaten"}
