"""Money stored exactly, and the finance picture in three currencies checked to the cent."""

import datetime as dt
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.test_reports import whole_text
from wopdesk.domain.vocab import ContributionKind, ExpenseCategory
from wopdesk.errors import ValidationError
from wopdesk.storage import commands
from wopdesk.storage.codecs import codecs, decimal_to_wire
from wopdesk.storage.finance import Spent, finance_picture
from wopdesk.storage.models import BudgetLine, Contribution, ExchangeRate, Expense, Partnership
from wopdesk.storage.store import Store

TODAY = dt.date(2026, 9, 30)
Q3 = dt.date(2026, 7, 1)


def _add(store: Store, model: type, **values: object) -> str:
    with store.transaction() as session:
        return commands.create(session, model, **values).id


@pytest.fixture
def three_currencies(demo_store: Store, second_partnership: str) -> str:
    """A XOF partnership with EUR and USD money, every figure chosen for a hand sum."""
    store, pid = demo_store, second_partnership
    with store.transaction() as session:
        partnership = session.get(Partnership, pid)
        assert partnership is not None
        partnership.currency = "XOF"
        partnership.planned_start = dt.date(2025, 10, 1)
        partnership.planned_end = dt.date(2027, 10, 1)
    rate = {"partnership_id": pid, "to_currency": "XOF", "source": "BCEAO"}
    _add(
        store,
        ExchangeRate,
        **rate,
        from_currency="EUR",
        rate=Decimal("655.957"),
        date=dt.date(1999, 1, 1),
    )
    _add(
        store,
        ExchangeRate,
        **rate,
        from_currency="USD",
        rate=Decimal("600.5"),
        date=dt.date(2026, 8, 1),
    )
    grant = _add(
        store,
        BudgetLine,
        partnership_id=pid,
        category=ExpenseCategory.OTHER,
        funder="EU-WOP",
        amount=Decimal("100000.00"),
        currency="EUR",
    )
    local = _add(
        store,
        BudgetLine,
        partnership_id=pid,
        category=ExpenseCategory.TRAVEL,
        funder="ONEA",
        amount=Decimal("5000000"),
        currency="XOF",
    )
    staff = _add(
        store,
        BudgetLine,
        partnership_id=pid,
        category=ExpenseCategory.STAFF_TIME,
        funder="ONEE",
        amount=Decimal("2000000"),
        currency="XOF",
        in_kind=True,
    )
    spend = {"partnership_id": pid, "category": ExpenseCategory.OTHER}
    # On the grant: EUR 10.01 in Q2 (6,566 XOF), EUR 0.10 in Q3 (66 XOF, half up from 65.5957).
    _add(
        store,
        Expense,
        **spend,
        date=dt.date(2026, 5, 2),
        amount=Decimal("10.01"),
        currency="EUR",
        budget_line_id=grant,
    )
    _add(
        store,
        Expense,
        **spend,
        date=dt.date(2026, 7, 2),
        amount=Decimal("0.10"),
        currency="EUR",
        budget_line_id=grant,
    )
    # On the local line: 150,000 XOF in Q3, and USD 2.50 in August (1,501 XOF, half up).
    _add(
        store,
        Expense,
        **spend,
        date=dt.date(2026, 7, 15),
        amount=Decimal("150000"),
        currency="XOF",
        budget_line_id=local,
    )
    _add(
        store,
        Expense,
        **spend,
        date=dt.date(2026, 8, 15),
        amount=Decimal("2.50"),
        currency="USD",
        budget_line_id=local,
    )
    # USD before any dollar rate: not converted, counted apart.
    _add(
        store,
        Expense,
        **spend,
        date=dt.date(2026, 6, 1),
        amount=Decimal("40.00"),
        currency="USD",
        budget_line_id=local,
    )
    # Staff time in kind, on the in-kind line: never money spent.
    _add(
        store,
        Expense,
        **spend,
        date=dt.date(2026, 7, 20),
        amount=Decimal("300000"),
        currency="XOF",
        in_kind=True,
        budget_line_id=staff,
    )
    # Cash on no line, and an expense after the picture's date (not counted).
    _add(store, Expense, **spend, date=dt.date(2026, 9, 1), amount=Decimal("25000"), currency="XOF")
    _add(store, Expense, **spend, date=dt.date(2026, 10, 1), amount=Decimal("1"), currency="XOF")
    _add(
        store,
        Contribution,
        partnership_id=pid,
        contributor="EU-WOP",
        kind=ContributionKind.CASH,
        amount=Decimal("100000.00"),
        currency="EUR",
        received=Decimal("40000.00"),
    )
    return pid


def test_the_picture_adds_up_to_the_cent_in_three_currencies(
    demo_store: Store, three_currencies: str
) -> None:
    with demo_store.reading() as session:
        picture = finance_picture(session, three_currencies, TODAY, Q3)
    grant, local = picture.lines  # by funder: EU-WOP, ONEA
    assert grant.budget == Decimal(65_595_700)  # 100,000 EUR x 655.957
    assert grant.spent == Spent(period=Decimal(66), to_date=Decimal(6566 + 66))
    assert local.budget == Decimal(5_000_000)
    assert local.spent == Spent(period=Decimal(151_501), to_date=Decimal(151_501))
    assert picture.budget == Decimal(70_595_700)
    assert picture.spent == Spent(
        period=Decimal(66 + 151_501 + 25_000), to_date=Decimal(6632 + 151_501 + 25_000)
    )
    assert picture.unallocated == Spent(Decimal(25_000), Decimal(25_000))
    assert picture.in_kind == Spent(Decimal(300_000), Decimal(300_000))
    (staff,) = picture.in_kind_lines
    assert staff.used_share == 0.15
    assert picture.not_converted == {"USD": Decimal("40.00")}
    assert [f.funder for f in picture.funders] == ["EU-WOP", "ONEA"]
    (eu,) = picture.contributions
    assert (eu.planned_converted, eu.received_converted) == (
        Decimal(65_595_700),
        Decimal(26_238_280),
    )
    assert picture.time_elapsed == pytest.approx(364 / 730)


