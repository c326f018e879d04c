"""Quote attribution on dependency parses.

For every verb of saying (its lemma in the language's lexicons) in a parsed sentence:

- the **content** is the subtree of its ``ccomp`` or ``parataxis`` dependent ("Er sagte, er
  komme morgen"), or, when the verb is itself the ``parataxis`` dependent of the quoted clause
  (Universal Dependencies' analysis of "„Wir streiken“, sagte Weselsky"), the subtree of its
  head without the reporting clause, and likewise for a comment clause introduced by a
  ``stanza_as_markers`` word ("Die Lage sei ernst, wie Faeser betonte"); punctuation at the
  edges is trimmed, and the content is several spans when the reporting clause interrupts it;
- the **speaker** is its ``nsubj`` (or the ``obl:agent`` of a passive; a conjoined verb without
  a subject of its own takes its first conjunct's), linked to the actor with
  a mention there; a pronoun is kept as ``speaker_mention`` without an actor, and a noun phrase
  no actor covers ("ein Sprecher des Ministeriums") becomes a new actor of the attribution;
- the **cue** is the verb, the **frame** the reporting clause around it, the **date** a time
  expression inside the frame;
- the **kind** is ``direct`` when quotation marks enclose the content (a quote that began in an
  earlier sentence is extended back to its opening mark), ``mixed`` when the content contains
  quoted parts (kept as ``verbatim``), ``indirect`` otherwise.

Reported speech inside the content of another statement is not attributed twice.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence

import attrs

from newskit import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    Language,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
)

from .convert import ParsedSentence, Word
from .lexicon import QUOTE_MARKS

__all__ = ["attribute", "quote_marks", "speech_lemmas"]

CONTENT_RELATIONS = ("ccomp", "parataxis")
SPEAKER_RELATIONS = ("nsubj",)
#: Dependents that belong to a speaker's name ("GDL-Chef Claus Weselsky") ...
NAME_RELATIONS = ("flat", "compound", "appos", "fixed", "punct")
#: A description ("ein Sprecher des Ministeriums") is the speaker's subtree without clauses.
CLAUSE_RELATIONS = (
    "acl",
    "advcl",
    "ccomp",
    "conj",
    "cc",
    "parataxis",
    "dislocated",
    "vocative",
    "reparandum",
)
QUOTE_SEARCH = 3000


@functools.lru_cache(maxsize=16)
def speech_lemmas(language: Language) -> frozenset[str]:
    """Lemmas of verbs of saying: the backend's ``stanza_speech_lemmas`` and every lemma named
    by newskit's ``quote_verbs`` lexicon (``form=lemma``, ``form|particle=lemma``)."""
    lemmas = {entry.strip().lower() for entry in language.lexicon("stanza_speech_lemmas")}
    for entry in language.lexicon("quote_verbs"):
        if "=" in entry:
            lemmas.add(entry.rsplit("=", 1)[1].strip().lower())
    lemmas.discard("")
    return frozenset(lemmas)


@functools.lru_cache(maxsize=16)
def quote_marks(language: Language) -> frozenset[str]:
    """Every quotation-mark character of the language's ``quote_marks`` lexicon."""
    marks = {char for entry in language.lexicon("quote_marks") for char in entry}
    return frozenset(marks or QUOTE_MARKS)


def _subtree(root: int, children: dict[int, list[int]]) -> set[int]:
    seen = {root}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def _runs(ids: Iterable[int], words: dict[int, Word]) -> list[list[Word]]:
    """Consecutive word ids as runs, punctuation trimmed at both ends, empty runs dropped."""
    runs: list[list[Word]] = []
    previous = None
    for word_id in sorted(ids):
        if previous is None or word_id != previous + 1:
            runs.append([])
        runs[-1].append(words[word_id])
        previous = word_id
    trimmed = []
    for run in runs:
        while run and run[0].upos == "PUNCT":
            run = run[1:]
        while run and run[-1].upos == "PUNCT":
            run = run[:-1]
        if run:
            trimmed.append(run)
    return trimmed


def _lemma(word: Word, children: dict[int, list[int]], words: dict[int, Word]) -> str:
    """The verb's lemma with a separable particle joined to it ("mit" + "teilen")."""
    for child in children.get(word.id, ()):
        if words[child].deprel == "compound:prt":
            return words[child].text.lower() + word.lemma
    return word.lemma


def _depth(word: Word, words: dict[int, Word]) -> int:
    depth = 0
    current = word
    while current.head in words and depth < len(words):
        current = words[current.head]
        depth += 1
    return depth


