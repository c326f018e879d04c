"""The built-in tokenizer and sentence splitter (newskit.tokenization and its hook plugin)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.default_plugins import tokenizer as tokenizer_plugin
from newskit.languages import de, en
from newskit.model import Article, Sentence, Token
from newskit.registrations import Language
from newskit.tokenization import hard_line_breaks, split_sentences, token_spans, tokenize

DE = de.LANGUAGE
EN = en.LANGUAGE


def words(text: str, language: Language = DE) -> list[str]:
    return [token.slice(text) for token in tokenize(text, language)]


def sentences(text: str, language: Language = DE) -> list[str]:
    tokens = tokenize(text, language)
    return [text[s.start : s.end] for s in split_sentences(text, tokens, language)]


# --- tokens ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dr. Meier kam.", DE, ["Dr.", "Meier", "kam", "."]),
        ("Das gilt z. B. für Äpfel.", DE, ["Das", "gilt", "z.", "B.", "für", "Äpfel", "."]),
        ("Das gilt z.B. für Äpfel.", DE, ["Das", "gilt", "z.B.", "für", "Äpfel", "."]),
        ("Er traf u. a. Vertreter.", DE, ["Er", "traf", "u.", "a.", "Vertreter", "."]),
        ("Er traf i. d. R. niemanden.", DE, ["Er", "traf", "i.", "d.", "R.", "niemanden", "."]),
        ("Vgl. Nr. 5 bzw. Abs. 2.", DE, ["Vgl.", "Nr.", "5", "bzw.", "Abs.", "2", "."]),
        ("Mr. Smith left.", EN, ["Mr.", "Smith", "left", "."]),
        ("The U.S. economy grew.", EN, ["The", "U.S.", "economy", "grew", "."]),
        ("George W. Bush spoke.", EN, ["George", "W.", "Bush", "spoke", "."]),
        ("He met e.g. Mrs. Jones.", EN, ["He", "met", "e.g.", "Mrs.", "Jones", "."]),
    ],
)
def test_abbreviations_keep_their_period(
    text: str, language: Language, expected: list[str]
) -> None:
    assert words(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am 5. September 2024 kam er.", ["Am", "5.", "September", "2024", "kam", "er", "."]),
        ("Er wohnt im 6. Stock.", ["Er", "wohnt", "im", "6.", "Stock", "."]),
        ("Das 19. Jahrhundert war lang.", ["Das", "19.", "Jahrhundert", "war", "lang", "."]),
        ("Zum 67. meines Vaters.", ["Zum", "67.", "meines", "Vaters", "."]),
        (
            "Die Zahl war 5. Dann ging er.",
            ["Die", "Zahl", "war", "5", ".", "Dann", "ging", "er", "."],
        ),
        ("Er ging. 2. Punkt folgt.", ["Er", "ging", ".", "2.", "Punkt", "folgt", "."]),
    ],
)
def test_german_ordinals(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_english_has_no_dotted_ordinals() -> None:
    assert words("It was on 5. September.", EN) == ["It", "was", "on", "5", ".", "September", "."]
    assert words("on the 5th of May", EN) == ["on", "the", "5th", "of", "May"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es kostet 1.000,50 Euro.", ["Es", "kostet", "1.000,50", "Euro", "."]),
        ("Es stieg um 3.5 Prozent.", ["Es", "stieg", "um", "3.5", "Prozent", "."]),
        ("Um 10:30 Uhr am 03/27/2001", ["Um", "10:30", "Uhr", "am", "03/27/2001"]),
        ("Der 32jährige und der 5-Jährige", ["Der", "32jährige", "und", "der", "5-Jährige"]),
        ("Es fiel um -3,2 %.", ["Es", "fiel", "um", "-", "3,2", "%", "."]),
    ],
)
def test_numbers(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_english_number_units_are_separate() -> None:
    assert words("a 375mm statue for 24hrs in the 1990s", EN) == [
        "a", "375", "mm", "statue", "for", "24", "hrs", "in", "the", "1990s",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Siehe https://www.example.org/a/b?c=1&d=2.",
            ["Siehe", "https://www.example.org/a/b?c=1&d=2", "."],
        ),
        (
            "Unter www.allinrechner.at gibt es mehr.",
            ["Unter", "www.allinrechner.at", "gibt", "es", "mehr", "."],
        ),
        ("(http://example.com/x)", ["(", "http://example.com/x", ")"]),
        (
            "Mail an max.muster@example.de, bitte!",
            ["Mail", "an", "max.muster@example.de", ",", "bitte", "!"],
        ),
        ("Datei bericht_2024.pdf anbei.", ["Datei", "bericht_2024.pdf", "anbei", "."]),
    ],
)
def test_urls_emails_and_file_names(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das US-Außenministerium teilte mit.",
            ["Das", "US-Außenministerium", "teilte", "mit", "."],
        ),
        ("Die CDU/CSU-Fraktion", ["Die", "CDU", "/", "CSU-Fraktion"]),
        ("Ein- und Ausfuhr", ["Ein-", "und", "Ausfuhr"]),
        (
            "Zeitungs-, Radio- und Fernsehberichte",
            ["Zeitungs-", ",", "Radio-", "und", "Fernsehberichte"],
        ),
        ("Er sagte - und ging.", ["Er", "sagte", "-", "und", "ging", "."]),
        ("a state-of-the-art tool", ["a", "state-of-the-art", "tool"]),
    ],
)
def test_hyphenated_compounds(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize("mark", list('„“”"‚‘’«»‹›'))
def test_every_quotation_mark_is_a_token(mark: str) -> None:
    text = f"Er sagte {mark}Ja{mark} und ging."
    assert words(text) == ["Er", "sagte", mark, "Ja", mark, "und", "ging", "."]


def test_quotes_around_words() -> None:
    assert words("„Wir sind bereit“, sagte sie.") == [
        "„", "Wir", "sind", "bereit", "“", ",", "sagte", "sie", ".",
    ]  # fmt: skip
    assert words("``Wortsalat''", DE) == ["``", "Wortsalat", "''"]
    assert words("He said \"don't\" and ‘won’t’.", EN) == [
        "He", "said", '"', "don't", '"', "and", "‘", "won’t", "’", ".",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nun ja... vielleicht.", ["Nun", "ja", "...", "vielleicht", "."]),
        ("Nun ja … vielleicht.", ["Nun", "ja", "…", "vielleicht", "."]),
        ("Wirklich?!", ["Wirklich", "?!"]),
        ("Berlin – Die Regierung", ["Berlin", "–", "Die", "Regierung"]),
        ("Berlin — Die Regierung", ["Berlin", "—", "Die", "Regierung"]),
        ("Mülheim -- Kärlich", ["Mülheim", "--", "Kärlich"]),
    ],
)
def test_ellipses_and_dashes(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_token_spans_agree_with_tokens() -> None:
    text = "Dr. Meier kam am 5. Mai nach Berlin: „Gut so.“"
    assert token_spans(text, DE) == [(t.start, t.end) for t in tokenize(text, DE)]


def test_a_language_without_token_lexicons_still_tokenizes() -> None:
    bare = Language("xx", "Plain", ())
    text = "Hallo Welt. Dr. Müller kam am 5. Mai."
    assert words(text, bare) == [
        "Hallo", "Welt", ".", "Dr", ".", "Müller", "kam", "am", "5", ".", "Mai", ".",
    ]  # fmt: skip


def test_a_plugin_language_brings_its_own_abbreviations() -> None:
    dutch = Language.from_mapping("nl", "Dutch", {"abbreviations": ("bijv", "o.a")})
    assert words("Dat is bijv. waar, o.a. hier.", dutch) == [
        "Dat", "is", "bijv.", "waar", ",", "o.a.", "hier", ".",
    ]  # fmt: skip


# --- sentences ------------------------------------------------------------------------------------


def test_sentences_end_at_final_punctuation() -> None:
    assert sentences("Er kam. Sie ging! Warum? Niemand weiß es.") == [
        "Er kam.", "Sie ging!", "Warum?", "Niemand weiß es.",
    ]  # fmt: skip


def test_abbreviations_and_ordinals_do_not_end_sentences() -> None:
    text = "Dr. Meier kam am 5. September z. B. mit Prof. Huber. Dann ging er."
    assert sentences(text) == [
        "Dr. Meier kam am 5. September z. B. mit Prof. Huber.",
        "Dann ging er.",
    ]


def test_a_sentence_ending_inside_a_quote_ends_after_the_closing_mark() -> None:
    text = "Er sagte: „Wir kommen.“ Dann ging er. «Gut.» Sie lachte."
    assert sentences(text) == ["Er sagte: „Wir kommen.“", "Dann ging er.", "«Gut.»", "Sie lachte."]


def test_a_quote_followed_by_the_reporting_clause_stays_one_sentence() -> None:
    assert sentences("„Wirklich?“, fragte er. „Ja“, sagte sie.") == [
        "„Wirklich?“, fragte er.", "„Ja“, sagte sie.",
    ]  # fmt: skip
    assert sentences('"Are we ready?" he asked. "Yes."', EN) == [
        '"Are we ready?" he asked.',
        '"Yes."',
    ]


def test_sentence_final_abbreviation() -> None:
    assert sentences("Äpfel, Birnen usw. Danach kam nichts.") == [
        "Äpfel, Birnen usw.", "Danach kam nichts.",
    ]  # fmt: skip
    assert sentences("He moved to the U.S. He liked it.", EN) == [
        "He moved to the U.S.",
        "He liked it.",
    ]


def test_lower_case_after_a_period_starts_a_sentence_in_informal_text() -> None:
    assert sentences("the shop is closed. it is now a bakery.", EN) == [
        "the shop is closed.", "it is now a bakery.",
    ]  # fmt: skip
    assert sentences("Er wartete... dann ging er.") == ["Er wartete... dann ging er."]


def test_a_period_glued_to_a_lower_case_word_ends_no_sentence() -> None:
    assert sentences("See the file (draft).doc for details.", EN) == [
        "See the file (draft).doc for details."
    ]
    assert sentences("The shop is closed. it is now a bakery.", EN) == [
        "The shop is closed.", "it is now a bakery.",
    ]  # fmt: skip


def test_an_ellipsis_inside_words_or_opening_a_line_ends_no_sentence() -> None:
    assert sentences("About 650k were stolen...70k are still missing.", EN) == [
        "About 650k were stolen...70k are still missing."
    ]
    assert sentences("Done.\n\n...Now the fun part.", EN) == ["Done.", "...Now the fun part."]
    assert sentences("It was nice...Then it rained.", EN) == ["It was nice...", "Then it rained."]
    assert sentences("Look at these... http://example.org/a.html", EN) == [
        "Look at these...", "http://example.org/a.html",
    ]  # fmt: skip


# --- sentences without final punctuation: e-mails and forum posts -------------------------------


def test_a_time_stamp_after_a_name_is_a_sentence() -> None:
    text = "Anna Berg 04/26/2001 07:17 AM Will you send the draft? Sent on 08/16/2000 03:14 PM."
    assert sentences(text, EN) == [
        "Anna Berg", "04/26/2001 07:17 AM", "Will you send the draft?",
        "Sent on 08/16/2000 03:14 PM.",
    ]  # fmt: skip


def test_a_time_stamp_in_a_german_sentence_stays_in_it() -> None:
    text = "Am 12.03.2019 20:00 Uhr beginnt das Konzert. Einlass: 12.03.2019 19:00 Uhr."
    assert sentences(text) == [
        "Am 12.03.2019 20:00 Uhr beginnt das Konzert.", "Einlass: 12.03.2019 19:00 Uhr.",
    ]  # fmt: skip


def test_urls_and_addresses_before_a_capitalised_word_end_a_sentence() -> None:
    text = (
        "See http://example.org/a.html http://example.org/b.html Both are new. "
        "Mail anna@example.org Groups: local. Write to <bob@example.org> Monday works."
    )
    assert sentences(text, EN) == [
        "See http://example.org/a.html", "http://example.org/b.html", "Both are new.",
        "Mail anna@example.org", "Groups: local.", "Write to <bob@example.org>",
        "Monday works.",
    ]  # fmt: skip
    assert sentences("Mail anna@example.org today.", EN) == ["Mail anna@example.org today."]


def test_an_emoticon_ends_its_sentence() -> None:
    assert sentences("Only five dollars!! :-) What a deal.", EN) == [
        "Only five dollars!! :-)", "What a deal.",
    ]  # fmt: skip
    assert sentences("Kann ich nur empfehlen ;-) Wir kommen wieder.") == [
        "Kann ich nur empfehlen ;-)", "Wir kommen wieder.",
    ]  # fmt: skip
    assert sentences("It was fun :) and cheap.", EN) == ["It was fun :) and cheap."]


def test_a_rule_line_is_a_sentence() -> None:
    text = "Call me at home anna@example.org\n______________ Get your free mail today"
    assert sentences(text, EN) == [
        "Call me at home anna@example.org", "______________", "Get your free mail today",
    ]  # fmt: skip


def test_salutations_closings_signature_dashes_and_credits_at_a_sentence_start() -> None:
    text = (
        "Hi, Can you send the file? It is late. Best regards, Anna\n\n"
        "Dear All, My name is Bob. -- Posted by Bob\n\n(BBC) The vote was close."
    )
    assert sentences(text, EN) == [
        "Hi,", "Can you send the file?", "It is late.", "Best regards,", "Anna",
        "Dear All,", "My name is Bob.", "--", "Posted by Bob", "(BBC)", "The vote was close.",
    ]  # fmt: skip
    # not inside a sentence, not before a lower-case word
    assert sentences("He said thanks, Anna smiled. Thanks, he said.", EN) == [
        "He said thanks, Anna smiled.", "Thanks, he said.",
    ]  # fmt: skip
    assert sentences("Viele Grüße, Anna") == ["Viele Grüße,", "Anna"]


def test_headlines_without_final_punctuation_are_sentences() -> None:
    text = (
        "Regierung beschließt Haushalt\n"
        "Berlin – Die Regierung hat den Haushalt beschlossen. Er gilt ab Mai."
    )
    assert sentences(text) == [
        "Regierung beschließt Haushalt",
        "Berlin – Die Regierung hat den Haushalt beschlossen.",
        "Er gilt ab Mai.",
    ]


def test_blank_lines_end_sentences() -> None:
    assert sentences("Erster Absatz ohne Punkt\n\nZweiter Absatz") == [
        "Erster Absatz ohne Punkt", "Zweiter Absatz",
    ]  # fmt: skip


WRAPPED = (
    "Die Regierung hat am Dienstag in Berlin einen neuen Haushalt für das kommende\n"
    "Jahr beschlossen, der nach Angaben des Finanzministeriums deutlich weniger\n"
    "Schulden vorsieht als der bisherige Plan. Die Opposition kritisierte das\n"
    "Vorhaben scharf und kündigte an, im Parlament dagegen zu stimmen und vor das\n"
    "Verfassungsgericht zu ziehen.\n"
)


def test_wrapped_text_has_soft_line_breaks() -> None:
    assert hard_line_breaks(WRAPPED) == []
    assert len(sentences(WRAPPED)) == 2


def test_short_lines_are_hard_line_breaks() -> None:
    text = "Haushalt beschlossen\nOpposition empört\nKanzler zufrieden\n"
    assert hard_line_breaks(text) == [20, 38]
    assert sentences(text) == ["Haushalt beschlossen", "Opposition empört", "Kanzler zufrieden"]


def test_empty_and_blank_texts() -> None:
    assert tokenize("", DE) == []
    assert tokenize(" \n\t ", DE) == []
    assert split_sentences("", [], DE) == []
    assert sentences("Hallo") == ["Hallo"]


# --- hooks ----------------------------------------------------------------------------------------


def test_hooks_resolve_tokens_and_sentences() -> None:
    article = Article.from_text("Dr. Meier kam. Er blieb.", language="de")
    tokens = tokenizer_plugin.resolve_tokens(article=article, language=DE)
    assert all(isinstance(token, Token) for token in tokens)
    assert [token.slice(article.text) for token in tokens] == [
        "Dr.", "Meier", "kam", ".", "Er", "blieb", ".",
    ]  # fmt: skip
    article = Article.from_text(article.text, language="de")
    import attrs

    article = attrs.evolve(article, tokens=tuple(tokens))
    result = tokenizer_plugin.resolve_sentences(article=article, language=DE)
    assert result == [Sentence(0, 14, 0, 4), Sentence(15, 24, 4, 7)]


def test_pipeline_uses_the_builtin_tokenizer(pipeline: newskit.Pipeline) -> None:
    article = pipeline.analyze(
        "Am 5. September sagte Dr. Meier: „Gut.“ Dann ging er.", language="de"
    )
    assert [t.slice(article.text) for t in article.tokens][:4] == ["Am", "5.", "September", "sagte"]
    assert [article.text[s.start : s.end] for s in article.sentences] == [
        "Am 5. September sagte Dr. Meier: „Gut.“", "Dann ging er.",
    ]  # fmt: skip


# --- properties -----------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [*"abcXYZäöüßÄ0123456789 .,;:!?-–—'\"„“”‚‘’«»‹›()[]/@_…\n\t", "z. B.", "Dr.", "5. ", "www.a.de"]
)
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_ALPHABET, max_size=80).map("".join))


def _check(text: str, language: Language) -> None:
    tokens = tokenize(text, language)
    previous_end = 0
    for token in tokens:
        assert previous_end <= token.start < token.end <= len(text)
        assert text[token.start : token.end].strip()  # never whitespace-only
        previous_end = token.end
    covered = bytearray(len(text))
    for token in tokens:
        covered[token.start : token.end] = b"\x01" * (token.end - token.start)
    for index, char in enumerate(text):
        if not char.isspace():
            assert covered[index], f"{char!r} at {index} is in no token"
    result = split_sentences(text, tokens, language)
    expected_first = 0
    for sentence in result:
        assert sentence.token_start == expected_first < sentence.token_end
        assert sentence.start == tokens[sentence.token_start].start
        assert sentence.end == tokens[sentence.token_end - 1].end
        expected_first = sentence.token_end
    assert expected_first == len(tokens)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_any_text_german(text: str) -> None:
    _check(text, DE)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_any_text_english(text: str) -> None:
    _check(text, EN)


def test_seed_article(seed_text: str) -> None:
    _check(seed_text, DE)
    tokens = tokenize(seed_text, DE)
    assert len(split_sentences(seed_text, tokens, DE)) > 5
