"""Actor recognition: persons, organisations, places, groups; roles, aliases, references."""

from __future__ import annotations

import attrs
import pytest

import newskit
from newskit.model import Actor, ActorKind, Article, Span
from newskit.recognition.folding import Folder
from newskit.recognition.resources import Endings, resources_for


@pytest.fixture
def pipeline() -> newskit.Pipeline:
    """Built-in plugins without statement attribution (it adds anonymous speakers as actors)."""
    return newskit.Pipeline(load_entrypoints=False, block=["newskit.default_plugins.quotes"])


def _actors(pipeline: newskit.Pipeline, text: str, language: str = "de") -> tuple[Article, dict]:
    article = pipeline.analyze(text, language=language)
    return article, {actor.name: actor for actor in article.actors}


def _texts(article: Article, actor: Actor, field: str = "mentions") -> list[str]:
    return [article.slice(span) for span in getattr(actor, field)]


# --- the seed article ------------------------------------------------------------------------


@pytest.fixture
def seed(pipeline: newskit.Pipeline, seed_text: str) -> tuple[Article, dict]:
    return _actors(pipeline, seed_text)


EXPECTED_PERSONS = {
    # name: (aliases that must be merged, a role that must be attached)
    "Jake Sullivan": ({"Sullivan"}, "nationale Sicherheitsberater der USA"),
    "Joe Biden": (set(), "US-Präsident"),
    "Kim Jong Un": ({"Kim"}, None),
    "Wladimir Putin": ({"Putin"}, "russischen Präsidenten"),
    "Sergej Schoigu": ({"Shoigu"}, "Russlands Verteidigungsminister"),
    "Vedant Patel": ({"Patel"}, "Sprecher des US-Außenministeriums"),
    "Pavel Felgenhauer": ({"Felgenhauer"}, "Verteidigungs- und Militäranalyst"),
    "Wjatscheslaw Gladkow": (set(), "Gouverneur der russischen Region Belgorod"),
}


def test_seed_finds_the_eight_persons_with_roles_and_aliases(seed: tuple[Article, dict]) -> None:
    article, _ = seed
    persons = {a.name: a for a in article.actors if a.kind is ActorKind.PERSON}
    assert set(persons) == set(EXPECTED_PERSONS)
    for name, (aliases, role) in EXPECTED_PERSONS.items():
        actor = persons[name]
        assert aliases <= set(actor.aliases), name
        if role is not None:
            assert role in _texts(article, actor, "roles"), name


def test_seed_merges_every_surname_mention(seed: tuple[Article, dict]) -> None:
    article, actors = seed
    sullivan = _texts(article, actors["Jake Sullivan"])
    assert sullivan.count("Sullivan") == article.text.count("Sullivan") - 1
    assert _texts(article, actors["Kim Jong Un"]).count("Kim") == 3
    assert "Shoigu" in _texts(article, actors["Sergej Schoigu"])


def test_seed_countries_capitals_and_metonyms(seed: tuple[Article, dict]) -> None:
    article, actors = seed
    by_id = {a.id: a for a in article.actors}
    codes = {a.code: a for a in article.actors if a.code}
    assert {"US", "RU", "KP", "UA", "CN"} <= set(codes)
    assert "USA" in actors["Vereinigte Staaten"].aliases
    expected = {
        "Washington": "US",
        "Moskau": "RU",
        "Pjöngjang": "KP",
        "Kiew": "UA",
        "Kreml": "RU",
        "Weißes Haus": "US",
    }
    for name, code in expected.items():
        assert by_id[actors[name].refers_to].code == code, name
    assert actors["Kreml"].kind is ActorKind.ORGANIZATION
    assert actors["Washington"].kind is ActorKind.PLACE
    assert actors["Institute for the Study of War"].kind is ActorKind.ORGANIZATION
    assert actors["Al Jazeera"].kind is ActorKind.ORGANIZATION


def test_seed_ids_follow_first_mention(seed: tuple[Article, dict]) -> None:
    article, _ = seed
    ids = [a.id for a in article.actors]
    assert ids == [f"a{n}" for n in range(1, len(ids) + 1)]
    firsts = [a.mentions[0].start for a in article.actors if a.mentions]
    assert firsts == sorted(firsts)


def test_seed_pronoun_after_quote_is_linked(seed: tuple[Article, dict]) -> None:
    article, actors = seed
    position = article.text.index("sagte er.") + len("sagte ")
    sullivan = actors["Jake Sullivan"]
    assert any(span.start == position and article.slice(span) == "er" for span in sullivan.mentions)


# --- rules on small texts --------------------------------------------------------------------


def test_capitalised_nouns_are_not_names(pipeline: newskit.Pipeline) -> None:
    _, actors = _actors(
        pipeline, "Die Regierung sagte am Montag, die Verhandlungen über Waffen seien schwierig."
    )
    assert actors == {}


