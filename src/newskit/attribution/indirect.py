"""Indirect and reported speech, sentence by sentence.

In the order tried for each sentence without a direct quote:

1. prepositional cues: "Laut X …", "Nach Angaben von X …", "X zufolge …", "Wie X mitteilte, …",
   "according to X", and the inverted ", so X";
2. a cue verb with a complement clause after it — a "dass"/"that" clause, a verb-second clause
   ("sagte, die USA seien …"), a colon — or before it ("Die Lage sei ernst, sagte X");
3. "heißt es" and similar impersonal cues (no speaker);
4. a speech act without the words ("Der Kreml kritisierte die Pläne"): the whole sentence is a
   *reported* statement.

Afterwards, :func:`free_indirect` marks sentences in the subjunctive (Konjunktiv I, or II as its
substitute) or with a reportive modal ("soll … haben") that have no frame: they continue the
statement before them (same speaker) or, with no statement before, stand alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Span, StatementKind
from .cues import VerbCue, is_act, match_sequence, verb_cue_at, verb_cues
from .document import Document
from .draft import Draft, new_span, token_span
from .lexicon import (
    APPEARANCE,
    FIRST_PERSON,
    NOMINAL,
    REPORTED,
    ROLE_CONDITIONAL,
    ROLE_CUE,
    ROLE_SEQUENCE,
    ROLE_VERB,
    TRIGGER,
    Cues,
)
from .phrases import (
    after_comma,
    after_verb,
    apposition,
    find_source_document,
    np_after,
    np_before,
    simple_np,
    subject_of,
    subject_of_sentence,
)

_CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
_FINAL = frozenset({".", "!", "?"})


def _end(doc: Document, lo: int, hi: int) -> int:
    """``hi`` without final punctuation and closing marks."""
    while hi > lo and (doc.lower[hi - 1] in _FINAL or doc.lower[hi - 1] in ("“", "”", '"', "«")):
        hi -= 1
    return hi


def _draft(
    cues: Cues,
    doc: Document,
    kind: StatementKind,
    sentence: int,
    content: list[tuple[int, int]],
    frame: Sequence[int],
    cue: tuple[int, int] | None,
    speaker: tuple[int, int] | None,
    keep_final: bool = False,
) -> Draft | None:
    if kind is not StatementKind.REPORTED and cue is not None:
        content = [_clause_of(doc, cues, a, b, cue) for a, b in content]
    if not cues.verb_second:
        content = [_with_closing_mark(doc, a, b) for a, b in content]
    found = [token_span(doc, a, b, keep_final=keep_final) for a, b in content if b > a]
    spans = [s for s in found if s is not None]
    if not spans:
        return None
    draft = Draft(
        content=spans, kind=kind, sentence=sentence, cue_tokens=cue, speaker_tokens=speaker
    )
    draft.frame = _frame_outside(doc, frame, spans)
    return draft


def _with_closing_mark(doc: Document, a: int, b: int) -> tuple[int, int]:
    """English: content ending inside a partial quote keeps the quote's closing mark (and the
    punctuation before it): 'said he would “compete vigorously.”'."""
    inside = doc.lower[a:b]
    if inside.count("“") <= inside.count("”") and inside.count('"') % 2 == 0:
        return a, b
    for t in range(b, min(len(doc.lower), b + 3)):
        if doc.lower[t] in ("”", '"'):
            return a, t + 1
        if doc.lower[t] not in _FINAL and doc.lower[t] not in (",", "’"):
            break
    return a, b


def _frame_outside(doc: Document, frame: Sequence[int], spans: list[Span]) -> Span | None:
    """The frame from its first to its last token outside the content (final punctuation
    dropped); linear in the frame, without building the full list."""
    if not frame:
        return None
    tokens = frame if isinstance(frame, range) else sorted(frame)
    starts, lower = doc.starts, doc.lower
    bounds = [(s.start, s.end) for s in spans]
    head = tail = None
    for t in tokens:  # (loops instead of generators: frames are short, calls dominate)
        start = starts[t]
        for a, b in bounds:
            if a <= start < b:
                break
        else:
            head = t
            break
    if head is None:
        return None
    for t in reversed(tokens):
        if lower[t] in _FINAL:
            continue
        start = starts[t]
        for a, b in bounds:
            if a <= start < b:
                break
        else:
            tail = t
            break
    if tail is None or tail < head:
        return None
    return new_span(starts[head], doc.ends[tail])


def sentence_statement(doc: Document, cues: Cues, index: int, quoted: set[int]) -> Draft | None:
    """The indirect or reported statement of sentence ``index``, if any."""
    sentence = doc.sentences[index]
    lo, hi = sentence.token_start, sentence.token_end
    if hi - lo < 3:
        return None
    transcript = (  # English "JAKE TAPPER: Donald Trump released a video …"
        cues.headline_colon
        and index > 0
        and doc.text[doc.starts[lo]].isupper()
        and doc.words[lo].isupper()
        and doc.paragraph(doc.starts[lo]).start == doc.starts[lo]
    )
    if (
        (index or not cues.headline_colon)
        and not transcript
        and doc.lower[lo] not in cues.source_prefixes
        and index not in doc.sentences_with(cues.word_flags, TRIGGER)
    ):
        return None  # no cue word at all: most sentences
    stop = _end(doc, lo, hi)
    if (index == 0 and cues.headline_colon) or transcript:
        found = _headline_colon(doc, cues, lo, stop, transcript=transcript)
        if found is not None:
            return found
    if doc.lower[lo] in cues.source_prefixes:
        found = _source_prefix(doc, cues, index, lo, stop)
        if found is not None:
            return found
    if not _has_cue(doc, cues, lo, stop):
        return None  # no usable cue word: most sentences
    return _prepositional(doc, cues, index, lo, stop, quoted) or _verbal(
        doc, cues, index, lo, stop, hi, quoted
    )


def _source_prefix(doc: Document, cues: Cues, index: int, lo: int, stop: int) -> Draft | None:
    """English "In a new poll by X, 50 percent …", "In a statement, the campaign …": a
    sentence-initial phrase naming a source document (``quote_source_prefixes`` +
    ``quote_source_nouns``) before a comma; the rest of the sentence is the content."""
    for comma in range(lo + 2, min(stop - 2, lo + 16)):
        if doc.lower[comma] in (";", ":", ".", "“", '"'):
            return None
        if doc.lower[comma] == ",":
            break
    else:
        return None
    if not any(doc.lower[t] in cues.source_nouns for t in range(lo + 1, comma)):
        return None
    if any(c.kind == "say" for c in verb_cues(doc, comma + 1, stop, cues)):
        return None  # "In a statement, the campaign said …": the verb's subject speaks
    return _draft(
        cues,
        doc,
        StatementKind.INDIRECT,
        index,
        [(comma + 1, stop)],
        range(lo, comma + 1),
        (lo, lo),
        (lo + 1, comma),
    )


def headline_colon(doc: Document, cues: Cues) -> bool:
    """Does the article open with a headline "Speaker: claim" (English)?"""
    if not cues.headline_colon or not doc.sentences:
        return False
    first = doc.sentences[0]
    lo = first.token_start
    return _headline_colon(doc, cues, lo, _end(doc, lo, first.token_end)) is not None


def _headline_colon(
    doc: Document, cues: Cues, lo: int, stop: int, *, transcript: bool = False
) -> Draft | None:
    """A headline "Speaker: claim" ("Lynch: No outside influence on FBI probe"): a short
    capitalised name before a colon at the start of the article's first sentence; with
    ``transcript``, a name in capitals at a paragraph start ("TAPPER: …")."""
    for colon in range(lo + 1, min(stop - 2, lo + 6)):
        if doc.lower[colon] == ":":
            break
    else:
        return None
    if doc.lower[lo] in cues.determiners or not all(
        doc.is_upper(t) or doc.lower[t] in (".", "’s", "'s") for t in range(lo, colon)
    ):
        return None  # "The Latest: …" is a rubric, not a speaker
    if transcript and not all(doc.words[t].isupper() for t in range(lo, colon)):
        return None
    return _draft(
        cues,
        doc,
        StatementKind.INDIRECT,
        doc.sentence_index(doc.starts[lo]),
        [(colon + 1, stop)],
        range(lo, colon + 1),
        (colon, colon),
        (lo, colon),
    )


def _clause_of(doc: Document, cues: Cues, a: int, b: int, cue: tuple[int, int]) -> tuple[int, int]:
    """Content stays in the clause of its cue: not across a semicolon."""
    if b <= cue[0]:  # content before the cue: from the last semicolon on
        for t in range(b - 1, a - 1, -1):
            if doc.lower[t] == ";":
                return t + 1, b
        return a, b
    for t in range(max(a, cue[1] + 1), b):
        if doc.lower[t] == ";":
            return a, t
    return a, b


def candidate_sentences(doc: Document, cues: Cues) -> Sequence[int]:
    """Indexes of the sentences :func:`sentence_statements` may find a statement in, in order:
    those holding a cue word or opening with a source prefix ("In a statement, …"). Every
    sentence where the language has rules without a cue word (headlines "Speaker: claim",
    reporting nouns, impressions)."""
    if cues.headline_colon or cues.nominal or cues.appearance_verbs:
        return range(len(doc.sentences))
    found = set(doc.sentences_with(cues.word_flags, TRIGGER))
    if cues.source_prefixes:
        lower, prefixes = doc.lower, cues.source_prefixes
        found.update(
            index
            for index, sentence in enumerate(doc.sentences)
            if sentence.token_end - sentence.token_start >= 3
            and lower[sentence.token_start] in prefixes
        )
    return sorted(found)


def sentence_statements(doc: Document, cues: Cues, index: int, quoted: set[int]) -> list[Draft]:
    """The statements of sentence ``index``: usually one; two when a second reporting clause
    follows the first one's content ("X sagte, A, und Y betonte, B")."""
    if cues.question_openers:  # (English; no call per sentence elsewhere)
        question = _passive_question(doc, cues, index, quoted)
        if question is not None:
            return question
    first = sentence_statement(doc, cues, index, quoted)
    if first is None:
        nominal = _nominal(doc, cues, index, quoted) or _appearance(doc, cues, index, quoted)
        return [nominal] if nominal is not None else []
    kinds: tuple[StatementKind, ...] = (StatementKind.INDIRECT, StatementKind.MIXED)
    if not cues.verb_second:
        kinds += (StatementKind.REPORTED,)  # "X endorsed Y, saying …"
    if first.kind not in kinds or first.cue_tokens is None:
        return [first]
    sentence = doc.sentences[index]
    stop = _end(doc, sentence.token_start, sentence.token_end)
    found = [first]
    if (
        not cues.verb_second
        and cues.reported_object_only
        and first.kind is not StatementKind.REPORTED
    ):
        # "The governor praised the nurses and said …": the act before the verb of saying
        act = _act_before(doc, cues, index, sentence.token_start, first, quoted)
        if act is not None:
            found.insert(0, act)
    while len(found) < 4:
        second = _next_clause(doc, cues, index, found[-1], stop, sentence.token_end, quoted)
        if second is None:
            break
        found.append(second)
    if not cues.verb_second:
        # English: a cue after the last statement's content ("…, a plan that critics say …")
        tail = found[-1]
        speaker = tail.speaker_tokens
        end = max(
            [tail.content[-1].end]
            + ([doc.ends[tail.cue_tokens[1]]] if tail.cue_tokens is not None else [])
            + ([doc.ends[speaker[1] - 1]] if speaker and speaker[1] > speaker[0] else [])
        )
        rest = doc.tokens_in(end, doc.ends[stop - 1]).start if stop > 0 else stop
        if stop - rest >= 4:
            extra = _verbal(doc, cues, index, rest, stop, sentence.token_end, quoted)
            if extra is not None and extra.content[0].start >= end:
                found.append(extra)
        # and before the first one's frame ("While X said A, he said B")
        head = found[0]
        begin = min(
            [doc.tokens_in(head.content[0].start, head.content[0].end).start]
            + [t[0] for t in (head.cue_tokens, head.speaker_tokens) if t is not None]
        )
        lo = sentence.token_start
        if begin - lo >= 4:
            extra = _verbal(doc, cues, index, lo, begin, begin, quoted)
            if extra is not None and extra.content[-1].end <= doc.starts[begin]:
                found.insert(0, extra)
        # a relative clause in a speaker's phrase ("X, who identifies as Y, told …")
        for draft in list(found):
            if draft.speaker_tokens is None:
                continue
            a, b = draft.speaker_tokens
            rel = next(
                (
                    t
                    for t in range(a + 1, b - 2)
                    if doc.lower[t - 1] == "," and doc.lower[t] in cues.relative_pronouns
                ),
                None,
            )
            if rel is not None:
                extra = _verbal(doc, cues, index, rel, b, b, quoted)
                if extra is not None:
                    found.append(extra)
        # a reporting noun beside them ("…, his suggestion that …")
        taken: set[int] = set()
        for draft in found:
            for span in draft.content:
                taken.update(doc.tokens_in(span.start, span.end))
            if draft.cue_tokens is not None:
                taken.update(range(draft.cue_tokens[0], draft.cue_tokens[1] + 1))
            if draft.speaker_tokens is not None:
                taken.update(range(*draft.speaker_tokens))
        nominal = _nominal(doc, cues, index, quoted, taken)
        if nominal is not None:
            found.append(nominal)
        found.sort(key=lambda d: d.start)
    return found


