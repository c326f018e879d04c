"""Language data: one module per language, each defining ``LANGUAGE``.

Linguistic knowledge lives here, apart from the matching code: a new language is a new module
(or a plugin registering a :class:`~newskit.registrations.Language`).
"""


def entry_lines(text: str) -> tuple[str, ...]:
    """Lexicon entries written one a line: blank lines and ``#`` comment lines are skipped."""
    return tuple(
        stripped
        for stripped in (line.strip() for line in text.splitlines())
        if stripped and not stripped.startswith("#")
    )
