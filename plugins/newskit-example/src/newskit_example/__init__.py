"""An example newskit plugin.

- ``register_exporters`` adds the ``speakers`` export format: a Markdown report of each
  article's statements grouped by speaker, every quote with its character offsets.
- ``resolve_sentences`` splits articles whose metadata says ``sentences: lines`` into one
  sentence per non-blank line (corpora that arrive pre-split), and declines (returns ``None``)
  for every other article, so the built-in splitter handles those.

newskit finds this module through the entry point ``example = "newskit_example"`` in the group
``newskit`` (see ``pyproject.toml``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import IO

from newskit import Article, Exporter, Language, Sentence, Span, Statement, hookimpl

__version__ = "0.1.0"

#: The metadata key and value that ask for one sentence per line.
SENTENCES_KEY = "sentences"
LINES = "lines"

UNATTRIBUTED = "Unattributed"

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_SPACES = re.compile(r"\s+")


def inline(text: str) -> str:
    """Text made safe for one Markdown line: whitespace collapsed, markup characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text).strip())


def _offsets(spans: Iterable[Span]) -> str:
    return ", ".join(f"{span.start}–{span.end}" for span in spans)


def _statement_line(article: Article, statement: Statement) -> str:
    content = " … ".join(inline(article.slice(span)) for span in statement.content)
    details = [statement.kind.value]
    if statement.cue is not None:
        details.append(f"cue “{inline(article.slice(statement.cue))}”")
    if statement.date is not None:
        details.append(f"dated {statement.date.value}")
    details.append(f"chars {_offsets(statement.content)}")
    return f"- {content} ({'; '.join(details)})"


def speaker_report(article: Article) -> str:
    """One article as Markdown: a heading, then one section per speaker in order of their first
    statement, unattributed statements last."""
    lines = [f"# {inline(article.title or article.id)}", ""]
    facts = [f"id `{article.id}`"]
    if article.language:
        facts.append(f"language {article.language}")
    if article.published:
        facts.append(f"published {article.published.isoformat()}")
    count = len(article.statements)
    facts.append(f"{count} statement{'' if count == 1 else 's'}")
    lines += [", ".join(facts), ""]

    groups: dict[str | None, list[Statement]] = {}
    for statement in article.statements:
        groups.setdefault(statement.speaker, []).append(statement)
    # dicts keep insertion order: speakers appear in the order of their first statement
    order = [speaker for speaker in groups if speaker is not None]
    if None in groups:
        order.append(None)
    for speaker in order:
        if speaker is None:
            lines.append(f"## {UNATTRIBUTED}")
        else:
            actor = article.actor(speaker)
            lines.append(f"## {inline(actor.name)} ({actor.kind.value})")
        lines.append("")
        lines += [_statement_line(article, statement) for statement in groups[speaker]]
        lines.append("")
    return "\n".join(lines)


def write_speakers(articles: Iterable[Article], stream: IO[str]) -> None:
    """Write each article's report, separated by a horizontal rule."""
    for index, article in enumerate(articles):
        if index:
            stream.write("\n---\n\n")
        stream.write(speaker_report(article))
        stream.flush()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(
        Exporter(
            name="speakers",
            suffix=".md",
            write=write_speakers,
            media_type="text/markdown",
            description="Markdown report: statements grouped by speaker, with offsets",
        )
    )


@hookimpl
def resolve_sentences(article: Article, language: Language) -> list[Sentence] | None:
    """One sentence per non-blank line when the article asks for it; otherwise decline."""
    if article.meta(SENTENCES_KEY) != LINES:
        return None
    starts = [token.start for token in article.tokens]
    sentences = []
    position = 0
    for line in article.text.splitlines(keepends=True):
        line_end = position + len(line)
        first = bisect.bisect_left(starts, position)
        last = bisect.bisect_left(starts, line_end)  # tokens starting on this line
        if last > first:
            end = max(token.end for token in article.tokens[first:last])
            sentences.append(Sentence(article.tokens[first].start, end, first, last))
        position = line_end
    return sentences
