"""Direct quotes: quoted passages with their frame, cue and speaker.

A passage is *standalone* (a direct statement) when it fills a clause of its own: nothing
precedes it in its sentence, or a frame ending in ":" or a cue verb does ("X sagte: „…“");
and nothing follows it, or a frame does ("„…“, sagte X", "„…“, so X", "…,” he said"). Any
other passage is embedded in a sentence (a partial quote, a title, a name in quotation marks):
it becomes a verbatim part of the indirect statement around it, if there is one.
"""

from __future__ import annotations

from ..model import StatementKind
from .cues import match_sequence, verb_cue_at
from .document import Document
from .draft import Draft, content_span, frame_of
from .lexicon import TRIGGER, Cues
from .phrases import after_verb, find_source_document, np_after, simple_np, subject_of
from .quotemarks import QuotedPassage

_FINAL = frozenset({".", "!", "?"})


def passage_tokens(doc: Document, passage: QuotedPassage) -> tuple[int, int, int]:
    """(first token of the opening mark, first inner token, first token after the passage)."""
    open_token = doc.token_at_or_after(passage.open)
    inner = doc.tokens_in(*passage.inner)
    after = doc.token_at_or_after(passage.outer[1] - 1) + (1 if passage.closed else 0)
    if not passage.closed:
        after = inner.stop
    return open_token, inner.start, after


