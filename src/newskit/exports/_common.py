"""Helpers shared by the export formats: names, texts and dates of statements."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Actor, Article, Span, Statement

#: Joins the parts of a quote interrupted by its frame ("„Wir sind“, sagte er, „bereit“").
PART_SEPARATOR = " … "


def span_text(article: Article, span: Span | None) -> str:
    """The text of a span, or ``""`` for None."""
    return "" if span is None else article.slice(span)


def content_text(article: Article, statement: Statement) -> str:
    """The statement's content, its parts joined by :data:`PART_SEPARATOR`."""
    return PART_SEPARATOR.join(article.slice(span) for span in statement.content)


def actors_by_id(article: Article) -> dict[str, Actor]:
    return {actor.id: actor for actor in article.actors}


def speaker_of(article: Article, statement: Statement, actors: dict[str, Actor]) -> Actor | None:
    """The speaking actor, or None when the statement has no (known) speaker."""
    if statement.speaker is None:
        return None
    return actors.get(statement.speaker)


def speaker_name(article: Article, statement: Statement, actors: dict[str, Actor]) -> str:
    """The speaker's canonical name; else the text of the speaker mention; else ``""``."""
    actor = speaker_of(article, statement, actors)
    if actor is not None and actor.name:
        return actor.name
    return span_text(article, statement.speaker_mention)


def roles_text(article: Article, actor: Actor, separator: str = " | ") -> str:
    """The actor's role descriptions, each once, in text order."""
    return separator.join(unique(article.slice(span) for span in actor.roles))


def unique(items: Iterable[str]) -> list[str]:
    """Items without duplicates and empty strings, first occurrence kept."""
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return list(seen)


def statements_by_speaker(article: Article) -> dict[str, int]:
    """Actor id -> number of statements it speaks."""
    counts: dict[str, int] = {}
    for statement in article.statements:
        if statement.speaker is not None:
            counts[statement.speaker] = counts.get(statement.speaker, 0) + 1
    return counts
