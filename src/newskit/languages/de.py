"""German language data."""

from __future__ import annotations

from ..registrations import Language

#: Frequent function words; language identification scores texts by them.
STOPWORDS = """
der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an
werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war
haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom schon wenn
habe seine ihre dann unter wir soll ich eines jahr zwei jahren diese dieser wieder keine seiner
worden und ob hier sagte seit ihr uns zwischen sowie beim damit doch denn weil immer
""".split()

#: Abbreviations that end in a period which does not end the sentence (without the period).
ABBREVIATIONS = """
Abb Abs Abt Adr Anm Art Aufl Bd Bde Bhf Bsp Bzw bzw ca Chr Co Dipl Dir Dr Dres Dt dt ebd
eh ehem eig etc ev evtl Fa Fam Ffm Fr Frl geb gegr Gebr gem Ges ggf gr Hbf hl Hr Hrn Hrsg
Ing Inh inkl Jh Jhd jr Jr jun Kap kath Kfm kgl Kl lfd Lt ltd Mag max Mio Mill min Mrd Mr Mrs
Ms Nr Nrn Obj od Pf Pfd Pkt Pl pp Prof Prov Red resp Rhld röm Sa Sek sen sog Sr St Std Str
Tel Tsd u.a u.ä u.a.m u.dgl u.s.w usw v.a v.Chr v.l.n.r vgl Vors Vz Wz z.B z.T z.Zt zzgl
Z.B bspw d.h D.h a.D i.A i.d.R i.e i.V i.R o.ä o.g s.o s.u u.U z.Hd Jan Feb Mär Apr Aug Sep
Sept Okt Nov Dez Mo Di Mi Do Fr So Abg Bzgl bzgl Gen Hl Kfz Lkw Pkw Reg Ref Rep Bf
""".split()

LANGUAGE = Language.from_mapping(
    "de",
    "German",
    {"stopwords": STOPWORDS, "abbreviations": ABBREVIATIONS},
)