def test_title_role_and_speaker_evidence(pipeline: newskit.Pipeline) -> None:
    text = (
        "Kanzlerin Merkel traf Herrn Habeck. „Wir sind einig“, sagte Scholz. "
        "Müller, ein Wirtschaftsexperte, widersprach. Danach erklärte Wiegand, er sei dagegen."
    )
    article, actors = _actors(pipeline, text)
    for name in ("Merkel", "Habeck", "Scholz", "Müller", "Wiegand"):
        assert actors[name].kind is ActorKind.PERSON, name
    assert _texts(article, actors["Müller"], "roles") == ["Wirtschaftsexperte"]


def test_organisation_patterns(pipeline: newskit.Pipeline) -> None:
    text = (
        "Die Siemens AG und die Universität Hamburg arbeiten mit dem Außenministerium und der "
        "SPD zusammen."
    )
    _, actors = _actors(pipeline, text)
    for name in ("Siemens AG", "Universität Hamburg", "Außenministerium", "SPD"):
        assert actors[name].kind is ActorKind.ORGANIZATION, name


def test_class_nouns_and_heads(pipeline: newskit.Pipeline) -> None:
    text = (
        "Die Rockband Kraftwerk spielte in der Gemeinde Pflückuff. Der Konzern Novartis und "
        "die Firma Müller GmbH wachsen. Die Universität Hamburg und der Verein Hertha BSC. "
        "Das Institut für Arbeit und Technik forscht."
    )
    _, actors = _actors(pipeline, text)
    kinds = {name: actor.kind for name, actor in actors.items()}
    assert kinds == {
        "Kraftwerk": ActorKind.ORGANIZATION,
        "Pflückuff": ActorKind.PLACE,
        "Novartis": ActorKind.ORGANIZATION,
        "Müller GmbH": ActorKind.ORGANIZATION,
        "Universität Hamburg": ActorKind.ORGANIZATION,
        "Hertha BSC": ActorKind.ORGANIZATION,
        "Institut für Arbeit und Technik": ActorKind.ORGANIZATION,
    }


def test_place_name_endings_after_prepositions(pipeline: newskit.Pipeline) -> None:
    _, actors = _actors(pipeline, "Der Zug fährt nach Wennekathausen und hält in Kleinfurt.")
    assert actors["Wennekathausen"].kind is ActorKind.PLACE
    assert actors["Kleinfurt"].kind is ActorKind.PLACE
    _, actors = _actors(pipeline, "Er kam in Begleitung nach Hause.")
    assert actors == {}


def test_transliteration_variants_merge(pipeline: newskit.Pipeline) -> None:
    text = "Wladimir Putin empfing Sergej Schoigu. Später sprach Vladimir Putin mit Shoigu."
    article, actors = _actors(pipeline, text)
    persons = [a for a in article.actors if a.kind is ActorKind.PERSON]
    assert len(persons) == 2
    assert "Vladimir Putin" in actors["Wladimir Putin"].aliases
    assert "Shoigu" in _texts(article, actors["Sergej Schoigu"])


def test_shared_surname_without_evidence_is_not_merged(pipeline: newskit.Pipeline) -> None:
    text = "Joe Biden lobte Hunter Biden. Danach sprach Biden mit Reportern."
    article, _ = _actors(pipeline, text)
    persons = [a for a in article.actors if a.kind is ActorKind.PERSON]
    assert sorted(a.name for a in persons) == ["Hunter Biden", "Joe Biden"]
    lone = article.text.rindex("Biden")
    owners = [a.name for a in persons if any(s.start == lone for s in a.mentions)]
    assert owners == ["Hunter Biden"]  # the latest person it fits, never both


def test_lone_name_before_full_name_joins_it(pipeline: newskit.Pipeline) -> None:
    text = (
        "Treffen zwischen Kerry und Lawrow. US-Außenminister John Kerry sagte, der syrische "
        "Präsident Baschar al-Assad müsse gehen. Assads Truppen kämpfen."
    )
    article, actors = _actors(pipeline, text)
    assert _texts(article, actors["John Kerry"]) == ["Kerry", "John Kerry"]
    assert _texts(article, actors["Baschar al-Assad"]) == ["Baschar al-Assad", "Assads"]
    assert _texts(article, actors["Baschar al-Assad"], "roles") == ["syrische Präsident"]
    assert [a.id for a in article.actors][:2] == ["a1", "a2"]  # Kerry first, then Lawrow


def test_verbs_stay_out_of_roles_and_institutions_out_of_names(pipeline: newskit.Pipeline) -> None:
    text = "Das sagte Außenminister Sergej Lawrow. Igor Konaschenkow vom Verteidigungsministerium."
    article, actors = _actors(pipeline, text)
    assert _texts(article, actors["Sergej Lawrow"], "roles") == ["Außenminister"]
    assert "Igor Konaschenkow" in actors
    assert actors["Verteidigungsministerium"].kind is ActorKind.ORGANIZATION


