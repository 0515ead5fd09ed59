"""The demo's money looks like a real partnership's: spending falls on its budget lines,
in the category a coordinator would choose, at a pace that fits the time elapsed."""

import datetime as dt

import pytest
from sqlalchemy import select

from wopdesk.demo import DEMO_PARTNERSHIP_IDS, DEMOS
from wopdesk.domain import vocab as v
from wopdesk.storage import models as m
from wopdesk.storage.finance import finance_picture
from wopdesk.storage.store import Store

# After every demo expense (the last is in October 2026), before any planned end.
ON = dt.date(2026, 12, 4)


@pytest.mark.parametrize("pid", DEMO_PARTNERSHIP_IDS)
def test_demo_spending_falls_on_its_budget_lines(demo_store: Store, pid: str) -> None:
    with demo_store.reading() as session:
        picture = finance_picture(session, pid, ON)
    assert picture.lines, "the demo has cash budget lines"
    assert picture.unallocated.to_date == 0
    assert picture.spent.to_date > 0


@pytest.mark.parametrize("pid", DEMO_PARTNERSHIP_IDS)
def test_demo_spending_fits_the_time_elapsed(demo_store: Store, pid: str) -> None:
    with demo_store.reading() as session:
        picture = finance_picture(session, pid, ON)
    used, elapsed = picture.used_share, picture.time_elapsed
    assert used is not None
    assert elapsed is not None
    # Not ahead of time by much (equipment is bought early), nor stalled.
    assert used < elapsed + 0.15, f"{used:.0%} of the budget spent, {elapsed:.0%} of the time"
    assert used > elapsed / 3, f"{used:.0%} of the budget spent, {elapsed:.0%} of the time"


@pytest.mark.parametrize("pid", DEMO_PARTNERSHIP_IDS)
def test_each_demo_expense_is_on_a_line_of_its_category(demo_store: Store, pid: str) -> None:
    with demo_store.reading() as session:
        expenses = session.scalars(select(m.Expense).where(m.Expense.partnership_id == pid))
        for expense in expenses:
            line = session.get(m.BudgetLine, expense.budget_line_id or "")
            assert line is not None, expense.description
            assert line.in_kind == expense.in_kind, expense.description
            assert line.category in (expense.category, v.ExpenseCategory.OTHER), expense.description


def test_demo_expenses_name_their_category() -> None:
    """A demo expense always fits a category: none is filed under "Other"."""
    other = [
        e.description
        for spec in DEMOS
        for e in spec.expenses
        if e.category == v.ExpenseCategory.OTHER
    ]
    assert other == []