def find_direct(
    doc: Document, cues: Cues, passages: list[QuotedPassage]
) -> tuple[list[Draft], list[QuotedPassage]]:
    """Direct statements, and the embedded passages left over (candidates for verbatim parts)."""
    drafts: list[Draft] = []
    embedded: list[QuotedPassage] = []
    previous_end = 0  # first token after the previous passage
    skip_next = False
    for number, passage in enumerate(passages):
        if skip_next:
            skip_next = False
            continue
        open_token, first_inner, after_start = passage_tokens(doc, passage)
        inner = range(first_inner, doc.tokens_in(*passage.inner).stop)
        if not inner or open_token >= len(doc):
            previous_end = after_start
            continue
        sentence = doc.sentence_at(passage.open)
        before = range(max(sentence.token_start, previous_end), open_token)
        prior_end = previous_end
        paragraph = doc.paragraph(passage.close)
        next_open = passages[number + 1].open if number + 1 < len(passages) else len(doc.text)
        a = after_start
        inner_end = doc.text[: passage.close].rstrip()[-1:]
        if (
            inner_end in (".", "!", "?")
            and a < len(doc)
            and doc.is_capitalized(a)
            and not (inner_end != "." and _short_frame(doc, cues, a, paragraph.end, next_open))
        ):
            a = len(doc) + 1  # the quote ended its sentence; what follows is a new one
        while (
            a < len(doc)
            and doc.starts[a] < paragraph.end
            and doc.starts[a] < next_open
            and (doc.lower[a] not in _FINAL)
        ):
            a += 1
        if a > len(doc):
            a = after_start
        after = range(after_start, a)
        previous_end = a
        words_inside = sum(1 for i in inner if doc.is_word(i))

        draft = Draft(
            content=[content_span(doc, passage)],
            kind=StatementKind.DIRECT,
            sentence=doc.sentence_index(passage.open),
        )
        frame_tokens: list[int] = []
        cue_found = False
        # --- a frame after the quote ----------------------------------------------------------
        if (
            after
            and cues.verb_second
            and doc.is_word(after[0])
            and doc.text[: passage.close].rstrip()[-1:] not in (".", "!", "?", ",")
        ):
            embedded.append(passage)  # „heise online“ berichtet: no comma, no frame
            previous_end = prior_end
            continue
        if (
            after
            and before
            and not cues.verb_second
            and inner_end not in (",", ".", "!", "?", "-", "—", "–")
            and any(doc.is_word(t) for t in before)
        ):
            # English 'held the “buffer” zone that …': a quote inside its sentence without
            # punctuation of its own is a partial quote, whatever verb follows
            embedded.append(passage)
            previous_end = prior_end
            continue
        if (
            after
            and before
            and not cues.verb_second
            and doc.lower[before[-1]] not in (":", ",")
            and doc.is_word(before[-1])
            and verb_cue_at(doc, before[-1], open_token, cues) is None
            and any(
                doc.lower[t] in cues.cue_words and verb_cue_at(doc, t, open_token, cues)
                for t in before
            )
        ):
            # English 'said the system was “corrupt,” noting …': the quote ends the complement
            # of a cue before it ("But “…,” said X" is a direct quote), whatever follows it
            embedded.append(passage)
            previous_end = prior_end
            continue
        if after:
            cue_found = _frame_after(doc, cues, after, draft)
            if cue_found:
                frame_tokens = list(after)
            elif sum(1 for t in after if doc.is_word(t)) >= 2 or _continues_clause(doc, after):
                embedded.append(passage)  # the sentence goes on: a partial quote
                previous_end = prior_end
                continue
        # --- a frame before the quote ---------------------------------------------------------
        if (
            not before
            and not cue_found
            and prior_end < open_token
            and doc.lower[open_token - 1] == ":"
        ):
            # "Breitbart News responded:" in the paragraph before the quote
            before = range(
                max(doc.sentence_at(doc.starts[open_token - 1]).token_start, prior_end),
                open_token,
            )
        if before and not cue_found:
            last = before[-1]
            if (
                doc.lower[last] == ":"
                or verb_cue_at(doc, last, last + 1, cues)
                or (_ends_with_cue(doc, cues, before))
            ):
                cue_found = _frame_before(doc, cues, before, draft)
                frame_tokens = list(before)
                if not cue_found and doc.lower[last] == ":":
                    subject = _colon_subject(doc, cues, before)
                    if subject:
                        draft.speaker_tokens = subject
                        cue_found = True
            else:
                embedded.append(passage)
                previous_end = prior_end
                continue
        if (not cue_found and words_inside < 3) or (
            words_inside <= 4
            # (a title's looser form only without a frame: "“Make America Great Again,” he
            # said" is a quote)
            and looks_like_a_name(doc, inner, None if cue_found else cues)
            and not (before and doc.lower[before[-1]] == ":")
        ):
            embedded.append(passage)  # a title or a name in quotation marks
            previous_end = prior_end
            continue
        if frame_tokens:
            draft.frame = frame_of(doc, frame_tokens)
        # „A“, sagte X, „B“: the second part of the same quote
        if (
            cue_found
            and after
            and number + 1 < len(passages)
            and a < len(doc)
            and (doc.starts[a] >= passages[number + 1].open)
            and doc.lower[after[-1]] in (",", ":")
        ):
            nxt = passages[number + 1]
            draft.content.append(content_span(doc, nxt))
            skip_next = True
            previous_end = passage_tokens(doc, nxt)[2]
        draft.continues = not cue_found
        drafts.append(draft)
    return drafts, embedded


def _short_frame(doc: Document, cues: Cues, a: int, end: int, next_open: int) -> bool:
    """English "“…?” Pence said.": after a question or exclamation a capitalised word may start
    the quote's frame rather than a new sentence: a cue verb among the next few words, which
    end the sentence."""
    if cues.verb_second:
        return False
    for t in range(a, min(len(doc), a + 8)):
        if doc.starts[t] >= end or doc.starts[t] >= next_open or doc.lower[t] in _FINAL:
            return False
        cue = verb_cue_at(doc, t, min(len(doc), t + 1), cues) if t > a else None
        if cue is not None:
            return cue.kind == "say"  # (not an act: "“We won!” Fans celebrated …")
    return False


def _continues_clause(doc: Document, after: range) -> bool:
    """True when words after a quote go on with its sentence (an embedded quote)."""
    first = after[0]
    word = doc.lower[first]
    attached = doc.starts[first] == doc.ends[first - 1] and word == "-"  # „Bild“-Zeitung
    return word[:1].isalnum() or word in ("(", "„", "“", '"') or attached


