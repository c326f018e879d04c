"""Finding the speaker's noun phrase around a cue, on tokens.

German puts the finite verb second: the subject is the pre-field ("Der Berater, Jake Sullivan,
sagte") or follows the verb when an adverbial fills the pre-field ("Am Dienstag sagte
Sullivan") or the clause is inverted ("…“, sagte Sullivan"); in a subordinate clause it follows
the subordinator ("wie der Kreml mitteilte"). English keeps the subject before the verb except
in inverted frames ("…,” said Sullivan). Word lists come from :class:`~.lexicon.Cues`.
"""

from __future__ import annotations

from ..model import ActorKind
from .cues import verb_cue_at
from .document import Document
from .lexicon import Cues

_PUNCT_END = frozenset('.,;:!?()[]„“”"»«‚‘’–—')
# quotation marks as tokens (English doubled apostrophes "''" among them): a clause boundary
_QUOTE_TOKENS = frozenset({"„", "“", "”", '"', "»", "«", "''"})


def _is_name_like(doc: Document, i: int) -> bool:
    return doc.is_upper(i)


def _quoted_name(doc: Document, k: int, limit: int) -> int:
    """End of a name in quotation marks at ``k`` ("„Computerwoche“"), or ``k``."""
    if doc.lower[k] in ("„", "“", '"', "»") and k + 1 < limit and doc.is_word(k + 1):
        for j in range(k + 2, min(limit, k + 8)):
            if doc.lower[j] in ("“", "”", '"', "«"):
                return j + 1
            if doc.lower[j] in (",", ".", ":", ";"):
                return k
    return k


def head_run(doc: Document, k: int, limit: int, cues: Cues) -> int:
    """End of a run of capitalised words from ``k``: nouns and names, with hyphens, name
    particles ("Heike van Laak") and names in quotation marks."""
    start = k
    while k < limit:
        if (
            _is_name_like(doc, k)
            or (
                doc.lower[k] in ("-", ".")
                and k > start
                and k + 1 < limit
                and (_is_name_like(doc, k + 1))
            )
            or (
                doc.lower[k] in cues.name_particles
                and k > start
                and k + 1 < limit
                and (_is_name_like(doc, k + 1))
            )
            or (not cues.verb_second and k > start and doc.lower[k] in ("'s", "’s"))
        ):
            k += 1
        else:
            quoted = _quoted_name(doc, k, limit)
            if quoted == k:
                break
            k = quoted
    return k


def simple_np(doc: Document, i: int, limit: int, cues: Cues, loose: bool = False) -> int:
    """End (exclusive token index) of a simple noun phrase starting at ``i``, or ``i``.

    [determiner] [lower-case modifiers] capitalised words (German nouns, names), optionally
    continued by a genitive, "von"/"of" or "für"/"for" phrase ("Sprecher des Ministeriums",
    "Bundesagentur für Arbeit") or a genitive adjective ("Angaben informierter Kreise").
    ``loose``: a cue word may be a modifier where no verb can follow (English "according to
    state records").
    """
    if i >= limit:
        return i
    word = doc.lower[i]
    if word in cues.pronouns:
        return i + 1
    j = i
    if word in cues.determiners:
        j += 1
    k = j
    # modifiers: lower-case adjectives (German) or any word before the head (English)
    while (
        k < limit
        and k - j < 4
        and doc.is_word(k)
        and not doc.is_capitalized(k)
        and (
            doc.lower[k] not in cues.np_stops
            and (loose or not cues.is_cue_word(doc.lower[k]))
            and doc.lower[k] not in cues.auxiliaries
            and doc.lower[k] not in cues.complementizers
            and doc.lower[k] not in cues.subordinators
        )
    ):
        k += 1
    head = k
    k = head_run(doc, k, limit, cues)
    if k == head:
        # no capitalised head: an English common noun phrase ("a source", "officials")
        if not cues.verb_second and head > j:
            k = head
            if doc.lower[k - 1] in cues.np_stops:
                return i
        else:
            return i
    # continuations: genitive, "von", "für"; a genitive adjective
    while k < limit:
        word = doc.lower[k]
        if word in cues.np_continuations:
            nxt = _continuation(doc, k, limit, cues)
        elif (
            word in cues.np_coordinators
            and k + 1 < limit
            and (doc.is_capitalized(k + 1) or doc.lower[k + 1] in cues.determiners)
            and not cues.is_cue_word(doc.lower[k + 1])
        ):
            nxt = simple_np(doc, k + 1, limit, cues)  # "Bürgermeister und Justizsenator"
        elif (
            cues.verb_second
            and word.endswith(cues.genitive_adjective_endings)
            and doc.is_word(k)
            and not doc.is_capitalized(k)
            and not cues.is_cue_word(word)
            and word not in cues.np_stops
            and word not in cues.auxiliaries
            and k + 1 < limit
            and _is_name_like(doc, k + 1)
        ):
            nxt = head_run(doc, k + 1, limit, cues)
        else:
            break
        if nxt <= k + 1:
            break
        k = nxt
    return k


