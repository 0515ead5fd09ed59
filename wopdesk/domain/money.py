"""Converting money between currencies with recorded exchange rates, exactly.

An amount is converted with the rate of its date, or the nearest earlier one; a rate
recorded the other way round (XOF to EUR for EUR to XOF) serves as its inverse. The
result is a ``Decimal`` rounded to the target currency's minor unit (ISO 4217), and says
which rate was used. With no usable rate there is no conversion: the caller shows the
amount as not converted, never adds it at face value.
"""

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from wopdesk.domain.currencies import minor_units


class Rate(NamedTuple):
    """One unit of ``source_currency`` was worth ``value`` units of ``target`` on ``date``."""

    source_currency: str
    target: str
    value: Decimal
    date: dt.date
    source: str


class Conversion(NamedTuple):
    amount: Decimal  # in the target currency, rounded to its minor unit
    rate: Decimal  # target units per unit of the original currency
    rate_date: dt.date
    source: str


def round_money(amount: Decimal, currency: str) -> Decimal:
    """``amount`` to the currency's minor unit (2 for EUR, 0 for XOF), half up."""
    return amount.quantize(Decimal(1).scaleb(-minor_units(currency)), rounding=ROUND_HALF_UP)


def convert(
    amount: Decimal, currency: str, on: dt.date, target: str, rates: Iterable[Rate]
) -> Conversion | None:
    """``amount`` of ``currency`` on ``on`` in ``target``; None without a usable rate."""
    if currency == target:
        return Conversion(round_money(amount, target), Decimal(1), on, "")
    usable = [_toward(rate, currency, target) for rate in rates if rate.date <= on]
    found = [rate for rate in usable if rate is not None]
    if not found:
        return None
    value, date, source = max(found, key=lambda rate: rate[1])
    return Conversion(round_money(amount * value, target), value, date, source)


def _toward(rate: Rate, currency: str, target: str) -> tuple[Decimal, dt.date, str] | None:
    """The rate from ``currency`` to ``target`` it gives, directly or inverted."""
    if (rate.source_currency, rate.target) == (currency, target):
        return rate.value, rate.date, rate.source
    if (rate.source_currency, rate.target) == (target, currency) and rate.value:
        return Decimal(1) / rate.value, rate.date, rate.source
    return None
