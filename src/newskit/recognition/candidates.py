"""Candidate finding and typing: which token ranges name a person, organisation, place or group.

Capitalisation alone tells nothing in German, so every candidate needs evidence:

- a given name followed by name-like words ("Jake Sullivan", "Kim Jong Un");
- the gazetteer: CLDR countries, cities, regions, organisations, capitals, metonyms, groups;
- organisation patterns: a compound with an organisation ending ("Außenministerium"), a head word
  with a name or complement ("Universität Hamburg", "Institute for the Study of War"), a legal
  form after a name ("Siemens AG"), an acronym ("SPD");
- place patterns: streets and roads, "Frankfurter Hauptbahnhof", saints, "Berlin/Hamburg";
- a class noun before a name ("die Rockband Kraftwerk", "die Gemeinde Pflückuff");
- a title or role right before unknown name-like words ("Präsident Putin", "Herr Müller");
- a role phrase with a comma before a name, or an apposition after it;
- a speaker position next to a verb of saying ("sagte Patel", "Wiegand erklärte");
- a Saxon genitive before a noun without an article ("Zabels Entscheidung").

Each distinct word is classified once (:func:`word_class`, cached per language); the scan then
tries the recognisers only where a word's classes or a nearby cue allow a name.
"""

from __future__ import annotations

from typing import Final

from ..model import ActorKind
from .document import Doc, Mention, RolePhrase
from .resources import Resources

__all__ = ["find_candidates"]

# The kinds as Final constants: compiled code (setup.py) reads them without a look-up.
_PERSON: Final = ActorKind.PERSON
_ORGANIZATION: Final = ActorKind.ORGANIZATION
_PLACE: Final = ActorKind.PLACE
_GROUP: Final = ActorKind.GROUP

_ROMAN: Final = frozenset(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
)
_INITIAL: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")
_QUOTE_OPEN: Final = frozenset(("„", '"', "»", "«", "“"))
_QUOTE_CLOSE: Final = frozenset(("“", '"', "«", "»", "”"))
_PUNCT_END: Final = frozenset(',.;:!?)„“"”«»–—')
_MAX_NAME: Final = 5
_KEY_PREFIX: Final = {kind: f"{kind.value}:" for kind in ActorKind}  # "place:" for _PLACE


# Context-free word classes, computed once per distinct word (bits of an int). Final, like the
# other constants here, so that compiled code (setup.py) inlines them.
NAME: Final = 1 << 0
GIVEN: Final = 1 << 1
GAZ: Final = 1 << 2
ORGWORD: Final = 1 << 3
HEAD: Final = 1 << 4
TAIL: Final = 1 << 5
ROAD: Final = 1 << 6
SAINT: Final = 1 << 7
PLACESUF: Final = 1 << 8
ADJER: Final = 1 << 9
ADJPLACE: Final = 1 << 10
INITIAL: Final = 1 << 11
SLASH: Final = 1 << 12
ALLCAPS: Final = 1 << 13
LONG: Final = 1 << 14
ROLE: Final = 1 << 15
ORGCLASS: Final = 1 << 16
PLACECLASS: Final = 1 << 17
SURNAME: Final = 1 << 18
NOUN: Final = 1 << 19
UNKNOWN: Final = 1 << 20
PLACEEND: Final = 1 << 21
_PLACE_BITS: Final = ROAD | SAINT | PLACESUF | ADJER | SLASH


def word_class(resources: Resources, word: str) -> int:
    """The context-free classes of ``word`` (cached per language)."""
    cache = resources.word_classes
    known = cache.get(word)
    if known is None:
        if len(cache) > 300_000:
            cache.clear()
        known = cache[word] = _classify(resources, word)
    return known


def classify_caps(resources: Resources, doc: Doc) -> list[int]:
    """The word classes of ``doc.caps``, in the same order."""
    cache = resources.word_classes
    words = doc.words
    bits: list[int] = []
    for index in doc.caps:
        word = words[index]
        known = cache.get(word)
        if known is None:
            known = word_class(resources, word)
        bits.append(known)
    return bits


def _classify(r: Resources, word: str) -> int:
    lower = word.lower()
    upper = word[:1].isupper()
    if r.name_prefixes and word.startswith(r.name_prefixes):
        rest = word.split("-", 1)[1]
        return NAME if rest[:1].isupper() else 0  # "al-Assad"
    bits = 0
    function = lower in r.function_words
    roleish = r.capitalised_roles and (
        r.is_role(word) or r.is_role(word[:-1]) or r.is_role(word[:-2])
    )
    if (
        upper
        and any(char.isalpha() for char in word[:3])
        and word not in r.non_names
        and not function
        and word not in r.titles
        and not roleish
        and not (word.isupper() and len(word) > 1 and word in r.org_tails)
    ):
        bits |= NAME
    if word in r.given_names:
        bits |= GIVEN
    if r.capitalised_roles and r.is_role(word):
        bits |= ROLE
    if upper and r.org_class_nouns and (
        lower.endswith(r.org_class_nouns)
        or (r.capitalised_roles and lower.endswith("s")  # "des Technologiekonzerns Kyocera"
            and lower.removesuffix("es" if lower.endswith("es") else "s").endswith(
                r.org_class_nouns))
    ):
        bits |= ORGCLASS
    elif upper and r.place_class_nouns and lower.endswith(r.place_class_nouns):
        bits |= PLACECLASS
    if word.isupper() and sum(char.isalpha() for char in word) > 1 and word not in _ROMAN:
        bits |= ALLCAPS
    if len(word) > 9:
        bits |= LONG
    if upper and len(word) > 5 and r.surname_endings and word.endswith(r.surname_endings):
        bits |= SURNAME
    if (
        upper
        and len(word) > 5
        and r.noun_endings
        and lower.endswith(r.noun_endings)
        and word not in r.gazetteer
        and word not in r.given_names
    ):
        bits |= NOUN
    if word in r.gazetteer or any(base in r.gazetteer for base in r._stripped(word)):
        bits |= GAZ
    if word in r.org_heads:
        bits |= HEAD
    if word in r.org_tails:
        bits |= TAIL
    if word in r.road_words:
        bits |= ROAD
    if word in r.saint_words or word in r.place_openers:
        bits |= SAINT
    if "/" in word or (upper and ("-" in word or "–" in word) and _place_compound(r, word)) or (
        upper and r.place_prefixes and word.startswith(r.place_prefixes)
        and _prefixed_place(r, word)
    ):
        bits |= SLASH
    if (len(word) == 2 and word[0] in _INITIAL and word[1] == ".") or word in _INITIAL:
        bits |= INITIAL
    if r.place_suffixes and lower.endswith(r.place_suffixes) and lower not in r.place_generic \
            and len(word) > 8 and not function:
        bits |= PLACESUF
    if (
        r.place_adjective_endings
        and word.endswith(r.place_adjective_endings)
        and len(word) > 4
        and word not in r.non_names
        and not function
        and not r.is_role(word)
    ):
        bits |= ADJER
    if (
        upper
        and word.endswith(r.adjective_endings)
        and any(marker in lower for marker in r.place_adjective_markers)
        and not function
        and word not in r.non_names
    ):
        bits |= ADJPLACE
    if _org_word(r, word, lower):
        bits |= ORGWORD
    if bits & NAME and r.common_nouns and not bits & (GIVEN | GAZ | ALLCAPS | NOUN | ROLE) and (
        _unknown(r, word)
    ):
        bits |= UNKNOWN
    if (
        bits & NAME
        and r.article_place_endings
        and word.endswith(r.article_place_endings)
        and word.isalpha()
        and word not in r.common_nouns
        and not bits & (GIVEN | GAZ)
    ):
        stem = next(word[: -len(end)] for end in r.article_place_endings if word.endswith(end))
        if len(stem) > 3 and stem not in r.common_nouns and (
            stem.removesuffix("s") not in r.common_nouns
        ) and not any(  # "Provinzhauptstadt" ends in the noun "Hauptstadt"
            word[cut:].capitalize() in r.common_nouns for cut in range(1, len(stem))
        ):
            bits |= PLACEEND  # "Kelvarberg", "Quarnitzburg": "Schlossberg" is a noun
    return bits