def _continuation(doc: Document, k: int, limit: int, cues: Cues) -> int:
    """A genitive/prepositional continuation at ``k``: only before a noun phrase with a
    capitalised head ("der Polizei", "von Mike Brown", "für Arbeit")."""
    j = k + 1
    if j < limit and doc.lower[j] in cues.determiners:
        j += 1
    while (
        j < limit
        and doc.is_word(j)
        and not doc.is_capitalized(j)
        and j - k < 5
        and doc.lower[j] not in cues.np_stops
        and not cues.is_cue_word(doc.lower[j])
    ):
        j += 1
    if j < limit and (_is_name_like(doc, j) or _quoted_name(doc, j, limit) > j):
        return head_run(doc, j, limit, cues)
    return k


def _capitalised_run(doc: Document, j: int, limit: int) -> int:
    while j < limit and (
        _is_name_like(doc, j)
        or (doc.lower[j] == "-" and j + 1 < limit and _is_name_like(doc, j + 1))
    ):
        j += 1
    return j


def apposition(doc: Document, end: int, limit: int, cues: Cues) -> int:
    """Extend a noun phrase ending at ``end`` over ", Jake Sullivan," (a name in commas, or at
    the end of the clause) and over a parenthesis "(CDU)"."""
    end = parenthesis(doc, end, limit)
    if end < limit and doc.lower[end] == ",":
        j = end + 1
        k = _capitalised_run(doc, j, limit)
        if (
            k > j
            and doc.lower[j] not in cues.determiners
            and (k >= limit or doc.lower[k] in (",", ".", ":", ";", "!", "?"))
        ):
            return parenthesis(doc, k, limit)
        # a description: ", Vorsitzender des Bankenausschusses," / ", die Leiterin der Stelle"
        k = simple_np(doc, j, limit, cues)
        if (
            k > j + 1 - (doc.lower[j] not in cues.determiners)
            and (k >= limit or doc.lower[k] in (",", ".", "!", "?"))
            and not cues.is_cue_word(doc.lower[k - 1])
        ):
            return parenthesis(doc, k, limit)
    return end


def parenthesis(doc: Document, end: int, limit: int) -> int:
    """Extend over a short parenthesis right after a noun phrase: "Franz Josef Jung (CDU)"."""
    if end < limit and doc.lower[end] == "(":
        for k in range(end + 1, min(limit, end + 7)):
            if doc.lower[k] == ")":
                return k + 1
    return end


