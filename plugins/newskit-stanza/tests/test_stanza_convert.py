"""Stanza documents -> newskit tokens, sentences and actors; offsets exact on the input text."""

from __future__ import annotations

import pytest

pytest.importorskip("stanza")

from hypothesis import given, settings
from hypothesis import strategies as st
from newskit_stanza.convert import actors_from, align, parse_document
from newskit_stanza_samples import (
    DE_DIRECT,
    DE_INDIRECT,
    DE_PARTICLE,
    EN_DIRECT,
    dict_document,
    document,
)

from newskit import ActorKind, Article, Span


def test_tokens_and_sentences_from_conllu_match_the_text() -> None:
    doc = document([DE_DIRECT, DE_INDIRECT])
    text = doc.text
    parsed = parse_document(doc, text)
    forms = [row[0] for row in DE_DIRECT + DE_INDIRECT]
    assert [text[t.start : t.end] for t in parsed.tokens] == forms
    sentences = parsed.newskit_sentences()
    assert [(s.token_start, s.token_end) for s in sentences] == [(0, 14), (14, 27)]
    assert text[sentences[0].start : sentences[0].end] == (
        "„Wir streiken am Donnerstag“, sagte GDL-Chef Claus Weselsky in Berlin."
    )
    # the parse survives: heads, relations and lemmas of the words
    sagte = next(w for w in parsed.sentences[0].words if w.text == "sagte")
    assert (sagte.lemma, sagte.head, sagte.relation) == ("sagen", 3, "parataxis")
    assert text[sagte.start : sagte.end] == "sagte"


def test_offsets_are_found_when_the_document_has_none_or_wrong_ones() -> None:
    # a document read without offsets, analysed over a text with extra whitespace around
    doc = document([DE_DIRECT], reconstruct_text=False)
    assert doc.sentences[0].tokens[0].start_char is None
    text = "\n\n  " + document([DE_DIRECT]).text.replace(" sagte ", "\n sagte\t") + "\n"
    parsed = parse_document(doc, text)
    assert [text[t.start : t.end] for t in parsed.tokens] == [row[0] for row in DE_DIRECT]
    # offsets shifted by the stripped whitespace (as if Stanza had seen text.strip())
    shifted = document([DE_DIRECT])
    padded = "   " + shifted.text
    parsed = parse_document(shifted, padded)
    assert [padded[t.start : t.end] for t in parsed.tokens] == [row[0] for row in DE_DIRECT]


def test_a_token_missing_from_the_text_is_dropped_not_misplaced() -> None:
    spans = align("Er sagte es.", [("Er", 0, 2), ("XYZ", 3, 6), ("es", 9, 11), (".", 11, 12)])
    assert spans == [Span(0, 2), None, Span(9, 11), Span(11, 12)]


def test_entities_map_to_actor_kinds_and_group_names() -> None:
    doc = document([DE_DIRECT, DE_INDIRECT, DE_PARTICLE])
    article = Article.from_text(doc.text)
    parsed = parse_document(doc, doc.text)
    assert [(label, article.slice(span)) for label, span in parsed.entities] == [
        ("PER", "Claus Weselsky"),
        ("LOC", "Berlin"),
        ("ORG", "Deutschen Bahn"),
        ("PER", "Weselsky"),
    ]
    actors = actors_from(article, parsed.entities)
    assert [(a.id, a.name, a.kind, a.aliases) for a in actors] == [
        ("stanza-a1", "Claus Weselsky", ActorKind.PERSON, ("Weselsky",)),
        ("stanza-a2", "Berlin", ActorKind.PLACE, ()),
        ("stanza-a3", "Deutschen Bahn", ActorKind.ORGANIZATION, ()),
    ]
    assert [article.slice(m) for m in actors[0].mentions] == ["Claus Weselsky", "Weselsky"]


def test_english_entity_types_and_non_actor_types() -> None:
    doc = document([EN_DIRECT])
    article = Article.from_text(doc.text)
    actors = actors_from(article, parse_document(doc, doc.text).entities)
    # PERSON is a person; DATE ("Tuesday") is not an actor
    assert [(a.name, a.kind) for a in actors] == [("Smith", ActorKind.PERSON)]
    entities = [
        ("MISC", Span(0, 1)),
        ("NORP", Span(2, 3)),
        ("GPE", Span(4, 5)),
        ("FAC", Span(6, 7)),
        ("OTH", Span(8, 9)),
        ("LOCderiv", Span(10, 11)),
    ]
    kinds = [a.kind for a in actors_from(Article.from_text("a b c d e f"), entities)]
    assert kinds == [
        ActorKind.UNKNOWN,
        ActorKind.GROUP,
        ActorKind.PLACE,
        ActorKind.PLACE,
        ActorKind.UNKNOWN,
    ]


def test_bio_tags_and_boilerplate() -> None:
    rows = [
        ("Angela", "Angela", "PROPN", 0, "root", "B-PER", True),
        ("Merkel", "Merkel", "PROPN", 1, "flat", "I-PER", True),
        ("und", "und", "CCONJ", 4, "cc", "O", True),
        ("Paris", "Paris", "PROPN", 1, "conj", "B-LOC", False),
    ]
    doc = document([rows])
    parsed = parse_document(doc, doc.text)
    article = Article.from_text(doc.text)
    assert [article.slice(span) for _, span in parsed.entities] == ["Angela Merkel", "Paris"]
    boiler = Article(text=doc.text, boilerplate=(Span(0, 13),))
    assert [a.name for a in actors_from(boiler, parsed.entities)] == ["Paris"]


WORD = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp", "Cf", "Mn", "Me")),
    min_size=1,
    max_size=8,
)
SPACE = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0", " \n "])


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(st.tuples(WORD, SPACE), min_size=1, max_size=40),
    lead=SPACE,
    shift=st.sampled_from([0, 0, 1, -1, 3]),
    drop=st.booleans(),
)
def test_offsets_map_exactly_onto_synthetic_documents(
    pieces: list[tuple[str, str]], lead: str, shift: int, drop: bool
) -> None:
    """Whatever offsets Stanza reports (right, shifted or none), every token we keep is the
    exact text of its span, in order, without overlaps."""
    text = lead
    words = []
    for word, space in pieces:
        words.append((word, len(text), len(text) + len(word)))
        text += word + space
    reported = [
        (form, None, None) if drop else (form, start + shift, end + shift)
        for form, start, end in words
    ]
    spans = align(text, reported)
    pairs = zip(words, spans, strict=True)
    placed = [(form, span) for (form, _, _), span in pairs if span is not None]
    assert placed, "no token placed"
    previous_end = 0
    for form, span in placed:
        assert text[span.start : span.end] == form
        assert span.start >= previous_end
        previous_end = span.end
    if shift == 0 and not drop:  # right offsets are kept as they are
        assert spans == [Span(start, end) for _, start, end in words]
    # a Document built from dicts goes through the same path
    doc = dict_document(words, text)
    parsed = parse_document(doc, text)
    assert [text[t.start : t.end] for t in parsed.tokens] == [form for form, _, _ in words]
    assert all(s.token_end > s.token_start for s in parsed.newskit_sentences())
