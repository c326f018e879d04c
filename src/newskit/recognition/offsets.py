"""Token offsets as two lists, read in the interpreter on purpose.

The recognition modules are compiled with mypyc (setup.py), whose access to the attributes of a
non-compiled class (``Token`` is an attrs class) is a generic look-up. CPython's specialising
interpreter reads those slots about twice as fast, so this module stays uncompiled.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token

__all__ = ["token_offsets"]


def token_offsets(tokens: Sequence[Token]) -> tuple[list[int], list[int]]:
    """The start offsets and the end offsets of ``tokens``."""
    return [token.start for token in tokens], [token.end for token in tokens]
