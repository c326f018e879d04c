"""The ``html`` export: one self-contained page to read the results.

The page shows each article's text with every statement highlighted in its speaker's colour,
cues underlined, dates dotted (hover for the resolved value), actor mentions in bold; then the
actors with their roles (the colour legend), the statements and the dates with their values.

It is safe to open: article text is untrusted, so every piece of text is escaped; the page has
no script and loads nothing (a Content-Security-Policy forbids it); the CSS is in the page.
The text keeps its exact characters and line breaks (``white-space: pre-wrap``); a date's
resolved value is shown after it by CSS (``attr(data-date-value)``), not inserted into the text.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable
from typing import IO

from ..model import Actor, Article, Span
from ._common import (
    actors_by_id,
    content_text,
    roles_text,
    span_text,
    speaker_name,
    statements_by_speaker,
)

__all__ = ["render_html", "speaker_colours", "write_html"]

# Light, distinguishable background colours for the first speakers; more get generated hues.
_PALETTE = (
    "#ffe08a", "#a8d8ff", "#b9f2a1", "#ffb8b8", "#dcc6ff",
    "#ffd0a1", "#a1f0e6", "#f5b8e6", "#d9e8a1", "#c8c8ff",
)  # fmt: skip
_UNKNOWN_SPEAKER = "#e2e2e2"

_CSS = """
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
  max-width: 60rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ddd; }
