"""Statement attribution: quotation marks, cues, indirect speech, speakers, dates."""

from __future__ import annotations

import pytest

import newskit
from newskit.attribution.lexicon import cues_for
from newskit.attribution.quotemarks import pair_quotes
from newskit.hookspecs import hookimpl
from newskit.model import Actor, ActorKind, Article, Span, StatementKind, TimeExpression

ACTORS = "newskit.default_plugins.actors"
DATES = "newskit.default_plugins.dates"


def analyze(
    text: str,
    language: str = "de",
    *,
    block: tuple[str, ...] = (),
    plugins=(),
    published: str | None = "2023-09-06",
) -> Article:
    pipeline = newskit.Pipeline(load_entrypoints=False, block=block, plugins=plugins)
    return pipeline.analyze(text, language=language, published=published)


def statement_for(article: Article, fragment: str):
    """The statement whose content contains ``fragment``."""
    found = [
        s for s in article.statements if any(fragment in article.slice(span) for span in s.content)
    ]
    assert found, f"no statement contains {fragment!r}: " + repr(
        [[article.slice(c) for c in s.content] for s in article.statements]
    )
    return found[0]


def speaker_names(article: Article, statement) -> set[str]:
    assert statement.speaker is not None, f"no speaker for {statement}"
    actor = article.actor(statement.speaker)
    return {actor.name, *actor.aliases}


def mention(article: Article, statement) -> str | None:
    return article.slice(statement.speaker_mention) if statement.speaker_mention else None


# --- quotation marks ------------------------------------------------------------------------------


@pytest.fixture
def german_cues(pipeline):
    return cues_for(pipeline.language_for("de"))


def texts(text, passages):
    return [text[p.open + 1 : p.close] for p in passages]


def test_pairs_german_french_and_english_marks(german_cues):
    text = "Er sagte: „Eins zwei.“ Sie sagte: »Drei vier.« Und: “Fünf sechs.”"
    assert texts(text, pair_quotes(text, german_cues)) == [
        "Eins zwei.",
        "Drei vier.",
        "Fünf sechs.",
    ]


def test_stray_closing_mark_extends_the_quote_locally(german_cues):
    text = (
        "„Das wird kein gutes Licht werfen.“ , und dafür zahlen sie einen Preis“, sagte er.\n„Neu“"
    )
    passages = pair_quotes(text, german_cues)
    assert texts(text, passages)[0].endswith("einen Preis")
    assert texts(text, passages)[1] == "Neu"  # the next paragraph is unaffected


def test_unclosed_quote_ends_at_its_paragraph(german_cues):
    text = "Er sagte: „Das ist offen.\nEin neuer Absatz mit „Zitat“ hier."
    assert texts(text, pair_quotes(text, german_cues)) == ["Das ist offen.", "Zitat"]


def test_new_opening_mark_closes_an_unclosed_quote(german_cues):
    text = "„Erstes Zitat ohne Ende „Zweites Zitat“ danach."
    assert texts(text, pair_quotes(text, german_cues)) == [
        "Erstes Zitat ohne Ende",
        "Zweites Zitat",
    ]


def test_apostrophes_do_not_pair(pipeline):
    cues = cues_for(pipeline.language_for("en"))
    text = "He said ‘it’s fine’ and didn’t care."
    assert texts(text, pair_quotes(text, cues)) == ["it’s fine"]


# --- cue positions and kinds ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("Der Minister sagte: „Wir bleiben hart.“", "Wir bleiben hart.", "Der Minister", "sagte"),
        ("„Wir bleiben hart“, sagte der Minister.", "Wir bleiben hart", "der Minister", "sagte"),
        ("„Wir bleiben hart“, so die Ministerin.", "Wir bleiben hart", "die Ministerin", "so"),
        (
            "Laut Polizei wurden drei Menschen verletzt.",
            "wurden drei Menschen verletzt",
            "Polizei",
            "Laut",
        ),
        (
            "Nach Angaben der Feuerwehr brannte das Haus völlig aus.",
            "brannte das Haus völlig aus",
            "Angaben der Feuerwehr",
            "Nach",
        ),
        (
            "Der Studie zufolge steigen die Preise weiter.",
            "steigen die Preise weiter",
            "Der Studie",
            "zufolge",
        ),
        (
            "Wie die Stadt mitteilte, bleibt die Brücke gesperrt.",
            "bleibt die Brücke gesperrt",
            "die Stadt",
            "mitteilte",
        ),
        (
            "Die Lage sei ernst, sagte der Bürgermeister.",
            "Die Lage sei ernst",
            "der Bürgermeister",
            "sagte",
        ),
        (
            "Der Sprecher sagte, die Gespräche seien gescheitert.",
            "die Gespräche seien gescheitert",
            "Der Sprecher",
            "sagte",
        ),
        (
            "Die Regierung teilte am Montag mit, dass die Steuern sinken.",
            "dass die Steuern sinken",
            "Die Regierung",
            "teilte",
        ),
    ],
)
def test_german_cue_positions(text, content, speaker, cue):
    article = analyze(text)
    statement = statement_for(article, content)
    assert article.slice(statement.content[0]) == content
    assert mention(article, statement) == speaker
    assert article.slice(statement.cue) == cue


def test_separable_verb_needs_its_particle():
    article = analyze("Die Firma teilte die Kosten mit ihren Partnern.")
    assert not article.statements  # "teilte … mit" is a cue only with its particle at the end


def test_impersonal_cue_speaks_through_its_document():
    article = analyze("In dem Bericht heißt es, die Lage habe sich verschlechtert.")
    statement = statement_for(article, "die Lage habe sich verschlechtert")
    assert statement.kind is StatementKind.INDIRECT
    assert mention(article, statement) == "dem Bericht"
    assert article.slice(statement.cue) == "heißt es"
    nobody = analyze("Es gebe Probleme, hieß es.").statements[0]
    assert nobody.speaker is None


def test_reported_speech_act_covers_the_sentence():
    article = analyze("Die Opposition kritisierte den Haushaltsplan scharf.")
    statement = statement_for(article, "Haushaltsplan")
    assert statement.kind is StatementKind.REPORTED
    assert mention(article, statement) == "Die Opposition"


def test_free_indirect_continues_the_previous_speaker():
    article = analyze(
        "Der Bürgermeister sagte, die Stadt sei gut vorbereitet. Es gebe genug Helfer. "
        "Die Feuerwehr habe alle Pläne geprüft."
    )
    first = statement_for(article, "die Stadt sei gut vorbereitet")
    following = statement_for(article, "Es gebe genug Helfer")
    assert following.kind is StatementKind.FREE_INDIRECT
    assert following.speaker == first.speaker
    assert "Die Feuerwehr habe alle Pläne geprüft" in article.slice(following.content[-1])


def test_partial_quote_is_verbatim_part_of_indirect_speech():
    article = analyze("Der Minister sagte, die Verhandlungen würden „aktiv voranschreiten“.")
    statement = statement_for(article, "die Verhandlungen")
    assert statement.kind is StatementKind.MIXED
    assert [article.slice(v) for v in statement.verbatim] == ["aktiv voranschreiten"]


