"""Statement attribution for one article: direct quotes, indirect and reported speech, free
indirect continuations; speakers linked to actors; statements dated by their frame."""

from __future__ import annotations

from ..model import Article, Attribution, Span, Statement, StatementKind, TimeExpression
from ..registrations import Language
from .direct import find_direct, looks_like_a_name, partial_quote
from .document import Document
from .draft import Draft, new_span
from .indirect import (
    candidate_sentences,
    free_indirect,
    headline_colon,
    participle_statement,
    sentence_statements,
)
from .lexicon import Cues, cues_for
from .phrases import dative_object, find_addressee
from .quotemarks import pair_quotes
from .speakers import SpeakerResolver


def attribute(article: Article, language: Language) -> Attribution:
    """Every statement of ``article`` with its speaker; new actors for unlisted speakers."""
    doc = Document(article)
    if not len(doc):
        return Attribution()
    cues = cues_for(language)
    passages = [
        p
        for p in pair_quotes(article.text, cues)
        if not article.is_boilerplate(Span(p.open, max(p.close, p.open + 1)))
    ]
    quoted: set[int] = set()
    for passage in passages:
        quoted.update(doc.tokens_in(passage.open, passage.outer[1]))
    # a headline "Speaker: claim" keeps its quotes as verbatim parts ("Ryan: ‘Anti-Semitic
    # Images’ Have ‘No Place …’")
    headline = (
        [p for p in passages if p.open < doc.sentences[0].end] if headline_colon(doc, cues) else []
    )
    direct, embedded = find_direct(doc, cues, passages[len(headline) :])
    embedded = headline + embedded
    covered: set[int] = set()
    for draft in direct:
        for span in draft.content:
            covered.update(doc.tokens_in(span.start, span.end))
    covered_sentences = {
        s
        for draft in direct
        for span in draft.content
        for s in range(doc.sentence_index(span.start), doc.sentence_index(span.end - 1) + 1)
    }
    by_sentence: dict[int, Draft] = {}
    for draft in direct:
        for span in draft.content:
            by_sentence[doc.sentence_index(span.start)] = draft
            by_sentence.setdefault(doc.sentence_index(max(span.start, span.end - 1)), draft)
    indirect: list[Draft] = []
    direct_cues = {d.cue_tokens[0] for d in direct if d.cue_tokens is not None}
    sentences = doc.sentences
    for index in candidate_sentences(doc, cues):
        sentence = sentences[index]
        if article.boilerplate and article.is_boilerplate(sentence):
            continue
        if index in by_sentence or index in covered_sentences:
            if cues.verb_second:
                continue
            # English: a reporting clause beside a direct quote ("when Rubio thanked Miami and
            # said it was great to be home, a man yelled “Stay there!”")
            found = [
                d
                for d in sentence_statements(doc, cues, index, quoted)
                if d.cue_tokens is not None
                and d.cue_tokens[0] not in direct_cues
                and _before_quote(doc, cues, d, covered)
            ]
            indirect.extend(found)
            continue
        found = sentence_statements(doc, cues, index, quoted)
        if found and direct_cues and not cues.verb_second:
            # a frame in a sentence of its own ("“…?” Pence asked reporters.") is the quote's
            found = [d for d in found if d.cue_tokens is None or d.cue_tokens[0] not in direct_cues]
        if found:
            indirect.extend(found)
            by_sentence[index] = found[-1]
    # "“…,” he said, adding that …": a second statement after a direct quote's frame
    removed: set[int] = set()
    for draft in list(direct) if cues.participle_cues else ():
        if id(draft) in removed or draft.speaker_tokens is None or draft.cue_tokens is None:
            continue
        extra = participle_statement(doc, cues, draft.sentence, quoted, draft.speaker_tokens)
        if extra is not None and extra.start > draft.start:
            # a reporting clause found inside the added content ("adding that he believed
            # …") is part of it, not a statement beside it
            indirect = [
                d
                for d in indirect
                if d.sentence != extra.sentence
                or not all(extra.content[0].contains(c) for c in d.content)
            ]
            indirect.append(extra)
            # a quote inside the added content is its verbatim part, not a statement
            inside = [
                d
                for d in direct
                if d is not draft and all(extra.content[0].contains(c) for c in d.content)
            ]
            for d in inside:
                removed.add(id(d))
                extra.verbatim.extend(d.content)
            direct = [d for d in direct if id(d) not in removed]
            if extra.verbatim:
                extra.kind = StatementKind.MIXED
    # verbatim parts: embedded quotes inside indirect content
    used: set[int] = set()
    names = {
        p.open for p in embedded if looks_like_a_name(doc, doc.tokens_in(*p.inner), cues)
    }  # „Chaos Computer Club“ is a name in quotation marks, not a partial quote
    for draft in indirect:
        for passage in embedded:
            if passage.open in names:
                continue
            outer = Span(passage.open, passage.outer[1])
            if any(span.contains(outer) or span.overlaps(outer) for span in draft.content):
                draft.verbatim.append(Span(*passage.inner))
                used.add(passage.open)
        if draft.verbatim and draft.kind is StatementKind.INDIRECT:
            draft.kind = StatementKind.MIXED
    # a partial quote in a sentence with a cue but no statement: "nannte die Pläne „Wortbruch“"
    for passage in embedded:
        if passage.open in used:
            continue
        partial = partial_quote(doc, cues, passage, quoted)
        if partial is not None and (
            partial.sentence not in by_sentence or by_sentence[partial.sentence] in indirect
        ):
            direct.append(partial)
    ordered = sorted(direct + indirect, key=lambda d: d.start)
    by_sentence = {}
    for draft in ordered:
        by_sentence.setdefault(draft.sentence, draft)
        for span in draft.content:
            by_sentence.setdefault(doc.sentence_index(max(span.start, span.end - 1)), draft)
    covered_all = {  # sentences with content of a direct or indirect statement
        s
        for d in direct + indirect
        for span in d.content
        for s in range(doc.sentence_index(span.start), doc.sentence_index(span.end - 1) + 1)
    }
    continued = free_indirect(doc, cues, by_sentence, quoted, covered_all)
    # partial quotes inside free indirect speech ("Der Airbus sei erst „weit hinter der
    # Aufsetzzone“ gelandet") are its verbatim parts
    for draft in continued:
        for passage in embedded:
            if passage.open in used or passage.open in names:
                continue
            outer = Span(passage.open, passage.outer[1])
            if any(span.contains(outer) for span in draft.content):
                draft.verbatim.append(Span(*passage.inner))
                used.add(passage.open)
    ordered = sorted(ordered + continued, key=lambda d: d.start)
    return _finish(article, doc, cues, ordered)


