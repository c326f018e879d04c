"""German data for temporal expressions: names, number words, relative words and the rules.

Conventions (read by :mod:`newskit.temporal`, documented in ``docs/dates.md``):

* Lexicon entries are ``"phrase=value"``. A space in a phrase matches any run of whitespace;
  a leading ``!`` makes the phrase case-sensitive (everything else ignores case).
* A lexicon named ``dates_<field>`` fills the placeholder ``{FIELD}`` in the rules with a named
  group ``field`` whose text is looked up in that lexicon.
* ``{LEXICON:field}`` fills group ``field`` from lexicon ``dates_lexicon`` (``{SHIFT:yshift}``);
  ``{DAY}``, ``{MNUM}``, ``{YEAR}``, ``{YY}``, ``{HOUR}``, ``{MINUTE}``... are built-in digit
  patterns.
* ``dates_rules`` entries are ``"kind: regular expression"``; the kinds are described in
  :mod:`newskit.temporal.resolve`. Rules are tried in order at each position, so a longer rule
  comes before a rule that matches a prefix of it.
* ``dates_lead`` lists articles an expression may begin with ("den letzten Wochen");
  ``dates_future_markers`` / ``dates_past_markers`` decide the direction of a bare weekday
  (an entry ``*ed`` stands for any word ending in "ed").
* Extents follow TimeML: prepositions ("am", "im", "seit", "um") stay outside the expression;
  "vor" in "vor drei Jahren" is part of it (it plays the role of English "ago").

Month and weekday names come from CLDR through babel (``de`` and ``de_AT``, so "Jänner" too).
"""

from __future__ import annotations

from babel import Locale


def _cldr_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for code in ("de", "de_AT"):
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for number, name in locale.months["format"][width].items():
                months.setdefault(name, number)
        for number, name in locale.days["format"]["wide"].items():
            weekdays.setdefault(name, number + 1)  # babel: Monday = 0; ISO: Monday = 1
    for name, number in list(months.items()):
        if not name.endswith((".", "s")):
            months.setdefault(name + "s", number)  # genitive: "des 9. Februars"
    months.update({"Jänner": 1, "Jan.": 1, "Feber": 2, "Sep.": 9, "Sept.": 9})
    return (
        tuple(f"{name}={number}" for name, number in months.items()),
        tuple(f"{name}={number}" for name, number in weekdays.items()),
    )


_MONTHS, _WEEKDAYS = _cldr_names()

