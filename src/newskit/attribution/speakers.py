"""Linking speaker mentions to actors.

A speaker mention is linked, in this order, to: the actor whose mention overlaps it most; for a
pronoun, the most plausible antecedent (the last speaker, else the last actor mentioned before
it); the actor whose name or alias shares the mention's last name (spelling variants from the
language's ``quote_name_variants``, so "Shoigu" finds "Sergej Schoigu"); an actor this module
created earlier for the same name; else a new actor with an id starting with "q".
"""

from __future__ import annotations

import bisect

from ..model import Actor, ActorKind, Span
from .document import Document
from .draft import unchecked
from .lexicon import Cues
from .phrases import subject_of_sentence

_KINDS = {
    "person": ActorKind.PERSON,
    "organization": ActorKind.ORGANIZATION,
    "group": ActorKind.GROUP,
}


class SpeakerResolver:
    """Resolves speaker mentions of one article; collects the actors it has to add."""

    def __init__(self, doc: Document, cues: Cues) -> None:
        self.doc = doc
        self.cues = cues
        self.actors = list(doc.article.actors)
        self.by_id = {actor.id: actor for actor in self.actors}
        # actors created here: id -> [name, kind, mentions]; built once by :meth:`created`
        self.new: dict[str, tuple[str, ActorKind, list[Span]]] = {}
        self._new_keys: dict[str, str] = {}  # normalised name -> id
        self._keys_cache: dict[Span, list[str]] = {}
        used = {actor.id for actor in self.actors}
        self._counter = 0
        self._used = used
        # every actor mention, sorted by start, for antecedent search
        mentions = sorted(
            (span.start, span.end, actor.id) for actor in self.actors for span in actor.mentions
        )
        self._mention_starts = [m[0] for m in mentions]
        self._mentions = mentions
        self._name_index: dict[str, list[str]] = {}
        for actor in self.actors:
            for name in (actor.name, *actor.aliases):
                for key in self._name_keys(name):
                    self._name_index.setdefault(key, []).append(actor.id)

    # --- names ----------------------------------------------------------------------------------

    def normalise(self, word: str) -> str:
        word = word.lower().strip(".,;:'’\"")
        for old, new in self.cues.name_variants:
            word = word.replace(old, new)
        return word

    def _name_keys(self, name: str) -> list[str]:
        words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
        if not words:
            return []
        keys = [self.normalise(words[-1])]
        if len(words) > 1:
            keys.append(self.normalise(" ".join(words)))
        return keys

    # --- resolution -----------------------------------------------------------------------------

    def kind_of(self, mention: Span) -> ActorKind:
        doc, cues = self.doc, self.cues
        tokens = doc.tokens_in(mention.start, mention.end)
        words = doc.lower[tokens.start : tokens.stop]
        if len(words) == 1 and words[0] in cues.pronouns:
            return _KINDS.get(cues.pronouns[words[0]], ActorKind.UNKNOWN)
        entry = _PART_KINDS.get(id(cues))
        if entry is None or entry[0] is not cues:
            entry = _PART_KINDS[id(cues)] = (cues, {})
        known = entry[1]
        kinds = set()
        for word in words:
            for part in word.split("-"):
                kind = known.get(part)
                if kind is None:
                    kind = known[part] = _part_kind(cues, part)
                kinds.add(kind)
        for kind in (ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GROUP):
            if kind in kinds:
                return kind
        # two or more words, all capitalised: a name
        text, starts = doc.text, doc.starts
        if len(words) >= 2 and all(text[starts[i]].isupper() for i in tokens):
            return ActorKind.PERSON
        return ActorKind.UNKNOWN

    def _dependent(self, mention: Span, start: int) -> bool:
        """True when an actor mention starting at ``start`` is a dependent inside the speaker
        phrase ("Beamter des Weißen Hauses"), not its head or an apposition ("…, Jake Sullivan")."""
        doc = self.doc
        dependent = False
        for i in doc.tokens_in(mention.start, start):
            if doc.starts[i] == mention.start:
                continue
            if doc.lower[i] in self.cues.genitive_markers:
                dependent = True
            elif doc.lower[i] == ",":
                dependent = False
        return dependent

    def overlapping(self, mention: Span) -> str | None:
        """The actor whose mention overlaps the speaker phrase's head most (persons first)."""
        best, best_key = None, (-1, 0, 0)
        index = bisect.bisect_left(self._mention_starts, mention.start - 200)
        while index < len(self._mentions) and self._mentions[index][0] < mention.end:
            start, end, actor_id = self._mentions[index]
            index += 1
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap <= 0 or (start > mention.start and self._dependent(mention, start)):
                continue
            if self.by_id[actor_id].kind is ActorKind.PLACE and start > self._head_start(mention):
                continue  # "der Stadtwerke Rheinfelden": the place only names the utility
            person = self.by_id[actor_id].kind is ActorKind.PERSON
            key = (int(person), -abs(start - mention.start), overlap)
            if key > best_key:
                best, best_key = actor_id, key
        return best

    def antecedent(
        self, offset: int, kind: str, last_speaker: str | None, since: int = -1
    ) -> str | None:
        """A pronoun's antecedent: the last speaker if it fits, else the last fitting actor; an
        actor that opens a sentence after the last statement (at ``since``) comes before the
        last speaker ("Dr. Sam Whitfield, a scientist, advised … He said …")."""
        nearest, nearest_start = None, -1
        index = bisect.bisect_left(self._mention_starts, offset) - 1
        while index >= 0 and offset - self._mentions[index][0] < 1500:
            actor = self.by_id[self._mentions[index][2]]
            if _fits(actor.kind, kind) and actor.kind is not ActorKind.PLACE:
                nearest, nearest_start = actor.id, self._mentions[index][0]
                break
            index -= 1
        if (
            last_speaker is not None
            and (last_speaker in self.by_id or last_speaker in self.new)
            and _fits(self.kind(last_speaker), kind)
        ):
            if nearest is not None and nearest_start > since >= 0:
                # the subject of a sentence after the last statement: "Kim und Putin tauschten
                # Briefe aus, in denen sie versprachen, …"
                index = bisect.bisect_left(self._mention_starts, offset) - 1
                while index >= 0 and self._mentions[index][0] > since:
                    start, _, actor_id = self._mentions[index]
                    actor = self.by_id[actor_id]
                    if (
                        _fits(actor.kind, kind)
                        and actor.kind is not ActorKind.PLACE
                        and self._opens_sentence(start)
                    ):
                        return actor_id
                    index -= 1
            return last_speaker
        return nearest

    def _head_start(self, mention: Span) -> int:
        """Where the mention's words start after a leading determiner ("der Stadtwerke …")."""
        tokens = self.doc.tokens_in(mention.start, mention.end)
        if len(tokens) > 1 and self.doc.lower[tokens.start] in self.cues.determiners:
            return self.doc.starts[tokens.start + 1]
        return mention.start

    def _opens_sentence(self, start: int) -> bool:
        """True when a mention starts its sentence, after at most two title words ("Dr.")."""
        doc = self.doc
        first = doc.sentence_at(start).token_start
        return doc.token_at_or_after(start) - first <= 2 and all(
            doc.is_upper(t) for t in range(first, doc.token_at_or_after(start))
        )

    def head_text(self, mention: Span) -> str:
        """The mention without its dependents: "Beamter des Weißen Hauses" -> "Beamter";
        appositions stay ("Der Berater der USA, Jake Sullivan" -> "Der Berater Jake Sullivan")."""
        doc = self.doc
        words, dependent = [], False
        for i in doc.tokens_in(mention.start, mention.end):
            if doc.starts[i] != mention.start and doc.lower[i] in self.cues.genitive_markers:
                dependent = True
            elif doc.lower[i] == ",":
                dependent = False
            elif not dependent:
                words.append(doc.text[doc.starts[i] : doc.ends[i]])
        return " ".join(words)

    def name_keys(self, mention: Span) -> list[str]:
        cached = self._keys_cache.get(mention)
        if cached is None:
            cached = self._keys_cache[mention] = self._compute_name_keys(mention)
        return cached

    def _compute_name_keys(self, mention: Span) -> list[str]:
        """Keys to match a mention by name: only for proper names, not for descriptions
        ("ein anderer Beamter" has none; "der Sprecher, Vedant Patel" has "patel")."""
        head = self.head_text(mention)
        words = head.split()
        capitalised = [
            w for w in words if w[:1].isupper() and w.lower() not in self.cues.determiners
        ]
        if not capitalised:
            return []
        last = capitalised[-1].lower()
        cues = self.cues
        common = last in cues.person_nouns or last in cues.org_nouns or last in cues.group_nouns
        if common or (words[0].lower() in cues.determiners and len(capitalised) < 2):
            return []
        return self._name_keys(head)

    def by_name(self, mention: Span) -> str | None:
        keys = self.name_keys(mention)
        for key in reversed(keys):
            for actor_id in self._name_index.get(key, ()):
                actor = self.by_id[actor_id]
                if actor.kind is ActorKind.PLACE and len(key.split()) < len(keys[-1].split()):
                    continue  # "Stadtwerke Rheinfelden" shares "Rheinfelden" with the town only
                return actor_id
        return None

    def resolve(
        self, mention: Span | None, last_speaker: str | None, since: int = -1
    ) -> str | None:
        """The actor id for a speaker mention (creating an actor when none fits)."""
        if mention is None:
            return None
        text = self.doc.text[mention.start : mention.end]
        lower = text.lower()
        if lower in self.cues.relative_pronouns:
            # "Smith, who said …": the nearest actor before it, not the last speaker
            found = self.antecedent(mention.start, "any", None)
            if found is not None:
                return found
            return self._create(text, mention, ActorKind.UNKNOWN, key=None)
        if lower in self.cues.pronouns:
            found = self.antecedent(mention.start, self.cues.pronouns[lower], last_speaker, since)
            if found is not None:
                return found
            return self._create(
                text, mention, _KINDS.get(self.cues.pronouns[lower], ActorKind.UNKNOWN), key=None
            )
        source = self._source_author(mention)
        if source is not None:
            return self.resolve(source, last_speaker)
        found = self.overlapping(mention) or (self.by_name(mention) if self._name_index else None)
        if found is None and self.actors:
            found = self.described(mention)
        if found is not None:
            return found
        kind = self.kind_of(mention)
        keys = self.name_keys(mention) if kind is ActorKind.PERSON else []
        if kind is ActorKind.PERSON and keys:
            for key in keys:
                if key in self._new_keys:
                    return self._add_mention(self._new_keys[key], mention)
        name = self._strip_determiner(text)
        norm = name.lower()
        if norm in self._new_keys:
            return self._add_mention(self._new_keys[norm], mention)
        actor_id = self._create(name, mention, kind, key=norm)
        if kind is ActorKind.PERSON:
            for key in keys:
                self._new_keys.setdefault(key, actor_id)
        return actor_id

    def _source_author(self, mention: Span) -> Span | None:
        """Who stands behind a source-document mention: "Angaben der Gewerkschaft" -> "der
        Gewerkschaft"; "eigenen Angaben" -> the sentence's subject ("Der Konzern bot nach
        eigenen Angaben …"). The mention itself stays as the corpus marks it."""
        doc, cues = self.doc, self.cues
        tokens = doc.tokens_in(mention.start, mention.end)
        if len(tokens) < 2 or not cues.prefix_nouns:
            return None
        first = tokens.start
        if doc.lower[first] in cues.reflexive_possessives:
            sentence = doc.sentences[doc.sentence_index(mention.start)]
            lo = sentence.token_start
            if lo >= first:
                return None
            subject = subject_of_sentence(doc, lo, first, cues)
            if subject is None or subject[1] > first or subject[1] <= subject[0]:
                return None
            return Span(doc.starts[subject[0]], doc.ends[subject[1] - 1])
        head = first + 1 if doc.lower[first] in cues.determiners else first
        if (
            head + 2 < tokens.stop
            and doc.lower[head] in cues.prefix_nouns
            and doc.lower[head + 1] in cues.genitive_markers
        ):
            return Span(doc.starts[head + 1], mention.end)
        return None

    def described(self, mention: Span) -> str | None:
        """A definite description naming no one ("der Gewerkschaft", "the campaign"): the
        nearest actor mentioned before it whose name contains the description's noun
        ("Gewerkschaft Fahrdienst und Schiene"); for a company noun ("der Konzern") also the
        nearest organisation whose name has no other kind of organisation noun ("Deutsche
        Bahn", not "Gewerkschaft Fahrdienst und Schiene")."""
        doc, cues = self.doc, self.cues
        tokens = doc.tokens_in(mention.start, mention.end)
        if len(tokens) != 2 or doc.lower[tokens.start] not in cues.definite_determiners:
            return None
        noun = doc.lower[tokens.start + 1]
        company = noun in cues.company_nouns
        other_kinds = cues.org_nouns - cues.company_nouns if company else frozenset()
        index = bisect.bisect_left(self._mention_starts, mention.start) - 1
        while index >= 0 and mention.start - self._mentions[index][0] < 3000:
            actor = self.by_id[self._mentions[index][2]]
            if actor.kind is not ActorKind.PLACE:
                words = actor.name.lower().replace("-", " ").split()
                if noun in words or (
                    company
                    and actor.kind is ActorKind.ORGANIZATION
                    and other_kinds.isdisjoint(words)
                ):
                    return actor.id
            index -= 1
        return None

    def _strip_determiner(self, text: str) -> str:
        words = text.split()
        if len(words) > 1 and words[0].lower() in self.cues.determiners:
            words = words[1:]
        return " ".join(words)

    def _create(self, name: str, mention: Span, kind: ActorKind, key: str | None) -> str:
        while True:
            self._counter += 1
            actor_id = f"q{self._counter}"
            if actor_id not in self._used:
                break
        self._used.add(actor_id)
        self.new[actor_id] = (name, kind, [mention])
        if key:
            self._new_keys[key] = actor_id
        return actor_id

    def _add_mention(self, actor_id: str, mention: Span) -> str:
        mentions = self.new[actor_id][2]
        if mention not in mentions:
            mentions.append(mention)
        return actor_id

    def created(self) -> tuple[Actor, ...]:
        """The actors this resolver had to create, each with its mentions in text order."""
        return tuple(
            unchecked(Actor, id=actor_id, name=name, kind=kind, mentions=tuple(sorted(mentions)))
            for actor_id, (name, kind, mentions) in self.new.items()
        )

    def kind(self, actor_id: str | None) -> ActorKind:
        actor = self.by_id.get(actor_id or "")
        if actor is not None:
            return actor.kind
        created = self.new.get(actor_id or "")
        return created[1] if created else ActorKind.UNKNOWN


# per compiled lexicon (``cues_for`` caches one per language; kept with its cache so the id
# stays its own): word part -> the kind it names
_PART_KINDS: dict[int, tuple[Cues, dict[str, ActorKind]]] = {}


def _part_kind(cues: Cues, part: str) -> ActorKind:
    """The kind a word part names on its own: "sprecher" a person, "ministerium" an
    organisation, "experten" a group; UNKNOWN otherwise."""
    if part in cues.person_nouns or cues.person_suffixes.search(part):
        return ActorKind.PERSON
    if part in cues.org_nouns or cues.org_suffixes.search(part):
        return ActorKind.ORGANIZATION
    if part in cues.group_nouns:
        return ActorKind.GROUP
    return ActorKind.UNKNOWN


def _fits(kind: ActorKind, wanted: str) -> bool:
    if wanted == "any":
        return kind is not ActorKind.PLACE
    if wanted == "person":
        return kind in (ActorKind.PERSON, ActorKind.UNKNOWN)
    if wanted == "organization":
        return kind in (ActorKind.ORGANIZATION, ActorKind.GROUP)
    if wanted == "group":
        return kind in (ActorKind.GROUP, ActorKind.ORGANIZATION, ActorKind.UNKNOWN)
    return True