def _passive_question(
    doc: Document, cues: Cues, index: int, quoted: set[int]
) -> list[Draft] | None:
    """English "Asked about the polls, Smith said …" / "… he said when asked by a reporter
    whether …": the question put to the speaker is a statement of its own (its topic the
    content, the asker after "by" its source); the sentence's own statement is looked for in
    the rest of the sentence."""
    if cues.verb_second or not cues.question_openers:
        return None
    sentence = doc.sentences[index]
    lo, hi = sentence.token_start, sentence.token_end
    stop = _end(doc, lo, hi)
    lower = doc.lower
    for i in doc.flagged(cues.word_flags, TRIGGER, lo, stop - 1):
        if lower[i] not in cues.question_verbs or i in quoted:
            continue
        opener = i - 1 if i > lo and lower[i - 1] in cues.question_openers else i
        if not (opener == lo or lower[opener - 1] == "," or opener < i):
            continue  # "X asked …": an active question, the verb rules handle it
        k = i + 1
        speaker = None
        if lower[k] == "by":
            found = np_after(doc, k + 1, stop, cues)
            if found is None:
                continue
            speaker, k = found, found[1]
        last = i
        if k < stop and lower[k] in cues.question_topics:
            last = k if k == i + 1 else i
            k += 1
        elif k < stop and lower[k] not in cues.question_words and lower[k] != "to":
            if opener == i and i > lo:
                continue  # "X, an editor, asked Y if …": an active question after an apposition
            # "Asked during a debate why …": the question starts at its question word
            ahead = next(
                (
                    t
                    for t in range(k, min(stop, k + 8))
                    if lower[t] in cues.question_words or lower[t] in _CLAUSE_MARKS
                ),
                None,
            )
            if ahead is not None and lower[ahead] in cues.question_words:
                k = ahead
            elif speaker is None:
                continue  # "…, asked Smith.": an inverted frame
        end = k
        while end < stop and lower[end] not in _CLAUSE_MARKS:
            end += 1
        if end - k < 1:
            continue
        draft = _draft(
            cues, doc, StatementKind.INDIRECT, index, [(k, end)], range(opener, end),
            (i, last), speaker,
        )
        if draft is None:
            continue
        if opener == lo and end < stop and lower[end] == ",":
            rest = _prepositional(doc, cues, index, end + 1, stop, quoted) or _verbal(
                doc, cues, index, end + 1, stop, hi, quoted
            )
        elif opener > lo + 2:
            cut = opener - 1 if lower[opener - 1] == "," else opener
            rest = _prepositional(doc, cues, index, lo, cut, quoted) or _verbal(
                doc, cues, index, lo, cut, hi, quoted
            )
        else:
            rest = None
        found_all = [draft] if rest is None else sorted([draft, rest], key=lambda d: d.start)
        return found_all
    return None


def _act_before(
    doc: Document, cues: Cues, index: int, lo: int, first: Draft, quoted: set[int]
) -> Draft | None:
    """English: a speech act coordinated before ``first``'s verb of saying ("X praised Y and
    said …"), with its object up to the conjunction."""
    if first.cue_tokens is None or first.content[0].start < doc.ends[first.cue_tokens[0]]:
        return None
    verb = first.cue_tokens[0]
    conjunction = next(
        (t for t in range(verb - 1, lo, -1) if doc.lower[t] in cues.conjunctions), None
    )
    if conjunction is None:
        return None
    for cue in verb_cues(doc, lo, conjunction, cues, skip=quoted):
        if cue.kind != "act" and not is_act(doc, cue.index, conjunction, cues):
            continue
        speaker = subject_of(doc, cue.index, lo, conjunction, cues)
        if speaker is None or not _main_clause_act(doc, cues, cue, speaker, lo, conjunction):
            continue
        last = _act_cue_last(doc, cues, cue, conjunction)
        end = conjunction
        while end > last + 1 and doc.lower[end - 1] == ",":
            end -= 1
        if end <= last + 1:
            return None
        return _act_object_draft(doc, cues, index, cue, last, lo, end, speaker)
    return None


