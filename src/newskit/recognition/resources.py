"""Compiled actor-recognition data of one language: lexicons, given names and the gazetteer.

Everything is read through :meth:`Language.lexicon` (a plugin can add or extend a language) and
built once per language on first use (:func:`resources_for`, cached). Countries come from the CLDR
territory names shipped with babel, in the language's own locale, with their ISO 3166-1 codes.
"""

from __future__ import annotations

import dataclasses
import gzip
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Final

from ..errors import PluginError
from ..model import ActorKind
from ..registrations import Language
from ..tokenization import token_spans
from .document import OPENERS
from .folding import Folder, folder_for

__all__ = ["Entry", "Resources", "resources_for"]

#: CLDR territory codes that are not places (or are organisations, listed elsewhere).
_VOWELS: Final = frozenset("aeiouyäöü")

#: a gazetteer entry as ``Resources.lookup`` tries it: length, tokens, entry, last-token forms
_Start = tuple[int, tuple[str, ...], "Entry", frozenset[str]]
_NOT_PLACES: Final = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "001"})


class Entry:
    """A gazetteer entry: what a known name is (read-only by convention).

    :ivar source: ``country``, ``capital``, ``metonym``, ``place``, ``city``, ``organization``
        or ``group``.
    :ivar refers: for capitals and metonyms, the ISO code of the state they stand for.
    """

    # a plain class: every process makes tens of thousands, and compiled (setup.py) its own
    # __init__ is several times faster than a dataclass's, which runs interpreted
    __slots__ = ("code", "kind", "name", "refers", "source")

    def __init__(self, kind: ActorKind, name: str, source: str, code: str | None = None,
                 refers: str | None = None) -> None:
        self.kind = kind
        self.name = name
        self.source = source
        self.code = code
        self.refers = refers

    def __repr__(self) -> str:
        return (f"Entry({self.kind.value}, {self.name!r}, {self.source!r}, code={self.code!r}, "
                f"refers={self.refers!r})")


class Endings:
    """Which entries of a word list can a word end in ("verteidigungsminister" in "minister")?
    The entries' lengths by their last three letters: a word is compared with the few entries
    that share its last three letters instead of being sliced at every position. Entries of
    fewer than three letters are left out."""

    __slots__ = ("_lengths", "_words")

    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(word for word in words if len(word) >= 3)
        lengths: dict[str, set[int]] = {}
        for word in self._words:
            lengths.setdefault(word[-3:], set()).add(len(word))
        self._lengths = {tail: tuple(sorted(found)) for tail, found in lengths.items()}

    def ends_in(self, word: str, shortest: int, longest: int) -> bool:
        """True when ``word`` ends in an entry of ``shortest`` to ``longest`` letters (at
        least three)."""
        lengths = self._lengths.get(word[-3:])
        if lengths is None:
            return False
        size = len(word)
        for length in lengths:
            if length > longest:
                return False
            if length >= shortest and word[size - length :] in self._words:
                return True
        return False


def _split_entry(entry: str) -> tuple[list[str], str | None]:
    """``"A|B=CODE"`` -> (["A", "B"], "CODE")."""
    names, _, code = entry.strip().rpartition("=") if "=" in entry else (entry.strip(), "", "")
    forms = [form.strip() for form in names.split("|") if form.strip()]
    return forms, (code.strip() or None)


def _read_package_file(reference: str) -> Iterator[str]:
    package, _, name = reference.partition(":")
    try:
        resource = importlib_resources.files(package).joinpath(name)
        if name.endswith(".gz"):
            text = gzip.decompress(resource.read_bytes()).decode("utf-8")
        else:
            text = resource.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError, EOFError) as error:
        raise PluginError(f"actor data file {reference!r} cannot be read: {error}") from error
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