def _prefixed_place(r: Resources, word: str) -> bool:
    """"Süditalien", "Nordhessen", "Oberitaliens": a compass or position prefix before a known
    place (lexicon ``actor_place_prefixes``)."""
    for prefix in r.place_prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            rest = word[len(prefix):]
            rest = rest[0].upper() + rest[1:]
            for form in (rest, r.strip_genitive(rest)):
                hit = r.lookup([form], 0, 1)
                if hit is not None and hit[1].kind is _PLACE and hit[1].source != "city":
                    return True
    return False


def _place_compound(r: Resources, word: str) -> bool:
    """"Berlin-Mitte", "Moskau-Scheremetjewo": a known place joined by hyphens (or dashes) to
    capitalised words that are places or no common words ("Berlin-Besuch" is a noun)."""
    parts = word.replace("–", "-").split("-")
    if len(parts) < 2 or not all(
        part[:1].isupper() and part.isalpha() and part not in r.org_tails for part in parts
    ):
        return False
    first = r.lookup([parts[0]], 0, 1)
    if first is None or first[1].kind is not _PLACE or first[1].source == "country":
        return False
    return all(
        part not in r.common_nouns or ((hit := r.lookup([part], 0, 1)) is not None
        and hit[1].kind is _PLACE)
        for part in parts[1:]
    )


def _unknown(r: Resources, word: str) -> bool:
    """A capitalised word that is no known word, no inflected form of one ("Gewerkschaftern",
    "Bosnierin") and no compound ending in one ("Jagdtätigkeit"), and no function word."""
    if not word.isalpha() or len(word) < 3 or not word[1:].islower():
        return False
    if word.lower() in r.function_words:
        return False
    if _known_word(r, word):
        return False
    return not any(
        word.endswith(ending) and len(word) - len(ending) > 3
        and _known_word(r, word[: -len(ending)])
        for ending in r.inflection_endings
    )


def _known_word(r: Resources, word: str) -> bool:
    nouns = r.common_nouns
    foreign = r.foreign_words
    if word in nouns or word in foreign:
        return True
    function = r.function_words
    for cut in range(1, len(word) - 2):
        tail = word[cut:]
        # a compound ends in a content word: "Jagdtätigkeit", "Firmenevents"; "Halmich" does
        # not end in "mich", "Blakemore" not in "more" (foreign words of five letters or more)
        capitalised = tail.capitalize()
        if (capitalised in nouns and tail not in function) or (
            len(tail) > 4 and capitalised in foreign
        ):
            return True
    return False


def _org_word(r: Resources, word: str, lower: str) -> bool:
    """A compound organisation name ("Außenministerium", "Bundesnachrichtendienst") or an
    acronym ("SPD")."""
    if r.capitalised_roles and len(word) > 6 and lower not in r.org_generic and (
        r.org_endings.ends_in(lower, 5, len(lower))
    ):
        return True
    if r.capitalised_roles and lower.startswith(r.org_prefixes or ("\0",)):
        base = lower.removesuffix("es") if lower.endswith("es") else lower.removesuffix("s")
        for head in r.org_prefix_heads:
            if (lower.endswith(head) or base.endswith(head)) and len(lower) > len(head) + 3:
                return True
    # two-letter capitals are mostly abbreviations of other things; known ones are listed
    return 3 <= len(word) <= 6 and word.isupper() and word.isalpha() and (
        word not in r.non_acronyms
    )