def test_quote_split_by_its_frame_is_one_statement():
    article = analyze("„Wir sind bereit“, sagte die Trainerin, „und wir wollen gewinnen.“")
    assert len(article.statements) == 1
    statement = article.statements[0]
    assert [article.slice(c) for c in statement.content] == [
        "Wir sind bereit",
        "und wir wollen gewinnen.",
    ]


def test_following_quote_without_cue_continues_the_speaker():
    article = analyze("„Das ist gut“, sagte Anna Weber. „Wir machen weiter wie bisher.“")
    first = statement_for(article, "Das ist gut")
    second = statement_for(article, "Wir machen weiter")
    assert second.speaker == first.speaker
    assert second.cue == first.cue  # the reporting clause of the quote it continues


def test_short_quoted_names_are_not_statements():
    article = analyze("Das Schiff „Aurora“ lief am Morgen aus.")
    assert not article.statements


def test_pronoun_speaker_resolves_to_last_speaker():
    article = analyze("„Wir sind bereit“, sagte Jana Novak. Später sagte sie, alles sei geplant.")
    first = statement_for(article, "Wir sind bereit")
    second = statement_for(article, "alles sei geplant")
    assert mention(article, second) == "sie"
    assert second.speaker == first.speaker


class _Dates:
    """A throwaway date plugin: every "Dienstag" is 2023-09-05, every "Montag" 2023-09-04."""

    @hookimpl
    def extract_dates(self, article, language):
        found = []
        for word, value in (("Dienstag", "2023-09-05"), ("Montag", "2023-09-04")):
            start = article.text.find(word)
            while start >= 0:
                found.append(
                    TimeExpression(
                        id=f"t{len(found) + 1}", span=Span(start, start + len(word)), value=value
                    )
                )
                start = article.text.find(word, start + 1)
        return found


def test_addressee_and_date():
    article = analyze(
        "Die Ministerin sagte am Dienstag gegenüber Reportern, der Plan sei fertig.",
        block=(DATES,),
        plugins=(_Dates(),),
    )
    statement = statement_for(article, "der Plan sei fertig")
    assert article.slice(statement.addressee) == "Reportern"
    assert statement.date is not None and statement.date.value == "2023-09-05"
    undated = statement_for(
        analyze(
            "Die Ministerin sagte, der Plan sei fertig. Am Montag beginnt der Bau.",
            block=(DATES,),
            plugins=(_Dates(),),
        ),
        "der Plan sei fertig",
    )
    assert undated.date is None  # a date outside the frame does not date the statement


def test_english_cues():
    article = analyze(
        "“We will win,” said Maria Lopez. The mayor said that the bridge would reopen. "
        "According to the police, two people were hurt.",
        "en",
    )
    assert mention(article, statement_for(article, "We will win")) == "Maria Lopez"
    assert mention(article, statement_for(article, "the bridge would reopen")) == "The mayor"
    assert mention(article, statement_for(article, "two people were hurt")) == "the police"


def test_english_doubled_apostrophes_and_time_words():
    article = analyze(
        "''Time is short,'' he said. The president said Tuesday his plan would pass.", "en"
    )
    assert mention(article, statement_for(article, "Time is short")) == "he"
    reported = statement_for(article, "his plan would pass")
    assert article.slice(reported.cue) == "said"


def test_english_subject_with_apposition():
    article = analyze("The plan is dead, John Smith, a senior adviser to the mayor, said.", "en")
    statement = statement_for(article, "The plan is dead")
    assert mention(article, statement) == "John Smith, a senior adviser to the mayor"


def _contents(article: Article) -> list[list[str]]:
    return [[article.slice(span) for span in s.content] for s in article.statements]


def test_english_complement_without_that_is_the_whole_clause():
    article = analyze(
        "Mayor Ann Fox says she would close the bridge if the river rises. "
        "The senator said in a statement that the vote was rigged. "
        "He says he trusts them.",
        "en",
    )
    contents = _contents(article)
    assert ["she would close the bridge if the river rises"] in contents
    assert ["that the vote was rigged"] in contents
    assert ["he trusts them"] in contents
    assert mention(article, statement_for(article, "he trusts them")) == "He"


def test_english_second_cue_in_the_same_sentence_is_a_second_statement():
    article = analyze(
        "Tom Reed said that the budget was late, adding that nobody had read it. "
        "The governor praised the nurses and said the hospital would stay open.",
        "en",
    )
    contents = _contents(article)
    assert ["that the budget was late"] in contents
    added = statement_for(article, "nobody had read it")
    assert article.slice(added.content[0]) == "that nobody had read it"
    assert article.slice(added.cue) == "adding"
    assert mention(article, added) == "Tom Reed"
    second = statement_for(article, "the hospital would stay open")
    assert article.slice(second.content[0]) == "the hospital would stay open"
    assert mention(article, second) == "The governor"


def test_english_headline_capitals_and_noun_readings():
    article = analyze(
        "Mayor Says The Bridge Will Reopen.\n\n"
        "Hope Walker said the pool was closed. "
        "Voters in 30 states go to the polls. Editor's note: the poll closed at noon. "
        "The report states that the pool was unsafe.",
        "en",
    )
    headline = statement_for(article, "The Bridge Will Reopen")
    assert article.slice(headline.cue) == "Says"
    assert mention(article, headline) == "Mayor"
    assert mention(article, statement_for(article, "the pool was closed")) == "Hope Walker"
    cues = [article.slice(s.cue) for s in article.statements if s.cue]
    assert "note" not in cues
    assert cues.count("states") == 1  # only the verb before "that"
    assert mention(article, statement_for(article, "the pool was unsafe")) == "The report"


def test_english_partial_quote_after_said_is_mixed_indirect_speech():
    article = analyze(
        "The mayor said the new budget “will work.” He told reporters: “We won.”", "en"
    )
    mixed = statement_for(article, "the new budget")
    assert mixed.kind is StatementKind.MIXED
    assert [article.slice(v) for v in mixed.verbatim] == ["will work."]
    direct = statement_for(article, "We won")
    assert direct.kind is StatementKind.DIRECT


def test_english_subject_with_apposition_before_the_verb():
    article = analyze(
        "Dana Cole, the county's chief planner, said the road would be widened. "
        "The tax will rise, former state treasurer Lee Park said Monday. "
        "Rosa Diaz, founder of the Harbor Trust, endorsed Park.",
        "en",
    )
    road = statement_for(article, "the road would be widened")
    assert mention(article, road) == "Dana Cole, the county's chief planner"
    tax = statement_for(article, "The tax will rise")
    assert mention(article, tax) == "former state treasurer Lee Park"
    endorsed = statement_for(article, "Park")
    assert endorsed.kind is StatementKind.REPORTED
    assert mention(article, endorsed) == "Rosa Diaz, founder of the Harbor Trust"


def test_english_adverb_between_subject_and_verb():
    article = analyze(
        "Lena Ortiz also claimed that the count was wrong. "
        "The city council on Monday still insisted that the count was right.",
        "en",
    )
    assert mention(article, statement_for(article, "the count was wrong")) == "Lena Ortiz"
    assert mention(article, statement_for(article, "the count was right")) == "The city council"