def test_saxon_genitive_of_an_unknown_name(pipeline: newskit.Pipeline) -> None:
    article, actors = _actors(pipeline, "Über Zabels Entscheidung war das Team nicht glücklich.")
    assert actors["Zabel"].kind is ActorKind.PERSON
    assert _texts(article, actors["Zabel"]) == ["Zabels"]
    _, actors = _actors(pipeline, "Das Haus des Grafen und des Nachbarn Garten.")
    assert not any(a.kind is ActorKind.PERSON for a in actors.values())


def test_surname_particles_without_given_name(pipeline: newskit.Pipeline) -> None:
    article, actors = _actors(pipeline, "Das Tor schoss van der Vaart, da Merkel zusah.")
    assert _texts(article, actors["van der Vaart"]) == ["van der Vaart"]
    assert "da Merkel" not in actors


def test_pronoun_gender(pipeline: newskit.Pipeline) -> None:
    text = "Angela Merkel traf Olaf Scholz. Sie sagte, er habe recht."
    article, actors = _actors(pipeline, text)
    assert "Sie" in _texts(article, actors["Angela Merkel"])
    assert "er" in _texts(article, actors["Olaf Scholz"])


def test_capital_creates_unnamed_state(pipeline: newskit.Pipeline) -> None:
    article, actors = _actors(pipeline, "Peking warnte vor Sanktionen.")
    state = {a.id: a for a in article.actors}[actors["Peking"].refers_to]
    assert state.code == "CN" and state.mentions == () and state.id == "a2"


def test_genitive_forms(pipeline: newskit.Pipeline) -> None:
    article, actors = _actors(pipeline, "Russlands Präsident Wladimir Putin und Putins Berater.")
    assert actors["Russland"].code == "RU"
    assert _texts(article, actors["Wladimir Putin"]) == ["Wladimir Putin", "Putins"]


def test_english_article(pipeline: newskit.Pipeline) -> None:
    text = (
        "White House national security adviser Jake Sullivan said on Tuesday that North "
        "Korea would pay a price. Sullivan told reporters that Moscow was looking for arms."
    )
    article, actors = _actors(pipeline, text, "en")
    assert actors["Jake Sullivan"].kind is ActorKind.PERSON
    assert "Sullivan" in actors["Jake Sullivan"].aliases
    assert actors["North Korea"].code == "KP"
    by_id = {a.id: a for a in article.actors}
    assert by_id[actors["Moscow"].refers_to].code == "RU"
    assert any("security adviser" in r for r in _texts(article, actors["Jake Sullivan"], "roles"))
    article, actors = _actors(
        pipeline, "Russia's President Vladimir Putin spoke. Putin's spokesman declined.", "en"
    )
    assert _texts(article, actors["Vladimir Putin"]) == ["Vladimir Putin", "Putin"]
    assert _texts(article, actors["Russia"]) == ["Russia"]


def test_english_roles_and_metonyms(pipeline: newskit.Pipeline) -> None:
    text = (
        "President Joe Biden met Chancellor Olaf Scholz. Kremlin spokesman Dmitry Peskov said "
        "Moscow would respond. Secretary of State Antony Blinken will travel to Kyiv. "
        "Ned Price, a State Department spokesperson, agreed."
    )
    article, actors = _actors(pipeline, text, "en")
    roles = {
        name: _texts(article, actors[name], "roles")
        for name in ("Joe Biden", "Olaf Scholz", "Dmitry Peskov", "Antony Blinken", "Ned Price")
    }
    assert roles == {
        "Joe Biden": ["President"],
        "Olaf Scholz": ["Chancellor"],
        "Dmitry Peskov": ["Kremlin spokesman"],
        "Antony Blinken": ["Secretary of State"],
        "Ned Price": ["State Department spokesperson"],
    }
    by_id = {a.id: a for a in article.actors}
    assert by_id[actors["Kremlin"].refers_to].code == "RU"
    assert by_id[actors["Kyiv"].refers_to].code == "UA"
    assert actors["State Department"].kind is ActorKind.ORGANIZATION


def test_boilerplate_is_skipped(pipeline: newskit.Pipeline) -> None:
    article = Article.from_text("Angela Merkel sprach.\n\nFollow Angela Merkel on Twitter")
    start = article.text.index("Follow")
    article = attrs.evolve(article, boilerplate=[Span(start, len(article.text))])
    analysed = pipeline.analyze(article, language="de")
    merkel = next(a for a in analysed.actors if a.name == "Angela Merkel")
    assert all(span.start < start for span in merkel.mentions)


# --- data and helpers ------------------------------------------------------------------------


def test_folding_rules() -> None:
    from newskit.languages.de.actors import NAME_FOLDING

    fold = Folder(NAME_FOLDING)
    for left, right in [
        ("Schoigu", "Shoigu"),
        ("Wladimir", "Vladimir"),
        ("Pjöngjang", "Pyongyang"),
        ("Wjatscheslaw", "Vyacheslav"),
        ("Chodorkowski", "Khodorkovsky"),
        ("Jelzin", "Yeltsin"),
    ]:
        assert fold(left) == fold(right), (left, right)
    assert fold("Sullivan") != fold("Patel")


