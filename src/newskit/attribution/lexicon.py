"""The attribution lexicons of a language, compiled once per :class:`Language`.

All linguistic knowledge comes from ``language.lexicon(name)`` (see
:mod:`newskit.languages.de.quotes` for the conventions); this module only parses the entries
into lookup tables. :func:`cues_for` caches the result per language.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any

from ..registrations import Language


# Dataclasses, not attrs classes: mypyc compiles this module (setup.py) and cannot compile attrs
# classes.
@dataclasses.dataclass(frozen=True)
class VerbForm:
    """One inflected form of a cue verb: its lemma and the separable particle it needs."""

    lemma: str
    particle: tuple[str, ...] = ()  # "davon aus" -> ("davon", "aus"); () when none


@dataclasses.dataclass(frozen=True)
class Cues:
    """Lookup tables built from a language's ``quote_*`` lexicons."""

    openers: dict[str, str]  # opening mark -> the closing marks of its family
    closers: frozenset[str]
    symmetric: frozenset[str]  # marks that open and close ('"')
    double_marks: tuple[str, ...]  # two-character marks that open and close ("''")
    verbs: dict[str, tuple[VerbForm, ...]]  # lower-case form -> possible readings
    acts: dict[str, tuple[VerbForm, ...]]
    channels: dict[str, tuple[VerbForm, ...]]
    prefix: dict[str, tuple[tuple[str, ...], ...]]  # first word -> word sequences, longest first
    noun_cues: frozenset[str]  # "nach": a cue only before a reporting noun ("nach Angaben")
    verb_final_cues: frozenset[str]  # "wie X mitteilte", "as X said"
    postfix: frozenset[str]
    postfix_noun_cues: frozenset[str]  # "Angaben nach": postposed, only after a reporting noun
    inverted: frozenset[str]
    impersonal: dict[str, tuple[tuple[str, ...], ...]]
    adverbs: frozenset[str]
    prefix_nouns: frozenset[str]
    complementizers: frozenset[str]
    subordinators: frozenset[str]
    conjunctions: frozenset[str]
    reportive: frozenset[str]
    reportive_infinitives: frozenset[str]
    passive: frozenset[str]
    subjunctive: frozenset[str]
    subjunctive_strong: frozenset[str]
    determiners: frozenset[str]
    np_stops: frozenset[str]
    prefield_adverbials: frozenset[str]
    auxiliaries: frozenset[str]
    pronouns: dict[str, str]  # pronoun -> "person" | "organization" | "group" | "any"
    plural_pronouns: frozenset[str]
    person_nouns: frozenset[str]
    org_nouns: frozenset[str]
    group_nouns: frozenset[str]
    addressee_prepositions: frozenset[str]
    addressee_verbs: frozenset[str]
    name_variants: tuple[tuple[str, str], ...]
    genitive_markers: frozenset[str]  # "des", "von", "of": what follows depends on the head
    adverb_suffixes: tuple[str, ...]  # a one-word pre-field ending so is an adverb
    np_continuations: frozenset[str]  # "des", "von", "für": a noun phrase goes on
    genitive_adjective_endings: tuple[str, ...]  # "Angaben informierter Kreise"
    name_particles: frozenset[str]  # "van", "de": inside a name
    focus_particles: frozenset[str]  # "auch": before a subject in the pre-field
    source_prepositions: frozenset[str]  # "heißt es in einer Erklärung"
    negations: frozenset[str]  # "nicht": a speech act that did not happen
    no_complement: frozenset[str]  # English: words after "said" that start no clause
    oblique_determiners: frozenset[str]  # "den", "dem": a pre-field object, not a subject
    expletives: frozenset[str]  # "es": a placeholder pre-field
    dative_determiners: frozenset[str]  # "dem", "einem": an addressee right after the verb
    conversation_nouns: frozenset[str]  # "Interview", "Gespräch" …
    conversation_prepositions: frozenset[str]  # … "mit" X: X is the addressee
    nominative_pronouns: frozenset[str]  # "er": right after the verb, the subject
    first_person: frozenset[str]  # "ich", "wir": the sentence is no reported speech
    topic_prepositions: frozenset[str]  # "berichtet von …", "sprach über …"
    act_prepositions: frozenset[str]  # English "railed against": part of a reported act's cue
    act_no_object: frozenset[str]  # English "voted in 2001": after the act, no object follows
    appearance_verbs: frozenset[str]  # English "seemed": an impression with no named source
    appearance_participles: frozenset[str]  # "is expected to", "is seen as": the same, passive
    progressive_suffixes: tuple[str, ...]  # English "-ing": "is criticizing" is no passive
    question_verbs: frozenset[str]  # English "asked": "asked X how …" (X is no content)
    question_words: frozenset[str]  # "how", "whether", "if" …: where the question starts
    # English "when" (asked …), "about" (asked about …): around a passive question's verb
    question_openers: frozenset[str]
    question_topics: frozenset[str]
    relative_prepositions: frozenset[str]  # "in" (denen): after a comma, a relative clause
    reflexive_possessives: frozenset[str]  # "eigenen" (Angaben): the sentence's subject speaks
    definite_determiners: frozenset[str]  # "der", "the": a description of a known actor
    # "der Konzern", "the company": the nearest organisation whose name has no other kind of
    # organisation noun ("Deutsche Bahn", not "Gewerkschaft …")
    company_nouns: frozenset[str]
    time_words: frozenset[str]  # English: "said Tuesday …" — skipped before a complement
    reported_object_only: bool  # a reported act's content is its object, not the sentence
    np_coordinators: frozenset[str]  # "und": coordinated heads in one speaker phrase
    nominal: dict[str, tuple[tuple[str, ...], ...]]  # "calls for", "criticism of"
    possessives: frozenset[str]  # "his", "her": the speaker of a reporting noun
    adjective_endings: tuple[str, ...]  # "behördlichen": an attributive adjective
    skip_after_verb: frozenset[str]  # "sagte auch Sullivan": words between verb and subject
    participle_cues: frozenset[str]  # English "…, adding that …": a second statement follows
    noun_like_verbs: frozenset[str]  # English "states", "tweet": a cue only before "that"
    stative_cues: frozenset[str]  # English "is confident that": the subject of "is" speaks
    title_words: frozenset[str]  # English "to", "of": lower case inside a quoted title
    pre_verb_adverbs: frozenset[str]  # English "also", "still": between subject and verb
    headline_colon: bool  # a first sentence "Speaker: claim" is a statement
    source_prefixes: frozenset[str]  # English "In" (a poll, …), at the sentence start
    source_nouns: frozenset[str]  # "poll", "survey", "statement": a source document
    relative_pronouns: frozenset[str]  # English "who": a relative clause's subject
    # English "one", "some": determiners that stand alone as a subject ("One says …"); the
    # singular ones take the verb form in -s
    pronominal_determiners: frozenset[str]
    singular_determiners: frozenset[str]
    # English "at", "on": a phrase of time they start may stand between subject and verb
    adverbial_prepositions: frozenset[str]
    infinitive_markers: frozenset[str]  # English "to": "hopes to win" (an act's object)
    recipient_prepositions: frozenset[str]  # English "to": "explained to CBS why …"
    contraction_hosts: frozenset[str]  # English "that" in "that's": no possessive
    gerund_prepositions: frozenset[str]  # English "by" in "ended by saying": subject before
    # English "amid", "despite": a leading phrase they start ends at its comma, before the
    # sentence's subject ("Amid the protests, the mayor …")
    leading_prepositions: frozenset[str]
    # English "how", "not": a subject phrase found starting with one names no speaker
    non_subject_starts: frozenset[str]
    verb_second: bool  # German-like word order (finite verb second, subject may follow it)

    cue_words: frozenset[str]  # every verb form of the three verb tables
    triggers: frozenset[str]  # every word that can start a cue (one pass per article)
    reported_words: frozenset[str]  # subjunctive forms and reportive modals
    person_suffixes: Suffixes  # compounds: "regierungssprecher" ends in a person noun
    org_suffixes: Suffixes
    prefix_noun_suffixes: Suffixes  # "Polizeiangaben" ends in a reporting noun
    word_flags: dict[int, frozenset[str]]  # TRIGGER / REPORTED / FIRST_PERSON -> words; 0: all
    trigger_roles: dict[str, int]  # trigger word -> its ROLE_* in the cheap sentence test
    verb_readings: dict[str, tuple[tuple[str, VerbForm], ...]]  # form -> (kind, reading), in
    # the order channel, say, act

    def is_cue_word(self, word: str) -> bool:
        return word in self.cue_words