def test_english_headline_with_a_colon_and_partial_quote_keeps_its_closing_mark():
    article = analyze(
        "Mayor Fox: Bridge tolls will stay.\n\n"
        "The council said the plan would “cost far too much.” Here are the facts: none.",
        "en",
    )
    headline = statement_for(article, "Bridge tolls will stay")
    assert mention(article, headline) == "Mayor Fox" and article.slice(headline.cue) == ":"
    mixed = statement_for(article, "the plan would")
    assert article.slice(mixed.content[0]) == "the plan would “cost far too much.”"
    assert not any("none" in article.slice(s.content[0]) for s in article.statements)


def test_english_participle_after_a_direct_quote_or_a_speech_act():
    article = analyze(
        "“The vote is close,” Ed Marsh said, adding that “nobody can call it yet.” "
        "Lea Dunn endorsed Marsh on Friday, saying he was the better choice.",
        "en",
    )
    added = statement_for(article, "nobody can call it yet")
    assert added.kind is StatementKind.MIXED and article.slice(added.cue) == "adding"
    assert mention(article, added) == "Ed Marsh"
    assert not any(
        s.kind is StatementKind.DIRECT and "nobody" in article.slice(s.content[0])
        for s in article.statements
    )
    endorsed = statement_for(article, "Marsh on Friday")
    assert endorsed.kind is StatementKind.REPORTED and mention(article, endorsed) == "Lea Dunn"
    saying = statement_for(article, "he was the better choice")
    assert article.slice(saying.cue) == "saying" and mention(article, saying) == "Lea Dunn"


def test_english_possessive_subject_semicolon_and_second_clause():
    article = analyze(
        "Amy Jones’ aides say their campaign is broke. "
        "The toll must fall, local drivers say; in 2012 it rose. "
        "Most drivers said yes, but 40 percent of riders say the fare is too high. "
        "On the show “Morning Talk,” Ada Roe said the fare would fall.",
        "en",
    )
    assert mention(article, statement_for(article, "their campaign is broke")) == "Amy Jones’ aides"
    toll = statement_for(article, "The toll must fall")
    assert article.slice(toll.content[0]) == "The toll must fall"
    assert mention(article, toll) == "local drivers"
    riders = statement_for(article, "the fare is too high")
    assert mention(article, riders) == "40 percent of riders"
    assert article.slice(statement_for(article, "yes").content[0]) == "yes"
    fare = statement_for(article, "the fare would fall")
    assert mention(article, fare) == "Ada Roe" and fare.kind is StatementKind.INDIRECT


def test_english_subject_before_a_comma_is_not_taken_from_the_content():
    article = analyze(
        "Nora Bell, who runs the food bank, said that donations had doubled. "
        "Sam Ito praised the volunteers at a rally, calling them “the best in the state.”",
        "en",
    )
    donations = statement_for(article, "donations had doubled")
    assert mention(article, donations) == "Nora Bell, who runs the food bank"
    calling = statement_for(article, "the best in the state")
    assert mention(article, calling) == "Sam Ito"


def test_english_source_document_at_the_sentence_start():
    article = analyze(
        "In a new poll by the Bay Institute, 60 percent of residents backed the tax. "
        "In a statement, the mayor said the tax would pass. "
        "In the morning, the trains were late.",
        "en",
    )
    poll = statement_for(article, "60 percent of residents backed the tax")
    assert mention(article, poll) == "a new poll by the Bay Institute"
    assert article.slice(poll.cue) == "In"
    said = statement_for(article, "the tax would pass")
    assert mention(article, said) == "the mayor"
    assert not any("trains" in article.slice(s.content[0]) for s in article.statements)


def test_english_rubric_headline_and_told_frame():
    article = analyze(
        "The Latest: Council votes on the budget.\n\n"
        "“We have come a long way,” Mayor Fox told cheering supporters in Dayton on Monday.",
        "en",
    )
    assert [s.kind for s in article.statements] == [StatementKind.DIRECT]
    assert mention(article, article.statements[0]) == "Mayor Fox"


def test_english_subject_after_a_leading_subordinate_clause():
    article = analyze(
        "Asked if the storm had damaged the pier, Mayor Fox said, “Badly.” "
        "When the vote had ended, Ted Long said the count was fair.",
        "en",
    )
    assert mention(article, statement_for(article, "Badly")) == "Mayor Fox"
    assert mention(article, statement_for(article, "the count was fair")) == "Ted Long"


def test_english_named_subject_with_apposition_before_a_clause():
    article = analyze(
        "Senator Jo Kim of Ohio, the top Democrat on the panel, said the bill would pass. "
        "Ray Diaz, a pastor in Dayton, told The Dayton Daily that the church would reopen.",
        "en",
    )
    bill = statement_for(article, "the bill would pass")
    assert mention(article, bill) == "Senator Jo Kim of Ohio, the top Democrat on the panel"
    church = statement_for(article, "the church would reopen")
    assert mention(article, church) == "Ray Diaz, a pastor in Dayton"


def test_english_relative_pronoun_speaker_resolves_to_the_nearest_actor():
    article = analyze(
        "Mayor Ann Fox spoke first. The council met Tom Reed, who said he would back the plan.",
        "en",
    )
    statement = statement_for(article, "he would back the plan")
    assert mention(article, statement) == "who"
    assert "Tom Reed" in speaker_names(article, statement)


def test_english_speech_act_after_a_leading_adverbial():
    article = analyze("On Tuesday, Senator Ames criticized the ruling.", "en")
    act = statement_for(article, "the ruling")
    assert act.kind is StatementKind.REPORTED
    assert mention(article, act) == "Senator Ames"


def test_english_comma_ends_the_subject_unless_an_apposition_closes():
    article = analyze(
        "In Dayton, Ohio, Jane Doe said the plant would close. "
        "Reluctantly, the mayor said the pool would stay shut.",
        "en",
    )
    assert mention(article, statement_for(article, "the plant would close")) == "Jane Doe"
    assert mention(article, statement_for(article, "the pool would stay shut")) == "the mayor"


def test_empty_and_quote_free_text():
    assert analyze("").statements == ()
    assert analyze("Der Zug fährt um acht Uhr ab.").statements == ()


# --- speakers and actors -------------------------------------------------------------------


def test_works_without_any_actors_and_creates_q_actors():
    article = analyze(
        "Ein hochrangiger Beamter sagte, die Gespräche seien beendet.", block=(ACTORS,)
    )
    statement = statement_for(article, "die Gespräche seien beendet")
    actor = article.actor(statement.speaker)
    assert actor.id.startswith("q") and actor.kind is ActorKind.PERSON
    assert actor.mentions == (statement.speaker_mention,)


class _Actors:
    """A throwaway actor plugin: the person "Sergej Schoigu" with the alias "Shoigu"."""

    @hookimpl
    def extract_actors(self, article, language):
        text = article.text
        start = text.index("Sergej Schoigu")
        return [
            Actor(
                id="q1",
                name="Sergej Schoigu",
                kind=ActorKind.PERSON,
                aliases=("Shoigu",),
                mentions=(Span(start, start + len("Sergej Schoigu")),),
            ),
            Actor(
                id="a2",
                name="Verteidigungsministerium",
                kind=ActorKind.ORGANIZATION,
                mentions=(
                    Span(
                        text.index("Verteidigungsministerium"),
                        text.index("Verteidigungsministerium") + 24,
                    ),
                ),
            ),
        ]