def test_resources_are_cached_and_read_through_lexicons(pipeline: newskit.Pipeline) -> None:
    german = pipeline.language_for("de")
    first = resources_for(german)
    assert resources_for(german) is first
    assert first.given_names["Wjatscheslaw"] == "m"
    assert first.lookup(["Nordkorea"], 0, 1)[1].code == "KP"
    assert first.is_role("Verteidigungsminister") and not first.is_role("Verteidigung")


def test_language_plugin_can_add_entries() -> None:
    from newskit.hookspecs import hookimpl
    from newskit.registrations import Language

    class Extra:
        @hookimpl
        def register_languages(self, register):  # type: ignore[no-untyped-def]
            register(Language.from_mapping("de", "German", {"actor_organizations": ("Zalando",)}))

    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[Extra()])
    _, actors = _actors(pipeline, "Der Händler Zalando wächst.")
    assert actors["Zalando"].kind is ActorKind.ORGANIZATION


def test_hook_is_the_builtin_and_can_be_blocked() -> None:
    blocked = newskit.Pipeline(
        load_entrypoints=False,
        block=["newskit.default_plugins.actors", "newskit.default_plugins.quotes"],
    )
    assert blocked.analyze("Angela Merkel sprach.", language="de").actors == ()


# --- generated given-name lists ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Am Montag traf Abdulkadir Öztürk in Köln den Bürgermeister.", "de", "Abdulkadir Öztürk"),
        ("Gestern sprach Wiesława Nowak mit Journalisten.", "de", "Wiesława Nowak"),
        ("Yesterday Abdulkadir Ozturk met the mayor.", "en", "Abdulkadir Ozturk"),
    ],
)
def test_generated_given_name_starts_a_person(pipeline, text, language, expected):
    _, actors = _actors(pipeline, text, language)
    assert actors[expected].kind is ActorKind.PERSON


def test_generated_names_alone_and_common_words(pipeline):
    _, actors = _actors(pipeline, "Am Montag traf Abdulkadir in Köln den Bürgermeister.")
    assert actors["Abdulkadir"].kind is ActorKind.PERSON
    _, actors = _actors(pipeline, "Am Montag verhandelte Kolb in Köln mit dem Bürgermeister.")
    assert actors["Kolb"].kind is ActorKind.PERSON
    # surnames that are common words were left out of the generated lists
    _, actors = _actors(pipeline, "Am Montag kochte der Koch in Köln für den Bürgermeister.")
    assert set(actors) == {"Köln"}
    resources = resources_for(pipeline.language_for("de"))
    assert resources.given_names["Abdulkadir"] == "m"
    assert resources.lookup(["Kolb"], 0, 1)[1].source == "surname"
    assert resources.lookup(["Koch"], 0, 1) is None


def test_surname_ending_makes_a_person(pipeline):
    _, actors = _actors(pipeline, "Am Montag gewann Zmajević das Turnier in Belgrad.")
    assert actors["Zmajević"].kind is ActorKind.PERSON
    _, actors = _actors(pipeline, "Am Montag schied der Verein im Halbfinale aus.")
    assert not actors


def test_club_head_before_place_is_an_organization(pipeline):
    _, actors = _actors(pipeline, "Der TSV Niederstaufen verlor gegen Preußen Münster.")
    assert actors["Preußen Münster"].kind is ActorKind.ORGANIZATION
    assert "Münster" not in actors
    _, actors = _actors(pipeline, "Das Königreich Preußen war groß.")
    assert actors["Preußen"].kind is ActorKind.PLACE


def test_kinship_and_profession_nouns_before_a_name(pipeline):
    _, actors = _actors(pipeline, "Er reiste mit seinem Freund Zorbak Quillmo nach Köln.")
    assert actors["Zorbak Quillmo"].kind is ActorKind.PERSON
    _, actors = _actors(pipeline, "Das Haus erbte ihre Tante Zilka im Jahr danach.")
    assert actors["Zilka"].kind is ActorKind.PERSON
    _, actors = _actors(pipeline, "Den Entwurf zeichnete Lorenzo della Torre im Auftrag der Stadt.")
    assert actors["Lorenzo della Torre"].kind is ActorKind.PERSON
    article, actors = _actors(
        pipeline, "Der Franzose Zorbak Quillmo siegte, die Amerikaner jubelten."
    )
    assert _texts(article, actors["Zorbak Quillmo"], "roles") == ["Franzose"]
    assert actors["Amerikaner"].kind is ActorKind.GROUP


