"""Stanza documents built offline: CoNLL-U with real dependency heads and ``ner=`` in MISC.

Each sentence is a list of rows ``(form, lemma, upos, head, deprel, ner, space_after)``;
:func:`conllu` writes them as CoNLL-U, and :func:`document` reads that back with Stanza's own
``CoNLL.conll2doc`` (offsets reconstructed, so the document looks like Stanza's output).
"""

from __future__ import annotations

from collections.abc import Sequence

Row = tuple[str, str, str, int, str, str, bool]

# „Wir streiken am Donnerstag“, sagte GDL-Chef Claus Weselsky in Berlin.
DE_DIRECT: list[Row] = [
    ("„", "„", "PUNCT", 3, "punct", "O", False),
    ("Wir", "wir", "PRON", 3, "nsubj", "O", True),
    ("streiken", "streiken", "VERB", 0, "root", "O", True),
    ("am", "am", "ADP", 5, "case", "O", True),
    ("Donnerstag", "Donnerstag", "NOUN", 3, "obl", "O", False),
    ("“", "“", "PUNCT", 3, "punct", "O", False),
    (",", ",", "PUNCT", 8, "punct", "O", True),
    ("sagte", "sagen", "VERB", 3, "parataxis", "O", True),
    ("GDL-Chef", "GDL-Chef", "NOUN", 8, "nsubj", "O", True),
    ("Claus", "Claus", "PROPN", 9, "appos", "B-PER", True),
    ("Weselsky", "Weselsky", "PROPN", 10, "flat:name", "E-PER", True),
    ("in", "in", "ADP", 13, "case", "O", True),
    ("Berlin", "Berlin", "PROPN", 8, "obl", "S-LOC", False),
    (".", ".", "PUNCT", 3, "punct", "O", True),
]

# Ein Sprecher der Deutschen Bahn erklärte, man werde das Angebot prüfen.
DE_INDIRECT: list[Row] = [
    ("Ein", "ein", "DET", 2, "det", "O", True),
    ("Sprecher", "Sprecher", "NOUN", 6, "nsubj", "O", True),
    ("der", "der", "DET", 5, "det", "O", True),
    ("Deutschen", "deutsch", "ADJ", 5, "amod", "B-ORG", True),
    ("Bahn", "Bahn", "PROPN", 2, "nmod", "E-ORG", True),
    ("erklärte", "erklären", "VERB", 0, "root", "O", False),
    (",", ",", "PUNCT", 12, "punct", "O", True),
    ("man", "man", "PRON", 12, "nsubj", "O", True),
    ("werde", "werden", "AUX", 12, "aux", "O", True),
    ("das", "der", "DET", 11, "det", "O", True),
    ("Angebot", "Angebot", "NOUN", 12, "obj", "O", True),
    ("prüfen", "prüfen", "VERB", 6, "ccomp", "O", False),
    (".", ".", "PUNCT", 6, "punct", "O", True),
]

# Weselsky fügte hinzu: „Das ist erst der Anfang.“
DE_PARTICLE: list[Row] = [
    ("Weselsky", "Weselsky", "PROPN", 2, "nsubj", "S-PER", True),
    ("fügte", "fügen", "VERB", 0, "root", "O", True),
    ("hinzu", "hinzu", "ADP", 2, "compound:prt", "O", False),
    (":", ":", "PUNCT", 7, "punct", "O", True),
    ("„", "„", "PUNCT", 7, "punct", "O", False),
    ("Das", "der", "PRON", 7, "nsubj", "O", True),
    ("ist", "sein", "AUX", 2, "parataxis", "O", True),
    ("erst", "erst", "ADV", 10, "advmod", "O", True),
    ("der", "der", "DET", 10, "det", "O", True),
    ("Anfang", "Anfang", "NOUN", 7, "nsubj", "O", False),
    (".", ".", "PUNCT", 7, "punct", "O", False),
    ("“", "“", "PUNCT", 7, "punct", "O", True),
]