def _verb_table(entries: tuple[str, ...]) -> dict[str, tuple[VerbForm, ...]]:
    table: dict[str, list[VerbForm]] = {}
    for entry in entries:
        form, _, lemma = entry.partition("=")
        form, _, particle = form.partition("|")
        reading = VerbForm(lemma.strip() or form.strip(), tuple(particle.split()))
        readings = table.setdefault(form.strip().lower(), [])
        if reading not in readings:
            readings.append(reading)
    # readings without a particle last: a particle reading is checked first
    return {
        form: tuple(sorted(readings, key=lambda r: -len(r.particle)))
        for form, readings in table.items()
    }


def _sequences(entries: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        words = tuple(entry.lower().split())
        if words:
            table.setdefault(words[0], []).append(words)
    return {key: tuple(sorted(set(v), key=len, reverse=True)) for key, v in table.items()}


def _words(language: Language, name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in language.lexicon(name))


@lru_cache(maxsize=32)
def cues_for(language: Language) -> Cues:
    """The compiled attribution lexicons of ``language`` (cached per language)."""
    openers: dict[str, str] = {}
    closers: set[str] = set()
    symmetric: set[str] = set()
    for entry in language.lexicon("quote_marks"):
        if len(entry) < 2:
            continue
        if len(set(entry)) == 1:
            symmetric.add(entry[0])
            continue
        openers[entry[0]] = openers.get(entry[0], "") + entry[1:]
        closers.update(entry[1:])
    pronouns = {}
    for entry in language.lexicon("quote_pronouns"):
        word, _, kind = entry.partition("=")
        pronouns[word.lower()] = kind or "any"
    variants = tuple(
        tuple(entry.split(">", 1))
        for entry in language.lexicon("quote_name_variants")
        if ">" in entry
    )
    fields = _fields(language)
    verbs, acts, channels = fields["verbs"], fields["acts"], fields["channels"]
    cue_words = frozenset(verbs) | frozenset(acts) | frozenset(channels)
    triggers = (
        cue_words
        | frozenset(fields["prefix"])
        | frozenset(fields["impersonal"])
        | fields["noun_cues"]
        | fields["verb_final_cues"]
        | fields["postfix"]
        | fields["postfix_noun_cues"]
        | fields["inverted"]
        | fields["adverbs"]
    )
    reported_words = fields["subjunctive"] | fields["subjunctive_strong"] | fields["reportive"]
    roles = {word: _trigger_role(fields, cue_words, word) for word in triggers}
    readings = {
        word: tuple(
            (kind, reading)
            for kind, table in (("channel", channels), ("say", verbs), ("act", acts))
            for reading in table.get(word, ())
        )
        for word in cue_words
    }
    return Cues(
        openers=openers,
        closers=frozenset(closers),
        symmetric=frozenset(symmetric),
        double_marks=tuple(language.lexicon("quote_double_marks")),
        pronouns=pronouns,
        name_variants=variants,  # type: ignore[arg-type]
        cue_words=cue_words,
        triggers=triggers,
        reported_words=reported_words,
        person_suffixes=_suffixes(fields["person_nouns"]),
        org_suffixes=_suffixes(fields["org_nouns"]),
        prefix_noun_suffixes=_suffixes(fields["prefix_nouns"]),
        word_flags={
            0: triggers
            | reported_words
            | fields["first_person"]
            | frozenset(fields["nominal"])
            | fields["appearance_verbs"],
            NOMINAL: frozenset(fields["nominal"]),
            APPEARANCE: fields["appearance_verbs"],
            TRIGGER: triggers,
            REPORTED: reported_words,
            FIRST_PERSON: fields["first_person"],
        },
        verb_second=bool(language.lexicon("quote_prefield_adverbials")),
        trigger_roles=roles,
        verb_readings=readings,
        **fields,
    )


# what a trigger word needs to count in the cheap sentence test (``indirect._has_cue``)
ROLE_VERB, ROLE_CONDITIONAL, ROLE_SEQUENCE, ROLE_VERB_FINAL, ROLE_CUE = 1, 2, 3, 4, 5


def _trigger_role(fields: dict[str, Any], cue_words: frozenset[str], word: str) -> int:
    """A cue verb (its reading decides), a word that counts only in context ("nach" before a
    reporting noun, ", so"), only as the start of a sequence ("hat es geheißen"), only with a
    verb at the clause end ("wie … sagte"), or a cue on its own ("zufolge")."""
    if word in cue_words:
        return ROLE_VERB
    if (
        word in fields["noun_cues"]
        or word in fields["postfix_noun_cues"]
        or word in fields["inverted"]
    ):
        return ROLE_CONDITIONAL
    if (word in fields["impersonal"] or word in fields["prefix"]) and not (
        word in fields["postfix"] or word in fields["adverbs"]
    ):
        return ROLE_SEQUENCE
    if word in fields["verb_final_cues"]:
        return ROLE_VERB_FINAL
    return ROLE_CUE


TRIGGER, REPORTED, FIRST_PERSON, NOMINAL, APPEARANCE = 1, 2, 4, 8, 16


class Suffixes:
    """Does a word end in one of the long (more than five letters) entries of a word list?
    ("regierungssprecher" ends in "sprecher"). A set lookup per entry length, not a regular
    expression tried at every position."""

    __slots__ = ("_lengths", "_words")

    def __init__(self, words: frozenset[str]) -> None:
        self._words = frozenset(w for w in words if len(w) > 5)
        self._lengths = tuple(sorted({len(w) for w in self._words}))

    def search(self, word: str) -> bool:
        size = len(word)
        for length in self._lengths:
            if length > size:
                return False
            if word[size - length :] in self._words:
                return True
        return False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Suffixes) and other._words == self._words

    def __hash__(self) -> int:
        return hash(self._words)


