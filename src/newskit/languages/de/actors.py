"""German data for actor recognition (read by :mod:`newskit.recognition`).

Conventions (documented in ``docs/actors.md``):

- ``actor_given_name_files`` / ``actor_place_files``: package data files, ``package:file``.
  Given-name files hold lines ``g Name Name ...`` (``g`` is ``m``, ``f`` or ``u``); place files
  hold ``Name<TAB>CC`` lines (a city and its ISO 3166-1 country code).
- ``actor_places`` / ``actor_organizations``: ``Canonical|variant|...`` optionally ``=CODE``
  (ISO 3166 code of a place). The first surface form is the canonical name.
- ``actor_capitals``: ``City|variant=CC``: a capital used for its state (``refers_to`` the country).
- ``actor_metonyms``: ``Name|variant=CC``: an institution that stands for a state (an
  organisation with ``refers_to`` the country).
- ``actor_country_aliases``: ``Name=CC`` extra country names beside the CLDR names from babel.
- ``actor_person_roles``: lower-case role nouns; a token that is one of them or a compound ending
  in one ("Verteidigungsminister") is a role. ``actor_person_titles``: words before a name that
  are not part of it (Herr, Dr.).
- ``actor_org_suffixes``: compound endings that make one capitalised token an organisation
  ("Außenministerium"). ``actor_org_heads``: words that open an organisation name followed by a
  name or "für ..." ("Universität Hamburg", "Institut für Weltwirtschaft").
  ``actor_org_tails``: words that close one ("Siemens AG").
- ``actor_groups``: ``Form|form=Canonical`` nouns naming groups of people (demonyms).
- ``actor_pronouns``: ``word=g`` personal pronouns linked to the last person of gender ``g``.
- ``actor_gender_articles``: ``article=g`` clause-initial articles that give a non-person name
  a grammatical gender, so that a pronoun of that gender may refer to it.
- ``actor_name_folding``: ``from=to`` rewrite rules applied in order to lower-cased names so that
  transliteration variants compare equal (Schoigu / Shoigu, Wladimir / Vladimir).
- Everything else is a plain word list.
"""

from __future__ import annotations

from .. import entry_lines
from ..international import WORLD_COMPANIES

_PKG = "newskit.languages.de"


def _words(text: str) -> tuple[str, ...]:
    """Entries separated by white space."""
    return tuple(text.split())


# One entry a line (entries with spaces: Weißes Haus|Weißen Hauses=US); "#" starts a comment line.
_lines = entry_lines

#: Rules that fold German and English transliterations of (mostly Slavic) names together.
#: Applied in order to the lower-cased name with diacritics removed.
NAME_FOLDING: tuple[str, ...] = (
    "^al-=",
    "^el-=",
    "^ad-=",
    "^as-=",
    "^ar-=",
    "^at-=",
    "schtsch=S",
    "shch=S",
    "dsch=J",
    "dzh=J",
    "tsch=C",
    "tch=C",
    "sch=S",
    "sh=S",
    "zh=S",
    "ch=C",
    "kh=C",
    "x=ks",
    "ts=z",
    "w=v",
    "j=y",
    "iy=y",
    "yi=y",
    "ij=y",
    "ii=i",
    "ei$=ey",
    "ie$=y",
    "ski$=sky",
    "ph=f",
    "ck=k",
    "ou=u",
    "ue=u",
    "oe=o",
    "ae=a",
)