# Er lehnte das Angebot ab.  (no verb of saying: no statement)
DE_NO_QUOTE: list[Row] = [
    ("Er", "er", "PRON", 2, "nsubj", "O", True),
    ("lehnte", "lehnen", "VERB", 0, "root", "O", True),
    ("das", "der", "DET", 4, "det", "O", True),
    ("Angebot", "Angebot", "NOUN", 2, "obj", "O", True),
    ("ab", "ab", "ADP", 2, "compound:prt", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", True),
]

# „Wir sind bereit.  /  Wir streiken“, sagte er.   (a quote over two sentences, pronoun speaker)
DE_TWO_SENTENCES: list[list[Row]] = [
    [
        ("„", "„", "PUNCT", 3, "punct", "O", False),
        ("Wir", "wir", "PRON", 3, "nsubj", "O", True),
        ("sind", "sein", "AUX", 0, "root", "O", True),
        ("bereit", "bereit", "ADJ", 3, "advmod", "O", False),
        (".", ".", "PUNCT", 3, "punct", "O", True),
    ],
    [
        ("Wir", "wir", "PRON", 2, "nsubj", "O", True),
        ("streiken", "streiken", "VERB", 0, "root", "O", False),
        ("“", "“", "PUNCT", 2, "punct", "O", False),
        (",", ",", "PUNCT", 5, "punct", "O", True),
        ("sagte", "sagen", "VERB", 2, "parataxis", "O", True),
        ("er", "er", "PRON", 5, "nsubj", "O", False),
        (".", ".", "PUNCT", 2, "punct", "O", True),
    ],
]

# Die Lage sei ernst, wie Innenministerin Nancy Faeser betonte.   (a comment clause with "wie")
DE_AS: list[Row] = [
    ("Die", "der", "DET", 2, "det", "O", True),
    ("Lage", "Lage", "NOUN", 4, "nsubj", "O", True),
    ("sei", "sein", "AUX", 4, "cop", "O", True),
    ("ernst", "ernst", "ADJ", 0, "root", "O", False),
    (",", ",", "PUNCT", 10, "punct", "O", True),
    ("wie", "wie", "SCONJ", 10, "mark", "O", True),
    ("Innenministerin", "Innenministerin", "NOUN", 10, "nsubj", "O", True),
    ("Nancy", "Nancy", "PROPN", 7, "appos", "B-PER", True),
    ("Faeser", "Faeser", "PROPN", 8, "flat:name", "E-PER", True),
    ("betonte", "betonen", "VERB", 4, "advcl", "O", False),
    (".", ".", "PUNCT", 4, "punct", "O", True),
]

# Faeser lobte die Polizei und sagte, der Einsatz sei gelungen.   (the subject of a conjunct)
DE_CONJ: list[Row] = [
    ("Faeser", "Faeser", "PROPN", 2, "nsubj", "S-PER", True),
    ("lobte", "loben", "VERB", 0, "root", "O", True),
    ("die", "der", "DET", 4, "det", "O", True),
    ("Polizei", "Polizei", "NOUN", 2, "obj", "S-ORG", True),
    ("und", "und", "CCONJ", 6, "cc", "O", True),
    ("sagte", "sagen", "VERB", 2, "conj", "O", False),
    (",", ",", "PUNCT", 11, "punct", "O", True),
    ("der", "der", "DET", 9, "det", "O", True),
    ("Einsatz", "Einsatz", "NOUN", 11, "nsubj", "O", True),
    ("sei", "sein", "AUX", 11, "cop", "O", True),
    ("gelungen", "gelingen", "ADJ", 6, "ccomp", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", True),
]

# Der Sprecher des Weißen Hauses, Michael McCurry, der lachte, sagte, die Gespräche gingen weiter.
DE_APPOS: list[Row] = [
    ("Der", "der", "DET", 2, "det", "O", True),
    ("Sprecher", "Sprecher", "NOUN", 13, "nsubj", "O", True),
    ("des", "der", "DET", 5, "det", "O", True),
    ("Weißen", "weiß", "ADJ", 5, "amod", "B-ORG", True),
    ("Hauses", "Haus", "NOUN", 2, "nmod", "E-ORG", False),
    (",", ",", "PUNCT", 7, "punct", "O", True),
    ("Michael", "Michael", "PROPN", 2, "appos", "B-PER", True),
    ("McCurry", "McCurry", "PROPN", 7, "flat:name", "E-PER", False),
    (",", ",", "PUNCT", 11, "punct", "O", True),
    ("der", "der", "PRON", 11, "nsubj", "O", True),
    ("lachte", "lachen", "VERB", 2, "acl:relcl", "O", False),
    (",", ",", "PUNCT", 11, "punct", "O", True),
    ("sagte", "sagen", "VERB", 0, "root", "O", False),
    (",", ",", "PUNCT", 17, "punct", "O", True),
    ("die", "der", "DET", 16, "det", "O", True),
    ("Gespräche", "Gespräch", "NOUN", 17, "nsubj", "O", True),
    ("gingen", "gehen", "VERB", 13, "ccomp", "O", True),
    ("weiter", "weiter", "ADV", 17, "compound:prt", "O", False),
    (".", ".", "PUNCT", 13, "punct", "O", True),
]

# "We will not give up," Smith told reporters on Tuesday.
EN_DIRECT: list[Row] = [
    ('"', '"', "PUNCT", 5, "punct", "O", False),
    ("We", "we", "PRON", 5, "nsubj", "O", True),
    ("will", "will", "AUX", 5, "aux", "O", True),
    ("not", "not", "PART", 5, "advmod", "O", True),
    ("give", "give", "VERB", 0, "root", "O", True),
    ("up", "up", "ADP", 5, "compound:prt", "O", False),
    (",", ",", "PUNCT", 5, "punct", "O", False),
    ('"', '"', "PUNCT", 5, "punct", "O", True),
    ("Smith", "Smith", "PROPN", 10, "nsubj", "S-PERSON", True),
    ("told", "tell", "VERB", 5, "parataxis", "O", True),
    ("reporters", "reporter", "NOUN", 10, "obj", "O", True),
    ("on", "on", "ADP", 13, "case", "O", True),
    ("Tuesday", "Tuesday", "PROPN", 10, "obl", "S-DATE", False),
    (".", ".", "PUNCT", 5, "punct", "O", True),
]

# The ministry said that talks with Germany would continue.
EN_INDIRECT: list[Row] = [
    ("The", "the", "DET", 2, "det", "O", True),
    ("ministry", "ministry", "NOUN", 3, "nsubj", "O", True),
    ("said", "say", "VERB", 0, "root", "O", True),
    ("that", "that", "SCONJ", 9, "mark", "O", True),
    ("talks", "talk", "NOUN", 9, "nsubj", "O", True),
    ("with", "with", "ADP", 7, "case", "O", True),
    ("Germany", "Germany", "PROPN", 5, "nmod", "S-GPE", True),
    ("would", "would", "AUX", 9, "aux", "O", True),
    ("continue", "continue", "VERB", 3, "ccomp", "O", False),
    (".", ".", "PUNCT", 3, "punct", "O", True),
]


def conllu(sentences: Sequence[Sequence[Row]]) -> str:
    """CoNLL-U text for the sentences (``ner=`` and ``SpaceAfter=No`` in MISC)."""
    blocks = []
    for rows in sentences:
        lines = []
        for index, (form, lemma, upos, head, deprel, ner, space) in enumerate(rows, start=1):
            misc = f"ner={ner}" if space else f"SpaceAfter=No|ner={ner}"
            lines.append(f"{index}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{deprel}\t_\t{misc}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks) + "\n"


def document(sentences: Sequence[Sequence[Row]], reconstruct_text: bool = True):
    """A Stanza ``Document`` read from the CoNLL-U of ``sentences`` by Stanza itself."""
    from stanza.utils.conll import CoNLL

    return CoNLL.conll2doc(input_str=conllu(sentences), reconstruct_text=reconstruct_text)


def dict_document(words: Sequence[tuple[str, int, int]], text: str, per_sentence: int = 5):
    """A Stanza ``Document`` built from dicts: ``(form, start, end)`` tokens, ``per_sentence``
    tokens to a sentence, each word attached to the sentence's first word."""
    from stanza.models.common.doc import Document

    sentences = []
    for first in range(0, len(words), per_sentence):
        chunk = words[first : first + per_sentence]
        sentences.append(
            [
                {
                    "id": index,
                    "text": form,
                    "lemma": form.lower(),
                    "upos": "X",
                    "head": 0 if index == 1 else 1,
                    "deprel": "root" if index == 1 else "dep",
                    "start_char": start,
                    "end_char": end,
                }
                for index, (form, start, end) in enumerate(chunk, start=1)
            ]
        )
    return Document(sentences, text=text)