def looks_like_a_name(doc: Document, inner: range, cues: Cues | None = None) -> bool:
    """Every word capitalised and no sentence punctuation: „Chaos Computer Club“. English
    titles keep small words in lower case and may end in the comma of the sentence around
    them ('his book, ''Doomed to Succeed,'' and …')."""
    words = [i for i in inner if doc.is_word(i)]
    if not words:
        return False
    minor = cues.title_words if cues is not None else frozenset()
    first, last = words[0], words[-1]
    if not all(
        doc.is_capitalized(i) or (doc.lower[i] in minor and i != first and i != last)
        for i in words
    ):
        return False
    marks = [i for i in inner if doc.lower[i] in (".", "!", "?", ",")]
    if not marks:
        return True
    return bool(minor) and len(words) >= 2 and marks == [inner[-1]] and doc.lower[marks[0]] == ","



def _ends_with_cue(doc: Document, cues: Cues, before: range) -> bool:
    for i in before[-3:]:
        if verb_cue_at(doc, i, before.stop, cues):
            # English "said the plan “will work”", "said that “…”": indirect speech with a
            # partial quote, not a frame
            return cues.verb_second or not any(
                doc.lower[t] in cues.determiners
                or doc.lower[t] in cues.nominative_pronouns
                or doc.lower[t] in cues.complementizers
                for t in range(i + 1, before.stop)
            )
    return False


def _colon_subject(doc: Document, cues: Cues, before: range) -> tuple[int, int] | None:
    start = before[0]
    end = simple_np(doc, start, before.stop, cues)
    if end > start and not (cues.verb_second and doc.lower[start] in cues.prefield_adverbials):
        return start, end
    return None


def _frame_after(doc: Document, cues: Cues, after: range, draft: Draft) -> bool:
    """Cue and speaker in the frame after a quote; True when a cue was found."""
    i = after[0]
    hi = after.stop
    if doc.lower[i] in (",", "–", "—", "-", "("):
        i += 1
    if i >= hi:
        return False
    # ", so X"
    if doc.lower[i] in cues.inverted and i + 1 < hi:
        found = np_after(doc, i + 1, hi, cues)
        if found:
            draft.cue_tokens = (i, i)
            draft.speaker_tokens = found
            return True
    n = match_sequence(doc, i, cues.impersonal, hi)
    if n:
        draft.cue_tokens = (i, i + n - 1)
        draft.speaker_tokens = find_source_document(doc, i + n, hi, cues)
        return True
    for j in range(i, min(hi, i + (8 if cues.verb_second else 25))):
        if doc.lower[j] in (".", ";", ":", "„", "“", '"'):
            break
        cue = verb_cue_at(doc, j, hi, cues)
        if cue is None:
            continue
        draft.cue_tokens = (cue.index, cue.index)
        draft.particle = cue.particle
        if j > i:  # "…,” he said" / "…,” Smith said"
            found = np_after(doc, i, j, cues)
            if found is None:
                continue
            if not cues.verb_second:
                if (
                    doc.lower[cue.index] not in cues.addressee_verbs
                    and doc.lower[cue.index] not in cues.question_verbs  # "asked reporters"
                ) and _complement_follows(
                    doc, cues, cue.last + 1, hi
                ):
                    return False  # "“Title,” Rep. Issa said Clinton's …": not the frame
                end = j
                while end > i + 1 and doc.lower[end - 1] == ",":
                    end -= 1
                found = (i, end)  # with appositions: "Smith, a professor at X, said"
            draft.speaker_tokens = found
            if (
                cue.form.lemma in cues.addressee_verbs
                or doc.lower[cue.index] in cues.addressee_verbs
            ):
                addressee = np_after(doc, cue.index + 1, hi, cues)
                if addressee:
                    draft.addressee_tokens = addressee
        else:
            found = after_verb(doc, cue.index, hi, cues)
            if cue.kind == "channel" and found:
                found = _split_channel(doc, cues, found, draft)
            draft.speaker_tokens = found
        return True
    return False