def test_abstract_noun_after_given_name_is_no_surname(pipeline):
    _, actors = _actors(pipeline, "Damit erhält Anna Unterstützung von allen.")
    assert "Anna Unterstützung" not in actors
    _, actors = _actors(pipeline, "Dort traf Paul Hartung den Minister.")
    assert actors["Paul Hartung"].kind is ActorKind.PERSON


def test_subject_of_a_verb_of_stating_is_a_person(pipeline):
    _, actors = _actors(pipeline, "Am Abend dementierte Quillmo die Berichte.")
    assert actors["Quillmo"].kind is ActorKind.PERSON
    _, actors = _actors(pipeline, "Am Abend dementierte die Regierung die Berichte.")
    assert not any(actor.kind is ActorKind.PERSON for actor in actors.values())


def test_unknown_name_before_generated_surname_is_its_given_name(pipeline):
    # "Kolb" is in the generated surname list, "Zorbak" in no list
    _, actors = _actors(pipeline, "Das Bild malte damals Zorbak Kolb in Wien.")
    assert actors["Zorbak Kolb"].kind is ActorKind.PERSON
    _, actors = _actors(pipeline, "Am Montag verhandelte Kolb in Köln mit dem Bürgermeister.")
    assert "Montag Kolb" not in actors


def test_surname_that_is_also_a_town_stays_the_person() -> None:
    # "Solms" is a town in Hesse; after "Henrik Solms" it is his surname.
    pipeline = newskit.Pipeline(load_entrypoints=False)
    article = pipeline.analyze(
        "Verkehrsstaatssekretär Henrik Solms forderte eine Schlichtung. "
        "Das sei der richtige Weg, sagte Solms dem Sender.",
        language="de",
    )
    persons = [actor for actor in article.actors if actor.name == "Henrik Solms"]
    assert len(persons) == 1
    assert [article.slice(span) for span in persons[0].mentions] == ["Henrik Solms", "Solms"]
    assert not any(
        actor.kind is newskit.ActorKind.PLACE and actor.name == "Solms" for actor in article.actors
    )


def test_seed_kremlin_pronoun_is_not_putins(seed: tuple[Article, dict]) -> None:
    """"Der Kreml weigerte sich, ..., dass er ...": the pronoun is the Kremlin's."""
    article, actors = seed
    sentence = article.text.index("Der Kreml weigerte sich")
    position = article.text.index(" er ", sentence) + 1
    putin_starts = {span.start for span in actors["Wladimir Putin"].mentions}
    assert position not in putin_starts
    kremlin = next(a for a in article.actors if a.name == "Kreml")
    assert position in {span.start for span in kremlin.mentions}


def test_pronoun_takes_a_clause_initial_masculine_organisation(pipeline) -> None:
    text = ("Olaf Scholz traf Vertreter der Industrie. Der Kreml erklärte am Abend, er werde "
            "nicht verhandeln.")
    article, actors = _actors(pipeline, text)
    assert "er" not in _texts(article, actors["Olaf Scholz"])
    # inside a quotation the organisation does not take a speaker's pronoun
    text = "„Der Kreml lügt“, sagte Olaf Scholz. „Das ist klar“, sagte er."
    article, actors = _actors(pipeline, text)
    assert "er" in _texts(article, actors["Olaf Scholz"])


def test_acronym_definition_names_one_organisation(pipeline) -> None:
    text = ("Die Gewerkschaft Fahrdienst und Schiene (GFS) ruft zum Streik auf. "
            "Die GFS fordert mehr Lohn. Die Zentralstelle für Umweltfragen (ZfU) warnt.")
    article, actors = _actors(pipeline, text)
    union = actors["Gewerkschaft Fahrdienst und Schiene"]
    assert union.kind is ActorKind.ORGANIZATION
    assert _texts(article, union) == ["Gewerkschaft Fahrdienst und Schiene", "GFS", "GFS"]
    assert union.aliases == ("GFS",)
    assert "Fahrdienst" not in actors and "GFS" not in actors
    assert _texts(article, actors["Zentralstelle für Umweltfragen"]) == [
        "Zentralstelle für Umweltfragen", "ZfU"]


def test_capitalised_word_that_is_no_known_word(pipeline) -> None:
    """A capitalised word outside the common-word list (and no compound ending in a listed
    word) is a name: a person, or a place after "in"/"nach"; with an article it is a noun."""
    _, actors = _actors(pipeline, "Im Finale traf Kelvaro auf einen starken Gegner.")
    assert actors["Kelvaro"].kind is ActorKind.PERSON
    _, actors = _actors(pipeline, "Der Zug fuhr am Abend nach Quarnitz weiter.")
    assert actors["Quarnitz"].kind is ActorKind.PLACE
    _, actors = _actors(pipeline, "Kelvaro gewann das Spiel.")
    assert actors["Kelvaro"].kind is ActorKind.PERSON
    # an article before it, a known compound, an abbreviation: no name
    article, _ = _actors(pipeline, "Die Stadt baute den Quarnitz aus und lobte die "
                         "Stadtteilverkehrsberuhigung, sie kostete 3 Mrd . Euro.")
    assert article.actors == ()
    # the common words come through a lexicon of package files
    resources = resources_for(pipeline.language_for("de"))
    assert "Verkehrsberuhigung" in resources.common_nouns or "Beruhigung" in resources.common_nouns
    assert "Kelvaro" not in resources.common_nouns