@dataclasses.dataclass(slots=True, eq=False)
class Resources:
    """Everything actor recognition needs for one language, ready for fast lookups.

    A dataclass, not an attrs class, because mypyc compiles this module (see setup.py) and turns
    dataclasses into native classes with fast attribute access.
    """

    language: Language
    folder: Folder
    given_names: dict[str, str]
    gazetteer: dict[str, list[tuple[tuple[str, ...], Entry]]]
    country_names: dict[str, str]
    roles: frozenset[str]
    titles: frozenset[str]
    org_suffixes: frozenset[str]
    org_generic: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    org_linkers: frozenset[str]
    non_names: frozenset[str]
    non_acronyms: frozenset[str]
    ambiguous_given: frozenset[str]
    function_words: frozenset[str]
    determiners: frozenset[str]
    particles: frozenset[str]
    speaker_verbs: frozenset[str]
    pronouns: dict[str, str]
    #: capitalised common nouns in all their forms (``actor_common_noun_files``): a capitalised
    #: word that is none of them, nor a compound ending in one, may be a name.
    common_nouns: frozenset[str]
    #: capitalised words of other languages (``actor_foreign_word_files``), known as whole words
    #: only (no compound ends in one).
    foreign_words: frozenset[str]
    #: inflection endings stripped before the common-word look-up ("Gewerkschaftern").
    inflection_endings: tuple[str, ...]
    #: prepositions after which an unknown name is a place ("in", "nach").
    place_only_prepositions: frozenset[str]
    #: prefixes that make a known country or region a part of it ("Süd" + "italien").
    place_prefixes: tuple[str, ...]
    #: geographic head words that open a place name ("Lido", "Pont", "Río") and the particles
    #: that may follow them ("di", "del", "de la").
    place_openers: frozenset[str]
    place_particles: frozenset[str]
    #: prepositions after which an unknown name is an organisation ("bei").
    org_only_prepositions: frozenset[str]
    #: words that name the speaker after a quotation and a comma ("…", so Kelvaro.).
    comma_speaker_words: frozenset[str]
    #: finite auxiliaries and modals ("hat", "wird"): an unknown name at the start of a sentence
    #: right before one is its subject, a person ("Cromwell wird ...").
    subject_auxiliaries: frozenset[str]
    #: first-person pronouns that open an interview answer after "Name:"
    interview_openers: frozenset[str]
    #: route prepositions: an unknown name between ``von`` and ``nach`` is a place
    route_pairs: dict[str, frozenset[str]]
    #: copula infinitives ("zu werden"): an unknown word right before one is a predicate noun
    copula_infinitives: frozenset[str]
    #: party short names: a name right before one in brackets is a person ("Beck (SPD)")
    party_acronyms: frozenset[str]
    #: words that open a stage name and belong to it ("Lady Gaga")
    nickname_words: frozenset[str]
    #: words joining the items of a list ("und", "oder"), beside commas.
    coordinators: frozenset[str]
    #: endings of place names used with an article ("der Kelvarberg"): an unknown word with one
    #: is a place even after an article.
    article_place_endings: tuple[str, ...]
    #: article -> grammatical gender it shows at the start of a clause ("der" -> "m"): an
    #: organisation or place named after it can be what a pronoun of that gender refers to.
    gender_articles: dict[str, str]
    genitive_suffixes: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    role_connectors: frozenset[str]
    apposition_words: frozenset[str]
    capitalised_roles: bool
    particles_after: frozenset[str]
    place_suffixes: tuple[str, ...]
    place_generic: frozenset[str]
    place_heads: frozenset[str]
    place_adjective_endings: tuple[str, ...]
    road_words: frozenset[str]
    org_prefixes: tuple[str, ...]
    org_head_suffixes: tuple[str, ...]
    place_adjective_markers: tuple[str, ...]
    saint_words: frozenset[str]
    surname_particles: frozenset[str]
    place_name_endings: tuple[str, ...]
    place_prepositions: frozenset[str]
    org_class_nouns: tuple[str, ...]
    place_class_nouns: tuple[str, ...]
    genitive_name_exceptions: frozenset[str]
    role_modifiers: frozenset[str]
    name_prefixes: tuple[str, ...]
    surname_endings: tuple[str, ...]
    noun_endings: tuple[str, ...]
    org_adjective_markers: tuple[str, ...]
    never_surnames: frozenset[str]
    #: gazetteer keys that do not start with a capital ("dpa", "al-Qaida").
    lowercase_keys: frozenset[str]
    #: words after which (or before which) a person name may stand: titles, commas, verbs of
    #: saying, surname particles.
    person_cue_words: frozenset[str]
    #: pronoun forms as written ("er", "Er").
    pronoun_forms: frozenset[str]
    #: role nouns as written, for languages that match them exactly.
    role_forms: frozenset[str]
    org_prefix_heads: tuple[str, ...]
    #: every word whose positions a document collects in one pass (``Doc.watched``): quotation
    #: marks and other openers, ``lowercase_keys``, ``person_cue_words``, ``pronoun_forms`` and
    #: ``role_forms``.
    watch_words: frozenset[str] = dataclasses.field(init=False, repr=False)
    #: ``roles`` and ``org_suffixes`` for the compounds that end in one of them
    role_endings: Endings = dataclasses.field(init=False, repr=False)
    org_endings: Endings = dataclasses.field(init=False, repr=False)
    _role_cache: dict[str, bool] = dataclasses.field(default_factory=dict, init=False, repr=False)

    #: word -> bit set of its context-free classes (see :mod:`.candidates`), filled lazily.
    word_classes: dict[str, int] = dataclasses.field(default_factory=dict, init=False, repr=False)
    #: word -> its folded forms with and without a genitive ending (see :mod:`.consolidation`).
    variant_cache: dict[str, tuple[str, ...]] = dataclasses.field(
        default_factory=dict, init=False, repr=False
    )
    #: person name -> (its folded words, its words), particles left out (see
    #: :mod:`.consolidation`).
    name_parts: dict[str, tuple[tuple[str, ...], list[str]]] = dataclasses.field(
        default_factory=dict, init=False, repr=False
    )
    #: word -> the gazetteer entries that may start with it, in the order ``lookup`` tries them
    #: (length in tokens, tokens, entry, the accepted forms of its last token: as listed or
    #: with a genitive ending), after the context-free genitive checks.
    _starts: dict[str, tuple[_Start, ...]] = dataclasses.field(
        default_factory=dict, init=False, repr=False
    )
    _genitive_cache: dict[str, str] = dataclasses.field(
        default_factory=dict, init=False, repr=False
    )

    def __post_init__(self) -> None:
        self.watch_words = (OPENERS | self.lowercase_keys | self.person_cue_words
                            | self.pronoun_forms | self.role_forms)
        self.role_endings = Endings(self.roles)
        self.org_endings = Endings(self.org_suffixes)

    def lookup(self, words: list[str], index: int, end: int) -> tuple[int, Entry] | None:
        """The longest gazetteer entry starting at ``words[index]`` (not beyond ``end``): its
        length in tokens and the entry. A German genitive ("Russlands") matches its base form."""
        word = words[index]
        starts = self._starts.get(word)
        if starts is None:
            starts = self._starts_of(word)
        for length, tokens, entry, last_forms in starts:
            if index + length > end:
                continue
            if length == 1 or (
                words[index + length - 1] in last_forms
                and all(words[index + k] == tokens[k] for k in range(1, length - 1))
            ):
                return length, entry
        return None

    def _starts_of(self, word: str) -> tuple[_Start, ...]:
        if len(self._starts) > 300_000:
            self._starts.clear()
        gazetteer = self.gazetteer
        found: list[_Start] = []
        for key in (word, *self._stripped(word)):
            for tokens, entry in gazetteer.get(key, ()):
                if key != word and entry.source == "city" and (
                    key[-1:] in _VOWELS or len(word) - len(key) != 1
                ):
                    continue  # "Basis" is no genitive of "Basi", "Mercedes" none of "Merced"
                last_forms = frozenset(
                    (tokens[-1], *(tokens[-1] + suffix for suffix in self.genitive_suffixes))
                )
                found.append((len(tokens), tokens, entry, last_forms))
        starts = self._starts[word] = tuple(found)
        return starts

    def _stripped(self, word: str) -> list[str]:
        return [
            word[: -len(suffix)]
            for suffix in self.genitive_suffixes
            if word.endswith(suffix) and len(word) > len(suffix) + 2
        ]

    def strip_genitive(self, word: str) -> str:
        """``word`` without a genitive ending when its base form is a known name, else as is."""
        known = self._genitive_cache.get(word)
        if known is None:
            if len(self._genitive_cache) > 300_000:
                self._genitive_cache.clear()
            known = self._genitive_cache[word] = self._strip_genitive(word)
        return known

    def _strip_genitive(self, word: str) -> str:
        for base in self._stripped(word):
            if base in self.gazetteer or base in self.given_names:
                return base
        return word

    def is_role(self, word: str) -> bool:
        """True for a role noun or a compound ending in one ("Verteidigungsminister")."""
        known = self._role_cache.get(word)
        if known is None:
            if len(self._role_cache) > 300_000:
                self._role_cache.clear()
            known = self._role_cache[word] = self._is_role(word)
        return known

    def _is_role(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.roles:
            return True
        if not self.capitalised_roles or not word[:1].isupper():
            return False
        # a compound: an ending of at least four letters after at least two ("Außenminister")
        return self.role_endings.ends_in(lower, 4, len(lower) - 2)


def _add(gazetteer: dict[str, list[tuple[tuple[str, ...], Entry]]], language: Language,
         surface: str, entry: Entry, *, replace: bool = True) -> None:
    # token ranges without Token objects: tens of thousands of names, once per process
    tokens = tuple([surface[start:end] for start, end in token_spans(surface, language)])
    if not tokens:
        return
    bucket = gazetteer.setdefault(tokens[0], [])
    for position, (known, _) in enumerate(bucket):
        if known == tokens:
            if replace:
                bucket[position] = (tokens, entry)
            return
    bucket.append((tokens, entry))


def _given_names(language: Language) -> dict[str, str]:
    names: dict[str, str] = {}
    for reference in language.lexicon("actor_given_name_files"):
        for line in _read_package_file(reference):
            gender, *words = line.split()
            for word in words:
                known = names.get(word)
                names[word] = gender if known in (None, gender) else "u"
    for entry in language.lexicon("actor_given_names"):
        forms, listed = _split_entry(entry)
        for form in forms:
            names[form] = listed or "u"
    return names


def _generated_given_names(language: Language, strong: dict[str, str]) -> dict[str, str]:
    """Given names of the big generated lists that are not in the hand-written ones."""
    names: dict[str, str] = {}
    for reference in language.lexicon("actor_generated_given_name_files"):
        for line in _read_package_file(reference):
            gender, *words = line.split()
            for word in words:
                if word in strong:
                    continue
                known = names.get(word)
                names[word] = gender if known in (None, gender) else "u"
    return names


def _countries(language: Language) -> dict[str, str]:
    """ISO code -> the CLDR territory name in the language (empty if babel lacks the locale)."""
    try:
        from babel import Locale, UnknownLocaleError

        locale = Locale.parse(language.code)
    except (ImportError, ValueError, UnknownLocaleError):
        return {}
    return {code: name for code, name in locale.territories.items() if code not in _NOT_PLACES}


def _words(language: Language, name: str) -> frozenset[str]:
    return frozenset(language.lexicon(name))


def _build(language: Language) -> Resources:
    gazetteer: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    countries = _countries(language)
    given = _given_names(language)
    not_places = frozenset(language.lexicon("actor_non_places"))
    # Lowest priority first: later additions replace earlier ones for the same surface.
    for reference in language.lexicon("actor_place_files"):
        for line in _read_package_file(reference):
            name, _, rest = line.partition("\t")
            # a small town named like a person ("Martin") is not worth losing the person for;
            # a big city is ("Dallas", "Florence")
            if name in not_places or (name in given and not rest.endswith("big")):
                continue
            _add(gazetteer, language, name, Entry(ActorKind.PLACE, name, "city"), replace=False)
    for reference in language.lexicon("actor_person_files"):
        for line in _read_package_file(reference):
            for name in line.split():
                _add(gazetteer, language, name, Entry(ActorKind.PERSON, name, "person"))
    # surnames of the generated lists: never replace a place, a given name or a listed non-name
    non_names = frozenset(language.lexicon("actor_non_names"))
    for reference in language.lexicon("actor_generated_surname_files"):
        for line in _read_package_file(reference):
            for name in line.split():
                if name not in given and name not in non_names and name not in not_places:
                    _add(gazetteer, language, name, Entry(ActorKind.PERSON, name, "surname"),
                         replace=False)
    for code, name in countries.items():
        iso = code if code.isalpha() else None
        _add(gazetteer, language, name, Entry(ActorKind.PLACE, name, "country" if iso else "place",
                                              code=iso))
    country_names = {code: name for code, name in countries.items() if code.isalpha()}
    for entry in language.lexicon("actor_places"):
        forms, listed = _split_entry(entry)
        for form in forms:
            _add(gazetteer, language, form, Entry(ActorKind.PLACE, forms[0], "place", code=listed))
    for entry in language.lexicon("actor_country_aliases"):
        forms, listed = _split_entry(entry)
        if listed is None:
            continue
        country = country_names.get(listed, forms[0])
        country_names.setdefault(listed, forms[0])
        for form in forms:
            _add(gazetteer, language, form,
                 Entry(ActorKind.PLACE, country, "country", code=listed))
    for entry in language.lexicon("actor_organizations"):
        forms, _ = _split_entry(entry)
        for form in forms:
            _add(gazetteer, language, form, Entry(ActorKind.ORGANIZATION, forms[0], "organization"))
    for entry in language.lexicon("actor_capitals"):
        forms, listed = _split_entry(entry)
        for form in forms:
            _add(gazetteer, language, form,
                 Entry(ActorKind.PLACE, forms[0], "capital", refers=listed))
    for entry in language.lexicon("actor_metonyms"):
        forms, listed = _split_entry(entry)
        for form in forms:
            _add(gazetteer, language, form,
                 Entry(ActorKind.ORGANIZATION, forms[0], "metonym", refers=listed))
    for entry in language.lexicon("actor_groups"):
        forms, listed = _split_entry(entry)
        for form in forms:
            _add(gazetteer, language, form, Entry(ActorKind.GROUP, listed or forms[0], "group"))
    for bucket in gazetteer.values():
        bucket.sort(key=lambda item: -len(item[0]))
    # names of the generated lists lose to places and keep no town out of the gazetteer
    weak = {
        name: gender
        for name, gender in _generated_given_names(language, given).items()
        if name not in gazetteer and name not in not_places
    }

    pronouns = {}
    for entry in language.lexicon("actor_pronouns"):
        word, _, gender = entry.partition("=")
        pronouns[word.lower()] = gender or "u"
    gender_articles = {}
    for entry in language.lexicon("actor_gender_articles"):
        word, _, gender = entry.partition("=")
        gender_articles[word.lower()] = gender
    return Resources(
        language=language,
        folder=folder_for(language),
        given_names={**weak, **given},
        gazetteer=gazetteer,
        country_names=country_names,
        roles=frozenset(word.lower() for word in language.lexicon("actor_person_roles")),
        titles=_words(language, "actor_person_titles"),
        org_suffixes=frozenset(w.lower() for w in language.lexicon("actor_org_suffixes")),
        org_generic=frozenset(w.lower() for w in language.lexicon("actor_org_generic")),
        org_heads=_words(language, "actor_org_heads"),
        org_tails=_words(language, "actor_org_tails"),
        org_linkers=_words(language, "actor_org_linkers"),
        non_names=_words(language, "actor_non_names"),
        non_acronyms=_words(language, "actor_non_acronyms"),
        ambiguous_given=_words(language, "actor_ambiguous_given_names"),
        function_words=frozenset(w.lower() for w in _chain(
            language.lexicon("stopwords"),
            language.lexicon("actor_determiners"),
            language.lexicon("actor_function_words"),
            language.lexicon("actor_speaker_verbs"),
        )),
        determiners=frozenset(w.lower() for w in language.lexicon("actor_determiners")),
        particles=_words(language, "actor_name_particles"),
        speaker_verbs=frozenset(w.lower() for w in language.lexicon("actor_speaker_verbs")),
        pronouns=pronouns,
        gender_articles=gender_articles,
        common_nouns=frozenset(_chain(*(
            _read_package_file(reference)
            for reference in language.lexicon("actor_common_noun_files")
        ))),
        inflection_endings=tuple(language.lexicon("actor_inflection_endings")),
        foreign_words=frozenset(_chain(*(
            _read_package_file(reference)
            for reference in language.lexicon("actor_foreign_word_files")
        ))),
        place_only_prepositions=_words(language, "actor_place_only_prepositions"),
        place_prefixes=tuple(language.lexicon("actor_place_prefixes")),
        place_openers=_words(language, "actor_place_openers"),
        place_particles=_words(language, "actor_place_particles"),
        org_only_prepositions=_words(language, "actor_org_only_prepositions"),
        subject_auxiliaries=_words(language, "actor_subject_auxiliaries"),
        interview_openers=frozenset(language.lexicon("actor_interview_openers")),
        route_pairs=_pairs(language.lexicon("actor_route_prepositions")),
        copula_infinitives=frozenset(language.lexicon("actor_copula_infinitives")),
        party_acronyms=frozenset(language.lexicon("actor_party_acronyms")),
        nickname_words=frozenset(language.lexicon("actor_nickname_words")),
        comma_speaker_words=_words(language, "actor_comma_speaker_words"),
        coordinators=_words(language, "actor_coordinators"),
        article_place_endings=tuple(language.lexicon("actor_article_place_endings")),
        genitive_suffixes=tuple(language.lexicon("actor_genitive_suffixes")),
        adjective_endings=tuple(language.lexicon("actor_role_adjective_endings")),
        role_connectors=_words(language, "actor_role_connectors"),
        apposition_words=_words(language, "actor_apposition_determiners"),
        capitalised_roles=bool(language.lexicon("actor_capitalised_nouns")),
        particles_after=_words(language, "actor_name_particles_after"),
        place_suffixes=tuple(language.lexicon("actor_place_suffixes")),
        place_generic=frozenset(w.lower() for w in language.lexicon("actor_place_generic")),
        place_heads=_words(language, "actor_place_heads"),
        place_adjective_endings=tuple(language.lexicon("actor_place_adjective_endings")),
        road_words=_words(language, "actor_road_words"),
        org_prefixes=tuple(w.lower() for w in language.lexicon("actor_org_prefixes")),
        org_head_suffixes=tuple(language.lexicon("actor_org_head_suffixes")),
        place_adjective_markers=tuple(language.lexicon("actor_place_adjective_markers")),
        saint_words=_words(language, "actor_saint_words"),
        surname_particles=_words(language, "actor_surname_particles"),
        place_name_endings=tuple(language.lexicon("actor_place_name_endings")),
        place_prepositions=_words(language, "actor_place_prepositions"),
        org_class_nouns=tuple(language.lexicon("actor_org_class_nouns")),
        place_class_nouns=tuple(language.lexicon("actor_place_class_nouns")),
        genitive_name_exceptions=_words(language, "actor_genitive_name_exceptions"),
        role_modifiers=_words(language, "actor_role_modifiers"),
        name_prefixes=tuple(language.lexicon("actor_name_prefixes")),
        surname_endings=tuple(language.lexicon("actor_surname_endings")),
        noun_endings=tuple(language.lexicon("actor_noun_endings")),
        org_adjective_markers=tuple(language.lexicon("actor_org_adjective_markers")),
        never_surnames=_words(language, "actor_never_surnames"),
        lowercase_keys=frozenset(key for key in gazetteer if not key[:1].isupper()),
        person_cue_words=frozenset(
            {","}
            | set(language.lexicon("actor_person_titles"))
            | {w.lower() for w in language.lexicon("actor_speaker_verbs")}
            | set(language.lexicon("actor_surname_particles"))
            | set(language.lexicon("actor_comma_speaker_words"))
        ),
        pronoun_forms=frozenset(
            form for word in pronouns for form in (word, word.capitalize(), word.upper())
        ),
        role_forms=frozenset(
            form for word in language.lexicon("actor_person_roles")
            for form in (word.lower(), word.capitalize(), word.upper())
        ),
        org_prefix_heads=tuple(w.lower() for w in language.lexicon("actor_org_prefix_heads")),
    )


def _chain(*parts: Iterable[str]) -> Iterator[str]:
    for part in parts:
        yield from part


def _pairs(entries: Iterable[str]) -> dict[str, frozenset[str]]:
    """``"von=nach"`` entries as a map from the first word to the set of second words."""
    pairs: dict[str, set[str]] = {}
    for entry in entries:
        first, _, second = entry.partition("=")
        pairs.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in pairs.items()}


@lru_cache(maxsize=8)
def resources_for(language: Language) -> Resources:
    """The compiled actor data of ``language`` (built on first use, then cached)."""
    return _build(language)

