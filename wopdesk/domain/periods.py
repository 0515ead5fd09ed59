"""Reporting periods: the calendar quarters, half-years or years a partnership reports on.

Periods follow the calendar (Q1 is January to March, H2 July to December), from the
period holding the partnership's start to the one holding its end (or today, while it
runs). A period has a code that the command line accepts (``2026-Q3``, ``2026-H1``,
``2026``) and a label people read (``2026 Q3``).
"""

import datetime as dt
import re
from typing import NamedTuple

from wopdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from wopdesk.domain.vocab import PeriodKind

# Months in one period of each kind.
_MONTHS = {PeriodKind.QUARTER: 3, PeriodKind.HALF_YEAR: 6, PeriodKind.YEAR: 12}
_LETTER = {PeriodKind.QUARTER: "Q", PeriodKind.HALF_YEAR: "H"}
# What people read, in their language: "2026 Q3" in English, "T3 2026" in French.
_LABEL_CONTEXT = "periods"
_LABELS = {
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("periods", "{year} Q{number}"),
    PeriodKind.HALF_YEAR: QT_TRANSLATE_NOOP("periods", "{year} H{number}"),
}
_CODE = re.compile(r"^\s*(\d{4})(?:[-\s]?([QqHh])([1-4]))?\s*$")
# No partnership reports on more periods than this: a typo in a year stops here.
MAX_PERIODS = 400


class ReportingPeriod(NamedTuple):
    kind: PeriodKind
    start: dt.date
    end: dt.date

    @property
    def number(self) -> int:
        """1-based position of the period in its year (always 1 for a year)."""
        return (self.start.month - 1) // _MONTHS[self.kind] + 1

    @property
    def code(self) -> str:
        """``2026-Q3``, ``2026-H1`` or ``2026``: what the command line accepts."""
        letter = _LETTER.get(self.kind)
        return f"{self.start.year}-{letter}{self.number}" if letter else str(self.start.year)

    @property
    def label(self) -> str:
        """``2026 Q3``, ``2026 H1`` or ``2026``: what people read, in the current language
        (``T3 2026`` in French and Spanish)."""
        pattern = _LABELS.get(self.kind)
        if pattern is None:
            return str(self.start.year)
        return translate(_LABEL_CONTEXT, pattern).format(year=self.start.year, number=self.number)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return start <= self.end and self.start <= end


def _month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` of ``year``."""
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def period_containing(kind: PeriodKind, day: dt.date) -> ReportingPeriod:
    """The period of ``kind`` that holds ``day``."""
    months = _MONTHS[kind]
    first_month = (day.month - 1) // months * months + 1
    start = dt.date(day.year, first_month, 1)
    return ReportingPeriod(kind, start, _month_end(day.year, first_month + months - 1))


def next_period(period: ReportingPeriod) -> ReportingPeriod:
    return period_containing(period.kind, period.end + dt.timedelta(days=1))


def periods_between(kind: PeriodKind, first: dt.date, last: dt.date) -> list[ReportingPeriod]:
    """Every period of ``kind`` from the one holding ``first`` to the one holding ``last``,
    oldest first; none when ``last`` is before ``first``."""
    found: list[ReportingPeriod] = []
    if last < first:
        return found
    period = period_containing(kind, first)
    while period.start <= last and len(found) < MAX_PERIODS:
        found.append(period)
        period = next_period(period)
    return found


def partnership_periods(
    kind: PeriodKind,
    start: dt.date | None,
    end: dt.date | None,
    today: dt.date | None = None,
) -> list[ReportingPeriod]:
    """A partnership's periods, from its start to its end, or to today while it runs.

    A partnership with no start date has no periods yet.
    """
    if start is None:
        return []
    last = end if end is not None else (today or dt.date.today())
    return periods_between(kind, start, max(last, start))


def period_of(start: dt.date, end: dt.date) -> ReportingPeriod | None:
    """The calendar period that runs exactly from ``start`` to ``end``, if there is one."""
    for kind in PeriodKind:
        period = period_containing(kind, start)
        if period.start == start and period.end == end:
            return period
    return None


def span_label(start: dt.date, end: dt.date) -> str:
    """A period's label, or ``2026-02-01 – 2026-05-31`` for dates that are not one."""
    period = period_of(start, end)
    return period.label if period else f"{start.isoformat()} – {end.isoformat()}"


def parse_period(text: str) -> ReportingPeriod | None:
    """The period a code or label names (``2026-Q3``, ``2026 q3``, ``2026-H1``, ``2026``,
    or the label in the current language, ``T3 2026``), or None when ``text`` names none."""
    found = _CODE.match(text)
    if found is None:
        return _from_label(text)
    year, letter, number = int(found.group(1)), found.group(2), found.group(3)
    if year < 1900:
        return None
    if letter is None:
        return period_containing(PeriodKind.YEAR, dt.date(year, 1, 1))
    kind = PeriodKind.QUARTER if letter.upper() == "Q" else PeriodKind.HALF_YEAR
    if int(number) > 12 // _MONTHS[kind]:
        return None
    month = (int(number) - 1) * _MONTHS[kind] + 1
    return period_containing(kind, dt.date(year, month, 1))


def _from_label(text: str) -> ReportingPeriod | None:
    """The quarter or half-year whose label in the current language is ``text``."""
    year = re.search(r"\b(\d{4})\b", text)
    if year is None or int(year.group(1)) < 1900:
        return None
    wanted = " ".join(text.split()).casefold()
    for kind in (PeriodKind.QUARTER, PeriodKind.HALF_YEAR):
        for month in range(1, 13, _MONTHS[kind]):
            period = period_containing(kind, dt.date(int(year.group(1)), month, 1))
            if period.label.casefold() == wanted:
                return period
    return None