def _complement_follows(doc: Document, cues: Cues, k: int, hi: int) -> bool:
    """English: a clause follows the verb of saying ("said Clinton's judgment is …")."""
    if k >= hi or not doc.is_word(k):
        return False
    word = doc.lower[k]
    if (
        k + 1 < hi
        and word.endswith(cues.adverb_suffixes)
        and (doc.lower[k + 1] in (",", ".") or doc.lower[k + 1] in cues.no_complement)
    ):
        return False  # "…,” Trump said carefully, as …": an adverb, no clause
    if word in cues.addressee_verbs or word in cues.no_complement or word in cues.time_words:
        return False
    if word.isdigit() and doc.lower[k - 1] in cues.time_words:  # "said Dec. 6 on CNN"
        return False
    return sum(1 for t in range(k, hi) if doc.is_word(t)) >= 3


def _split_channel(doc: Document, cues: Cues, np: tuple[int, int], draft: Draft) -> tuple[int, int]:
    """ "zitierte das Verteidigungsministerium Shoigu": channel and speaker in one run."""
    start, end = np
    head = start
    while head < end and not doc.is_capitalized(head):
        head += 1
    if head + 1 < end and doc.is_capitalized(head + 1):
        draft.channel_tokens = (start, head + 1)
        return head + 1, end
    # "zitierte die Zeitung den Minister": a second noun phrase
    second = np_after(doc, end, min(len(doc), end + 8), cues)
    if second:
        draft.channel_tokens = np
        return second
    return np


def _frame_before(doc: Document, cues: Cues, before: range, draft: Draft) -> bool:
    hi = before.stop
    for j in range(hi - 1, before.start - 1, -1):
        cue = verb_cue_at(doc, j, hi, cues)
        if cue is None:
            continue
        draft.cue_tokens = (cue.index, cue.index)
        draft.particle = cue.particle
        found = subject_of(doc, cue.index, before.start, hi, cues)
        if cue.kind == "channel" and found:
            found = _split_channel(doc, cues, found, draft)
        draft.speaker_tokens = found
        return True
    return False


def partial_quote(
    doc: Document, cues: Cues, passage: QuotedPassage, quoted: set[int]
) -> Draft | None:
    """A quoted phrase inside a sentence with a cue verb ("Er nannte die Pläne „Wortbruch“"):
    a direct statement of the verb's subject, if the sentence has a cue verb outside quotes."""
    if not passage.closed:
        return None
    open_token, _, after_start = passage_tokens(doc, passage)
    inner = doc.tokens_in(*passage.inner)
    # (English: a single quoted word is a scare quote or a title more often than a quote)
    if sum(1 for i in inner if doc.is_word(i)) < (1 if cues.verb_second else 2) or (
        looks_like_a_name(doc, inner, cues)
    ):
        return None
    sentence = doc.sentence_at(passage.open)
    lo, hi = sentence.token_start, sentence.token_end
    for index in doc.flagged(cues.word_flags, TRIGGER, lo, hi):
        if index in quoted or doc.lower[index] not in cues.cue_words:
            continue
        cue = verb_cue_at(doc, index, hi, cues)
        if cue is None:
            continue
        draft = Draft(
            content=[content_span(doc, passage)],
            kind=StatementKind.DIRECT,
            sentence=doc.sentence_index(passage.open),
        )
        draft.cue_tokens = (cue.index, cue.index)
        draft.particle = cue.particle
        draft.speaker_tokens = subject_of(doc, cue.index, lo, hi, cues)
        frame = [t for t in range(lo, hi) if t < open_token or t >= after_start]
        draft.frame = frame_of(doc, frame)
        return draft
    return None
