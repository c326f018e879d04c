"""Finding cues on tokens: cue verbs (with separable particles), prepositional cues ("laut X",
"nach Angaben von X", "X zufolge", "according to X"), inverted cues (", so X") and impersonal
cues ("heißt es"). All words come from :class:`~.lexicon.Cues`."""

from __future__ import annotations

import dataclasses

from .document import Document
from .lexicon import TRIGGER, Cues, VerbForm


# A dataclass, not an attrs class: mypyc compiles this module (setup.py) and cannot compile attrs
# classes.
@dataclasses.dataclass
class VerbCue:
    """A cue verb at token ``index`` (its particle, if separable, at ``particle``)."""

    index: int
    form: VerbForm
    kind: str  # "say", "act" or "channel"
    particle: int | None = None

    @property
    def last(self) -> int:
        return self.particle if self.particle is not None else self.index


_CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "„", "“", "”", '"', "»", "«", "–"})


def _particle_at(
    doc: Document, index: int, particle: tuple[str, ...], hi: int, cues: Cues
) -> int | None:
    """Position of the (last word of the) separable particle later in the clause, or None.
    English particles follow the verb ("pointed out that …")."""
    n = len(particle)
    lower = doc.lower
    if not cues.verb_second:
        j = index + 1
        return j + n - 1 if j + n <= hi and tuple(lower[j : j + n]) == particle else None
    j = index + 1
    head = particle[0]  # compared first: no tuple built for most words
    while j + n <= hi:
        word = lower[j]
        if word in _CLAUSE_END:
            # "…, teilte der Vorsitzende, Magdalena Chu, mit.": the particle ends the sentence
            end = hi
            while end > j and lower[end - 1] in (".", "!", "?", "“", "”", '"'):
                end -= 1
            if word == "," and end - n > j and tuple(lower[end - n : end]) == particle:
                return end - 1
            return None
        if word == head and (n == 1 or tuple(lower[j : j + n]) == particle):
            after = j + n
            if (
                after >= hi
                or lower[after] in _CLAUSE_END
                or not doc.is_word(after)
                or (lower[after] in cues.conjunctions)
            ):
                return j + n - 1
        j += 1
    return None


def verb_cue_at(doc: Document, index: int, hi: int, cues: Cues) -> VerbCue | None:
    word = doc.lower[index]
    if (
        not cues.verb_second
        and index > 0
        and (
            doc.lower[index - 1] in cues.determiners
            or doc.lower[index - 1] in ("'s", "’s")
            or _possessive(doc.lower[index - 1], cues)
        )
        and not _after_pronominal(doc, index, hi, cues)
    ):
        return None  # English noun reading: "the attacks", "his tweet", "Clinton's remarks"
    if word in cues.noun_like_verbs and not (
        index + 1 < hi
        and (
            doc.lower[index + 1] in cues.complementizers
            # "is not sure she can …": a state with a clause, "that" left out
            or (
                word in cues.stative_cues
                and doc.lower[index + 1] in cues.nominative_pronouns
                and _after_copula(doc, index, cues)
            )
        )
    ):
        return None  # "30 states", "Editor's note:", "known as": a verb only before "that"
    # the readings of the three tables in the order channel, say, act
    for kind, reading in cues.verb_readings.get(word, ()):
        if reading.particle:
            position = _particle_at(doc, index, reading.particle, hi, cues)
            if position is not None:
                return VerbCue(index, reading, kind, position)
        else:
            if (
                doc.is_upper(index)
                and index > 0
                and doc.lower[index - 1] not in (".", ":", "„", "“", '"', "»")
                and (cues.verb_second or not _title_case(doc, index, hi))
            ):
                continue  # a capitalised noun ("Warnungen"), not the verb
            if (
                not cues.verb_second
                and doc.is_upper(index)
                and index + 1 < hi
                and doc.is_upper(index + 1)
                and not (index > 0 and _title_case(doc, index, hi))
            ):
                continue  # a name at the sentence start: "Hope Hicks said"
            return VerbCue(index, reading, kind)
    return None


def _after_copula(doc: Document, index: int, cues: Cues) -> bool:
    """English "is (not) sure": a form of "be" before the adjective, adverbs and negations
    between ("make sure she …" is no state)."""
    j = index - 1
    while j > 0 and (doc.lower[j] in cues.negations or doc.lower[j] in cues.pre_verb_adverbs):
        j -= 1
    return j >= 0 and (doc.lower[j] in cues.passive or doc.lower[j] in cues.auxiliaries)


def _possessive(word: str, cues: Cues) -> bool:
    """English "Clinton's" as one token: a possessive, unless a contraction ("he's", "that's")."""
    if not word.endswith(("'s", "’s")) or len(word) < 4:
        return False
    host = word[:-2]
    return host not in cues.pronouns and host not in cues.contraction_hosts


def _after_pronominal(doc: Document, index: int, hi: int, cues: Cues) -> bool:
    """English "One says the …", "Some believe that …", "Two in three said they …": a
    determiner standing alone as the subject; the verb starts a clause (a complementizer, a
    pronoun, a determiner or a name follows). A form in -s is a verb only after "one"-like
    singulars ("one says"), a plural noun after the others ("some claims")."""
    before = doc.lower[index - 1]
    if before not in cues.pronominal_determiners or index + 1 >= hi:
        return False
    word = doc.lower[index]
    plural_noun = word.endswith("s") and not word.endswith("ss")
    if index > 1 and doc.lower[index - 2] in cues.determiners and plural_noun:
        return False  # "the two reports" (but "The two admit that …")
    after = doc.lower[index + 1]
    if not (
        after in cues.complementizers
        or after in cues.pronouns
        or after in cues.determiners
        or doc.is_upper(index + 1)
    ):
        return False
    if plural_noun:
        return before in cues.singular_determiners
    return True


def _title_case(doc: Document, index: int, hi: int) -> bool:
    """English headline capitalisation around the verb: "Trump Says He Will Run"."""
    return doc.is_upper(index - 1) and index + 1 < hi and doc.is_upper(index + 1)


def is_act(doc: Document, index: int, hi: int, cues: Cues) -> bool:
    """True when the verb at ``index`` has a speech-act reading ("warnte", "sprach … aus")."""
    for reading in cues.acts.get(doc.lower[index], ()):
        if not reading.particle or _particle_at(doc, index, reading.particle, hi, cues) is not None:
            return True
    return False


def verb_cues(
    doc: Document, lo: int, hi: int, cues: Cues, skip: set[int] | None = None
) -> list[VerbCue]:
    """Every cue verb in tokens ``[lo, hi)``, left to right."""
    found = []
    for index in doc.flagged(cues.word_flags, TRIGGER, lo, hi):
        if doc.lower[index] not in cues.cue_words:
            continue
        if skip and index in skip:
            continue
        cue = verb_cue_at(doc, index, hi, cues)
        if cue is not None:
            found.append(cue)
    return found


def match_sequence(
    doc: Document, index: int, table: dict[str, tuple[tuple[str, ...], ...]], hi: int
) -> int:
    """Length of the longest word sequence from ``table`` starting at ``index`` (0: none)."""
    sequences = table.get(doc.lower[index])
    if not sequences:
        return 0
    for words in sequences:
        n = len(words)
        if index + n <= hi and tuple(doc.lower[index : index + n]) == words:
            return n
    return 0