def test_speakers_link_to_listed_actors_by_name_variant_and_ids_do_not_clash():
    text = (
        "Sergej Schoigu besuchte die Truppen. „Die Lage ist stabil“, zitierte das "
        "Verteidigungsministerium Shoigu. Ein Offizier sagte, alles sei ruhig."
    )
    article = analyze(text, block=(ACTORS,), plugins=(_Actors(),))
    quote = statement_for(article, "Die Lage ist stabil")
    assert quote.speaker == "q1"  # "Shoigu" is the listed "Sergej Schoigu"
    assert quote.channel == "a2"
    anonymous = statement_for(article, "alles sei ruhig")
    assert anonymous.speaker not in ("q1", "a2") and anonymous.speaker.startswith("q")


# --- the seed article ----------------------------------------------------------------------------


SEED_EXPECTED = [
    # (content fragment, kind, speaker must contain, speaker mention)
    ("Die Lieferung von Waffen", StatementKind.DIRECT, "Sullivan", "Sullivan"),
    ("und dafür werden sie in der internationalen", StatementKind.DIRECT, "Sullivan", "Sullivan"),
    ("Wir werden Nordkorea", StatementKind.DIRECT, "Sullivan", "er"),
    (
        "die Vereinigten Staaten seien davon überzeugt",
        StatementKind.MIXED,
        "Sullivan",
        "Der nationale Sicherheitsberater der USA, Jake Sullivan",
    ),
    ("die Biden-Regierung werde weiterhin", StatementKind.MIXED, "Sullivan", "Sullivan"),
    ("Russland war aufgrund unserer Sanktionen", StatementKind.DIRECT, "Patel", "Patel"),
    (
        "dass Moskaus Hinwendung",
        StatementKind.INDIRECT,
        "Patel",
        "der Sprecher des US-Außenministeriums, Vedant Patel",
    ),
    ("die USA würden in Abstimmung", StatementKind.MIXED, "Patel", "Patel"),
    ("Im Moment scheinen die Beziehungen", StatementKind.DIRECT, "Felgenhauer", "Felgenhauer"),
    ("Beide Seiten haben einander", StatementKind.DIRECT, "Felgenhauer", "Felgenhauer"),
    (
        "dass es „möglich“ sei",
        StatementKind.MIXED,
        "Felgenhauer",
        "Pavel Felgenhauer, ein Verteidigungs- und Militäranalyst",
    ),
    (
        "dass die ukrainischen Truppen",
        StatementKind.INDIRECT,
        "Institute for the Study of War",
        "Die Denkfabrik Institute for the Study of War",
    ),
    (
        "dass durch „wiederholten Beschuss“",
        StatementKind.MIXED,
        "Gladkow",
        "Wjatscheslaw Gladkow, der Gouverneur der russischen Region Belgorod",
    ),
    ("dass er zu Berichten", StatementKind.MIXED, "Kreml", "Der Kreml"),
]


def test_seed_statements_have_the_right_speakers(seed_text):
    article = analyze(seed_text, published="2023-09-06")
    for fragment, kind, name, speaker_mention in SEED_EXPECTED:
        statement = statement_for(article, fragment)
        assert statement.kind is kind, fragment
        assert any(name in n for n in speaker_names(article, statement)), fragment
        assert mention(article, statement) == speaker_mention, fragment


def test_seed_anonymous_officials_are_new_actors(seed_text):
    article = analyze(seed_text, published="2023-09-06")
    first = statement_for(article, "Nordkorea würde „einen Preis“ zahlen, wenn es für")
    second = statement_for(article, "Washington erwarte ein Treffen")
    assert mention(article, first) == "Ein hochrangiger Beamter des Weißen Hauses"
    assert first.speaker.startswith("q") and second.speaker.startswith("q")
    assert first.speaker != second.speaker  # two different officials
    assert [article.slice(v) for v in first.verbatim] == ["einen Preis"]


def test_seed_shoigu_is_sergej_schoigu_and_the_ministry_is_the_channel(seed_text):
    article = analyze(seed_text, published="2023-09-06", block=(DATES,), plugins=(_Dates(),))
    statement = statement_for(article, "Die Streitkräfte der Ukraine")
    assert mention(article, statement) == "Shoigu"
    speaker = article.actor(statement.speaker)
    at_full_name = seed_text.index("Sergej Schoigu")
    assert any(m.start <= at_full_name < m.end for m in speaker.mentions) or (
        "Sergej Schoigu" in {speaker.name, *speaker.aliases}
    )
    assert "Verteidigungsministerium" in article.actor(statement.channel).name
    assert statement.date is not None and statement.date.value == "2023-09-05"


def test_seed_dates_link_to_the_frame(seed_text):
    article = analyze(seed_text, published="2023-09-06", block=(DATES,), plugins=(_Dates(),))
    monday = statement_for(article, "Washington erwarte ein Treffen")
    assert monday.date is not None and monday.date.value == "2023-09-04"
    felgenhauer = statement_for(article, "dass es „möglich“ sei")
    assert article.slice(felgenhauer.addressee) == "Al Jazeera"


def test_english_acts_with_prepositions_coordination_and_impressions():
    article = analyze(
        "The senator railed against the deal. "
        "Lea Dunn endorsed Marsh on Friday and said he would win. "
        "Ed Marsh praised the nurses, and Ann Fox thanked the police. "
        "Voters in the county seemed unconvinced.",
        "en",
    )
    railed = statement_for(article, "the deal")
    assert article.slice(railed.cue) == "railed against"
    assert article.slice(railed.content[0]) == "the deal"
    endorsed = statement_for(article, "Marsh on Friday")
    assert endorsed.kind is StatementKind.REPORTED and mention(article, endorsed) == "Lea Dunn"
    assert mention(article, statement_for(article, "he would win")) == "Lea Dunn"
    assert mention(article, statement_for(article, "the nurses")) == "Ed Marsh"
    thanked = statement_for(article, "the police")
    assert mention(article, thanked) == "Ann Fox" and article.slice(thanked.cue) == "thanked"
    seemed = statement_for(article, "seemed unconvinced")
    assert article.slice(seemed.content[0]) == "Voters in the county seemed unconvinced"
    assert seemed.speaker is None and article.slice(seemed.cue) == "seemed"


def test_source_documents_speak_for_their_author_or_the_subject():
    # the repository's own seed: the union stands behind "Angaben der Gewerkschaft", the
    # sentence's subject behind "nach eigenen Angaben"; the mentions stay as Wikinews marks them
    from pathlib import Path

    text = (Path(__file__).parent.parent / "seeds" / "de_bahnstreik.txt").read_text("utf-8")
    article = analyze(text)
    union = statement_for(article, "35 Stunden dauern")
    assert mention(article, union) == "Angaben der Gewerkschaft"
    assert article.actor(union.speaker).name == "Gewerkschaft Fahrdienst und Schiene"
    own = statement_for(article, "36 Stunden bis zum Jahr 2028")
    assert mention(article, own) == "eigenen Angaben"
    # "Der Konzern" is the company named before, not the nearer union
    assert article.actor(own.speaker).name == "Deutsche Bahn"
    assert not any("Angaben" in a.name for a in article.actors)


