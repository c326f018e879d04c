"""Consolidation: one actor per real-world entity.

- Places, organisations and groups merge by their gazetteer identity (a country by its ISO code,
  so "USA", "US" and "Vereinigte Staaten" are one actor).
- Persons merge by folded names (:mod:`.folding`): the full name with itself in other spellings
  ("Wladimir Putin" / "Vladimir Putin"), a lone surname or the first part of a longer name with the
  latest person it fits ("Sullivan", "Kim" after "Kim Jong Un"). Two full names that differ are
  never merged, even when they share a surname.
- Once a person is known, further occurrences of the surname anywhere in the article become
  mentions ("Shoigu" after "Sergej Schoigu").
- Capitals and metonyms point (``refers_to``) at the state they stand for, created when the article
  does not name it.
- Personal pronouns (er/sie, he/she) are linked to the latest person of a fitting gender within the
  last sentences: they become mentions of that person (the JSON contract: "pronouns included
  where resolved"); their text tells them apart.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from typing import Final

from ..model import Actor, ActorKind, Span
from .document import Doc, Mention, RolePhrase
from .interpreted import actor as _actor
from .interpreted import span as _span
from .resources import Resources

__all__ = ["consolidate"]

# The kinds as Final constants: compiled code (setup.py) reads them without a look-up.
_PERSON: Final = ActorKind.PERSON
_ORGANIZATION: Final = ActorKind.ORGANIZATION
_PLACE: Final = ActorKind.PLACE

_PRONOUN_WINDOW: Final = 2  # sentences back from the pronoun
_QUOTES: Final = frozenset(("„", "“", "”", '"', "«", "»", "‚", "‘", "’"))
_VARIANT_CACHE_SIZE: Final = 300_000  # words whose folded forms are kept per language
_START: Final = operator.attrgetter("start")

class _Cluster:
    # a plain class: compiled (setup.py), its __init__ is much faster than a dataclass's
    __slots__ = ("canonical", "code", "folded", "full", "key", "kind", "mentions", "pronouns",
                 "refers", "roles")

    def __init__(self, kind: ActorKind, key: str, mentions: list[Mention] | None = None,
                 folded: tuple[str, ...] = (), full: bool = False, code: str | None = None,
                 refers: str | None = None, canonical: str | None = None) -> None:
        self.kind = kind
        self.key = key
        self.mentions: list[Mention] = [] if mentions is None else mentions
        self.folded = folded
        self.full = full
        self.code = code
        self.refers = refers
        self.canonical = canonical
        self.roles: list[RolePhrase] = []
        #: character offsets (start, end) of the pronouns linked to the cluster.
        self.pronouns: list[tuple[int, int]] = []

    @property
    def first(self) -> int:
        return self.mentions[0].start if self.mentions else 1 << 60

    @property
    def last(self) -> int:
        return self.mentions[-1].start if self.mentions else -1


class _Persons:
    def __init__(self, resources: Resources) -> None:
        self.r = resources
        self.fold = resources.folder
        self.clusters: list[_Cluster] = []

    def variants(self, word: str) -> tuple[str, ...]:
        """The folded word and its folded forms without a genitive ending ("Putins", "Putin's");
        memoised per language (names and capitalised words repeat across articles)."""
        cache = self.r.variant_cache
        known = cache.get(word)
        if known is None:
            found = [self.fold(word)]
            for suffix in self.r.genitive_suffixes:
                if word.endswith(suffix) and len(word) > len(suffix) + 2:
                    found.append(self.fold(word[: -len(suffix)]))
            if len(cache) > _VARIANT_CACHE_SIZE:
                cache.clear()
            known = cache[word] = tuple(found)
        return known

    def parts(self, name: str) -> tuple[tuple[str, ...], list[str]]:
        """The folded words of a person name and its words, particles left out (memoised
        per language; the list must not be changed)."""
        cache = self.r.name_parts
        known = cache.get(name)
        if known is None:
            if len(cache) > _VARIANT_CACHE_SIZE:
                cache.clear()
            particles = self.r.particles
            words = [w for w in name.split() if w not in particles]
            known = cache[name] = (tuple(self.fold(word) for word in words), words)
        return known

    def add(self, mention: Mention) -> _Cluster:
        tokens, words = self.parts(mention.name)
        if len(tokens) >= 2:
            last_variants = self.variants(words[-1])
            for cluster in reversed(self.clusters):
                if cluster.full and cluster.folded[:-1] == tokens[:-1] and (
                    cluster.folded[-1] in last_variants
                    or tokens[-1] in self.variants_of_folded(cluster)
                ):
                    cluster.mentions.append(mention)
                    return cluster
            cluster = _Cluster(_PERSON, mention.key, [mention], tokens, True)
            self.clusters.append(cluster)
            return cluster
        variants = self.variants(words[0]) if words else ()
        match = self.find_single(variants, mention.evidence)
        if match is not None:
            match.mentions.append(mention)
            return match
        cluster = _Cluster(_PERSON, mention.key, [mention], tokens, False)
        self.clusters.append(cluster)
        return cluster

    def merge_early_surnames(self) -> None:
        """A lone name seen before the full name ("Kerry ... John Kerry") joins the full name when
        exactly one full name fits it."""
        full = [c for c in self.clusters if c.full]
        kept: list[_Cluster] = []
        for cluster in self.clusters:
            if cluster.full or not cluster.folded:
                kept.append(cluster)
                continue
            variants = self.variants(cluster.mentions[0].name.split()[-1])
            fits = [c for c in full if c.folded[-1] in variants
                    or (len(c.folded) >= 3 and c.folded[0] in variants)]
            if len(fits) == 1:
                fits[0].mentions.extend(cluster.mentions)
                fits[0].roles.extend(cluster.roles)
            else:
                kept.append(cluster)
        self.clusters = kept

    def variants_of_folded(self, cluster: _Cluster) -> tuple[str, ...]:
        last = cluster.folded[-1]
        return (last, last[:-1]) if last.endswith("s") else (last,)

    def find_full_surname(self, variants: Sequence[str]) -> _Cluster | None:
        """The latest full-name person whose surname is one of ``variants``, or None."""
        for cluster in reversed(self.clusters):
            if cluster.full and cluster.folded and cluster.folded[-1] in variants:
                return cluster
        return None

    def find_single(self, variants: Sequence[str], evidence: str) -> _Cluster | None:
        """The person a lone name joins: the latest (by its last mention) whose surname, else
        whose given name, else any part of a name of three words or more is the name."""
        named = [c for c in self.clusters if c.folded]
        hits = [c for c in named if c.folded[-1] in variants]
        if not hits:
            hits = [c for c in named if c.full and c.folded[0] in variants and (
                evidence == "given-alone" or len(c.folded) >= 3)]
        if not hits:
            hits = [c for c in named
                    if len(c.folded) >= 3 and any(v in c.folded for v in variants)]
        best: _Cluster | None = None
        for cluster in hits:  # the first of the latest
            if best is None or cluster.last > best.last:
                best = cluster
        return best


def _propagate(doc: Doc, persons: _Persons, mentions: list[Mention], resources: Resources) -> None:
    """Further occurrences of known surnames (and first parts of long names) become mentions."""
    surnames: dict[str, list[_Cluster]] = {}
    for cluster in persons.clusters:
        if not cluster.folded or cluster.mentions[0].evidence == "given-alone":
            continue
        surnames.setdefault(cluster.folded[-1], []).append(cluster)
        if len(cluster.folded) >= 3:
            surnames.setdefault(cluster.folded[0], []).append(cluster)
    if not surnames:
        return
    # surnames in other spellings differ by a few letters at most (Schoigu / Shoigu, Putins)
    sizes: set[int] = set()
    for listed in surnames.values():
        for cluster in listed:
            for mention in cluster.mentions:
                parts = mention.name.split()
                if parts:
                    sizes.add(len(parts[0]))
                    sizes.add(len(parts[-1]))
    lengths = {size + shift for size in sizes for shift in (-2, -1, 0, 1, 2)}
    words = doc.words
    function_words = resources.function_words
    cache = resources.variant_cache
    # the capitalised words of a fitting length with a surname among their folded forms, and
    # their positions: one pass over the capitalised words, each distinct word decided once
    hits: dict[str, str] = {}
    misses: set[str] = set()
    positions: list[int] = []
    taken = bytearray(doc.blocked)  # tokens in boilerplate or in a mention already
    for mention in mentions:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    for index in doc.caps:
        word = words[index]
        if taken[index] or len(word) not in lengths or word in misses:
            continue
        if word not in hits:
            variants = cache.get(word)
            if variants is None:
                variants = persons.variants(word)
            found = None
            for variant in variants:
                if variant in surnames:
                    found = variant
                    break
            if found is None or word.lower() in function_words:
                misses.add(word)
                continue
            hits[word] = found
        positions.append(index)
    if not positions:
        return
    for index in positions:
        word = words[index]
        clusters = surnames[hits[word]]
        before = [c for c in clusters if c.first < index]
        cluster = max(before, key=lambda c: c.last) if before else clusters[0]
        mention = Mention(index, index + 1, _PERSON, word, word, "alias")
        if not resources.capitalised_roles and word.endswith(("'s", "’s")):
            mention.char_end = doc.ends[index] - 2
            mention.name = word[:-2]
        cluster.mentions.append(mention)
        mentions.append(mention)


def _person_name(doc: Doc, cluster: _Cluster, resources: Resources) -> tuple[str, list[str]]:
    surfaces: list[str] = []
    for mention in cluster.mentions:
        if mention.name not in surfaces:
            surfaces.append(mention.name)
    # German genitive: "Putins" is "Putin" when that form is seen or a given name precedes it
    normal: list[str] = []
    for surface in surfaces:
        if resources.capitalised_roles and surface.endswith("s"):
            base = surface[:-1]
            base_last = base.split()[-1] if base.split() else base
            others = (s for s in surfaces if s != surface)
            if base in surfaces or any(s.split()[-1] == base_last for s in others):
                surface = base
        if surface not in normal:
            normal.append(surface)
    name = max(normal, key=lambda s: (len(s.split()), len(s)))
    return name, [s for s in normal if s != name]


def consolidate(doc: Doc, mentions: list[Mention], roles: list[RolePhrase],
                resources: Resources, attached: dict[int, list[RolePhrase]],
                with_pronouns: bool = True) -> list[Actor]:
    """Actors from typed mentions: merged, named, with roles, codes, references and pronouns."""
    persons = _Persons(resources)
    others: dict[str, _Cluster] = {}
    person_index = 0
    mentions.sort(key=_START)
    for mention in mentions:
        if mention.kind is _PERSON:
            cluster = persons.add(mention)
            cluster.roles.extend(attached.get(person_index, ()))
            person_index += 1
            continue
        if mention.end - mention.start == 1 and mention.evidence in ("gazetteer", "ending",
                                                                     "unknown"):
            # "Solms" after "Henrik Solms": the person's surname, not the town of that name
            person = persons.find_full_surname(persons.variants(mention.name))
            if person is not None:
                mention.kind, mention.evidence = _PERSON, "alias"
                person.mentions.append(mention)
                continue
        other = others.get(mention.key)
        if other is None:
            other = others[mention.key] = _Cluster(
                mention.kind, mention.key, code=mention.code, refers=mention.refers,
                canonical=mention.canonical,
            )
        other.mentions.append(mention)
    persons.merge_early_surnames()
    _propagate(doc, persons, mentions, resources)
    clusters = [c for c in persons.clusters if _keep_person(c, resources)] + list(others.values())
    for cluster in clusters:
        if len(cluster.mentions) > 1:
            cluster.mentions.sort(key=_START)
    if with_pronouns:
        _link_pronouns(doc, [c for c in clusters if c.kind is _PERSON], resources,
                       _gendered_others(doc, others.values(), resources))
    clusters.sort(key=lambda c: c.first)

    # referenced states that the article does not name
    by_code = {c.code: c for c in clusters if c.code}
    created: list[_Cluster] = []
    for cluster in clusters:
        if cluster.refers and cluster.refers not in by_code:
            state = _Cluster(_PLACE, f"place:{cluster.refers}", code=cluster.refers,
                             canonical=resources.country_names.get(cluster.refers, cluster.refers))
            by_code[cluster.refers] = state
            created.append(state)
    ordered = clusters + created
    ids = {id(cluster): f"a{number}" for number, cluster in enumerate(ordered, start=1)}
    actors: list[Actor] = []
    starts, ends = doc.starts, doc.ends
    for cluster in ordered:
        if len(cluster.mentions) == 1 and not cluster.pronouns:
            mention = cluster.mentions[0]
            spans: tuple[Span, ...] = (_span(starts[mention.start], mention.char_end
                           if mention.char_end is not None else ends[mention.end - 1]),)
        else:
            offsets = {
                (starts[m.start], m.char_end if m.char_end is not None else ends[m.end - 1])
                for m in cluster.mentions
            }
            offsets.update(cluster.pronouns)
            spans = tuple([_span(start, end) for start, end in sorted(offsets)])
        if cluster.kind is _PERSON:
            name, aliases = _person_name(doc, cluster, resources)
        else:
            name = cluster.canonical or cluster.mentions[0].name
            aliases = []
            for mention in cluster.mentions:
                if mention.name != name and mention.name not in aliases:
                    aliases.append(mention.name)
        role_spans = tuple([
            _span(start, end)
            for start, end in sorted({(starts[p.start], ends[p.end - 1]) for p in cluster.roles})
        ]) if cluster.roles else ()
        refers = ids[id(by_code[cluster.refers])] if cluster.refers else None
        actors.append(_actor(ids[id(cluster)], name, cluster.kind, spans, role_spans,
                             tuple(aliases), cluster.code, refers))
    return actors


def _keep_person(cluster: _Cluster, resources: Resources) -> bool:
    """A lone given name nobody else supports is kept unless it is an ambiguous one."""
    if cluster.full or any(m.evidence != "given-alone" for m in cluster.mentions):
        return True
    word = cluster.mentions[0].name
    return word not in resources.ambiguous_given


def _gendered_others(doc: Doc, others: Iterable[_Cluster], resources: Resources
                     ) -> list[tuple[int, _Cluster, str]]:
    """Organisations and places named right after a clause-initial article that shows their
    grammatical gender ("Der Kreml weigerte sich"): (token, cluster, gender)."""
    articles = resources.gender_articles
    if not articles:
        return []
    words = doc.words
    found = []
    for cluster in others:
        if cluster.kind not in (_ORGANIZATION, _PLACE):
            continue
        for mention in cluster.mentions:
            before = mention.start - 1
            gender = articles.get(words[before].lower()) if before >= 0 else None
            if gender and (doc.initial[before] or (before and words[before - 1] == ",")):
                found.append((mention.start, cluster, gender))
    return found


def _link_pronouns(doc: Doc, persons: list[_Cluster], resources: Resources,
                   others: Sequence[tuple[int, _Cluster, str]] = ()) -> None:
    """Link each pronoun to the latest person of its gender within the window; a gendered
    organisation or place (see :func:`_gendered_others`) in the same sentence, later than that
    person and with no quotation mark in between, takes the pronoun instead."""
    if not resources.pronouns or not persons:
        return
    forms = resources.pronoun_forms
    words = doc.words
    pronouns = [i for i in doc.watched if words[i] in forms]
    if not pronouns:
        return
    timeline: list[tuple[int, _Cluster]] = sorted(
        [*((mention.start, cluster) for cluster in persons for mention in cluster.mentions),
         *((start, cluster) for start, cluster, _ in others)],
        key=lambda item: item[0],
    )
    genders: dict[int, str | None] = {}  # filled as persons come up (most never do)
    genders.update((id(cluster), gender) for _, cluster, gender in others)
    non_persons = {id(cluster) for _, cluster, _ in others}
    quotes = [i for i in doc.watched if doc.words[i] in _QUOTES] if others else []
    position = 0
    recent: list[tuple[int, _Cluster]] = []
    for index in pronouns:
        while position < len(timeline) and timeline[position][0] < index:
            recent.append(timeline[position])
            position += 1
        gender = resources.pronouns.get(words[index].lower())
        if doc.blocked[index] or gender is None or not recent:
            continue
        sentence = doc.sentence_of[index]
        for start, cluster in reversed(recent):
            if sentence - doc.sentence_of[start] > _PRONOUN_WINDOW:
                break
            key = id(cluster)
            if key in genders:
                known = genders[key]
            else:
                known = genders[key] = _gender(cluster, resources)
            if id(cluster) in non_persons:
                if known == gender and doc.sentence_of[start] == sentence and not any(
                    start < quote < index for quote in quotes
                ):
                    cluster.pronouns.append((doc.starts[index], doc.ends[index]))
                    break
                continue
            if known == gender or (gender == "m" and known in ("u", None)):
                cluster.pronouns.append((doc.starts[index], doc.ends[index]))
                break


def _gender(cluster: _Cluster, resources: Resources) -> str | None:
    for mention in cluster.mentions:
        first = mention.name.split()[0] if mention.name else ""
        if len(mention.name.split()) > 1 and first in resources.given_names:
            return resources.given_names[first]
    return None
