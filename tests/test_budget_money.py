"""The budget's totals: decimals added as decimals, each currency on its own, never lost."""

import datetime as dt
from decimal import Decimal

from tests.demo_facts import spent_by_currency
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain.vocab import ContributionKind, ExpenseCategory
from wopdesk.storage import commands, overview
from wopdesk.storage.models import Contribution, Expense, Partnership
from wopdesk.storage.store import Store


def _expense(store: Store, partnership_id: str, amount: float, currency: str) -> None:
    with store.transaction() as session:
        commands.create(
            session,
            Expense,
            partnership_id=partnership_id,
            date=dt.date(2026, 5, 1),
            category=ExpenseCategory.OTHER,
            amount=amount,
            currency=currency,
        )


def test_amounts_are_added_as_the_decimals_typed(
    demo_store: Store, second_partnership: str
) -> None:
    with demo_store.transaction() as session:
        session.get(Partnership, second_partnership).currency = "USD"  # type: ignore[union-attr]
        commands.create(
            session,
            Contribution,
            partnership_id=second_partnership,
            contributor="Donor",
            kind=ContributionKind.CASH,
            amount=0.3,
        )
    for amount in (0.1, 0.2):
        _expense(demo_store, second_partnership, amount, "USD")
    for amount in (0.1, 0.7):
        _expense(demo_store, second_partnership, amount, "EUR")
    with demo_store.reading() as session:
        totals = overview.budget_totals(session, second_partnership)
        data = overview.partnership_overview(session, second_partnership, dt.date.today())
    assert data is not None
    # 0.1 + 0.2 as floats is 0.30000000000000004: more than the 0.3 budget.
    assert totals.spent == Decimal("0.3")
    assert isinstance(totals.spent, Decimal)
    assert totals.remaining == Decimal(0)
    assert totals.used_share == 1.0
    assert totals.other_currencies == {"EUR": Decimal("0.8")}
    assert (data.budget, data.spent, data.spent_elsewhere) == (
        Decimal("0.3"),
        Decimal("0.3"),
        {"EUR": Decimal("0.8")},
    )


def test_changing_the_currency_keeps_every_expense_in_its_own(demo_store: Store) -> None:
    """The demo spends in XOF and EUR; once the partnership counts in EUR, XOF shows apart."""
    _expense(demo_store, DEMO_PARTNERSHIP_ID, 300.5, "USD")
    spent = {**spent_by_currency(), "USD": Decimal("300.5")}
    with demo_store.reading() as session:
        before = overview.budget_totals(session, DEMO_PARTNERSHIP_ID)
    with demo_store.transaction() as session:
        commands.update(session, Partnership, DEMO_PARTNERSHIP_ID, currency="EUR")
    with demo_store.reading() as session:
        after = overview.budget_totals(session, DEMO_PARTNERSHIP_ID)
    assert (before.currency, before.spent) == ("XOF", spent["XOF"])
    assert before.other_currencies == {c: a for c, a in sorted(spent.items()) if c != "XOF"}
    assert (after.currency, after.spent) == ("EUR", spent["EUR"])
    assert after.other_currencies == {c: a for c, a in sorted(spent.items()) if c != "EUR"}