def test_a_company_noun_refers_to_the_nearest_company_named_before():
    article = analyze(
        "Die Firma Holzwerk Brandt AG hat Kurzarbeit angemeldet. Die Gewerkschaft Holz und "
        "Papier (GHP) kritisierte den Schritt. Das Unternehmen teilte mit, die Aufträge seien "
        "eingebrochen.",
    )
    company = statement_for(article, "die Aufträge seien eingebrochen")
    assert mention(article, company) == "Das Unternehmen"
    assert "Brandt" in article.actor(company.speaker).name
    english = analyze(
        "Nordwick Motors recalled 40,000 cars. The United Auto Workers union criticized the "
        "delay. The company said the fault had been fixed.",
        "en",
    )
    said = statement_for(english, "the fault had been fixed")
    assert "Nordwick" in english.actor(said.speaker).name


def test_english_progressive_leading_adverbial_and_colon_frame_in_the_paragraph_before():
    article = analyze(
        "Ryan is stressing that the party is united. "
        "A judge last month ordered the release of the video. "
        "In an interview with the Journal, Trump doubled down and said the judge was biased.\n\n"
        "Breitbart News responded:\n\n"
        "“The solution is not to punish the law-abiding.”",
        "en",
    )
    assert mention(article, statement_for(article, "the party is united")) == "Ryan"
    assert mention(article, statement_for(article, "the release of the video")) == "A judge"
    assert mention(article, statement_for(article, "the judge was biased")) == "Trump"
    quote = statement_for(article, "The solution is not")
    assert quote.kind is StatementKind.DIRECT
    assert mention(article, quote) == "Breitbart News"
    assert article.slice(quote.cue) == "responded"


def test_english_phrasal_verbs_trailing_according_to_and_shared_subject():
    article = analyze(
        "Clinton supporters point out that the economy grew. "
        "Sanders pointed to the polls. "
        "The campaign raised 4 million dollars, according to a source familiar with the matter. "
        "The FBI concluded that Clinton had been careless, but did not recommend that she face "
        "charges.",
        "en",
    )
    grew = statement_for(article, "the economy grew")
    assert article.slice(grew.cue) == "point out"
    assert mention(article, grew) == "Clinton supporters"
    polls = statement_for(article, "the polls")
    assert article.slice(polls.cue) == "pointed to"
    assert article.slice(polls.content[0]) == "the polls"
    raised = statement_for(article, "The campaign raised")
    assert mention(article, raised) == "a source familiar with the matter"
    assert [article.slice(c) for c in raised.content] == ["The campaign raised 4 million dollars"]
    assert mention(article, statement_for(article, "she face charges")) == "The FBI"


def test_english_inverted_frame_and_reporting_clause_beside_a_direct_quote():
    article = analyze(
        "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be "
        "home, a man yelled “Stay there!”\n"
        "But that is not good enough, said Howard Rubel, an analyst at Jefferies, who notes that "
        "the costs fell.",
        "en",
    )
    assert mention(article, statement_for(article, "Stay there!")) == "a man"
    assert mention(article, statement_for(article, "Miami")) == "Rubio"
    notes = statement_for(article, "the costs fell")
    assert article.slice(notes.content[0]) == "that the costs fell"
    assert not any(
        "an analyst" in article.slice(span) for s in article.statements for span in s.content
    )


def test_partial_quote_inside_free_indirect_speech_is_its_verbatim_part():
    article = analyze(
        "Der Ermittler sagte, der Pilot habe zu spät gebremst. "
        "Der Airbus sei erst „weit hinter der Aufsetzzone“ gelandet."
    )
    following = statement_for(article, "Der Airbus sei erst")
    assert following.kind is StatementKind.FREE_INDIRECT
    assert [article.slice(v) for v in following.verbatim] == ["weit hinter der Aufsetzzone"]
    assert mention(article, following) == "Der Ermittler"
    assert not any(s.kind is StatementKind.DIRECT for s in article.statements)


def test_english_questions_and_agentless_passive_impressions():
    article = analyze(
        "Reporters asked Sanders how he was feeling on caucus day. "
        "Trump is expected to deliver a victory speech tonight. "
        "The plan was considered by the board.",
        "en",
    )
    asked = statement_for(article, "how he was feeling")
    assert article.slice(asked.content[0]) == "how he was feeling on caucus day"
    assert mention(article, asked) == "Reporters"
    expected = statement_for(article, "victory speech")
    assert article.slice(expected.cue) == "is expected" and expected.speaker is None
    assert not any("board" in article.slice(c) for s in article.statements for c in s.content)


def test_english_act_participle_after_a_comma_is_the_subjects_act():
    article = analyze("Trump spoke at a rally in Ohio, referring to Clinton as a liar.", "en")
    referring = statement_for(article, "Clinton as a liar")
    assert article.slice(referring.content[0]) == "Clinton as a liar"
    assert article.slice(referring.cue) == "referring to"
    assert mention(article, referring) == "Trump"
    assert not any("rally" in article.slice(c) for s in article.statements for c in s.content)


class _Persons:
    """A throwaway actor plugin: each (id, name) a person mentioned where its name occurs."""

    def __init__(self, people):
        self.people = people

    @hookimpl
    def extract_actors(self, article, language):
        return [
            Actor(
                id=actor_id,
                name=name,
                kind=ActorKind.PERSON,
                mentions=(Span(article.text.index(name), article.text.index(name) + len(name)),),
            )
            for actor_id, name in self.people
        ]


def test_pronoun_prefers_a_person_who_opens_a_sentence_after_the_last_statement():
    people = _Persons((("a1", "Ruth Alvarez"), ("a2", "Sam Whitfield")))
    article = analyze(
        "Mayor Ruth Alvarez said the council would meet next week. "
        "Dr. Sam Whitfield, a scientist at the university, advised residents to stay inside. "
        "He said that the readings were high.",
        "en",
        block=(ACTORS,),
        plugins=(people,),
    )
    assert statement_for(article, "the readings were high").speaker == "a2"
    assert statement_for(article, "the council would meet").speaker == "a1"
    # a person named later inside a sentence does not take the pronoun from the last speaker
    article = analyze(
        "Mayor Ruth Alvarez said the council would meet next week. "
        "The plan was drafted with Sam Whitfield. She said that the budget was tight.",
        "en",
        block=(ACTORS,),
        plugins=(people,),
    )
    assert statement_for(article, "the budget was tight").speaker == "a1"


def test_relative_clause_after_a_preposition_and_a_place_inside_an_organisation_name():
    text = (
        "Kim und Putin tauschten auch Briefe aus, in denen sie versprachen, die Beziehungen "
        "zu stärken. Nach Angaben der Stadtwerke Rheinfelden sollen die Gebühren steigen."
    )
    article = analyze(
        text,
        block=(ACTORS,),
        plugins=(_Persons((("a1", "Kim"), ("a2", "Putin"))), _Place("a3", "Rheinfelden")),
    )
    promised = statement_for(article, "die Beziehungen")
    assert mention(article, promised) == "sie" and promised.speaker in ("a1", "a2")
    fees = statement_for(article, "die Gebühren steigen")
    assert mention(article, fees) == "Angaben der Stadtwerke Rheinfelden"
    utility = article.actor(fees.speaker)
    assert utility.name == "Stadtwerke Rheinfelden" and utility.kind is ActorKind.ORGANIZATION


class _Place:
    def __init__(self, actor_id, name):
        self.actor_id, self.name = actor_id, name

    @hookimpl
    def extract_actors(self, article, language):
        start = article.text.rindex(self.name)
        return [
            Actor(
                id=self.actor_id,
                name=self.name,
                kind=ActorKind.PLACE,
                mentions=(Span(start, start + len(self.name)),),
            )
        ]


