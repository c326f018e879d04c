"""German data for tokenization and sentence splitting."""

#: Abbreviations whose final period does not end the sentence (written without that period).
ABBREVIATIONS: tuple[str, ...] = tuple(
    """
Abb Abs Abt Adr Anm Art Aufl Bd Bde Bhf Bsp Bzw bzw ca Chr Co Dipl Dir Dr Dres Dt dt ebd
eh ehem eig etc ev evtl Fa Fam Ffm Fr Frl geb gegr Gebr gem Ges ggf gr Hbf hl Hr Hrn Hrsg
Ing Inh inkl Jh Jhd jr Jr jun Kap kath Kfm kgl Kl lfd Lt ltd Mag max Mio Mill min Mrd Mr Mrs
Ms Nr Nrn Obj od Pf Pfd Pkt Pl pp Prof Prov Red resp Rhld röm Sa Sek sen sog Sr St Std Str
Tel Tsd u.a u.ä u.a.m u.dgl u.s.w usw v.a v.Chr v.l.n.r vgl Vors Vz Wz z.B z.T z.Zt zzgl
Z.B bspw d.h D.h a.D i.A i.d.R i.e i.V i.R o.ä o.g s.o s.u u.U z.Hd Jan Feb Mär Apr Aug Sep
Sept Okt Nov Dez Mo Di Mi Do Fr So Abg Bzgl bzgl Gen Hl Kfz Lkw Pkw Reg Ref Rep Bf
""".split()
)