def _act_cue_last(doc: Document, cues: Cues, cue: VerbCue, stop: int) -> int:
    """The cue's last token, extended over a preposition that belongs to the act ("railed
    against the deal")."""
    last = cue.last
    if last + 2 < stop and doc.lower[last + 1] in cues.act_prepositions:
        last += 1
    return last


def _act_object_draft(
    doc: Document, cues: Cues, index: int, cue: VerbCue, last: int, lo: int, end: int,
    speaker: tuple[int, int],
) -> Draft | None:
    """A reported act whose content is its object, from after the cue up to ``end``; none
    when a preposition that starts no object follows ("signed on in May", "voted in 2001")."""
    if last + 1 < end and (
        doc.lower[last + 1] in cues.act_no_object
        or (last > cue.index and doc.lower[last + 1] in cues.time_words)  # "voted on Monday"
    ):
        return None
    object_end = _object_end(doc, cues, last + 1, end)
    lower = doc.lower
    if all(lower[t] in cues.time_words or lower[t].isdigit() for t in range(last + 1, object_end)):
        return None  # "released Tuesday": a time, no object
    return _draft(
        cues,
        doc,
        StatementKind.REPORTED,
        index,
        [(last + 1, object_end)],
        range(lo, last + 1),
        (cue.index, last),
        speaker,
    )


def _appearance(doc: Document, cues: Cues, index: int, quoted: set[int]) -> Draft | None:
    """English "Trump's supporters seemed unperturbed": an impression without a named source;
    the clause around the verb (``quote_appearance_verbs``) is the content, no speaker."""
    if not cues.appearance_verbs:
        return None
    sentence = doc.sentences[index]
    lo, stop = sentence.token_start, _end(doc, sentence.token_start, sentence.token_end)
    verb = first = None
    for t in doc.flagged(cues.word_flags, APPEARANCE, lo + 1, stop - 1):
        if t in quoted:
            continue
        if doc.lower[t] not in cues.appearance_participles:
            verb = first = t
            break
        # a passive without its agent: "Trump is (widely) expected to …", "is seen as …"
        aux = t - 1
        while aux > lo and (
            doc.lower[aux].endswith(cues.adverb_suffixes)
            or doc.lower[aux] in cues.pre_verb_adverbs  # "is also expected"
            or doc.lower[aux] in cues.negations
        ):
            aux -= 1
        if doc.lower[aux] in cues.passive and doc.lower[t + 1] != "by":
            verb, first = t, aux
            break
    if verb is None or first is None:
        return None
    start = lo
    for t in range(verb - 1, lo, -1):
        if doc.lower[t] in _CLAUSE_MARKS:
            start = t + 1
            break
    if first - start < 1 or any(t in quoted for t in range(start, stop)):
        return None
    return _draft(
        cues, doc, StatementKind.REPORTED, index, [(start, stop)], [], (first, verb), None
    )


def _next_clause(
    doc: Document, cues: Cues, index: int, first: Draft, stop: int, hi: int, quoted: set[int]
) -> Draft | None:
    """A second reporting clause after ``first``'s cue: inside its content (which is cut
    there) or, in English, after a short reported object ("X endorsed Y, and Z praised …")."""
    if first.cue_tokens is None:
        return None
    last = first.content[-1]
    span = doc.tokens_in(last.start, last.end)
    end = stop if not cues.verb_second and first.kind is StatementKind.REPORTED else span.stop
    # English "Smith, who calls X a “liar,” said …": the relative clause ends at its comma, the
    # main clause's verb follows with the phrase before "who" as its subject
    relative = (
        not cues.verb_second
        and first.speaker_tokens is not None
        and first.speaker_tokens[1] - first.speaker_tokens[0] == 1
        and doc.lower[first.speaker_tokens[0]] in cues.relative_pronouns
    )
    for t in range(max(span.start, first.cue_tokens[1] + 1), end):
        if t <= first.cue_tokens[1] + (2 if cues.verb_second else 1):
            continue
        clause = -1
        word = doc.lower[t]
        nxt = doc.lower[t + 1] if t + 1 < stop else ""
        if word == ";" or (
            # English: "…, adding that …", "… and said …": the cue starts the second clause
            not cues.verb_second
            and (
                (word == "," and nxt in cues.participle_cues)
                or (word in cues.conjunctions and nxt in cues.cue_words and t + 1 not in quoted)
                or (  # "… and also called …", "… but has vowed …", "… and would not say"
                    word in cues.conjunctions
                    and _aux_then_cue(doc, cues, t + 1, stop, quoted)
                )
                or (  # 'was “corrupt,” noting …': the comma inside a partial quote
                    (
                        word in cues.closers
                        or word in cues.symmetric
                        or word in cues.double_marks
                    )
                    and doc.lower[t - 1] == ","
                    and nxt in cues.participle_cues
                )
            )
        ):
            start = t + 1
        elif word == "," and nxt in cues.conjunctions:
            start = t + 2
        elif (
            not cues.verb_second
            and word == ","
            and nxt in cues.cue_words
            and t + 1 not in quoted
            and verb_cue_at(doc, t + 1, stop, cues) is not None
            and (
                after_verb(doc, t + 1, stop, cues) is None
                or (t + 2 < stop and doc.lower[t + 2] in cues.complementizers)
            )
        ):
            start = t + 1  # "… cast doubt on X, suggested that …": a coordinated verb
        elif (
            not cues.verb_second
            and word in cues.conjunctions
            and doc.lower[t - 1] != ","
            and t + 1 not in quoted
            and (
                doc.is_upper(t + 1)
                or nxt in cues.determiners
                or nxt in cues.pronouns
                or nxt in cues.pronominal_determiners
            )
        ):
            start = clause = t + 1  # "… and others have said …": a clause with its subject
        elif (
            not cues.verb_second
            and word == ","
            and nxt in cues.subordinators
            and nxt not in cues.complementizers
            and nxt not in cues.relative_pronouns
        ):
            start = t + 2  # "74 percent said A, while 22 percent said B"
        elif (
            not cues.verb_second
            and word == ","
            and nxt not in cues.subordinators
            and nxt not in cues.relative_pronouns
            and nxt not in cues.conjunctions
            and t + 1 not in quoted
        ):
            # "Expecting thousands at the rally, Mr. Burke said he would …": a main clause
            # with its own subject and verb of saying after the first statement's content
            start = clause = t + 1
        elif relative and after_comma(doc, t + 1, t - 1) and nxt in cues.cue_words:
            main = _verbal(doc, cues, index, t + 1, stop, hi, quoted)
            who = first.speaker_tokens[0] if first.speaker_tokens is not None else 0
            subject = np_before(doc, doc.sentences[index].token_start, who - 1, cues)
            if main is None or subject is None or main.cue_tokens != (t + 1, t + 1):
                return None
            cut = token_span(doc, span.start, t if word == "," else t + 1)
            if cut is None:
                return None
            first.content[-1] = cut
            main.speaker_tokens = subject
            return main
        else:
            continue
        if not any(
            doc.lower[j] in cues.cue_words and j not in quoted
            for j in range(start, min(stop, start + 8))
        ):
            continue
        shared = (
            first.speaker_tokens
            if not cues.verb_second and clause < 0 and (word in cues.conjunctions or word == ",")
            else None
        )
        second = _verbal(doc, cues, index, start, stop, hi, quoted, shared)
        if second is None or (
            second.content[0].start <= doc.starts[start] and (second.kind is StatementKind.REPORTED)
        ):
            continue
        if clause >= 0:
            if (
                (second.kind is StatementKind.REPORTED and word not in cues.conjunctions)
                or second.speaker_tokens is None
                or second.speaker_tokens[0] != clause
                or second.cue_tokens is None
                or second.cue_tokens[0] - clause > 8
            ):
                continue
            if first.speaker_tokens is None or first.speaker_tokens[0] > first.cue_tokens[1]:
                # a leading participle's subject is the main clause's ("Expecting …, X said")
                first.speaker_tokens = second.speaker_tokens
        if t < span.stop:
            closing = doc.lower[t - 1] == "," and nxt in cues.participle_cues and word != ","
            cut = token_span(doc, span.start, t + 1 if closing else t)
            if cut is None:
                continue
            first.content[-1] = cut
        if second.cue_tokens is not None and (
            second.cue_tokens[0] == start
            or (
                second.speaker_tokens is None
                and all(
                    doc.lower[k] in cues.auxiliaries
                    or doc.lower[k] in cues.negations
                    or doc.lower[k] in cues.pre_verb_adverbs
                    for k in range(start, second.cue_tokens[0])
                )
            )
        ):
            # "… und erklärte, dass …", "…, but did not recommend that …": the coordinated
            # verb shares the first subject
            second.speaker_tokens = first.speaker_tokens
        return second
    return None


