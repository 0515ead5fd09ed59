"""The budget's totals: decimals added as decimals, each currency on its own, never lost."""

import datetime as dt
from decimal import Decimal

from tests.demo_facts import SPENT, cash_by_currency, spent_by_currency
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.demo.bobo import EXPENSES
from wopdesk.domain.vocab import ContributionKind, ExpenseCategory
from wopdesk.storage import commands, overview
from wopdesk.storage.models import BudgetLine, Contribution, ExchangeRate, Expense, Partnership
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


def test_changing_the_currency_converts_and_keeps_what_has_no_rate(demo_store: Store) -> None:
    """The demo spends in XOF and EUR, with the EUR–XOF parity recorded; an expense in USD
    has no rate. In XOF the euros are converted; in EUR the francs are (the same rate,
    inverted); the dollars stay apart either way."""
    _expense(demo_store, DEMO_PARTNERSHIP_ID, 300.5, "USD")
    spent = spent_by_currency()
    with demo_store.reading() as session:
        before = overview.budget_totals(session, DEMO_PARTNERSHIP_ID)
    with demo_store.transaction() as session:
        commands.update(session, Partnership, DEMO_PARTNERSHIP_ID, currency="EUR")
    with demo_store.reading() as session:
        after = overview.budget_totals(session, DEMO_PARTNERSHIP_ID)
    assert (before.currency, after.currency) == ("XOF", "EUR")
    assert before.other_currencies == after.other_currencies == {"USD": Decimal("300.5")}
    assert before.converted == {"EUR": spent["EUR"]}
    assert after.converted == {"XOF": spent["XOF"]}
    assert before.spent == Decimal(str(SPENT))
    # Each franc expense is converted on its own, to the cent: the sum is within a cent
    # per expense of the total divided by the parity.
    cash = cash_by_currency()
    expected = cash["EUR"] + cash["XOF"] / Decimal("655.957")
    assert abs(after.spent - expected) <= Decimal("0.01") * len(EXPENSES)
    assert after.spent == after.spent.quantize(Decimal("0.01"))


def test_an_expense_is_converted_with_the_rate_of_its_date_or_the_nearest_earlier(
    demo_store: Store, second_partnership: str
) -> None:
    for date, rate in ((dt.date(2026, 1, 1), 0.0015), (dt.date(2026, 4, 1), 0.0016)):
        with demo_store.transaction() as session:
            commands.create(
                session,
                ExchangeRate,
                partnership_id=second_partnership,
                from_currency="XOF",
                to_currency="EUR",
                rate=rate,
                date=date,
                source="test",
            )
    with demo_store.transaction() as session:
        session.get(Partnership, second_partnership).currency = "EUR"  # type: ignore[union-attr]
    for day, amount in ((dt.date(2026, 3, 31), 1000), (dt.date(2026, 5, 1), 1000)):
        with demo_store.transaction() as session:
            commands.create(
                session,
                Expense,
                partnership_id=second_partnership,
                date=day,
                category=ExpenseCategory.OTHER,
                amount=amount,
                currency="XOF",
            )
    _expense(demo_store, second_partnership, 500, "XOF")  # 1 May 2026 as well
    with demo_store.transaction() as session:
        commands.create(
            session,
            Expense,
            partnership_id=second_partnership,
            date=dt.date(2025, 12, 31),  # before any rate
            category=ExpenseCategory.OTHER,
            amount=700,
            currency="XOF",
        )
    with demo_store.reading() as session:
        totals = overview.budget_totals(session, second_partnership)
    assert totals.spent == Decimal("1.50") + Decimal("1.60") + Decimal("0.80")
    assert totals.other_currencies == {"XOF": Decimal(700)}
    assert totals.converted == {"XOF": Decimal(2500)}


def test_each_budget_line_shows_what_was_spent_on_it_in_its_currency(
    demo_store: Store, second_partnership: str
) -> None:
    """The demo's grant line is in euros: its franc expenses are converted at the parity
    (the rate recorded the other way round, inverted); the in-kind line counts staff time."""
    with demo_store.reading() as session:
        lines = {line.funder: line for line in overview.budget_lines(session, DEMO_PARTNERSHIP_ID)}
    grant = lines["Programme EU-WOP (Union européenne)"]
    assert (grant.currency, grant.budget) == ("EUR", Decimal(150000))
    cash = [e for e in EXPENSES if not e.in_kind]
    expected = sum(
        Decimal(str(e.amount))
        if e.currency == "EUR"
        else (Decimal(str(e.amount)) / Decimal("655.957")).quantize(Decimal("0.01"))
        for e in cash
    )
    assert grant.spent == expected
    assert grant.not_converted == {}
    staff = lines["ONEE – Branche Eau"]
    assert staff.spent == sum(Decimal(str(e.amount)) for e in EXPENSES if e.in_kind)
    assert 0 < (grant.used_share or 0) < 1

    # A line in dollars, with no dollar rate: its franc expense is kept apart, not added.
    with demo_store.transaction() as session:
        line = commands.create(
            session,
            BudgetLine,
            partnership_id=second_partnership,
            category=ExpenseCategory.EQUIPMENT,
            funder="A foundation",
            amount=1000,
            currency="USD",
        )
        commands.create(
            session,
            Expense,
            partnership_id=second_partnership,
            date=dt.date(2026, 5, 1),
            category=ExpenseCategory.EQUIPMENT,
            amount=50000,
            currency="XOF",
            budget_line_id=line.id,
        )
    with demo_store.reading() as session:
        (dollars,) = overview.budget_lines(session, second_partnership)
    assert dollars.spent == 0
    assert dollars.not_converted == {"XOF": Decimal(50000)}


def test_time_elapsed_is_the_share_of_the_planned_dates(demo_store: Store) -> None:
    with demo_store.reading() as session:
        partnership = session.get(Partnership, DEMO_PARTNERSHIP_ID)
        assert partnership is not None
        start = partnership.actual_start or partnership.planned_start
        end = partnership.actual_end or partnership.planned_end
        assert start is not None
        assert end is not None
        assert overview.time_elapsed_share(partnership, start) == 0
        assert overview.time_elapsed_share(partnership, end + dt.timedelta(days=9)) == 1
        middle = start + (end - start) / 2
        assert abs((overview.time_elapsed_share(partnership, middle) or 0) - 0.5) < 0.01
