"""German data for statement attribution (cue verbs, prepositional cues, Konjunktiv forms)."""

LEXICONS: dict[str, tuple[str, ...]] = {}
