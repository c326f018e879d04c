"""German data for actor recognition (titles, roles, given names, organisation cues)."""

LEXICONS: dict[str, tuple[str, ...]] = {}
