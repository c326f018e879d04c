"""Dependency-based attribution on parses built offline from CoNLL-U."""

from __future__ import annotations

import pytest

pytest.importorskip("stanza")

from newskit_stanza.attribution import attribute, speech_lemmas
from newskit_stanza.convert import actors_from, parse_document
from newskit_stanza.lexicon import AS_MARKERS, SPEECH_LEMMAS
from newskit_stanza_samples import (
    DE_APPOS,
    DE_AS,
    DE_CONJ,
    DE_DIRECT,
    DE_INDIRECT,
    DE_NO_QUOTE,
    DE_PARTICLE,
    DE_TWO_SENTENCES,
    EN_DIRECT,
    EN_INDIRECT,
    document,
)

from newskit import (
    Article,
    Attribution,
    Language,
    Span,
    StatementKind,
    TimeExpression,
    TimexType,
)

GERMAN = Language.from_mapping(
    "de",
    "German",
    {"stanza_speech_lemmas": SPEECH_LEMMAS["de"], "stanza_as_markers": AS_MARKERS["de"]},
)
ENGLISH = Language.from_mapping("en", "English", {"stanza_speech_lemmas": SPEECH_LEMMAS["en"]})


def run(sentences, language: Language, dates=()) -> tuple[Article, Attribution]:
    doc = document(sentences)
    parsed = parse_document(doc, doc.text)
    article = Article.from_text(doc.text)
    article = Article(
        text=doc.text, actors=actors_from(article, parsed.entities), dates=tuple(dates)
    )
    return article, attribute(article, language, parsed.sentences)


def described(article: Article, attribution: Attribution) -> list[tuple]:
    actors = {a.id: a.name for a in (*article.actors, *attribution.actors)}
    return [
        (
            s.kind,
            [article.slice(span) for span in s.content],
            actors.get(s.speaker) if s.speaker else None,
            article.slice(s.speaker_mention) if s.speaker_mention else None,
            article.slice(s.cue) if s.cue else None,
        )
        for s in attribution.statements
    ]


def test_direct_quote_with_postposed_reporting_clause() -> None:
    article, attribution = run([DE_DIRECT], GERMAN)
    assert described(article, attribution) == [
        (
            StatementKind.DIRECT,
            ["Wir streiken am Donnerstag"],
            "Claus Weselsky",
            "Claus Weselsky",
            "sagte",
        ),
    ]
    statement = attribution.statements[0]
    assert article.slice(statement.frame) == "sagte GDL-Chef Claus Weselsky in Berlin"
    assert attribution.actors == ()  # the speaker is an actor the recogniser found


def test_indirect_speech_and_an_anonymous_speaker_becomes_an_actor() -> None:
    article, attribution = run([DE_INDIRECT], GERMAN)
    assert described(article, attribution) == [
        (
            StatementKind.INDIRECT,
            ["man werde das Angebot prüfen"],
            "Ein Sprecher der Deutschen Bahn",
            "Ein Sprecher der Deutschen Bahn",
            "erklärte",
        ),
    ]
    assert [(a.id, a.name) for a in attribution.actors] == [
        ("stanza-s1", "Ein Sprecher der Deutschen Bahn")
    ]


def test_separable_verb_pronoun_free_and_no_verb_of_saying() -> None:
    article, attribution = run([DE_DIRECT, DE_PARTICLE, DE_NO_QUOTE], GERMAN)
    found = described(article, attribution)
    assert found[1] == (
        StatementKind.DIRECT,
        ["Das ist erst der Anfang"],
        "Claus Weselsky",
        "Weselsky",
        "fügte",
    )
    assert len(found) == 2  # "lehnte ... ab" is no verb of saying


def test_quote_over_two_sentences_extends_to_its_opening_mark() -> None:
    article, attribution = run(DE_TWO_SENTENCES, GERMAN)
    assert described(article, attribution) == [
        (StatementKind.DIRECT, ["Wir sind bereit. Wir streiken"], None, "er", "sagte"),
    ]
    assert attribution.statements[0].speaker is None


