"""German data for temporal expressions (month and weekday names, relative expressions)."""

LEXICONS: dict[str, tuple[str, ...]] = {}
