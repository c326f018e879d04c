"""Statement attribution: who said what, built from rules and per-language lexicons.

The modules split the work by concern:

- :mod:`.lexicon` compiles a language's ``quote_*`` lexicons (cached per language);
- :mod:`.document` is a token/sentence/paragraph view of the analysed article;
- :mod:`.quotemarks` pairs quotation marks, recovering locally from unbalanced ones;
- :mod:`.cues` finds cue verbs (with separable particles) and prepositional cues;
- :mod:`.phrases` finds the speaker's noun phrase around a cue;
- :mod:`.direct` attributes quoted passages; :mod:`.indirect` finds indirect, reported and free
  indirect speech;
- :mod:`.speakers` links speaker mentions to actors (or creates actors with ids "q1", "q2", …);
- :mod:`.engine` puts it together: :func:`attribute`.
"""

from __future__ import annotations

from .engine import attribute

__all__ = ["attribute"]