def np_after(doc: Document, i: int, limit: int, cues: Cues) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (after an inverted cue verb)."""
    end = simple_np(doc, i, limit, cues)
    if end <= i:
        return None
    return i, end


def is_adverbial_start(doc: Document, i: int, cues: Cues) -> bool:
    word = doc.lower[i]
    return word in cues.prefield_adverbials or word in cues.adverbs or word[:1].isdigit()


def prefield_subject(doc: Document, start: int, verb: int, cues: Cues) -> tuple[int, int] | None:
    """The subject filling the pre-field ``[start, verb)`` of a main clause, or None."""
    while start < verb and (
        doc.lower[start] in _PUNCT_END or doc.lower[start] in cues.conjunctions
    ):
        start += 1
    end = verb
    while end > start and doc.lower[end - 1] in (",", "–", "—", "("):
        end -= 1
    if end <= start or end - start > 18:
        return None
    if cues.verb_second and is_adverbial_start(doc, start, cues):
        return None
    if cues.verb_second and (
        doc.lower[start] in cues.oblique_determiners
        or (doc.lower[start] in cues.expletives and end - start == 1)
    ):
        return None  # "Den Flüchtlingen sicherte …", "Es sagte …": not the subject
    if (
        cues.verb_second
        and (end - start == 1 or doc.lower[start + 1] in cues.np_stops)
        and doc.lower[start].endswith(cues.adverb_suffixes)
    ):
        return None  # "Unmissverständlich sagt …", "Stellvertretend für … empfahl …"
    if not cues.verb_second:
        # English: the noun phrase right before the verb
        return np_before(doc, start, end, cues)
    if doc.lower[start] in cues.subordinators and doc.lower[start] not in cues.determiners:
        return None
    if not (
        doc.is_capitalized(start)
        or doc.lower[start] in cues.determiners
        or doc.lower[start] in cues.pronouns
    ):
        return None
    return start, end


def np_before(doc: Document, start: int, end: int, cues: Cues) -> tuple[int, int] | None:
    """English: the noun phrase that ends at ``end`` (the subject right before the verb)."""
    if end > start and (
        doc.lower[end - 1] in cues.pronouns or doc.lower[end - 1] in cues.relative_pronouns
    ):
        return end - 1, end  # "It said …", "lawmakers who thought …"
    while end > start + 1 and (
        doc.lower[end - 1] in cues.pre_verb_adverbs
        or doc.lower[end - 1] in cues.time_words
        or (doc.lower[end - 1] == "," and doc.lower[end - 2] in cues.pre_verb_adverbs)
    ):
        end -= 1  # "Trump also claimed", "The White House on Monday urged"
    i = end
    # an apposition only when a comma closes the phrase ("Jake Sullivan, the national security
    # adviser, said"); otherwise a comma ends the subject ("In Cedar Rapids, Iowa, Rubio said")
    appositive = end < len(doc.lower) and doc.lower[end] == ","
    while i > start:
        word = doc.lower[i - 1]
        if word in (",",) and i - 2 >= start and doc.is_upper(i - 2) and appositive:
            i -= 1
            continue
        if word == ")":  # a parenthesis: "Marco Rubio (R-Fla.)"
            j = i - 1
            while j > start and doc.lower[j] != "(" and i - j < 8:
                j -= 1
            if doc.lower[j] == "(" and j > start:
                i = j
                continue
        if word in ("’", "'") and i - 2 >= start and doc.lower[i - 2].endswith("s"):
            i -= 1  # "Sanders’ aides"
            continue
        if word in _PUNCT_END and word not in ("'s", "’s", "-", "."):
            break
        if (
            word in cues.np_coordinators
            and i - 2 >= start
            and i < end
            and doc.is_upper(i - 2)
            and doc.is_upper(i)
        ):
            i -= 1  # "The Sanders and Clinton campaigns": coordinated names
            continue
        if word in cues.auxiliaries or word in cues.subordinators or word in cues.complementizers:
            break
        if (
            word in cues.np_stops
            and word not in cues.determiners
            and word not in cues.np_continuations
        ):
            break
        i -= 1
    while i < end and doc.lower[i] in (",",):
        i += 1
    if i >= end:
        return None
    return i, end


def after_comma(doc: Document, index: int, lo: int) -> bool:
    """A comma right before token ``index``, or a comma and a closing quotation mark
    ('as “fantastic,” telling …')."""
    if index <= lo:
        return False
    before = doc.lower[index - 1]
    return before == "," or (
        before in _QUOTE_TOKENS and index - 2 >= lo and doc.lower[index - 2] == ","
    )


def subject_of(doc: Document, verb: int, lo: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """The subject of the cue verb at token ``verb`` within the sentence ``[lo, hi)``."""
    found = _subject_of(doc, verb, lo, hi, cues)
    if (
        found is not None
        and not cues.verb_second
        and (found[1] == verb or found[0] == lo)
        and all(
            # (a capitalised "-ly" word is a name: "Schlafly", "Kelly")
            (doc.lower[t].endswith(cues.adverb_suffixes or ("\0",)) and not doc.is_upper(t))
            or doc.lower[t] in cues.negations
            or doc.lower[t] in cues.pre_verb_adverbs
            for t in range(found[0], found[1])
        )
    ):
        # English "Kasich, optimistically predicting …", "X has typically backed …": an
        # adverb before the verb is no subject; the subject is before it
        # ("Instead, …" opening the sentence: no subject at all)
        found = (subject_of(doc, found[0], lo, hi, cues) or found) if found[0] > lo else None
    if (
        found is None
        and not cues.verb_second
        and verb - 2 > lo
        and (
            doc.lower[verb - 1] in cues.infinitive_markers
            or (
                doc.lower[verb - 1] in cues.gerund_prepositions
                and doc.lower[verb].endswith(cues.progressive_suffixes or ("\0",))
            )
        )
    ):
        # English "X went on to say …", "Voters are more likely to say …", "X ended by
        # saying …": the sentence's subject
        found = subject_of_sentence(doc, lo, verb - 1, cues)
        if found is not None and found[1] >= verb - 1:
            found = None
    if (
        found is not None
        and not cues.verb_second
        and found[1] == verb
        and found[0] - 1 > lo
        and doc.lower[found[0] - 1] in cues.adverbial_prepositions
        and found[1] - found[0] <= 3
        and (doc.lower[found[0]] in cues.determiners or doc.lower[found[0]] in cues.time_words)
    ):
        # English "Trump at the time said …", "He at one point called …": a phrase of time
        # between the subject and the verb
        before = np_before(doc, lo, found[0] - 1, cues)
        if before is not None and before[1] == found[0] - 1:
            return before
    return found


def _subject_of(doc: Document, verb: int, lo: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    if (
        not cues.verb_second
        and verb == lo
        and cues.progressive_suffixes
        and doc.lower[verb].endswith(cues.progressive_suffixes)
    ):
        # English "Emphasizing the urgency, Trump said …": a leading participle's subject is
        # the main clause's, after the comma
        comma = next((t for t in range(verb + 1, min(hi, verb + 20)) if doc.lower[t] == ","), None)
        if comma is None:
            return None
        found = np_after(doc, comma + 1, hi, cues)
        return found if found is not None and found[0] == comma + 1 else None
    if not cues.verb_second and verb - 1 > lo and doc.lower[verb - 1] != ",":
        # English "Jim Brown, a spokesman, also declined …": adverbs and auxiliaries between
        # the subject's closing comma and the verb
        j = verb
        while j - 1 > lo and (
            doc.lower[j - 1] in cues.pre_verb_adverbs
            or doc.lower[j - 1] in cues.auxiliaries
            or doc.lower[j - 1] in cues.negations
        ):
            j -= 1
        if j < verb and doc.lower[j - 1] == ",":
            found = subject_of(doc, j, lo, hi, cues)
            if found is not None:
                return found
    if (
        not cues.verb_second
        and doc.lower[verb] in cues.participle_cues
        and after_comma(doc, verb, lo)
    ):
        # "Carson endorsed Trump, calling him …": the sentence's subject speaks
        return subject_of_sentence(doc, lo, verb - 1, cues)
    if (
        not cues.verb_second
        and verb > lo
        and doc.lower[verb - 1] == ","
        and verb + 1 < hi
        and (
            doc.lower[verb + 1] in cues.complementizers
            or doc.lower[verb + 1] in cues.nominative_pronouns
            or _named_prefield(doc, cues, lo, verb, hi)
            or _relative_prefield(doc, cues, lo, verb)
        )
    ):
        # "Jason Furman, who leads the council, said that …": the whole pre-field
        end = verb - 1
        if end - lo <= 25 and (doc.is_upper(lo) or doc.lower[lo] in cues.determiners):
            return lo, end
    # the clause start: the nearest boundary before the verb
    i = verb - 1
    while i >= lo:
        word = doc.lower[i]
        if word == ")":
            while i > lo and doc.lower[i] != "(":
                i -= 1  # skip a parenthesis: "Gitta Trauernicht (SPD)"
            i -= 1
            continue
        if (
            not cues.verb_second
            and word in ("–", "—")
            and i + 1 == verb
            and i - 1 > lo
            and doc.lower[i - 1] != word
        ):
            # "Democrats — and some Republicans — say": the subject before the dashes
            dash = next((t for t in range(i - 1, lo, -1) if doc.lower[t] == word), None)
            if dash is not None:
                found = np_before(doc, lo, dash, cues)
                if found is not None and found[1] == dash:
                    return found
        if word in (":", ";", "–", "—", "(") or doc.lower[i] in _QUOTE_TOKENS:
            break
        if word == "," and i + 1 == verb:
            # "…, sagte X" (inverted) or "Jake Sullivan, sagte" (an apposition ends)
            if cues.verb_second:
                whole = subject_of_sentence(doc, lo, verb, cues)
                if whole is not None and whole[1] >= verb - 1 and whole[0] == lo:
                    return whole[0], verb - 1  # "Die Regierungspartei, die Hamas, bezeichnete"
                found = after_verb(doc, verb, hi, cues)
                if found is not None:
                    return found
                nxt = doc.lower[verb + 1] if verb + 1 < hi else "."
                if (
                    nxt in cues.skip_after_verb or not doc.is_word(verb + 1)
                    if verb + 1 < hi
                    else True
                ):
                    return None  # "nannte X …, sagte aber, …": the subject is elsewhere
                i -= 1
                continue
            # English "David Simas, the political director, said": the subject with its
            # apposition, unless the comma ends a clause ("The plan is dead, said Smith")
            found = np_before(doc, lo, verb - 1, cues)
            if (
                found is not None
                and (found[0] == lo or (doc.lower[found[0] - 1] == "," and doc.is_upper(found[0])))
                and "," in doc.lower[found[0] : found[1]]
            ):
                return found  # (also after a leading phrase: "At the rally, X, 70, said")
            # "Sen. X (D-Ill.), noting the size of …, said": a participle phrase between
            # commas after the subject
            comma = next((t for t in range(verb - 2, lo, -1) if doc.lower[t] == ","), None)
            if (
                comma is not None
                and doc.lower[comma + 1].endswith(cues.progressive_suffixes)
                and not doc.is_upper(comma + 1)
            ):
                found = np_before(doc, lo, comma, cues)
                if found is not None and (
                    found[0] == lo or doc.lower[found[0] - 1] in cues.conjunctions
                ):
                    return found
            if comma is not None and comma + 1 < verb - 1:
                # "Earlier, Sheriff X, a figure in the debate, vouched …" (the apposition
                # belongs to the subject), "And X, to his credit, refuses …" (a phrase
                # between commas does not)
                found = np_before(doc, lo, comma, cues)
                if (
                    found is not None
                    and found[1] == comma
                    and (
                        found[0] == lo
                        or doc.lower[found[0] - 1] == ","
                        or doc.lower[found[0] - 1] in cues.conjunctions
                    )
                    and (doc.is_upper(found[0]) or doc.lower[found[0]] in cues.determiners)
                ):
                    if doc.lower[comma + 1] in cues.determiners:
                        return found[0], verb - 1
                    return found
            break
        if (
            word == ","
            and i + 1 < verb
            and (
                (
                    doc.lower[i + 1] in cues.subordinators
                    and doc.lower[i + 1] not in cues.determiners
                )
                or doc.lower[i + 1] in cues.complementizers
                or (cues.verb_second and doc.lower[i + 1] in cues.auxiliaries)
            )
        ):
            break
        if (
            word == ","
            and i + 3 < verb
            and doc.lower[i + 1] in cues.relative_prepositions
            and doc.lower[i + 2] in cues.subordinators
        ):
            # a relative clause after a preposition: "…, in denen sie versprachen, …" (its
            # subject right before the verb)
            found = np_after(doc, i + 3, verb, cues)
            if found is not None and found[0] == i + 3 and found[1] == verb:
                return found
        if word in cues.conjunctions and i + 1 == verb:
            break
        i -= 1
    start = i + 1
    verb_final = (
        verb + 1 >= hi or not doc.is_word(verb + 1) or doc.lower[verb + 1] in cues.auxiliaries
    )
    if (
        start < verb
        and (doc.lower[start] in cues.subordinators)
        and (doc.lower[start] not in cues.determiners or not cues.verb_second)
        and doc.lower[start] not in cues.conjunctions
        and (verb_final or not cues.verb_second)
    ):
        # subordinate clause: "wie der Kreml mitteilte", "nachdem ein Beamter am Montag sagte"
        if not cues.verb_second:
            # unless it ended before the subject: "Asked if A, Ryan said"
            comma = max((t for t in range(start + 1, verb) if doc.lower[t] == ","), default=None)
            if comma is not None and comma + 1 < verb:
                # (auxiliaries before the verb stay out: "Since then, critics have said")
                finite = verb
                while finite - 1 > comma + 1 and (
                    doc.lower[finite - 1] in cues.auxiliaries
                    or doc.lower[finite - 1] in cues.negations
                    or doc.lower[finite - 1] in cues.pre_verb_adverbs
                ):
                    finite -= 1
                found = np_before(doc, comma + 1, finite, cues)
                if found is not None and found[0] == comma + 1:
                    return found
        found = np_after(doc, start + 1, verb, cues)
        if found is None and not cues.verb_second:
            # "Although in September she said …": the phrase right before the verb
            found = np_before(doc, start + 1, verb, cues)
            if found is not None and found[1] != verb:
                found = None
        if found is None and doc.lower[start] in cues.relative_pronouns:
            return start, start + 1  # "Smith, who said …": the relative pronoun
        return found
    if start == verb:
        boundary = doc.lower[start - 1] if start - 1 >= lo else ""
        if boundary in cues.conjunctions:
            # "… und betonte, dass": the subject of the first clause
            return subject_of_sentence(doc, lo, start - 1, cues)
        # inverted ("…“, sagte Sullivan"): the subject follows the verb
        return after_verb(doc, verb, hi, cues)
    if (
        cues.verb_second
        and start + 1 < verb
        and doc.lower[start] in cues.focus_particles
        and simple_np(doc, start + 1, verb, cues) == verb
    ):
        return start + 1, verb  # "Auch der Kreml sagte …"
    if cues.verb_second and start < verb and is_adverbial_start(doc, start, cues):
        return after_verb(doc, verb, hi, cues)
    # the finite verb may be an auxiliary before the cue ("Sullivan hat … gesagt")
    finite = verb
    first = start
    if not cues.verb_second:  # English: not an auxiliary of an earlier clause ("Asked if A had …,")
        # (nor of the main clause before a subordinate one: "X is backing Y because he worries")
        first = max(
            [start]
            + [
                t + 1
                for t in range(start, verb)
                if doc.lower[t] == ","
                or (doc.lower[t] in cues.subordinators and doc.lower[t] not in cues.determiners)
            ]
        )
    for k in range(first, verb):
        if (doc.lower[k] in cues.auxiliaries or doc.lower[k] in cues.reportive) and (
            k == start or not doc.is_upper(k)
        ):
            finite = k
            break
    if (
        finite < verb
        and doc.lower[finite] in cues.passive
        and not doc.lower[verb].endswith(cues.progressive_suffixes or ("\0",))
        and doc.lower[verb] not in cues.stative_cues  # "Her aides are convinced that …"
    ):
        return None  # agentless passive: "Ihm wird vorgeworfen, …", "Es wird vermutet, …"
    if finite < verb and cues.verb_second:
        if finite == start:  # "…, hatte Koch-Mehrin damals gesagt"
            return after_verb(doc, finite, verb, cues)
        if is_adverbial_start(doc, start, cues):
            return after_verb(doc, finite, verb, cues)
    found = prefield_subject(doc, start, finite, cues)
    if found is None and not cues.verb_second and first > start and finite - first <= 18:
        found = prefield_subject(doc, first, finite, cues)  # "…, because he worries …"
    if found is None and cues.verb_second and start < finite and _not_subject(doc, start, cues):
        # the pre-field holds an adverb or an object: "Offiziell sagte X", "Den Flüchtlingen
        # sicherte X zu", "Es sagte X"
        return after_verb(doc, finite, verb if finite < verb else hi, cues)
    if found is not None and cues.verb_second:
        # an object in the pre-field: "Die Arbeit der Koalition lobte er", "Seine Zuversicht
        # äußerte der Außenbeauftragte Javier Solana": the subject follows the verb
        after = after_verb(doc, finite, verb if finite < verb else hi, cues)
        if (
            after is not None
            and not _agentive(doc, found, cues)
            and (doc.lower[after[0]] in cues.nominative_pronouns or _agentive(doc, after, cues))
        ):
            return after
    return found


def _relative_prefield(doc: Document, cues: Cues, lo: int, verb: int) -> bool:
    """English "The mayor, who lost the vote, rejected …": a short noun phrase and a relative
    clause between commas fill the pre-field."""
    comma = next((t for t in range(lo + 1, min(verb, lo + 8)) if doc.lower[t] == ","), None)
    return (
        comma is not None
        and comma + 1 < verb - 1
        and doc.lower[comma + 1] in cues.relative_pronouns
        and all(doc.lower[t] != "," for t in range(comma + 1, verb - 1))
    )


def _named_prefield(doc: Document, cues: Cues, lo: int, verb: int, hi: int) -> bool:
    """English "Senator John Cornyn of Texas, the No. 2 Republican, said the chamber …": the
    pre-field starts with a name (no verb before its first comma) and a clause follows the
    verb, so the phrase after the verb is not an inverted subject."""
    comma = next((t for t in range(lo, verb) if doc.lower[t] == ","), None)
    if comma is None or comma - lo > 8 or not doc.is_upper(lo):
        return False
    if doc.lower[lo].endswith(cues.progressive_suffixes):
        return False  # a participle phrase: "Standing before supporters, X, 70, said
    if any(
        doc.lower[t] in cues.auxiliaries
        # (a cue word in its noun or name reading does not count: "State Senator X, …")
        or (doc.lower[t] in cues.cue_words and verb_cue_at(doc, t, comma, cues) is not None)
        for t in range(lo, comma)
    ):
        return False
    k = verb + 1
    if doc.lower[verb] in cues.addressee_verbs:
        found = np_after(doc, k, hi, cues)  # "told The Huffington Post that …"
        k = found[1] if found is not None else k
    if k < hi and doc.lower[k] in _QUOTE_TOKENS:
        return True  # 'Scott Reed, who managed …, said "the fear is …"': a quote follows
    return (
        k < hi
        and doc.is_word(k)
        and doc.lower[k] not in cues.no_complement
        and sum(1 for t in range(k, hi) if doc.is_word(t)) >= 3
    )


def _agentive(doc: Document, span: tuple[int, int], cues: Cues) -> bool:
    """The phrase names someone who can speak: a person, organisation or group noun, a
    pronoun, or a personal name (two capitalised words in a row)."""
    start, end = span
    capitalised = 0
    for k in range(start, end):
        word = doc.lower[k]
        if (
            word in cues.pronouns
            or word in cues.person_nouns
            or word in cues.org_nouns
            or (word in cues.group_nouns)
        ):
            return True
        if (
            doc.is_capitalized(k)
            and len(word) > 3
            and (cues.person_suffixes.search(word) or cues.org_suffixes.search(word))
        ):
            return True
        if doc.is_capitalized(k) and word not in cues.determiners:
            capitalised += 1
            if capitalised >= 2 and k > start and doc.lower[k - 1] not in cues.determiners:
                return True
        else:
            capitalised = 0
    return False


def _not_subject(doc: Document, start: int, cues: Cues) -> bool:
    word = doc.lower[start]
    return (
        word in cues.oblique_determiners
        or word in cues.expletives
        or word.endswith(cues.adverb_suffixes)
    )


def subject_of_sentence(doc: Document, lo: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """The subject of a sentence's main clause when it starts with one (pre-field NP)."""
    if lo >= hi or (cues.verb_second and is_adverbial_start(doc, lo, cues)):
        return None
    if not cues.verb_second:
        # a dateline before the sentence: "PARIS, Aug 31 (Reuters) - X …", "WASHINGTON - X …"
        dash = next(
            (t for t in range(lo + 1, min(hi - 1, lo + 12)) if doc.lower[t] in ("–", "—", "-")),
            None,
        )
        if dash is not None and (
            doc.lower[dash - 1] == ")"
            or (
                dash - 1 == lo
                and doc.text[doc.starts[lo] : doc.ends[lo]].isupper()
                and len(doc.lower[lo]) > 2
            )
        ):
            lo = dash + 1
        # a leading phrase of time: "Hours later, X …", "This week, X …"
        comma = next((t for t in range(lo + 1, min(hi - 1, lo + 5)) if doc.lower[t] == ","), None)
        if comma is not None and doc.lower[comma - 1] in cues.time_words:
            lo = comma + 1
    if not cues.verb_second and (
        doc.lower[lo] in cues.source_prepositions
        or doc.lower[lo] in cues.no_complement
        or doc.lower[lo] in cues.leading_prepositions
        # a leading participle phrase: "Speaking to reporters on Monday, Trump …"
        or (
            doc.lower[lo].endswith(cues.progressive_suffixes) and doc.lower[lo] not in cues.pronouns
        )
    ):
        # English "In an interview with X, Trump … and said": the subject after the comma
        comma = next((t for t in range(lo + 1, min(hi, lo + 16)) if doc.lower[t] == ","), None)
        if comma is None or comma + 1 >= hi:
            # "By Sunday afternoon she had canceled …, citing …": a pronoun after the phrase
            pronoun = next(
                (
                    t
                    for t in range(lo + 1, min(hi, lo + 8))
                    if doc.lower[t] in cues.nominative_pronouns
                ),
                None,
            )
            return (pronoun, pronoun + 1) if pronoun is not None else None
        lo = comma + 1
    end = simple_np(doc, lo, hi, cues)
    if end <= lo:
        return None
    return lo, apposition(doc, end, hi, cues)


