"""Every word, date and number a report prints passes through here, so it can be translated.

Report code writes English strings as ``_("Agreed actions")`` (the gettext convention,
so a later i18n task can extract them) and vocabulary values as ``label(value)``.
``use_translations`` plugs in a catalogue (French, Spanish…) for the next reports.
"""

import datetime as dt
from collections.abc import Mapping
from enum import Enum

_catalogue: dict[str, str] = {}

_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def _(text: str) -> str:
    """The translation of an English report string (English when none is loaded)."""
    return _catalogue.get(text, text)


def use_translations(catalogue: Mapping[str, str]) -> None:
    """Translate report strings with ``catalogue`` (English text to translated text)."""
    _catalogue.clear()
    _catalogue.update(catalogue)


def label(value: Enum | None) -> str:
    """The translated label of a vocabulary value (an empty string for none)."""
    if value is None:
        return ""
    return _(getattr(value, "label", str(value.value)))


def format_date(day: dt.date | None) -> str:
    """A date as "12 Oct 2026": unambiguous in every country, unlike 10/12/2026."""
    if day is None:
        return ""
    return f"{day.day} {_(_MONTHS[day.month - 1])} {day.year}"


def format_period(first: dt.date, last: dt.date) -> str:
    """A span of days, "7–11 Apr 2025", written as short as it stays clear."""
    if first == last:
        return format_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last)}"
    return f"{format_date(first)} – {format_date(last)}"


def format_number(value: float | None, decimals: int | None = None) -> str:
    """A figure with thousands separators; whole numbers without decimals."""
    if value is None:
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    return f"{value:,.{decimals}f}"


def format_amount(value: float, currency: str) -> str:
    return f"{currency} {format_number(value, 0)}"


def format_hours(hours: float) -> str:
    return _("{hours} h").format(hours=format_number(hours))


def printed_on(day: dt.date) -> str:
    return _("Printed {date}").format(date=format_date(day))


def page_of(page: int, pages: int) -> str:
    return _("Page {page} of {pages}").format(page=page, pages=pages)


NONE_RECORDED = "None recorded."

DEGREE_LABELS = {
    -2: "Strong decline",
    -1: "Decline",
    0: "No change",
    1: "Improvement",
    2: "Strong improvement",
}

CONTRIBUTION_LABELS = {0: "None", 1: "Partial", 2: "Major"}


def degree_label(degree: int) -> str:
    sign = "+" if degree > 0 else ("-" if degree < 0 else "")
    return f"{sign}{abs(degree)} {_(DEGREE_LABELS.get(degree, ''))}".strip()


def contribution_label(contribution: int) -> str:
    return f"{contribution} {_(CONTRIBUTION_LABELS.get(contribution, ''))}".strip()