def test_english_direct_with_date_in_the_frame_and_indirect_with_that() -> None:
    doc = document([EN_DIRECT])
    start = doc.text.index("Tuesday")
    tuesday = TimeExpression("t1", Span(start, start + 7), "XXXX-WXX-2", TimexType.DATE)
    article, attribution = run([EN_DIRECT, EN_INDIRECT], ENGLISH, dates=[tuesday])
    assert described(article, attribution) == [
        (StatementKind.DIRECT, ["We will not give up"], "Smith", "Smith", "told"),
        (
            StatementKind.INDIRECT,
            ["that talks with Germany would continue"],
            "The ministry",
            "The ministry",
            "said",
        ),
    ]
    assert attribution.statements[0].date == tuesday
    assert attribution.statements[1].date is None


def test_mixed_statement_keeps_its_quoted_part_as_verbatim() -> None:
    # Sie sagte, das sei „völlig inakzeptabel“.
    rows = [
        ("Sie", "sie", "PRON", 2, "nsubj", "O", True),
        ("sagte", "sagen", "VERB", 0, "root", "O", False),
        (",", ",", "PUNCT", 8, "punct", "O", True),
        ("das", "der", "PRON", 8, "nsubj", "O", True),
        ("sei", "sein", "AUX", 8, "cop", "O", True),
        ("„", "„", "PUNCT", 8, "punct", "O", False),
        ("völlig", "völlig", "ADV", 8, "advmod", "O", True),
        ("inakzeptabel", "inakzeptabel", "ADJ", 2, "ccomp", "O", False),
        ("“", "“", "PUNCT", 8, "punct", "O", False),
        (".", ".", "PUNCT", 2, "punct", "O", True),
    ]
    article, attribution = run([rows], GERMAN)
    statement = attribution.statements[0]
    assert statement.kind is StatementKind.MIXED
    assert [article.slice(s) for s in statement.content] == ["das sei „völlig inakzeptabel“"]
    assert [article.slice(s) for s in statement.verbatim] == ["völlig inakzeptabel"]


def test_lemmas_come_from_newskit_quote_verbs_too() -> None:
    language = Language.from_mapping(
        "xx", "Test", {"quote_verbs": ("kwetterte=kwettern", "teilte|mit=mitteilen")}
    )
    assert speech_lemmas(language) == {"kwettern", "mitteilen"}
    assert "sagen" in speech_lemmas(GERMAN)


def test_comment_clause_with_wie_attributes_the_clause_it_hangs_from() -> None:
    article, attribution = run([DE_AS], GERMAN)
    assert described(article, attribution) == [
        (StatementKind.INDIRECT, ["Die Lage sei ernst"], "Nancy Faeser", "Nancy Faeser", "betonte"),
    ]
    assert article.slice(attribution.statements[0].frame) == (
        "wie Innenministerin Nancy Faeser betonte"
    )
    # without the marker lexicon the adverbial clause is not a report
    plain = Language.from_mapping("de", "German", {"stanza_speech_lemmas": ("betonen",)})
    assert run([DE_AS], plain)[1].statements == ()


def test_a_conjoined_verb_of_saying_takes_the_subject_of_the_first_verb() -> None:
    article, attribution = run([DE_CONJ], GERMAN)
    assert described(article, attribution) == [
        (StatementKind.INDIRECT, ["der Einsatz sei gelungen"], "Faeser", "Faeser", "sagte"),
    ]


def test_an_apposition_names_the_speaker_and_clauses_stay_out_of_descriptions() -> None:
    article, attribution = run([DE_APPOS], GERMAN)
    assert described(article, attribution) == [
        (
            StatementKind.INDIRECT,
            ["die Gespräche gingen weiter"],
            "Michael McCurry",
            "Michael McCurry",
            "sagte",
        ),
    ]
    assert article.slice(attribution.statements[0].frame) == (
        "Der Sprecher des Weißen Hauses, Michael McCurry, der lachte, sagte"
    )
    # without the entity the description becomes an anonymous actor, without the clause
    bare = Article(text=article.text)
    parsed = parse_document(document([DE_APPOS]), article.text)
    alone = attribute(bare, GERMAN, parsed.sentences)
    assert [a.name for a in alone.actors] == ["Der Sprecher des Weißen Hauses, Michael McCurry"]
