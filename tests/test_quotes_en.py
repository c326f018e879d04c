"""English statement attribution rules (invented sentences; PolNeAR-style annotation)."""

from __future__ import annotations

import newskit
from newskit.model import Article, StatementKind


def analyze(text: str) -> Article:
    pipeline = newskit.Pipeline(load_entrypoints=False)
    return pipeline.analyze(text, language="en", published="2023-09-06")


def found(article: Article) -> list[tuple[list[str], str | None, str | None]]:
    """(content texts, speaker mention, cue) of every statement, in order."""
    return [
        (
            [article.slice(c) for c in s.content],
            article.slice(s.speaker_mention) if s.speaker_mention else None,
            article.slice(s.cue) if s.cue else None,
        )
        for s in article.statements
    ]


def test_passive_auxiliary_of_an_earlier_clause_keeps_the_act():
    article = analyze(
        "Mr. Brown is the author of the budget, while Ms. Green has vowed to leave taxes alone."
    )
    assert found(article) == [(["to leave taxes alone"], "Ms. Green", "vowed")]
    # the act's own passive is still no act of the subject
    article = analyze("The budget was opposed in the council.")
    assert all(s.kind is not StatementKind.REPORTED for s in article.statements)


def test_complement_before_the_subject_after_a_leading_phrase():
    # "As a teacher," is no complement: the comma before the subject ends it
    article = analyze("As a teacher, the mayor probably drew less attention, Mr. Brown said.")
    assert found(article) == [
        (["As a teacher, the mayor probably drew less attention"], "Mr. Brown", "said")
    ]


def test_main_clause_after_a_leading_participle_is_a_second_statement():
    article = analyze("Expecting rain at the parade, Mr. Park said he would cancel the march.")
    assert found(article) == [
        (["rain at the parade"], "Mr. Park", "Expecting"),
        (["he would cancel the march"], "Mr. Park", "said"),
    ]


def test_act_after_a_subject_with_a_relative_clause():
    article = analyze("The mayor, who lost the vote, rejected the offer.")
    assert found(article) == [(["the offer"], "The mayor, who lost the vote", "rejected")]
    # the subject must come before the act: a phrase after the verb is no speaker
    article = analyze("Brown, in a rare move, endorsed the plan.")
    assert all(mention != "the plan" for _, mention, _ in found(article))


def test_subject_with_apposition_before_an_adverb():
    article = analyze("Jim Brown, a school spokesman, also said the test was cancelled.")
    assert found(article) == [
        (["the test was cancelled"], "Jim Brown, a school spokesman", "said")
    ]
    article = analyze("Jim Brown, a school spokesman, declined to comment on the test.")
    assert found(article)[0][1] == "Jim Brown, a school spokesman"


def test_determiner_standing_alone_as_the_subject():
    article = analyze("One says the lake is the deepest, while another says the river is longer.")
    assert found(article) == [
        (["the lake is the deepest"], "One", "says"),
        (["the river is longer"], "another", "says"),
    ]
    article = analyze("Some believe Smith will win.")
    assert found(article) == [(["Smith will win"], "Some", "believe")]
    # a plural noun after a determiner stays a noun; after "the two" the verb follows
    assert analyze("Some claims about the park were false.").statements == ()
    article = analyze("The two reports say the park is closed.")
    assert found(article) == [(["the park is closed"], "The two reports", "say")]


def test_two_word_complement_after_a_verb_of_saying():
    article = analyze("Mr. Lee said he would.")
    assert found(article) == [(["he would"], "Mr. Lee", "said")]


def test_phrasal_acts_of_talk():
    article = analyze(
        "The mayor talked about the flood risk. She spoke about the schools. They have made "
        "the case that the bridge is unsafe."
    )
    assert [cue for _, _, cue in found(article)] == ["talked about", "spoke about", "made the case"]
    assert found(article)[0][0] == ["the flood risk"]
    # "spoke" alone is no cue
    assert analyze("The mayor spoke at the fair.").statements == ()


