"""English data for tokenization and sentence splitting."""

#: Abbreviations whose final period does not end the sentence (written without that period).
ABBREVIATIONS: tuple[str, ...] = tuple(
    """
Mr Mrs Ms Dr Prof Sr Jr St Mt Gen Col Lt Sgt Capt Cmdr Adm Gov Sen Rep Rev Hon Pres Supt
Insp Det Maj Messrs Mmes Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed
Thu Thur Thurs Fri Sat Sun Inc Ltd Co Corp Bros vs etc e.g i.e U.S U.K U.N E.U a.m p.m No
Nos Vol Vols Fig Figs approx Ave Blvd Rd Hwy Ft Ariz Calif Colo Conn Fla Ga Ill Ind Kan Ky
La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo D.C
""".split()
)
