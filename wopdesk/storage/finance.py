"""A partnership's money as a steering committee and a funder read it: one computation.

Everything is in the partnership's reporting currency. A budget line is converted with
the rate in force on the day the picture is drawn, an expense with the rate of its date
(domain/money.py); what has no usable rate is counted apart, per currency, never added at
face value. In-kind value is reported beside the money, never counted as money spent.
Figures are given for a window (a reporting period) and to date (up to its end).

The budget is the sum of the cash budget lines. A partnership with no budget line yet
(recorded before WOPdesk had them) counts its cash contributions planned as its budget,
as WOPdesk did then; its spending is then on no line.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain.money import Rate, convert
from wopdesk.domain.vocab import ContributionKind, ExpenseCategory
from wopdesk.storage.models import BudgetLine, Contribution, Expense, Partnership
from wopdesk.storage.overview import exchange_rates, time_elapsed_share

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Spent:
    """What was spent in the window and up to its end."""

    period: Decimal = ZERO
    to_date: Decimal = ZERO

    def plus(self, amount: Decimal, in_window: bool) -> "Spent":
        return Spent(self.period + (amount if in_window else ZERO), self.to_date + amount)

    def __add__(self, other: "Spent") -> "Spent":
        return Spent(self.period + other.period, self.to_date + other.to_date)


def share(part: Decimal, whole: Decimal | None) -> float | None:
    """``part`` over ``whole`` as a ratio (not money); None without a whole."""
    return float(part / whole) if whole else None


@dataclass(frozen=True, slots=True)
class LineFigures:
    """One budget line, its budget converted, against the cash spent on it."""

    id: str
    category: ExpenseCategory
    funder: str
    description: str | None
    currency: str  # the line's own
    amount: Decimal  # the budget in the line's currency
    budget: Decimal | None  # in the reporting currency; None: no rate to convert it
    spent: Spent  # cash on a cash line, in-kind value on a line budgeted in kind
    in_kind: bool = False

    @property
    def remaining(self) -> Decimal | None:
        return None if self.budget is None else self.budget - self.spent.to_date

    @property
    def used_share(self) -> float | None:
        return share(self.spent.to_date, self.budget)


@dataclass(frozen=True, slots=True)
class FunderFigures:
    """The lines of one funder, added up (only lines that could be converted)."""

    funder: str
    budget: Decimal
    spent: Spent

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.spent.to_date

    @property
    def used_share(self) -> float | None:
        return share(self.spent.to_date, self.budget)


@dataclass(frozen=True, slots=True)
class ContributionFigures:
    """What one partner or funder planned to put in and has put in so far."""

    contributor: str
    kind: ContributionKind
    currency: str  # the contribution's own
    planned: Decimal
    received: Decimal | None
    planned_converted: Decimal | None  # in the reporting currency; None: no rate
    received_converted: Decimal | None


@dataclass(frozen=True, slots=True)
class FinancePicture:
    currency: str
    start: dt.date | None  # the window; None: from the beginning
    end: dt.date
    lines: list[LineFigures]  # budgeted in cash: the budget
    funders: list[FunderFigures]  # the cash lines, per funder
    in_kind_lines: list[LineFigures]  # budgeted in kind: reported apart, never money
    in_kind_budget: Decimal  # the value budgeted in kind
    contributions: list[ContributionFigures]
    spent: Spent  # all cash spent, on a line or not
    unallocated: Spent  # cash spent on no cash budget line
    in_kind: Spent  # the value of in-kind expenses: never money spent
    time_elapsed: float | None
    # Amounts that could not be converted (no rate on or before their date), per currency.
    not_converted: dict[str, Decimal] = field(default_factory=dict)
    # Expenses in other currencies that were converted: their original sums, per currency.
    converted: dict[str, Decimal] = field(default_factory=dict)
    rates: list[Rate] = field(default_factory=list)

    @property
    def budget(self) -> Decimal:
        return sum((f.budget for f in self.funders), ZERO)

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.spent.to_date

    @property
    def used_share(self) -> float | None:
        return share(self.spent.to_date, self.budget)


class _Converter:
    """Amounts into the reporting currency; what cannot be converted is noted apart."""

    def __init__(self, currency: str, rates: list[Rate]) -> None:
        self.currency = currency
        self.rates = rates
        self.apart: dict[str, Decimal] = defaultdict(Decimal)

    def __call__(self, amount: Decimal, currency: str, on: dt.date) -> Decimal | None:
        conversion = convert(amount, currency, on, self.currency, self.rates)
        if conversion is None:
            self.apart[currency] += amount
            return None
        return amount if currency == self.currency else conversion.amount


def finance_picture(
    session: Session, partnership_id: str, end: dt.date, start: dt.date | None = None
) -> FinancePicture:
    """The partnership's money for the window ``start``–``end`` and up to ``end``."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise LookupError(partnership_id)
    currency = partnership.currency
    rates = exchange_rates(session, partnership_id)
    to_reporting = _Converter(currency, rates)
    lines = _live(session, BudgetLine, partnership_id)
    # Cash and in-kind value are kept apart all the way: (line, in kind) -> spent.
    spent_on: dict[tuple[str | None, bool], Spent] = defaultdict(Spent)
    converted: dict[str, Decimal] = defaultdict(Decimal)
    for expense in _live(session, Expense, partnership_id):
        if expense.date > end:
            continue
        value = to_reporting(expense.amount, expense.currency, expense.date)
        if value is None:
            continue
        if expense.currency != currency:
            converted[expense.currency] += expense.amount
        key = (expense.budget_line_id, bool(expense.in_kind))
        spent_on[key] = spent_on[key].plus(value, start is None or expense.date >= start)
    cash_lines = {line.id for line in lines if not line.in_kind}
    line_figures = [
        LineFigures(
            id=line.id,
            category=line.category,
            funder=line.funder,
            description=line.description,
            currency=line.currency,
            amount=line.amount,
            budget=to_reporting(line.amount, line.currency, end),
            spent=spent_on.get((line.id, bool(line.in_kind)), Spent()),
            in_kind=bool(line.in_kind),
        )
        for line in sorted(lines, key=lambda line: (line.funder, line.category, line.created_at))
    ]
    cash = [line for line in line_figures if not line.in_kind]
    contributions = _contributions(session, partnership_id, currency, end, to_reporting)
    return FinancePicture(
        currency=currency,
        start=start,
        end=end,
        lines=cash,
        funders=_by_funder(cash) if lines else _contributors(contributions),
        in_kind_lines=[line for line in line_figures if line.in_kind],
        in_kind_budget=sum((line.budget or ZERO for line in line_figures if line.in_kind), ZERO)
        if lines
        else _planned(contributions, in_kind=True),
        contributions=contributions,
        spent=_total(spent_on, in_kind=False),
        unallocated=_total(
            {k: v for k, v in spent_on.items() if k[0] not in cash_lines}, in_kind=False
        ),
        in_kind=_total(spent_on, in_kind=True),
        time_elapsed=time_elapsed_share(partnership, end),
        not_converted=dict(sorted(to_reporting.apart.items())),
        converted=dict(sorted(converted.items())),
        rates=rates,
    )