def test_english_headline_quotes_are_verbatim_and_transcript_speakers():
    article = analyze(
        "Ryan: ‘Anti-Semitic Images’ Have ‘No Place In A Campaign.’\n\n"
        "Partial transcript as follows:\n\n"
        "JAKE TAPPER: Donald Trump released a video on Friday.\n\n"
        "FALLIN: I think he is trying.",
        "en",
    )
    headline = statement_for(article, "Have")
    assert mention(article, headline) == "Ryan" and headline.kind is StatementKind.MIXED
    # (a title-case quote of up to four words reads as a name: "Anti-Semitic Images")
    assert "No Place In A Campaign." in [article.slice(v) for v in headline.verbatim]
    assert mention(article, statement_for(article, "Donald Trump released")) == "JAKE TAPPER"
    assert mention(article, statement_for(article, "I think he is trying")) == "FALLIN"
    assert not any(
        "Partial transcript" in article.slice(c) for s in article.statements for c in s.content
    )


def test_candidate_sentences_are_those_with_a_cue_word_and_skipping_the_rest_changes_nothing():
    from newskit.attribution.document import Document
    from newskit.attribution.indirect import candidate_sentences, sentence_statements

    text = (
        "Der Himmel war blau. Die Ministerin sagte, die Lage sei ernst. Es regnete am Abend. "
        "Laut Polizei gab es keine Verletzten."
    )
    article = analyze(text, block=(ACTORS, DATES))
    language = newskit.Pipeline(load_entrypoints=False).language_for("de")
    cues = cues_for(language)
    doc = Document(article)
    found = list(candidate_sentences(doc, cues))
    assert [doc.text[doc.sentences[i].start : doc.sentences[i].end][:6] for i in found] == [
        "Die Mi",
        "Laut P",
    ]
    for index in set(range(len(doc.sentences))) - set(found):
        assert sentence_statements(doc, cues, index, set()) == []
    # English has rules without a cue word (headlines "Speaker: claim"): every sentence
    english = cues_for(newskit.Pipeline(load_entrypoints=False).language_for("en"))
    assert list(candidate_sentences(doc, english)) == list(range(len(doc.sentences)))


def test_unchecked_builders_equal_the_checked_objects_and_pass_validation(seed_text):
    import attrs

    from newskit.attribution.draft import new_span, unchecked
    from newskit.model import Statement

    span = new_span(3, 7)
    assert span == Span(3, 7) and hash(span) == hash(Span(3, 7)) and span < Span(3, 8)
    built = unchecked(Statement, id="s1", content=(span,), kind=StatementKind.DIRECT)
    assert built == Statement(id="s1", content=(Span(3, 7),), kind=StatementKind.DIRECT)
    assert built.verbatim == () and built.speaker is None  # defaults filled in
    with pytest.raises(TypeError, match="kind"):
        unchecked(Statement, id="s1", content=(span,))
    # everything the attribution builds this way is valid by the model's own validators
    article = analyze(seed_text)
    assert article.statements
    for statement in article.statements:
        attrs.validate(statement)
        for value in (
            statement.speaker_mention,
            statement.cue,
            statement.frame,
            *statement.content,
        ):
            if value is not None:
                attrs.validate(value)
    for actor in article.actors:
        attrs.validate(actor)


def test_trigger_roles_of_the_cheap_sentence_test(german_cues):
    from newskit.attribution import lexicon

    roles = german_cues.trigger_roles
    assert set(roles) == german_cues.word_flags[lexicon.TRIGGER]
    assert roles["sagte"] == lexicon.ROLE_VERB  # its reading decides ("gab" needs "an")
    assert roles["nach"] == lexicon.ROLE_CONDITIONAL  # only before "Angaben"
    assert roles["so"] == lexicon.ROLE_CONDITIONAL  # only after a comma
    assert roles["hat"] == lexicon.ROLE_SEQUENCE  # only in "hat es geheißen"
    assert roles["wie"] == lexicon.ROLE_VERB_FINAL  # "wie X mitteilte"
    assert roles["zufolge"] == lexicon.ROLE_CUE
    # the readings of a cue verb form across the three verb tables, channel ones first
    for word, readings in german_cues.verb_readings.items():
        tables = (
            ("channel", german_cues.channels),
            ("say", german_cues.verbs),
            ("act", german_cues.acts),
        )
        assert readings == tuple((k, r) for k, table in tables for r in table.get(word, ()))
    assert set(german_cues.verb_readings) == german_cues.cue_words
    assert ("say", lexicon.VerbForm("mitteilen", ("mit",))) in german_cues.verb_readings["teilte"]
    # each role as the sentence test sees it
    assert analyze("Der Bus hat Verspätung und fährt nach Plan weiter.").statements == ()
    said = analyze("Dem Bericht zufolge hat der Bus Verspätung gehabt.")
    assert [said.slice(c) for s in said.statements for c in s.content] == [
        "hat der Bus Verspätung gehabt"
    ]


def test_sentences_with_a_word_set_also_when_the_first_sentence_starts_later(german_cues):
    import attrs

    from newskit.attribution.document import Document
    from newskit.attribution.lexicon import TRIGGER
    from newskit.model import Sentence

    text = "Er sagte, es regne. Es regnete. Laut Polizei regnete es."
    article = analyze(text, block=(ACTORS, DATES))
    doc = Document(article)
    assert doc.sentences_with(german_cues.word_flags, TRIGGER) == {0, 2}
    # sentences that leave the first tokens out: a word there belongs to no sentence (-1),
    # the same as a range search
    tokens = article.tokens
    later = [Sentence(s.start, s.end, s.token_start, s.token_end) for s in article.sentences[1:]]
    shifted = attrs.evolve(article, sentences=later, statements=())
    assert Document(shifted).sentences_with(german_cues.word_flags, TRIGGER) == {-1, 1}
    assert tokens[shifted.sentences[0].token_start].start == text.index("Es regnete")


# --- English: PolNeAR-driven rules (issue 3) ------------------------------------------------------


def test_english_two_partial_quotes_after_said_stay_one_mixed_statement():
    article = analyze(
        "The coach said the team is “ready for it” because “these are the games we want.”", "en"
    )
    assert len(article.statements) == 1
    statement = article.statements[0]
    assert statement.kind is StatementKind.MIXED
    assert mention(article, statement) == "The coach"
    assert [article.slice(v) for v in statement.verbatim] == [
        "ready for it",
        "these are the games we want.",
    ]


def test_english_declined_to_comment_and_doubled_consonant_forms():
    article = analyze(
        "The campaign declined to comment. The mayor admitted that the plan failed.", "en"
    )
    declined = statement_for(article, "to comment")
    assert article.slice(declined.cue) == "declined"
    assert mention(article, declined) == "The campaign"
    admitted = statement_for(article, "the plan failed")
    assert article.slice(admitted.cue) == "admitted"


