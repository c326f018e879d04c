"""The code of recognition that builds attrs model objects, kept uncompiled on purpose.

The other recognition modules are compiled with mypyc (setup.py), whose access to the slots of
a non-compiled class (``Span`` and ``Actor`` are attrs classes) is a generic look-up; CPython's
specialising interpreter sets those slots about twice as fast. (Token offsets are read the same
way, by ``model._offset_lists``.)
"""

from __future__ import annotations

from typing import Final

import attrs

from ..model import Actor, ActorKind, Span

__all__ = ["FAST", "actor", "span"]


# Spans and actors are built from offsets and values recognition has already made valid (token
# offsets, tuples of spans and strings, an ActorKind), so they skip the attrs converters and
# validators: the slots are set directly. This holds only while the classes have exactly the
# fields listed here; otherwise (a field added to the model) the validated constructors are used.
_new_object = object.__new__
_SPAN_FIELDS = ("start", "end")
_ACTOR_FIELDS = ("id", "name", "kind", "mentions", "roles", "aliases", "code", "refers_to")
FAST: Final = (
    tuple(f.name for f in attrs.fields(Span)) == _SPAN_FIELDS
    and tuple(f.name for f in attrs.fields(Actor)) == _ACTOR_FIELDS
    and all(name in Span.__dict__ for name in _SPAN_FIELDS)
    and all(name in Actor.__dict__ for name in _ACTOR_FIELDS)
)
if FAST:
    _set_span_start, _set_span_end = (Span.__dict__[name].__set__ for name in _SPAN_FIELDS)
    _ACTOR_SETTERS = tuple(Actor.__dict__[name].__set__ for name in _ACTOR_FIELDS)


def span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known to be valid (``0 <= start <= end``)."""
    if not FAST:
        return Span(start, end)
    made = _new_object(Span)
    _set_span_start(made, start)
    _set_span_end(made, end)
    return made


def actor(id_: str, name: str, kind: ActorKind, mentions: tuple[Span, ...],
          roles: tuple[Span, ...], aliases: tuple[str, ...], code: str | None,
          refers_to: str | None) -> Actor:
    """``Actor(...)`` for values of the right types (tuples, an ActorKind, strings)."""
    if not FAST:
        return Actor(id_, name, kind, mentions, roles, aliases, code, refers_to)
    made = _new_object(Actor)
    (set_id, set_name, set_kind, set_mentions, set_roles, set_aliases, set_code,
     set_refers_to) = _ACTOR_SETTERS
    set_id(made, id_)
    set_name(made, name)
    set_kind(made, kind)
    set_mentions(made, mentions)
    set_roles(made, roles)
    set_aliases(made, aliases)
    set_code(made, code)
    set_refers_to(made, refers_to)
    return made
