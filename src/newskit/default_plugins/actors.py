"""Built-in plugin: actor recognition (first cut: multi-word capitalised names)."""

from __future__ import annotations

import regex

from ..hookspecs import hookimpl
from ..model import Actor, ActorKind, Article, Span
from ..registrations import Language

_NAME = regex.compile(r"\b\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+\b")


@hookimpl(trylast=True)
def extract_actors(article: Article, language: Language) -> list[Actor]:
    stopwords = {word.capitalize() for word in language.lexicon("stopwords")}
    found: dict[str, list[Span]] = {}
    for match in _NAME.finditer(article.text):
        words = regex.split(r"[ -]", match.group())
        while words and words[0] in stopwords:
            words = words[1:]
        if len(words) < 2:
            continue
        start = match.end() - len(" ".join(words))
        span = Span(start, match.end())
        if article.is_boilerplate(span):
            continue
        found.setdefault(article.slice(span), []).append(span)
    return [
        Actor(id=f"a{index}", name=name, kind=ActorKind.UNKNOWN, mentions=spans)
        for index, (name, spans) in enumerate(found.items(), start=1)
    ]
