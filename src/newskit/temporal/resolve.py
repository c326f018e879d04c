"""Normalise rule matches to TIMEX3 values (language-independent).

Each rule of a language has a *kind*; the kind says what the filled fields mean:

``date``      an absolute or partly absolute date: ``day``, ``month``/``mnum``, ``year``/``yy``,
              ``season``, ``holiday``, ``era``, ``mod``; a missing year comes from the anchor
              (``shift`` as in "last November", ``yshift`` as in "März des folgenden Jahres").
``year``      a year (``year`` or ``smallyear`` with ``era``).
``decade``    ``decade`` ("1990") or ``dec2`` ("90") -> ``199``.
``century``   ``cnum`` ordinal century (or millennium with a ``millennium`` flag) -> ``19``.
``quarter``   ``ord``/``qnum`` with optional ``year`` -> ``2023-Q3``.
``half``      ``half`` (1 or 2) with optional ``year`` -> ``2023-H2``.
``time``      ``hour``, ``minute``, ``ampm``, ``clock``, ``dpart_adv`` -> ``2023-09-05T14:30``.
``deictic``   ``deictic`` day offset from the publication date (today, gestern), ``dpart``.
``weekday``   ``weekday`` with optional ``shift`` and part of day; bare weekdays use the tense.
``relative``  ``shift`` + ``unit`` ("letzten Monat", "next week"), ``mod`` ("Anfang des Jahres").
``offset``    ``num`` ``unit`` before/after the anchor (``dir``/``dir_pre``: "vor drei Jahren").
``duration``  ``num`` + ``unit`` -> ``P2Y``; ``quant`` gives the mod (MORE_THAN, APPROX...).
``vague``     an unquantified span ("seit Jahren", "jahrelang") -> ``PXY``.
``set``       a recurrence: ``weekday`` (``XXXX-WXX-1``), ``unit`` (``P1W``) or ``freq``.
``ref``       PRESENT_REF, PAST_REF, FUTURE_REF.
``partofday`` a part of the day on the anchor day ("nachts" -> ``2023-09-05TNI``).

Anchoring: ``deictic`` and ``ref`` expressions always use the publication date; everything else
uses the *anchor*, which is the publication date in ``published`` mode and, in ``narrative``
mode, the last date the text itself mentioned (starting from the publication date). Without
any anchor, values are underspecified (``XXXX-09-05``, ``XXXX-WXX-2``, ``XXXX-XX``).
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ..model import TimexType
from . import calendar as cal
from .grammar import Grammar, Match
from .tense import direction

__all__ = ["Resolution", "Resolver"]

_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")

#: In narrative mode, a month this many months or more before the anchor's month is taken to be
#: in the following year.
_FORWARD = 12

#: How much further a month ahead of the publication date counts than one behind it when a
#: month without a year is placed in the nearest year.
_FUTURE_WEIGHT = 2.0

#: A month (day) without a year this close to the publication date is taken as the nearest one
#: whatever the tense ("by Jan. 14" in an article of Jan. 6).
_CLOSE_DAYS = 180

#: The month a season begins in (a winter belongs to the year it begins in).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: In narrative mode, a bare year further than this from a month-level anchor does not move it.
_YEAR_JUMP = 2


@attrs.frozen
class Resolution:
    value: str
    type: TimexType
    modifier: str | None = None


def _int(text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    try:
        return int(text.strip().rstrip("."))
    except ValueError:
        return None


class Resolver:
    """Turns the matches of one text into values, keeping the narrative anchor."""

    def __init__(
        self, grammar: Grammar, text: str, published: dt.date | None, narrative: bool
    ) -> None:
        self.grammar = grammar
        self.text = text
        self.published = published
        self.narrative = narrative
        self.quarter: tuple[int, int] | None = None  # the quarter the text last named
        # the date the text last named; in news "that year", "the following year" count from it
        self.mentioned: cal.Point | None = None
        self.anchor: cal.Point | None = (
            cal.Point(published, source="published") if published else None
        )

    # --- helpers ------------------------------------------------------------------------------

    def _look(self, lexicon: str, text: str | None) -> str | None:
        if text is None:
            return None
        return self.grammar.lookup(lexicon, text)

    def _number(self, text: str | None) -> float | str | None:
        """A count: digits, a number word, ``"X"`` for vague ones, 1 when empty."""
        if text is None or text == "":
            return 1.0
        stripped = text.strip()
        if stripped.replace(".", "").replace(",", "").isdigit():
            if _THOUSANDS.fullmatch(stripped):  # "1.000 Minuten", "1,000 years"
                return float(stripped.replace(".", "").replace(",", ""))
            try:
                return float(stripped.replace(",", "."))
            except ValueError:
                return None
        value = self._look("num", stripped)
        if value is None:
            return None
        if value == "X":
            return "X"
        return float(value)

    def _unit(self, fields: dict[str, str]) -> str | None:
        for name in ("unit", "unit_pl", "unit_adv", "unit_adj", "period"):
            if name in fields:
                return self._look(name, fields[name])
        return None

    def _shift(self, fields: dict[str, str], name: str = "shift") -> int | None:
        if name not in fields:
            return None
        value = self._look("shift", fields[name])
        if value is None:
            return None
        return int(value)

    def _mod(self, fields: dict[str, str]) -> str | None:
        return self._look("mod", fields.get("mod")) or None

    def _month(self, fields: dict[str, str]) -> int | None:
        if "month" in fields:
            value = self._look("month", fields["month"])
            return int(value) if value else None
        return _int(fields.get("mnum"))

    def _set_anchor(self, date: dt.date, granularity: str) -> None:
        self.mentioned = cal.Point(date, granularity)
        if self.narrative:
            self.anchor = cal.Point(date, granularity)

    def _reference(self, granularity: str) -> cal.Point | None:
        """The anchor if it is known at least to ``granularity``."""
        anchor = self.anchor
        if anchor is None:
            return None
        return anchor

    def _direction(self, match: Match) -> int:
        """The tense of the clause around a match: +1 future, -1 past, 0 unmarked."""
        grammar = self.grammar
        return direction(self.text, match.start, match.end, grammar.future, grammar.past,
                         grammar.backshift)

    def _forward_cue(self, start: int) -> bool:
        """Whether a word of ``dates_forward_cues`` stands right before ``start``."""
        for cue in self.grammar.forward.finditer(self.text, max(0, start - 40), start):
            if not self.text[cue.end() : start].strip():
                return True
        return False

    def _era_year(self, year: int, fields: dict[str, str]) -> str:
        era = self._look("era", fields.get("era"))
        if era == "BC":
            return f"BC{year:04d}"
        return f"{year:04d}"

    # --- kinds --------------------------------------------------------------------------------

    def resolve(self, match: Match) -> Resolution | None:
        method = getattr(self, f"_kind_{match.kind}", None)
        if method is None:
            return None
        try:
            return method(match, match.fields)
        except (ValueError, OverflowError):
            return None

    def _kind_date(self, match: Match, f: dict[str, str]) -> Resolution | None:
        mod = self._mod(f)
        day = _int(f.get("day"))
        month = self._month(f)
        season = self._look("season", f.get("season"))
        year = _int(f.get("year"))
        if year is None and "yearword" in f:
            year = _int(self._look("yearword", f["yearword"]))  # "nineteen ninety-six"
        era = self._look("era", f.get("era"))
        if year is None and "yy" in f:
            year = self._expand_yy(int(f["yy"]))
        spec = self._look("holiday", f.get("holiday"))
        anchor = self.anchor
        if year is None:
            yshift = self._shift(f, "yshift")
            shift = self._shift(f, "shift")
            if anchor is None:
                if spec is not None and spec[:2].isdigit() and spec[3:].isdigit():
                    return Resolution(f"XXXX-{spec}", TimexType.DATE, mod)
                return Resolution(self._partial("XXXX", month, day, season), TimexType.DATE, mod)
            if yshift is not None:
                year = anchor.date.year + yshift
            elif shift is not None and month is not None and shift != 0:
                if shift < 0:
                    year = anchor.date.year if month < anchor.date.month else anchor.date.year - 1
                else:
                    year = anchor.date.year if month > anchor.date.month else anchor.date.year + 1
            elif shift == 0 and month is not None:
                # "this September" is the one of the anchor's year
                year = anchor.date.year
            elif shift is not None and season is not None and shift != 0:
                year = anchor.date.year + (1 if shift > 0 else -1)
                start = _SEASON_START.get(season)
                if (
                    start is not None
                    and self._look("nearest", f.get("shift")) is not None
                    and (start < anchor.date.month) == (shift < 0)
                ):
                    # "this past spring" in October is this year's, "last spring" last year's
                    year = anchor.date.year
            elif self.narrative and month is not None and anchor.at_least("M"):
                # a story moves forward: "Dezember 1862 ... 1. Januar" is January 1863
                year = anchor.date.year + (1 if month < anchor.date.month - _FORWARD else 0)
            elif spec is not None and spec[:2].isdigit():
                year = self._nearest_year(anchor.date, int(spec[:2]), 15)
            elif self.narrative or month is None or not anchor.at_least("M"):
                year = anchor.date.year
            else:
                # news: the nearest such month (one ahead counting _FUTURE_WEIGHT times
                # further); when that is more than _CLOSE_DAYS away, the one on the side the
                # clause's tense points to ("trat im März zurück", "will launch in December")
                year = self._nearest_year(anchor.date, month, day or 15)
                gap = abs((dt.date(year, month, min(day or 15, 28)) - anchor.date).days)
                if gap > _CLOSE_DAYS:
                    sign = self._direction(match)
                    if sign:
                        year = self._year_towards(anchor.date, month, day, sign)
        if spec is not None:
            date = cal.holiday(year, spec)
            if date is None:
                return None
            self._set_anchor(date, "D")
            return Resolution(date.isoformat(), TimexType.DATE, mod)
        if era == "BC":
            return Resolution(
                self._partial(f"BC{year:04d}", month, day, season), TimexType.DATE, mod
            )
        if month is not None and day is not None:
            date = dt.date(year, month, day)
            self._set_anchor(date, "D")
            if "week" in f:
                return Resolution(cal.format_value(date, "W"), TimexType.DATE, mod)
            part = self._look("dpart", f.get("dpart"))
            if part:
                return Resolution(f"{date.isoformat()}T{part}", TimexType.TIME, mod)
            return Resolution(date.isoformat(), TimexType.DATE, mod)
        if month is not None:
            self._set_anchor(dt.date(year, month, 1), "M")
            return Resolution(f"{year:04d}-{month:02d}", TimexType.DATE, mod)
        if season is not None:
            return Resolution(f"{year:04d}-{season}", TimexType.DATE, mod)
        if "decadeflag" in f:
            return Resolution(f"{year // 10:03d}", TimexType.DATE, mod)
        self._set_anchor_year(year)
        return Resolution(f"{year:04d}", TimexType.DATE, mod)

    def _set_anchor_year(self, year: int) -> None:
        """A bare year moves the narrative anchor only when it is plausibly the narrative's
        own time: the anchor is no finer than a year, or the year is within two years of it
        (a count such as "1370 Landungsboote" or a side remark does not derail the story)."""
        if not self.narrative:
            if self.mentioned is None or self.mentioned.date.year != year:
                self.mentioned = cal.Point(dt.date(year, 1, 1), "Y")
            return
        anchor = self.anchor
        if (
            anchor is None
            or anchor.source == "published"
            or abs(anchor.date.year - year) <= _YEAR_JUMP
        ) and (anchor is None or anchor.date.year != year):
            self.anchor = cal.Point(dt.date(year, 1, 1), "Y")

    @staticmethod
    def _partial(year: str, month: int | None, day: int | None, season: str | None) -> str:
        if month is not None and day is not None:
            return f"{year}-{month:02d}-{day:02d}"
        if month is not None:
            return f"{year}-{month:02d}"
        if season is not None:
            return f"{year}-{season}"
        return year

    def _expand_yy(self, yy: int) -> int:
        base = (
            self.anchor.date.year
            if self.anchor
            else (self.published.year if self.published else 2000)
        )
        candidates = [c * 100 + yy for c in (base // 100 - 1, base // 100, base // 100 + 1)]
        return min(candidates, key=lambda y: abs(y - base) if y <= base + 10 else 10_000)

    @staticmethod
    def _year_towards(reference: dt.date, month: int, day: int | None, sign: int) -> int:
        """The year putting ``month`` (``day``) on or before (sign < 0) or on or after
        (sign > 0) the reference; the reference's own month qualifies either way."""
        if month == reference.month and day is None:
            return reference.year
        key = (month, day if day is not None else (1 if sign < 0 else 31))
        here = (reference.month, reference.day)
        if sign < 0:
            return reference.year if key <= here else reference.year - 1
        return reference.year if key >= here else reference.year + 1

    @staticmethod
    def _nearest_year(reference: dt.date, month: int, day: int) -> int:
        best = reference.year
        best_distance = None
        for year in (reference.year - 1, reference.year, reference.year + 1):
            try:
                candidate = dt.date(year, month, min(day, 28))
            except ValueError:
                continue
            days = (candidate - reference).days
            # news mostly reports what happened: a date ahead counts as _FUTURE_WEIGHT times
            # further away than one behind
            distance = days * _FUTURE_WEIGHT if days > 0 else float(-days)
            if best_distance is None or distance < best_distance:
                best, best_distance = year, distance
        return best

    def _kind_year(self, match: Match, f: dict[str, str]) -> Resolution | None:
        year = _int(f.get("year")) or _int(f.get("smallyear"))
        if year is None:
            return None
        value = self._era_year(year, f)
        if not value.startswith("BC"):
            self._set_anchor_year(year)
        return Resolution(value, TimexType.DATE, self._mod(f))

    def _kind_decade(self, match: Match, f: dict[str, str]) -> Resolution | None:
        word = self._look("decade_word", f.get("decade_word"))
        if word is not None:
            century = self.anchor.date.year // 100 if self.anchor else 19
            if self.anchor and century * 100 + int(word) * 10 > self.anchor.date.year:
                century -= 1
            return Resolution(f"{century:02d}{word}", TimexType.DATE)
        if "decade" in f:
            return Resolution(f["decade"][:3], TimexType.DATE)
        century = self.anchor.date.year // 100 if self.anchor else 19
        two = int(f["dec2"])
        if self.anchor and century * 100 + two > self.anchor.date.year:
            century -= 1
        return Resolution(f"{century:02d}{two // 10}", TimexType.DATE)

    def _kind_century(self, match: Match, f: dict[str, str]) -> Resolution | None:
        number = _int(f.get("cnum"))
        if not number:
            return None
        era = self._look("era", f.get("era"))
        if "millennium" in f:
            return Resolution(("BC" if era == "BC" else "") + f"{number - 1}", TimexType.DATE)
        return Resolution(("BC" if era == "BC" else "") + f"{number - 1:02d}", TimexType.DATE)

    def _kind_quarter(self, match: Match, f: dict[str, str]) -> Resolution | None:
        quarter = _int(f.get("qnum"))
        if quarter is None:
            value = self._look("ord", f.get("ord"))
            quarter = int(value) if value else None
        if quarter is None or not 1 <= quarter <= 4:
            return None
        year = _int(f.get("year"))
        if year is None:
            if self.anchor is None:
                return Resolution(f"XXXX-Q{quarter}", TimexType.DATE)
            year = self.anchor.date.year
            shift = self._shift(f)
            yshift = self._shift(f, "yshift")
            if shift:
                year += shift
            elif yshift is not None:
                year += yshift
            elif self.anchor.at_least("M") and quarter > (self.anchor.date.month - 1) // 3 + 1:
                # a quarter still ahead this year: reported in a past-tense clause it is last
                # year's ("the fourth quarter" in January's earnings news)
                sign = self._direction(match)
                if sign <= 0:
                    year -= 1
        if (
            self.published is None
            or self.narrative
            or dt.date(year, 3 * quarter, 1) <= self.published
            or (
                # the quarter of the publication date itself, reported in the past tense: a
                # fiscal quarter that is over ("reported a decline in fourth-quarter earnings")
                (year, quarter) == (self.published.year, (self.published.month - 1) // 3 + 1)
                and self._direction(match) < 0
            )
        ):
            # the quarter a report speaks of (one that is over or nearly so); a forecast
            # ("into the fourth quarter") is not what "a year ago" compares with
            self.quarter = (year, quarter)
        return Resolution(f"{year:04d}-Q{quarter}", TimexType.DATE)

    def _kind_half(self, match: Match, f: dict[str, str]) -> Resolution | None:
        half = _int(self._look("half", f.get("half")))
        if half not in (1, 2):
            return None
        year = _int(f.get("year"))
        if year is None:
            if self.anchor is None:
                return Resolution(f"XXXX-H{half}", TimexType.DATE)
            year = self.anchor.date.year
        else:
            self._set_anchor_year(year)
        return Resolution(f"{year:04d}-H{half}", TimexType.DATE)

    def _kind_time(self, match: Match, f: dict[str, str]) -> Resolution | None:
        if "clock" in f:
            clock = self._look("clock", f["clock"]) or ""
            hour_text, _, minute_text = clock.partition(":")
            hour, minute = int(hour_text), int(minute_text or 0)
        else:
            hour_or_none = _int(f.get("hour"))
            minute = _int(f.get("minute")) or 0
            if hour_or_none is None:
                return None
            hour = hour_or_none
            ampm = self._look("ampm", f.get("ampm"))
            if ampm == "PM" and hour < 12:
                hour += 12
            elif ampm == "AM" and hour == 12:
                hour = 0
            part = self._look("dpart_adv", f.get("dpart_adv"))
            if part in ("AF", "EV", "NI") and hour < 12 and not (part == "NI" and hour < 5):
                hour += 12
        if hour > 24:
            return None
        day = self._day_prefix()
        if "weekday" in f or "month" in f or "deictic" in f:
            # "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "um 8 Uhr gestern"
            kind = "weekday" if "weekday" in f else "deictic" if "deictic" in f else "date"
            dated = self.resolve(Match(kind, match.start, match.end, f))
            if dated is not None and "T" not in dated.value:
                day = dated.value
        return Resolution(f"{day}T{hour:02d}:{minute:02d}", TimexType.TIME)

    def _day_prefix(self) -> str:
        anchor = self.anchor
        if anchor is None:
            return "XXXX-XX-XX"
        if anchor.at_least("D"):
            return anchor.date.isoformat()
        return cal.format_value(anchor.date, anchor.granularity)

    def _kind_deictic(self, match: Match, f: dict[str, str]) -> Resolution | None:
        text = f.get("deictic")
        offset = 0 if not text else _int(self._look("deictic", text))
        if offset is None:
            return None
        part = self._look("dpart", f.get("dpart")) or self._look(
            "dpart_suffix", f.get("dpart_suffix")
        )
        if part is None and text:
            part = self._look("deictic_part", text)  # "tonight", "last night"
        if self.narrative and offset == 0 and not part:
            # in a history "heute" is the present of the writer, not a day of the story
            return Resolution("PRESENT_REF", TimexType.DATE)
        if self.published is None:
            day = "XXXX-XX-XX"
        else:
            day = (self.published + dt.timedelta(days=offset)).isoformat()
        if part:
            return Resolution(f"{day}T{part}", TimexType.TIME)
        return Resolution(day, TimexType.DATE)

    def _kind_weekday(self, match: Match, f: dict[str, str]) -> Resolution | None:
        weekday = _int(self._look("weekday", f.get("weekday")))
        if weekday is None:
            return None
        part = self._look("dpart", f.get("dpart")) or self._look(
            "dpart_suffix", f.get("dpart_suffix")
        )
        anchor = self.anchor
        suffix = f"T{part}" if part else ""
        kind = TimexType.TIME if part else TimexType.DATE
        if anchor is None or not anchor.at_least("D"):
            return Resolution(f"XXXX-WXX-{weekday}{suffix}", kind)
        shift = self._shift(f)
        mentioned = self.mentioned
        if (
            shift is not None
            and shift != 0
            and not self.narrative
            and mentioned is not None
            and mentioned.at_least("D")
            and self._look("anaphoric", f.get("shift")) is not None
        ):
            # "down from the previous Friday": the one before the day the text last named
            anchor = mentioned
        if shift is None or shift == 0:
            sign = self._direction(match)
            if sign == 0 and self._forward_cue(match.start):
                sign = 1  # "ab Donnerstag", "bis Freitag" in a clause without a tense marker
            date = cal.shift_weekday(anchor.date, weekday, sign or -1, inclusive=True)
        else:
            date = cal.shift_weekday(anchor.date, weekday, shift, inclusive=False)
            if abs(shift) > 1:
                date = cal.add(date, "W", shift - (1 if shift > 0 else -1))
        if not self.narrative:
            self.mentioned = cal.Point(date, "D")
        return Resolution(date.isoformat() + suffix, kind)

    def _kind_relative(self, match: Match, f: dict[str, str]) -> Resolution | None:
        compound = self._look("compound", f.get("compound"))
        unit: str | None
        mod: str | None
        if compound is not None:
            unit, shift_text, mod_text = ([*compound.split(":"), "", "", ""])[:3]
            shift = int(shift_text or 0)
            mod = mod_text or None
        else:
            unit = self._unit(f)
            shift = self._shift(f) or 0
            mod = self._mod(f)
        if unit is None or unit in ("H", "MIN", "S"):
            return None
        if unit == "Q" and shift == 0 and self.quarter is None and "latest" in f:
            # "the latest period" before any quarter was named: the last one that is over
            shift = -1
        if (
            unit == "Q"
            and shift == 0
            and self.quarter is not None
            and self._look("present", f.get("shift")) is None
        ):
            year, quarter = self.quarter
            if "year" in f:
                # "the 1988 period": the quarter the text speaks of, in 1988
                year = (_int(f["year"]) or -1) if "period" in f else -1
            elif "yshift" in f and "period" in f:
                year += self._shift(f, "yshift") or 0  # "the corresponding period last year"
            if year >= 0:
                return Resolution(f"{year:04d}-Q{quarter}", TimexType.DATE, mod)
        anchor = self.anchor
        if (
            not self.narrative
            and self.mentioned is not None
            and self.mentioned.at_least("W" if unit == "WE" else unit)
            and self._look("anaphoric", f.get("shift")) is not None
        ):
            # news: "that year", "the following year" count from the date last named
            anchor = self.mentioned
        named_year = _int(f.get("year"))
        if named_year is not None:
            self._set_anchor_year(named_year)
            anchor = cal.Point(dt.date(named_year, 1, 1), "Y")
        if anchor is None:
            return Resolution(cal.underspecified(unit), TimexType.DATE, mod)
        granularity = unit if anchor.at_least("W" if unit == "WE" else unit) else anchor.granularity
        date = cal.add(anchor.date, unit, shift)
        if unit == "WE" and shift == 0 and anchor.at_least("D") and anchor.date.isoweekday() < 6:
            # on a weekday, "the weekend" of a past-tense clause is the one just gone
            sign = self._direction(match)
            if sign <= 0:
                date = cal.add(date, "W", -1)
        if unit in ("D", "W", "M") and granularity == unit:
            self._set_anchor(date, unit if unit != "W" else "D")
        return Resolution(cal.format_value(date, granularity), TimexType.DATE, mod)

    def _kind_offset(self, match: Match, f: dict[str, str]) -> Resolution | None:
        unit = self._unit(f)
        sign_text = self._look("dir", f.get("dir")) or self._look("dir_pre", f.get("dir_pre"))
        if unit is None or sign_text is None:
            return None
        sign = int(sign_text)
        count = self._number(f.get("num"))
        if f.get("num") == "" and self._look("unit_pl", f.get("unit", "")) is not None:
            count = "X"  # "Jahre zuvor": some years before
        if count is None:
            return None
        if count == "X":
            return Resolution("PAST_REF" if sign < 0 else "FUTURE_REF", TimexType.DATE)
        if not isinstance(count, float) or not count.is_integer():
            return None
        anchor = self.anchor
        ordinal = _int(self._look("ord", f.get("ord")))
        if unit == "Y" and ordinal is not None and count == 1 and 1 <= ordinal <= 4:
            # "the year-ago third quarter"
            base = self.quarter[0] if self.quarter is not None else (
                anchor.date.year if anchor is not None else None)
            if base is None:
                return Resolution(f"XXXX-Q{ordinal}", TimexType.DATE)
            return Resolution(f"{base + sign:04d}-Q{ordinal}", TimexType.DATE)
        if unit == "Y" and self.quarter is not None and count == 1:
            # once a text speaks of a quarter, "a year ago" is that quarter a year before
            # (earnings reports: "third-quarter profit ... from $5 million a year ago")
            year, quarter = self.quarter
            return Resolution(f"{year + sign * int(count):04d}-Q{quarter}", TimexType.DATE)
        granularity = {"H": "D", "MIN": "D", "S": "D", "WE": "W"}.get(unit, unit)
        if granularity == "W" and self.narrative and anchor is not None and anchor.at_least("D"):
            granularity = "D"  # in a story "zwei Wochen später" is a day when the anchor is one
        if anchor is None:
            return Resolution(cal.underspecified(granularity), TimexType.DATE)
        step = {"H": "D", "MIN": "D", "S": "D"}.get(unit, unit)
        amount = sign * int(count) if step == unit else 0
        date = cal.add(anchor.date, step, amount)
        if not anchor.at_least(granularity):
            granularity = anchor.granularity
        else:
            self._set_anchor(date, granularity if granularity != "W" else "D")
        return Resolution(cal.format_value(date, granularity), TimexType.DATE)

    def _kind_duration(self, match: Match, f: dict[str, str]) -> Resolution | None:
        unit = self._unit(f)
        count = self._number(f.get("num"))
        if unit is None or count is None:
            return None
        if ("half" in f or "halfmore" in f) and isinstance(count, float):
            count += 0.5
        if isinstance(count, float) and count.is_integer() and 1900 <= count < 2100:
            # "the 1988 quarter", "in 1988 second": a year, not a count
            self._set_anchor_year(int(count))
            return Resolution(f"{int(count):04d}", TimexType.DATE)
        return Resolution(
            _duration(count, unit), TimexType.DURATION, self._look("quant", f.get("quant"))
        )

    def _kind_vague(self, match: Match, f: dict[str, str]) -> Resolution | None:
        unit = self._unit(f)
        if unit is None:
            return None
        return Resolution(_duration("X", unit), TimexType.DURATION)

    def _kind_set(self, match: Match, f: dict[str, str]) -> Resolution | None:
        if "freq" in f:
            value = self._look("freq", f["freq"])
            return Resolution(value, TimexType.SET) if value else None
        weekday = self._look("weekday", f.get("weekday")) or self._look(
            "weekday_pl", f.get("weekday_pl")
        )
        if weekday is not None:
            return Resolution(f"XXXX-WXX-{weekday}", TimexType.SET)
        unit = self._unit(f)
        if unit is None:
            return None
        return Resolution(_duration(1, unit), TimexType.SET)

    def _kind_ref(self, match: Match, f: dict[str, str]) -> Resolution | None:
        if "tensed" in f:
            # "soon" refers to the future only in a clause about the future ("will soon
            # move"), not in a past narrative ("was soon released")
            value = self._look("ref_future", f.get("ref"))
            sign = self._direction(match)
            return Resolution(value, TimexType.DATE) if value and sign > 0 else None
        value = self._look("ref", f.get("ref")) or self._look("ref_context", f.get("ref"))
        return Resolution(value, TimexType.DATE) if value else None

    def _kind_partofday(self, match: Match, f: dict[str, str]) -> Resolution | None:
        part = self._look("dpart_adv", f.get("dpart_adv")) or self._look("dpart", f.get("dpart"))
        if part is None:
            return None
        return Resolution(f"{self._day_prefix()}T{part}", TimexType.TIME)


#: half of a unit in the next smaller one ("2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M)
_HALF = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "MIN": "30S"}


def _duration(count: float | int | str, unit: str) -> str:
    if unit == "Q" and not isinstance(count, str):
        count, unit = count * 3, "M"  # TimeML writes quarters as months: P9M, not P3Q
    if isinstance(count, float) and count.is_integer():
        count = int(count)
    if isinstance(count, float) and (count * 2).is_integer() and unit in _HALF:
        whole, half = int(count), _HALF[unit]  # "2 1/2 years" is P2Y6M
        return (f"PT{whole}{'M' if unit == 'MIN' else unit}{half}" if unit in ("H", "MIN")
                else f"P{whole}{unit}{half}")
    amount = str(count)
    if unit in ("H", "S"):
        return f"PT{amount}{unit}"
    if unit == "MIN":
        return f"PT{amount}M"
    return f"P{amount}{unit}"