def test_expectation_passive_with_an_adverb_or_negation():
    article = analyze("The mayor is also expected to unveil her budget on Monday.")
    assert found(article) == [
        (["The mayor is also expected to unveil her budget on Monday"], None, "is also expected")
    ]
    article = analyze("The vote was not expected to be close.")
    assert found(article)[0][2] == "was not expected"
    article = analyze("The senator was known as a tough negotiator.")
    assert found(article)[0][2] == "was known"


def test_brat_scorer_widens_direct_content_over_doubled_apostrophes():
    from newskit.evaluation.quotes import with_quote_marks
    from newskit.model import Span

    text = "He said, ''We won.'' Then he left."
    inner = Span(text.index("We"), text.index(".''") + 1)
    (widened,) = with_quote_marks(text, (inner,))
    assert text[widened.start : widened.end] == "''We won.''"
    # a single mark stays one character
    text = "He said, “We won.” Then he left."
    inner = Span(text.index("We"), text.index(".”") + 1)
    (widened,) = with_quote_marks(text, (inner,))
    assert text[widened.start : widened.end] == "“We won.”"


def test_participle_of_any_verb_of_saying_after_a_comma():
    article = analyze("The mayor said the budget was balanced, implying that taxes would not rise.")
    assert found(article) == [
        (["the budget was balanced"], "The mayor", "said"),
        (["that taxes would not rise"], "The mayor", "implying"),
    ]


def test_coordinated_act_after_an_adverb_or_auxiliary_shares_the_subject():
    article = analyze("The mayor praised the nurses and also called for higher pay.")
    assert found(article) == [
        (["the nurses"], "The mayor", "praised"),
        (["higher pay"], "The mayor", "called for"),
    ]
    article = analyze("The mayor said the budget was balanced but has vowed to cut taxes.")
    assert found(article)[1] == (["to cut taxes"], "The mayor", "vowed")


def test_act_keeps_its_reading_before_a_later_passive_auxiliary():
    article = analyze("Mr. Lee has attacked Ms. Park as being too close to the banks.")
    assert found(article) == [
        (["Ms. Park as being too close to the banks"], "Mr. Lee", "attacked")
    ]


def test_subject_before_a_phrase_between_commas():
    article = analyze(
        "Earlier, Sheriff Tom Reed, a polarizing figure in the county, vouched for the plan."
    )
    assert found(article) == [
        (["the plan"], "Sheriff Tom Reed, a polarizing figure in the county", "vouched for")
    ]
    article = analyze("And Smith, to his credit, refuses to attack Jones on her record.")
    assert found(article) == [(["to attack Jones on her record"], "Smith", "refuses")]


def test_pronoun_after_the_addressee_starts_the_complement():
    article = analyze("The mayor tells voters she is with them.")
    assert found(article) == [(["she is with them"], "The mayor", "tells")]


def test_second_statement_after_or_before_the_first_in_a_sentence():
    article = analyze("The mayor backed the plan, a proposal that critics say will raise taxes.")
    assert found(article) == [
        (["the plan"], "The mayor", "backed"),
        (["will raise taxes"], "critics", "say"),
    ]
    article = analyze("While Smith said there was little evidence, he said the case is closed.")
    assert found(article) == [
        (["there was little evidence"], "Smith", "said"),
        (["the case is closed"], "he", "said"),
    ]


def test_leading_participle_takes_the_main_clause_subject():
    article = analyze("Emphasizing the urgency, the mayor said the dam could break.")
    assert found(article) == [
        (["the urgency"], "the mayor", "Emphasizing"),
        (["the dam could break"], "the mayor", "said"),
    ]


def test_coordinated_verb_takes_the_that_clause_not_the_act_before_it():
    article = analyze(
        "The mayor repeatedly invoked the governor and suggested that the council was to blame."
    )
    assert found(article) == [
        (["the governor"], "The mayor", "invoked"),
        (["that the council was to blame"], "The mayor", "suggested"),
    ]


def test_reporting_noun_beside_another_statement():
    article = analyze("Amid his call for a ban, the mayor praised the nurses.")
    assert found(article) == [
        (["a ban"], "his", "call for"),
        (["the nurses"], "the mayor", "praised"),
    ]


