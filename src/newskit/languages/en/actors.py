"""English data for actor recognition (read by :mod:`newskit.recognition`).

The conventions are those of :mod:`newskit.languages.de.actors` (see ``docs/actors.md``). English
capitalises names but not nouns, so role nouns are matched as whole lower-case words and the
language does not set ``actor_capitalised_nouns``.
"""

from __future__ import annotations

from .. import entry_lines
from ..de.actors import NAME_FOLDING
from ..international import WORLD_COMPANIES


def _words(text: str) -> tuple[str, ...]:
    """Entries separated by white space."""
    return tuple(text.split())


# One entry a line (entries with spaces: White House=US); "#" starts a comment line.
_lines = entry_lines


LEXICONS: dict[str, tuple[str, ...]] = {
    "actor_given_name_files": (
        "newskit.languages.en:given_names.txt",
        "newskit.languages.de:given_names.txt",
    ),
    "actor_generated_given_name_files": ("newskit.languages.en:given_names_faker.txt",),
    "actor_generated_surname_files": ("newskit.languages.en:surnames_faker.txt",),
    "actor_place_files": ("newskit.languages.de:places.txt",),
    "actor_person_files": ("newskit.languages.de:persons.txt",),
    "actor_name_folding": NAME_FOLDING,
    "actor_ambiguous_given_names": _words(
        """
        Will Mark Grace Hope Joy Rose May June April Summer Art Bill Dean Don Ray Rex Max Frank
        Kim Li Wang Park Moon Lee Ho Hu Jin Min Ban Said Paris Florence Victoria Jordan Chase
        Hunter Pat Drew Sam Gene Guy Jack Bob Chuck Major General Prince King Price
        """
    ),
    "actor_genitive_suffixes": ("'s", "’s", "'", "’"),
    #: Endings of surnames (Slavic, Turkish, Romanian, Ukrainian, Georgian, Armenian): a
    #: capitalised word with one is a person ("Demirović", "Kılıçdaroğlu", "Timoschenko").
    "actor_surname_endings": (
        "ović", "ovič", "ević", "evič", "vić", "ović", "owski", "ewski", "iński", "ińska",
        "ynski", "yński", "ńska", "ński", "czyk", "oğlu", "escu", "eanu", "schenko", "chenko",
        "shvili", "schwili", "adze", "yan", "jan", "owitsch", "ewitsch", "ovich", "evich",
    ),
    "actor_name_prefixes": (
        "al-", "el-", "ad-", "as-", "ar-", "at-", "ash-", "bin-", "ibn-", "abu-",
    ),
    "actor_name_particles": _words(
        "von van de der den da di du la le bin ibn al el dos del della delle degli dei"
    ),
    "actor_determiners": _words(
        "the a an this that these those his her its their our my your some any every each"
    ),
    #: Words joining the items of a list (beside commas): an unknown name listed with known
    #: places is a place.
    "actor_coordinators": _words("and or"),
    "actor_pronouns": ("he=m", "she=f"),
    "actor_person_titles": _words(
        "Mr. Mrs. Ms. Miss Dr. Prof. Sir Dame Lord Lady Rev. Mr Mrs Ms Dr St. Saint"
    ),
    "actor_person_roles": _words(
        """
        president vice-president chancellor minister secretary premier governor mayor senator
        congressman congresswoman representative lawmaker spokesperson spokesman spokeswoman
        adviser advisor analyst expert economist historian professor researcher scientist
        ambassador diplomat envoy chief director head leader chairman chairwoman chair ceo
        founder executive manager commander general admiral colonel officer judge prosecutor
        lawyer attorney reporter correspondent journalist editor author writer poet
        composer painter singer musician actor actress director coach player striker
        goalkeeper captain champion king queen prince princess pope bishop cardinal priest
        rabbi imam sheikh emir sultan dictator activist candidate governor-general
        """
    ),
    "actor_role_adjective_endings": ("al", "an", "ic", "ish", "ese", "ior", "ive", "ern", "ary"),
    "actor_role_connectors": ("of", "for", "at", "to"),
    #: Lower-case words that can stand in a role phrase before the role noun.
    "actor_role_modifiers": _words(
        """
        security defense defence foreign state press deputy chief senior former vice prime
        finance health interior justice economy trade energy environment education labor
        labour transport agriculture intelligence military campaign party opposition team
        club company department ministry government police fire army navy news policy
        research investment union communications executive managing general assistant acting
        interim associate principal lead top
        """
    ),
    "actor_apposition_determiners": _words("a an the former then longtime acting"),
    "actor_speaker_verbs": _words(
        """
        said says told added stated explained warned wrote argued claimed noted insisted
        stressed announced confirmed replied asked tweeted posted
        """
    ),
    "actor_org_suffixes": (),
    "actor_org_generic": (),
    "actor_org_heads": _words(
        """
        University College Institute Institution Academy Foundation Association Council
        Committee Bureau Department Ministry Agency Commission Corporation Company Bank Party
        Federation League Union Museum Hospital Center Centre School Court Office Service FC
        """
    ),
    "actor_org_tails": _words(
        """
        Inc. Inc Ltd. Ltd Corp. Corp LLC plc PLC Co. AG GmbH SE Group Holdings Bank Party
        Foundation Institute University College Association Council Committee Commission
        Agency Department Ministry Corporation Company Airlines Motors Times Post Journal News
        """
    ),
    "actor_org_linkers": ("for", "of", "the", "and", "on", "in"),
    "actor_organizations": _lines(
        """
        United Nations|UN|U.N.
        UN Security Council|Security Council
        European Union|EU
        European Commission
        # more companies (well-known, worldwide): languages/international.py
        """
        + WORLD_COMPANIES
        + """
        European Parliament
        NATO|Nato
        IMF|International Monetary Fund
        World Bank
        World Health Organization|WHO
        World Trade Organization|WTO
        OPEC
        Red Cross
        Amnesty International
        Human Rights Watch
        State Department|U.S. State Department|US State Department
        Defense Department
        Justice Department
        Department of Defense
        Department of State
        Congress
        Senate
        House of Representatives
        Supreme Court
        FBI
        CIA
        NSA
        Pentagon
        Democratic Party|Democrats
        Republican Party|GOP|Republicans
        Labour|Labour Party
        Conservative Party|Conservatives|Tories
        Hamas
        Hezbollah
        Taliban
        Al Qaeda|al-Qaeda
        Wagner Group|Wagner
        Al Jazeera
        Reuters
        Associated Press|AP
        AFP
        BBC
        CNN
        New York Times
        Washington Post
        Wall Street Journal
        Guardian
        Fox News
        Bloomberg
        Google
        Apple
        Microsoft
        Amazon
        Facebook
        Meta
        Twitter
        Tesla
        Gazprom
        Kremlin
        White House
        Downing Street
        """
    ),
    "actor_metonyms": (
        "Kremlin=RU",
        "White House=US",
        "Pentagon=US",
        "Downing Street=GB",
        "Elysee|Élysée|Elysee Palace=FR",
    ),
    "actor_capitals": _lines(
        """
        Washington|Washington D.C.|Washington DC=US
        Moscow=RU
        Pyongyang=KP
        Seoul=KR
        Kyiv|Kiev=UA
        Beijing|Peking=CN
        Tokyo=JP
        Berlin=DE
        Paris=FR
        London=GB
        Rome=IT
        Madrid=ES
        Lisbon=PT
        Brussels=BE
        The Hague=NL
        Vienna=AT
        Bern=CH
        Warsaw=PL
        Prague=CZ
        Budapest=HU
        Bucharest=RO
        Athens=GR
        Ankara=TR
        Tehran=IR
        Baghdad=IQ
        Damascus=SY
        Beirut=LB
        Cairo=EG
        Riyadh=SA
        Jerusalem=IL
        Minsk=BY
        Ottawa=CA
        Canberra=AU
        New Delhi=IN
        Islamabad=PK
        Kabul=AF
        Taipei=TW
        Havana=CU
        Caracas=VE
        Tbilisi=GE
        Belgrade=RS
        Doha=QA
        """
    ),
    "actor_country_aliases": _lines(
        """
        US=US
        USA=US
        U.S.=US
        U.S.A.=US
        America=US
        Britain=GB
        Great Britain=GB
        UK=GB
        U.K.=GB
        England=GB
        Holland=NL
        Czech Republic=CZ
        Turkey=TR
        Burma=MM
        Ivory Coast=CI
        Soviet Union=SU
        USSR=SU
        UAE=AE
        South Korea=KR
        North Korea=KP
        Russia=RU
        """
    ),
    "actor_places": _lines(
        """
        Alabama
        Alaska
        Arizona
        Arkansas
        California
        Colorado
        Connecticut
        Delaware
        Florida
        Georgia
        Hawaii
        Idaho
        Illinois
        Indiana
        Iowa
        Kansas
        Kentucky
        Louisiana
        Maine
        Maryland
        Massachusetts
        Michigan
        Minnesota
        Mississippi
        Missouri
        Montana
        Nebraska
        Nevada
        Ohio
        Oklahoma
        Oregon
        Pennsylvania
        Tennessee
        Texas
        Utah
        Vermont
        Virginia
        Washington State
        Wisconsin
        Wyoming
        New Hampshire
        New Jersey
        New Mexico
        New York
        North Carolina
        North Dakota
        Rhode Island
        South Carolina
        South Dakota
        West Virginia
        Puerto Rico
        Guam
        District of Columbia
        Ontario
        Quebec
        British Columbia
        Alberta
        Manitoba
        Saskatchewan
        Nova Scotia
        Scotland
        Wales
        Northern Ireland
        England
        Bavaria
        Catalonia
        Siberia
        Crimea
        Donbas
        Kashmir
        Tibet
        Xinjiang
        Gaza Strip
        West Bank
        Golan Heights
        Sinai
        Middle East
        Far East
        Latin America
        South America
        North America
        Central America
        Europe
        Asia
        Africa
        Oceania
        Antarctica
        Arctic
        Balkans
        Caucasus
        Scandinavia
        Midwest
        New England
        Silicon Valley
        Wall Street
        Capitol Hill
        Gaza
        Zaporizhzhia
        Kharkiv
        Belgorod
        Mariupol
        Bakhmut
        Kherson
        Donetsk
        Luhansk
        """
    ),
    "actor_groups": _lines(
        """
        Americans=Americans
        Russians=Russians
        Ukrainians=Ukrainians
        North Koreans=North Koreans
        Europeans=Europeans
        Israelis=Israelis
        Palestinians=Palestinians
        """
    ),
    "actor_non_names": _words(
        """
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
        May June July August September October November December Mr Mrs The A An It He She
        They We I You This That These Those There Here But And Or If When While After Before
        Although However Meanwhile Moreover Also Still Yet Now Then Today Yesterday Tomorrow
        On In At For From With By About As Of To Into Over Under Between Against During Since
        Until Through According
        """
    ),
    "actor_non_acronyms": _words(
        """
        CD DVD PC TV IT OK AM PM GDP CEO CFO VIP ID COVID HIV AIDS DNA USB GPS SMS PDF FAQ
        I II III IV V VI VII VIII IX X A B C D E F G H J K L M N O P Q R S T U W Y Z US USA UK
        EU UN EDT EST PST CST CDT PDT GMT UTC CET CEST BST AEST IST
        """
    ),
}
