"""Sums and texts of the primary demo, read from its spec so tests need not copy them."""

from wopdesk.demo import bobo

CURRENCY = str(bobo.PARTNERSHIP["currency"])
BUDGET = sum(c.amount for c in bobo.CONTRIBUTIONS)
SPENT = sum(e.amount for e in bobo.EXPENSES if e.currency == CURRENCY)
VISITS = {row.key: row for row in bobo.VISITS}
PEOPLE = {row.key: row for row in bobo.PEOPLE}
ACTIONS = {row.key: row for row in bobo.ACTIONS}
LEARNING = {row.key: row for row in bobo.LEARNING}
FINDINGS = {row.key: row for row in bobo.FINDINGS}
TARGETS = {row.code: row for row in bobo.TARGETS}
MENTOR, MENTEE = (u.name for u in bobo.UTILITIES)


def money(amount: float) -> str:
    """An amount as the English UI shows it, in the partnership's currency."""
    return f"{amount:,.2f} {CURRENCY}"


def used(spent: float = SPENT, budget: float = BUDGET) -> int:
    """The budget bar's percentage."""
    return round(100 * spent / budget)
