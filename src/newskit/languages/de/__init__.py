"""German language data, one module per component; ``LANGUAGE`` combines them."""

from __future__ import annotations

from ...registrations import Language
from . import actors, dates, langid, quotes, tokens

LANGUAGE = Language.from_mapping(
    "de",
    "German",
    {
        **langid.LEXICONS,
        **tokens.LEXICONS,
        **actors.LEXICONS,
        **quotes.LEXICONS,
        **dates.LEXICONS,
    },
)