def test_phrase_of_time_between_subject_and_verb():
    article = analyze("The mayor at the time said she had asked her staff to check the fees.")
    assert found(article)[0][1] == "The mayor"
    article = analyze("He at one point called the mayor a liar.")
    assert found(article)[0][1] == "He"


def test_according_to_a_source_with_a_cue_word_as_modifier():
    article = analyze("The company grew fast, according to state records.")
    assert found(article) == [(["The company grew fast"], "state records", "according to")]


def test_passive_verb_of_saying_with_its_agent():
    article = analyze("The news of the sale was first reported by the Daily Courier.")
    assert found(article) == [
        (["The news of the sale"], "the Daily Courier", "was first reported")
    ]


def test_infinitive_after_a_verb_of_saying_is_its_object():
    article = analyze("David Brown hopes to work across the aisle.")
    assert found(article) == [(["to work across the aisle"], "David Brown", "hopes")]
    # "said to reporters" is no infinitive; the clause after the recipient is the content
    article = analyze("Sam Reed, the editor, explained to the board why the paper was sold.")
    assert found(article) == [
        (["why the paper was sold"], "Sam Reed, the editor", "explained")
    ]


def test_state_with_a_clause_without_that():
    article = analyze("The actress is not sure she can vote for the mayor.")
    assert found(article) == [(["she can vote for the mayor"], "The actress", "sure")]
    # without a clause or without "be" before it the adjective is no cue
    assert analyze("The actress is sure of the result.").statements == ()
    assert all(cue != "sure" for _, _, cue in found(analyze("Make sure she wins.")))


def test_no_complement_before_a_verb_with_an_infinitive_object():
    article = analyze(
        "Eight months later, when the mayor won the primary, the publisher agreed to reprint "
        "the book."
    )
    assert found(article) == [(["to reprint the book"], "the publisher", "agreed")]


def test_act_in_a_relative_clause_of_the_speaker():
    article = analyze("Smith, who endorsed Jones last year, said the party is split.")
    assert found(article) == [
        (["Jones last year"], "who", "endorsed"),
        (["the party is split"], "Smith, who endorsed Jones last year", "said"),
    ]


def test_coordinated_clause_with_its_own_subject_is_a_second_statement():
    article = analyze(
        "Some delegates said they will skip the convention and others have said they will "
        "not speak."
    )
    assert found(article) == [
        (["they will skip the convention"], "Some delegates", "said"),
        (["they will not speak"], "others", "said"),
    ]
    article = analyze("She said the vote was fair and would not criticize the judge.")
    assert found(article) == [
        (["the vote was fair"], "She", "said"),
        (["the judge"], "She", "criticize"),
    ]


def test_noun_readings_after_a_one_token_possessive():
    assert analyze("Mr. Lee's remarks can be long, even rambling at times.").statements == ()
    # a contraction is no possessive: "He's said" is a verb of saying
    article = analyze("He's said the plan is dead.")
    assert found(article)[0][0] == ["the plan is dead"]


def test_act_with_only_a_time_after_it_has_no_object():
    assert analyze("The campaign released on Tuesday.").statements == ()
    assert analyze("The mayor praised Tuesday.").statements == ()
    assert found(analyze("The mayor praised the nurses on Tuesday."))[0][0] == [
        "the nurses on Tuesday"
    ]


def test_act_reading_of_a_verb_of_saying_before_a_participle():
    article = analyze(
        "Earlier in the week, the mayor called for an inquiry into the fees, saying the "
        "council is biased."
    )
    assert found(article) == [
        (["an inquiry into the fees"], "the mayor", "called for"),
        (["the council is biased"], "the mayor", "saying"),
    ]


def test_more_acts_and_attitudes_with_their_object():
    article = analyze("The mayor singled out the council. She rebutted the charge.")
    assert [cue for _, _, cue in found(article)] == ["singled out", "rebutted"]
    article = analyze("The senator was critical of the plan to raise taxes.")
    assert found(article) == [(["the plan to raise taxes"], "The senator", "critical of")]


