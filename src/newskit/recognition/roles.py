"""Role phrases ("nationaler Sicherheitsberater der USA", "Gouverneur der russischen Region
Belgorod", "State Department spokesperson") and their attachment to persons.

A role phrase grows from a role noun: to the left over adjectives, coordinated compound parts
("Verteidigungs- und Militäranalyst") and a genitive name ("Russlands Verteidigungsminister"); to
the right over a genitive or prepositional complement ("der USA", "des US-Außenministeriums") up
to punctuation or a verb.
"""

from __future__ import annotations

from typing import Final

from .candidates import ROLE
from .document import Doc, Mention, RolePhrase
from .resources import Resources

__all__ = ["attach_roles", "find_roles"]

_STOP: Final = frozenset(',.;:!?()[]„“"”«»–—|')
_MAX_RIGHT: Final = 8


def _adjective(word: str, resources: Resources) -> bool:
    if not word.isalpha() or not word[0].islower():
        return False
    lower = word.lower()
    if lower in resources.function_words:
        return False
    return word.endswith(resources.adjective_endings) and len(word) > 3


def find_roles(doc: Doc, resources: Resources) -> list[RolePhrase]:
    """Every role phrase of the document, in text order, not overlapping."""
    words = doc.words
    phrases: list[RolePhrase] = []
    covered = -1
    capitalised = resources.capitalised_roles
    if capitalised:
        heads = [i for i, bits in zip(doc.caps, doc.cap_bits, strict=True) if bits & ROLE]
    else:
        forms = resources.role_forms
        heads = [i for i in doc.watched if words[i] in forms]
    for head in heads:
        if head < covered:
            continue
        first, last = doc.sentence_bounds[doc.sentence_of[head]]
        start = head
        while start > first:
            previous = words[start - 1]
            if _adjective(previous, resources):
                start -= 1
            elif (
                previous in ("und", "and", "oder", "or")
                and start - 2 >= first
                and words[start - 2].endswith("-")
                and len(words[start - 2]) > 1
            ):
                start -= 2  # "Verteidigungs- und Militäranalyst"
            elif (
                previous in ("und", "and", "oder", "or")
                and start - 3 >= first
                and words[start - 2] == "-"
                and words[start - 3][:1].isupper()
            ):
                start -= 3
            elif (
                capitalised
                and previous[:1].isupper()
                and resources.strip_genitive(previous) != previous
                and start - 1 >= first
                and resources.lookup(words, start - 1, start) is not None
            ):
                start -= 1
                break
            elif (
                not capitalised
                and previous[:1].isalpha()
                and previous.lower() not in resources.function_words
                and previous not in resources.titles
                and previous not in resources.given_names
                and previous.lower() not in resources.speaker_verbs
                and previous not in resources.role_forms
                and head - start < 4
                and (
                    (previous[:1].isupper() and (
                        not doc.initial[start - 1]
                        or previous in resources.gazetteer
                        or words[start][:1].isupper()
                    ))
                    or previous in resources.role_modifiers
                    or (previous[:1].islower() and previous.endswith(resources.adjective_endings))
                )
            ):
                start -= 1  # English: "White House national security adviser"
            else:
                break
        end = head + 1
        if end < last and words[end] in resources.role_connectors:
            probe = end + 1
            seen_noun = False
            while probe < last and probe - head <= _MAX_RIGHT:
                current = words[probe]
                if current in _STOP or current in resources.given_names:
                    break
                if current[:1].isupper() or current[:1].isdigit():
                    seen_noun = True
                    probe += 1
                elif (
                    current in resources.role_connectors
                    or current.lower() in resources.determiners
                ):
                    if seen_noun and current.lower() in resources.determiners:
                        break
                    probe += 1
                elif _adjective(current, resources):
                    probe += 1
                else:
                    break
            # do not end on a connector or adjective
            while probe > end + 1 and not words[probe - 1][:1].isupper() and not (
                words[probe - 1][:1].isdigit()
            ):
                probe -= 1
            if seen_noun and probe > end + 1:
                end = probe
        phrases.append(RolePhrase(start, end, head))
        covered = end
    return phrases


def attach_roles(doc: Doc, phrases: list[RolePhrase], persons: list[Mention],
                 resources: Resources) -> dict[int, list[RolePhrase]]:
    """Roles that describe a person mention: person index -> role phrases.

    A role is attached when it stands right before the name ("Verteidigungsminister Sergej
    Schoigu"), before it with a comma ("der Sprecher des US-Außenministeriums, Vedant Patel"), or
    after it as an apposition ("Pavel Felgenhauer, ein ... Militäranalyst").
    """
    by_end = {phrase.end: phrase for phrase in phrases}
    by_start = {phrase.start: phrase for phrase in phrases}
    words = doc.words
    attached: dict[int, list[RolePhrase]] = {}
    for number, mention in enumerate(persons):
        found: list[RolePhrase] = []
        before = by_end.get(mention.start)
        if before is None and mention.start >= 1 and words[mention.start - 1] == ",":
            before = by_end.get(mention.start - 1)
        if before is None and mention.start >= 1 and words[mention.start - 1] in resources.titles:
            before = by_end.get(mention.start - 1)
        if before is not None:
            found.append(before)
        if mention.end < len(words) and words[mention.end] == ",":
            probe = mention.end + 1
            while probe < len(words) and words[probe].lower() in resources.apposition_words:
                probe += 1
            after = by_start.get(probe)
            if after is None:
                # adjectives in front of the role noun belong to the phrase already
                for phrase in phrases:
                    if phrase.start > probe + 3:
                        break
                    if phrase.start >= probe and all(
                        _adjective(words[k], resources) for k in range(probe, phrase.start)
                    ):
                        after = phrase
                        break
            if (after is not None and probe > mention.end + 1) or (after is not None and
                                                                  not resources.capitalised_roles):
                found.append(after)
        if found:
            attached[number] = found
    return attached
