"""Temporal tagging: extents, TIMEX3 values and types, anchoring, the built-in hook."""

from __future__ import annotations

import datetime as dt

import pytest

import newskit
from newskit.errors import InputError
from newskit.languages.de import LANGUAGE as DE
from newskit.languages.en import LANGUAGE as EN
from newskit.registrations import Language
from newskit.temporal import reanchor, tag
from newskit.temporal.grammar import grammar_for

TUESDAY = dt.date(2023, 9, 5)  # the seed article's publication date, a Tuesday


def found(
    text: str, language: Language = DE, **kwargs: object
) -> list[tuple[str, str, str, str | None]]:
    return [
        (text[t.span.start : t.span.end], t.value, t.type.value, t.modifier)
        for t in tag(text, language, **kwargs)  # type: ignore[arg-type]
    ]


# --- the seed article -------------------------------------------------------------------------

#: Every relative (and absolute) expression of the seed with the value it has when the article
#: was published on Tuesday 2023-09-05 (worked out by hand).
SEED_EXPECTED = {
    "Dienstag": ("2023-09-05", "DATE"),  # "sagte am Dienstag": the publication day itself
    "Montag": ("2023-09-04", "DATE"),  # "am Montag sagte": the day before
    "den letzten Wochen": ("PXW", "DURATION"),
    "Juli": ("2023-07", "DATE"),
    "letzten Monat": ("2023-08", "DATE"),
    "vergangenen Jahr": ("2022", "DATE"),
    "nächste Woche": ("2023-W37", "DATE"),
    "Im Moment": ("PRESENT_REF", "DATE"),
    "Februar 2022": ("2022-02", "DATE"),
    "Anfang des Jahres": ("2023", "DATE"),
    "den letzten Tagen": ("PXD", "DURATION"),
    "Winter": ("2023-WI", "DATE"),
}


def test_seed_relative_dates_resolve_against_the_publication_date(seed_text: str) -> None:
    results = found(seed_text, published=TUESDAY)
    seen = {surface for surface, *_ in results}
    assert seen == set(SEED_EXPECTED), seen ^ set(SEED_EXPECTED)
    for surface, value, kind, _ in results:
        assert (value, kind) == SEED_EXPECTED[surface], surface
    assert sum(surface == "Dienstag" for surface, *_ in results) == seed_text.count("Dienstag")
    mods = {surface: mod for surface, _, _, mod in results}
    assert mods["Anfang des Jahres"] == "START"


def test_seed_extents_leave_the_preposition_out(seed_text: str) -> None:
    for expression in tag(seed_text, DE, published=TUESDAY):
        before = seed_text[max(0, expression.span.start - 3) : expression.span.start]
        if seed_text[expression.span.start : expression.span.end] == "Dienstag":
            assert before.lower() == "am "  # "sagte am Dienstag": "am" stays outside


def test_ids_are_in_text_order(seed_text: str) -> None:
    dates = tag(seed_text, DE, published=TUESDAY)
    assert [d.id for d in dates] == [f"t{i}" for i in range(1, len(dates) + 1)]
    assert [d.span.start for d in dates] == sorted(d.span.start for d in dates)