def _aux_then_cue(doc: Document, cues: Cues, k: int, stop: int, quoted: set[int]) -> bool:
    """English: one to three auxiliaries, adverbs or negations from ``k`` on, then a cue word
    ("also called", "has vowed", "would not say")."""
    j = k
    while j < min(stop, k + 3) and (
        doc.lower[j] in cues.pre_verb_adverbs
        or doc.lower[j] in cues.auxiliaries
        or doc.lower[j] in cues.negations
    ):
        j += 1
    return k < j < stop and doc.lower[j] in cues.cue_words and j not in quoted


def _has_cue(doc: Document, cues: Cues, lo: int, stop: int) -> bool:
    """A cheap test: does the sentence hold a cue word that can start a statement? Frequent
    function words count only in their cue use ("nach Angaben", ", so X", "wie … sagte")."""
    candidates = doc.flagged(cues.word_flags, TRIGGER, lo, stop)
    if not candidates:
        return False
    verbs = False
    conditional = []
    lower, roles = doc.lower, cues.trigger_roles
    for i in candidates:
        role = roles[lower[i]]
        if role == ROLE_VERB:
            if verb_cue_at(doc, i, stop, cues) is not None:  # "gab" only with "an", "bekannt"…
                verbs = True
                break
        elif role == ROLE_CONDITIONAL:
            conditional.append(i)
        elif role == ROLE_SEQUENCE:
            # "hat es geheißen", "wird berichtet", "zitiert nach": only the whole sequence
            # ("hat", "wird" alone are in most sentences)
            if match_sequence(doc, i, cues.impersonal, stop) or match_sequence(
                doc, i, cues.prefix, stop
            ):
                return True
        elif role == ROLE_CUE:
            return True  # zufolge, demnach …
    if verbs:
        return True
    for i in conditional:
        word = doc.lower[i]
        if word in cues.inverted and i > lo and doc.lower[i - 1] == ",":
            return True
        if word in cues.noun_cues and _prefix_noun_follows(doc, cues, i + 1, stop):
            return True
        if word in cues.postfix_noun_cues and _prefix_noun_follows(doc, cues, max(lo, i - 3), i):
            return True
    return False


def _nominal(
    doc: Document, cues: Cues, index: int, quoted: set[int], taken: set[int] | None = None
) -> Draft | None:
    """A reporting noun with its topic: "his calls for a ban", "Trump's criticism of X"
    (``quote_nominal_cues``). The possessor is the speaker; the topic is the content; with
    ``taken``, one whose cue and topic keep out of those tokens (another statement's)."""
    if not cues.nominal:
        return None
    sentence = doc.sentences[index]
    lo, stop = sentence.token_start, _end(doc, sentence.token_start, sentence.token_end)
    for i in doc.flagged(cues.word_flags, NOMINAL, lo, stop):
        if i in quoted:
            continue
        n = match_sequence(doc, i, cues.nominal, stop)
        if not n:
            continue
        start = i + n
        end = start
        while end < stop and doc.lower[end] not in _CLAUSE_MARKS:
            if (
                end > start
                and doc.lower[end] in cues.auxiliaries
                and doc.lower[start - 1] not in cues.complementizers
            ):
                break  # "his attacks on X were unfair": the topic ends before the verb
            end += 1
        if end - start < 1:
            continue
        if taken and any(t in taken for t in range(i, end)):
            continue
        speaker = None
        if i > lo and (doc.lower[i - 1] in cues.possessives or doc.lower[i - 1] in ("'s", "’s")):
            if doc.lower[i - 1] in cues.possessives:
                speaker = (i - 1, i)
            else:
                first = i - 2
                while first > lo and doc.is_upper(first - 1):
                    first -= 1
                speaker = (first, i - 1)
        draft = _draft(
            cues,
            doc,
            StatementKind.REPORTED,
            index,
            [(start, end)],
            range(i, start),
            (i, i + n - 1),
            speaker,
        )
        if draft is not None:
            return draft
    return None


def _clause_start(doc: Document, i: int, lo: int) -> bool:
    return i == lo or doc.lower[i - 1] in _CLAUSE_MARKS


def _prepositional(
    doc: Document, cues: Cues, index: int, lo: int, hi: int, quoted: set[int]
) -> Draft | None:
    for i in doc.flagged(cues.word_flags, TRIGGER, lo, hi):
        if i in quoted:
            continue
        word = doc.lower[i]
        n = (word in cues.prefix and match_sequence(doc, i, cues.prefix, hi)) or (
            1 if word in cues.noun_cues or word in cues.verb_final_cues else 0
        )
        if n:
            found = _prefix(doc, cues, index, lo, hi, i, n)
            if found:
                return found
        if (
            word in cues.postfix_noun_cues
            and i > lo
            and not _prefix_noun_follows(doc, cues, max(lo, i - 3), i)
        ):
            continue  # "nach" after a noun phrase is a cue only after "Angaben", "Meinung" …
        if (word in cues.postfix or word in cues.postfix_noun_cues) and i > lo:
            start = _np_ending_at(doc, cues, i, lo)
            if start is not None and start < i:
                speaker = (start, i)
                frame = range(start, i + 1)
                return _draft(
                    cues,
                    doc,
                    StatementKind.INDIRECT,
                    index,
                    [(lo, start), (i + 1, hi)],
                    frame,
                    (i, i),
                    speaker,
                )
        if word in cues.inverted and i > lo + 2 and doc.lower[i - 1] == "," and i + 1 < hi:
            verb = _verb_at(doc, cues, i + 1, hi)
            found_np = np_after(doc, i + 1 if verb is None else i + 2, hi, cues)
            if found_np:
                found_np = (found_np[0], apposition(doc, found_np[1], hi, cues))
                # the frame runs to the end of the sentence or to the next comma
                # (", so Obama weiter, …"); the content may go on after it
                end = found_np[1]
                while end < hi and doc.lower[end] != ",":
                    end += 1
                rest = (end + 1, hi) if end < hi else (hi, hi)
                frame = range(i - 1, min(end + 1, hi))
                return _draft(
                    cues,
                    doc,
                    StatementKind.INDIRECT,
                    index,
                    [(lo, i - 1), rest],
                    frame,
                    (i, i),
                    found_np,
                )
        if word in cues.adverbs and _clause_start(doc, i, lo):
            # "Demnach …": the adverb refers back to the source, like a pronoun
            draft = _draft(
                cues, doc, StatementKind.INDIRECT, index, [(i + 1, hi)], [i], (i, i), None
            )
            if draft:
                draft.continues = True
                draft.anaphor = (i, i + 1)
            return draft
    return None


def _np_ending_at(doc: Document, cues: Cues, end: int, lo: int) -> int | None:
    """Start of the longest noun phrase that ends right before ``end`` ("behördlichen Angaben
    zufolge", "Einer Presseerklärung des Verbandes zufolge"), within its clause."""
    best = None
    start = end - 1
    while start >= lo and doc.lower[start] not in _CLAUSE_MARKS and end - start <= 15:
        if (
            doc.lower[start] in cues.determiners
            or doc.is_capitalized(start)
            or start == lo
            or doc.lower[start - 1] in _CLAUSE_MARKS
        ) and simple_np(doc, start, end, cues) == end:
            best = start
        start -= 1
    if (
        best is not None
        and best > lo
        and doc.is_capitalized(best)
        and (
            doc.lower[best - 1] not in cues.determiners
            and doc.is_word(best - 1)
            and not doc.is_capitalized(best - 1)
            and doc.lower[best - 1] not in cues.np_stops
            and not cues.is_cue_word(doc.lower[best - 1])
            and doc.lower[best - 1].endswith(cues.adjective_endings)
        )
    ):
        best -= 1  # one adjective before the noun: "behördlichen Angaben zufolge"
    return best


