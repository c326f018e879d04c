"""The conversion and the attribution on real treebank parses: UD German GSD and English EWT dev
(gold CoNLL-U read by Stanza itself), from ../shared/data; skipped when the data is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("stanza")

from newskit_stanza.attribution import attribute, speech_lemmas
from newskit_stanza.convert import parse_document
from newskit_stanza.lexicon import AS_MARKERS, SPEECH_LEMMAS
from stanza.utils.conll import CoNLL

from newskit import Article, Language

UD = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ud"
TREEBANKS = {
    "de": UD / "UD_German-GSD" / "de_gsd-ud-dev.conllu",
    "en": UD / "UD_English-EWT" / "en_ewt-ud-dev.conllu",
}


@pytest.mark.slow
@pytest.mark.parametrize("code", sorted(TREEBANKS))
def test_treebank_offsets_and_attribution(code: str) -> None:
    path = TREEBANKS[code]
    if not path.exists():
        pytest.skip(f"evaluation data not found: {path}")
    doc = CoNLL.conll2doc(input_file=str(path), reconstruct_text=True)
    text = doc.text
    parsed = parse_document(doc, text)

    gold = [token for sentence in doc.sentences for token in sentence.tokens]
    assert [text[t.start : t.end] for t in parsed.tokens] == [token.text for token in gold]
    assert len(parsed.sentences) == len(doc.sentences)

    language = Language.from_mapping(
        code,
        code,
        {"stanza_speech_lemmas": SPEECH_LEMMAS[code], "stanza_as_markers": AS_MARKERS[code]},
    )
    attribution = attribute(Article(text=text), language, parsed.sentences)
    assert len(attribution.statements) > 20  # news and web text report speech often
    lemmas = speech_lemmas(language)
    words = {(w.start, w.end): w for s in parsed.sentences for w in s.words}
    for statement in attribution.statements:
        cue = words[(statement.cue.start, statement.cue.end)]
        assert cue.lemma in lemmas or any(cue.lemma in lemma for lemma in lemmas)
        for span in statement.content:
            assert text[span.start : span.end].strip() == text[span.start : span.end]
            assert not span.overlaps(statement.cue)
    # the new article with the attribution's actors and statements is valid as a whole
    Article(text=text, actors=attribution.actors, statements=attribution.statements)
