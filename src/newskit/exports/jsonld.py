"""The ``jsonld`` export: an article in the schema.org vocabulary, as JSON-LD.

Mapping (see docs/exports.md for an example):

- the article is a ``NewsArticle``: ``identifier`` (its id), ``headline``, ``datePublished``,
  ``inLanguage``, ``url``, ``author`` (metadata ``author``), ``articleBody`` (the exact text);
- each actor is a ``Person``, ``Organization`` or ``Place`` (a ``Country`` when it has a country
  code; ``Thing`` for groups and unknown kinds) in ``mentions``, with ``name``,
  ``alternateName`` (aliases), ``jobTitle`` (a person's roles) or ``description`` (others'
  roles) and ``identifier`` (the code);
- each statement is a ``Quotation`` in ``hasPart``: ``text`` (the content), ``spokenByCharacter``
  and ``creator`` (the speaker, by ``@id``), ``temporalCoverage`` (the TIMEX3 value of its date)
  and ``dateCreated`` when that value is a calendar date, ``additionalType`` (the statement
  kind), ``position`` (the character offset of its content).

Node ids are blank nodes named after the article and the object (``_:article.a1``), so several
articles in one document never share an id (two articles with the same id get ``article`` and
``article-2``); the article itself takes its ``url`` as ``@id``
when it has one. One article is written as one JSON-LD object; several as a ``@graph``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

import regex

from ..model import Actor, ActorKind, Article, Statement
from ._common import actors_by_id, content_text, unique

__all__ = ["CONTEXT", "article_node", "to_jsonld", "write_jsonld"]

CONTEXT = "https://schema.org"

_TYPES = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANIZATION: "Organization",
    ActorKind.PLACE: "Place",
    ActorKind.GROUP: "Thing",
    ActorKind.UNKNOWN: "Thing",
}
_CALENDAR_DATE = regex.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_NOT_NAME = regex.compile(r"[^\p{L}\p{N}_-]+")


def _label(article: Article) -> str:
    return _NOT_NAME.sub("_", article.id) or "article"


def _node_id(label: str, local: str) -> str:
    # labels and local ids never contain ".", so distinct pairs give distinct ids
    return f"_:{label}.{_NOT_NAME.sub('_', local)}"


def _actor_node(article: Article, actor: Actor, label: str) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": _TYPES[actor.kind], "@id": _node_id(label, actor.id)}
    if actor.kind is ActorKind.PLACE and actor.code:
        node["@type"] = "Country"
    node["name"] = actor.name
    aliases = unique(alias for alias in actor.aliases if alias != actor.name)
    if aliases:
        node["alternateName"] = aliases
    roles = unique(article.slice(span) for span in actor.roles)
    if roles:
        node["jobTitle" if actor.kind is ActorKind.PERSON else "description"] = (
            roles[0] if len(roles) == 1 else roles
        )
    if actor.code:
        node["identifier"] = actor.code
    return node


def _quotation_node(
    article: Article, statement: Statement, actors: dict[str, Actor], label: str
) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Quotation",
        "@id": _node_id(label, statement.id),
        "text": content_text(article, statement),
        "additionalType": statement.kind.value,
        "position": statement.content[0].start,
    }
    if statement.speaker is not None and statement.speaker in actors:
        reference = {"@id": _node_id(label, statement.speaker)}
        node["spokenByCharacter"] = reference
        node["creator"] = reference
    if statement.date is not None:
        node["temporalCoverage"] = statement.date.value
        if _CALENDAR_DATE.match(statement.date.value):
            node["dateCreated"] = statement.date.value
    return node


def article_node(article: Article, label: str | None = None) -> dict[str, Any]:
    """The ``NewsArticle`` node of one article, without ``@context``; ``label`` names its
    blank nodes (default: the article id made safe)."""
    label = label or _label(article)
    node: dict[str, Any] = {"@type": "NewsArticle"}
    node["@id"] = article.url or _node_id(label, "article")
    node["identifier"] = article.id
    if article.title:
        node["headline"] = article.title
    if article.published:
        node["datePublished"] = article.published.isoformat()
    if article.language:
        node["inLanguage"] = article.language
    if article.url:
        node["url"] = article.url
    author = article.meta("author")
    if author:
        node["author"] = {"@type": "Person", "name": author}
    node["articleBody"] = article.text
    if article.actors:
        node["mentions"] = [_actor_node(article, actor, label) for actor in article.actors]
    actors = actors_by_id(article)
    if article.statements:
        node["hasPart"] = [
            _quotation_node(article, statement, actors, label) for statement in article.statements
        ]
    return node


def to_jsonld(articles: Iterable[Article]) -> dict[str, Any]:
    """One JSON-LD document: the article node with ``@context``, or a ``@graph`` of several."""
    nodes = []
    used: set[str] = set()
    for article in articles:  # two articles with the same id still get distinct blank nodes
        label, number = _label(article), 1
        while label in used:
            number += 1
            label = f"{_label(article)}-{number}"
        used.add(label)
        nodes.append(article_node(article, label))
    if len(nodes) == 1:
        return {"@context": CONTEXT, **nodes[0]}
    return {"@context": CONTEXT, "@graph": nodes}


def write_jsonld(articles: Iterable[Article], stream: IO[str]) -> None:
    """Write the articles as one JSON-LD document."""
    json.dump(to_jsonld(articles), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