def _prefix(
    doc: Document, cues: Cues, index: int, lo: int, hi: int, i: int, n: int
) -> Draft | None:
    """A prefix cue at token ``i`` (``n`` words): "laut X", "nach Angaben von X", "wie X sagte"."""
    first = doc.lower[i]
    if n == 1 and first in cues.verb_final_cues:
        # "wie X mitteilte," / "as X said": a verb-final clause
        if not _clause_start(doc, i, lo):
            return None
        for j in range(i + 2, min(hi, i + 14)):
            if doc.lower[j] in _CLAUSE_MARKS:
                break
            cue = _verb_at(doc, cues, j, hi)
            if cue is None:
                continue
            end = cue.last + 1
            while end < hi and doc.lower[end] in cues.auxiliaries:
                end += 1
            if end < hi and doc.lower[end] not in _CLAUSE_MARKS:
                return None
            speaker = np_after(doc, i + 1, j, cues)
            if speaker is None and not cues.verb_second:
                # "as some have speculated": the phrase before the auxiliaries
                e = j
                while e > i + 2 and (
                    doc.lower[e - 1] in cues.auxiliaries or doc.lower[e - 1] in cues.negations
                ):
                    e -= 1
                speaker = np_before(doc, i + 1, e, cues)
            frame = range(i, end + (1 if end < hi and doc.lower[end] == "," else 0))
            return _draft(
                cues,
                doc,
                StatementKind.INDIRECT,
                index,
                [(lo, i), (end, hi)],
                frame,
                (cue.index, cue.index),
                speaker,
            )
        return None
    start = i + n
    if n == 1 and first in cues.noun_cues and not _prefix_noun_follows(doc, cues, start, hi):
        return None
    # the speaker: the noun phrase after the cue ("laut Angaben der Polizei": the whole phrase,
    # as the corpora annotate it)
    end = simple_np(doc, start, hi, cues, loose=not cues.verb_second)
    if end <= start:
        return None
    end = apposition(doc, end, hi, cues)
    if (
        not cues.verb_second
        and i > lo
        and (
            doc.lower[i - 1] == ","
            # "That's according to fundraising reports through …"
            or doc.lower[i - 1] in cues.passive
            or doc.lower[i - 1].endswith(("'s", "’s"))
        )
        and not any(doc.lower[t] in _CLAUSE_MARKS for t in range(end, hi))
    ):
        end = hi  # English "…, according to a source familiar with the matter."
    frame = range(i, end + (1 if end < hi and doc.lower[end] == "," else 0))
    return _draft(
        cues,
        doc,
        StatementKind.INDIRECT,
        index,
        [(lo, i), (end, hi)],
        frame,
        (i, i + n - 1),
        (start, end),
    )


def _prefix_noun_follows(doc: Document, cues: Cues, start: int, hi: int) -> bool:
    j = start
    while j < hi and j - start < 4:
        word = doc.lower[j]
        if word in cues.prefix_nouns or (
            doc.is_capitalized(j) and cues.prefix_noun_suffixes.search(word)
        ):
            return True
        if doc.lower[j] in cues.determiners or (doc.is_word(j) and not doc.is_capitalized(j)):
            j += 1
            continue
        return False
    return False


def _verb_at(doc: Document, cues: Cues, j: int, hi: int) -> VerbCue | None:
    from .cues import verb_cue_at

    return verb_cue_at(doc, j, hi, cues)


def _verbal(
    doc: Document,
    cues: Cues,
    index: int,
    lo: int,
    stop: int,
    hi: int,
    quoted: set[int],
    shared: tuple[int, int] | None = None,
) -> Draft | None:
    """The first statement of tokens ``[lo, stop)`` with a cue verb; ``shared`` is the subject
    of a clause coordinated before it (English "X praised Y and also called for Z")."""
    impersonal = _impersonal(doc, cues, index, lo, stop, quoted)
    if impersonal is not None:
        return impersonal
    found = verb_cues(doc, lo, stop, cues, skip=quoted)
    if not found:
        return None

    def participle(cue: VerbCue) -> bool:
        # English "…, saying …": its subject is the sentence's; other cues go first
        return doc.lower[cue.index] in cues.participle_cues and after_comma(doc, cue.index, lo)

    if cues.participle_cues:
        # participles after the other cues, and with them the cues of their own clause
        # ("…, arguing that it showed …": "showed" is inside the participle's complement)
        inside: set[int] = set()
        after: int | None = None
        for c in found:
            if participle(c):
                after = c.index
            elif after is not None:
                if any(doc.lower[t] == "," for t in range(after + 1, c.index)):
                    after = None
                else:
                    inside.add(c.index)
        found = sorted(found, key=lambda c: participle(c) or c.index in inside)
    subjects: dict[int, tuple[int, int] | None] = {}

    def subject(cue: VerbCue) -> tuple[int, int] | None:
        if cue.index not in subjects:
            if participle(cue):
                subjects[cue.index] = subject_of_sentence(doc, lo, cue.index, cues)
            else:
                subjects[cue.index] = subject_of(doc, cue.index, lo, stop, cues)
        return subjects[cue.index]

    # "X endorsed Y, saying …": the act comes first, the participle is split off after it
    acted = cues.participle_cues and any(
        (c.kind == "act" or (cues.reported_object_only and is_act(doc, c.index, stop, cues)))
        and not participle(c)
        and c.index < found[-1].index
        for c in found
    )
    # (a cue after the participle is in its complement: "…, telling reporters he thinks …")
    split = min((c.index for c in found if participle(c)), default=stop) if acted else stop
    earlier: tuple[int, int] | None = None  # the subject of an earlier cue verb
    for cue in found:
        if acted and (participle(cue) or cue.index > split):
            continue
        speaker = subject(cue)
        if speaker is None:
            speaker = earlier  # "… warnte X …, und erklärte, dass …"
        earlier = earlier or speaker
        # (an English particle follows its verb and belongs to the cue: "pointed out")
        cue_span = (cue.index, cue.index if cues.verb_second else cue.last)
        inverted = (  # English "…, said X, a professor who …": the complement came before
            not cues.verb_second
            and speaker is not None
            and speaker[0] > cue.index
            and cue.index > lo
            and doc.lower[cue.index - 1] == ","
        )
        if not cues.verb_second and cue.kind == "say":
            # English: a complement right after the verb, "that" optional ("said (that) …",
            # "told reporters he …"), before looking further ("said in a statement that …")
            k = None if inverted else _complement_start(doc, cues, cue, stop)
            if (
                k is not None
                and doc.lower[cue.last + 1] == ","
                and not _comma_complement(doc, cues, cue, cue.last + 1, lo)
            ):
                # "In Iowa, he said, the numbers are …": the content runs around the frame;
                # not into a participle ("Sales were great, he said, wiping …")
                comma = _comma_before(doc, cues, cue.index, lo)
                if comma is not None and doc.lower[k].endswith(cues.progressive_suffixes):
                    return _draft(
                        cues, doc, StatementKind.INDIRECT, index, [(lo, comma)],
                        range(comma, hi), cue_span, speaker,
                    )
                if comma is not None:
                    return _draft(
                        cues, doc, StatementKind.INDIRECT, index, [(lo, comma), (k, stop)],
                        range(comma, k), cue_span, speaker,
                    )
            if k is not None:
                frame = range(lo, k)
                return _draft(
                    cues, doc, StatementKind.INDIRECT, index,
                    [(k, _subordinate_end(doc, cues, lo, k, stop))], frame, cue_span, speaker,
                )
        # 1. a complement after the verb (after the subject, when it follows the verb with
        # an apposition: "warnte der Sprecher, Vedant Patel, …")
        j = cue.last + 1
        if speaker is not None and speaker[0] >= j and speaker[1] > j:
            j = speaker[1]
        limit = min(stop, j + 14)
        while (
            j < limit
            and doc.lower[j] not in _CLAUSE_MARKS
            and (doc.lower[j] not in cues.complementizers)
        ):
            if (
                cues.reported_object_only
                and doc.lower[j] in cues.conjunctions
                and j + 1 < stop
                and doc.lower[j + 1] in cues.cue_words
            ):
                j = stop  # "invoked Obama and suggested that …": the second verb's clause
                break
            j += 1
        if j < stop and not inverted:
            k = j + 1 if doc.lower[j] in (",", ":") else j
            if k < stop and doc.lower[j] == "," and cues.is_cue_word(doc.lower[k]):
                continue  # "…, sagte aber, …": the next cue verb takes the complement
            if k < stop and (
                doc.lower[j] == ":"
                or doc.lower[k] in cues.complementizers
                or (cues.verb_second and _subjunctive_soon(doc, cues, k, stop))
                or (
                    cue.kind == "say"
                    and doc.lower[j] == ","
                    and _plain_clause(doc, cues, k)
                    and (cues.verb_second or _comma_complement(doc, cues, cue, j, lo))
                )
            ):
                frame = range(lo, k)
                return _draft(
                    cues, doc, StatementKind.INDIRECT, index, [(k, stop)], frame, cue_span, speaker
                )
        # 2. the complement before: "Die Lage sei ernst, sagte X." / "…, X said."
        # (not for English "…, referring to X": the participle's subject is the sentence's)
        commas = (
            []
            # (nor for an English act: "As X scrambled …, they proposed Y" reports Y)
            if participle(cue) or (cues.reported_object_only and cue.kind == "act")
            else _commas_before(doc, cues, cue.index, lo)
        )
        for comma in commas:
            before = _complement_before(
                doc, cues, cue, speaker, cue_span, index, lo, stop, hi, comma
            )
            if before is not None:
                return before
    # 3. a speech act reported without the words
    earlier = shared
    for cue in found:
        # (English "X was first reported by Y" too: a verb of saying with its agent)
        if cues.reported_object_only and cue.kind in ("act", "say"):
            passive = _passive_act(doc, cues, index, cue, lo, stop)
            if passive is not None:
                return passive
        speaker = subject(cue) or earlier
        earlier = earlier or speaker
        if (
            (
                cue.kind == "act"
                or is_act(doc, cue.index, stop, cues)
                or (cue.kind == "say" and _reports_about(doc, cues, cue, stop))
                or (cues.reported_object_only and _infinitive_follows(doc, cues, cue, stop))
                or (  # English "fired back at the comments", "questioned his sincerity"
                    cues.reported_object_only
                    and cue.last + 1 < stop
                    and (
                        doc.lower[cue.last + 1] in cues.act_prepositions
                        or doc.lower[cue.last + 1] in cues.determiners
                    )
                )
            )
            and speaker is not None
            and _main_clause_act(
                doc, cues, cue, (cue.index, cue.index) if participle(cue) else speaker, lo, stop
            )
        ):
            if cues.reported_object_only:
                # English corpora attribute the object of the act: "Cruz is protesting
                # Obama's executive actions" -> "Obama's executive actions"; a preposition
                # right after the verb belongs to the cue ("railed against the deal")
                last = _act_cue_last(doc, cues, cue, stop)
                return _act_object_draft(doc, cues, index, cue, last, lo, stop, speaker)
            return _draft(
                cues,
                doc,
                StatementKind.REPORTED,
                index,
                [(lo, hi)],
                [],
                (cue.index, cue.index),
                speaker,
                keep_final=True,
            )
    return None



