"""English data for tokenization and sentence splitting.

The lexicons are described in :mod:`newskit.languages.de.tokens`. English writes ordinals as
"5th", so it has no ``ordinal_*`` lexicons: "5." followed by a space is a number and a period.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    """Comma-separated entries of one or more words."""
    return tuple(" ".join(part.split()) for part in text.split(",") if part.strip())


ABBREVIATIONS: tuple[str, ...] = _words(
    """
Mr Mrs Ms Messrs Mmes Dr Drs Prof Sr Jr St Sts Mt Ft Gen Col Lt Sgt Capt Cmdr Adm Gov
Sen Rep Reps Rev Hon Pres Supt Insp Det Maj Brig Cpl Pvt Fr Esq Atty Asst Assoc Dept Univ
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat
Inc Ltd Co Corp Bros Cos Plc vs etc approx appt apt est dept ext fig figs min max misc
vol vols pp ch sec tel
No Nos Vol Vols Fig Figs Ave Blvd Rd Hwy Ln Pl Sq Ct Ste Bldg Ala Ariz Ark Calif Colo Conn
Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn
Tenn Tex Va Vt Wash Wis Wyo
e.g i.e a.m p.m PS U.S U.K U.N E.U D.C U.S.A P.S Ph.D B.A M.A B.Sc M.Sc a.k.a
"""
)

SENTENCE_FINAL_ABBREVIATIONS: tuple[str, ...] = _words(
    """
etc Inc Ltd Co Corp Bros Cos Plc a.m p.m U.S U.K U.N E.U D.C U.S.A Jr Sr
"""
)

#: Letters written after a number that stay in its token ("5th", "1990s"); other letters are a
#: token of their own ("375 mm", "24 hrs"). Without this lexicon every letter stays ("32jährige").
NUMBER_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th", "s", "ies", "am", "pm", "AM", "PM")

#: Closings of a letter or an e-mail: followed by a comma and a capitalised word ("Regards,
#: Sean") at the start of a paragraph or after a sentence, they end a sentence.
CLOSINGS: tuple[str, ...] = _phrases(
    """
    Regards, Best regards, Kind regards, Kindest regards, Warm regards, Warmest regards,
    Best wishes, Sincerely, Yours sincerely, Sincerely yours, Yours truly, Yours, Thanks,
    Many thanks, Thanks again, Thank you, Cheers, Best, All the best, Respectfully, Love,
    Take care
    """
)

#: Salutations opening a letter or a post: followed by at most two words, a comma and a
#: capitalised word ("Hi, Yes ...", "Dear All, My ..."), they end a sentence.
SALUTATIONS: tuple[str, ...] = _phrases("Hi, Hello, Hey, Dear, Greetings, Good morning")

#: Words after a clock time in a time stamp ("08/16/2000 12:05 PM").
TIME_SUFFIXES: tuple[str, ...] = ("AM", "PM", "am", "pm", "a.m.", "p.m.", "A.M.", "P.M.")

LEXICONS: dict[str, tuple[str, ...]] = {
    "closings": CLOSINGS,
    "salutations": SALUTATIONS,
    "time_suffixes": TIME_SUFFIXES,
    "number_suffixes": NUMBER_SUFFIXES,
    "abbreviations": ABBREVIATIONS,
    "sentence_final_abbreviations": SENTENCE_FINAL_ABBREVIATIONS,
}