def test_unknown_names_listed_with_places_are_places(pipeline) -> None:
    _, actors = _actors(pipeline, "Zwischen Ulm, Quarnitz und Brelkow liegt der Wald.")
    assert actors["Quarnitz"].kind is ActorKind.PLACE
    assert actors["Brelkow"].kind is ActorKind.PLACE


def test_organisation_grows_over_acronyms_unknown_words_and_towns(pipeline) -> None:
    article, actors = _actors(pipeline, "Sie forschte am Institut für Stadtplanung "
                              "Spaichingen und arbeitete dann für XKT Zorquat.")
    name = "Institut für Stadtplanung Spaichingen"
    assert _texts(article, actors[name]) == [name]
    assert actors[name].kind is ActorKind.ORGANIZATION
    assert "Spaichingen" not in actors
    assert actors["XKT Zorquat"].kind is ActorKind.ORGANIZATION


def test_regnal_number_is_part_of_the_name(pipeline) -> None:
    article, actors = _actors(pipeline, "Damals regierte Königin Elisabeth II. das Land.")
    assert _texts(article, actors["Elisabeth II."]) == ["Elisabeth II."]


def test_place_name_endings_and_place_compounds(pipeline) -> None:
    """"Kelvarberg" (no known word before "-berg") is a place, also after an article;
    "Schlossberg" and "Provinzhauptstadt" are nouns; "Hamburg-Quarnitz" is a place."""
    _, actors = _actors(pipeline, "Sie stiegen auf den Kelvarberg und fuhren dann nach "
                        "Hamburg-Quarnitz.")
    assert actors["Kelvarberg"].kind is ActorKind.PLACE
    assert actors["Hamburg-Quarnitz"].kind is ActorKind.PLACE
    article, _ = _actors(pipeline, "Sie stiegen auf den Schlossberg der Provinzhauptstadt und "
                         "planten den Hamburg-Besuch.")
    assert article.actors == ()


def test_class_nouns_in_the_genitive_and_before_quoted_names(pipeline) -> None:
    _, actors = _actors(pipeline, "Der Chef des Technologiekonzerns Zorquat lobte den Artikel "
                        "des Magazins „Blaue Stunde“ über Quarnitz.")
    assert actors["Zorquat"].kind is ActorKind.ORGANIZATION
    assert actors["Blaue Stunde"].kind is ActorKind.ORGANIZATION


def test_lone_given_name_at_sentence_start_before_a_verb(pipeline) -> None:
    _, actors = _actors(pipeline, "Judith hat sich verändert. Max erinnert sich.")
    assert actors["Judith"].kind is ActorKind.PERSON
    assert "Max" not in actors  # an ambiguous given name needs more evidence


def test_unknown_names_after_verbs_in_genitives_and_as_interview_speakers(pipeline) -> None:
    _, actors = _actors(pipeline, "In der Serie erreichte Kelvaro einen Rekord. Ein Kritiker "
                        "lobte Zorbeks Stil. Brelkow: Ich bin zufrieden.")
    assert actors["Kelvaro"].kind is ActorKind.PERSON
    assert actors["Zorbek"].kind is ActorKind.PERSON  # the genitive names Zorbek
    assert actors["Brelkow"].kind is ActorKind.PERSON


def test_place_before_foreign_words_is_an_organisation(pipeline) -> None:
    _, actors = _actors(pipeline, "Im Finale schlugen die Chicago Bulls das Team aus Boston.")
    assert actors["Chicago Bulls"].kind is ActorKind.ORGANIZATION
    assert actors["Boston"].kind is ActorKind.PLACE


def test_unknown_name_after_a_direction_is_a_place(pipeline) -> None:
    _, actors = _actors(pipeline, "Die Truppen zogen zwischen Quarnitz und Brelkow nach Norden.")
    assert actors["Quarnitz"].kind is ActorKind.PLACE
    assert actors["Brelkow"].kind is ActorKind.PLACE


def test_unknown_name_after_bei_is_an_organisation_and_after_von_a_direction_a_place(
    pipeline,
) -> None:
    _, actors = _actors(pipeline, "Er arbeitete bei Zorquat, südlich von Quarnitz.")
    assert actors["Zorquat"].kind is ActorKind.ORGANIZATION
    assert actors["Quarnitz"].kind is ActorKind.PLACE


def test_foreign_geographic_head_words_open_place_names(pipeline) -> None:
    _, actors = _actors(pipeline, "Der Weg führt vom Monte Quarnito zur Playa de las Brelkas.")
    assert actors["Monte Quarnito"].kind is ActorKind.PLACE