def _complement_before(
    doc: Document, cues: Cues, cue: VerbCue, speaker: tuple[int, int] | None,
    cue_span: tuple[int, int], index: int, lo: int, stop: int, hi: int, comma: int,
) -> Draft | None:
    """The complement before the cue ending at ``comma``: "Die Lage sei ernst, sagte X." /
    "…, X said."; None when the words before the comma are no complement."""
    if not (
        comma - lo >= 3
        and _frame_only_after(doc, cues, cue, stop)
        # (English: not before an infinitive object, "…, Grand Central agreed to publish …",
        # nor before a direct object, "…, Holder announced his resignation", nor after another
        # cue verb, "…, Grimm talked about renewed fears")
        and not (cues.reported_object_only and _infinitive_follows(doc, cues, cue, stop))
        and not (
            cues.reported_object_only
            and cue.last + 1 < stop
            and doc.lower[cue.last + 1] in cues.determiners
            and doc.lower[cue.index] not in cues.addressee_verbs
        )
        and not (
            cues.reported_object_only
            and any(
                doc.lower[t] in cues.cue_words and verb_cue_at(doc, t, cue.index, cues) is not None
                for t in range(comma + 1, cue.index)
            )
        )
        # (nor a verb right after the comma without a subject after it: "Many have trouble
        # finding work, worry about …" coordinates verbs)
        and not (
            cues.reported_object_only
            and comma + 1 == cue.index
            and (speaker is None or speaker[1] <= comma)
        )
        and not (
            not cues.verb_second
            and speaker is not None
            and speaker[0] <= lo
            and speaker[1] >= comma
        )
        and not (
            # English "In a statement, the campaign denied …": a leading adverbial (not a
            # conjunction: "But he operates on …, he said")
            not cues.verb_second
            and comma - lo <= 8
            and doc.lower[lo] in cues.no_complement
            and doc.lower[lo] not in cues.complementizers
            and doc.lower[lo] not in cues.conjunctions
        )
        and not (
            # "Speaking to reporters on Monday, X said …": a leading participle phrase
            not cues.verb_second
            and comma - lo <= 16
            and doc.lower[lo].endswith(cues.progressive_suffixes)
            and doc.is_upper(lo)
            and all(doc.lower[t] != "," for t in range(lo, comma))
        )
    ):  # (not when the "complement" is the subject: "X, founder of Y, endorsed Z")
        return None
    frame = range(comma, hi)
    if not cues.verb_second and comma + 1 < cue.index:
        end = cue.index
        while end > comma + 1 and doc.lower[end - 1] == ",":
            end -= 1
        speaker = (comma + 1, end)  # "…, Steven Taylor, a professor at X, said."
    return _draft(
        cues, doc, StatementKind.INDIRECT, index, [(lo, comma)], frame, cue_span, speaker
    )


def _passive_act(
    doc: Document, cues: Cues, index: int, cue: VerbCue, lo: int, stop: int
) -> Draft | None:
    """English "Cruz was endorsed on Friday by Carly Fiorina": a passive act with its agent;
    the subject is the content, the agent after "by" the source."""
    lower = doc.lower
    aux = cue.index - 1
    while aux > lo and (lower[aux] in cues.pre_verb_adverbs or lower[aux] in cues.negations):
        aux -= 1
    if aux <= lo or lower[aux] not in cues.passive:
        return None
    by = next(
        (
            t
            for t in range(cue.last + 1, min(stop, cue.last + 8))
            if lower[t] in _CLAUSE_MARKS or lower[t] == "by"
        ),
        None,
    )
    if by is None or lower[by] != "by":
        return None
    agent = np_after(doc, by + 1, stop, cues)
    first = aux
    while first > lo and lower[first - 1] in cues.auxiliaries:
        first -= 1  # "has been attacked"
    subject = np_before(doc, lo, first, cues)
    if agent is None or subject is None:
        return None
    return _draft(
        cues, doc, StatementKind.REPORTED, index, [subject], range(lo, stop),
        (first, cue.last), (agent[0], apposition(doc, agent[1], stop, cues)),
    )


def _subordinate_end(doc: Document, cues: Cues, lo: int, k: int, stop: int) -> int:
    """English "Although she said A, B …": a complement inside a sentence-initial subordinate
    clause ends where the main clause starts (a comma before a pronoun, a determiner or a
    capitalised word)."""
    word = doc.lower[lo]
    if (
        word not in cues.subordinators
        or word in cues.complementizers
        or word in cues.conjunctions
        or word in cues.relative_pronouns
    ):
        return stop
    for t in range(k + 2, stop - 2):
        if doc.lower[t] == "," and (
            doc.lower[t + 1] in cues.pronouns
            or doc.lower[t + 1] in cues.determiners
            or doc.is_capitalized(t + 1)
        ):
            return t
    return stop


def _comma_complement(doc: Document, cues: Cues, cue: VerbCue, comma: int, lo: int) -> bool:
    """English "X said, …": a complement after a comma only right after the verb ("agreed to
    sell it in 2010, records show" has none) and when no content precedes the subject
    ("Sales were great, he said, wiping …": the content is before)."""
    if comma != cue.last + 1:
        return False
    before = _comma_before(doc, cues, cue.index, lo)
    return before is None or before - lo < 3


def _reports_about(doc: Document, cues: Cues, cue: VerbCue, stop: int) -> bool:
    """A verb of saying with a topic instead of a clause: "berichtet von 50 Toten"."""
    for t in range(cue.last + 1, min(stop, cue.last + 8)):
        if doc.lower[t] in _CLAUSE_MARKS:
            return False
        if doc.lower[t] in cues.topic_prepositions:
            return True
    return False


def _infinitive_follows(doc: Document, cues: Cues, cue: VerbCue, stop: int) -> bool:
    """English "hopes to work …", "claims to desire …": an infinitive after a verb of saying
    is its object, like an act's ("to" + a lower-case word that starts no noun phrase)."""
    k = cue.last + 1
    return (
        k + 1 < stop
        and doc.lower[k] in cues.infinitive_markers
        and doc.is_word(k + 1)
        and not doc.is_upper(k + 1)
        and doc.lower[k + 1] not in cues.determiners
        and doc.lower[k + 1] not in cues.pronouns
    )