class _Attributor:
    def __init__(self, article: Article, language: Language, actors: Sequence[Actor]) -> None:
        self.article = article
        self.lemmas = speech_lemmas(language)
        self.marks = quote_marks(language)
        self.as_markers = frozenset(
            entry.lower() for entry in language.lexicon("stanza_as_markers")
        )
        self.actors = list(actors)
        self.added: dict[str, Actor] = {}
        self.statements: list[Statement] = []

    # --- speakers ------------------------------------------------------------------------------

    def _speaker(
        self, word: Word, name: Sequence[Span], phrase: Span
    ) -> tuple[str | None, Span | None]:
        """The actor speaking through ``word``: one with a mention on the word or on its name
        (flat, compound, appos), else a pronoun (no actor), else a new anonymous actor for the
        description ``phrase`` (a noun phrase no recogniser listed)."""
        for candidate in (word.span, *name):
            for actor in [*self.actors, *self.added.values()]:
                for mention in actor.mentions:
                    if mention.overlaps(candidate):
                        return actor.id, mention
        if word.upos == "PRON" or word.upos == "DET":
            return None, word.span
        if word.upos not in ("NOUN", "PROPN"):
            return None, None
        description = " ".join(self.article.slice(phrase).split())
        for actor in self.added.values():
            if actor.name == description:  # the same description again: the same anonymous actor
                if phrase not in actor.mentions:
                    mentions = tuple(sorted((*actor.mentions, phrase)))
                    self.added[actor.id] = attrs.evolve(actor, mentions=mentions)
                return actor.id, phrase
        actor_id = f"stanza-s{len(self.added) + 1}"
        self.added[actor_id] = Actor(
            id=actor_id, name=description, kind=ActorKind.UNKNOWN, mentions=(phrase,)
        )
        return actor_id, phrase

    def _phrases(
        self,
        head: Word,
        children: dict[int, list[int]],
        words: dict[int, Word],
        follow: Callable[[str], bool],
    ) -> list[Span]:
        """The words reached from ``head`` through relations ``follow`` accepts, as contiguous
        spans without punctuation or a preposition at the edges; the one with ``head`` first."""
        ids = {head.id}
        stack = [head.id]
        while stack:
            for child in children.get(stack.pop(), ()):
                if follow(words[child].relation) and child not in ids:
                    ids.add(child)
                    stack.append(child)
        runs = sorted(_runs(ids, words), key=lambda run: all(w.id != head.id for w in run))
        if not runs or all(w.id != head.id for w in runs[0]):
            runs.insert(0, [head])
        spans = []
        for run in runs:
            while len(run) > 1 and run[0].relation == "case":  # "von der Polizei", not "von"
                run = run[1:]
            spans.append(Span(run[0].start, run[-1].end))
        return spans

    # --- content -------------------------------------------------------------------------------

    def _extend_to_opening_mark(self, start: int) -> int | None:
        """The position after the opening mark of a quote that contains ``start`` and began
        earlier, or None when there is none."""
        text = self.article.text
        position = start - 1
        limit = max(0, start - QUOTE_SEARCH)
        while position >= limit:
            char = text[position]
            if char in self.marks:
                # an opening mark is followed by text, a closing one preceded by it
                before = text[position - 1] if position > 0 else " "
                if before.isspace() or before in "([—–-" or position == 0:
                    return position + 1
                return None  # a closing mark: the quote does not reach back
            position -= 1
        return None

    def _kind(self, content: list[Span]) -> tuple[StatementKind, list[Span], tuple[Span, ...]]:
        text = self.article.text
        start, end = content[0].start, content[-1].end
        before = text[max(0, start - 3) : start].rstrip()
        after = text[end : end + 4].lstrip(" ,.;:!?")
        opened = bool(before) and before[-1] in self.marks
        closed = bool(after) and after[0] in self.marks
        if closed and not opened:
            extended = self._extend_to_opening_mark(start)
            if extended is not None:
                while extended < start and text[extended].isspace():
                    extended += 1
                content = [Span(extended, content[0].end), *content[1:]]
                opened = True
        if opened and closed:
            return StatementKind.DIRECT, content, ()
        last = content[-1]
        inside = sum(text[i] in self.marks for span in content for i in range(span.start, span.end))
        if inside % 2 and last.end < len(text) and text[last.end] in self.marks:
            content = [*content[:-1], Span(last.start, last.end + 1)]  # its closing mark
        verbatim = tuple(self._quoted_parts(content))
        if verbatim:
            return StatementKind.MIXED, content, verbatim
        return StatementKind.INDIRECT, content, ()

    def _quoted_parts(self, content: list[Span]) -> Iterable[Span]:
        text = self.article.text
        for span in content:
            opening = None
            for position in range(span.start, span.end):
                if text[position] in self.marks:
                    if opening is None:
                        opening = position
                    else:
                        if position > opening + 1:
                            yield Span(opening + 1, position)
                        opening = None

    # --- one sentence --------------------------------------------------------------------------

    def sentence(self, sentence: ParsedSentence) -> None:
        words = {word.id: word for word in sentence.words}
        children: dict[int, list[int]] = {}
        for word in sentence.words:
            children.setdefault(word.head, []).append(word.id)
        cues = [
            word
            for word in sentence.words
            if word.upos in ("VERB", "AUX") and _lemma(word, children, words) in self.lemmas
        ]
        for verb in sorted(cues, key=lambda w: (_depth(w, words), w.id)):
            if any(
                span.contains(verb.span)
                for statement in self.statements
                for span in statement.content
            ):
                continue  # reported speech inside a statement already attributed
            self._verb(verb, words, children)

    def _verb(self, verb: Word, words: dict[int, Word], children: dict[int, list[int]]) -> None:
        frame_ids = _subtree(verb.id, children)
        content_ids: set[int] = set()
        for child in children.get(verb.id, ()):
            if words[child].relation in CONTENT_RELATIONS:
                content_ids |= _subtree(child, children)
        if content_ids:
            frame_ids -= content_ids
        elif verb.head in words and (
            verb.relation == "parataxis"
            or (verb.relation == "advcl" and self._as_clause(verb, words, children))
        ):  # "„…“, sagte X" and "…, wie X betonte": the clause the verb hangs from
            content_ids = _subtree(verb.head, children) - frame_ids
        if not content_ids:
            return
        runs = _runs(content_ids, words)
        if not runs:
            return
        content = [Span(run[0].start, run[-1].end) for run in runs]
        kind, content, verbatim = self._kind(content)

        speaker = speaker_mention = None
        subject_of = verb
        if (
            verb.relation == "conj"
            and verb.head in words
            and not any(words[c].relation == "nsubj" for c in children.get(verb.id, ()))
        ):  # "X sagte ... und fügte hinzu, ...": the subject of the first verb
            subject_of = words[verb.head]
        for child in children.get(subject_of.id, ()):
            word = words[child]
            if word.deprel in ("nsubj", "obl:agent") or (
                word.relation in SPEAKER_RELATIONS and word.deprel != "nsubj:pass"
            ):
                speaker, speaker_mention = self._speaker(
                    word,
                    self._phrases(word, children, words, lambda r: r in NAME_RELATIONS),
                    self._phrases(word, children, words, lambda r: r not in CLAUSE_RELATIONS)[0],
                )
                break

        frame_runs = [run for run in _runs(frame_ids, words) if verb in run]
        frame = Span(frame_runs[0][0].start, frame_runs[0][-1].end) if frame_runs else verb.span
        if any(frame.overlaps(span) for span in content):
            frame = verb.span
        self.statements.append(
            Statement(
                id=f"stanza-q{len(self.statements) + 1}",
                content=tuple(content),
                kind=kind,
                speaker=speaker,
                speaker_mention=speaker_mention,
                cue=verb.span,
                frame=frame,
                verbatim=verbatim,
                date=self._date(frame),
            )
        )

    def _as_clause(
        self, verb: Word, words: dict[int, Word], children: dict[int, list[int]]
    ) -> bool:
        """True for a comment clause introduced by "wie" / "as" (``stanza_as_markers``)."""
        return any(
            words[child].relation == "mark" and words[child].lemma in self.as_markers
            for child in children.get(verb.id, ())
        )

    def _date(self, frame: Span) -> TimeExpression | None:
        for date in self.article.dates:
            if frame.contains(date.span):
                return date
        return None


def attribute(
    article: Article,
    language: Language,
    sentences: Iterable[ParsedSentence],
    actors: Sequence[Actor] | None = None,
) -> Attribution:
    """Statements of the parsed ``sentences`` of ``article``, their speakers linked to
    ``actors`` (default: ``article.actors``); actors no one else listed come back with them."""
    attributor = _Attributor(article, language, article.actors if actors is None else actors)
    for sentence in sentences:
        attributor.sentence(sentence)
    return Attribution(statements=attributor.statements, actors=tuple(attributor.added.values()))