def test_english_comma_after_said_takes_the_content_before_the_frame():
    # a complement after "said," only right after the verb; a participle there is no content
    article = analyze("Tickets were cheap, she said, shaking her head.", "en")
    assert _contents(article) == [["Tickets were cheap"]]
    article = analyze("In the first weeks of the year, he said, the company lost money.", "en")
    assert _contents(article) == [["In the first weeks of the year", "the company lost money"]]
    article = analyze("She moved to Ohio in 2010, records show.", "en")
    statement = article.statements[0]
    assert article.slice(statement.content[0]) == "She moved to Ohio in 2010"
    assert mention(article, statement) == "records"


def test_english_subject_with_a_relative_clause_and_a_cue_word_in_its_name():
    article = analyze(
        "State Senator Ann Lee, who also chairs the budget panel, said voters wanted lower taxes.",
        "en",
    )
    statement = statement_for(article, "voters wanted lower taxes")
    assert mention(article, statement) == (
        "State Senator Ann Lee, who also chairs the budget panel"
    )


def test_english_more_acts_and_forms_left_out_for_their_other_readings():
    article = analyze(
        "The governor posted a video of the flood. Voters learned that the mayor had resigned. "
        "She saw the protest from her office. The board ruled the ballot valid.",
        "en",
    )
    assert [article.slice(s.cue) for s in article.statements] == ["posted", "learned", "ruled"]
    assert _contents(article)[0] == ["a video of the flood"]


def test_english_passive_question_is_a_statement_of_its_own():
    article = analyze(
        "Asked during the debate why she left the party, Mayor Ann Lee said she wanted change.",
        "en",
    )
    assert _contents(article) == [["why she left the party"], ["she wanted change"]]
    question, answer = article.statements
    assert article.slice(question.cue) == "Asked" and question.speaker_mention is None
    assert mention(article, answer) == "Mayor Ann Lee"
    article = analyze("“Never,” he said when asked by a reporter if he would quit.", "en")
    question = statement_for(article, "if he would quit")
    assert mention(article, question) == "a reporter"
    assert article.slice(question.cue) == "asked"
    # an inverted frame is no passive question
    article = analyze("“Why now?” asked the senator.", "en")
    assert mention(article, article.statements[0]) == "the senator"


def test_english_content_before_a_pronoun_frame_spans_earlier_clauses():
    article = analyze(
        "Though the mayor has lived there for years, the new rules have changed the town, "
        "she said.",
        "en",
    )
    statement = article.statements[0]
    assert mention(article, statement) == "she"
    assert article.slice(statement.content[0]).startswith("Though the mayor")
    article = analyze("The plan is dead, Steven Taylor, a professor at Yale, said.", "en")
    assert mention(article, article.statements[0]) == "Steven Taylor, a professor at Yale"


def test_english_partial_quote_with_a_participle_after_it_is_no_direct_quote():
    article = analyze(
        "The senator from Maine said the budget was “a disgrace,” noting that it “hurts kids.”",
        "en",
    )
    assert _contents(article) == [
        ["the budget was “a disgrace,”"],
        ["that it “hurts kids.”"],
    ]
    assert {s.kind for s in article.statements} == {StatementKind.MIXED}
    assert mention(article, article.statements[0]) == "The senator from Maine"


def test_english_adverb_after_said_and_doubled_apostrophe_frames():
    article = analyze("“We will win,” the coach said calmly, as the crowd cheered.", "en")
    assert len(article.statements) == 1
    statement = article.statements[0]
    assert statement.kind is StatementKind.DIRECT
    assert mention(article, statement) == "the coach"
    article = analyze("The coach said flatly that the team would win.", "en")
    assert _contents(article) == [["that the team would win"]]
    article = analyze("But ''we will win,'' said Ann Lee, the coach.", "en")
    assert mention(article, article.statements[0]) == "Ann Lee, the coach"


def test_english_negated_acts_and_passive_acts_with_their_agent():
    article = analyze("The senator has not endorsed the governor.", "en")
    statement = article.statements[0]
    assert _contents(article) == [["the governor"]]
    assert mention(article, statement) == "The senator"
    article = analyze("The mayor was praised on Friday by the city council.", "en")
    statement = article.statements[0]
    assert _contents(article) == [["The mayor"]]
    assert mention(article, statement) == "the city council"
    assert article.slice(statement.cue) == "was praised"
    # without an agent, a passive act is no statement
    assert analyze("The mayor was praised on Friday.", "en").statements == ()


def test_english_act_then_participle_after_a_partial_quote_and_relative_clause_cues():
    article = analyze(
        "The mayor hailed the vote as “historic,” telling reporters on Friday that she "
        "thinks the city will change.",
        "en",
    )
    assert _contents(article) == [
        ["the vote as “historic,”"],
        ["that she thinks the city will change"],
    ]
    assert [mention(article, s) for s in article.statements] == ["The mayor", "The mayor"]
    article = analyze(
        "Ann Lee, who calls the plan a “disaster,” said she would vote against it.", "en"
    )
    assert _contents(article) == [["the plan a “disaster,”"], ["she would vote against it"]]
    assert [mention(article, s) for s in article.statements] == ["who", "Ann Lee"]


def test_english_clause_inside_a_participle_content_is_no_statement_of_its_own():
    article = analyze(
        "“It is over,” the coach said after the game, adding that he believed the team "
        "had played “very well.”",
        "en",
    )
    assert [article.slice(s.cue) for s in article.statements] == ["said", "adding"]


def test_english_frame_after_a_question_mark_and_its_own_sentence():
    article = analyze(
        "“How tall will the fence be?” the mayor said in response. “As tall as it must be.”",
        "en",
    )
    assert [s.kind for s in article.statements] == [StatementKind.DIRECT] * 2
    assert [mention(article, s) for s in article.statements] == ["the mayor", "the mayor"]
    article = analyze(
        "“Do you think I will change?” the coach asked reporters after the game.", "en"
    )
    assert len(article.statements) == 1
    statement = article.statements[0]
    assert statement.kind is StatementKind.DIRECT
    assert article.slice(statement.cue) == "asked"
    assert mention(article, statement) == "the coach"
    # an act after an exclamation starts a new sentence, no frame
    article = analyze("“We won!” Fans of the team celebrated in the streets.", "en")
    assert all(s.kind is not StatementKind.DIRECT for s in article.statements)


def test_english_leading_participle_phrase_and_content_cut_before_a_direct_quote():
    article = analyze(
        "Speaking to reporters on Monday, the senator said the bill would pass.", "en"
    )
    assert _contents(article) == [["the bill would pass"]]
    assert mention(article, article.statements[0]) == "the senator"
    article = analyze(
        "Standing before supporters at the city hall, Ann Lee, 70, said the count was not over "
        "but added, “We have won this race.”",
        "en",
    )
    said = statement_for(article, "the count was not over")
    assert article.slice(said.content[0]) == "the count was not over"
    assert mention(article, said) == "Ann Lee, 70"
    added = statement_for(article, "We have won")
    assert added.kind is StatementKind.DIRECT and mention(article, added) == "Ann Lee, 70"


def test_english_subjects_in_subordinate_clauses_and_around_dashes():
    article = analyze(
        "Ann Lee, 53, a nurse at a city hospital, is backing the mayor because she worries "
        "the clinics would close.",
        "en",
    )
    statement = statement_for(article, "the clinics would close")
    assert mention(article, statement) == "she"
    article = analyze("Teachers — and some parents — say that the new schedule is a mistake.", "en")
    assert mention(article, article.statements[0]) == "Teachers"