def test_attitude_verbs():
    article = analyze("The governor is mulling a run. Critics dwelled on the cost.")
    assert found(article) == [
        (["a run"], "The governor", "mulling"),
        (["the cost"], "Critics", "dwelled on"),
    ]


def test_statement_after_a_frame_that_runs_to_the_sentence_end():
    # the frame of "…, Brown said" reaches the end; the act after the speaker is still found
    article = analyze("The plan is dead, Brown said, and he criticized the council for the delay.")
    assert ("criticized" in [cue for _, _, cue in found(article)])


def test_verb_of_saying_after_to_or_by_takes_the_sentence_subject():
    article = analyze("Voters are more likely to say the economy is weak.")
    assert found(article) == [(["the economy is weak"], "Voters", "say")]
    article = analyze("Mayor Brown ended her speech by saying the city will recover.")
    assert found(article) == [(["the city will recover"], "Mayor Brown", "saying")]


def test_adverb_before_the_verb_is_no_subject():
    article = analyze("The senator then loudly asked the crowd to stand.")
    assert found(article) == [(["the crowd to stand"], "The senator", "asked")]
    article = analyze("The group went ahead and formally backed the mayor.")
    assert found(article) == [(["the mayor"], "The group", "backed")]


def test_verb_of_saying_with_an_object_instead_of_a_clause():
    article = analyze("Local leaders fired back at the comments. Critics questioned his record.")
    assert found(article) == [
        (["the comments"], "Local leaders", "fired back at"),
        (["his record"], "Critics", "questioned"),
    ]


def test_clause_after_a_phrase_that_follows_the_verb():
    article = analyze("The mayor wrote on Twitter that the vote was rigged.")
    assert found(article) == [(["that the vote was rigged"], "The mayor", "wrote")]


def test_relative_clause_act_after_an_adverb():
    article = analyze("Brown, who has now opposed the tax, said he would vote against it.")
    assert found(article)[0] == (["the tax"], "who", "opposed")


def test_continues_is_no_cue_form():
    article = analyze("The senator continues to oppose the plan.")
    assert all(cue != "continues" for _, _, cue in found(article))


def test_more_reporting_nouns():
    article = analyze("Her critique of the budget was sharp.")
    assert found(article) == [(["the budget"], "Her", "critique of")]


def test_no_complement_before_a_verb_with_an_object_or_after_another_verb():
    article = analyze("Shortly after the vote, the mayor announced her resignation.")
    assert found(article) == [(["her resignation"], "the mayor", "announced")]
    article = analyze("As the boats passed, Grimm talked about renewed fears of floods.")
    assert found(article) == [(["renewed fears of floods"], "Grimm", "talked about")]
    # an addressee after the verb still leaves the content before it
    article = analyze("The plan is dead, the mayor told the paper.")
    assert found(article) == [(["The plan is dead"], "the mayor", "told")]


def test_no_complement_before_a_coordinated_verb_after_a_comma():
    article = analyze("Many voters have trouble finding work, worry about rents and fear a crash.")
    assert all(c != ["Many voters have trouble finding work"] for c, _, _ in found(article))


def test_adverb_opening_the_sentence_is_no_subject():
    article = analyze("Even criticized the mayor for the delay.")
    assert found(article) == [(["the mayor for the delay"], None, "criticized")]


def test_capitalised_ly_word_is_a_name_not_an_adverb():
    article = analyze("Kelly said the plan is dead.")
    assert found(article) == [(["the plan is dead"], "Kelly", "said")]
    article = analyze("Schlafly then discussed the wall.")
    assert found(article) == [(["the wall"], "Schlafly", "discussed")]


def test_act_after_a_parenthesis_with_its_own_auxiliary():
    article = analyze("Kagan — who was an architect of the plan — supports a larger role.")
    assert found(article) == [(["a larger role"], "Kagan", "supports")]


def test_the_two_as_subject_of_a_base_form():
    article = analyze("The two admit that the goals will not be easy.")
    assert found(article) == [(["that the goals will not be easy"], "The two", "admit")]