class _Scanner:
    def __init__(self, doc: Doc, resources: Resources, roles: list[RolePhrase]) -> None:
        self.doc = doc
        self.r = resources
        self.words = doc.words
        self.roles = roles
        self.role_end = {phrase.end: phrase for phrase in roles}
        self.role_start = {phrase.start for phrase in roles}
        # token flags as bytes rather than sets of indexes (compiled, each index put in a set
        # is a new int object); one byte more than tokens, so that index -1 reads 0
        #: 1 at the head noun of a role phrase
        self.role_heads = bytearray(len(doc.words) + 1)
        for phrase in roles:
            self.role_heads[phrase.head] = 1
        self.mentions: list[Mention] = []
        #: the per-language cache of :func:`word_class` (read directly in the hot loops)
        self.classes = resources.word_classes
        #: where the latest mention ends (a name may not reach back into it)
        self._last_end = 0
        #: sentence-initial words before a colon and a first-person pronoun ("Quarnel: Ich ...")
        self._interview: set[int] = set()
        #: words right before a bracketed party or age ("Beck (SPD)", "Schwarz (57)")
        self._bracketed: set[int] = set()
        tails = resources.org_tails
        #: tokens with a legal form ("AG", "Inc.") among the next four tokens
        self.near_tail = bytearray(len(doc.words) + 1)
        self.tails = False
        for i in doc.caps:
            if doc.words[i] in tails:
                self.tails = True
                for near in range(max(i - 4, 0), i):
                    self.near_tail[near] = 1

    # --- word classes ---------------------------------------------------------------------------

    def name_like(self, index: int) -> bool:
        """A capitalised word that can be part of a name here (not a role head)."""
        word = self.words[index]
        bits = self.classes.get(word)
        if bits is None:
            bits = word_class(self.r, word)
        return bool(bits & NAME) and not self.role_heads[index]

    def chain(self, index: int, end: int, limit: int = _MAX_NAME) -> int:
        """The end of a run of name-like words (with particles inside) from ``index``."""
        return self.trim(index, self.run(index, end, limit))

    def trim(self, index: int, probe: int) -> int:
        """``probe`` moved back over particles at the end of a run ("Jake Sullivan von")."""
        words = self.words
        particles, after = self.r.particles, self.r.particles_after
        while probe > index and (words[probe - 1] in particles or words[probe - 1] in after):
            probe -= 1
        return probe

    def run(self, index: int, end: int, limit: int = _MAX_NAME) -> int:
        """The end of a run of name-like words and particles from ``index``, particles at its
        end included; a shorter limit ends the same run earlier, so ``trim(index, min(run(...,
        3), index + 2))`` is ``chain(..., 2)``."""
        probe = index
        words = self.words
        r = self.r
        classes = self.classes
        while probe < end and probe - index < limit:
            word = words[probe]
            bits = classes.get(word)
            if bits is None:
                bits = word_class(r, word)
            if probe > index and words[probe - 1].endswith(("'s", "’s")):
                break  # "John Peel's Top Gear": a possessive ends the name
            if (
                bits & NAME
                and not self.role_heads[probe]
                and not bits & (TAIL | ALLCAPS | PLACESUF | ORGWORD | NOUN)
                and (probe == index or not bits & LONG or words[probe - 1] in r.given_names
                     or words[probe - 1] in r.particles or words[probe - 1] in r.particles_after)
            ) or (
                (word in r.particles or (word in r.particles_after
                                             and words[probe - 1] in r.particles))
                and probe + 1 < end
                and (self.name_like(probe + 1) or words[probe + 1] in r.particles_after)
            ):
                probe += 1
            else:
                break
        return probe

    # --- recognisers ----------------------------------------------------------------------------

    def person(self, start: int, end: int, evidence: str) -> Mention:
        if start > self._last_end and self.words[start - 1] in self.r.nickname_words:
            start -= 1  # "Lady Gaga", "Little Richard": a stage name
        char_end = self.doc.ends[end - 1]
        name = self.doc.joined(start, end)
        if not self.r.capitalised_roles and name.endswith(("'s", "’s")):
            name = name[:-2]
            char_end -= 2
        return Mention(start, end, _PERSON, name, name, evidence, char_end=char_end)

    def scan(self) -> None:
        """Try the recognisers at every token that may start a name, left to right."""
        words = self.words
        r = self.r
        doc = self.doc
        bounds = doc.sentence_bounds
        sentence_of = doc.sentence_of
        taken = 0
        context = self._person_context_positions()
        blocked = doc.blocked
        any_blocked = any(blocked)
        near_tail = self.near_tail
        prepositions = r.place_prepositions
        plain = NAME | LONG
        # skipped at once: no class, boilerplate, an ordinary capitalised word with no cue
        # around it, a word that starts with no letter
        caps, cap_bits = doc.caps, doc.cap_bits
        for position in range(len(caps)):
            index = caps[position]
            bits = cap_bits[position]
            if (
                index < taken
                or not bits
                or blocked[index]
                or (
                    bits | LONG == plain
                    and not context[index]
                    and not near_tail[index]
                    and words[index][-1] != "s"
                    and words[index - 1] not in prepositions
                )
                or not words[index][:1].isalpha()
            ):
                continue
            word = words[index]
            first, last = bounds[sentence_of[index]]
            found = None
            if bits & (ORGCLASS | PLACECLASS) and not bits & ORGWORD and not (
                bits & GAZ and r.lookup(words, index, last) is not None
            ):
                found = self._after_class_noun(index, last, bits)
                if found is not None:
                    self.mentions.append(found)
                    self._last_end = found.end
                    taken = found.end
                    continue
            if (
                index > 1
                and words[index - 1] in r.comma_speaker_words
                and words[index - 2] == ","
                and bits & NAME
                and not bits & (ORGWORD | ALLCAPS | ROLE)
            ):
                found = self._comma_speaker(index, last, bits)
            if found is None and bits & (GIVEN | INITIAL):
                found = self._given(index, last)
            if found is None and bits & GAZ:
                found = self._gazetteer(index, last)
            if found is None and (bits & (ORGWORD | HEAD | ADJPLACE) or (
                self.tails and bits & NAME and self._tail_ahead(index, last)
            )):
                found = self._organization(index, last)
            if found is None and bits & _PLACE_BITS:
                found = self._place(index, last)
            if (
                found is None
                and bits & NAME
                and word[-1] == "s"
                and r.genitive_name_exceptions
                and self._saxon_genitive(index, last)
            ):
                found = self.person(index, index + 1, "genitive")
                found.name = found.key = word[:-1]  # "Nerudas" names Neruda
            if found is None and bits & NAME and context[index]:
                found = self._evidenced_person(index, last)
            if found is None and bits & SURNAME and bits & NAME:
                found = self.person(index, index + 1, "surname-ending")  # "Demirović"
            if (
                found is None
                and bits & ~(LONG | UNKNOWN) == NAME
                and index
                and words[index - 1] in r.place_prepositions
                and word.endswith(r.place_name_endings or ("\0",))
                and len(word) > 5
                and (index + 1 >= last or not words[index + 1][:1].isupper())
            ):
                found = Mention(index, index + 1, _PLACE, f"place:{word}", word, "ending")
            if found is None and bits & PLACEEND and (
                index + 1 >= last or not words[index + 1][:1].isupper()
            ):  # "auf den Kelvarberg", "die Quarnitzburg": mountains, castles, lakes
                found = Mention(index, index + 1, _PLACE, f"place:{word}", word, "ending")
            if found is None and bits & UNKNOWN:
                found = self._unknown_name(index, last)
            if found is not None and found.kind is _ORGANIZATION:
                self._extend_organization(found, first, last)
            if found is None or (any_blocked and any(blocked[found.start : found.end])):
                continue
            self.mentions.append(found)
            self._last_end = found.end
            taken = found.end

    def _comma_speaker(self, index: int, last: int, bits: int) -> Mention | None:
        """"…", so Kelvaro.": one to three name words after "so" and a comma, closed by a full
        stop, a comma or the sentence end; not a name the gazetteer knows as anything but a town
        or a person."""
        words = self.words
        if bits & GAZ:
            hit = self.r.lookup(words, index, last)
            if hit is not None and hit[1].source not in ("city", "surname") and (
                hit[1].kind is not _PERSON
            ):
                return None
        end = self.chain(index, last, 3)
        if end == index or not (end >= last or words[end] in (".", ",")):
            return None
        return self.person(index, end, "speaker")

    def _person_context_positions(self) -> bytearray:
        """Tokens near a cue for a person (1 at their index): after a title, role, comma or verb
        of saying, or with a comma or a verb of saying just after them. (A byte per token
        rather than a set of indexes: compiled, each index put in a set is a new int object.)"""
        words = self.words
        r = self.r
        verbs = r.speaker_verbs
        cues = r.person_cue_words
        positions = bytearray(len(words) + 3)  # room for the marks after the last token
        for phrase in self.roles:
            positions[phrase.head + 1] = 1
        openers = r.interview_openers
        initial = self.doc.initial
        for index in self.doc.watched:
            word = words[index]
            if word not in cues:
                if (
                    word == "("
                    and index > 0
                    and index + 2 < len(words)
                    and words[index + 2] == ")"
                    and (words[index + 1] in r.party_acronyms or (
                        len(words[index + 1]) == 2 and words[index + 1].isdigit()
                        and words[index + 1][0] != "0"))
                ):  # "Beck (SPD)", "Schwarz (57)": a politician's party, a person's age
                    self._bracketed.add(index - 1)
                    positions[index - 1] = 1
                if (
                    word == ":"
                    and openers
                    and index > 0
                    and initial[index - 1]
                    and index + 1 < len(words)
                    and words[index + 1] in openers
                ):
                    self._interview.add(index - 1)
                    positions[index - 1] = 1
                continue
            positions[index + 1] = 1  # after a title, comma, verb or surname particle
            if word == ",":
                for before in range(max(index - 3, 0), index):
                    positions[before] = 1
            elif word in verbs:
                for before in range(max(index - 2, 0), index):
                    positions[before] = 1
            elif word in r.surname_particles:
                positions[index + 2] = 1  # "van der Vaart"
        return positions

    def _after_class_noun(self, index: int, last: int, bits: int) -> Mention | None:
        """"die Firma Siemens", "die Gemeinde Pflückuff": the name after a class noun."""
        words = self.words
        start = index + 1
        if start < last and words[start] in _QUOTE_OPEN:
            # a quoted name: "das Magazin „The Face“", "die Zeitschrift "Eckart""
            close = next((k for k in range(start + 1, min(last, start + 7))
                          if words[k] in _QUOTE_CLOSE), None)
            if close is None or close == start + 1 or not all(
                word[:1].isupper() or word in self.r.org_linkers or word[:1].isdigit()
                for word in words[start + 1 : close]
            ) or not words[start + 1][:1].isupper():
                return None
            surface = self.doc.joined(start + 1, close)
            kind = _ORGANIZATION if bits & ORGCLASS else _PLACE
            return Mention(start + 1, close, kind, f"{kind.value}:{surface.lower()}"
                           if kind is _ORGANIZATION else f"place:{surface}",
                           surface, "class")
        if start >= last or not words[start][:1].isupper():
            return None
        following = word_class(self.r, words[start])
        if following & (GAZ | GIVEN | ORGWORD):
            return None  # the gazetteer or the name rules decide
        end = self.chain(start, last, 3)
        if end == start or (end < last and words[end][:1].isupper()
                            and words[end] not in self.r.org_tails):
            return None
        if end < last and words[end] in self.r.org_tails:
            end += 1
        surface = self.doc.joined(start, end)
        if bits & ORGCLASS:
            return Mention(start, end, _ORGANIZATION, f"organization:{surface.lower()}",
                           surface, "class")
        return Mention(start, end, _PLACE, f"place:{surface}", surface, "class")

    def _saxon_genitive(self, index: int, last: int) -> bool:
        """"Nerudas Gedichte": a name ending in -s right before a noun, with no article or
        adjective before it."""
        words = self.words
        word = words[index]
        r = self.r
        if (
            not word.endswith("s")
            or word.endswith(("ss", "ß", "nis", "us", "ys", "is"))
            or len(word) < 5
            or word in r.genitive_name_exceptions
            or index + 1 >= last
            or self.doc.initial[index]
        ):
            return False
        probe = index + 1
        if (
            words[probe][:1].islower()
            and words[probe].endswith(r.adjective_endings)
            and words[probe].lower() not in r.function_words
            and probe + 1 < last
        ):
            probe += 1  # "Nerudas gesundheitliche Verfassung"
        following = words[probe]
        if not following[:1].isupper() or following.lower() in r.function_words:
            return False
        bits = word_class(r, following)
        if not bits & NAME and not r.is_role(following):
            return False
        if bits & (GIVEN | GAZ):
            return False  # "Russlands Präsident" is the gazetteer's
        previous = words[index - 1] if index else ""
        return not (
            previous[:1].isdigit()  # "des 17. Jahrhunderts"
            or previous.lower() in r.determiners
            or (previous[:1].islower() and previous.endswith(r.adjective_endings)
                and previous.lower() not in r.function_words)
            or (previous[:1].isupper() and previous.lower() not in r.function_words)
        )

    def _tail_ahead(self, index: int, last: int) -> bool:
        if not self.near_tail[index]:
            return False
        words = self.words
        tails = self.r.org_tails
        return any(words[k] in tails for k in range(index + 1, min(last, index + 5)))

    def _given(self, index: int, last: int) -> Mention | None:
        words = self.words
        word = words[index]
        if word not in self.r.given_names:
            probe = index
            while probe < last and (
                (len(words[probe]) == 2 and words[probe][0] in _INITIAL and words[probe][1] == ".")
                or (words[probe] in _INITIAL and probe + 1 < last and words[probe + 1] == ".")
            ):
                probe += 1 if words[probe].endswith(".") else 2
            if probe == index or probe >= last or words[index] in self.r.titles:
                return None
            end = self.chain(probe, last, 3)
            if end == probe or (words[probe] in self.r.given_names and end == probe + 1):
                return None
            return self.person(index, end, "given")
        probe = index + 1
        end = self.chain(probe, last) if probe < last else probe
        if (
            end == probe
            and probe < last
            and words[probe] in self.r.non_names
            and words[probe] not in self.r.never_surnames
            and words[probe].isalpha()
            and len(words[probe]) > 3
            and not self.doc.initial[index]
        ):
            end = probe + 1  # "Max Herbst", "Thomas Mitte"
        if end > probe:
            # a place or organisation name right after a given name is not a surname
            hit = self.r.lookup(words, probe, last)
            if (
                hit is not None
                and hit[1].source in ("country", "capital")
                and end - probe == hit[0]
            ):
                end = probe
        if end == probe:
            if words[index] in self.r.ambiguous_given or (
                # at a sentence start only before a verb-like lower-case word: "Judith hat"
                self.doc.initial[index]
                and not (probe < last and words[probe][:1].islower() and words[probe].isalpha())
            ):
                return None
            if words[index].lower() in self.r.function_words:
                return None
            if self.r.lookup(words, index, last) is not None:
                return None
            if word in self.r.common_nouns and index and (
                self._after_modifier(index) or words[index - 1] in self.r.place_only_prepositions
            ):
                return None  # "der rechten Wade", "in Gang": a noun, no person
            mention = self.person(index, index + 1, "given-alone")
            return mention
        if self.tails and end < last and words[end] in self.r.org_tails:
            return None  # "Matthew Quarnel School", "Paul Kelvaro AG": an organisation
        return self.person(index, end, "given")

    def _gazetteer(self, index: int, last: int) -> Mention | None:
        words = self.words
        if self.doc.initial[index] and words[index].lower() in self.r.function_words:
            return None
        hit = self.r.lookup(words, index, last)
        if hit is None:
            return None
        length, entry = hit
        end = index + length
        if end < last and words[end] in self.r.org_tails and entry.kind is _PERSON:
            return self._org(index, end + 1)  # "Müller GmbH"
        if entry.kind is _PERSON:
            if self.doc.initial[index] and words[index].lower() in self.r.function_words:
                return None
            start = index
            # an unknown name before a generated surname is its given name: "Egino Weinert"
            if (
                entry.source == "surname"
                and length == 1
                and index > 0
                and index - 1 >= self._last_end
                and word_class(self.r, words[index - 1]) & ~(LONG | UNKNOWN) == NAME
                and not (index > 1 and words[index - 2].lower() in self.r.determiners)
            ):
                start = index - 1
            return self.person(start, index + length, "gazetteer")
        if entry.source == "city" and (
            words[index] in self.r.non_names or (length == 1 and self.doc.initial[index]
                                                  and words[index].lower() in self.r.function_words)
        ):
            return None
        after_title = index > 0 and (
            words[index - 1] in self.r.titles or self.role_heads[index - 1]
        )
        if entry.source == "city" and length == 1 and after_title:
            return None  # "Präsident Cleveland", "Herr Bremen": a person named like a town
        end = index + length
        if entry.kind is _PLACE and length == 1 and end < last:
            following = words[end]
            # a club named by a head word and a place: "Preußen Münster", "Austria Wien"
            if words[index] in self.r.org_heads and following in self.r.gazetteer:
                return self._org(index, end + 1)
        # a place and foreign or unknown words: a team, a company, a newspaper ("Chicago
        # Bulls", "Northampton Town", "Kuwait National Airways"), in German text
        r = self.r
        if (
            r.foreign_words
            and entry.kind is _PLACE
            and end < last
            and words[end][:1].isupper()
        ):
            probe = end
            while probe < last and probe - end < 3 and words[probe][:1].isupper() and (
                words[probe] in r.foreign_words or word_class(r, words[probe]) & UNKNOWN
            ) and not word_class(r, words[probe]) & (GAZ | GIVEN):
                probe += 1
            if probe > end and (probe >= last or not words[probe][:1].isupper()):
                return self._org(index, probe)
        # "Deutsche Bank AG": a legal form after a known name makes an organisation
        if end < last and words[end] in self.r.org_tails and entry.kind is not _GROUP:
            return Mention(index, end + 1, _ORGANIZATION, self.doc.joined(index, end + 1),
                           self.doc.joined(index, end + 1), "org")
        key = entry.code if entry.source == "country" and entry.code else entry.name
        char_end = self.doc.ends[end - 1]
        surface = self.doc.joined(index, end)
        if not self.r.capitalised_roles and surface.endswith(("'s", "’s")):
            char_end -= 2
        return Mention(index, end, entry.kind, _KEY_PREFIX[entry.kind] + key,
                       self.r.strip_genitive(surface) if length == 1 else surface,
                       "gazetteer", code=entry.code, refers=entry.refers, canonical=entry.name,
                       char_end=char_end)

    def _organization(self, index: int, last: int) -> Mention | None:
        words = self.words
        r = self.r
        word = words[index]
        lower = word.lower()
        initial = self.doc.initial[index]
        # a legal form after a run of names: "Siemens AG", "Google Inc."
        if self._tail_ahead(index, last) and not word_class(r, word) & ORGCLASS:
            end = self.chain(index, last, 4)
            if end > index and end < last and words[end] in r.org_tails and not (
                initial and lower in r.function_words
            ):
                return self._org(index, end + 1)
        # a head word opening a name: "Universität Hamburg", "Institute for the Study of War";
        # not a head before a genitive ("die Gesellschaft Miamis")
        following = words[index + 1] if index + 1 < last else ""
        if word in r.org_heads and not word_class(r, word) & ORGCLASS and not (
            r.capitalised_roles and following.endswith("s")
            and r.strip_genitive(following) != following
        ):
            probe = index + 1
            stop = index
            complement = False  # inside "für ..." / "for ..." / "of ...", where "und" may join
            while probe < last and probe - index <= 7:
                current = words[probe]
                if current in r.org_linkers:
                    lower_linker = current.lower()
                    if lower_linker in ("und", "and") and not complement:
                        break
                    if lower_linker in ("der", "des", "the") and stop > index and not complement:
                        break
                    if lower_linker in ("für", "for", "of", "on", "zur", "zum"):
                        complement = True
                    probe += 1
                    continue
                if self.name_like(probe) or current[:1].isdigit() or (
                    r.capitalised_roles
                    and current[:1].isupper()
                    and words[probe - 1] in r.org_linkers
                ):
                    probe += 1
                    stop = probe
                    continue
                break
            if stop > index:
                return self._org(index, stop)
        # the cached class tells whether any of the next three tests can succeed
        orgword = word_class(r, word) & ORGWORD
        # a compound with an organisation ending: "Außenministerium", "US-Verteidigungsministeriums"
        if orgword and r.capitalised_roles and len(word) > 6 and lower not in r.org_generic:
            for cut in range(0, len(lower) - 4):
                if lower[cut:] in r.org_suffixes:
                    if cut == 0 and lower in r.org_generic:
                        break
                    if initial and words[index - 1:index] == ["Die"]:
                        break
                    return self._org(index, index + 1)
        # a compound of an official prefix and an institution: "Bundesnachrichtendienst"
        if orgword and r.capitalised_roles and lower.startswith(r.org_prefixes or ("\0",)):
            base = lower.removesuffix("es") if lower.endswith("es") else lower.removesuffix("s")
            for head in r.org_prefix_heads:
                if (lower.endswith(head) or base.endswith(head)) and len(lower) > len(head) + 3:
                    return self._org(index, index + 1)
        # a place adjective and an institution: "Hamburger Mieterverein", "Hessischen Rundfunks"
        if (  # the cheap tests of the following word first
            r.org_head_suffixes
            and index + 1 < last
            and words[index + 1][:1].isupper()
            and words[index + 1].lower().endswith(r.org_head_suffixes)
            and word[:1].isupper()
            and word.endswith(r.adjective_endings)
            and any(marker in lower for marker in r.place_adjective_markers)
            and lower not in r.function_words
            and word not in r.non_names
            and not r.is_role(words[index + 1])
        ):
            return self._org(index, index + 2)
        # an acronym of three to six capitals: "SPD", "NATO"
        if (
            orgword
            and 3 <= len(word) <= 6
            and word.isupper()
            and word.isalpha()
            and word not in r.non_acronyms
        ):
            return self._org(index, index + 1)
        return None

    def _org(self, start: int, end: int) -> Mention:
        surface = self.doc.joined(start, end)
        name = surface
        if end - start == 1 and self.r.capitalised_roles:
            name = self._org_base(surface)
        key = f"organization:{name.lower()}"
        return Mention(start, end, _ORGANIZATION, key, name, "org")

    def _org_base(self, word: str) -> str:
        lower = word.lower()
        for suffix in ("s", "es"):
            if lower.endswith(suffix) and lower[: -len(suffix)] + "" != lower:
                base = lower[: -len(suffix)]
                tails = (tail for tail in self.r.org_suffixes if not tail.endswith("s"))
                if any(base.endswith(tail) for tail in tails):
                    return word[: -len(suffix)]
        return word

    def _place(self, index: int, last: int) -> Mention | None:
        """Streets, roads and places named with an adjective: "Neuendorfer Straße 90c",
        "Bundesstraße 216", "Frankfurter Hauptbahnhof", "Ben-Jehuda-Straße"."""
        words = self.words
        r = self.r
        word = words[index]
        lower = word.lower()
        end = 0
        road = word in r.road_words
        if road and index + 1 < last and words[index + 1][:1].isdigit():
            end = index + 2
        elif word in r.saint_words and index + 1 < last and (
            (words[index + 1] == "." and index + 2 < last and words[index + 2][:1].isupper())
            or (words[index + 1][:1].isupper() and word != "St")
        ):
            probe = index + 2 if words[index + 1] == "." else index + 1
            end = self.chain(probe, last, 3)
            if end == probe:
                return None
        elif word in r.place_openers and index + 1 < last:
            # "Lido di Spina", "Pont del Diable", "Río Xingú": a geographic head word, particles
            probe = index + 1
            while probe < last and probe - index < 4 and words[probe] in r.place_particles:
                probe += 1
            if probe >= last or not words[probe][:1].isupper():
                return None
            end = self.chain(probe, last, 3)
            if end == probe:
                return None
        elif ("/" in word and all(self._is_place(part) for part in word.split("/"))) or (
            "/" not in word and word_class(r, word) & SLASH
        ) or (
            r.place_suffixes
            and lower.endswith(r.place_suffixes)
            and lower not in r.place_generic
            and len(word) > 8
            and not (self.doc.initial[index] and lower in r.function_words)
        ):
            end = index + 1
        elif (
            r.place_adjective_endings
            and index + 1 < last
            and words[index + 1] in r.place_heads
            and word.endswith(r.place_adjective_endings)
            and len(word) > 4
            and word not in r.non_names
            and lower not in r.function_words
            and not self.r.is_role(word)
        ):
            end = index + 2
        if not end:
            return None
        if not road and end < last and words[end][:1].isdigit() and len(words[end]) <= 5:
            end += 1
        surface = self.doc.joined(index, end)
        return Mention(index, end, _PLACE, f"place:{surface}", surface, "place")

    def _is_place(self, word: str) -> bool:
        hit = self.r.lookup([word], 0, 1) if word else None
        return hit is not None and hit[1].kind is _PLACE

    def _extend_organization(self, mention: Mention, first: int, last: int) -> None:
        """Grow an organisation over adjectives before it ("Bayerischen Staatsministerium") and
        a "für ..." complement after it ("für Unterricht und Kultus")."""
        words = self.words
        r = self.r
        taken_until = self.mentions[-1].end if self.mentions else first
        if not r.capitalised_roles:
            # English: names before an institution word ("California Institute of Technology")
            start = mention.start
            while (
                start - 1 >= max(first, taken_until)
                and words[mention.start] in r.org_heads
                and word_class(r, words[start - 1]) & NAME
                and mention.start - start < 3
            ):
                start -= 1
            if start != mention.start:
                mention.start = start
                mention.name = self.doc.joined(start, mention.end)
                mention.key = f"organization:{mention.name.lower()}"
            return
        taken_until = self.mentions[-1].end if self.mentions else first
        start = mention.start
        if (
            start - 1 >= max(first, taken_until)
            and words[start] in r.org_heads
            and words[start - 1][:1].isdigit()
            and words[start - 1].endswith(".")
        ):
            start -= 1  # "1. FC Nürnberg"
        while start - 1 >= max(first, taken_until):
            previous = words[start - 1]
            if (
                previous[:1].isupper()
                and previous.endswith(r.adjective_endings)
                and any(marker in previous.lower() for marker in r.org_adjective_markers)
                and previous.isalpha()
                and previous.lower() not in r.function_words
                and previous not in r.non_names
                and not r.is_role(previous)
                and r.lookup([previous], 0, 1) is None
            ):
                start -= 1
            else:
                break
        if start != mention.start:
            mention.start = start
            mention.name = self.doc.joined(start, mention.end)
            mention.key = f"organization:{mention.name.lower()}"
        end = mention.end
        if end + 1 < last and words[end] in ("für", "for", "of") and words[end + 1][:1].isupper():
            probe = end + 1
            stop = end
            while probe < last and probe - end <= 6:
                if words[probe][:1].isupper() and words[probe].lower() not in r.function_words:
                    probe += 1
                    stop = probe
                elif words[probe] in ("und", "and", "für", "of", "the") and probe + 1 < last:
                    probe += 1
                else:
                    break
            if stop > end:
                mention.end = stop
                mention.name = self.doc.joined(mention.start, stop)
                mention.key = f"organization:{mention.name.lower()}"
        # an unknown word or an acronym right after an acronym or a one-word name: "PKN Orlen",
        # "Fraunhofer IAO" (not after a compound with an institutional ending)
        end = mention.end
        if (
            end < last
            and end - mention.start == 1
            and (words[mention.start].isupper()
                 or not word_class(r, words[mention.start]) & ORGWORD)
            and words[end][:1].isupper()
            and word_class(r, words[end]) & (UNKNOWN | ALLCAPS)
            and not word_class(r, words[end]) & (GAZ | GIVEN)
        ):
            mention.end = end + 1
            mention.name = self.doc.joined(mention.start, mention.end)
            mention.key = f"organization:{mention.name.lower()}"
        # a town or city right after it names the branch: "Realschule Spaichingen",
        # "Medizinische Hochschule Hannover"
        end = mention.end
        if end < last and words[end][:1].isupper():
            hit = r.lookup(words, end, last)
            if (
                hit is not None
                and hit[1].source in ("city", "capital")
                and r.strip_genitive(words[end + hit[0] - 1]) == words[end + hit[0] - 1]
                and (end + hit[0] >= last or not words[end + hit[0]][:1].isupper())
            ):
                mention.end = end + hit[0]
                mention.name = self.doc.joined(mention.start, mention.end)
                mention.key = f"organization:{mention.name.lower()}"

    def _evidenced_person(self, index: int, last: int) -> Mention | None:
        words = self.words
        r = self.r
        if not self.name_like(index):
            return None
        previous = words[index - 1] if index > 0 else ""
        # one run of name-like words serves every test: three words at most, or two
        run = self.run(index, last, 3)
        three = self.trim(index, run)
        two = self.trim(index, min(run, index + 2))
        # title or role right before: "Herr Müller", "Präsident Putin", "Kanzlerin Merkel"
        if index > 0 and (previous in r.titles or (self.role_heads[index - 1]
                          and self.role_end.get(index) is not None)):
            end = three
            if end > index and self._plausible_surname(index, end, last):
                return self.person(index, end, "title" if previous in r.titles else "role")
        # a role phrase and a comma before: "der Sprecher des US-Außenministeriums, Vedant Patel,"
        if previous == "," and index - 1 in self.role_end:
            end = three
            closed = end >= last or words[end] in _PUNCT_END or not words[end][:1].isupper()
            if end > index and closed:
                return self.person(index, end, "role")
        # an apposition after: "Pavel Felgenhauer, ein Militäranalyst"
        end = three
        if end > index and end + 1 < last and words[end] == "," and not (
            self.doc.initial[index] and words[index].lower() in r.function_words
        ) and previous.lower() not in r.determiners:  # "um den Gesamt-Weltcup, der ..."
            probe = end + 1
            while probe < last and words[probe].lower() in r.apposition_words:
                probe += 1
            while (
                probe < last
                and words[probe][:1].islower()
                and words[probe] not in r.function_words
                and probe - end < 4
            ):
                probe += 1
            if probe > end + 1 and (self.role_heads[probe] or probe in self.role_start):
                return self.person(index, end, "apposition")
        # a speaker position: "sagte Patel", "erklärte Müller am Montag"
        if previous.lower() in r.speaker_verbs:
            end = two
            # English "said Smith." needs the punctuation: "said Obamacare is ..." is no speaker
            closed = end >= last or words[end] in _PUNCT_END or (
                r.capitalised_roles and not words[end][:1].isupper()
            )
            if end > index and closed:
                return self.person(index, end, "speaker")
        # the speaker of an interview answer: "Quarnel: Ich bin ..."
        if index in self._interview:
            return self.person(index, index + 1, "speaker")
        # a party or an age in brackets after the name: "Beck (SPD)", "Schwarz (57)"
        if index in self._bracketed and index > 0 and not self.doc.initial[index] and not (
            self._after_modifier(index)
        ):
            return self.person(index, index + 1, "bracket")
        # a surname particle without a given name: "van der Vaart", "da Silva"
        start = index
        while start > 0 and (
            words[start - 1] in r.surname_particles
            or (words[start - 1] in r.particles_after and start > 1
                and words[start - 2] in r.surname_particles)
        ):
            start -= 1
        if start < index and not (start > 0 and words[start - 1][:1].isupper()):
            end = two
            if end > index:
                return self.person(start, end, "particle")
        # the subject of a verb of saying: "Müller sagte", "Patel erklärte am Montag"
        end = two
        if (
            end > index
            and end < last
            and words[end] in r.speaker_verbs
            and previous.lower() not in r.determiners
            and not (previous[:1].islower() and previous.endswith(r.adjective_endings)
                     and previous.lower() not in r.function_words)
        ):
            return self.person(index, end, "speaker")
        return None

    def _unknown_name(self, index: int, last: int) -> Mention | None:
        """Capitalised words that are no known noun: a place after a place preposition, else a
        person."""
        words = self.words
        r = self.r
        if self.doc.initial[index]:
            # at a sentence start only before a lower-case word ("Pinkwart plädierte") or
            # as the speaker of an interview answer ("Pinkwart: Ich ...")
            following = words[index + 1] if index + 1 < last else ""
            if following != ":" and following not in r.subject_auxiliaries and (
                not following[:1].islower() or following.lower() in r.function_words
                or self._foreign_lower(following)  # "Ecce homo", "Choloepus didactylus"
            ):
                return None
            return self.person(index, index + 1, "unknown")
        previous = words[index - 1]
        if self._after_modifier(index):
            return None  # "der Palmeral", "feinstkörniger Magnetit": a noun
        if previous[:1].isupper() and previous.lower() not in r.function_words:
            word = words[index]
            if (
                r.capitalised_roles
                and word.endswith("s")
                and len(word) > 4
                and word_class(r, previous) == NAME  # a plain noun, no name
                and (index + 1 >= last or not words[index + 1][:1].isupper())
            ):  # "die Aussagen Zorbeks, der ...": the genitive of a name after a noun
                found = self.person(index, index + 1, "genitive")
                found.name = found.key = word[:-1]
                return found
            return None  # inside a longer name the rules did not take ("Laschkar Gah")
        if len(words[index]) < 5 and index + 1 < last and words[index + 1] == ".":
            return None  # "Mrd.", "Chr.": an abbreviation
        if index + 1 < last and self._foreign_lower(words[index + 1]):
            return None  # "Choloepus didactylus", "Ecce homo": a phrase of another language
        if index + 2 < last and f"{words[index + 1]} {words[index + 2]}" in r.copula_infinitives:
            return None  # "hoffte, Kelvarmeister zu werden": a predicate noun
        end = index + 1
        while end < last and end - index < 3 and words[end][:1].isupper() and (
            word_class(self.r, words[end]) & (UNKNOWN | GIVEN)
        ):
            end += 1
        if end < last and words[end][:1].isupper() and word_class(self.r, words[end]) & NAME:
            following_class = word_class(self.r, words[end])
            word = words[end - 1]
            if (
                r.capitalised_roles
                and previous in r.subject_auxiliaries
                and following_class | LONG == NAME | LONG
            ):  # "1920 war Kelvaro Gründungsmitglied": the subject before a predicate noun
                return self.person(index, end, "unknown")
            if not (r.capitalised_roles and end == index + 1 and word.endswith("s")
                    and len(word) > 4 and not following_class & (UNKNOWN | GAZ | GIVEN | ALLCAPS)):
                return None
            # "Tiganjs Version": the genitive of a name before a common noun
            found = self.person(index, end, "unknown")
            found.name = found.key = word[:-1]
            return found
        places = r.place_only_prepositions
        route_end = r.route_pairs.get(previous.lower())
        if route_end is not None and end < last and words[end] in route_end:
            # "von Kelvaro nach Brelkow": the start of a route
            surface = self.doc.joined(index, end)
            return Mention(index, end, _PLACE, f"place:{surface}", surface, "unknown")
        if previous.lower() in places or (
            # "südlich von Modrava"
            index > 1 and previous in r.place_prepositions and words[index - 2].lower() in places
        ) or (
            end == index + 1 and words[index].endswith(r.place_name_endings or ("\0",))
        ):
            surface = self.doc.joined(index, end)
            return Mention(index, end, _PLACE, f"place:{surface}", surface, "unknown")
        if previous in r.org_only_prepositions:  # "arbeitete bei Zorquat"
            return self._org(index, end)
        return self.person(index, end, "unknown")

    def _after_modifier(self, index: int) -> bool:
        """Whether a determiner or an adjective comes right before ``index`` (a past-tense verb
        is no adjective: "erreichte Goslin", but "die neue Goslin")."""
        words = self.words
        r = self.r
        previous = words[index - 1]
        return previous.lower() in r.determiners or (
            previous[:1].islower() and previous.endswith(r.adjective_endings)
            and previous.lower() not in r.function_words
            and not (previous.endswith("te") and (
                index < 2 or words[index - 2].lower() not in r.determiners))
        )

    def _foreign_lower(self, word: str) -> bool:
        """A lower-case word that is in no common-word list (nor a function word)."""
        r = self.r
        if not (word[:1].islower() and word.isalpha() and len(word) > 2):
            return False
        capitalised = word.capitalize()
        return (
            word not in r.function_words
            and capitalised not in r.common_nouns
            and capitalised not in r.foreign_words
        )

    def _plausible_surname(self, index: int, end: int, last: int) -> bool:
        words = self.words
        # "Präsident der USA": a determiner-led phrase is no name; "Minister Habeck" is
        if self.r.lookup(words, index, last) is not None:
            return False
        return not (end < last and words[end][:1].isupper() and self.r.capitalised_roles
                    and end - index >= 3)


