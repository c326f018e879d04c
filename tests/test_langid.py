"""Language identification (default_plugins.langid) and the language override."""

from __future__ import annotations

import pytest

import newskit
from newskit.default_plugins import langid
from newskit.errors import UnsupportedLanguageError
from newskit.hookspecs import hookimpl
from newskit.languages import de, en
from newskit.registrations import Language

LANGUAGES = (de.LANGUAGE, en.LANGUAGE)


def identify(text: str) -> str | None:
    return langid.resolve_language(text=text, languages=LANGUAGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung hat am Dienstag einen neuen Haushalt beschlossen, der ab Mai gilt.", "de"),
        ("The government approved a new budget on Tuesday that will take effect in May.", "en"),
        ("„Wir sind bereit“, sagte sie.", "de"),
        ('"We are ready," she said.', "en"),
        ("Bundesregierung beschließt Haushalt", "de"),  # headline: no function word
        ("Thanks!", "en"),
        ("Größere Straßenbahnen", "de"),
        ("Nothing worth reading", "en"),
    ],
)
def test_identifies_german_and_english(text: str, expected: str) -> None:
    assert identify(text) == expected


def test_mixed_text_goes_to_the_majority_language() -> None:
    text = (
        "Die Kanzlerin sagte am Montag in Berlin, dass die Regierung die Lage sehr genau "
        'beobachte und mit den Partnern spreche. Der Slogan lautete: "We are in this together".'
    )
    assert identify(text) == "de"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345 678",
        "Merkel Paris",  # names only: no evidence
        "Le président a dit que la France est prête à agir avec ses partenaires européens.",
    ],
)
def test_refuses_when_there_is_no_evidence(text: str) -> None:
    assert identify(text) is None


def test_scores_count_words_listed_for_one_language_only() -> None:
    scores, total = langid.language_scores("in so die the", LANGUAGES)
    assert total == 4
    # "in" and "so" are listed for both languages, "die" only for German, "the" only for English
    assert scores == {"de": 1.0, "en": 1.0}
    assert identify("in so die the") is None  # a tie


def test_long_texts_are_identified_on_their_beginning() -> None:
    text = (
        "Die Regierung hat den Haushalt beschlossen. " * 200
        + "The end of the story is here. " * 200
    )
    assert len(text) > langid.SAMPLE_CHARS
    assert identify(text) == "de"


def test_a_new_language_needs_only_its_stopwords() -> None:
    dutch = Language.from_mapping(
        "nl", "Dutch", {"stopwords": ("de", "het", "een", "en", "van", "niet", "is")}
    )
    text = "Het is niet de bedoeling van een regering om dat te doen, en het is ook niet nodig."
    assert langid.resolve_language(text=text, languages=(*LANGUAGES, dutch)) == "nl"


def test_pipeline_identifies_per_article(pipeline: newskit.Pipeline) -> None:
    assert pipeline.analyze("Die Regierung hat den Haushalt beschlossen.").language == "de"
    assert pipeline.analyze("The government approved the budget.").language == "en"


def test_language_override_skips_identification(pipeline: newskit.Pipeline) -> None:
    article = pipeline.analyze("The government approved the budget.", language="de")
    assert article.language == "de"
    fixed = newskit.Pipeline(language="en", load_entrypoints=False)
    assert fixed.analyze("Die Regierung hat den Haushalt beschlossen.").language == "en"


def test_unidentifiable_text_gives_a_clear_error(pipeline: newskit.Pipeline) -> None:
    with pytest.raises(UnsupportedLanguageError, match="language="):
        pipeline.analyze("Merkel Paris")


@pytest.mark.parametrize("code", ["fr", "xx"])
def test_unsupported_language_gives_a_clear_error(pipeline: newskit.Pipeline, code: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match=rf"'{code}' is not supported.*de, en"):
        pipeline.analyze("Le gouvernement a approuvé le budget.", language=code)
    with pytest.raises(UnsupportedLanguageError, match=rf"'{code}' is not supported"):
        newskit.Pipeline(language=code, load_entrypoints=False)


def test_a_plugin_language_is_identified_and_analysed() -> None:
    class Dutch:
        @hookimpl
        def register_languages(self, register):  # type: ignore[no-untyped-def]
            register(
                Language.from_mapping(
                    "nl",
                    "Dutch",
                    {"stopwords": ("de", "het", "een", "en", "van", "niet", "is", "dat")},
                )
            )

    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[Dutch()])
    article = pipeline.analyze("Het is niet de bedoeling van de regering. Dat is duidelijk.")
    assert article.language == "nl"
    assert len(article.sentences) == 2


def test_clear_lead_decides_without_reading_the_rest(monkeypatch) -> None:
    lead = "Der Minister sagte am Dienstag, dass die Regierung mit den Ländern über die Pläne "
    lead = (lead * 20)[: langid.FIRST_LOOK_CHARS]
    seen: list[tuple[str, int]] = []
    real_scores, real_lead = langid.language_scores, langid._clear_lead

    def spy_scores(text, languages):
        seen.append(("scores", len(text)))
        return real_scores(text, languages)

    def spy_lead(text, languages):
        seen.append(("lead", len(text)))
        return real_lead(text, languages)

    monkeypatch.setattr(langid, "language_scores", spy_scores)
    monkeypatch.setattr(langid, "_clear_lead", spy_lead)
    # An English tail cannot change a German lead this clear: decided on listed words alone.
    assert langid.identify(lead + " the and of to that with" * 400, LANGUAGES) == "de"
    assert seen == [("lead", langid.FIRST_LOOK_CHARS)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte am Dienstag, dass die Regierung mit den Ländern über die Pläne " * 3,
        "The minister said on Tuesday that the government would talk to the states. " * 3,
        "Müller Schmidt Berlin Hamburg Straßenbahn Zeitung " * 5,
        "Washington Thing Nothing Something " * 5,
        "die the der and " * 10,
        "",
    ],
)
def test_the_clear_lead_shortcut_agrees_with_the_full_scores(text: str) -> None:
    # Without its own markers, a clear leader is what the full scores decide, or no shortcut.
    lead = langid._clear_lead(text, LANGUAGES)
    scores, total = langid.language_scores(text, LANGUAGES)
    assert lead is None or lead == langid._decide(scores, total)


def test_unclear_lead_reads_the_whole_sample() -> None:
    # A lead without function words of either language, then plain English.
    lead = "Müller Schmidt Berlin Hamburg " * 60
    text = lead[: langid.FIRST_LOOK_CHARS] + " The minister said that the plan was ready." * 20
    assert langid.identify(text, LANGUAGES) == "en"
