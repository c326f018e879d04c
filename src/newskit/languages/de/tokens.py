"""German data for tokenization and sentence splitting.

Lexicons (see :mod:`newskit.tokenization` for how each is used):

``abbreviations``
    Words that keep their final period ("Dr.", "Nr."), written without that period. An entry
    of several parts separated by periods ("z.B", "u.a", "i.d.R") matches with or without
    spaces after the inner periods: "z.B." is one token, "z. B." two ("z." and "B."). A
    capitalised variant of every entry is added automatically (sentence-initial "Vgl.", "Z. B.").
``sentence_final_abbreviations``
    Abbreviations that often end a sentence ("usw."): followed by a capitalised word, their
    period also ends the sentence.
``ordinal_preceding`` / ``ordinal_following``
    German writes ordinals as digits with a period ("am 5. September", "im 6. Stock"). A number
    of at most three digits keeps its period when the word before it is in
    ``ordinal_preceding``, when the word after it is in ``ordinal_following`` or starts with a
    lower-case letter, or when it opens a line or a sentence (an enumeration: "2. Soziale ...").
``closings`` / ``salutations``
    The closing and the salutation of a letter or an e-mail ("Viele Grüße", "Hallo"). Opening a
    paragraph or following a sentence, with a comma and a capitalised word after it, a closing
    ends a sentence ("Viele Grüße, Anna"); so does a salutation with at most two words after it
    ("Hallo Peter, Wir ..."). A capitalised variant of every entry is added automatically.
``time_suffixes``
    Words after the clock time of a time stamp ("13.02.2001 20:02 Uhr"): a date with a clock
    time is a sentence of its own, as in e-mail headers, unless lower-case words surround it.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    """Comma-separated entries of one or more words."""
    return tuple(" ".join(part.split()) for part in text.split(",") if part.strip())


ABBREVIATIONS: tuple[str, ...] = _words(
    """
Abb Abg ca Abh Abk Abs Abschn Abt Adr Akad allg Anh Anl Anm Anz App Art Assist Aufl Ausg Az
Bd Bde Bearb Beil Bem Ber Betr Bez bes Bhf Bl Bsp bspw Bt Btl bzgl Bzgl bzw Chr Co Corp Dipl
Dir Dr Dres Dt dt dgl Dtzd ebd Ed ehem eig eigtl einschl engl entspr erg Erl ev evtl exkl
Fa Fam ff Ffm fl Forts Fr frz Frl Gbr geb Gebr gegr gem Gen ges Ges gesch gest Gew ggf ggfs
gr Hbf Hg hl Hl Hr Hrn Hrsg hrsg Inc Ing Inh inkl insb insbes Inst int Jg Jh Jhd Jhdt jr Jr
jun Kap kath Kfm kfm Kfz Kl Komm Kr Kt kgl lat lfd Lkw Lt ltd Ltd Mag max Mill min Mio Mrd
Mr Mrs Ms mtl Nachf Nachw Nds Nr Nrn Obj od Pf Pfd phil Pkt Pkw Pl pp Prof Prov Proz Red
Reg resp Rhld röm rd Sa Sek sen Slg sog So St Std Str stv Tab Tel Tsd Univ urspr usf usw
verh Verf Verl Vers Verw vgl Vj vorm Vors Vz wiss Wz zit zzgl zB zT Jan Feb Febr Mär Apr Aug
Sep Sept Okt Nov Dez Mo Di Mi Do Sa Ziff Ing Mag
z.B z.T z.Zt z.Hd z.d.A z.K u.a u.ä u.a.m u.dgl u.E u.s.w u.U u.v.a u.v.m v.a v.Chr n.Chr
v.l.n.r v.H d.h d.J d.M d.i a.a.O a.D a.M i.A i.d.R i.e i.H.v i.S i.S.v i.Ü i.V i.R o.ä o.g
o.J s.o s.u s.a m.E m.W n.V k.o St.Gallen
"""
)

SENTENCE_FINAL_ABBREVIATIONS: tuple[str, ...] = _words(
    """
usw usf etc u.a u.ä u.a.m u.v.a u.v.m u.dgl ff Co Inc Ltd Corp Chr v.Chr n.Chr
"""
)

ORDINAL_PRECEDING: tuple[str, ...] = _words(
    """
am im zum vom beim ab bis seit zur der die das dem den des ein eine einem einen einer eines
sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere unserem unserer jeder
jede jedem jeden jedes dieser diese diesem diesen dieses zu für auf in an
"""
)

ORDINAL_FOLLOWING: tuple[str, ...] = _words(
    """
Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember
Jan Feb Febr Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
Jahrhundert Jahrhunderts Jahrhunderte Jahrtausend Jahrtausends Jahrestag Jahrestages
Geburtstag Geburtstages Geburtstags Todestag Todestages Hochzeitstag Jubiläum Platz Platzes Rang
Stelle Mal Male Etage Stock Stockwerk Liga Bundesliga Division Klasse Runde Spieltag Spieltages
Etappe Lauf Halbzeit Satz Quartal Quartals Halbjahr Halbjahres Auflage Ausgabe Band Kapitel
Sitzung Legislaturperiode Wahlperiode Parteitag Weltkrieg Weltkrieges Weltkriegs Armee Korps
Bezirk Bezirks Kongress Gipfel Sinfonie Symphonie Tag Woche Monat Jahr Lebensjahr Lebensjahres
"""
)

CLOSINGS: tuple[str, ...] = _phrases(
    """
    Mit freundlichen Grüßen, Mit besten Grüßen, Freundliche Grüße, Viele Grüße, Beste Grüße,
    Liebe Grüße, Herzliche Grüße, Schöne Grüße, Grüße, Gruß
    """
)

SALUTATIONS: tuple[str, ...] = _phrases(
    "Hallo, Sehr geehrte, Sehr geehrter, Sehr geehrte Damen und Herren, Guten Tag"
)

TIME_SUFFIXES: tuple[str, ...] = ("Uhr",)

LEXICONS: dict[str, tuple[str, ...]] = {
    "closings": CLOSINGS,
    "salutations": SALUTATIONS,
    "time_suffixes": TIME_SUFFIXES,
    "abbreviations": ABBREVIATIONS,
    "sentence_final_abbreviations": SENTENCE_FINAL_ABBREVIATIONS,
    "ordinal_preceding": ORDINAL_PRECEDING,
    "ordinal_following": ORDINAL_FOLLOWING,
}