def find_candidates(doc: Doc, resources: Resources, roles: list[RolePhrase]) -> list[Mention]:
    """Typed name mentions of the document, in text order, not overlapping."""
    scanner = _Scanner(doc, resources, roles)
    scanner.scan()
    _acronym_definitions(doc, resources, scanner.mentions)
    _type_coordinated_unknowns(doc, resources, scanner.mentions)
    _regnal_numbers(doc, scanner.mentions)
    return scanner.mentions


def _regnal_numbers(doc: Doc, mentions: list[Mention]) -> None:
    """A Roman numeral after a person's name belongs to it: "Elisabeth II.", "Bernhard IV"."""
    words = doc.words
    count = len(words)
    starts: set[int] | None = None
    for mention in mentions:
        end = mention.end
        if mention.kind is not _PERSON or end >= count:
            continue
        numeral = words[end]
        if numeral.rstrip(".") in _ROMAN and numeral not in ("I", "V", "X"):
            if starts is None:
                starts = {m.start for m in mentions}
            if end in starts:
                continue
            end += 1
        elif words[end - 1] in _ROMAN and end - 1 > mention.start:
            numeral = words[end - 1]  # the name rules took the numeral
        else:
            continue
        if (  # "Elisabeth II. regierte": the ordinal's full stop, split off by the tokenizer
            numeral[-1] != "."
            and end + 1 < count
            and words[end] == "."
            and doc.ends[end - 1] == doc.starts[end]
            and words[end + 1][:1].islower()
        ):
            end += 1
        if end != mention.end:
            mention.end = end
            mention.char_end = doc.ends[end - 1]
            mention.name = mention.key = doc.joined(mention.start, end)