def test_english_pronoun_it_and_subordinate_clause_statements():
    article = analyze("It said that the factory would close.", "en")
    assert mention(article, article.statements[0]) == "It"
    article = analyze(
        "Although in May she said the plan was a mistake, the mayor now supports it.", "en"
    )
    statement = statement_for(article, "the plan was a mistake")
    assert mention(article, statement) == "she"
    assert article.slice(statement.content[0]) == "the plan was a mistake"
    article = analyze(
        "Ann Lee, an editor at the Daily Star, asked the mayor if the plan would pass.", "en"
    )
    statement = statement_for(article, "if the plan would pass")
    assert mention(article, statement) == "Ann Lee, an editor at the Daily Star"


def test_english_states_with_a_that_clause_made_it_clear_and_relative_sources():
    article = analyze(
        "Her aides are not convinced that the plan will work. The mayor made it clear that "
        "she would not run. He is confident that the bill will pass. She was sure of it.",
        "en",
    )
    assert [article.slice(s.cue) for s in article.statements] == [
        "convinced",
        "made it clear",
        "confident",
    ]
    assert [mention(article, s) for s in article.statements] == ["Her aides", "The mayor", "He"]
    article = analyze("Voters chose a council which wants the rules of commerce changed.", "en")
    assert mention(article, article.statements[0]) == "which"


def test_english_second_statement_after_while_and_as_some_have_said():
    article = analyze(
        "In the poll, 60 percent said they would vote, while 30 percent said they might not.",
        "en",
    )
    assert _contents(article) == [["they would vote"], ["they might not"]]
    assert [mention(article, s) for s in article.statements] == ["60 percent", "30 percent"]
    article = analyze("The plan will fail, as many experts have predicted.", "en")
    assert mention(article, article.statements[0]) == "many experts"


def test_english_act_after_a_leading_clause_reports_its_object():
    article = analyze(
        "As the party scrambled to raise money last year, its leaders proposed sweeping cuts.",
        "en",
    )
    assert _contents(article) == [["sweeping cuts"]]
    assert mention(article, article.statements[0]) == "its leaders"
    # a verb of saying still takes the clause before it
    article = analyze("The plan is dead, the governor warned.", "en")
    assert _contents(article) == [["The plan is dead"]]


def test_english_act_without_an_object_is_no_statement():
    article = analyze("The senator voted in 2001 for the school law.", "en")
    assert article.statements == ()
    article = analyze("The senator voted for the school law.", "en")
    assert _contents(article) == [["the school law"]]


def test_english_dates_after_said_start_no_complement():
    article = analyze(
        "“We will win,” the mayor said Dec. 6 on the radio. She said Sept. 12 that she would run.",
        "en",
    )
    assert _contents(article) == [["We will win,"], ["that she would run"]]
    assert article.statements[0].kind is StatementKind.DIRECT


def test_english_titled_and_reads_report_their_object():
    article = analyze(
        "The senator gave a speech titled a new deal for workers. The sign reads free the town.",
        "en",
    )
    assert [article.slice(s.cue) for s in article.statements] == ["titled", "reads"]
    assert _contents(article) == [["a new deal for workers"], ["free the town"]]


def test_english_object_and_nominal_topic_ends():
    article = analyze("The mayor praised the merger after cutting ties with its rival.", "en")
    assert _contents(article) == [["the merger"]]
    article = analyze("Her criticism of the plan was sharp.", "en")
    assert _contents(article) == [["the plan"]]


def test_english_cue_inside_a_participle_clause_does_not_take_the_sentence():
    article = analyze(
        "Critics seized on the memo, arguing that it showed “bad faith” by the agency.", "en"
    )
    statement = article.statements[0]
    assert article.slice(statement.cue) == "arguing"
    assert mention(article, statement) == "Critics"
    assert article.slice(statement.content[0]) == "that it showed “bad faith” by the agency"


def test_english_subject_before_a_participle_phrase_or_a_relative_clause_and_a_quote():
    article = analyze(
        "But Sen. Ann Lee (D-Ohio), noting the size of the crowd, said, “We will win this.”",
        "en",
    )
    assert mention(article, article.statements[0]) == "Sen. Ann Lee (D-Ohio)"
    article = analyze(
        "Tom Reed, who ran the last campaign, said “the mood is as bad as it gets” here.", "en"
    )
    assert mention(article, article.statements[0]) == "Tom Reed, who ran the last campaign"


def test_english_thats_according_to_keeps_the_whole_source():
    article = analyze("That’s according to budget reports through June that the city filed.", "en")
    statement = article.statements[0]
    assert _contents(article) == [["That’s"]]
    assert mention(article, statement) == "budget reports through June that the city filed"


def test_english_single_quoted_word_in_a_sentence_with_a_cue_is_no_direct_quote():
    article = analyze("Rebels opposed by the army held the so-called “buffer” zone.", "en")
    assert all(s.kind is not StatementKind.DIRECT for s in article.statements)
    # a quote without punctuation of its own inside a sentence is partial, even before a verb
    article = analyze("Rebels held the “buffer” zone that the army opposed.", "en")
    assert all(s.kind is not StatementKind.DIRECT for s in article.statements)
    article = analyze("Then “we will win this race,” the coach said.", "en")
    assert [s.kind for s in article.statements] == [StatementKind.DIRECT]


def test_english_reportedly_attributes_its_own_clause():
    article = analyze(
        "In total, the hackers have reportedly entered 100 accounts, leaving staff worried.", "en"
    )
    statement = article.statements[0]
    assert _contents(article) == [["the hackers have", "entered 100 accounts"]]
    assert article.slice(statement.cue) == "reportedly" and statement.speaker_mention is None
    article = analyze("The mayor reportedly told aides that she would run.", "en")
    assert article.slice(article.statements[0].cue) == "told"


def test_english_forms_left_out_for_their_other_readings_and_acts_on_a_day():
    article = analyze(
        "The mayor spoke at the fair. Her aides voted on Monday. The senator maintained his "
        "lead in the polls.",
        "en",
    )
    assert article.statements == ()
    article = analyze("The mayor voted on the budget.", "en")
    assert _contents(article) == [["the budget"]]


def test_english_quoted_titles_are_names_not_quotes():
    article = analyze(
        "In her new book, “Bound to Win,” and in an interview, the senator said the party "
        "would recover.",
        "en",
    )
    assert [s.kind for s in article.statements] == [StatementKind.INDIRECT]
    assert _contents(article) == [["the party would recover"]]
    # with a frame of its own, a title-case quote is still a quote
    article = analyze("“Make Our Town Great Again,” the mayor said.", "en")
    assert [s.kind for s in article.statements] == [StatementKind.DIRECT]


def test_english_phrasal_acts_with_particles():
    article = analyze(
        "The mayor went after the council. She lashed out at the press. He took issue with "
        "the ruling. They pushed for a new law.",
        "en",
    )
    assert [article.slice(s.cue) for s in article.statements] == [
        "went after",
        "lashed out at",
        "took issue with",
        "pushed for",
    ]
    assert _contents(article) == [["the council"], ["the press"], ["the ruling"], ["a new law"]]


def test_english_coordinated_names_in_one_subject():
    article = analyze("The Lee and Park campaigns declined to comment.", "en")
    assert mention(article, article.statements[0]) == "The Lee and Park campaigns"
