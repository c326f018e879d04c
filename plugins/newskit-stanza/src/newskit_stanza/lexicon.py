"""Data of the Stanza backend: how Stanza's entity types map to newskit actor kinds, and the
lemmas of verbs of saying it looks for in dependency parses.

The verb lemmas and the comment-clause markers are registered as the lexicons
``stanza_speech_lemmas`` and ``stanza_as_markers`` of each language (see
:meth:`newskit_stanza.plugin.StanzaQuotes.register_languages`), so another plugin can add to
them the usual way. The attribution also reads newskit's own ``quote_verbs`` lexicon (entries
``form=lemma`` or ``form|particle=lemma``) and uses every lemma it names; the lists here keep
the backend working for languages, or versions of newskit, without that lexicon.
"""

from __future__ import annotations

from newskit import ActorKind

#: Stanza NER types (the CoNLL-2003 / GermEval set of the German models and the OntoNotes set of
#: the English ones) -> newskit actor kind. Types not listed (DATE, MONEY, PRODUCT, GermEval's
#: ``deriv`` / ``part`` variants such as LOCderiv, ...) are not actors and are skipped.
ENTITY_KINDS: dict[str, ActorKind] = {
    "PER": ActorKind.PERSON,
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "LOC": ActorKind.PLACE,
    "GPE": ActorKind.PLACE,
    "FAC": ActorKind.PLACE,
    "NORP": ActorKind.GROUP,
    "MISC": ActorKind.UNKNOWN,
    "OTH": ActorKind.UNKNOWN,  # GermEval's name for MISC
}

#: Lemmas of verbs of saying (as Stanza lemmatises them; separable German verbs as one word,
#: particle first: "mitteilen" for "teilte ... mit").
SPEECH_LEMMAS: dict[str, tuple[str, ...]] = {
    "de": (
        "sagen",
        "erklären",
        "betonen",
        "mitteilen",
        "meinen",
        "erläutern",
        "berichten",
        "ergänzen",
        "hinzufügen",
        "unterstreichen",
        "warnen",
        "fordern",
        "kritisieren",
        "ankündigen",
        "bestätigen",
        "versichern",
        "behaupten",
        "antworten",
        "entgegnen",
        "schreiben",
        "twittern",
        "zitieren",
        "mahnen",
        "appellieren",
        "einräumen",
        "zugeben",
        "bekräftigen",
        "versprechen",
        "verkünden",
        "beklagen",
        "glauben",
        "vermuten",
        "schätzen",
        "rufen",
        "erzählen",
        "klarstellen",
        "feststellen",
        "argumentieren",
        "bemerken",
        "anmerken",
        "kommentieren",
    ),
    "en": (
        "say",
        "tell",
        "add",
        "explain",
        "state",
        "announce",
        "claim",
        "argue",
        "insist",
        "note",
        "warn",
        "write",
        "tweet",
        "report",
        "confirm",
        "deny",
        "stress",
        "emphasize",
        "emphasise",
        "declare",
        "reply",
        "respond",
        "answer",
        "suggest",
        "admit",
        "acknowledge",
        "believe",
        "think",
        "ask",
        "urge",
        "promise",
        "predict",
        "contend",
        "maintain",
        "assert",
        "concede",
        "remark",
        "comment",
        "observe",
        "recall",
        "describe",
    ),
}

#: Subordinators of comment clauses that attribute the clause they hang from
#: ("Die Lage sei ernst, wie der Minister betonte"; "The talks failed, as the minister said").
AS_MARKERS: dict[str, tuple[str, ...]] = {"de": ("wie",), "en": ("as",)}

#: Quotation marks, used when ``quote_marks`` of the language is absent.
QUOTE_MARKS = '„“”‚‘’"«»‹›'
