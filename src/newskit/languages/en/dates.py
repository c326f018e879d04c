"""English data for temporal expressions: names, number words, relative words and the rules.

The conventions are those of :mod:`newskit.languages.de.dates` (``"phrase=value"`` entries,
``!`` for case-sensitive phrases, ``dates_<field>`` lexicons filling ``{FIELD}`` placeholders,
``dates_rules`` as ``"kind: regular expression"`` tried in order). Extents follow TimeML:
"on"/"in"/"at"/"for"/"since" stay outside; determiners ("the past two months") and "ago" are in.

Month and weekday names come from CLDR through babel. Month names are case-sensitive ("May",
"March" are also a verb and a modal), abbreviations need their dot ("Aug.").
"""

from __future__ import annotations

from babel import Locale


def _cldr_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    locale = Locale.parse("en")
    months = {f"!{name}": number for number, name in locale.months["format"]["wide"].items()}
    for number, name in locale.months["format"]["abbreviated"].items():
        if name != "May":
            months.setdefault(f"!{name}.", number)
    months.update({"!Sept.": 9, "!Sept": 9})
    weekdays = {name: number + 1 for number, name in locale.days["format"]["wide"].items()}
    return (
        tuple(f"{name}={number}" for name, number in months.items()),
        tuple(f"{name}={number}" for name, number in weekdays.items()),
    )


_MONTHS, _WEEKDAYS = _cldr_names()

_NUMBERS = (
    "a=1", "an=1", "one=1", "two=2", "three=3", "four=4", "five=5", "six=6", "seven=7",
    "eight=8", "nine=9", "ten=10", "eleven=11", "twelve=12", "thirteen=13",
    "fourteen=14", "fifteen=15", "sixteen=16", "seventeen=17", "eighteen=18",
    "nineteen=19", "twenty=20", "thirty=30", "forty=40", "fifty=50", "sixty=60",
    "seventy=70", "eighty=80", "ninety=90", "a hundred=100", "hundred=100",
    "a half=0.5", "one and a half=1.5", "a few=X", "few=X", "several=X", "some=X",
    "many=X", "a couple of=2", "a couple=2", "couple of=2",
)



def _spelled_years() -> tuple[str, ...]:
    """Years said in words, as in broadcast transcripts: "nineteen ninety-six=1996" (also
    "ninety six"), 1910-1999, and "the year two thousand=2000"."""
    tens = ("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    units = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    teens = ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen")
    out = [f"nineteen {name}={1911 + i}" for i, name in enumerate(teens)]
    for i, ten in enumerate(tens):
        decade = 1910 + 10 * i
        out.append(f"nineteen {ten}={decade}")
        if ten != "ten":
            for j, unit in enumerate(units):
                out.append(f"nineteen {ten}-{unit}={decade + j + 1}")
                out.append(f"nineteen {ten} {unit}={decade + j + 1}")
    out.append("the year two thousand=2000")
    return tuple(out)


