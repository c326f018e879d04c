"""English language data."""

from __future__ import annotations

from ..registrations import Language

#: Frequent function words; language identification scores texts by them.
STOPWORDS = """
the of and to a in that is was he for it with as his on be at by i this had not are but from or
have an they which one you were her all she there would their we him been has when who will more
no if out so said what up its about into than them can only other new some could time these two
may then do first any my now such like our over man me even most made after also did many before
must through back years where much your way well down should because each just those people
""".split()

#: Abbreviations that end in a period which does not end the sentence (without the period).
ABBREVIATIONS = """
Mr Mrs Ms Dr Prof Sr Jr St Mt Gen Col Lt Sgt Capt Cmdr Adm Gov Sen Rep Rev Hon Pres Supt
Insp Det Maj Messrs Mmes Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed
Thu Thur Thurs Fri Sat Sun Inc Ltd Co Corp Bros vs etc e.g i.e U.S U.K U.N E.U a.m p.m No
Nos Vol Vols Fig Figs approx Ave Blvd Rd Hwy Ft Ariz Calif Colo Conn Fla Ga Ill Ind Kan Ky
La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo D.C
""".split()

LANGUAGE = Language.from_mapping(
    "en",
    "English",
    {"stopwords": STOPWORDS, "abbreviations": ABBREVIATIONS},
)