# --- German -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 5. September 2023", ("5. September 2023", "2023-09-05", "DATE", None)),
        ("am 05.09.2023", ("05.09.2023", "2023-09-05", "DATE", None)),
        ("am 1.9.39 begann", ("1.9.39", "1939-09-01", "DATE", None)),
        ("im Februar 2022", ("Februar 2022", "2022-02", "DATE", None)),
        ("im Jänner 2021", ("Jänner 2021", "2021-01", "DATE", None)),
        ("gestern", ("gestern", "2023-09-04", "DATE", None)),
        ("vorgestern", ("vorgestern", "2023-09-03", "DATE", None)),
        ("letzten Monat", ("letzten Monat", "2023-08", "DATE", None)),
        ("nächste Woche", ("nächste Woche", "2023-W37", "DATE", None)),
        ("im vergangenen Jahr", ("vergangenen Jahr", "2022", "DATE", None)),
        ("Anfang des Jahres", ("Anfang des Jahres", "2023", "DATE", "START")),
        ("Ende des Monats", ("Ende des Monats", "2023-09", "DATE", "END")),
        ("im Vorjahr", ("Vorjahr", "2022", "DATE", None)),
        ("vor drei Jahren", ("vor drei Jahren", "2020", "DATE", None)),
        ("seit zwei Jahren", ("zwei Jahren", "P2Y", "DURATION", None)),
        ("seit Jahren", ("Jahren", "PXY", "DURATION", None)),
        ("mehr als drei Wochen", ("mehr als drei Wochen", "P3W", "DURATION", "MORE_THAN")),
        ("jeden Montag", ("jeden Montag", "XXXX-WXX-1", "SET", None)),
        ("montags", ("montags", "XXXX-WXX-1", "SET", None)),
        ("täglich", ("täglich", "P1D", "SET", None)),
        ("im 20. Jahrhundert", ("20. Jahrhundert", "19", "DATE", None)),
        ("in den 1990er Jahren", ("den 1990er Jahren", "199", "DATE", None)),
        ("in den achtziger Jahren", ("den achtziger Jahren", "198", "DATE", None)),
        ("am Dienstagabend", ("Dienstagabend", "2023-09-05TEV", "TIME", None)),
        ("heute Morgen", ("heute Morgen", "2023-09-05TMO", "TIME", None)),
        ("um 14:30 Uhr", ("14:30 Uhr", "2023-09-05T14:30", "TIME", None)),
        ("im dritten Quartal", ("dritten Quartal", "2023-Q3", "DATE", None)),
        ("zu Weihnachten", ("Weihnachten", "2023-12-25", "DATE", None)),
        ("an Ostern 2024", ("Ostern 2024", "2024-03-31", "DATE", None)),
        ("im Jahr 2019", ("Jahr 2019", "2019", "DATE", None)),
        ("490 v. Chr.", ("490 v. Chr.", "BC0490", "DATE", None)),
    ],
)
def test_german_expressions(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert found(text, published=TUESDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Kommission sagte am Montag, sie prüfe den Fall.", "2023-09-04"),  # past: before
        ("Die Kommission wird am Montag entscheiden.", "2023-09-11"),  # future: after
        ("Am Freitag soll das Gesetz beschlossen werden.", "2023-09-08"),
        ("Er kündigte an, dass er nächsten Dienstag kommt.", "2023-09-12"),
        ("Sie trafen sich letzten Dienstag.", "2023-08-29"),
        # the reported future ("werde") is in another clause than "Am Dienstag sagte"
        ("Am Dienstag sagte Sullivan, die Regierung werde weiter drängen.", "2023-09-05"),
    ],
)
def test_a_bare_weekday_follows_the_tense_of_its_clause(text: str, value: str) -> None:
    (result,) = found(text, published=TUESDAY)
    assert result[1] == value


def test_without_a_publication_date_values_stay_underspecified() -> None:
    text = "Am Dienstag, gestern und letzten Monat; am 5. September; seit zwei Jahren."
    assert [(s, v) for s, v, *_ in found(text)] == [
        ("Dienstag", "XXXX-WXX-2"),
        ("gestern", "XXXX-XX-XX"),
        ("letzten Monat", "XXXX-XX"),
        ("5. September", "XXXX-09-05"),
        ("zwei Jahren", "P2Y"),
    ]


def test_reanchor_resolves_underspecified_values() -> None:
    article = newskit.Pipeline(load_entrypoints=False).analyze(
        "Der Minister sagte am Dienstag, gestern sei nichts passiert.", language="de"
    )
    assert [d.value for d in article.dates] == ["XXXX-WXX-2", "XXXX-XX-XX"]
    resolved = reanchor(article, DE, "2023-09-05")
    assert resolved.published == TUESDAY
    assert [d.value for d in resolved.dates] == ["2023-09-05", "2023-09-04"]
    assert [d.id for d in resolved.dates] == [d.id for d in article.dates]