def test_compass_prefix_before_a_known_region(pipeline) -> None:
    _, actors = _actors(pipeline, "Die Firma verlegte ihren Sitz nach Süditalien.")
    assert actors["Süditalien"].kind is ActorKind.PLACE


def test_acronym_letters_inside_the_words_of_its_long_form(pipeline) -> None:
    article, actors = _actors(pipeline, "Laut dem Bundesverband deutscher Kelvarbanken (BdK) "
                              "steigen die Zinsen. Der BdK warnt.")
    name = "Bundesverband deutscher Kelvarbanken"
    assert actors[name].kind is ActorKind.ORGANIZATION
    assert _texts(article, actors[name]) == [name, "BdK", "BdK"]
    # a person before an acronym in parentheses is no long form of it
    _, actors = _actors(pipeline, "Angela Merkel (CDU) sprach.")
    assert actors["Angela Merkel"].kind is ActorKind.PERSON


def test_town_name_after_a_role_is_no_place(pipeline) -> None:
    article, _ = _actors(pipeline, "Damals regierte Präsident Cleveland das Land.")
    assert all(actor.kind is not ActorKind.PLACE for actor in article.actors)


def test_unknown_word_before_a_foreign_lower_case_word_is_no_name(pipeline) -> None:
    article, _ = _actors(pipeline, "Das Zweifingerfaultier (Choloepus didactylus) schläft viel.")
    assert article.actors == ()


def test_unknown_name_before_an_auxiliary_at_a_sentence_start_is_a_person(pipeline) -> None:
    _, actors = _actors(pipeline, "Kelvaro wird am Montag in Bonn erwartet. Brelkow hat "
                        "zugesagt.")
    assert actors["Kelvaro"].kind is ActorKind.PERSON
    assert actors["Brelkow"].kind is ActorKind.PERSON
    # a known word before an auxiliary stays a word
    article, _ = _actors(pipeline, "Gesundheit ist wichtig.")
    assert article.actors == ()


def test_name_after_comma_and_so_is_the_speaker(pipeline) -> None:
    # "Kelvaro" is unknown, "Halle" a town of the gazetteer: both speak after ", so"
    _, actors = _actors(pipeline, "„Wir sind zufrieden“, so Kelvaro. „Das reicht“, so Halle.")
    assert actors["Kelvaro"].kind is ActorKind.PERSON
    assert actors["Halle"].kind is ActorKind.PERSON
    # an organisation the gazetteer knows stays one
    _, actors = _actors(pipeline, "„Die Lage ist ernst“, so Amnesty International.")
    assert actors["Amnesty International"].kind is ActorKind.ORGANIZATION


def test_no_apposition_person_after_a_determiner_nor_lone_anders(pipeline) -> None:
    _, actors = _actors(pipeline, "Im Kampf um den Gesamt-Pokal, der Amerikanerin Marie "
                        "Quarnel, liegt sie vorn.")
    assert set(actors) == {"Marie Quarnel"}
    article, _ = _actors(pipeline, "Anders als im Vorjahr blieb es ruhig.")
    assert article.actors == ()


def test_lone_given_name_that_is_a_noun_after_an_adjective_is_no_person(pipeline) -> None:
    # "Wade" and "Rose" are given names and German nouns
    article, _ = _actors(pipeline, "Sie zog sich eine Zerrung in der linken Wade zu. "
                         "Er schenkte ihr eine rote Rose. Die Maschine kam langsam in Gang.")
    assert article.actors == ()
    # without an adjective or article before it the given name stays a person
    _, actors = _actors(pipeline, "Gestern traf Wade die Nachbarn.")
    assert actors["Wade"].kind is ActorKind.PERSON


def test_unknown_genitive_name_after_a_noun_is_a_person(pipeline) -> None:
    article, actors = _actors(pipeline, "Die Aussagen Zorbeks, der damals Richter war, "
                              "wurden geprüft.")
    assert actors["Zorbek"].kind is ActorKind.PERSON
    assert _texts(article, actors["Zorbek"]) == ["Zorbeks"]


def test_known_word_before_a_colon_and_ich_is_the_interviewee(pipeline) -> None:
    # "Koch" is a common noun and a surname; before ": Ich" it answers an interview
    _, actors = _actors(pipeline, "Koch: Ich koche seit zwanzig Jahren.")
    assert actors["Koch"].kind is ActorKind.PERSON
    # an ordinary noun before a colon without the pronoun stays a word
    article, _ = _actors(pipeline, "Fazit: Es lohnt sich.")
    assert article.actors == ()


def test_unknown_name_between_von_and_nach_is_a_place(pipeline) -> None:
    _, actors = _actors(pipeline, "Die neue Linie fährt von Kelvaro nach Brelkow.")
    assert actors["Kelvaro"].kind is ActorKind.PLACE
    # "von" alone keeps an unknown name a person
    _, actors = _actors(pipeline, "Das Buch von Kelvaro erschien 2001.")
    assert actors["Kelvaro"].kind is ActorKind.PERSON