def _main_clause_act(
    doc: Document, cues: Cues, cue: VerbCue, speaker: tuple[int, int], lo: int, stop: int
) -> bool:
    """A speech act in the main clause, active and not negated: "Der Kreml kritisierte …"."""
    # (German: an auxiliary after the verb too, "kritisiert worden"; English: only before it,
    # "attacked Clinton as being …" is active)
    near = range(max(lo, cue.index - 3), min(stop, cue.last + 4) if cues.verb_second else cue.index)
    progressive = (
        bool(cues.progressive_suffixes)
        and doc.lower[cue.index].endswith(cues.progressive_suffixes)
    ) or doc.lower[cue.index] in cues.stative_cues  # English "is criticizing", "is critical of"
    # (English: only a passive auxiliary of the cue's own clause, after its subject, counts;
    # "X is the author of the plan, while Y has vowed …" keeps Y's act)
    first = lo if cues.verb_second else max(lo, speaker[1])
    if not cues.verb_second:
        # (not inside a parenthesis between subject and verb: "Kagan — who was … — supports")
        first = max(
            [first] + [t + 1 for t in range(first, cue.index) if doc.lower[t] in _CLAUSE_MARKS]
        )
    if not progressive and (
        any(doc.lower[t] in cues.passive for t in range(first, cue.index))
        or any(doc.lower[t] in cues.passive for t in near)
    ):
        return False
    if cues.verb_second and any(doc.lower[t] in cues.negations for t in range(lo, stop)):
        return False
    # German: no clause boundary before the verb outside the speaker phrase (a relative
    # clause); English: the subject comes first, commas may surround it ("Brown, in a rare
    # move, endorsed …")
    for t in range(lo, cue.index):
        if (
            doc.lower[t] == ","
            and not (speaker[0] <= t <= speaker[1])
            and (cues.verb_second or speaker[0] > cue.index)
        ):
            return False
    after = cue.last + 1
    while after < stop and doc.lower[after] in cues.auxiliaries:
        after += 1
    # a verb-final clause ("Wie die Hydrologen vorausgesagt hatten, …") is subordinate
    verb_final = (
        after < stop
        and doc.lower[after] == ","
        and (after > cue.last + 1 or cue.index > speaker[1] + 1)
    )
    return not verb_final


def _plain_clause(doc: Document, cues: Cues, k: int) -> bool:
    """A complement clause without a complementizer: not a relative or adverbial clause."""
    word = doc.lower[k]
    return doc.is_word(k) and (
        word in cues.complementizers
        or word in cues.determiners
        or (word not in cues.subordinators and word not in cues.conjunctions)
    )


def _impersonal(
    doc: Document, cues: Cues, index: int, lo: int, stop: int, quoted: set[int]
) -> Draft | None:
    """ "In dem Bericht heißt es, …" / "…, hieß es.": no speaker."""
    impersonal = cues.impersonal
    for i in doc.flagged(cues.word_flags, TRIGGER, lo, stop):
        if i in quoted or doc.lower[i] not in impersonal:
            continue
        n = match_sequence(doc, i, impersonal, stop)
        if not n:
            continue
        j = i + n
        while j < stop and doc.lower[j] not in _CLAUSE_MARKS:
            j += 1
        if not cues.verb_second and n == 1 and doc.lower[i].endswith(cues.adverb_suffixes):
            # English "the hackers have reportedly infiltrated …": the adverb's own clause,
            # without it, is the content
            start = i
            while start > lo and doc.lower[start - 1] not in _CLAUSE_MARKS:
                start -= 1
            if verb_cues(doc, start, j, cues, skip=quoted):
                continue  # "Trump reportedly told aides …": the verb's statement
            return _draft(
                cues,
                doc,
                StatementKind.INDIRECT,
                index,
                [(start, i), (i + 1, j)],
                [i],
                (i, i),
                None,
            )
        if j < stop - 2:
            k = j + 1
            return _draft(
                cues,
                doc,
                StatementKind.INDIRECT,
                index,
                [(k, stop)],
                range(lo, k),
                (i, i + n - 1),
                find_source_document(doc, lo, k, cues),
            )
        if i > lo + 3 and doc.lower[i - 1] == ",":
            return _draft(
                cues,
                doc,
                StatementKind.INDIRECT,
                index,
                [(lo, i - 1)],
                range(i - 1, stop),
                (i, i + n - 1),
                find_source_document(doc, i + n, stop, cues),
            )
    return None


def _subjunctive_soon(doc: Document, cues: Cues, k: int, stop: int) -> bool:
    for j in range(k, min(stop, k + 12)):
        if doc.lower[j] in cues.subjunctive or doc.lower[j] in cues.reportive:
            return True
        if doc.lower[j] in (";",):
            return False
    return False


def _comma_before(doc: Document, cues: Cues, verb: int, lo: int) -> int | None:
    """The comma that ends a complement before the cue ("…, sagte X" / "…, X said")."""
    found = _commas_before(doc, cues, verb, lo)
    return found[0] if found else None


def _commas_before(doc: Document, cues: Cues, verb: int, lo: int) -> list[int]:
    """The commas that may end a complement before the cue, the likeliest (leftmost) first;
    English tries the ones to its right when the leftmost one fails ("As a woman, she drew
    less attention, Brown said": not after "As a woman")."""
    if cues.verb_second:
        # German inverts: the verb follows the comma directly ("…, sagte X"), or an auxiliary
        # does ("…, hatte Koch-Mehrin damals gesagt")
        if verb - 1 > lo and doc.lower[verb - 1] == ",":
            whole = subject_of_sentence(doc, lo, verb, cues)
            if whole is not None and whole[1] >= verb - 1:
                return []  # "Der Vorsitzende, Edmund Stoiber, warf …": an apposition
            return [verb - 1]
        for j in range(verb - 1, max(lo, verb - 8), -1):
            if doc.lower[j] in _CLAUSE_MARKS or doc.lower[j] in _FINAL:
                return []
            if doc.lower[j] in cues.auxiliaries and j - 1 > lo and doc.lower[j - 1] == ",":
                return [j - 1]
        return []
    # English: "…, X said" / "…, Steven Taylor, a professor at X, said": the leftmost comma
    # after which only the subject (with appositions) precedes the verb
    found: list[int] = []
    clause_after: int | None = None
    j = verb - 1
    while j > lo and verb - j <= 25:
        word = doc.lower[j]
        if (
            word in _FINAL
            or word in (";", ":")
            or word in cues.complementizers
            or (word in cues.subordinators and word not in cues.conjunctions)
        ):
            break
        if (
            word == ","
            and j + 1 < verb
            and (
                doc.is_capitalized(j + 1)
                or doc.lower[j + 1] in cues.determiners
                or doc.lower[j + 1] in cues.pronouns
                or _np_up_to(doc, cues, j + 1, verb)  # "…, former candidate X said"
            )
        ):
            if clause_after is not None and clause_after > j:
                break  # "…, the influx has led to …, she said": a clause, no apposition
            found.insert(0, j)
        if word in cues.auxiliaries and j > lo:
            # an auxiliary outside a relative clause ends a clause, not the subject's
            # apposition ("…, a professor who has studied X, said" keeps its apposition)
            k = j - 1
            while k > lo and doc.lower[k] != "," and doc.lower[k] not in cues.relative_pronouns:
                k -= 1
            if doc.lower[k] not in cues.relative_pronouns:
                clause_after = j if clause_after is None else clause_after
        j -= 1
    if not found and verb - 1 > lo and doc.lower[verb - 1] == ",":
        found.append(verb - 1)
    return found


def _frame_only_after(doc: Document, cues: Cues, cue: VerbCue, stop: int) -> bool:
    """After the cue verb only its subject and adjuncts follow, no clause."""
    for j in range(cue.last + 1, stop):
        if not cues.verb_second and doc.lower[j] == ";":
            return True  # "…, analysts say; in 2012 …": the clause ends
        if doc.lower[j] in cues.complementizers or doc.lower[j] in (":", ";"):
            return False
    return True


# --- free indirect speech -----------------------------------------------------------------------