def test_narrative_anchor_follows_the_story() -> None:
    text = (
        "Am 1. September 1939 griff Deutschland Polen an. Zwei Tage später erklärten "
        "Frankreich und Großbritannien den Krieg. Am 17. September folgte die Sowjetunion. "
        "Im Mai 1940 begann der Westfeldzug; am selben Tag fiel Rotterdam. Heute erinnert "
        "ein Denkmal daran."
    )
    values = [
        (s, v) for s, v, *_ in found(text, published=dt.date(2011, 2, 16), anchor="narrative")
    ]
    assert values == [
        ("1. September 1939", "1939-09-01"),
        ("Zwei Tage später", "1939-09-03"),
        ("17. September", "1939-09-17"),
        ("Mai 1940", "1940-05"),
        ("selben Tag", "1940-05"),
        ("Heute", "PRESENT_REF"),
    ]
    # the same text anchored on the publication date: relative expressions use 2011
    published = dict((s, v) for s, v, *_ in found(text, published=dt.date(2011, 2, 16)))
    assert published["Zwei Tage später"] == "2011-02-18"
    assert published["Heute"] == "2011-02-16"


def test_unknown_anchor_mode_is_an_input_error() -> None:
    with pytest.raises(InputError, match="anchor"):
        tag("gestern", DE, anchor="story")


def test_counts_are_not_years() -> None:
    assert found("Die Armee verlor 1500 Soldaten und 2000 Panzer.", published=TUESDAY) == []


