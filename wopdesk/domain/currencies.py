"""ISO 4217 currencies in use today, their names in the user's language and minor units.

From the Unicode CLDR through Babel (a well-kept library), not a list of our own: the
codes every territory uses as legal tender today, so "DOL" or a withdrawn "DEM" is
refused with one sentence wherever a currency is typed.
"""

import datetime as dt
from functools import cache

from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_precision, get_territory_currencies

from wopdesk.domain.i18n import current_language, translate
from wopdesk.errors import ValidationError


@cache
def currencies_in_use() -> frozenset[str]:
    """The ISO 4217 codes some territory uses as legal tender today."""
    today = dt.date.today()
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(
            get_territory_currencies(territory, start_date=today, end_date=today, tender=True)
        )
    return frozenset(codes)


def currency_problem(code: object, field: str = "currency") -> ValidationError | None:
    """The sentence refusing anything but an ISO 4217 code in use, or None for a good one."""
    if isinstance(code, str) and code in currencies_in_use():
        return None
    message = translate(
        "rules", "'{code}' is not an ISO 4217 currency in use, such as XOF, EUR, USD or INR."
    )
    return ValidationError(message.format(code=code if isinstance(code, str) else ""), field)


def check_currency(code: object, field: str = "currency") -> None:
    """Refuse, with one sentence, anything but an ISO 4217 code in use."""
    problem = currency_problem(code, field)
    if problem is not None:
        raise problem


def currency_name(code: str, language: str | None = None) -> str:
    """``XOF`` -> "franc CFA (BCEAO)" in French, "West African CFA Franc" in English."""
    return str(get_currency_name(code, locale=language or current_language()))


def minor_units(code: str) -> int:
    """Digits after the decimal point: 2 for EUR, 0 for XOF."""
    return int(get_currency_precision(code))


def currency_choices(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) of every currency in use, by code."""
    return [(code, currency_name(code, language)) for code in sorted(currencies_in_use())]