def is_reported_sentence(
    doc: Document, cues: Cues, index: int, quoted: set[int], strong_only: bool
) -> bool:
    sentence = doc.sentences[index]
    forms = cues.subjunctive_strong if strong_only else cues.subjunctive
    hi = sentence.token_end
    lo = sentence.token_start
    candidates = doc.flagged(cues.word_flags, REPORTED, lo, hi)
    if not candidates or doc.flagged(cues.word_flags, FIRST_PERSON, lo, hi):
        return False  # no subjunctive, or "Ich habe …" (an unmarked quote)
    for j in candidates:
        if j in quoted or (j > lo and doc.is_upper(j)):
            continue  # a capitalised noun ("Spiele", "Stimme") is no verb form
        word = doc.lower[j]
        if word in forms:
            return True
        if strong_only and word in cues.reportive and _reportive(doc, cues, j, hi):
            return True
    return False


def _reportive(doc: Document, cues: Cues, j: int, hi: int) -> bool:
    """ "soll … gesagt haben": the modal's clause ends in a perfect or stative infinitive."""
    k = j + 1
    while k < hi and doc.lower[k] not in _CLAUSE_MARKS and doc.lower[k] not in _FINAL:
        k += 1
    return k - 1 > j and doc.lower[k - 1] in cues.reportive_infinitives


def free_indirect(
    doc: Document,
    cues: Cues,
    drafts_by_sentence: dict[int, Draft],
    quoted: set[int],
    covered: set[int],
) -> list[Draft]:
    """Sentences that continue reported speech without a frame of their own."""
    added: list[Draft] = []
    if not cues.subjunctive and not cues.reportive:
        return added
    last: Draft | None = None
    last_sentence = -10
    reported = doc.sentences_with(cues.word_flags, REPORTED)
    sentences = doc.sentences
    # only sentences with a statement or a subjunctive/reportive word change anything below
    for index in sorted(drafts_by_sentence.keys() | {i for i in reported if i >= 0}):
        sentence = sentences[index]
        if index in drafts_by_sentence:
            last = drafts_by_sentence[index]
            last_sentence = index
            continue
        lo, hi = sentence.token_start, sentence.token_end
        if hi - lo < 3 or index in covered:
            continue
        if index not in reported:
            continue  # no subjunctive or reportive form: most sentences
        same_stretch = (
            last is not None
            and doc.paragraph_index(doc.starts[lo]) - doc.paragraph_index(last.end) <= 1
        )
        near = same_stretch and index - last_sentence <= 1
        strong = is_reported_sentence(doc, cues, index, quoted, strong_only=True)
        if strong and same_stretch and index - last_sentence <= 3:
            near = True  # Konjunktiv I carries reported speech over a sentence or two
        weak = (
            same_stretch
            and index - last_sentence <= 2
            and last is not None
            and last.kind
            in (
                StatementKind.INDIRECT,
                StatementKind.FREE_INDIRECT,
                StatementKind.MIXED,
                StatementKind.DIRECT,
            )
            and is_reported_sentence(doc, cues, index, quoted, strong_only=False)
        )
        if not (strong or weak):
            continue
        span = token_span(doc, lo, hi, keep_final=True)
        if span is None:
            continue
        if (
            near
            and last is not None
            and last.kind is StatementKind.FREE_INDIRECT
            and (last_sentence == index - 1)
        ):
            last.content[-1] = Span(last.content[-1].start, span.end)
            last_sentence = index
            continue
        draft = Draft(content=[span], kind=StatementKind.FREE_INDIRECT, sentence=index)
        if near and last is not None:
            draft.continues = True
        added.append(draft)
        last = draft
        last_sentence = index
    return added


def _complement_start(doc: Document, cues: Cues, cue: VerbCue, stop: int) -> int | None:
    """Where an English complement clause starts right after a verb of saying, "that" optional:
    "said (that) …", "told reporters (that) …", "said Tuesday (that) …"; None when the verb
    is followed by something else ("said in a statement that …", "said so")."""
    k = cue.last + 1
    if k >= stop:
        return None
    if doc.lower[k] in ("—", "–"):
        # "said — on Twitter, as it happens — that …": a parenthesis between dashes
        dash = doc.lower[k]
        close = next((t for t in range(k + 1, min(stop, k + 12)) if doc.lower[t] == dash), None)
        if close is not None and close + 1 < stop:
            k = close + 1
    if doc.lower[k] in cues.addressee_verbs or doc.lower[cue.index] in cues.addressee_verbs:
        found_np = np_after(doc, k, stop, cues)  # "told reporters (that) …": skip the addressee
        if found_np is not None:
            k = found_np[1]
            if k - found_np[0] > 1 and doc.lower[k - 1] in cues.nominative_pronouns:
                k -= 1  # "told voters she is …": the pronoun starts the clause
    elif doc.lower[k] in cues.recipient_prepositions:
        # "explained to CBS why …", "said to reporters that …": skip the recipient
        for j in range(k + 2, min(stop, k + 8)):
            if doc.lower[j] in cues.complementizers or doc.lower[j] in cues.question_words:
                k = j
                break
            if not doc.is_word(j):
                break
    elif doc.lower[cue.index] in cues.question_verbs:
        found_np = np_after(doc, k, stop, cues)  # "asked Sanders how …": the question follows
        if (
            found_np is not None
            and found_np[1] < stop
            and doc.lower[found_np[1]] in cues.question_words
        ):
            k = found_np[1]
    while k < stop and (
        doc.lower[k] == ","
        or doc.lower[k] in cues.time_words
        or (doc.lower[k].isdigit() and doc.lower[k - 1] in cues.time_words)  # "Dec. 6"
        or (  # "said flatly that …", "said carefully, as …": an adverb
            doc.lower[k].endswith(cues.adverb_suffixes)
            and k + 1 < stop
            and (
                doc.lower[k + 1] == ","
                or doc.lower[k + 1] in cues.complementizers
                or doc.lower[k + 1] in cues.no_complement
            )
        )
    ):
        k += 1  # "said Tuesday (that) …"
    if (
        k < stop
        and k > cue.last + 1
        and doc.lower[cue.last + 1] in cues.no_complement
        and doc.lower[k] not in cues.complementizers
    ):
        # "wrote on Twitter that …": a phrase after the verb, then the clause
        that = next(
            (
                t
                for t in range(k, min(stop, k + 6))
                if doc.lower[t] in cues.complementizers or not doc.is_word(t)
            ),
            None,
        )
        if that is not None and doc.lower[that] in cues.complementizers:
            k = that
    if k < stop and (
        doc.lower[k] in cues.complementizers
        or (
            doc.is_word(k)
            and doc.lower[k] not in cues.no_complement
            # two words only with a pronoun subject: "said he would"
            and (stop - k >= 3 or (stop - k == 2 and doc.lower[k] in cues.nominative_pronouns))
        )
    ):
        return k
    return None


def _np_up_to(doc: Document, cues: Cues, start: int, verb: int) -> bool:
    """English: the words ``[start, verb)`` form one noun phrase (the subject)."""
    found = np_before(doc, start, verb, cues)
    return found is not None and found[0] == start and verb - start <= 8


def participle_statement(
    doc: Document, cues: Cues, index: int, quoted: set[int], speaker: tuple[int, int] | None
) -> Draft | None:
    """English: a participle of saying after a direct quote's frame ("“…,” he said, adding
    that …"): a second statement of the quote's speaker."""
    if cues.verb_second or not cues.participle_cues:
        return None
    sentence = doc.sentences[index]
    lo, hi = sentence.token_start, sentence.token_end
    stop = _end(doc, lo, hi)
    for t in range(lo, stop - 2):
        if (
            doc.lower[t] == ","
            and doc.lower[t + 1] in cues.participle_cues
            and t + 1 not in quoted
            and t + 2 not in quoted
        ):
            k = t + 2
            if k < stop and doc.lower[k] == ":":
                return None  # "adding: “…”" is the next direct quote's frame
            return _draft(
                cues,
                doc,
                StatementKind.INDIRECT,
                index,
                [(k, stop)],
                range(t, k),
                (t + 1, t + 1),
                speaker,
            )
    return None


def _object_end(doc: Document, cues: Cues, start: int, stop: int) -> int:
    """Where a reported act's object ends: at the next clause boundary ("endorsed Cruz last
    week, saying …" -> "Cruz last week")."""
    for t in range(start + 1, stop):
        word = doc.lower[t]
        if word in (";", "—", "–", "(") or (
            # (a participle after the comma is split off as a second statement later)
            word == "," and not (t + 1 < stop and doc.lower[t + 1] in cues.participle_cues)
        ):
            return t
        if (
            word in cues.subordinators
            and word not in cues.complementizers
            and (word not in cues.conjunctions)
            and doc.lower[t - 1] == ","
        ):
            return t - 1
        if (
            word in cues.question_openers
            and word not in cues.complementizers
            and doc.lower[t - 1] not in cues.determiners
        ):
            return t  # "announced the deal after cutting ties …"
    return stop