def after_verb(doc: Document, verb: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """The subject right after an (inverted) verb; skips a reflexive "sich"."""
    i = verb + 1
    while i < hi and doc.lower[i] in cues.skip_after_verb:
        i += 1
    found = np_after(doc, i, hi, cues)
    if found is not None:
        found = (found[0], apposition(doc, _first_of_two_actors(doc, *found), hi, cues))
    return found


def _first_of_two_actors(doc: Document, start: int, end: int) -> int:
    """Where a subject ``[start, end)`` after an inverted verb ends when it names two places
    (states, cities) one right after the other: after the first ("beschuldigten die USA
    Nordkorea, …": the second is the object; "die Polizei Hamburg" stays whole)."""
    if end - start < 2:
        return end  # most subjects: one word
    mentions = doc.mention_starts()
    if not mentions:
        return end
    k = start
    while k < end:
        hit = mentions.get(k)
        if hit is None:
            k += 1
            continue
        stop, actor, kind = hit
        following = mentions.get(stop)
        if (
            stop < end
            and kind is ActorKind.PLACE
            and following is not None
            and following[1] != actor
            and following[2] is ActorKind.PLACE
        ):
            return stop
        k = max(stop, k + 1)
    return end


def find_addressee(doc: Document, lo: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """The addressee in a frame ``[lo, hi)``: "gegenüber Reportern", "told reporters"."""
    for j in range(lo, hi):
        word = doc.lower[j]
        if (
            word in cues.addressee_prepositions
            or (word in cues.addressee_verbs and not cues.verb_second)
            or (
                word in cues.conversation_prepositions
                and j > lo
                and (doc.lower[j - 1] in cues.conversation_nouns)
            )
        ):
            found = np_after(doc, j + 1, hi, cues)
            if found is not None and doc.lower[found[0]] not in cues.complementizers:
                return found[0], apposition(doc, found[1], hi, cues)
    return None


def dative_object(doc: Document, i: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """A dative noun phrase right after a cue verb ("sagte dem Sender CNN")."""
    if i < hi and doc.lower[i] in cues.dative_determiners:
        found = np_after(doc, i, hi, cues)
        if found is not None and found[1] - found[0] >= 2:
            return found
    return None


def find_source_document(doc: Document, lo: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """ "heißt es in einer Erklärung der Polizei": the document that speaks."""
    for j in range(lo, hi):
        if doc.lower[j] in cues.source_prepositions:
            found = np_after(doc, j + 1, hi, cues)
            if found is not None:
                return found
    return None