def _before_quote(doc: Document, cues: Cues, draft: Draft, covered: set[int]) -> bool:
    """True when ``draft``'s content stays out of the direct quotes' tokens, cut before the
    first one if need be ("said it was too early but added, “…”" keeps "it was too early").
    """
    for number, span in enumerate(draft.content):
        tokens = doc.tokens_in(span.start, span.end)
        inside = next((t for t in tokens if t in covered), None)
        if inside is None:
            continue
        if number + 1 < len(draft.content):
            return False
        end = inside
        lower = doc.lower
        while end > tokens.start and (
            not lower[end - 1][:1].isalnum()
            or lower[end - 1] in cues.conjunctions
            or lower[end - 1] in cues.cue_words
        ):
            end -= 1
        if end - tokens.start < 3:
            return False
        draft.content[number] = Span(span.start, doc.ends[end - 1])
    return True


def _finish(article: Article, doc: Document, cues: Cues, drafts: list[Draft]) -> Attribution:
    resolver = SpeakerResolver(doc, cues)
    last: Draft | None = None
    statements: list[Statement] = []
    for draft in drafts:
        mention = None
        if draft.speaker_tokens is not None:
            start, end = draft.speaker_tokens
            if end > start:
                mention = new_span(doc.starts[start], doc.ends[end - 1])
                if (
                    not cues.verb_second
                    and (
                        doc.lower[start] in cues.expletives
                        or doc.lower[start] in cues.non_subject_starts
                        or doc.text[mention.start : mention.end].lower() in cues.expletives
                    )
                ):
                    mention = None  # English "There's no doubt that …": no speaker
        if mention is not None:
            draft.speaker_mention = mention
            draft.speaker = resolver.resolve(
                mention, last.speaker if last else None, last.end if last else -1
            )
        elif draft.continues and last is not None and _near(doc, cues, last, draft):
            draft.speaker_mention = last.speaker_mention
            draft.speaker = last.speaker
            if draft.kind is StatementKind.DIRECT and last.kind is StatementKind.DIRECT:
                # a quote continuing a quote shares its reporting clause ("…“, so X. „…“)
                draft.cue_tokens, draft.frame = last.cue_tokens, last.frame
            if draft.anaphor is not None:
                start, end = draft.anaphor
                draft.speaker_mention = Span(doc.starts[start], doc.ends[end - 1])
        channel = None
        if draft.channel_tokens is not None:
            start, end = draft.channel_tokens
            channel = resolver.resolve(Span(doc.starts[start], doc.ends[end - 1]), None)
        if draft.speaker is not None:
            last = draft
        cue = None
        if draft.cue_tokens is not None:
            first, final = draft.cue_tokens
            cue = (new_span if final >= first else Span)(doc.starts[first], doc.ends[final])
        addressee = None
        if draft.addressee_tokens is None and draft.frame is not None:
            frame_tokens = doc.tokens_in(draft.frame.start, draft.frame.end)
            draft.addressee_tokens = find_addressee(
                doc, frame_tokens.start, frame_tokens.stop, cues
            )
            if (
                draft.addressee_tokens is None
                and draft.cue_tokens is not None
                and draft.speaker_tokens is not None
                and draft.speaker_tokens[1] <= draft.cue_tokens[0]
            ):
                # "Der Staatssekretär sagte der Zeitung, …": a dative object after the verb
                draft.addressee_tokens = dative_object(
                    doc, draft.cue_tokens[1] + 1, frame_tokens.stop, cues
                )
        if draft.addressee_tokens is not None:
            start, end = draft.addressee_tokens
            addressee = (new_span if end > start else Span)(doc.starts[start], doc.ends[end - 1])
        statements.append(
            Statement(  # (checked: as cheap as building it unchecked with keywords)
                id=f"s{len(statements) + 1}",
                content=tuple(draft.content),
                kind=draft.kind,
                speaker=draft.speaker,
                speaker_mention=draft.speaker_mention,
                cue=cue,
                frame=draft.frame,
                addressee=addressee,
                verbatim=tuple(draft.verbatim),
                channel=channel,
                date=_date(article, doc, draft),
            )
        )
    return Attribution(statements=tuple(statements), actors=resolver.created())


def _near(doc: Document, cues: Cues, last: Draft, draft: Draft) -> bool:
    """A continuation: at most one paragraph after the last attributed statement; in English a
    quote in the next paragraph continues a quote also across blank lines ("“A,” X said.
    <blank line> “B.”")."""
    lines = doc.paragraph_index(draft.start) - doc.paragraph_index(last.end)
    if lines <= 1:
        return True
    if (
        cues.verb_second
        or last.kind is not StatementKind.DIRECT
        or draft.kind is not StatementKind.DIRECT
    ):
        return False
    gap = doc.text[last.end : draft.start].split("\n")
    return all(not line.strip() for line in gap[1:-1])


def _date(article: Article, doc: Document, draft: Draft) -> TimeExpression | None:
    """The time expression in the statement's frame ("sagte am Dienstag")."""
    if not article.dates or draft.frame is None:
        return None
    frame = draft.frame
    for expression in article.dates:
        if frame.contains(expression.span) and not any(
            span.overlaps(expression.span) for span in draft.content
        ):
            return expression
    return None
