"""From a Stanza ``Document`` to newskit objects: tokens, sentences and actors.

Offsets are the point: every newskit span must index the exact article text. Stanza reports
``start_char`` / ``end_char`` per token; :func:`align` accepts them where the text there is the
token's text and otherwise finds the token in the text after the previous one (Stanza documents
read from CoNLL-U have no offsets; a text Stanza normalised may shift them). A token that cannot
be found is dropped rather than given a wrong span.

The functions take any object shaped like a Stanza ``Document`` (``sentences`` -> ``tokens``
-> ``words``), so they are tested on documents built offline from CoNLL-U or from dicts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import frozen

from newskit import Actor, ActorKind, Article, Sentence, Span, Token

from .lexicon import ENTITY_KINDS

__all__ = ["Parsed", "ParsedSentence", "Word", "actors_from", "align", "parse_document"]

#: How far past the previous token :func:`align` looks for a token without usable offsets.
SEARCH_WINDOW = 2000


@frozen
class Word:
    """A syntactic word of a parsed sentence, with its span in the article text."""

    id: int  # 1-based within the sentence, as in CoNLL-U
    text: str
    lemma: str
    upos: str
    head: int  # 0 for the root
    deprel: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def relation(self) -> str:
        """The universal part of the relation: ``nsubj`` for ``nsubj:pass``."""
        return self.deprel.split(":", 1)[0]


@frozen
class ParsedSentence:
    start: int
    end: int
    token_start: int
    token_end: int
    words: tuple[Word, ...]


@frozen
class Parsed:
    """What the backend keeps of one Stanza document."""

    tokens: tuple[Token, ...]
    sentences: tuple[ParsedSentence, ...]
    #: (Stanza entity type, span) in text order.
    entities: tuple[tuple[str, Span], ...]

    def newskit_sentences(self) -> tuple[Sentence, ...]:
        return tuple(Sentence(s.start, s.end, s.token_start, s.token_end) for s in self.sentences)


def _squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def align(text: str, pieces: Sequence[tuple[str, int | None, int | None]]) -> list[Span | None]:
    """Character spans in ``text`` for token ``(form, start_char, end_char)`` triples, in order.

    Each span is at or after the end of the previous one and ``text[span]`` is the token's form
    (compared without whitespace and in NFC, since Stanza may normalise both); ``None`` for a
    token that cannot be placed.
    """
    spans: list[Span | None] = []
    cursor = 0
    length = len(text)
    for form, start, end in pieces:
        span: Span | None = None
        target = _squeeze(form)
        if (
            isinstance(start, int)
            and isinstance(end, int)
            and cursor <= start < end <= length
            and (text[start:end] == form or _squeeze(text[start:end]) == target)
        ):
            span = Span(start, end)
        elif form:
            found = text.find(form, cursor, cursor + SEARCH_WINDOW + len(form))
            if found >= 0:
                span = Span(found, found + len(form))
            elif target:
                span = _find_squeezed(text, target, cursor)
        if span is not None:
            cursor = span.end
        spans.append(span)
    return spans


def _find_squeezed(text: str, target: str, cursor: int) -> Span | None:
    """Find ``target`` in ``text`` from ``cursor`` ignoring whitespace and normalisation: start
    at each of the next non-space characters that could begin it."""
    limit = min(len(text), cursor + SEARCH_WINDOW)
    first = target[0]
    for begin in range(cursor, limit):
        if unicodedata.normalize("NFC", text[begin]) != first and text[begin] != first:
            continue
        matched = ""
        position = begin
        while position < len(text) and len(matched) < len(target):
            char = text[position]
            if not char.isspace():
                matched += unicodedata.normalize("NFC", char)
            position += 1
            if not target.startswith(matched):
                break
        if matched == target:
            return Span(begin, position)
    return None


def _entity_spans(tags: Sequence[tuple[str | None, Span]]) -> list[tuple[str, Span]]:
    """Decode BIOES (or BIO) tags of consecutive tokens into (type, span) entities."""
    entities: list[tuple[str, Span]] = []
    current: tuple[str, int, int] | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            entities.append((current[0], Span(current[1], current[2])))
        current = None

    for tag, span in tags:
        if not tag or tag == "O" or "-" not in tag:
            close()
            continue
        prefix, label = tag.split("-", 1)
        if prefix in ("B", "S") or current is None or current[0] != label:
            close()
            current = (label, span.start, span.end)
        else:  # I or E continuing the open entity
            current = (label, current[1], span.end)
        if prefix in ("S", "E"):
            close()
    close()
    return entities


def parse_document(document: Any, text: str) -> Parsed:
    """Tokens, sentences, words and entities of a Stanza ``Document`` over ``text``."""
    stanza_tokens = [token for sentence in document.sentences for token in sentence.tokens]
    spans = align(text, [(token.text, token.start_char, token.end_char) for token in stanza_tokens])
    tokens: list[Token] = []
    sentences: list[ParsedSentence] = []
    tags: list[tuple[str | None, Span]] = []
    position = 0
    for sentence in document.sentences:
        first = len(tokens)
        words: list[Word] = []
        for token in sentence.tokens:
            span = spans[position]
            position += 1
            if span is None:
                tags.append((None, Span(0, 0)))
                continue
            tokens.append(Token(span.start, span.end))
            tags.append((getattr(token, "ner", None), span))
            words.extend(_words_of(token, span, text))
        if len(tokens) > first:
            sentences.append(
                ParsedSentence(
                    tokens[first].start, tokens[-1].end, first, len(tokens), tuple(words)
                )
            )
    return Parsed(tuple(tokens), tuple(sentences), tuple(_entity_spans(tags)))


def _words_of(token: Any, span: Span, text: str) -> list[Word]:
    words = list(token.words)
    result = []
    for word in words:
        start, end = span.start, span.end
        if len(words) > 1:  # a multi-word token: the word's own offsets if they hold
            ws, we = getattr(word, "start_char", None), getattr(word, "end_char", None)
            if isinstance(ws, int) and isinstance(we, int) and span.start <= ws < we <= span.end:
                start, end = ws, we
        result.append(
            Word(
                id=int(word.id),
                text=word.text or text[start:end],
                lemma=(word.lemma or word.text or "").lower(),
                upos=word.upos or "",
                head=int(word.head) if word.head is not None else -1,
                deprel=word.deprel or "",
                start=start,
                end=end,
            )
        )
    return result


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def actors_from(
    article: Article, entities: Iterable[tuple[str, Span]], prefix: str = "stanza-a"
) -> list[Actor]:
    """Actors from Stanza entities: mentions with the same name (case and spacing aside) are
    one actor, and a one-word person mention that is the last word of an earlier person's name
    ("Weselsky" after "Claus Weselsky") joins that person. Entity types not in
    :data:`~newskit_stanza.lexicon.ENTITY_KINDS` and mentions in boilerplate are skipped."""
    groups: list[dict[str, Any]] = []
    by_key: dict[tuple[ActorKind, str], dict[str, Any]] = {}
    surnames: dict[str, dict[str, Any]] = {}
    for label, span in entities:
        kind = ENTITY_KINDS.get(label.upper())
        if kind is None or len(span) == 0 or article.is_boilerplate(span):
            continue
        surface = " ".join(article.slice(span).split())
        key = _key(surface)
        group = by_key.get((kind, key))
        if group is None and kind is ActorKind.PERSON and " " not in key:
            group = surnames.get(key)
        if group is None:
            group = {"kind": kind, "names": [], "mentions": []}
            groups.append(group)
            by_key[(kind, key)] = group
        if surface not in group["names"]:
            group["names"].append(surface)
        group["mentions"].append(span)
        if kind is ActorKind.PERSON and " " in key:
            surnames.setdefault(key.rsplit(" ", 1)[1], group)
    actors = []
    for index, group in enumerate(groups, start=1):
        names = group["names"]
        name = max(names, key=len)  # the longest, first of equals
        actors.append(
            Actor(
                id=f"{prefix}{index}",
                name=name,
                kind=group["kind"],
                mentions=tuple(sorted(set(group["mentions"]))),
                aliases=tuple(other for other in names if other != name),
            )
        )
    return actors