def _type_coordinated_unknowns(doc: Doc, r: Resources, mentions: list[Mention]) -> None:
    """Unknown words coordinated with a known place take its kind: "zwischen Gudme und Odense",
    "die Dörfer Hokkala, Kumpula und Oikari" (the first after a place class noun)."""
    if not any(m.evidence == "unknown" for m in mentions):
        return
    words = doc.words
    ordered = sorted(mentions, key=lambda m: m.start)
    groups: list[list[Mention]] = []
    for mention in ordered:
        if groups and mention.start == groups[-1][-1].end + 1 and (
            words[mention.start - 1] == "," or words[mention.start - 1] in r.coordinators
        ):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    for group in groups:
        if len(group) < 2:
            continue
        known = {m.kind for m in group if m.evidence != "unknown" or m.kind is _PLACE}
        if known != {_PLACE}:
            continue  # "zwischen Gudme und Lundborg": Gudme is a place after "zwischen"
        for mention in group:
            if mention.evidence == "unknown" and mention.kind is _PERSON:
                surface = mention.name
                mention.kind, mention.key = _PLACE, f"place:{surface}"


def _initials(words: list[str], start: int, end: int, linkers: frozenset[str]) -> str | None:
    """The initials of the capitalised words (and their hyphenated parts) of ``[start, end)``,
    or None when a word there is neither capitalised nor a linker ("und", "for")."""
    letters: list[str] = []
    for word in words[start:end]:
        if word in linkers:
            continue
        if not word[:1].isupper():
            return None
        letters.extend(part[:1] for part in word.split("-") if part[:1].isupper())
    return "".join(letters).upper()