# --- English ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on September 5, 2023", ("September 5, 2023", "2023-09-05", "DATE", None)),
        ("on 2023-09-05", ("2023-09-05", "2023-09-05", "DATE", None)),
        ("last Tuesday", ("last Tuesday", "2023-08-29", "DATE", None)),
        ("next month", ("next month", "2023-10", "DATE", None)),
        ("earlier this year", ("earlier this year", "2023", "DATE", None)),
        ("three years ago", ("three years ago", "2020", "DATE", None)),
        ("a year earlier", ("a year earlier", "2022", "DATE", None)),
        ("the third quarter", ("the third quarter", "2023-Q3", "DATE", None)),
        ("in the 1990s", ("the 1990s", "199", "DATE", None)),
        ("the 20th century", ("the 20th century", "19", "DATE", None)),
        ("for two weeks", ("two weeks", "P2W", "DURATION", None)),
        ("every Monday", ("every Monday", "XXXX-WXX-1", "SET", None)),
        ("at 3:30 p.m.", ("3:30 p.m.", "2023-09-05T15:30", "TIME", None)),
        ("yesterday morning", ("yesterday morning", "2023-09-04TMO", "TIME", None)),
        ("late November", ("late November", "2023-11", "DATE", "END")),
        ("Thanksgiving", ("Thanksgiving", "2023-11-23", "DATE", None)),
    ],
)
def test_english_expressions(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert found(text, EN, published=TUESDAY) == [expected]


def test_english_may_is_not_always_a_month() -> None:
    assert found("Prices may rise in May.", EN, published=TUESDAY) == [
        ("May", "2023-05", "DATE", None)
    ]


def test_english_future_weekday() -> None:
    assert found("The board will meet on Friday.", EN, published=TUESDAY)[0][1] == "2023-09-08"
    assert found("The board met on Friday.", EN, published=TUESDAY)[0][1] == "2023-09-01"


# --- the grammar ------------------------------------------------------------------------------


def test_trigger_scan_finds_what_a_full_scan_finds(seed_text: str) -> None:
    samples = [seed_text, *(case for case in SEED_EXPECTED)]
    samples.append("in den 1990er Jahren, am Dienstagabend, dreimal pro Woche, 1939–1945")
    english = [
        "the Oct. 23 meeting; the past two months",
        # "the" before a word no rule knows is skipped, before a known one it is tried
        "The company said the '90s, the year-ago quarter and the nineties beat the market.",
    ]
    for language, texts in ((DE, samples), (EN, english)):
        grammar = grammar_for(language)
        for text in texts:
            assert [(m.start, m.end, m.kind) for m in grammar.matches(text)] == [
                (m.start, m.end, m.kind) for m in grammar.scan(text)
            ]


def test_rule_sets_joined_after_many_uses_find_the_same() -> None:
    # a word's rules are tried one by one until the set has been used often; then they are
    # joined into one alternation: both ways must find the same matches
    from newskit.temporal import grammar as grammar_module

    fresh = grammar_module.grammar_for.__wrapped__(DE)
    text = "Am 5. März 2024, seit 1990, am Dienstagabend und 2023-09-05 um 14 Uhr. " * (
        grammar_module._JOIN_AFTER + 10
    )
    found = [(m.start, m.end, m.kind) for m in fresh.matches(text)]
    assert found == [(m.start, m.end, m.kind) for m in fresh.scan(text)]
    first = found[: len(found) // (grammar_module._JOIN_AFTER + 10)]
    assert len(first) >= 4  # every sentence's dates, also in the last copies
    assert found[-len(first):] == [
        (start + len(text) - len(text) // (grammar_module._JOIN_AFTER + 10),
         end + len(text) - len(text) // (grammar_module._JOIN_AFTER + 10), kind)
        for start, end, kind in first
    ]


def test_a_lead_word_is_tried_only_before_a_known_word() -> None:
    grammar = grammar_for(EN)
    assert "the" in grammar.guarded
    assert {"past", "year", "nineties"} <= grammar.vocabulary
    assert "company" not in grammar.vocabulary


def test_rules_are_language_data() -> None:
    """A plugin language brings its own words and rules; the matching code knows none."""
    toy = Language.from_mapping(
        "xx",
        "Toy",
        {
            "dates_weekday": ("lundo=1", "mardo=2"),
            "dates_shift": ("pasinta=-1", "venonta=+1"),
            "dates_rules": (r"weekday: (?:{SHIFT}\s+)?{WEEKDAY}",),
        },
    )
    text = "venonta lundo kaj mardo"
    assert [(s, v) for s, v, *_ in found(text, toy, published=TUESDAY)] == [
        ("venonta lundo", "2023-09-11"),
        ("mardo", "2023-09-05"),
    ]


# --- the built-in hook ------------------------------------------------------------------------


def test_pipeline_fills_article_dates(pipeline: newskit.Pipeline) -> None:
    article = pipeline.analyze(
        "Die Ministerin sagte am Montag, der Entwurf komme im Oktober.",
        language="de",
        published="2023-09-05",
    )
    assert [(article.slice(d.span), d.value, d.id) for d in article.dates] == [
        ("Montag", "2023-09-04", "t1"),
        ("Oktober", "2023-10", "t2"),
    ]


def test_pipeline_uses_the_narrative_anchor_from_metadata(pipeline: newskit.Pipeline) -> None:
    text = "Im Juni 1812 überschritt die Armee die Memel. Drei Monate später brannte Moskau."
    story = newskit.Article.from_text(
        text, language="de", published="2011-02-16", metadata={"temporal_anchor": "narrative"}
    )
    article = pipeline.analyze(story)
    assert [d.value for d in article.dates] == ["1812-06", "1812-09"]


@pytest.mark.parametrize(
    ("template", "placeholders", "literals"),
    [
        (r"(?:jede[nrs]?|alle)\s+{WEEKDAY}", set(), {"jede", "alle"}),
        (r"(?:{SHIFT}\s+)?{WEEKDAY}(?:{DPART_SUFFIX})?", {"shift", "weekday"}, set()),
        (r"(?<=seit\s){UNIT_PL}", {"unit_pl"}, set()),
        (
            r"(?:the\s+)?(?:{SHIFT}\s+)?(?:fiscal\s+)?{ORD}[\s-]+quarter",
            {"shift", "ord"},
            {"the", "fiscal"},
        ),
        (r"Q{QNUM}\s+{YEAR}", set(), {"q"}),
        (r"{NUMWORD:num}-{UNIT}", {"numword"}, set()),
    ],
)
def test_first_sets_of_rule_templates(
    template: str, placeholders: set[str], literals: set[str]
) -> None:
    from newskit.temporal.starts import first_set

    start = first_set(template)
    assert not start.anywhere
    assert set(start.placeholders) == placeholders
    assert set(start.literals) | set(start.words) == literals


def test_a_literal_before_whitespace_is_a_whole_word() -> None:
    from newskit.temporal.starts import first_set

    start = first_set(r"(?:the\s+)?{MONTH}")
    assert start.words == {"the"} and not start.literals  # "there" does not begin this rule
    assert first_set(r"jede[nrs]?\s+{WEEKDAY}").literals == {"jede"}


def test_a_template_that_can_match_nothing_starts_anywhere() -> None:
    from newskit.temporal.starts import first_set

    assert first_set(r"(?:Jahr\s+)?").anywhere


def test_numbers_with_separators_and_race_times() -> None:
    text = "Das Paket hat 1.000 Minuten, seit 1,5 Jahren; Seidl lief 2:19,9; um 12:53 Uhr."
    assert [(s, v) for s, v, *_ in found(text, published=TUESDAY)] == [
        ("1.000 Minuten", "PT1000M"),
        ("1,5 Jahren", "P1Y6M"),  # a half is written in the next smaller unit
        ("12:53 Uhr", "2023-09-05T12:53"),
    ]


def test_austrian_and_weekend_expressions() -> None:
    text = "Heuer klappte es. Am Wochenende kam es zu Protesten; Ende vergangener Woche auch."
    assert [(s, v, m) for s, v, _, m in found(text, published=TUESDAY)] == [
        ("Heuer", "2023", None),
        ("Wochenende", "2023-W35-WE", None),  # past tense on a Tuesday: the weekend just gone
        ("Ende vergangener Woche", "2023-W35", "END"),
    ]


_PIECES = [
    "am", "Dienstag", "5.", "September", "2023", "vor", "drei", "Jahren", "letzten", "Monat",
    "nächste", "Woche", "seit", "Anfang", "des", "Jahres", "1990er", "20.", "Jahrhundert", "um",
    "14:30", "Uhr", "jeden", "Montag", "heute", "Morgen", "the", "last", "Friday", "ago", "a",
    "year", "earlier", "Sept.", "30,", "1989", "third-quarter", "Q3", "0", "99", "31.12.",
    "1.9.39", "–", "-", ",", ".", "„", "“", "\n", "İ", "ß", "Straße", "2:1",
]


@pytest.mark.parametrize("language", [DE, EN])
def test_any_text_gives_valid_expressions(language: Language) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None)
    @given(
        st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=25),
        st.sampled_from([None, TUESDAY, dt.date(1999, 1, 1)]),
        st.sampled_from(["published", "narrative"]),
    )
    def check(words: list[str], published: dt.date | None, anchor: str) -> None:
        text = " ".join(words)
        dates = tag(text, language, published=published, anchor=anchor)
        assert [d.id for d in dates] == [f"t{i}" for i in range(1, len(dates) + 1)]
        previous_end = 0
        for date in dates:
            assert previous_end <= date.span.start < date.span.end <= len(text)
            assert date.value
            previous_end = date.span.end

    check()


def test_weekday_with_clock_time_is_one_expression_on_that_day() -> None:
    article = newskit.analyze(
        "Die Gewerkschaft kündigte an, der Streik werde am Freitag um 13 Uhr enden. "
        "Er begann am Dienstag um 2 Uhr.",
        language="de",
        published="2024-03-06",
    )
    assert [(article.slice(t.span), t.value, t.type.value) for t in article.dates] == [
        ("Freitag um 13 Uhr", "2024-03-08T13:00", "TIME"),
        ("Dienstag um 2 Uhr", "2024-03-05T02:00", "TIME"),
    ]


def _en(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(text[t.span.start : t.span.end], t.value) for t in tag(text, EN, published=published)]


def test_english_anaphoric_units_count_from_the_last_named_date() -> None:
    # in news "later that year" / "the following year" refer to the date just named,
    # while "this year" and "last year" stay with the publication date
    text = (
        "He fled to Florida in June 1998 and returned later that year. "
        "On May 22, 1995, he was promoted, and the following year he left. "
        "Sales rose last year."
    )
    assert _en(text, dt.date(2000, 1, 28)) == [
        ("June 1998", "1998-06"),
        ("later that year", "1998"),
        ("May 22, 1995", "1995-05-22"),
        ("the following year", "1996"),
        ("last year", "1999"),
    ]


def test_english_this_month_is_in_the_publication_year() -> None:
    assert _en("The election is due this September.", dt.date(1998, 2, 5)) == [
        ("this September", "1998-09"),
    ]


def test_capitalised_names_ending_in_ed_are_not_past_markers() -> None:
    # "United" is no past tense: the clause is about the future, so Thursday is ahead
    text = "The father would be traveling to the United States Thursday."
    assert _en(text, dt.date(2000, 4, 5)) == [("Thursday", "2000-04-06")]


def test_english_digit_compound_durations_but_not_ages() -> None:
    text = "After a 16-hour flight she met the 6-year-old boy; the 30-year bond fell."
    assert _en(text, dt.date(1998, 8, 18)) == [("16-hour", "PT16H"), ("30-year", "P30Y")]


def test_english_spelled_out_years() -> None:
    text = (
        "Sales fell in nineteen ninety six, in January nineteen ninety-seven and in the "
        "winter of nineteen ninety-four; by the year two thousand nineteen people left."
    )
    assert _en(text, dt.date(1998, 2, 27)) == [
        ("nineteen ninety six", "1996"),
        ("January nineteen ninety-seven", "1997-01"),
        ("the winter of nineteen ninety-four", "1994-WI"),
        ("the year two thousand", "2000"),
    ]


def test_english_earnings_periods_take_the_named_quarter() -> None:
    text = (
        "Profit rose in the third quarter, compared with a year-earlier loss. "
        "In the 1988 period, results included a charge in the 1988 second quarter."
    )
    assert _en(text, dt.date(1989, 10, 26)) == [
        ("the third quarter", "1989-Q3"),
        ("year-earlier", "1988-Q3"),
        ("the 1988 period", "1988-Q3"),
        ("the 1988 second quarter", "1988-Q2"),
    ]


def test_english_fall_as_a_verb_is_no_season() -> None:
    text = (
        "The sale could fall through, prices began to fall further, "
        "but last fall and this fall were busy."
    )
    assert _en(text, dt.date(1989, 10, 30)) == [("last fall", "1988-FA"), ("this fall", "1989-FA")]


def test_english_is_to_and_planning_point_to_the_future() -> None:
    text = "The stock is to resume trading in Paris Tuesday."
    assert _en(text, dt.date(1989, 10, 27)) == [("Tuesday", "1989-10-31")]
    text = "Protesters were planning to drive around the airport on Monday."
    assert _en(text, dt.date(2000, 1, 7)) == [("Monday", "2000-01-10")]


def test_english_latest_period_and_full_year() -> None:
    text = (
        "Profit rose in the third quarter. Sales in the latest period and for the full year grew."
    )
    assert _en(text, dt.date(1989, 10, 26)) == [
        ("the third quarter", "1989-Q3"),
        ("the latest period", "1989-Q3"),
        ("the full year", "1989"),
    ]


def test_ab_and_bis_weekday_look_ahead_without_a_past_marker() -> None:
    published = dt.date(2024, 3, 6)  # a Wednesday
    headline = "Lokführer legen Fernverkehr ab Donnerstag lahm"
    assert [t.value for t in tag(headline, DE, published=published)] == ["2024-03-07"]
    text = "Der Streik dauert bis Freitag. Ab Montag wurde gestreikt."
    assert [t.value for t in tag(text, DE, published=published)] == ["2024-03-08", "2024-03-04"]
    # the cue is language data: without it the bare weekday is the past one
    lexicons = {lexicon.name: lexicon.entries for lexicon in DE.lexicons}
    bare = Language.from_mapping("de", "German", {**lexicons, "dates_forward_cues": ()})
    assert [t.value for t in tag(headline, bare, published=published)] == ["2024-02-29"]


def test_english_noon_with_a_weekday_is_one_time() -> None:
    text = "The talks ended at noon Thursday, a spokesman said."
    assert _en(text, dt.date(1998, 2, 13)) == [("noon Thursday", "1998-02-12T12:00")]


def test_english_a_forecast_quarter_is_not_the_reported_one() -> None:
    text = (
        "Third-quarter profit fell. The company expects losses through the third quarter of "
        "1990. In the year-ago period, it earned $101 million."
    )
    assert _en(text, dt.date(1989, 10, 26)) == [
        ("Third-quarter", "1989-Q3"),
        ("the third quarter of 1990", "1990-Q3"),
        ("the year-ago period", "1988-Q3"),
    ]


def test_english_last_night_and_counted_durations() -> None:
    text = (
        "He said last night he would stay for a couple of years, two more weeks "
        "and an additional year."
    )
    assert _en(text, dt.date(1998, 1, 20)) == [
        ("last night", "1998-01-19TNI"),
        ("a couple of years", "P2Y"),
        ("two more weeks", "P2W"),
        ("an additional year", "P1Y"),
    ]


def test_english_half_units_and_ages() -> None:
    text = (
        "They lived in camps for 2 1/2 years and waited a minute and a half; "
        "Mr. Reupke, 52 years old, flew 5 1/2 hours."
    )
    assert _en(text, dt.date(1998, 2, 27)) == [
        ("2 1/2 years", "P2Y6M"),
        ("a minute and a half", "PT1M30S"),
        ("5 1/2 hours", "PT5H30M"),
    ]


def test_english_todays_world_is_not_a_day() -> None:
    text = "In today's world the offer ran in today's editions."
    assert _en(text, dt.date(1989, 11, 2)) == [("today", "1989-11-02")]
    text = "It matters to the future of our peoples and will matter in the future."
    assert _en(text, dt.date(1998, 2, 13)) == [("the future", "FUTURE_REF")]


def test_english_year_end_halves_and_fiscal_years() -> None:
    text = (
        "The deal should close by year-end. Sales in the current fiscal year and in the "
        "latest fiscal year fell, and the last half of 1989 and the first two quarters of "
        "1990 look weak."
    )
    assert _en(text, dt.date(1989, 11, 2)) == [
        ("year-end", "1989"),
        ("the current fiscal year", "1989"),
        ("the latest fiscal year", "1988"),
        ("the last half of 1989", "1989-H2"),
        ("the first two quarters of 1990", "1990-H1"),
    ]
    assert found("by year's end", EN, published=dt.date(1989, 11, 2))[0][3] == "END"


def test_english_soon_is_future_only_in_a_clause_about_the_future() -> None:
    published = dt.date(1989, 10, 30)
    assert _en("The company will soon begin selling boxes.", published) == [
        ("soon", "FUTURE_REF")
    ]
    assert _en("He was soon released from the hospital.", published) == []
    assert _en("They will call as soon as they can and soon after the vote.", published) == []
    assert _en("It cuts taxes in future quarters and in the near term.", published) == [
        ("future quarters", "FUTURE_REF"),
        ("the near term", "FUTURE_REF"),
    ]
    assert _en("shares at the then current market price", published) == [
        ("then current", "PAST_REF")
    ]


def test_english_a_past_plan_and_a_parenthesis_keep_the_tense() -> None:
    published = dt.date(1989, 10, 30)  # a Monday
    assert _en("It had been due to expire Friday evening.", published) == [
        ("Friday evening", "1989-10-27TEV")
    ]
    assert _en("It is due to expire Friday evening.", published) == [
        ("Friday evening", "1989-11-03TEV")
    ]
    # the parenthesis is part of the clause: "will leave" makes Thursday the coming one
    text = "The father will leave at dawn (4 a.m. EDT Thursday), Castro said."
    assert _en(text, dt.date(2000, 4, 5)) == [("4 a.m. EDT Thursday", "2000-04-06T04:00")]


def test_english_parts_of_the_day_with_a_modifier() -> None:
    published = dt.date(1989, 11, 2)
    assert _en("Shares were up at mid-afternoon yesterday.", published) == [
        ("mid-afternoon yesterday", "1989-11-01TAF")
    ]
    assert _en("By mid afternoon, the operation was over.", published) == [
        ("mid afternoon", "1989-11-02TAF")
    ]


def test_english_vague_periods_decade_words_and_election_day() -> None:
    text = (
        "Groups grew through the nineties and over the years; in the weeks ahead, the agency "
        "will decide at a later date, as soon as possible after Election Day."
    )
    assert _en(text, dt.date(1998, 10, 26)) == [
        ("the nineties", "199"),
        ("the years", "PXY"),
        ("the weeks ahead", "PXW"),
        ("a later date", "FUTURE_REF"),
        ("as soon as possible", "FUTURE_REF"),
        ("Election Day", "1998-11-03"),
    ]
    assert _en("a manager in his forties", dt.date(1998, 10, 26)) == []


def test_english_week_of_a_day_and_month_names_in_titles() -> None:
    text = "A hearing the week of March 6 follows the March for Life and the March of Dimes."
    assert _en(text, dt.date(2000, 2, 24)) == [("the week of March 6", "2000-W10")]
    assert _en("in March for health reasons", dt.date(1989, 10, 30)) == [("March", "1989-03")]


def test_english_a_plan_told_in_the_past_still_looks_ahead() -> None:
    # "were planning": the past auxiliary belongs to the plan, which points ahead
    text = "Protesters were planning a large demonstration on Saturday."
    assert _en(text, dt.date(2000, 1, 7)) == [("Saturday", "2000-01-08")]
    assert _en("Protesters held a large demonstration on Saturday.", dt.date(2000, 1, 7)) == [
        ("Saturday", "2000-01-01")
    ]


def test_english_year_ago_periods_name_their_quarter() -> None:
    text = (
        "Third-quarter profit rose from the year-ago third quarter, from the quarter a year "
        "ago, from the corresponding period last year and from last year's quarter."
    )
    assert _en(text, dt.date(1989, 11, 2)) == [
        ("Third-quarter", "1989-Q3"),
        ("the year-ago third quarter", "1988-Q3"),
        ("the quarter a year ago", "1988-Q3"),
        ("the corresponding period last year", "1988-Q3"),
        ("last year's quarter", "1988-Q3"),
    ]


def test_english_scheduled_present_long_compounds_and_counted_trading_days() -> None:
    published = dt.date(1998, 5, 1)  # a Friday
    assert _en("He and Arafat meet separately Monday with Albright.", published) == [
        ("Monday", "1998-05-04")
    ]
    text = (
        "After their third day-long meeting and a decades-long battle, eight trading days "
        "passed, the first rise in years."
    )
    assert _en(text, published) == [
        ("day-long", "P1D"),
        ("decades-long", "PXDE"),
        ("eight trading days", "P8D"),
        ("years", "PXY"),
    ]


def test_english_ordinal_second_and_show_titles_are_no_dates() -> None:
    published = dt.date(1991, 2, 25)
    text = 'It will be a second betrayal, Baker said on ABC\'s "This Week" for a second.'
    assert _en(text, published) == [("a second", "PT1S")]
    assert _en("This week the talks resume.", published) == [("This week", "1991-W09")]


def test_english_latest_and_current_quarters() -> None:
    published = dt.date(1989, 11, 2)
    assert _en("Sales in the latest period rose.", published) == [
        ("the latest period", "1989-Q3")
    ]
    text = (
        "The company reported a decline in fourth-quarter earnings, from a year earlier; "
        "sales in the latest period rose, and the current quarter began well."
    )
    assert _en(text, published) == [
        ("fourth-quarter", "1989-Q4"),
        ("a year earlier", "1988-Q4"),
        ("the latest period", "1989-Q4"),
        ("the current quarter", "1989-Q4"),
    ]
    text = "Third-quarter profit rose, and the current quarter began well."
    assert _en(text, published)[-1] == ("the current quarter", "1989-Q4")


def test_english_previous_weekday_and_this_past_season() -> None:
    published = dt.date(1989, 10, 30)  # a Monday
    text = "Shares fell Friday, down 4.5% from the previous Friday."
    assert _en(text, published) == [("Friday", "1989-10-27"), ("the previous Friday", "1989-10-20")]
    text = "Costs rose this past spring but fell last spring."
    assert _en(text, published) == [("this past spring", "1989-SP"), ("last spring", "1988-SP")]


def test_english_at_the_time_and_high_noon() -> None:
    published = dt.date(1998, 3, 1)
    assert _en("In a speech, saying at the time he was willing to go.", published) == [
        ("the time", "PAST_REF")
    ]
    assert _en("There were 12 members at the time of its founding.", published) == []
    assert _en("For Poland, high noon comes today at noon.", published) == [
        ("today", "1998-03-01"),
        ("noon", "1998-03-01T12:00"),
    ]


def test_english_plans_as_a_noun_is_no_future_marker() -> None:
    published = dt.date(1998, 8, 17)  # a Monday
    assert _en("She set aside vacation plans Friday.", published) == [("Friday", "1998-08-14")]
    assert _en("Qantas plans a new route Friday.", published) == [("Friday", "1998-08-21")]


def test_english_a_range_of_counts_gives_two_durations() -> None:
    published = dt.date(1998, 3, 31)
    assert _en("It waits between two to six days, or 10-12 hours.", published) == [
        ("two", "P2D"),
        ("six days", "P6D"),
        ("10", "PT10H"),
        ("12 hours", "PT12H"),
    ]
    assert _en("Prices rose 10 to 15 percent.", published) == []