LEXICONS: dict[str, tuple[str, ...]] = {
    "actor_given_name_files": (
        f"{_PKG}:given_names.txt",
        "newskit.languages.en:given_names.txt",
    ),
    "actor_generated_given_name_files": ("newskit.languages.en:given_names_faker.txt",),
    "actor_generated_surname_files": ("newskit.languages.en:surnames_faker.txt",),
    "actor_place_files": (f"{_PKG}:places.txt",),
    "actor_person_files": (f"{_PKG}:persons.txt",),
    #: Common words, capitalised (``Name`` lines, optionally gzip-compressed): a capitalised
    #: word that is none of them, nor a compound ending in one, may be a name ("Halmich").
    "actor_common_noun_files": (f"{_PKG}:common_words.txt.gz",),
    #: Common words of other languages, capitalised: known as whole words only (English titles
    #: in German text, "Room", "Love"), no German compound ends in one.
    "actor_foreign_word_files": ("newskit.languages.en:common_words.txt.gz",),
    #: Inflection and feminine endings stripped before looking a word up in the common words
    #: ("Gewerkschaftern", "Bosnierin"); not "s" or "e", which names take too ("Heinze").
    "actor_inflection_endings": _words("n en ern in innen"),
    "actor_non_places": _words(
        """
        Boden Basis Adler Wetter Horn Tank Gerede Waren Leer Senden Singen Springe Rissen Zug
        Bulle Neubau Landstraße Favoriten Werder Weiden Manage Imperial Orange Plato Atlantis
        Galt Mol Dax Porta Hof Mark Weil Gartenstadt Mitte Zentrum
        Süd Nord Ost West Altstadt Neustadt Innenstadt Reading Nice Mobile Split Police Best
        Hope Sale Bath Deal March Union Victoria Florida Mercedes Fortuna Concordia Progreso
        Liberty Independence Freedom Enterprise Commerce Industry Opportunity Paradise Eden
        Marine Arena Centro Roma Amor Garfield Lincoln Jackson Homer Kant Beethoven Nauen
        Wolf Frieden Hagen Hamm Moers Kamen Mettmann Goch Dormagen Stadt Land Insel Berg Tal
        """
    ),
    "actor_place_suffixes": ("straße", "strasse", "gasse", "allee", "chaussee", "damm"),
    "actor_place_generic": _words(
        """
        hauptstraße landstraße bundesstraße autostraße seitenstraße nebenstraße dorfstraße
        wasserstraße handelsstraße einbahnstraße schnellstraße durchgangsstraße straße gasse
        allee damm staudamm deichdamm bahndamm schutzdamm dammbruch
        """
    ),
    "actor_place_heads": _words(
        """
        Straße Str. Platz Allee Weg Gasse Ring Ufer Damm Markt Bahnhof Hauptbahnhof Hafen
        Flughafen Dom Münster Tor Brücke See Bucht Becken Wald Heide Alpen Alb Land Kreis Tal
        Schloss Burg Kirche Kapelle Kloster Stadion Zoo Park Garten Mauer Insel Inseln Meer
        """
    ),
    "actor_place_adjective_endings": ("er",),
    "actor_road_words": _words(
        "A B L K St Bundesstraße Autobahn Landesstraße Staatsstraße Kreisstraße"
    ),
    "actor_org_head_suffixes": _words(
        """
        verein vereine vereins verband verbände verbandes verlag verlags rundfunk rundfunks
        partei bank gesellschaft club klub theater orchester zeitung rundschau allgemeine
        kurier anzeiger rat stiftung institut universität hochschule museum oper
        philharmoniker sezession liberalen frauenhilfe werke gruppe konzern
        """
    ),
    "actor_place_adjective_markers": ("isch", "deutsch", "er", "ener"),
    #: Parts of adjectives that can open an organisation name ("Bayerischen Staatsministerium",
    #: "Oberste Gerichtshof", "Vereinigten Liberalen").
    "actor_org_adjective_markers": _words(
        """
        isch lich ig al iv ell deutsch ober frei neu vereinigt zentral erst höchst groß
        national sozial demokrat christlich evangel kathol grün link recht
        """
    ),
    #: Geographic head words of other languages that open a place name, optionally followed by
    #: particles ("Lido di Spina", "Pont del Diable", "Río Xingú", "Cerro Amarillo").
    "actor_place_openers": _words(
        """
        Lido Isola Isla Ilha Île Pont Ponte Río Rio Cerro Monte Mont Lago Lac Costa Playa Sierra
        Val Valle Porto Puerto Capo Cabo Castel Castello Golfo Bahía Baía Piazza Plaza Praça
        Pizzo Piz Pico Punta Pointe Col Passo Vila Villa
        """
    ),
    #: Prefixes that name a part of a known country or region ("Süditalien", "Nordhessen",
    #: "Oberitaliens"); longest first.
    "actor_place_prefixes": _words(
        "Nordost Nordwest Südost Südwest Nord Süd Ost West Mittel Ober Unter Zentral"
    ),
    "actor_place_particles": _words("di del de della delle degli dei da do dos das du des la le"),
    "actor_saint_words": ("St", "St.", "Sankt", "San", "Santa", "Saint", "São", "Sao"),
    #: Words of ``actor_non_names`` that are never a surname after a given name ("Max Herbst"
    #: is a name, "Peter Montag" is not taken as one).
    "actor_never_surnames": _words(
        """
        Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar
        März April Mai Juni Juli August September Oktober November Dezember Uhr Prozent Euro
        Dollar Jahr Jahre Jahren Mal Millionen Milliarden Prozent Herr Frau Ich Du Er Sie Es
        Wir Ihr
        """
    ),
    #: Nouns (or compound endings) naming the class of what follows: "die Firma Siemens", "die
    #: Rockband Kraftwerk", "die Gemeinde Pflückuff", "der Fluss Elbe".
    "actor_org_class_nouns": _words(
        """
        firma konzern unternehmen band rockband popband verein partei sender zeitung
        zeitschrift magazin hersteller bankhaus fluggesellschaft airline versicherung verlag
        label plattenfirma nachrichtenagentur mannschaft fußballklub fußballverein rennstall
        reederei brauerei tageszeitung wochenzeitung ölgesellschaft ölkonzern
        autobauer autohersteller softwarehersteller chiphersteller energiekonzern mobilfunker
        telekomkonzern pharmakonzern medienkonzern modekonzern handelskette supermarktkette
        discounter fernsehsender radiosender privatsender onlinedienst suchmaschine
        internetkonzern organisation hilfsorganisation stiftung gewerkschaft verband
        ensemble büro filmproduktion produktionsfirma disco diskothek club klub orchester
        chor team rennteam
        """
    ),
    "actor_place_class_nouns": _words(
        """
        stadt gemeinde dorf ortschaft ortsteil stadtteil bezirk landkreis kreisstadt kreis
        kanton provinz region bundesstaat bundesland hauptstadt metropole hafenstadt kleinstadt
        großstadt insel halbinsel fluss gebirge weiler marktgemeinde
        """
    ),
    #: Endings of German place names; a word with one of them right after a preposition without
    #: an article is a place ("in Kreischa" does not qualify, "nach Franzburg" does).
    "actor_place_name_endings": _words(
        """
        ingen hausen heim burg berg dorf stadt feld felde furt bach ow itz leben rode hagen
        kirchen weiler hofen brück brücken born brunn büttel stedt städt werder münde hafen
        roda wang zell gmünd hall au
        """
    ),
    "actor_place_prepositions": _words("in aus nach bei von nahe bis über via"),
    #: Prepositions and directions after which a capitalised word that is no known word is a
    #: place ("in Gudme", "zwischen Gudme", "südlich von Gudme"), not a person; lower case.
    "actor_place_only_prepositions": _words(
        "in nach aus nahe nördlich südlich östlich westlich zwischen richtung via gen"
    ),
    #: Prepositions after which a capitalised word that is no known word is an organisation
    #: ("bei Zorquat": an employer, a label, a club).
    "actor_org_only_prepositions": _words("bei"),
    #: Words that name the speaker after a quotation and a comma: capitalised names between one
    #: and a full stop or comma are a person ("…", so Kelvaro.), unless the gazetteer knows
    #: them as something other than a town.
    "actor_comma_speaker_words": ("so",),
    #: Finite auxiliaries and modals: a capitalised word that is no known word at the start of a
    #: sentence right before one is a person ("Cromwell wird ...", "Pinkwart hat ..."); lower case.
    "actor_subject_auxiliaries": _words(
        """
        ist war hat hatte wird wurde kann konnte soll sollte muss musste will wollte darf
        durfte möchte
        """
    ),
    #: Route prepositions as ``from=to``: an unknown name right after ``from`` and right before
    #: ``to`` is a place ("von Kelvaro nach Brelkow").
    "actor_route_prepositions": ("von=nach", "von=bis"),
    #: Copula infinitives: an unknown word right before one is a predicate noun, no name
    #: ("hoffte, Kelvarmeister zu werden").
    "actor_copula_infinitives": ("zu werden", "zu sein", "zu bleiben"),
    #: Short names of parties in Germany, Austria and Switzerland: a word right before one in
    #: brackets is a politician ("Kelvaro (SPD)"), also where it is a common word.
    "actor_party_acronyms": _words(
        """
        CDU CSU SPD FDP AfD Grüne Grünen Linke PDS BSW NPD ÖDP ÖVP SPÖ FPÖ BZÖ NEOS SVP
        CVP GLP EVP BDP KPD DKP WASG
        """
    ),
    #: English words that open a stage name and belong to it ("Lady Gaga", "Little Richard").
    "actor_nickname_words": ("Lady", "Little", "Lil", "Big", "Young"),
    #: Words that open an interview answer: a capitalised word at the start of a sentence
    #: before a colon and one of them is the person who answers ("Quarnel: Ich bin ...").
    "actor_interview_openers": ("Ich", "Wir"),
    #: Endings of place names that take an article (mountains, castles, lakes, valleys, huts,
    #: fountains): a word with one that is no known word is a place even after an article ("auf
    #: den Kelvarberg").
    "actor_article_place_endings": _words(
        "berg burg see tal hütte brunnen kopf ingen hausen heim dorf stadt feld furt bach leben"
        " rode hagen kirchen weiler hofen born brunn büttel stedt städt münde hafen roda zell"
    ),
    "actor_org_prefixes": _words("bundes landes reichs zentral europa welt"),
    "actor_org_prefix_heads": _words(
        """
        kammer dienst amt anstalt agentur ministerium gericht gerichtshof bank rat tag
        wehr polizei verband kriminalamt archiv institut anwaltschaft behörde kasse versammlung
        kanzleramt präsidialamt netzagentur akademie stiftung partei liga verfassungsgericht
        sozialgericht arbeitsgericht finanzhof rechnungshof kartellamt umweltamt presseamt
        zentrale vereinigung gesellschaft
        """
    ),
    "actor_name_folding": NAME_FOLDING,
    "actor_capitalised_nouns": ("true",),
    "actor_ambiguous_given_names": _words(
        """
        Mark Ernst Frank Kurt Franz Kim Li Wang Park Moon Lee Ho Hu Jin Min Abu Ban Suk Jae
        Jong Said Bill Will Rose Grace Joy Hope Art May Dean Don Ray Jean Rex Max Florence
        Victoria Paris Rita Vera Ruth Iris Ellen Kay Ina Alla Olaf Wolf Gabriel Simon Otto
        Heide Alexander Paul Roman Hagen Marion Winnie Felix Vedant Wagner Earl Tom Henry Ben
        Till Frieda Lorenz Tor Mercedes Emiliano Xavier Anders
        """
    ),
    "actor_genitive_suffixes": ("s", "es", "'"),
    "actor_name_particles": _words(
        """
        von van de da di du bin ibn al el zu ter ten dos del della delle degli dei
        """
    ),
    #: Endings of German abstract nouns: such a word after a given name is no surname ("Anna
    #: Unterstützung") unless it is a known name ("Hartung").
    "actor_noun_endings": (
        "ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "tnis", "bnis", "gnis", "nisse",
    ),
    #: Endings of surnames (Slavic, Turkish, Romanian, Ukrainian, Georgian, Armenian): a
    #: capitalised word with one is a person ("Demirović", "Kılıçdaroğlu", "Timoschenko").
    "actor_surname_endings": (
        "ović", "ovič", "ević", "evič", "vić", "ović", "owski", "ewski", "iński", "ińska",
        "ynski", "yński", "ńska", "ński", "czyk", "oğlu", "escu", "eanu", "schenko", "chenko",
        "shvili", "schwili", "adze", "yan", "jan", "owitsch", "ewitsch", "ovich", "evich",
    ),
    #: Lower-case prefixes of capitalised name parts: "al-Assad", "el-Sisi".
    "actor_name_prefixes": (
        "al-", "el-", "ad-", "as-", "ar-", "at-", "ash-", "bin-", "ibn-", "abu-",
    ),
    #: A name in the Saxon genitive before a noun, without an article, is a person ("Nerudas
    #: Gedichte"); nouns that end in -s anyway are no such genitive.
    "actor_genitive_name_exceptions": _words(
        """
        Haus Kreis Preis Reis Eis Glas Gras Fuchs Ochs Luchs Bus Kurs Puls Hals Gips Keks Mops
        Schnaps Zins Fels Lachs Dachs Wachs Flachs Klaps Knirps Krebs Mais Stadtrats Gemeinderats
        Landrats Bundestags Landtags Vereins Teams Fans Profis Chefs Clubs Hotels Autos Jobs
        Babys Handys Medikaments Amts Staats Rats Landes Bundes Jahres Monats Tages Abends
        Morgens Mittags Nachts Anfangs Endes Falls Stoffs Ortes Ortsteils Stadtteils Bezirks
        Kantons Kreises Volkes Reiches Kaisers Königs Herzogs Grafen Papstes Gottes Herrn
        Jesus Christus Paulus Petrus Markus Lukas Thomas Andreas Matthias Klaus Nikolaus Julius
        Marius Linus Rufus Tobias Elias Jonas Lars Jens Niels Mats Hannes Johannes
        """
    ),
    #: Particles that introduce a surname even without a given name ("van der Vaart", "dos
    #: Santos"); not "von", "de", "da" or "bin", which are also ordinary German words.
    "actor_surname_particles": ("van", "della", "del", "dos", "ter", "ibn"),
    "actor_name_particles_after": ("der", "den", "la", "le", "los", "las"),
    "actor_determiners": _words(
        """
        der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
        keiner dieser diese dieses diesen diesem jener jene jenes sein seine seinen seinem
        seiner ihr ihre ihren ihrem ihrer unser unsere unserer unseren jeder jede jedes
        jeden jedem alle allen aller beide beiden viele vielen mehrere einige
        am im beim zum zur vom ins ans
        """
    ),
    #: Words joining the items of a list (beside commas): an unknown name listed with known
    #: places is a place.
    "actor_coordinators": _words("und oder sowie bzw."),
    "actor_pronouns": ("er=m", "sie=f"),
    #: ``article=g``: an article at the start of a clause (sentence start or after a comma) that
    #: shows the grammatical gender of the organisation or place named right after it; a pronoun
    #: of that gender in the same sentence refers to it ("Der Kreml ..., dass er ...") rather
    #: than to a person. Only unambiguous nominatives are listed ("die" is also plural).
    "actor_gender_articles": ("der=m",),
    #: Function words and frequent verb forms (beside the language's ``stopwords``): never part
    #: of a name or role phrase, and not names when capitalised at a sentence start.
    "actor_function_words": _words(
        """
        der die das und oder aber doch denn sondern ist sind war waren wird werden wurde wurden
        hat haben hatte hatten habe sei seien wäre wären kann können konnte konnten könnte
        soll sollen sollte sollten muss müssen musste mussten will wollen wollte wollten darf
        dürfen mag möchte sagte sagt sagten erklärte erklärt betonte betont meinte meint
        warnte teilte fügte hieß heißt gab gibt kam kommt ging geht steht stand liegt lag
        bleibt blieb zeigte zeigt nannte nennt er sie es wir ihr ich du man sich sein ihre ihr
        seine nicht auch noch schon nur sehr mehr bereits immer wieder jetzt heute dann da
        hier dort so wie als wenn weil dass ob damit obwohl während nachdem bevor seit bis
        mit von vom zu zum zur bei beim für gegen über unter nach vor aus an am im in ins auf
        um durch ohne trotz wegen laut gegenüber zwischen neben hinter dieser diese dieses
        jeder jede jedes alle beide viele einige mehrere andere anderen kein keine ein eine
        einen einem einer eines den dem des
        """
    ),
    "actor_person_titles": _words(
        """
        Herr Herrn Frau Dr. Prof. Professor Professorin Dame Sir Lord Lady Graf Gräfin Fürst
        Fürstin Freiherr Scheich Mr. Mrs. Ms. Miss Mister Madame Monsieur Pater Schwester
        Bruder Kardinal Pfarrer St.
        Sankt Dipl.-Ing. Ing.
        """
    ),
    "actor_person_roles": _words(
        """
        präsident präsidentin präsidenten vizepräsident vizepräsidentin kanzler kanzlerin
        kanzlers minister ministerin ministers ministerpräsident ministerpräsidentin
        premierminister premierministerin premier regierungschef regierungschefin staatschef
        staatschefin staatssekretär staatssekretärin sekretär sekretärin sprecher sprecherin
        sprechers berater beraterin beraters analyst analystin analysten gouverneur
        gouverneurin gouverneurs bürgermeister bürgermeisterin oberbürgermeister
        oberbürgermeisterin botschafter botschafterin diplomat diplomatin chef chefin chefs
        vorsitzende vorsitzender vorsitzenden parteichef parteichefin generalsekretär
        generalsekretärin direktor direktorin direktors leiter leiterin leiters
        geschäftsführer geschäftsführerin vorstand vorstandschef vorstandschefin manager
        managerin gründer gründerin abgeordnete abgeordneter abgeordneten senator senatorin
        general generals generalleutnant oberst major kommandeur kommandeurin befehlshaber
        admiral richter richterin staatsanwalt staatsanwältin anwalt anwältin verteidiger
        professor professorin forscher forscherin wissenschaftler wissenschaftlerin experte
        expertin ökonom ökonomin historiker historikerin politologe politologin journalist
        journalistin korrespondent korrespondentin reporter reporterin autor autorin
        schriftsteller schriftstellerin dichter dichterin komponist komponistin maler
        malerin sänger sängerin musiker musikerin schauspieler schauspielerin regisseur
        regisseurin trainer trainerin spieler spielerin torwart stürmer kapitän weltmeister
        weltmeisterin olympiasieger olympiasiegerin fahrer fahrerin könig königin kaiser
        kaiserin prinz prinzessin herzog herzogin papst bischof erzbischof kardinal pfarrer
        rabbiner imam scheich emir sultan diktator machthaber führer anführer rebellenführer
        oppositionsführer oppositionspolitiker oppositionspolitikerin politiker politikerin
        ombudsmann beauftragte beauftragter kommissar kommissarin bundeskanzler
        bundeskanzlerin bundespräsident bundespräsidentin landrat landrätin stadtrat
        ratsvorsitzende aktivist aktivistin unternehmer unternehmerin milliardär investor
        ermittler ermittlerin polizeisprecher polizeisprecherin sportler sportlerin athlet
        athletin kandidat kandidatin herausforderer herausforderin
        popstar rapper rapperin gitarrist gitarristin schlagzeuger schlagzeugerin bassist
        bassistin pianist pianistin dirigent dirigentin architekt architektin arzt ärztin
        fußballer fußballerin torhüter torhüterin mittelfeldspieler boxer boxerin schwimmer
        schwimmerin läufer läuferin radprofi teamchef sportdirektor bundestrainer
        nationalspieler nationalspielerin sohn tochter vater mutter bruder schwester ehefrau
        ehemann witwe witwer enkel enkelin onkel tante neffe nichte cousin cousine freund
        freundin lebensgefährte lebensgefährtin graf gräfin fürst fürstin abt äbtissin pater
        amerikanerin australier australierin brite britin franzose französin italienerin
        spanierin russe russin ukrainerin polin schwede schwedin norwegerin dänin
        niederländerin belgierin österreicherin tscheche tschechin ungarin türke türkin
        grieche griechin israelin brasilianerin argentinierin chinese chinesin japanerin
        kanadierin iranerin irakerin syrerin kenianerin äthiopierin irin schotte schottin
        engländerin portugiese portugiesin kroate kroatin serbe serbin finne finnin
        mexikanerin kolumbianerin
        """
    ),
    "actor_role_adjective_endings": ("e", "en", "er", "es", "em"),
    "actor_role_connectors": ("der", "des", "von", "vom", "für", "im", "in", "am", "bei", "beim"),
    "actor_apposition_determiners": ("der", "die", "ein", "eine", "einst", "seit", "früherer",
                                     "frühere", "ehemalige", "ehemaliger"),
    "actor_speaker_verbs": _words(
        """
        sagte sagt sagten erklärte erklärt betonte betont meinte meint warnte warnt schrieb
        schreibt fügte ergänzte ergänzt kritisierte kritisiert forderte fordert bestätigte
        bestätigt teilte sprach räumte behauptete behauptet argumentierte unterstrich
        bekräftigte versicherte kündigte verkündete
        lehnte wies verwies reagierte hofft hoffte glaubt glaubte fürchtet fürchtete
        verteidigte begründete nannte bezeichnete widersprach kommentierte lobte bedauerte
        mahnte appellierte verlangte berichtete berichtet erzählte erzählt antwortete
        entgegnete gestand bestritt dementierte
        """
    ),
    "actor_org_suffixes": _words(
        """
        ministerium ministeriums ministeriet kommissariat bundesamt landesamt kriminalamt
        verfassungsgericht verfassungsgerichts gerichtshof gerichtshofs bundesbank
        zentralbank bundestag bundestages bundestags bundesrat bundesrates bundesrats
        bundesregierung landesregierung bundeswehr bundesagentur bundesanstalt bundesliga
        landtag landtags kanzleramt außenamt rundfunk partei parteien
        """
    ),
    "actor_org_generic": _words(
        """
        ministerium ministeriums partei parteien regierung landtag rundfunk volkspartei
        oppositionspartei regierungspartei bundesliga
        """
    ),
    "actor_org_heads": _words(
        """
        Universität Hochschule Fachhochschule Institut Institute Instituts Akademie Stiftung
        Gesellschaft Verband Verein Verlag Bank Klinikum Museum Theater Orchester Zentrum
        Ministerium Partei Bundesamt Agentur Kommission Konzern Gruppe Club Klub FC SC SV
        TSV VfB VfL TuS SpVgg Borussia Eintracht Fortuna Hertha Union Dynamo Lokomotive
        Rapid Austria Sporting Real Atletico Olympique Inter AC University College Institute
        FSV TSG SG BSC BV SSV VfR MSV KSV SpVg Arminia Alemannia Hansa Wacker Viktoria Germania
        Kickers Werder Rot-Weiss Rot-Weiß Blau-Weiß Schwarz-Weiß Energie Dinamo Spartak Zenit
        Preußen Holstein Sturm Bayer Atlético Sportfreunde
        Council Committee Bureau Department Agency Foundation Association Party Corporation
        Company Bank Group
        """
    ),
    "actor_org_tails": _words(
        """
        AG GmbH KG SE Inc. Inc Ltd. Ltd Corp. Corp LLC plc PLC e.V. eG Co. OHG KGaA Holding
        Gruppe Group Bank Verlag Stiftung Institut Partei Union Werke Werk Airlines Motors
        Laboratory Federation Radio School Society League Authority Airways Records Studios
        Pictures Entertainment Industries Holdings
        """
    ),
    "actor_org_linkers": ("für", "for", "of", "the", "and", "und", "der", "des", "zur", "zum"),
    "actor_organizations": _lines(
        """
        SPD|Sozialdemokratische Partei Deutschlands
        CDU|Christlich Demokratische Union
        CSU|Christlich-Soziale Union
        FDP|Freie Demokratische Partei
        AfD|Alternative für Deutschland
        Grünen|Grüne|Bündnis 90/Die Grünen
        Die Linke|Linkspartei
        PDS
        NPD
        SED
        KPD
        ÖVP
        SPÖ
        FPÖ
        SVP
        BSW
        Piratenpartei
        Labour
        Tories
        NATO|Nato
        EU|Europäische Union|Europäischen Union
        UN|UNO|Uno|Vereinte Nationen|Vereinten Nationen
        UN-Sicherheitsrat|Sicherheitsrat|UN-Sicherheitsrats|Sicherheitsrats
        Europäische Kommission|EU-Kommission|Europäischen Kommission
        Europäisches Parlament|Europaparlament|EU-Parlament|Europäischen Parlament
        Europarat
        EZB|Europäische Zentralbank|Europäischen Zentralbank
        IWF|Internationaler Währungsfonds|Internationalen Währungsfonds|IMF
        Weltbank
        WTO|Welthandelsorganisation
        WHO|Weltgesundheitsorganisation
        OSZE
        OPEC|Opec
        UNESCO|Unesco
        UNICEF|Unicef
        UNHCR
        FIFA|Fifa
        UEFA|Uefa
        IOC
        DFB
        DFL
        ADAC
        DGB
        Verdi
        IG Metall
        Bundestag|Deutscher Bundestag|Deutschen Bundestag
        Bundesrat|Bundesrates|Bundesrats
        Bundesregierung
        Bundeswehr
        Bundesverfassungsgericht|Bundesverfassungsgerichts
        Bundesgerichtshof|BGH
        Bundesbank|Deutsche Bundesbank|Deutschen Bundesbank
        Bundesagentur für Arbeit
        Bundesliga
        Verfassungsschutz
        BND
        Europol
        Interpol
        Pentagon
        Kongress|US-Kongress
        Senat|US-Senat
        Repräsentantenhaus
        Duma|Staatsduma
        Knesset
        Hamas
        Hisbollah
        Taliban
        Al-Kaida|al-Qaida|Al-Qaida
        Wagner-Gruppe
        Rotes Kreuz|Roten Kreuz|Roten Kreuzes|IKRK
        Amnesty International
        Human Rights Watch
        Greenpeace
        Al Jazeera|Al-Dschasira|Al-Jazeera
        Reuters
        dpa|DPA
        AFP
        AP
        ARD
        ZDF
        ORF
        SRF
        BBC
        CNN
        RTL
        Sat.1
        ProSieben
        Spiegel|Der Spiegel|Spiegel Online
        Bild-Zeitung
        FAZ|Frankfurter Allgemeine Zeitung|Frankfurter Allgemeinen Zeitung
        Süddeutsche Zeitung|Süddeutschen Zeitung|SZ
        Die Zeit
        taz
        Handelsblatt
        New York Times
        Washington Post
        Wall Street Journal
        Guardian
        Tass|TASS
        Interfax
        Ria Nowosti
        Siemens
        Volkswagen|VW
        BMW
        Daimler|Mercedes-Benz
        Audi
        Porsche
        Opel
        Bosch
        BASF
        Bayer
        Allianz
        Lufthansa
        Deutsche Bahn|DB
        Deutsche Bank|Deutschen Bank
        Commerzbank
        Deutsche Telekom|Telekom
        Deutsche Post
        SAP
        Adidas
        Aldi
        Lidl
        Google
        Apple
        Microsoft
        Amazon
        Facebook
        Twitter
        Tesla
        IBM
        Intel
        Nokia
        Samsung
        Sony
        Toyota
        Gazprom
        Rosneft
        Airbus
        Boeing
        Bayern München|FC Bayern|FC Bayern München
        Borussia Dortmund|BVB
        Schalke|Schalke 04|FC Schalke 04
        Werder Bremen|Werder
        Hamburger SV|HSV
        VfB Stuttgart
        Hertha BSC|Hertha
        Eintracht Frankfurt
        Bayer Leverkusen
        Borussia Mönchengladbach
        1. FC Köln
        1. FC Kaiserslautern
        Real Madrid
        FC Barcelona|Barcelona
        Manchester United
        Juventus|Juventus Turin
        Kreml
        Weißes Haus
        Nationalrat
        Ständerat
        Champions League
        Deutsche Bundesbahn|Bundesbahn
        Deutsche Reichsbahn|Reichsbahn
        Deutsche Presse-Agentur
        Brenntag
        Covestro
        Daimler Truck
        Hannover Re|Hannover Rück
        Heidelberg Materials|HeidelbergCement
        Infineon
        MTU
        Münchener Rück|Munich Re
        Qiagen
        Rheinmetall
        Sartorius
        Siemens Energy
        Siemens Healthineers
        Symrise
        Vonovia
        Hapag-Lloyd
        TUI
        Deutsche Lufthansa
        OMV
        Erste Group|Erste Bank
        Raiffeisen|Raiffeisenbank
        Voestalpine|voestalpine
        Novomatic
        Red Bull
        ABB
        Swatch
        Swisscom
        Migros
        Spotify
        Uber
        Airbnb
        PayPal
        eBay
        Instagram
        WhatsApp
        TikTok
        Telegram
        OpenAI
        SpaceX
        NASA
        ESA
        CERN
        Max-Planck-Gesellschaft
        Fraunhofer-Gesellschaft|Fraunhofer
        Helmholtz-Gemeinschaft
        Leibniz-Gemeinschaft
        Deutsche Forschungsgemeinschaft|DFG
        LMU|Ludwig-Maximilians-Universität
        Humboldt-Universität
        Freie Universität Berlin|FU Berlin
        TU München|TU Berlin|TU Dresden
        RWTH|RWTH Aachen
        ETH|ETH Zürich
        Harvard|Harvard University
        Stanford|Stanford University
        MIT
        Oxford University|Universität Oxford
        Cambridge University|Universität Cambridge
        Sorbonne
        NBA
        NFL
        NHL
        MLB
        WTA
        DEL
        DHB
        DOSB
        ÖFB
        SFV
        Bundesnetzagentur
        Bundeskartellamt
        Bundesanstalt für Finanzdienstleistungsaufsicht|BaFin
        Robert Koch-Institut|Robert-Koch-Institut|RKI
        Paul-Ehrlich-Institut
        Stiftung Warentest
        Transparency International
        Ärzte ohne Grenzen
        Caritas
        Diakonie
        Arbeiterwohlfahrt|AWO
        Malteser
        Johanniter
        THW|Technisches Hilfswerk
        Bundespolizei
        Bundeskriminalamt|BKA
        Europäischer Gerichtshof|EuGH
        Europäischer Gerichtshof für Menschenrechte|EGMR
        Internationaler Strafgerichtshof|IStGH
        Internationaler Gerichtshof|IGH
        Arabische Liga
        Afrikanische Union
        ASEAN
        Mercosur
        G7|G8|G20
        Warschauer Pakt
        Wehrmacht
        Rote Armee Fraktion|RAF
        3sat
        Arte
        ARD-Tagesschau|Tagesschau
        Tagesthemen
        heute-journal
        Vox
        Kabel eins
        RTL II|RTL 2
        Sat.1
        Die Presse
        Kleine Zeitung
        Salzburger Nachrichten
        Tages-Anzeiger
        Le Figaro
        El País
        Corriere della Sera
        La Repubblica
        Daily Mail
        Bloomberg
        CBS
        NBC
        ABC News
        Fox News
        Politico
        Axios
        Olympische Spiele|Olympischen Spiele|Olympischen Spielen|Olympia
        Paralympics|Paralympische Spiele|Paralympischen Spielen
        Europa League
        Premier League
        Serie A
        Primera División
        Bundesliga|1. Bundesliga|2. Bundesliga
        Formel 1|Formel-1
        Hessischer Rundfunk|Hessischen Rundfunk|HR
        Bayerischer Rundfunk|Bayerischen Rundfunk|BR
        Westdeutscher Rundfunk|Westdeutschen Rundfunk|WDR
        Norddeutscher Rundfunk|Norddeutschen Rundfunk|NDR
        Mitteldeutscher Rundfunk|Mitteldeutschen Rundfunk|MDR
        Südwestrundfunk|SWR
        Rundfunk Berlin-Brandenburg|RBB|rbb
        Deutschlandfunk
        Deutsche Welle|Deutschen Welle
        ProSieben|Pro Sieben
        n-tv
        Netflix
        YouTube
        Wikipedia
        Ver.di|ver.di
        epd
        ots
        dpa-AFX
        KNA
        Zeit Online|ZEIT-Online|Zeit-Online
        Welt am Sonntag
        Tagesspiegel
        Frankfurter Rundschau
        Financial Times|Financial Times Deutschland
        Neue Zürcher Zeitung|NZZ
        Der Standard
        Kronen Zeitung
        Le Monde
        # more companies (well-known, worldwide): languages/international.py
        """
        + WORLD_COMPANIES
        + """
        Hewlett-Packard|HP
        Oracle
        Cisco
        Nvidia
        AMD
        Qualcomm
        Huawei
        Xiaomi
        Alibaba
        Tencent
        Baidu
        Nintendo
        Sega
        Electronic Arts
        Ubisoft
        Vodafone
        O2
        E-Plus
        Telefónica
        Ericsson
        Philips
        Shell
        BP
        Exxon|ExxonMobil
        Chevron
        TotalEnergies
        Eni
        Lukoil
        Aramco
        E.ON|Eon
        RWE
        EnBW
        Vattenfall
        Uniper
        Thyssenkrupp|ThyssenKrupp
        Krupp
        Henkel
        Beiersdorf
        Merck
        Boehringer Ingelheim
        Fresenius
        Pfizer
        Biontech|BioNTech
        Moderna
        Novartis
        Roche
        Nestlé
        Unilever
        Danone
        Coca-Cola
        Pepsi|PepsiCo
        McDonald's
        Starbucks
        Walmart
        Ikea|IKEA
        H&M
        Zara
        Zalando
        Karstadt
        Rewe
        Edeka
        Tengelmann
        Schlecker
        Deutsche Börse
        Nasdaq
        Dow Jones
        Goldman Sachs
        JPMorgan|JP Morgan
        Morgan Stanley
        Citigroup
        HSBC
        UBS
        Credit Suisse
        Barclays
        BNP Paribas
        Santander
        UniCredit
        HypoVereinsbank
        Postbank
        Sparkasse
        Volksbank
        KfW
        Ryanair
        Easyjet|easyJet
        Air Berlin
        Condor
        Eurowings
        Austrian Airlines
        Air France
        British Airways
        Emirates
        Ford
        General Motors|GM
        Chrysler
        Fiat
        Renault
        Peugeot
        Citroën
        Volvo
        Skoda|Škoda
        Seat
        Hyundai
        Kia
        Nissan
        Honda
        Mazda
        Suzuki
        Ferrari
        Lamborghini
        Bugatti
        MAN
        Continental
        Schaeffler
        ZF
        Linde
        Evonik
        Bertelsmann
        Axel Springer|Springer
        Burda
        ProSiebenSat.1
        Warner|Warner Bros.
        Disney
        Paramount
        Sony Music
        EMI
        Microsoft
        Stasi
        Gestapo
        Wehrmacht
        Reichswehr
        Kriegsmarine
        Rote Armee|Roten Armee
        NVA
        SA
        SS
        NSDAP
        Komintern
        KPdSU
        Vatikan
        Royal Air Force|RAF
        Navy|US Navy
        Army|US Army
        Marine Corps
        Scotland Yard
        Mossad
        KGB
        FSB
        GRU
        Hisbollah
        Fatah
        PLO
        PKK
        IS|ISIS|Islamischer Staat|Islamischen Staat|Islamischen Staates
        Boko Haram
        al-Shabaab|Al-Shabaab
        Muslimbruderschaft
        Likud
        Kadima
        Tories
        Demokraten
        Republikaner
        ANC
        Syriza
        Podemos
        Fidesz
        PiS
        Lega
        Forza Italia
        Front National|Rassemblement National
        En Marche
        Sinn Féin
        Green Party
        """
    ),
    "actor_metonyms": (
        "Kreml|Kremls=RU",
        "Weißes Haus|Weißen Haus|Weißen Hauses|Weiße Haus=US",
        "Pentagon|Pentagons=US",
        "Élysée|Elysée|Élysée-Palast|Elysee-Palast=FR",
        "Downing Street=GB",
        "Kanzleramt|Bundeskanzleramt=DE",
    ),
    "actor_capitals": (
        "Washington|Washington D.C.=US",
        "Moskau=RU",
        "Pjöngjang|Pjongjang=KP",
        "Seoul=KR",
        "Kiew|Kyjiw=UA",
        "Peking|Beijing=CN",
        "Tokio=JP",
        "Berlin=DE",
        "Paris=FR",
        "London=GB",
        "Rom=IT",
        "Madrid=ES",
        "Lissabon=PT",
        "Brüssel=BE",
        "Den Haag=NL",
        "Amsterdam=NL",
        "Wien=AT",
        "Bern=CH",
        "Warschau=PL",
        "Prag=CZ",
        "Budapest=HU",
        "Bukarest=RO",
        "Sofia=BG",
        "Athen=GR",
        "Ankara=TR",
        "Teheran=IR",
        "Bagdad=IQ",
        "Damaskus=SY",
        "Beirut=LB",
        "Kairo=EG",
        "Riad=SA",
        "Jerusalem=IL",
        "Tel Aviv=IL",
        "Minsk=BY",
        "Vilnius|Wilna=LT",
        "Riga=LV",
        "Tallinn=EE",
        "Helsinki=FI",
        "Stockholm=SE",
        "Oslo=NO",
        "Kopenhagen=DK",
        "Dublin=IE",
        "Ottawa=CA",
        "Canberra=AU",
        "Neu-Delhi|New Delhi=IN",
        "Islamabad=PK",
        "Kabul=AF",
        "Taipeh|Taipei=TW",
        "Havanna=CU",
        "Caracas=VE",
        "Brasília|Brasilia=BR",
        "Buenos Aires=AR",
        "Mexiko-Stadt=MX",
        "Tiflis=GE",
        "Eriwan=AM",
        "Baku=AZ",
        "Belgrad=RS",
        "Zagreb=HR",
        "Ljubljana|Laibach=SI",
        "Bratislava|Pressburg=SK",
        "Chisinau|Kischinau=MD",
        "Astana=KZ",
        "Hanoi=VN",
        "Bangkok=TH",
        "Manila=PH",
        "Jakarta=ID",
        "Nairobi=KE",
        "Addis Abeba=ET",
        "Pretoria=ZA",
        "Abuja=NG",
        "Tripolis=LY",
        "Tunis=TN",
        "Algier=DZ",
        "Rabat=MA",
        "Amman=JO",
        "Doha=QA",
        "Abu Dhabi=AE",
        "Sanaa=YE",
        "Khartum=SD",
    ),
    "actor_country_aliases": (
        "USA=US",
        "US=US",
        "Amerika=US",
        "Vereinigten Staaten=US",
        "Großbritannien=GB",
        "Britannien=GB",
        "England=GB",
        "Holland=NL",
        "Niederlanden=NL",
        "Weißrussland=BY",
        "Tschechische Republik=CZ",
        "Türkei=TR",
        "Schweiz=CH",
        "Slowakei=SK",
        "Mongolei=MN",
        "Elfenbeinküste=CI",
        "Kongo=CD",
        "Birma=MM",
        "Burma=MM",
        "Vatikan=VA",
        "Mazedonien=MK",
        "Palästina=PS",
        "Volksrepublik China=CN",
        "Sowjetunion=SU",
        "UdSSR=SU",
        "DDR=DD",
        "BRD=DE",
        "Bundesrepublik=DE",
        "Bundesrepublik Deutschland=DE",
        "Jugoslawien=YU",
        "Tschechoslowakei=CS",
        "Persien=IR",
        "Emirate=AE",
        "Vereinigte Arabische Emirate=AE",
        "Vereinigten Arabischen Emiraten=AE",
        "Saudi-Arabien=SA",
        "Südafrika=ZA",
    ),
    "actor_places": _lines(
        """
        Baden-Württemberg=DE-BW
        Bayern=DE-BY
        Berlin=DE-BE
        Brandenburg=DE-BB
        Bremen=DE-HB
        Hamburg=DE-HH
        Hessen=DE-HE
        Mecklenburg-Vorpommern=DE-MV
        Niedersachsen=DE-NI
        Nordrhein-Westfalen|NRW=DE-NW
        Rheinland-Pfalz=DE-RP
        Saarland=DE-SL
        Sachsen=DE-SN
        Sachsen-Anhalt=DE-ST
        Schleswig-Holstein=DE-SH
        Thüringen=DE-TH
        Burgenland=AT-1
        Kärnten=AT-2
        Niederösterreich=AT-3
        Oberösterreich=AT-4
        Salzburg=AT-5
        Steiermark=AT-6
        Tirol=AT-7
        Vorarlberg=AT-8
        Südtirol
        Westfalen
        Franken
        Schwaben
        Ostfriesland
        Pfalz
        Rheinland
        Ruhrgebiet
        Allgäu
        Eifel
        Harz
        Schwarzwald
        Oberbayern
        Niederbayern
        Vorpommern
        Lausitz
        Elsass
        Lothringen
        Schlesien
        Ostpreußen
        Preußen
        Böhmen
        Mähren
        Tirol
        Sibirien
        Kaukasus
        Tschetschenien
        Donbass|Donbas
        Krim
        Saporischschja|Saporischja
        Cherson
        Donezk
        Luhansk|Lugansk
        Charkiw|Charkow
        Belgorod
        Kursk
        Bachmut
        Mariupol
        Odessa
        Lwiw|Lemberg
        Wladiwostok
        Sankt Petersburg|St. Petersburg|Petersburg
        Gaza|Gazastreifen
        Westjordanland
        Golanhöhen
        Kaschmir
        Tibet
        Xinjiang
        Kurdistan
        Bosnien
        Kosovo
        Katalonien
        Andalusien
        Bretagne
        Normandie
        Provence
        Toskana
        Lombardei
        Sizilien
        Sardinien
        Korsika
        Kalifornien
        Texas
        Florida
        New York
        Alaska
        Hawaii
        Bali
        Skandinavien
        Balkan
        Baltikum
        Nahost|Nahen Osten|Naher Osten
        Mittlerer Osten|Mittleren Osten
        Ferner Osten|Fernen Osten
        Orient
        Abendland
        Arktis
        Antarktis
        Alpen
        Pyrenäen
        Karpaten
        Himalaya
        Anden
        Rocky Mountains
        Sahara
        Rhein
        Main
        Donau
        Elbe
        Oder
        Weser
        Mosel
        Neckar
        Spree
        Havel
        Saale
        Isar
        Inn
        Ems
        Ruhr
        Themse
        Seine
        Loire
        Rhône
        Po
        Tiber
        Wolga
        Dnipro|Dnjepr
        Don
        Nil
        Amazonas
        Mississippi
        Jangtse
        Ganges
        Euphrat
        Tigris
        Bodensee
        Ostsee
        Nordsee
        Mittelmeer
        Schwarzes Meer|Schwarzen Meer|Schwarzen Meeres
        Atlantik
        Pazifik
        Indischer Ozean|Indischen Ozean
        Ärmelkanal
        Kanaren
        Balearen
        Mallorca
        Sylt
        Rügen
        Usedom
        Helgoland
        Zugspitze
        Brocken
        Mount Everest
        Europa
        Asien
        Afrika
        Australien
        Ozeanien
        Nordamerika
        Südamerika
        Lateinamerika
        Mittelamerika
        Osteuropa
        Westeuropa
        Mitteleuropa
        Südeuropa
        Nordeuropa
        Ostasien
        Südostasien
        Zentralasien
        Westafrika
        Ostafrika
        Nordafrika
        Karibik
        Arabien
        Ostdeutschland
        Westdeutschland
        Norddeutschland
        Süddeutschland
        Mitteldeutschland
        Oberschwaben
        Kreuzberg
        Schwabing
        Manhattan
        Brooklyn
        Hollywood
        Silicon Valley
        Wall Street
        Erde
        Mond
        Mars
        Jupiter
        Saturn
        Mecklenburg
        San Remo|Sanremo
        Rhode Island
        Florenz
        Mailand
        Venedig
        Neapel
        Genua
        Turin
        Trient
        Bozen
        Meran
        Triest
        Padua
        Mantua
        Vicenza
        Syrakus
        Lüttich
        Brügge
        Gent
        Löwen
        Nizza
        Genf
        Neuenburg
        Krakau
        Breslau
        Danzig
        Stettin
        Posen
        Thorn
        Bromberg
        Kattowitz
        Gleiwitz
        Oppeln
        Allenstein
        Königsberg
        Pressburg
        Agram
        Ödenburg
        Temeswar
        Hermannstadt
        Kronstadt
        Klausenburg
        Czernowitz
        Tschernobyl
        Sewastopol
        Jalta
        Simferopol
        Wolgograd
        Stalingrad
        Leningrad
        Jekaterinburg
        Nowosibirsk
        Kasan
        Rostow
        Smolensk
        Tiflis
        Jerewan
        Taschkent
        Bischkek
        Duschanbe
        Aschgabat
        Schanghai
        Hongkong
        Nanking
        Kalkutta
        Bombay
        Algier
        Bengasi
        Mekka
        Jericho
        Konstantinopel
        Saloniki
        Saragossa
        Korinth
        Pilsen
        Brünn
        Olmütz
        Budweis
        Karlsbad
        Marienbad
        Reichenberg
        Aussig
        Mexiko-Stadt
        Kapstadt
        Kandahar
        Helmand
        Falludscha
        Mossul
        Kirkuk
        Basra
        Homs
        Idlib
        Rakka
        Dschenin
        Rafah
        Chan Junis
        Ramallah
        Hebron
        Nablus
        Gaza-Stadt
        Odessa
        Cherson
        Dnipro
        Bachmut
        Awdijiwka
        Kupjansk
        Isjum
        Melitopol
        Berdjansk
        Kramatorsk
        Slowjansk
        Tschernihiw
        Sumy
        Schytomyr
        Poltawa
        Winnyzja
        Riwne
        Iwano-Frankiwsk
        Uschhorod
        Ternopil
        Chmelnyzkyj
        Krywyj Rih
        Nikopol
        Enerhodar
        Kertsch
        Feodossija
        Brjansk
        Woronesch
        Kaluga
        Twer
        Archangelsk
        Murmansk
        Wladikawkas
        Grosny
        Machatschkala
        Nalchik
        Sotschi
        Krasnodar
        Nowgorod
        Pskow
        Wilna
        Kaunas
        Memel
        Dorpat
        Reval
        Frankfurt
        Iowa
        Ohio
        Utah
        Nevada
        Arizona
        Oregon
        Georgia
        Virginia
        Kentucky
        Tennessee
        Louisiana
        Michigan
        Wisconsin
        Minnesota
        Missouri
        Colorado
        Kansas
        Nebraska
        Oklahoma
        Arkansas
        Alabama
        Mississippi
        Indiana
        Illinois
        Pennsylvania
        Massachusetts
        Connecticut
        Vermont
        Maine
        Montana
        Wyoming
        Idaho
        Dakota
        Carolina
        Maryland
        Delaware
        Quebec
        Ontario
        Manitoba
        Alberta
        Yukon
        Bayern
        Flandern
        Wallonien
        Schottland
        Wales
        Irland
        Nordirland
        Kastilien
        Galicien
        Baskenland
        Lappland
        Sizilien
        Kalabrien
        Apulien
        Venetien
        Piemont
        Ligurien
        Umbrien
        Kampanien
        Latium
        Sardinien
        Dalmatien
        Istrien
        Siebenbürgen
        Galizien
        Wolhynien
        Bessarabien
        Transnistrien
        Abchasien
        Südossetien
        Dagestan
        Inguschetien
        Tatarstan
        Baschkortostan
        Jakutien
        Kamtschatka
        Sachalin
        Kurilen
        Mandschurei
        Innere Mongolei
        Sichuan
        Yunnan
        Guangdong
        Pandschab
        Bengalen
        Kaschmir
        Belutschistan
        Darfur
        Sinai
        Negev
        Galiläa
        Judäa
        Samaria
        Levante
        Mesopotamien
        Anatolien
        Kurdistan
        Persien
        Tigray
        Somaliland
        Biafra
        Katanga
        Patagonien
        Feuerland
        Amazonien
        Yucatán
        Kalifornien
        Texas
        Florida
        Hawaii
        Alaska
        Neuengland
        Mittlerer Westen
        Hindukusch
        Ural
        Altai
        Tatra
        Vogesen
        Ardennen
        Sudeten
        Erzgebirge
        Fichtelgebirge
        Thüringer Wald
        Bayerischer Wald
        Teutoburger Wald
        Odenwald
        Spessart
        Rhön
        Taunus
        Westerwald
        Hunsrück
        Sauerland
        Siegerland
        Eichsfeld
        Vogtland
        Emsland
        Münsterland
        Wendland
        Altmark
        Uckermark
        Prignitz
        Spreewald
        Oderbruch
        Chiemgau
        Werdenfelser Land
        Berchtesgadener Land
        Zillertal
        Ötztal
        Wachau
        Salzkammergut
        Engadin
        Tessin
        Wallis
        Graubünden
        Berner Oberland
        Emmental
        Aargau
        Thurgau
        Baselland
        Zürichsee
        Genfersee
        Chiemsee
        Starnberger See
        Müritz
        Lago Maggiore
        Gardasee
        Comer See
        Plattensee
        Ladogasee
        Baikalsee
        Victoriasee
        Tschadsee
        Kaspisches Meer
        Rotes Meer
        Totes Meer
        Golf von Mexiko
        Persischer Golf
        Adria
        Ägäis
        Bosporus
        Dardanellen
        Gibraltar
        Suezkanal
        Panamakanal
        Nordostseekanal
        Kieler Bucht
        Lübecker Bucht
        Elbe
        Saône
        Hudson
        Potomac
        Rio Grande
        Sambesi
        Kongo
        Niger
        Orinoco
        Ebro
        Tajo
        Duero
        Garonne
        Maas
        Schelde
        Weichsel
        Düna
        Njemen
        Dnjestr
        Pruth
        Theiß
        Drau
        Salzach
        Lech
        Iller
        Naab
        Altmühl
        Tauber
        Fulda
        Werra
        Lahn
        Emscher
        Wupper
        Erft
        Saar
        Aare
        Limmat
        Reuss
        Thur
        Rhone
        Mosel
        """

    ),
    "actor_groups": (
        "Nordkoreaner|Nordkoreanern=Nordkoreaner",
        "Südkoreaner|Südkoreanern=Südkoreaner",
        "Ukrainer|Ukrainern=Ukrainer",
        "Russen=Russen",
        "Amerikaner|Amerikanern=Amerikaner",
        "Briten=Briten",
        "Franzosen=Franzosen",
        "Chinesen=Chinesen",
        "Israelis=Israelis",
        "Palästinenser|Palästinensern=Palästinenser",
        "Iraner|Iranern=Iraner",
        "Syrer|Syrern=Syrer",
        "Afghanen=Afghanen",
        "Türken=Türken",
        "Kurden=Kurden",
        "Europäer|Europäern=Europäer",
        "Deutschen=Deutsche",
        "Österreicher|Österreichern=Österreicher",
        "Schweizer=Schweizer",
        "Demokraten=Demokraten",
        "Republikaner|Republikanern=Republikaner",
        "Sozialdemokraten=Sozialdemokraten",
        "Konservativen=Konservative",
        "Separatisten=Separatisten",
        "Rebellen=Rebellen",
        "Islamisten=Islamisten",
    ),
    #: Capitalised words that never start or continue a name even when unknown.
    "actor_non_names": _words(
        """
        Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar
        März April Mai Juni Juli August September Oktober November Dezember Jänner Feber
        Frühjahr Sommer Herbst Winter Anfang Ende Mitte Jahr Jahre Jahren Woche Wochen Monat
        Monate Monaten Tag Tage Tagen Uhr Prozent Euro Dollar Mark Millionen Million
        Milliarden Milliarde Mal Seite Seiten Teil Zeit Fall Frage Angaben Hof Bericht
        Berichten Berichte Regierung Staat Staaten Land Länder Ländern Stadt Region Kreis
        Bezirk Gemeinde Partei Ministerium Präsident Präsidenten Minister Sprecher
        Gouverneur Chef Leiter Polizei Armee Militär Truppen Streitkräfte Krieg Kriegs
        Kriegen Frieden Einsatz Nachrichten Zeitung Sender Agentur Nachrichtenagentur
        Interview Erklärung Mitteilung Unterdessen Außerdem Zudem Demnach Daher Deshalb
        Allerdings Trotzdem Dennoch Später Heute Gestern Morgen Damals Bereits Auch Doch Nun
        Jetzt Dabei Dazu Darüber Danach Dafür Hier Dort So Wie Was Wer Wo Warum Wann Ob Als
        Wenn Weil Nachdem Während Seit Bis Nach Vor Bei Mit Ohne Gegen Für Über Unter
        Zwischen Laut Trotz Wegen Im Am Zum Zur Vom Beim Ins Ans Aufs Durch Um Aus Von Zu In
        An Auf Herr Frau Herren Damen Leute Menschen Bürger Einwohner Kinder Familie Mann
        Frau Männer Frauen Sohn Tochter Vater Mutter Gott Kirche Schule Universität Institut
        Welt Geschichte Politik Wirtschaft Gesellschaft Kultur Sport Musik Film Buch Album
        Lied Spiel Saison Liga Mannschaft Verein Team Klub Club Ziel Ziele Sieg Niederlage
        Punkte Tor Tore Platz Rang Runde Nord Süd Ost West Norden Süden Osten Westen
        Nordosten Nordwesten Südosten Südwesten Mehr Weitere Viele Einige Alle Beide Andere
        Neue Alte Große Kleine Erste Zweite Letzte Nächste Keine Kein Nichts Alles Etwas
        Jeder Jede Man Ich Du Er Sie Es Wir Ihr Ja Nein Bitte Danke Okay OK
        Dr Prof St Nr Abb Kap Bd Hrsg The Of And Do Us My Your You On To For With From At By
        It Is Be School Show Street Part
        """
    ),
    #: Upper-case words that are not names of organisations.
    "actor_non_acronyms": _words(
        """
        CD CDs DVD DVDs PC PCs TV IT OK AG GmbH KG USA US EU UN UK DDR BRD BIP PS KW MW GW
        KM CO2 NO HIV AIDS DNA RNA USB GPS SMS PDF MP3 WC FAQ CEO CFO VIP ID ABC XL XXL ISBN
        ISSN PMID DOI PLZ EUR USD CHF GBP DM UKW MHz FCKW ATP ADP NADPH EDV GT GTI ABS ESP SUV
        ROM RAM CPU GPU LED LCD HD HDMI WLAN LAN DSL ISDN GSM UMTS LTE SIM HTML XML URL WWW AGB
        KO TÜV MdB MdL MdEP OT FB KB KV AV RA VS BZ UV GB MB TB PS DJ MC SOS LP EP MEZ MESZ
        UTC GMT PKW
        LKW Pkw Lkw ICE IC RE S-Bahn U-Bahn NS SS SA II III IV VI VII VIII IX XI XII XIII
        XIV XV XVI I V X A B C D E F G H J K L M N O P Q R S T U W Y Z
        """
    ),
}
