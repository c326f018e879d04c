"""Built-in plugin: rule-based tokens and sentences for German and English (``regex``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..hookspecs import hookimpl
from ..model import Article, Sentence, Token
from ..registrations import Language
from ..tokenization import split_sentences, tokenize


@hookimpl(trylast=True)
def resolve_tokens(article: Article, language: Language) -> Sequence[Token]:
    return tokenize(article.text, language)


@hookimpl(trylast=True)
def resolve_sentences(article: Article, language: Language) -> Sequence[Sentence]:
    return split_sentences(article.text, article.tokens, language)