def _acronym_long_form(words: list[str], r: Resources, acronym: str, paren: int,
                       first: int) -> int | None:
    """The shortest run of words before ``paren`` that starts with a capitalised word whose
    initial is the acronym's and contains the acronym's letters in order (after Schwartz and
    Hearst, 2003); lower-case words inside must be short or linkers ("Bundesverband deutscher
    Banken (BdB)", "Front de Libération de la Côte des Somalis (FLCS)")."""
    letters = acronym.lower()
    for begin in range(paren - 1, max(first, paren - len(acronym) - 5) - 1, -1):
        word = words[begin]
        if not word[:1].isalpha() or (
            word[:1].islower() and len(word) > 4 and word not in r.org_linkers
            and not word.endswith(r.adjective_endings)
        ):
            return None
        if not word[:1].isupper() or word[0].lower() != letters[0]:
            continue
        text = " ".join(words[begin:paren]).lower()
        position = len(text) - 1
        for char in reversed(letters[1:]):
            position = text.rfind(char, 1, position + 1)
            if position < 1:
                break
            position -= 1
        else:
            return begin
    return None


def _acronym_definitions(doc: Doc, r: Resources, mentions: list[Mention]) -> None:
    """"Gewerkschaft Fahrdienst und Schiene (GFS)": the words before an acronym in parentheses
    whose initials spell it form one name, and the acronym (here and later) is an alias of it.
    The name takes the kind of a mention that covers it exactly, otherwise it is an
    organisation; mentions inside it give way."""
    if "(" not in doc.text:
        return
    words = doc.words
    bounds = doc.sentence_bounds
    parens = [i for i in doc.watched if words[i] == "("]
    for paren in parens:
        index = paren + 1
        if index + 1 >= len(words) or words[index + 1] != ")":
            continue
        acronym = words[index]
        # "GFS", "BfV": the capitals are the initials of the capitalised words
        capitals = "".join(char for char in acronym if char.isupper())
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym[:1].isupper()
                and len(capitals) >= 2):
            continue
        first = bounds[doc.sentence_of[paren]][0]
        start = None
        for begin in range(paren - 1, max(first, paren - 2 * len(capitals) - 1) - 1, -1):
            if words[begin] in r.org_linkers:
                continue
            initials = _initials(words, begin, paren, r.org_linkers)
            if initials is None or len(initials) > len(capitals):
                break
            if initials == capitals:
                start = begin
                break
        if start is None:  # letters inside words: "Deutsche Vermögensberatung (DVAG)"
            start = _acronym_long_form(words, r, acronym, paren, first)
        if start is None or paren - start < 2:
            continue
        inside = [m for m in mentions if m.start < paren and m.end > start]
        if any(m.start < start or m.end > paren for m in inside):
            continue  # a name reaching across the boundary: leave it
        exact = next((m for m in inside if m.start == start and m.end == paren), None)
        if exact is None:
            surface = doc.joined(start, paren)
            exact = Mention(start, paren, _ORGANIZATION,
                            f"organization:{surface.lower()}", surface, "acronym")
            for mention in inside:
                mentions.remove(mention)
            mentions.append(exact)
        if exact.kind is _PERSON:
            continue
        for mention in mentions:
            if mention is not exact and words[mention.start] == acronym and (
                mention.end - mention.start == 1
            ):
                mention.kind, mention.key = exact.kind, exact.key
                mention.code, mention.refers = exact.code, exact.refers
                mention.canonical = exact.canonical or exact.name
                mention.evidence = "acronym"
        if not any(m.start == index for m in mentions):
            mentions.append(Mention(index, index + 1, exact.kind, exact.key, acronym, "acronym",
                                    code=exact.code, refers=exact.refers,
                                    canonical=exact.canonical or exact.name))
        for later in range(index + 1, len(words)):
            if words[later] == acronym and not doc.blocked[later] and not any(
                m.start <= later < m.end for m in mentions
            ):
                mentions.append(Mention(later, later + 1, exact.kind, exact.key, acronym,
                                        "acronym", code=exact.code, refers=exact.refers,
                                        canonical=exact.canonical or exact.name))
    mentions.sort(key=lambda m: m.start)