def _suffixes(words: frozenset[str]) -> Suffixes:
    return Suffixes(words)


def _fields(language: Language) -> dict[str, Any]:
    return dict(
        verbs=_verb_table(language.lexicon("quote_verbs")),
        acts=_verb_table(language.lexicon("quote_act_verbs")),
        channels=_verb_table(language.lexicon("quote_channel_verbs")),
        prefix=_sequences(language.lexicon("quote_prefix_cues")),
        noun_cues=_words(language, "quote_noun_cues"),
        verb_final_cues=_words(language, "quote_verb_final_cues"),
        postfix=_words(language, "quote_postfix_cues"),
        postfix_noun_cues=_words(language, "quote_postfix_noun_cues"),
        inverted=_words(language, "quote_inverted_cues"),
        impersonal=_sequences(language.lexicon("quote_impersonal_cues")),
        adverbs=_words(language, "quote_adverb_cues"),
        prefix_nouns=_words(language, "quote_prefix_nouns"),
        complementizers=_words(language, "quote_complementizers"),
        subordinators=_words(language, "quote_subordinators"),
        conjunctions=_words(language, "quote_clause_conjunctions"),
        reportive=_words(language, "quote_reportive_modals"),
        reportive_infinitives=_words(language, "quote_reportive_infinitives"),
        passive=_words(language, "quote_passive_auxiliaries"),
        subjunctive=_words(language, "quote_subjunctive"),
        subjunctive_strong=_words(language, "quote_subjunctive_strong"),
        determiners=_words(language, "quote_determiners"),
        np_stops=_words(language, "quote_np_stops"),
        prefield_adverbials=_words(language, "quote_prefield_adverbials"),
        auxiliaries=_words(language, "quote_auxiliaries"),
        plural_pronouns=_words(language, "quote_plural_pronouns"),
        person_nouns=_words(language, "quote_person_nouns"),
        org_nouns=_words(language, "quote_org_nouns"),
        group_nouns=_words(language, "quote_group_nouns"),
        addressee_prepositions=_words(language, "quote_addressee_prepositions"),
        addressee_verbs=_words(language, "quote_addressee_verbs"),
        skip_after_verb=_words(language, "quote_skip_after_verb"),
        adjective_endings=tuple(language.lexicon("quote_adjective_endings")),
        nominal=_sequences(language.lexicon("quote_nominal_cues")),
        possessives=_words(language, "quote_possessives"),
        np_coordinators=_words(language, "quote_np_coordinators"),
        reported_object_only=bool(language.lexicon("quote_reported_object_only")),
        time_words=_words(language, "quote_time_words"),
        topic_prepositions=_words(language, "quote_topic_prepositions"),
        act_prepositions=_words(language, "quote_act_prepositions"),
        act_no_object=_words(language, "quote_act_no_object"),
        appearance_verbs=_words(language, "quote_appearance_verbs")
        | _words(language, "quote_appearance_participles"),
        appearance_participles=_words(language, "quote_appearance_participles"),
        progressive_suffixes=tuple(language.lexicon("quote_progressive_suffixes")),
        question_verbs=_words(language, "quote_question_verbs"),
        question_words=_words(language, "quote_question_words"),
        question_openers=_words(language, "quote_question_openers"),
        question_topics=_words(language, "quote_question_topics"),
        relative_prepositions=_words(language, "quote_relative_prepositions"),
        reflexive_possessives=_words(language, "quote_reflexive_possessives"),
        definite_determiners=_words(language, "quote_definite_determiners"),
        company_nouns=_words(language, "quote_company_nouns"),
        first_person=_words(language, "quote_first_person"),
        nominative_pronouns=_words(language, "quote_nominative_pronouns"),
        dative_determiners=_words(language, "quote_dative_determiners"),
        conversation_nouns=_words(language, "quote_conversation_nouns"),
        conversation_prepositions=_words(language, "quote_conversation_prepositions"),
        oblique_determiners=_words(language, "quote_oblique_determiners"),
        expletives=_words(language, "quote_expletives"),
        no_complement=_words(language, "quote_no_complement"),
        negations=_words(language, "quote_negations"),
        source_prepositions=_words(language, "quote_source_prepositions"),
        np_continuations=_words(language, "quote_np_continuations"),
        genitive_adjective_endings=tuple(language.lexicon("quote_genitive_adjective_endings")),
        name_particles=_words(language, "quote_name_particles"),
        focus_particles=_words(language, "quote_focus_particles"),
        adverb_suffixes=tuple(language.lexicon("quote_adverb_suffixes")),
        genitive_markers=_words(language, "quote_genitive_markers"),
        participle_cues=_words(language, "quote_participle_cues"),
        noun_like_verbs=_words(language, "quote_noun_like_verbs"),
        stative_cues=_words(language, "quote_stative_cues"),
        title_words=_words(language, "quote_title_words"),
        pre_verb_adverbs=_words(language, "quote_pre_verb_adverbs"),
        headline_colon=bool(language.lexicon("quote_headline_colon")),
        source_prefixes=_words(language, "quote_source_prefixes"),
        source_nouns=_words(language, "quote_source_nouns"),
        relative_pronouns=_words(language, "quote_relative_pronouns"),
        pronominal_determiners=_words(language, "quote_pronominal_determiners")
        | _words(language, "quote_singular_determiners"),
        singular_determiners=_words(language, "quote_singular_determiners"),
        adverbial_prepositions=_words(language, "quote_adverbial_prepositions"),
        infinitive_markers=_words(language, "quote_infinitive_markers"),
        recipient_prepositions=_words(language, "quote_recipient_prepositions"),
        contraction_hosts=_words(language, "quote_contraction_hosts"),
        gerund_prepositions=_words(language, "quote_gerund_prepositions"),
        leading_prepositions=_words(language, "quote_leading_prepositions"),
        non_subject_starts=_words(language, "quote_non_subject_starts"),
    )