def _contributors(contributions: Iterable[ContributionFigures]) -> list[FunderFigures]:
    """With no budget line yet, each contributor's cash planned is its share of the budget
    (as WOPdesk counted the budget before it had lines); spending is on no line."""
    budget: dict[str, Decimal] = defaultdict(Decimal)
    for c in contributions:
        if c.kind == ContributionKind.CASH and c.planned_converted is not None:
            budget[c.contributor] += c.planned_converted
    return [FunderFigures(name, budget[name], Spent()) for name in sorted(budget)]


def _planned(contributions: Iterable[ContributionFigures], *, in_kind: bool) -> Decimal:
    return sum(
        (
            c.planned_converted
            for c in contributions
            if (c.kind != ContributionKind.CASH) == in_kind and c.planned_converted is not None
        ),
        ZERO,
    )


def _total(spent_on: dict[tuple[str | None, bool], Spent], *, in_kind: bool) -> Spent:
    return sum((spent for (_line, kind), spent in spent_on.items() if kind == in_kind), Spent())


def _by_funder(lines: Iterable[LineFigures]) -> list[FunderFigures]:
    budget: dict[str, Decimal] = defaultdict(Decimal)
    spent: dict[str, Spent] = defaultdict(Spent)
    for line in lines:
        if line.budget is None:
            continue
        budget[line.funder] += line.budget
        spent[line.funder] += line.spent
    return [FunderFigures(funder, budget[funder], spent[funder]) for funder in sorted(budget)]


def _contributions(
    session: Session, partnership_id: str, currency: str, end: dt.date, to_reporting: _Converter
) -> list[ContributionFigures]:
    found = []
    for c in _live(session, Contribution, partnership_id):
        own = c.currency or currency  # none: counted in the partnership's, as before
        found.append(
            ContributionFigures(
                contributor=c.contributor,
                kind=c.kind,
                currency=own,
                planned=c.amount,
                received=c.received,
                planned_converted=to_reporting(c.amount, own, end),
                received_converted=None
                if c.received is None
                else to_reporting(c.received, own, end),
            )
        )
    return sorted(found, key=lambda c: (c.kind != ContributionKind.CASH, c.contributor))


R = TypeVar("R", BudgetLine, Contribution, Expense)


def _live(session: Session, model: type[R], partnership_id: str) -> list[R]:
    return list(
        session.scalars(
            select(model).where(model.partnership_id == partnership_id, model.deleted.is_(False))
        )
    )