def test_content_before_the_frame_after_a_conjunction_and_a_dash_parenthesis():
    article = analyze("But he works on a different principle, he said.")
    assert found(article) == [(["But he works on a different principle"], "he", "said")]
    article = analyze("The mayor said — on the radio, as it happens — that the fund grew.")
    assert found(article) == [(["that the fund grew"], "The mayor", "said")]


def test_participle_after_a_leading_phrase_without_a_comma():
    article = analyze("In the evening he canceled the rally, citing the storm.")
    assert found(article) == [(["the storm"], "he", "citing")]


def test_shot_back():
    article = analyze("The mayor shot back that the council had failed.")
    assert found(article) == [(["that the council had failed"], "The mayor", "shot back")]


def test_coordinated_verb_of_saying_after_a_comma():
    article = analyze("The mayor criticized the council, suggested that the vote was rigged.")
    assert found(article) == [
        (["the council"], "The mayor", "criticized"),
        (["that the vote was rigged"], "The mayor", "suggested"),
    ]
    # an inverted frame stays one statement
    article = analyze("The plan is dead, said Smith.")
    assert found(article) == [(["The plan is dead"], "Smith", "said")]


def test_quote_in_the_next_paragraph_continues_across_a_blank_line():
    article = analyze(
        "“We will win the vote,” the mayor said on Monday.\n\n“The council knows it.”\n\n"
        "The vote is on Friday."
    )
    assert found(article) == [
        (["We will win the vote,"], "the mayor", "said"),
        (["The council knows it."], "the mayor", "said"),
    ]


def test_subject_after_a_leading_subordinate_phrase_before_an_auxiliary():
    article = analyze("Since the attack, critics have said that the plan failed.")
    assert found(article) == [(["that the plan failed"], "critics", "said")]
    article = analyze("After the vote, the mayor has repeatedly claimed that the count was wrong.")
    assert found(article) == [(["that the count was wrong"], "the mayor", "claimed")]


def test_participle_subject_after_a_leading_prepositional_phrase():
    article = analyze(
        'Back in 2001, Mr. Lane praised the council, telling the paper: "It was brave and good."'
    )
    assert found(article)[-1] == (["It was brave and good."], "Mr. Lane", "telling")
    article = analyze(
        'Amid the protests, the mayor defended the plan, saying it would "create jobs."'
    )
    assert found(article)[-1] == (["create jobs."], "the mayor", "saying")


def test_quote_with_mixed_straight_and_curly_marks():
    article = analyze('“We will win the vote," the mayor said. The vote is on Friday.')
    assert found(article) == [(["We will win the vote,"], "the mayor", "said")]
    article = analyze('"We will win the vote,” the mayor said. The vote is on Friday.')
    assert found(article) == [(["We will win the vote,"], "the mayor", "said")]


def test_opening_mark_typed_for_the_closing_one():
    article = analyze("“Is the fund safe?“ the mayor asked. The vote is on Friday.")
    assert found(article) == [(["Is the fund safe?"], "the mayor", "asked")]


def test_participle_subject_after_a_dateline():
    for dateline in ("Lisbon (AFP) –", "LISBON –"):
        article = analyze(
            f"{dateline} Mayor Ana Costa has taken a swipe at the council over the budget, "
            "saying that the vote was rigged."
        )
        assert found(article)[-1] == (["that the vote was rigged"], "Mayor Ana Costa", "saying")


def test_participle_subject_after_a_leading_phrase_of_time():
    article = analyze(
        "Hours later, Mayor Ana Costa returned the compliment, telling reporters that the "
        "council was brave."
    )
    assert found(article)[-1] == (["that the council was brave"], "Mayor Ana Costa", "telling")


def test_expletive_subject_names_no_speaker():
    article = analyze("There's no doubt that the mayor will win.")
    assert found(article) == [(["that the mayor will win"], None, "doubt")]
    article = analyze("It said the council will vote.")
    assert found(article) == [(["the council will vote"], "It", "said")]


def test_phrase_starting_with_a_non_subject_word_names_no_speaker():
    article = analyze("How the mayor responds to critics can matter as much as the vote itself.")
    assert [mention for _, mention, _ in found(article)] == [None]
