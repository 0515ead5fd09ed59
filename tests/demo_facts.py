"""Sums and texts of the primary demo, read from its spec so tests need not copy them."""

import datetime as dt
from decimal import Decimal

from wopdesk.demo import bobo
from wopdesk.domain.currencies import minor_units
from wopdesk.domain.money import Rate, convert

CURRENCY = str(bobo.PARTNERSHIP["currency"])
RATES = [
    Rate(r.from_currency, r.to_currency, Decimal(str(r.rate)), r.date, r.source)
    for r in bobo.SPEC.rates
]


def _spent_converted() -> float:
    """Every expense in the partnership's currency, EUR converted at the demo's rate."""
    total = Decimal(0)
    for e in bobo.EXPENSES:
        converted = convert(Decimal(str(e.amount)), e.currency, e.date, CURRENCY, RATES)
        assert converted is not None, e
        total += converted.amount
    return float(total)


ALL_SPENT = _spent_converted()  # cash and in kind


def cash_spent(until: dt.date) -> Decimal:
    """The cash the demo spent up to ``until``, in its currency (in kind is not money)."""
    total = Decimal(0)
    for e in bobo.EXPENSES:
        if e.in_kind or e.date > until:
            continue
        converted = convert(Decimal(str(e.amount)), e.currency, e.date, CURRENCY, RATES)
        assert converted is not None, e
        total += converted.amount
    return total


def cash_budget(on: dt.date) -> Decimal:
    """The demo's budget: its cash budget lines, converted with the rate in force ``on``."""
    total = Decimal(0)
    for line in bobo.SPEC.budget_lines:
        if line.in_kind:
            continue
        converted = convert(Decimal(str(line.amount)), line.currency, on, CURRENCY, RATES)
        assert converted is not None, line
        total += converted.amount
    return total


VISITS = {row.key: row for row in bobo.VISITS}
PEOPLE = {row.key: row for row in bobo.PEOPLE}
ACTIONS = {row.key: row for row in bobo.ACTIONS}
LEARNING = {row.key: row for row in bobo.LEARNING}
FINDINGS = {row.key: row for row in bobo.FINDINGS}
TARGETS = {row.code: row for row in bobo.TARGETS}
MENTOR, MENTEE = (u.name for u in bobo.UTILITIES)


# The budget (the cash budget lines) and the cash spent, as the finance page shows them
# today: every demo expense is in the past.
BUDGET = float(cash_budget(dt.date.today()))
SPENT = float(cash_spent(dt.date.today()))


def money(amount: float, currency: str = CURRENCY) -> str:
    """An amount as the English UI shows it: as many decimals as the currency has."""
    return f"{amount:,.{minor_units(currency)}f} {currency}"


def spent_by_currency() -> dict[str, Decimal]:
    """What the primary demo spends, each currency on its own (cash and in kind)."""
    spent: dict[str, Decimal] = {}
    for expense in bobo.EXPENSES:
        spent[expense.currency] = spent.get(expense.currency, Decimal(0)) + Decimal(
            str(expense.amount)
        )
    return spent


def cash_by_currency() -> dict[str, Decimal]:
    """The cash the primary demo spends, each currency on its own (in kind is not money)."""
    spent: dict[str, Decimal] = {}
    for expense in bobo.EXPENSES:
        if not expense.in_kind:
            amount = Decimal(str(expense.amount))
            spent[expense.currency] = spent.get(expense.currency, Decimal(0)) + amount
    return spent


def used(spent: float = SPENT, budget: float = BUDGET) -> int:
    """The budget bar's percentage."""
    return round(100 * spent / budget)