article { margin-bottom: 3rem; }
.meta { color: #555; font-size: .9rem; margin: 0 0 1rem; }
.meta span + span::before { content: " · "; }
.legend { font-size: .9rem; margin: .5rem 0 1rem; }
.legend > span { display: inline-block; margin: 0 .8rem .3rem 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fafafa;
  border: 1px solid #e5e5e5; border-radius: 6px; padding: 1rem 1.2rem; }
.q { border-radius: 2px; }
.cue { text-decoration: underline 2px #c0392b; text-underline-offset: 3px; }
.m { font-weight: 650; }
.role { font-style: italic; }
.d { border-bottom: 2px dotted #1f6fb2; }
[data-date-value]::after { content: " " attr(data-date-value); font-size: .68em;
  color: #1f6fb2; vertical-align: super; font-weight: normal; font-style: normal; }
.hl { font-weight: 650; font-size: 1.08em; }
.bp { color: #999; }
.sw { display: inline-block; width: .9em; height: .9em; border: 1px solid #999;
  vertical-align: -.1em; margin-right: .3em; border-radius: 2px; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
  border-bottom: 1px solid #eee; }
th { background: #f3f3f3; }
code { font-size: .85em; }
nav ol { margin: .2rem 0 2rem; }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _colour(index: int) -> str:
    if index < len(_PALETTE):
        return _PALETTE[index]
    return f"hsl({(index * 137.508) % 360:.0f}, 80%, 82%)"


def speaker_colours(article: Article) -> dict[str, str]:
    """Speaking actor id -> background colour, in order of their first statement."""
    colours: dict[str, str] = {}
    for statement in article.statements:
        if statement.speaker is not None and statement.speaker not in colours:
            colours[statement.speaker] = _colour(len(colours))
    return colours


class _Mark:
    __slots__ = ("classes", "data", "end", "start", "style", "title")

    def __init__(
        self,
        span: Span,
        classes: str,
        title: str,
        style: str = "",
        data: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.start, self.end = span.start, span.end
        self.classes, self.title, self.style, self.data = classes, title, style, data


def _marks(article: Article, colours: dict[str, str]) -> list[_Mark]:
    actors = actors_by_id(article)
    marks: list[_Mark] = [
        _Mark(span, "bp", "boilerplate (not article text)") for span in article.boilerplate
    ]
    if article.headline is not None:
        marks.append(_Mark(article.headline, "hl", "headline"))
    for actor in article.actors:
        label = f"{actor.name} ({actor.kind.value})"
        roles = roles_text(article, actor)
        if roles:
            label += f": {roles}"
        style = f"border-bottom: 3px solid {colours[actor.id]}" if actor.id in colours else ""
        marks.extend(
            _Mark(span, "m", label, style, (("actor", actor.id),)) for span in actor.mentions
        )
        marks.extend(_Mark(span, "role", f"role of {actor.name}") for span in actor.roles)
    for expression in article.dates:
        title = f"date: {expression.value} ({expression.type.value}"
        title += f", {expression.modifier})" if expression.modifier else ")"
        marks.append(_Mark(expression.span, "d", title, "", (("date-value", expression.value),)))
    for statement in article.statements:
        who = speaker_name(article, statement, actors) or "unknown speaker"
        colour = colours.get(statement.speaker or "", _UNKNOWN_SPEAKER)
        title = f"{statement.kind.value} statement {statement.id} by {who}"
        if statement.date is not None:
            title += f", dated {statement.date.value}"
        data = (("statement", statement.id), ("speaker", who))
        for span in statement.content:
            marks.append(_Mark(span, "q", title, f"background: {colour}", data))
        if statement.cue is not None:
            marks.append(_Mark(statement.cue, "cue", f"cue of {statement.id} ({who})"))
        if statement.date is not None and statement.date not in article.dates:
            label = f"date: {statement.date.value}"
            value = (("date-value", statement.date.value),)
            marks.append(_Mark(statement.date.span, "d", label, "", value))
    return [mark for mark in marks if mark.end > mark.start]


def _render_text(article: Article, colours: dict[str, str]) -> str:
    """The text cut at every mark boundary; each piece one <span> carrying all marks over it."""
    text = article.text
    marks = _marks(article, colours)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    for start, end in itertools.pairwise(cuts):
        piece = _e(text[start:end])
        active = [m for m in marks if m.start <= start and end <= m.end]
        if not active:
            out.append(piece)
            continue
        classes = " ".join(dict.fromkeys(c for m in active for c in m.classes.split()))
        styles = "; ".join(m.style for m in active if m.style)
        titles = "\n".join(dict.fromkeys(m.title for m in active))
        data = "".join(
            f' data-{key}="{_e(value)}"'
            for m in active
            for key, value in m.data
            if key != "date-value" or m.end == end  # the value shows once, after the date
        )
        style = f' style="{_e(styles)}"' if styles else ""
        out.append(f'<span class="{classes}"{style} title="{_e(titles)}"{data}>{piece}</span>')
    return "".join(out)


def _swatch(colour: str) -> str:
    return f'<span class="sw" style="background: {_e(colour)}"></span>'


def _meta(article: Article) -> str:
    items = [f"<span>id <code>{_e(article.id)}</code></span>"]
    if article.published:
        items.append(f"<span>published {_e(article.published.isoformat())}</span>")
    if article.language:
        items.append(f"<span>language {_e(article.language)}</span>")
    author = article.meta("author")
    if author:
        items.append(f"<span>by {_e(author)}</span>")
    if article.url:
        if article.url.lower().startswith(("http://", "https://")):
            link = f'<a href="{_e(article.url)}" rel="noreferrer">{_e(article.url)}</a>'
            items.append(f"<span>{link}</span>")
        else:
            items.append(f"<span>{_e(article.url)}</span>")
    elif article.source:
        items.append(f"<span>source {_e(article.source)}</span>")
    return f'<p class="meta">{"".join(items)}</p>'


def _legend(article: Article, colours: dict[str, str]) -> str:
    actors = actors_by_id(article)
    parts = [
        f"<span>{_swatch(colour)}{_e(actors[key].name if key in actors else key)}</span>"
        for key, colour in colours.items()
    ]
    if any(s.speaker is None or s.speaker not in actors for s in article.statements):
        parts.append(f"<span>{_swatch(_UNKNOWN_SPEAKER)}unknown speaker</span>")
    parts.append('<span><span class="cue">cue</span></span>')
    parts.append('<span><span class="d">date</span> with its value</span>')
    parts.append('<span><span class="m">actor</span></span>')
    return f'<div class="legend"><strong>Speakers:</strong> {"".join(parts)}</div>'


def _actor_row(article: Article, actor: Actor, colours: dict[str, str], spoken: int) -> str:
    swatch = _swatch(colours[actor.id]) if actor.id in colours else ""
    aliases = ", ".join(actor.aliases)
    return (
        f'<tr id="{_e(article.id)}-{_e(actor.id)}"><td>{swatch}{_e(actor.name)}</td>'
        f"<td>{_e(actor.kind.value)}</td><td>{_e(roles_text(article, actor, '; '))}</td>"
        f"<td>{_e(aliases)}</td><td>{len(actor.mentions)}</td><td>{spoken}</td></tr>"
    )


def _tables(article: Article, colours: dict[str, str]) -> str:
    actors = actors_by_id(article)
    spoken = statements_by_speaker(article)
    parts: list[str] = []
    if article.actors:
        rows = "".join(
            _actor_row(article, actor, colours, spoken.get(actor.id, 0)) for actor in article.actors
        )
        parts.append(
            "<h2>Actors</h2><table class=\"actors\"><thead><tr><th>Name</th><th>Kind</th>"
            "<th>Roles</th><th>Also called</th><th>Mentions</th><th>Statements</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>"
        )
    if article.statements:
        rows_list = []
        for statement in article.statements:
            colour = colours.get(statement.speaker or "", _UNKNOWN_SPEAKER)
            who = speaker_name(article, statement, actors) or "unknown"
            date = ""
            if statement.date is not None:
                value = f"<code>{_e(statement.date.value)}</code>"
                date = f"{_e(article.slice(statement.date.span))} → {value}"
            rows_list.append(
                f"<tr><td>{_swatch(colour)}{_e(who)}</td><td>{_e(statement.kind.value)}</td>"
                f"<td>{_e(span_text(article, statement.cue))}</td>"
                f"<td>{_e(content_text(article, statement))}</td><td>{date}</td></tr>"
            )
        parts.append(
            "<h2>Statements</h2><table class=\"statements\"><thead><tr><th>Speaker</th>"
            "<th>Kind</th><th>Cue</th><th>Content</th><th>Date</th></tr></thead>"
            f"<tbody>{''.join(rows_list)}</tbody></table>"
        )
    if article.dates:
        rows = "".join(
            f"<tr><td>{_e(article.slice(d.span))}</td><td><code>{_e(d.value)}</code></td>"
            f"<td>{_e(d.type.value)}</td><td>{_e(d.modifier or '')}</td></tr>"
            for d in article.dates
        )
        parts.append(
            "<h2>Dates</h2><table class=\"dates\"><thead><tr><th>Text</th><th>Value</th>"
            f"<th>Type</th><th>Modifier</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    return "".join(parts)


def _article_section(article: Article, number: int) -> str:
    colours = speaker_colours(article)
    heading = article.title or article.id
    lang = f' lang="{_e(article.language)}"' if article.language else ""
    return (
        f'<article id="article-{number}"{lang}><h1>{_e(heading)}</h1>{_meta(article)}'
        f"{_legend(article, colours)}"
        f'<div class="text">{_render_text(article, colours)}</div>'
        f"{_tables(article, colours)}</article>"
    )


def render_html(articles: Iterable[Article]) -> str:
    """The whole page for the articles, as a string."""
    articles = list(articles)
    if len(articles) == 1:
        page_title = articles[0].title or articles[0].id
    else:
        page_title = f"newskit: {len(articles)} articles"
    nav = ""
    if len(articles) > 1:
        links = "".join(
            f'<li><a href="#article-{n}">{_e(a.title or a.id)}</a></li>'
            for n, a in enumerate(articles, start=1)
        )
        nav = f"<nav><ol>{links}</ol></nav>"
    sections = "".join(_article_section(a, n) for n, a in enumerate(articles, start=1))
    return (
        "<!DOCTYPE html>\n"
        '<html><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newskit">'
        f"<title>{_e(page_title)}</title><style>{_CSS}</style></head>"
        f"<body>{nav}{sections}</body></html>\n"
    )


def write_html(articles: Iterable[Article], stream: IO[str]) -> None:
    """Write the page for the articles."""
    stream.write(render_html(articles))