def test_the_progress_report_prints_the_picture(
    demo_store: Store, three_currencies: str, tmp_path: Path
) -> None:
    from wopdesk.reports.progress import build_progress_report

    out = tmp_path / "p.pdf"
    build_progress_report(demo_store, three_currencies, out, today=TODAY)
    words = " ".join(whole_text(out).split())
    assert "XOF 183,133 spent to 30 Sep 2026 of a budget of XOF 70,595,700" in words
    assert "(EUR 100,000.00) EU-WOP 65,595,700" in words  # the line's own amount, converted
    assert "Budgeted in kind (not money)" in words
    assert "Not converted, so not counted" in words
    assert "USD 40.00" in words


def test_amounts_are_stored_as_the_decimal_typed(
    demo_store: Store, second_partnership: str
) -> None:
    store = demo_store
    expense = _add(
        store,
        Expense,
        partnership_id=second_partnership,
        date=dt.date(2026, 1, 5),
        category=ExpenseCategory.OTHER,
        amount=Decimal("0.10"),
        currency="EUR",
    )
    with store.reading() as session:
        stored = session.execute(
            text("SELECT amount, typeof(amount) FROM expense WHERE id = :id"), {"id": expense}
        ).one()
        assert session.get(Expense, expense).amount == Decimal("0.10")  # type: ignore[union-attr]
    assert tuple(stored) == ("0.10", "text")


@pytest.mark.parametrize(
    ("amount", "currency", "sentence"),
    [
        (Decimal("12.345"), "EUR", "Amount in EUR has at most 2 decimals (got 12.345)."),
        (Decimal("100.5"), "XOF", "Amount in XOF is a whole number (got 100.5)."),
        (Decimal("1234567890123.456"), "EUR", "has more than 15 significant digits"),
        (Decimal("-1"), "EUR", "cannot be negative"),
    ],
)
def test_an_amount_the_currency_cannot_hold_is_refused_and_nothing_written(
    demo_store: Store, second_partnership: str, amount: Decimal, currency: str, sentence: str
) -> None:
    store = demo_store
    with pytest.raises(ValidationError, match=re.escape(sentence)):
        _add(
            store,
            Expense,
            partnership_id=second_partnership,
            date=dt.date(2026, 1, 5),
            category=ExpenseCategory.OTHER,
            amount=amount,
            currency=currency,
        )
    with store.reading() as session:
        assert session.query(Expense).filter_by(partnership_id=second_partnership).count() == 0


@pytest.mark.parametrize(
    "amount", ["0.1", "0.30", "655.957", "123456789012.34", "20000", "0.000001"]
)
def test_an_amount_crosses_the_wire_as_the_same_decimal(amount: str) -> None:
    import json

    codec = codecs(Expense)["amount"]
    sent = json.loads(json.dumps(decimal_to_wire(Decimal(amount))))
    assert codec.check(sent) is None
    assert codec.from_wire(sent) == Decimal(amount)


def test_the_migration_turns_float_money_into_the_decimals_typed(tmp_path: Path) -> None:
    from alembic import command

    from wopdesk.storage.database import alembic_config, create_sqlite_engine

    path = tmp_path / "old.db"
    engine = create_sqlite_engine(path)
    config = alembic_config(engine)
    command.upgrade(config, "0008_budget_lines")
    conn = sqlite3.connect(path)
    conn.executescript(
        "INSERT INTO utility (id, name, country, kind, created_at, updated_at, deleted, clocks) "
        "VALUES ('u', 'U', 'BF', 'water', '2026-01-01', '2026-01-01', 0, '{}');"
        "INSERT INTO partnership (id, title, mentor_utility_id, mentee_utility_id, type, "
        "currency, phase, status, created_at, updated_at, deleted, clocks) VALUES ('p', 'P', "
        "'u', 'u', 'south_south', 'XOF', 'design', 'active', '2026-01-01', '2026-01-01', 0, '{}');"
        "INSERT INTO contribution (id, partnership_id, contributor, kind, amount, created_at, "
        "updated_at, deleted, clocks) VALUES ('c', 'p', 'Donor', 'cash', 1500000.5, "
        "'2026-01-01', '2026-01-01', 0, '{}');"
        "INSERT INTO expense (id, partnership_id, date, category, amount, currency, in_kind, "
        "created_at, updated_at, deleted, clocks) VALUES ('e', 'p', '2026-01-02', 'other', 0.1, "
        "'EUR', 0, '2026-01-01', '2026-01-01', 0, '{}');"
    )
    conn.commit()
    conn.close()
    command.upgrade(config, "head")
    engine.dispose()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT amount, currency FROM contribution").fetchone() == (
        "1500000.5",
        "XOF",
    )
    assert conn.execute("SELECT amount FROM expense").fetchone() == ("0.1",)
    conn.close()
