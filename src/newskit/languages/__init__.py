"""Language data: one module per language, each defining ``LANGUAGE``.

Linguistic knowledge lives here, apart from the matching code: a new language is a new module
(or a plugin registering a :class:`~newskit.registrations.Language`).
"""