LEXICONS: dict[str, tuple[str, ...]] = {
    "dates_month": _MONTHS,
    "dates_weekday": (*_WEEKDAYS, "Sonnabend=6"),
    # weekdays as adverbs of frequency ("montags" = every Monday)
    "dates_weekday_pl": (
        "montags=1", "dienstags=2", "mittwochs=3", "donnerstags=4", "freitags=5",
        "samstags=6", "sonnabends=6", "sonntags=7",
    ),
    "dates_num": (
        "ein=1", "eine=1", "einen=1", "einem=1", "einer=1", "eines=1", "zwei=2", "zweier=2",
        "drei=3", "vier=4", "fünf=5", "sechs=6", "sieben=7", "acht=8", "neun=9", "zehn=10",
        "elf=11", "zwölf=12", "dreizehn=13", "vierzehn=14", "fünfzehn=15", "sechzehn=16",
        "siebzehn=17", "achtzehn=18", "neunzehn=19", "zwanzig=20", "dreißig=30",
        "vierzig=40", "fünfzig=50", "sechzig=60", "siebzig=70", "achtzig=80", "neunzig=90",
        "hundert=100", "tausend=1000", "anderthalb=1.5", "eineinhalb=1.5", "zweieinhalb=2.5",
        "einige=X", "einigen=X", "mehrere=X", "mehreren=X", "wenige=X", "wenigen=X",
        "viele=X", "vielen=X", "ein paar=X", "einer Reihe von=X",
    ),
    "dates_ord": (
        "ersten=1", "erste=1", "erstes=1", "zweiten=2", "zweite=2", "dritten=3", "dritte=3",
        "vierten=4", "vierte=4", "1.=1", "2.=2", "3.=3", "4.=4",
    ),
    # unit words; the value is the TIMEX3 unit (Y, Q, M, W, D, H, MIN, S, DE decade, CE century,
    # WE weekend)
    "dates_unit": (
        "Jahr=Y", "Jahre=Y", "Jahren=Y", "Jahres=Y", "Jahrs=Y",
        "Quartal=Q", "Quartale=Q", "Quartals=Q", "Quartalen=Q",
        "Monat=M", "Monate=M", "Monaten=M", "Monats=M",
        "Woche=W", "Wochen=W",
        "Tag=D", "Tage=D", "Tagen=D", "Tages=D", "Tags=D",
        "Stunde=H", "Stunden=H", "Minute=MIN", "Minuten=MIN", "Sekunde=S", "Sekunden=S",
        "Jahrzehnt=DE", "Jahrzehnte=DE", "Jahrzehnten=DE", "Jahrzehnts=DE",
        "Jahrhundert=CE", "Jahrhunderte=CE", "Jahrhunderten=CE", "Jahrhunderts=CE",
        "Wochenende=WE", "Wochenendes=WE",
    ),
    # plural unit words for vague durations ("seit Jahren", "in den letzten Wochen")
    "dates_unit_pl": (
        "Jahren=Y", "Jahre=Y", "Monaten=M", "Monate=M", "Wochen=W", "Tagen=D", "Tage=D",
        "Stunden=H", "Jahrzehnten=DE", "Jahrzehnte=DE",
    ),
    # adjective endings of compounds such as "zweijährige", "dreimonatigen"
    "dates_unit_adj": tuple(
        f"{stem}{ending}={unit}"
        for stem, unit in (("jährig", "Y"), ("monatig", "M"), ("wöchig", "W"), ("tägig", "D"),
                           ("stündig", "H"))
        for ending in ("", "e", "en", "em", "er", "es")
    ),
    "dates_unit_adv": (
        "jahrelang=Y", "monatelang=M", "wochenlang=W", "tagelang=D", "stundenlang=H",
        "jahrzehntelang=DE", "jahrhundertelang=CE",
    ),
    # direction of a relative shift: -1 back, +1 forward, 0 the anchor's own unit
    "dates_shift": (
        "letzten=-1", "letzte=-1", "letztes=-1", "letzter=-1", "vergangenen=-1",
        "vergangene=-1", "vergangenes=-1", "vorigen=-1", "vorige=-1", "voriges=-1",
        "vorangegangenen=-1", "vorherigen=-1", "nächsten=+1", "nächste=+1", "nächstes=+1",
        "kommenden=+1", "kommende=+1", "kommendes=+1", "folgenden=+1", "folgende=+1",
        "darauffolgenden=+1", "darauf folgenden=+1", "übernächsten=+2", "vorletzten=-2",
        "diesen=0", "diese=0", "dieses=0", "diesem=0", "dieser=0", "laufenden=0",
        "laufende=0", "selben=0", "gleichen=0", "demselben=0", "derselben=0",
        "desselben=0", "ganzen=0", "ganze=0", "vergangener=-1", "voriger=-1",
        "nächster=+1", "kommender=+1", "übernächste=+2", "übernächstes=+2",
    ),
    # the word that puts a duration before or after the anchor ("vor drei Jahren",
    # "drei Jahre später")
    "dates_dir_pre": ("vor=-1", "in=+1", "nach=+1"),
    "dates_dir": (
        "später=+1", "danach=+1", "darauf=+1", "nach=+1", "zuvor=-1", "vorher=-1",
        "früher=-1", "davor=-1",
    ),
    "dates_deictic": (
        "heute=0", "!morgen=+1", "gestern=-1", "vorgestern=-2", "übermorgen=+2",
        "heutigen Tag=0",
    ),
    # parts of the day (TIMEX3: MO morning, MI midday, AF afternoon, EV evening, NI night)
    "dates_dpart": (
        "Morgen=MO", "morgen=MO", "früh=MO", "Früh=MO", "Vormittag=MO", "Mittag=MI",
        "Nachmittag=AF", "Abend=EV", "Nacht=NI", "Morgenstunden=MO", "Abendstunden=EV",
        "Nachtstunden=NI", "Mittagsstunden=MI", "Vormittagsstunden=MO",
    ),
    "dates_dpart_adv": (
        "morgens=MO", "vormittags=MO", "mittags=MI", "nachmittags=AF", "abends=EV",
        "nachts=NI",
    ),
    "dates_season": (
        "Frühling=SP", "Frühjahr=SP", "Frühjahrs=SP", "Sommer=SU", "Sommers=SU",
        "Herbst=FA", "Herbstes=FA", "Herbsts=FA", "Winter=WI", "Winters=WI",
        "Frühsommer=SU", "Frühsommers=SU", "Spätsommer=SU", "Spätsommers=SU", "Hochsommer=SU",
        "Frühherbst=FA", "Spätherbst=FA", "Spätherbstes=FA", "Frühwinter=WI",
        "Spätwinter=WI",
    ),
    # TIMEX3 mod values for "Anfang/Mitte/Ende ..."
    "dates_mod": (
        "Anfang=START", "Beginn=START", "Mitte=MID", "Ende=END", "Ausgang=END", "Laufe=",
        "Verlauf=",
    ),
    "dates_quant": (
        "mehr als=MORE_THAN", "über=MORE_THAN", "weniger als=LESS_THAN", "knapp=LESS_THAN",
        "fast=LESS_THAN", "beinahe=LESS_THAN", "etwa=APPROX", "rund=APPROX", "ungefähr=APPROX",
        "circa=APPROX", "ca.=APPROX", "mindestens=EQUAL_OR_MORE", "höchstens=EQUAL_OR_LESS",
    ),
    "dates_freq": (
        "täglich=P1D", "wöchentlich=P1W", "monatlich=P1M", "jährlich=P1Y", "stündlich=PT1H",
        "alljährlich=P1Y", "allabendlich=P1D", "tagtäglich=P1D",
    ),
    "dates_clock": ("Mitternacht=24:00",),
    "dates_era": ("v. Chr.=BC", "v.Chr.=BC", "vor Christus=BC", "n. Chr.=AD", "n.Chr.=AD"),
    # vague references (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF)
    "dates_ref": (
        "derzeit=PRESENT_REF", "zurzeit=PRESENT_REF", "zur Zeit=PRESENT_REF",
        "jetzt=PRESENT_REF", "gegenwärtig=PRESENT_REF", "aktuell=PRESENT_REF",
        "momentan=PRESENT_REF", "im Moment=PRESENT_REF", "heutzutage=PRESENT_REF",
        "kürzlich=PAST_REF", "neulich=PAST_REF", "jüngst=PAST_REF",
        "bald=FUTURE_REF", "künftig=FUTURE_REF", "zukünftig=FUTURE_REF",
        "in Zukunft=FUTURE_REF", "demnächst=FUTURE_REF", "in der Vergangenheit=PAST_REF",
        "Folgezeit=FUTURE_REF", "kurz zuvor=PAST_REF",
        "kurz vorher=PAST_REF", "wenig später=FUTURE_REF", "kurz darauf=FUTURE_REF",
        "kurz danach=FUTURE_REF", "kurze Zeit später=FUTURE_REF", "bald darauf=FUTURE_REF",
        "heutiger=PRESENT_REF", "heutiges=PRESENT_REF",
    ),
    # fixed-date holidays: MM-DD; movable feasts relative to Easter Sunday: E+days
    "dates_holiday": (
        "Neujahr=01-01", "Neujahrstag=01-01", "Heiligabend=12-24", "Heiligen Abend=12-24",
        "Weihnachten=12-25", "Silvester=12-31", "Tag der Arbeit=05-01",
        "Tag der Deutschen Einheit=10-03", "Allerheiligen=11-01", "Nationalfeiertag=10-26",
        "Ostern=E+0", "Ostersonntag=E+0", "Ostermontag=E+1", "Karfreitag=E-2",
        "Gründonnerstag=E-3", "Pfingsten=E+49", "Pfingstmontag=E+50",
        "Christi Himmelfahrt=E+39", "Fronleichnam=E+60",
    ),
    # words after a four-digit number that show it is not a year ("1500 Soldaten")
    "dates_not_year": (
        "Soldaten=1", "Mann=1", "Menschen=1", "Personen=1", "Tote=1", "Toten=1", "Euro=1",
        "Dollar=1", "Prozent=1", "%=1", "km=1", "Kilometer=1", "Meter=1", "m=1", "Stück=1",
        "Einwohner=1", "Gefangene=1", "Opfer=1", "Flugzeuge=1", "Panzer=1", "Schiffe=1",
        "Geschütze=1", "Kanonen=1", "Verwundete=1", "Kämpfer=1", "Einheiten=1",
    ),
    # sentence words that mark future reference; used to choose the direction of a bare
    # weekday ("am Dienstag") together with dates_past_markers (the nearest marker wins)
    "dates_future_markers": (
        "wird", "werden", "wirst", "werde", "werdet", "will", "wollen", "soll", "sollen",
        "plant", "planen", "geplant", "voraussichtlich", "künftig", "demnächst", "beabsichtigt",
        "kommt", "erwartet", "bevorstehenden", "anstehenden", "angekündigt", "ankündigte",
    ),
    # a weekday right after one of these words looks ahead when its clause has no tense
    # marker ("Lokführer legen Fernverkehr ab Donnerstag lahm", "Der Streik dauert bis Freitag")
    "dates_forward_cues": ("ab", "bis", "spätestens", "frühestens"),
    "dates_past_markers": (
        "sagte", "sagten", "hatte", "hatten", "hat", "haben", "war", "waren", "wurde",
        "wurden", "erklärte", "erklärten", "teilte", "teilten", "gab", "kam", "kamen",
        "warnte", "betonte", "berichtete", "meldete", "traf", "besuchte", "zitierte",
        "ist", "sind", "worden", "gewesen", "starb", "fand", "stand",
    ),
    "dates_rules": (
        # --- absolute dates ---------------------------------------------------------------
        r"date: {WEEKDAY},?\s+(?:de[nm]\s+)?{DAY}\.\s*{MONTH}(?:\s+{YEAR})?",
        r"date: {WEEKDAY},?\s+(?:de[nm]\s+)?{DAY}\.\s?{MNUM}\.\s?{YEAR}",
        r"date: {DPART}\s+(?:des|vom)\s+{DAY}\.\s*{MONTH}(?:\s+{YEAR})?",
        r"date: (?:{DPART}\s+vom\s+)?{DAY}\.(?=\s*(?:und|bis|auf|zum|–|-|/)\s*(?:den\s+)?"
        r"\d{1,2}\.\s*{MONTH}(?:\s+{YEAR})?)",
        r"date: {DAY}\.\s*{MONTH}\s+{YEAR}(?:\s+{ERA})?",
        r"date: {DAY}\.\s?{MNUM}\.\s?{YEAR}",
        r"date: {DAY}\.{MNUM}\.{YY}(?!\d)",
        r"date: {YEAR}-{MNUM2:mnum}-{DAY2:day}",
        r"date: {DAY}\.\s*{MONTH}",
        r"date: {MOD}\s+(?:de[sr]\s+)?{MONTH}(?:\s+(?:de[sr]\s+Jahres\s+)?{YEAR})?",
        r"date: {MONTH}\s+(?:des\s+Jahres\s+)?{YEAR}(?:\s+{ERA})?",
        r"date: {MOD}\s+(?:de[sr]\s+Jahres\s+|der\s+)?{YEAR}(?:er(?:\s*-?\s*Jahre[n]?)?)?",
        r"date: {MOD}\s+(?:de[sr]\s+)?{SEASON}(?:\s+(?:des\s+Jahres\s+)?{YEAR})?",
        r"date: {SEASON}\s+(?:des\s+Jahres\s+)?{YEAR}",
        r"date: {SEASON}\s+(?:des\s+)?{SHIFT}\s+Jahres",
        r"date: {MONTH}\s+(?:des\s+)?{SHIFT}\s+Jahres",
        r"date: (?:{SHIFT}\s+)?{SEASON}",
        r"date: {HOLIDAY}(?:\s+{YEAR})?",
        r"date: (?<![\w.])(?!Mai\s+(?:\w+\s+)?(?:und|sowie|,)\s+\w)(?:{SHIFT}\s+)?{MONTH}(?![-\w])",
        r"relative: {COMPOUND}(?:\s+{YEAR})?",
        r"quarter: {ORD}\s+Quartal(?:s)?(?:\s+(?:des\s+Jahres\s+)?{YEAR})?",
        r"quarter: Q{QNUM}[\s/]+{YEAR}",
        r"century: {CNUM}\.\s*(?:Jahrhunderts?|Jh\.)(?:\s+{ERA})?",
        r"century: (?:de[nms]\s+)?{CNUM}\.\s*(?:Jahrtausends?|Jt\.)(?P<millennium>)(?:\s+{ERA})?",
        r"decade: (?:de[nr]\s+)?{DECADE}er(?:\s*-?\s*Jahre[n]?|n)?",
        r"decade: (?:de[nr]\s+)?{DEC2}er(?:\s*-?\s*Jahre[n]?)",
        r"decade: (?:de[nr]\s+)?{DECADE_WORD}\s+Jahre[n]?",
        r"year: (?:(?:de[ms]\s+)?Jahr(?:e|es)?\s+)?{YEAR}(?:\s+{ERA})?"
        r"(?!\s*{NOT_YEAR}(?!\w)|[.,]\d|\s*[–-]\s*\d{3,})",
        r"year: (?:(?:de[ms]\s+)?Jahr(?:e|es)?\s+)?{YEAR}(?=\s*[–-]\s*\d{4})",
        r"year: (?<=[–-]|[–-]\s){YEAR}",
        r"year: {SMALLYEAR}\s+{ERA}",
        # --- times of day ---------------------------------------------------------------
        # "Freitag um 13 Uhr": the clock time of that day, one expression
        r"time: {WEEKDAY},?\s+(?:um|gegen|ab)\s+{HOUR}(?:[:.]{MINUTE})?\s*Uhr(?:\s+{DPART_ADV})?",
        r"time: {HOUR}[:.]{MINUTE}\s*Uhr(?:\s+{DPART_ADV})?",
        r"time: {HOUR}\s+Uhr(?:\s+{MINUTE})?(?:\s+{DPART_ADV})?",
        r"time: {CLOCK}",
        # --- relative to the anchor -----------------------------------------------------
        r"deictic: {DEICTIC}(?:\s+{DPART}|{DPART_SUFFIX})?",
        r"weekday: (?:{SHIFT}\s+)?{WEEKDAY}(?:{DPART_SUFFIX})?(?:\s+{DPART})?",
        r"set: (?:jede[nrs]?|alle)\s+{WEEKDAY}",
        r"set: {WEEKDAY_PL}",
        r"set: (?:jede[nrs]?)\s+{UNIT}",
        r"set: {NUM}\s*(?:mal|Mal)\s+(?:pro|im|in\s+der|am)\s+{UNIT}",
        r"set: {FREQ}",
        r"relative: {MOD}\s+(?:de[sr]|diese[sr]|vergangenen|letzten|nächsten|kommenden)\s+{UNIT}",
        r"relative: {MOD}\s+(?:de[sr]\s+)?{SHIFT}\s+{UNIT}",
        r"offset: {DIR_PRE}\s+(?:{QUANT}\s+)?{NUM}\s+{UNIT}",
        r"offset: (?:{QUANT}\s+)?{NUM}\s+{UNIT}\s+{DIR}",
        r"offset: (?:{QUANT}\s+)?{UNIT}\s+{DIR}(?P<num>)",
        r"vague: (?:de[nr]\s+)?{SHIFT}\s+(?!Tage\s+(?:de[sr]|vor|nach)\b){UNIT_PL}",
        r"relative: (?:de[rnms]\s+|die\s+|das\s+)?{SHIFT}\s+{UNIT}",
        r"duration: (?:{QUANT}\s+)?(?:{SHIFT}\s+)?{NUM}\s+{UNIT}(?:\s+lang)?",
        r"duration: {NUM}-?{UNIT_ADJ}",
        r"vague: {UNIT_ADV}",
        r"vague: (?<=seit\s){UNIT_PL}",
        r"ref: {REF}",
        r"relative: (?<=\bam\s|\bzum\s|\bübers\s)(?P<unit>Wochenende)",
        r"partofday: {DPART_ADV}",
        r"partofday: (?<=\bam\s|\bgegen\s){DPART}",
    ),
    # articles an expression may start with ("den letzten Wochen")
    "dates_lead": ("den", "der", "dem", "des", "die", "das"),
    # one-word relative expressions: unit:shift:mod ("Vorjahr" = the year before the anchor)
    "dates_compound": (
        "Vorjahr=Y:-1:", "Vorjahres=Y:-1:", "Folgejahr=Y:+1:", "Folgejahres=Y:+1:",
        "Vormonat=M:-1:", "Vormonats=M:-1:", "Folgemonat=M:+1:", "Vorwoche=W:-1:",
        "Folgewoche=W:+1:", "Vortag=D:-1:", "Vortages=D:-1:", "Folgetag=D:+1:",
        "Jahresende=Y:0:END", "Jahresbeginn=Y:0:START", "Jahresanfang=Y:0:START",
        "Jahresmitte=Y:0:MID", "Monatsende=M:0:END", "Monatsbeginn=M:0:START",
        "Monatsanfang=M:0:START", "Monatsmitte=M:0:MID", "Wochenbeginn=W:0:START",
        "Jahreswechsel=Y:0:END", "Jahreswende=Y:0:END", "heuer=Y:0:", "Heuer=Y:0:",
    ),
    "dates_decade_word": (
        "zwanziger=2", "dreißiger=3", "vierziger=4", "fünfziger=5", "sechziger=6",
        "siebziger=7", "achtziger=8", "neunziger=9",
    ),
    # parts of the day glued to a weekday or "heute" ("Dienstagabend", "heutemorgen")
    "dates_dpart_suffix": (
        "morgen=MO", "vormittag=MO", "mittag=MI", "nachmittag=AF", "abend=EV", "nacht=NI",
    ),
}
