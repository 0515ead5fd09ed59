"""Every word, date and number a report prints passes through here, so it can be translated.

Report code writes English strings as ``_("Agreed actions")``, always with a literal
argument: ``packaging/translations.py`` finds those calls and puts their text in the
``reports`` context of the catalogues. Vocabulary values print as ``label(value)``.
The language is the one of ``wopdesk.domain.i18n``: the app's, else ``WOPDESK_LANGUAGE``,
else the system's.
"""

import datetime as dt
import re
from decimal import Decimal
from enum import Enum

from wopdesk.domain import i18n
from wopdesk.domain.currencies import minor_units
from wopdesk.domain.i18n import translate

CONTEXT = "reports"

# Spaces a line must not break at: before a number's unit (%, h) or currency code, before
# the French high punctuation, after «. ReportLab breaks at plain spaces and also at the
# narrow no-break space (French digit groups and units), but never at U+00A0.
_BINDING_SPACE = re.compile(
    r"(?<=\d)[ \u202f](?=%|h\b|[A-Z]{3}\b)|[ \u202f](?=[:;!?»])|(?<=«)[ \u202f]"
)
NO_BREAK_SPACE = "\u00a0"


def _(text: str) -> str:
    """The translation of an English report string into the current language."""
    return translate(CONTEXT, text)


def unbreakable(text: str) -> str:
    """``text`` with no-break spaces where a line break would strand a unit or a digit group."""
    return _BINDING_SPACE.sub(NO_BREAK_SPACE, text).replace("\u202f", NO_BREAK_SPACE)


def label(value: Enum | None) -> str:
    """The translated label of a vocabulary value (an empty string for none)."""
    return "" if value is None else i18n.label(value)


def format_date(day: dt.date | None) -> str:
    """A date as "12 Oct 2026": unambiguous in every country, unlike 10/12/2026."""
    return i18n.format_short_date(day)


def format_period(first: dt.date, last: dt.date) -> str:
    """A span of days, "7–11 Apr 2025", written as short as it stays clear."""
    return i18n.format_period(first, last)


def format_number(value: float | Decimal | None, decimals: int | None = None) -> str:
    """A figure with the language's separators; whole numbers without decimals."""
    if value is None:
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    return i18n.format_number(value, decimals)


def format_money(value: Decimal, currency: str) -> str:
    """An amount's figure alone, with the currency's decimals: ``1,234.50`` for EUR."""
    return format_number(value, minor_units(currency) if len(currency) == 3 else 2)


def format_amount(value: Decimal, currency: str) -> str:
    """``EUR 1,234.50``, ``XOF 20,000``: as many decimals as the currency has minor units."""
    return _("{currency} {amount}").format(currency=currency, amount=format_money(value, currency))


def format_hours(hours: float) -> str:
    return _("{hours} h").format(hours=format_number(hours))


def format_position(latitude: float, longitude: float) -> str:
    """``GPS 17.2833, 74.1833``; ``GPS 17,2833 ; 74,1833`` where the decimal mark is a comma."""
    return _("GPS {latitude}, {longitude}").format(
        latitude=format_number(latitude, 4), longitude=format_number(longitude, 4)
    )


def actions_done_label(dropped: int) -> str:
    """What the "done / planned" figure counts, so it agrees with the table of all actions."""
    if not dropped:
        return _("actions done")
    return translate("reports", "actions done (%n dropped, not counted)", None, dropped)


def printed_on(day: dt.date) -> str:
    return _("Printed {date}").format(date=format_date(day))


def page_of(page: int, pages: int) -> str:
    return _("Page {page} of {pages}").format(page=page, pages=pages)


def degree_label(degree: int) -> str:
    """A change of capacity on the -2…+2 scale, with its meaning."""
    words = {
        -2: _("Strong decline"),
        -1: _("Decline"),
        0: _("No change"),
        1: _("Improvement"),
        2: _("Strong improvement"),
    }
    sign = "+" if degree > 0 else ("-" if degree < 0 else "")
    return f"{sign}{abs(degree)} {words.get(degree, '')}".strip()


def contribution_label(contribution: int) -> str:
    """How much the partnership contributed to a change, on the 0…2 scale."""
    words = {0: _("None"), 1: _("Partial"), 2: _("Major")}
    return f"{contribution} {words.get(contribution, '')}".strip()