def test_given_name_before_a_legal_form_or_school_is_an_organisation(pipeline) -> None:
    _, actors = _actors(pipeline, "Er besuchte die Matthew Quarnel School in Leeds.")
    assert "Matthew Quarnel" not in actors
    assert actors["Matthew Quarnel School"].kind is ActorKind.ORGANIZATION


def test_unknown_name_after_an_auxiliary_before_a_predicate_noun_is_a_person(pipeline) -> None:
    _, actors = _actors(pipeline, "1920 war Kelvaro Gründungsmitglied des Vereins.")
    assert actors["Kelvaro"].kind is ActorKind.PERSON


def test_unknown_word_before_zu_werden_is_no_person(pipeline) -> None:
    article, _ = _actors(pipeline, "Er hoffte lange, endlich Zorquat zu werden.")
    assert article.actors == ()


def test_common_word_before_a_bracketed_party_or_age_is_a_person(pipeline) -> None:
    # "Koch" and "Wolf" are common nouns and surnames
    _, actors = _actors(pipeline, "Im Landtag sprach auch Koch (SPD) über Steuern.")
    assert actors["Koch"].kind is ActorKind.PERSON
    _, actors = _actors(pipeline, "Gestern kam Wolf (57) zurück nach Hause.")
    assert actors["Wolf"].kind is ActorKind.PERSON
    # a noun after an article stays a noun
    article, _ = _actors(pipeline, "Der Absatz (12) gilt weiter.")
    assert article.actors == ()


def test_stage_name_opener_belongs_to_the_name(pipeline) -> None:
    _, actors = _actors(pipeline, "Die Sängerin Lady Zorquat hat ein neues Album.")
    assert actors["Lady Zorquat"].kind is ActorKind.PERSON
    assert "Zorquat" not in actors


# --- the unchecked constructors of consolidation -----------------------------------------------


def test_unchecked_span_and_actor_equal_validated_ones() -> None:
    from newskit import converter
    from newskit.recognition import interpreted

    # the model has exactly the fields the fast path sets; after a change to Span or Actor,
    # update _SPAN_FIELDS / _ACTOR_FIELDS and actor() in recognition/interpreted.py
    assert interpreted.FAST, "Span/Actor fields changed: update the fast constructors"
    span = interpreted.span(3, 7)
    assert span == Span(3, 7) and hash(span) == hash(Span(3, 7))
    assert repr(span) == "Span(start=3, end=7)"
    values = ("a1", "Jake Sullivan", ActorKind.PERSON, (Span(0, 13), span), (Span(20, 30),),
              ("Sullivan",), None, "a1")
    fast = interpreted.actor(*values)
    checked = Actor(*values)
    assert fast == checked and repr(fast) == repr(checked)
    assert {f.name: getattr(fast, f.name) for f in attrs.fields(Actor)} == attrs.asdict(
        checked, recurse=False)
    article = Article(text="x" * 40, actors=(fast,))
    assert converter.loads(converter.dumps(article)).actors == (checked,)


def test_recognised_actors_survive_validation(pipeline: newskit.Pipeline, seed_text: str) -> None:
    # every actor built without validators passes them when rebuilt through the constructor
    article = pipeline.analyze(seed_text, language="de")
    assert article.actors
    for actor in article.actors:
        rebuilt = Actor(**attrs.asdict(actor, recurse=False))
        assert rebuilt == actor
        assert all(type(s) is Span and 0 <= s.start <= s.end <= len(article.text)
                   for s in (*actor.mentions, *actor.roles))


def test_endings_find_the_entries_a_word_ends_in() -> None:
    # Endings replaces slicing a word at every position: it must agree with that, for every
    # length window, including words shorter than three letters and entries that are too long.
    entries = frozenset({"minister", "sprecher", "chef", "ab", "ministerin", "präsident"})
    endings = Endings(entries)
    words = ("verteidigungsminister", "minister", "ister", "chef", "polizeichef", "ab", "x",
             "regierungssprecherin", "vizepräsident", "präsidentin", "ministerin", "")
    for word in words:
        for shortest in range(0, 12):
            for longest in range(0, len(word) + 2):
                expected = any(
                    word[len(word) - size:] in entries
                    for size in range(max(shortest, 3), min(longest, len(word)) + 1)
                )
                assert endings.ends_in(word, shortest, longest) is expected, (word, shortest,
                                                                              longest)


def test_compound_roles_and_organisations_by_their_ending() -> None:
    resources = resources_for(newskit.Pipeline(load_entrypoints=False).language_for("de"))
    assert resources.is_role("Verteidigungsminister")
    assert not resources.is_role("Minis")  # too short to hold a role after two letters
    assert not resources.is_role("Ministerium")
    assert resources.role_endings.ends_in("außenminister", 4, 11)
    assert not resources.role_endings.ends_in("außenminister", 4, 7)