LEXICONS: dict[str, tuple[str, ...]] = {
    "dates_month": _MONTHS,
    "dates_weekday": _WEEKDAYS,
    "dates_weekday_pl": (
        "Mondays=1", "Tuesdays=2", "Wednesdays=3", "Thursdays=4", "Fridays=5", "Saturdays=6",
        "Sundays=7",
    ),
    "dates_num": _NUMBERS,
    "dates_yearword": _spelled_years(),
    # number words only (no digits): "two-year" is a duration, "6-year" mostly a bond's name
    "dates_numword": _NUMBERS,
    # halves of a year: "the second half of 1989" is 1989-H2
    "dates_half": (
        "first half=1", "second half=2", "last half=2", "latter half=2", "final half=2",
        "first two quarters=1", "last two quarters=2", "final two quarters=2",
    ),
    "dates_ord": (
        "first=1", "second=2", "third=3", "fourth=4", "1st=1", "2nd=2", "3rd=3", "4th=4",
    ),
    "dates_unit": (
        "year=Y", "years=Y", "quarter=Q", "quarters=Q", "month=M", "months=M", "week=W",
        "weeks=W", "day=D", "days=D", "hour=H", "hours=H", "minute=MIN", "minutes=MIN",
        "second=S", "seconds=S", "decade=DE", "decades=DE", "century=CE", "centuries=CE",
        "weekend=WE", "weekends=WE",
    ),
    "dates_unit_pl": (
        "years=Y", "months=M", "weeks=W", "days=D", "hours=H", "decades=DE", "centuries=CE",
    ),
    "dates_shift": (
        "last=-1", "past=-1", "previous=-1", "the previous=-1", "the preceding=-1",
        "the latest=-1", "the most recent=-1", "recent=-1", "next=+1", "the next=+1",
        "the following=+1", "the coming=+1", "coming=+1", "this=0", "the current=0",
        "current=0", "the same=0", "that=0", "this past=-1", "this coming=+1",
        "earlier this=0", "later this=0", "late last=-1", "early next=+1", "late next=+1",
        "earlier last=-1", "earlier that=0", "later that=0",
    ),
    # shift words that in news count from the date the text last named, not from the
    # publication date ("in June 1998 ... later that year", "May 22, 1995 ... the following year")
    "dates_anaphoric": (
        "that=1", "the same=1", "the following=1", "the previous=1", "the preceding=1",
        "earlier that=1", "later that=1",
    ),
    # shift words that name the anchor's own unit even where the text speaks of another
    # quarter ("the current quarter" of an article of November is the fourth)
    "dates_present": ("the current=1", "current=1"),
    # shift words that mean the nearest one ("this past spring" in October is this year's,
    # while "last spring" is last year's)
    "dates_nearest": ("this past=1", "this coming=1"),
    # nouns for "the period the text speaks of" ("the 1988 period", "the 1988 quarter")
    "dates_period": ("period=Q", "quarter=Q"),
    "dates_dir_pre": ("in=+1",),
    "dates_dir": (
        "ago=-1", "earlier=-1", "previously=-1", "later=+1", "from now=+1", "hence=+1",
    ),
    "dates_deictic": (
        "today=0", "tomorrow=+1", "yesterday=-1", "tonight=0", "the day before yesterday=-2",
        "the day after tomorrow=+2", "last night=-1",
    ),
    # deictic words that name a part of the day themselves
    "dates_deictic_part": ("tonight=NI", "last night=NI"),
    "dates_dpart": (
        "morning=MO", "afternoon=AF", "evening=EV", "night=NI", "midday=MI",
        "overnight=NI",
    ),
    "dates_dpart_adv": ("overnight=NI",),
    "dates_season": (
        "spring=SP", "summer=SU", "fall=FA", "autumn=FA", "winter=WI",
    ),
    "dates_mod": (
        "early=START", "late=END", "mid=MID", "mid-=MID",
        "the beginning of=START", "the start of=START", "the end of=END",
        "the middle of=MID", "the close of=END", "beginning of=START", "end of=END",
    ),
    "dates_quant": (
        "more than=MORE_THAN", "less than=LESS_THAN", "nearly=LESS_THAN",
        "almost=LESS_THAN", "about=APPROX", "around=APPROX", "roughly=APPROX",
        "some=APPROX", "at least=EQUAL_OR_MORE", "up to=EQUAL_OR_LESS",
    ),
    "dates_freq": (
        "daily=P1D", "weekly=P1W", "monthly=P1M", "annually=P1Y", "yearly=P1Y",
        "hourly=PT1H", "nightly=P1D", "every day=P1D", "each day=P1D", "every week=P1W",
        "each week=P1W", "every month=P1M", "each month=P1M", "every year=P1Y",
        "each year=P1Y", "per year=P1Y", "per day=P1D", "per month=P1M", "per week=P1W",
    ),
    "dates_era": ("B.C.=BC", "BC=BC", "BCE=BC", "A.D.=AD", "AD=AD"),
    "dates_ampm": ("a.m.=AM", "am=AM", "p.m.=PM", "pm=PM", "A.M.=AM", "P.M.=PM"),
    "dates_clock": ("noon=12:00", "midnight=24:00", "midday=12:00"),
    "dates_ref": (
        "now=PRESENT_REF", "right now=PRESENT_REF", "currently=PRESENT_REF",
        "current=PRESENT_REF", "at present=PRESENT_REF",
        "nowadays=PRESENT_REF", "these days=PRESENT_REF", "the present=PRESENT_REF",
        "recently=PAST_REF", "recent=PAST_REF", "the past=PAST_REF",
        "the future=FUTURE_REF", "the near future=FUTURE_REF", "the near term=FUTURE_REF",
        "the short term=FUTURE_REF", "future quarters=FUTURE_REF", "future years=FUTURE_REF",
        "then current=PAST_REF", "then-current=PAST_REF", "as soon as possible=FUTURE_REF",
        "a later date=FUTURE_REF",
    ),
    # vague words whose reference depends on the tense: "soon" in a clause about the future
    # (not "was soon released", "soon after", "as soon as")
    "dates_ref_future": ("soon=FUTURE_REF",),
    # references only in the context their rule gives: "at the time" (not "at the time of")
    "dates_ref_context": ("the time=PAST_REF",),
    "dates_holiday": (
        "New Year's Day=01-01", "New Year's Eve=12-31", "Christmas Eve=12-24",
        "Christmas Day=12-25", "Christmas=12-25", "Independence Day=07-04",
        "Halloween=10-31", "Valentine's Day=02-14", "Easter Sunday=E+0", "Easter=E+0",
        "Good Friday=E-2", "Easter Monday=E+1", "Thanksgiving Day=11-TH4",
        "Thanksgiving=11-TH4", "Labor Day=09-MO1", "Memorial Day=05-MOL",
        "Election Day=11-MO1+1",
    ),
    "dates_not_year": (
        "people=1", "soldiers=1", "troops=1", "dollars=1", "percent=1", "%=1", "miles=1",
        "feet=1", "meters=1", "tons=1", "shares=1", "employees=1", "workers=1", "men=1",
        "residents=1", "members=1", "cars=1", "points=1", "acres=1", "barrels=1",
        "pounds=1",
    ),
    "dates_future_markers": (
        # "plans"/"planned" as verbs only: "vacation plans" is a noun
        "will", "'ll", "shall", "going to", "plans to", "planned to", "plan to", "plans a",
        "planned a", "plans an", "planned an", "expects", "expected", "scheduled", "would",
        "to be", "upcoming", "intends", "next", "aims", "as soon as", "as early as", "might",
        "may", "set to", "due to", "no later than", "until", "is to", "are to", "planning",
        # the present of a scheduled event: "meet separately Monday", "the session opens Friday"
        "meet", "meets", "begins", "starts", "opens", "resumes", "arrives", "leaves", "visits",
        "travels", "heads",
    ),
    # a future marker right after these speaks of a past plan ("had been due to expire Friday")
    "dates_backshift": ("had", "had been", "hadn't been"),
    # a weekday right after one of these words looks ahead when its clause has no tense marker
    "dates_forward_cues": ("by", "starting", "beginning", "through"),
    "dates_past_markers": (
        "said", "was", "were", "had", "did", "told", "announced", "reported", "went",
        "came", "made", "took", "ago", "last", "has", "have", "been", "ended", "closed",
        "rose", "fell", "dropped", "gained", "increased", "killed", "met", "*ed", "began",
        "left", "gave", "held", "won", "lost", "sold", "saw", "became", "got", "found",
        "spoke", "wrote", "put", "shot", "struck", "hit", "led", "fought", "broke", "ran",
        "bought", "paid", "sought", "brought", "thought", "caught", "sent", "spent", "built",
        "kept", "felt", "stood", "sank", "fled", "flew", "drew", "grew", "knew", "threw",
        "wore", "chose", "froze", "rang", "sang", "swore", "tore", "woke", "forgot", "overtook",
    ),
    "dates_rules": (
        # --- absolute dates ---------------------------------------------------------------
        # "the week of March 6" is the ISO week of that day
        r"date: the\s+week\s+of\s+(?P<week>){MONTH}\s+{DAY}(?:st|nd|rd|th)?(?:,?\s+{YEAR})?(?!\d)",
        r"date: {WEEKDAY},?\s+{MONTH}\s+{DAY}(?:st|nd|rd|th)?(?:,?\s+{YEAR})?(?!\d)",
        r"date: {MONTH}\s+{DAY}(?:st|nd|rd|th)?,?\s+{YEAR}(?:\s+{ERA})?",
        r"date: {DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+{YEAR}",
        r"date: {YEAR}-{MNUM2:mnum}-{DAY2:day}",
        r"date: {MNUM}/{DAY}/{YEAR}",
        r"date: {MNUM}/{DAY}/{YY}(?!\d)",
        r"date: (?:{SHIFT}\s+)?{MONTH}\s+{DAY}(?:st|nd|rd|th)?(?![\d,.]\d)",
        r"date: (?:the\s+)?{DAY}(?:st|nd|rd|th)?\s+of\s+{MONTH}",
        r"date: {DAY}(?:st|nd|rd|th)?\s+{MONTH}",
        r"date: {MOD}\s*{MONTH}(?:,?\s+{YEAR})?",
        r"date: {MOD}\s+(?:in\s+)?{YEAR}(?:s(?P<decadeflag>))?",
        r"date: {MONTH},?\s+(?:{YEAR}|{YEARWORD:yearword}(?![\w-]))",
        r"date: {MONTH}\s+(?:of\s+)?{SHIFT:yshift}\s+year",
        r"date: {MOD}\s+{SEASON}(?:\s+(?:of\s+)?{YEAR})?",
        r"date: (?:the\s+)?{SEASON}\s+of\s+(?:{YEAR}|{YEARWORD:yearword}(?![\w-]))",
        r"date: {YEARWORD:yearword}(?![\w-])",
        r"date: {YEAR}\s+{SEASON}",
        # a season after "to", a modal or a plural subject's adverb is a verb ("could fall
        # through", "began to fall apart", "would eventually fall")
        r"date: (?:{SHIFT}\s+)?"
        r"(?<!\b(?:to|will|would|could|can|may|might|must|should|shall|not|n't|eventually)\s+)"
        r"{SEASON}\b(?!\s+(?:of|semester|term|session|and\s+\w+\s+of|apart|through|below|off))",
        r"date: {HOLIDAY}(?:\s+{YEAR})?",
        # a month name before "of"/"for" and a capitalised word is a name ("the March of Dimes")
        r"date: (?:{SHIFT}\s+)?{MONTH}(?!\s+(?:of|for)\s+(?:the\s+)?(?-i:\p{Lu}))",
        r"quarter: (?:the\s+)?(?:{SHIFT}\s+)?(?:fiscal\s+)?{ORD}\s+quarter(?:\s+(?:of\s+)?"
        r"(?:fiscal\s+)?{YEAR})?",
        # "third-quarter profit": an adjective, the article belongs to the noun phrase
        r"quarter: (?:fiscal\s+)?{ORD}-quarter",
        r"quarter: (?:the\s+)?{YEAR}\s+(?:fiscal\s+)?{ORD}[\s-]+quarter",
        # "the 1988 period" in an earnings report: that year's quarter the text speaks of
        r"relative: the\s+{YEAR}\s+{PERIOD:period}(?![\w-])",
        r"relative: the\s+latest\s+(?=period)(?P<shift>)(?P<latest>){PERIOD:period}(?![\w-])",
        # "the corresponding period last year", "last year's quarter": the quarter the text
        # speaks of, a year before
        r"relative: the\s+(?:same|corresponding|comparable)\s+{PERIOD:period}\s+"
        r"{SHIFT:yshift}\s+year(?![\w-])",
        r"relative: {SHIFT:yshift}\s+year['’]s\s+{PERIOD:period}(?![\w-])",
        # "the quarter a year ago", "the same period a year earlier"
        r"offset: the\s+(?:(?:same|corresponding|comparable)\s+)?(?:period|quarter)\s+{NUM}\s+"
        r"{UNIT}\s+{DIR}",
        r"relative: the\s+full\s+(?P<unit>year)(?![\w-])",
        r"relative: the\s+fiscal\s+(?P<unit>year)(?![\w-])(?!\s+(?:ended|ending)\b)",
        # "the second half of 1989", "the first two quarters of 1990"
        r"half: (?:the\s+)?{HALF}\s+of\s+(?:(?:fiscal\s+)?{YEAR}|(?:the|this)\s+year)(?![\w-])",
        r"quarter: (?:{SHIFT:yshift}\s+year's|{YEAR}'s)\s+(?:fiscal\s+)?{ORD}[\s-]+quarter",
        r"quarter: Q{QNUM}\s+{YEAR}",
        r"century: (?:the\s+)?{CNUM}(?:st|nd|rd|th)\s+century",
        r"decade: (?:the\s+)?(?:early\s+|mid-?|late\s+)?{DECADE}s",
        r"decade: (?:the\s+)?(?:early\s+|mid-?|late\s+)?'{DEC2}s",
        # "the nineties" (with the article: "in his forties" is an age)
        r"decade: the\s+(?:early\s+|mid-?|late\s+)?{DECADE_WORD}(?![\w-])",
        r"year: (?:fiscal\s+(?:year\s+)?|the\s+year\s+|calendar\s+)?{YEAR}(?:\s+{ERA})?"
        r"(?!\s*{NOT_YEAR}(?!\w)|[.,]\d|\s*[–-]\s*\d{3,})",
        r"year: (?:fiscal\s+)?{YEAR}(?=\s*[–-]\s*\d{4})",
        r"year: (?<=[–-]|[–-]\s){YEAR}",
        r"year: {SMALLYEAR}\s+{ERA}",
        # --- times of day ---------------------------------------------------------------
        r"time: {HOUR}(?::{MINUTE})?\s*{AMPM}(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC))?,?\s+"
        r"(?:on\s+)?(?:{WEEKDAY}|{MONTH}\s+{DAY}(?![\d,.]\d)|{DEICTIC})",
        r"time: {HOUR}(?::{MINUTE})?\s*{AMPM}(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC))?",
        r"time: {HOUR}:{MINUTE}(?!\d)",
        # "high noon" is an idiom (and a film), not twelve o'clock
        r"time: (?<!\bhigh\s+){CLOCK}(?:,?\s+(?:on\s+)?(?:{WEEKDAY}|{DEICTIC})(?![\w-]))?",
        # --- relative to the anchor -----------------------------------------------------
        # "today's world", "today's youth" mean the present age, not the day
        r"deictic: {DEICTIC}(?:\s+{DPART})?(?!['’]s\s+(?:world|youth|society|generation|young|"
        r"children|kids|teenagers|economy|technology|personal|modern|standards)\b)",
        r"deictic: this\s+{DPART}(?P<deictic>)",
        r"deictic: (?:{MOD}\s*)?{DPART}\s+{DEICTIC}(?![\w-])",  # "mid-afternoon yesterday"
        r"weekday: (?:{SHIFT}\s+)?{WEEKDAY}(?:\s+{DPART})?",
        r"set: (?:every|each)\s+{WEEKDAY}",
        r"set: {WEEKDAY_PL}",
        r"set: (?:every|each)\s+{UNIT}",
        r"set: {FREQ}",
        r"relative: {MOD}\s+(?:the\s+|this\s+)?{UNIT}(?<!s)",
        r"relative: {MOD}\s+{SHIFT}\s+{UNIT}",
        r"offset: {NUM}\s+{UNIT}\s+{DIR}",
        r"offset: (?:{QUANT}\s+)?{NUM}[\s-]+{UNIT}\s+{DIR}",
        r"offset: (?:the\s+)?{UNIT}-{DIR}(?P<num>)"
        r"(?:\s+(?:period|quarter|level|{ORD}[\s-]+quarter))?",
        r"offset: {DIR_PRE}\s+{NUM}\s+{UNIT}(?=\s+(?:from\s+now|time))",
        # a capitalised "This Week" inside a sentence is a title (ABC's "This Week")
        r"relative: (?:the\s+)?{SHIFT}\s+(?:fiscal\s+)?{UNIT}(?<!s)"
        r"(?<!(?<=\w\W+)(?-i:This\s+Week))",
        r"relative: {COMPOUND}",
        r"duration: the\s+(?:fiscal\s+)?(?P<unit>year)(?=\s+(?:ended|ending))(?P<num>)",
        r"relative: the\s+(?P<unit>year|quarter|month|week|weekend)(?![\w-])",
        # "two to three weeks": the first number is a duration of its own (the second one
        # goes with the unit as usual)
        r"duration: (?:{QUANT}\s+)?{NUM}(?=\s*(?:to|or|-|–)\s*{NUM:num2}\s+{UNIT}(?![\w-]))",
        # "2 1/2 years", "a minute and a half": a half more
        r"duration: (?:the\s+)?(?:{QUANT}\s+)?(?:{SHIFT}\s+|first\s+|last\s+)?{NUM}"
        r"(?P<half>\s+1/2|½)?\s+(?:more\s+|additional\s+|extra\s+)?"
        r"(?:(?:trading|business|working)\s+(?=days?\b))?{UNIT}(?:\s+long)?"
        r"(?P<halfmore>\s+and\s+a\s+half(?![\w-]))?(?!-|\s+old\b)"
        # "a second betrayal", "a second group": an ordinal, not a duration
        r"(?!(?<=\ba\s+second)\s+(?!(?:later|earlier|ago|before|after|or|and|more)\b)[a-z])",
        r"duration: {NUMWORD:num}-{UNIT}(?<!s)(?![\w-])",
        r"duration: (?P<num>)(?:day|week|month|year|hour)(?<=(?P<unit>\w+))-long(?![\w-])",
        r"vague: {UNIT_PL}-long(?![\w-])",  # "decades-long"
        r"duration: (?<!\d[.,])(?P<num>[0-9]{1,3})-{UNIT}(?<!s)(?![\w-])",
        r"vague: (?:the\s+)?(?:past|last|next|coming|recent|several|many)\s+{UNIT_PL}",
        r"vague: (?<=for\s){UNIT_PL}",
        r"vague: (?<=\bin\s){UNIT_PL}(?=\s*[.,;:!?)])",  # "for the first time in years."
        r"vague: (?<=\b(?:over|through)\s)the\s+{UNIT_PL}(?![\w-])"
        r"(?!\s+(?:of|since|before|after)\b)",
        r"vague: (?:the\s+)?{UNIT_PL}\s+ahead(?![\w-])",
        r"ref: {REF}(?!\s+of\b)",  # "the future of our peoples" is no time
        r"ref: (?<=\bat\s){REF_CONTEXT:ref}(?!\s+(?:of|when|that|being|to)\b)",
        r"ref: (?<!\b(?:as|how|too|so)\s+){REF_FUTURE:ref}(?P<tensed>)"
        r"(?!\s+(?:after|afterwards?|thereafter|as|enough|became|began|afterward)\b)",
        r"partofday: {DPART_ADV}",
        r"partofday: {MOD}\s*{DPART}(?![\w-])",  # "by mid afternoon": the anchor day's
    ),
    "dates_dpart_suffix": (),
    "dates_decade_word": (
        "twenties=2", "thirties=3", "forties=4", "fifties=5", "sixties=6", "seventies=7",
        "eighties=8", "nineties=9",
    ),
    # one-word relative expressions: unit:shift:mod ("year-end" is the end of the year)
    "dates_compound": (
        "year-end=Y:0:END", "year end=Y:0:END", "year's end=Y:0:END", "year’s end=Y:0:END",
        "yearend=Y:0:END",
    ),
    "dates_lead": ("the",),
}
