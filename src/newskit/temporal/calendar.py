"""Calendar arithmetic and TIMEX3 value strings (language-independent).

A point in time is kept as a :class:`Point`: a date and the granularity it is known to
(``Y`` year, ``Q`` quarter, ``M`` month, ``W`` ISO week, ``D`` day). Values follow TIMEX3:
``2023``, ``2023-Q3``, ``2023-09``, ``2023-W36``, ``2023-09-05``, ``2023-SU``, ``199`` (a
decade), ``19`` (a century), ``BC0490``; underspecified parts are ``X`` (``XXXX-09-05``).
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs

__all__ = ["Point", "add", "easter", "format_value", "nth_weekday", "shift_weekday"]

#: Granularity order, coarse to fine.
ORDER = {"CE": 0, "DE": 1, "Y": 2, "Q": 3, "M": 4, "W": 5, "D": 6}


@attrs.frozen
class Point:
    """A date known to a granularity (the anchor of relative expressions)."""

    date: dt.date
    granularity: str = "D"
    source: str = "text"

    def at_least(self, granularity: str) -> bool:
        """True when this point is known at least to ``granularity``."""
        mine = ORDER.get(self.granularity, 6)
        if self.granularity == "W" and granularity == "M":
            return False
        return mine >= ORDER.get(granularity, 6)


def add_months(date: dt.date, months: int) -> dt.date:
    total = date.year * 12 + date.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def add(date: dt.date, unit: str, amount: int) -> dt.date:
    """``date`` moved by ``amount`` units (Y, Q, M, W, D, DE, CE, WE)."""
    try:
        if unit == "D":
            return date + dt.timedelta(days=amount)
        if unit in ("W", "WE"):
            return date + dt.timedelta(weeks=amount)
        if unit == "M":
            return add_months(date, amount)
        if unit == "Q":
            return add_months(date, 3 * amount)
        if unit == "Y":
            return add_months(date, 12 * amount)
        if unit == "DE":
            return add_months(date, 120 * amount)
        if unit == "CE":
            return add_months(date, 1200 * amount)
    except OverflowError:
        return date
    return date


def format_value(date: dt.date, granularity: str) -> str:
    """The TIMEX3 value of ``date`` at a granularity (``WE`` = the weekend of its week)."""
    if granularity == "D":
        return date.isoformat()
    if granularity == "M":
        return f"{date.year:04d}-{date.month:02d}"
    if granularity == "Y":
        return f"{date.year:04d}"
    if granularity == "Q":
        return f"{date.year:04d}-Q{(date.month - 1) // 3 + 1}"
    if granularity in ("W", "WE"):
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "WE" else "")
    if granularity == "DE":
        return f"{date.year // 10:03d}"
    if granularity == "CE":
        return f"{date.year // 100:02d}"
    return date.isoformat()


def underspecified(granularity: str) -> str:
    """The value of a relative expression that has no anchor."""
    return {
        "D": "XXXX-XX-XX",
        "M": "XXXX-XX",
        "Y": "XXXX",
        "Q": "XXXX-QX",
        "W": "XXXX-WXX",
        "WE": "XXXX-WXX-WE",
        "DE": "XXX",
        "CE": "XX",
    }.get(granularity, "XXXX-XX-XX")


def shift_weekday(reference: dt.date, weekday: int, direction: int, *, inclusive: bool) -> dt.date:
    """The ``weekday`` (ISO, Monday = 1) before (direction < 0) or after ``reference``;
    ``inclusive`` lets the reference day itself qualify."""
    current = reference.isoweekday()
    if direction < 0:
        back = (current - weekday) % 7
        if back == 0 and not inclusive:
            back = 7
        return reference - dt.timedelta(days=back)
    forward = (weekday - current) % 7
    if forward == 0 and not inclusive:
        forward = 7
    return reference + dt.timedelta(days=forward)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


_WEEKDAY_CODES = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}


def nth_weekday(year: int, month: int, code: str) -> dt.date | None:
    """``code`` like ``TH4`` (fourth Thursday) or ``MOL`` (last Monday) of a month."""
    weekday = _WEEKDAY_CODES.get(code[:2])
    if weekday is None:
        return None
    which = code[2:]
    if which == "L":
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return shift_weekday(last, weekday, -1, inclusive=True)
    if not which.isdigit():
        return None
    first = shift_weekday(dt.date(year, month, 1), weekday, 1, inclusive=True)
    result = first + dt.timedelta(weeks=int(which) - 1)
    return result if result.month == month else None


def holiday(year: int, spec: str) -> dt.date | None:
    """The date of a holiday in ``year`` from its data spec (``12-25``, ``E+49``, ``11-TH4``,
    ``11-MO1+1`` for the Tuesday after the first Monday of November)."""
    try:
        if spec.startswith("E"):
            return easter(year) + dt.timedelta(days=int(spec[1:]))
        month, _, rest = spec.partition("-")
        if rest.isdigit():
            return dt.date(year, int(month), int(rest))
        rest, _, days = rest.partition("+")  # "11-MO1+1": the day after the first Monday
        date = nth_weekday(year, int(month), rest)
        return date + dt.timedelta(days=int(days)) if date is not None and days else date
    except ValueError:
        return None
