"""The finance page: expenses and contributions, and the budget totals they change."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.demo_facts import BUDGET, CURRENCY, MENTEE, SPENT, money, used
from tests.ui_pages_support import count, fill, refused, save, shown, window
from wopdesk.demo import DEMO_PARTNERSHIP_ID, bobo, demo_id
from wopdesk.domain.vocab import ContributionKind, ExpenseCategory
from wopdesk.storage.models import BudgetLine, Contribution, ExchangeRate, Expense
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.finance import (
    BudgetLineEditor,
    ContributionEditor,
    ExchangeRateEditor,
    ExpenseEditor,
    FinancePage,
)

__all__ = ["window"]


def finance(qtbot: QtBot, window: MainWindow) -> FinancePage:
    page = shown(qtbot, window, "finance")
    assert isinstance(page, FinancePage)
    return page


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = finance(qtbot, window)
    assert page.expenses.model.rowCount() == len(bobo.EXPENSES)
    assert page.contributions.model.rowCount() == len(bobo.CONTRIBUTIONS)
    for table in (page.expenses, page.contributions):
        qtmodeltester.check(table.model)
        qtmodeltester.check(table.proxy)


def test_demo_totals(qtbot: QtBot, window: MainWindow) -> None:
    page = finance(qtbot, window)
    assert page.budget_card.amount.text() == money(BUDGET)
    assert page.spent_card.amount.text() == money(SPENT)
    assert page.remaining_card.amount.text() == money(BUDGET - SPENT)
    assert page.used_bar.value() == used()


def test_add_an_expense_and_see_the_totals_change(qtbot: QtBot, window: MainWindow) -> None:
    page = finance(qtbot, window)
    page.new_record()
    editor = page.current_editor()
    assert isinstance(editor, ExpenseEditor)
    assert editor.form.field("currency").value() == CURRENCY  # the partnership's
    fill(editor, amount="178,050", description="Leak noise loggers")  # XOF: no decimals
    editor.form.field("category").set_value(ExpenseCategory.EQUIPMENT)
    expense_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: page.spent_card.amount.text() == money(SPENT + 178050))
    assert page.remaining_card.amount.text() == money(BUDGET - SPENT - 178050)
    assert page.used_bar.value() == used(SPENT + 178050)
    assert page.expenses.current_id() == expense_id
    with window.ctx.store.reading() as session:
        expense = session.get(Expense, expense_id)
        assert expense is not None
        assert (expense.amount, expense.category) == (178050, ExpenseCategory.EQUIPMENT)
        assert expense.partnership_id == DEMO_PARTNERSHIP_ID


def test_a_contribution_is_planned_and_received_in_its_own_currency(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = finance(qtbot, window)
    page.new_contribution()
    editor = page.current_editor()
    assert isinstance(editor, ContributionEditor)
    editor.form.field("contributor_utility_id").set_value(demo_id("utility:mentee"))
    assert editor.form.field("contributor").value() == MENTEE
    assert editor.form.field("currency").value() == CURRENCY  # the partnership's
    fill(editor, amount="1300.50", received="400.25", currency="EUR")
    editor.form.field("kind").set_value(ContributionKind.CASH)
    contribution_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: page.contributions.model.rowCount() == len(bobo.CONTRIBUTIONS) + 1)
    assert page.contributions.select_id(contribution_id)
    row = page.contributions.view.currentIndex().row()
    figures = [page.contributions.proxy.index(row, c).data() for c in (2, 3)]
    assert figures == ["1,300.50 EUR", "400.25 EUR"]
    # The budget is the budget lines: a contribution is what a partner puts in.
    assert page.budget_card.amount.text() == money(BUDGET)
    with window.ctx.store.reading() as session:
        stored = session.get(Contribution, contribution_id)
        assert stored is not None
        assert (stored.amount, stored.received) == (Decimal("1300.50"), Decimal("400.25"))


def test_a_contribution_in_a_currency_s_minor_units_is_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = finance(qtbot, window)
    before = count(window.ctx.store, Contribution)
    page.new_contribution()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, contributor="City council", amount="100.5")  # XOF has no decimals
    assert "Amount in XOF is a whole number (got 100.5)." in refused(qtbot, editor, "amount")
    assert count(window.ctx.store, Contribution) == before


def test_an_expense_in_another_currency_is_shown_apart(qtbot: QtBot, window: MainWindow) -> None:
    page = finance(qtbot, window)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, amount="500", currency="usd")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: "500.00 USD" in page.other_currencies.text())
    assert page.spent_card.amount.text() == money(SPENT)


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"amount": "-40"}, "amount", "Amount cannot be negative"),
        ({"amount": ""}, "amount", "Amount is required"),
        ({"amount": "12", "currency": "US"}, "currency", "not an ISO 4217 currency"),
        ({"amount": "12", "currency": "DOL"}, "currency", "'DOL' is not an ISO 4217 currency"),
        ({"amount": "12", "date": "2026-02-30"}, "date", "YYYY-MM-DD"),
    ],
)
def test_bad_expense_is_refused(
    qtbot: QtBot, window: MainWindow, values: dict[str, str], field: str, message: str
) -> None:
    page = finance(qtbot, window)
    before = count(window.ctx.store, Expense)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, **values)
    assert message in refused(qtbot, editor, field)
    assert count(window.ctx.store, Expense) == before
    assert page.spent_card.amount.text() == money(SPENT)


def test_bad_contribution_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    page = finance(qtbot, window)
    before = count(window.ctx.store, Contribution)
    page.new_contribution()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, amount="100")
    assert "Contributor is required" in refused(qtbot, editor, "contributor")
    fill(editor, contributor="City council", amount="-100")
    assert "Amount cannot be negative" in refused(qtbot, editor, "amount")
    assert count(window.ctx.store, Contribution) == before


def test_a_rate_added_with_the_mouse_converts_what_was_apart(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = finance(qtbot, window)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, amount="500", currency="usd", date="2026-05-04")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: "500.00 USD" in page.other_currencies.text())
    qtbot.waitUntil(lambda: page.rates.proxy.rowCount() == 1)  # the demo's EUR parity
    click_tab(qtbot, page, "Exchange rates")
    section = page.rates.parentWidget()
    new_button = next(b for b in section.findChildren(QPushButton) if b.text() == "New…")
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    rate_editor = page.current_editor()
    assert isinstance(rate_editor, ExchangeRateEditor)
    assert rate_editor.form.field("to_currency").value() == CURRENCY
    fill(rate_editor, from_currency="USD", rate="560.5", date="2026-05-01", source="BCEAO")
    save(qtbot, rate_editor)
    qtbot.waitUntil(lambda: page.spent_card.amount.text() == money(SPENT + 280250))
    assert "Not converted" not in page.other_currencies.text()
    assert "500.00 USD, converted" in page.other_currencies.text()
    assert page.rates.proxy.rowCount() == 2


def test_a_rate_dated_in_the_future_or_without_a_source_is_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = finance(qtbot, window)
    page.new_rate()
    editor = page.current_editor()
    assert isinstance(editor, ExchangeRateEditor)
    before = count(window.ctx.store, ExchangeRate)
    fill(editor, from_currency="USD", rate="560.5", date="2999-01-01", source="")
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.saving)
    assert editor.form.error_text("source")
    assert editor.form.error_text("date")
    assert count(window.ctx.store, ExchangeRate) == before


def click_tab(qtbot: QtBot, page: FinancePage, title: str) -> None:
    bar = page.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


def test_a_budget_line_is_added_and_an_expense_spent_on_it_with_the_mouse(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = finance(qtbot, window)
    click_tab(qtbot, page, "Budget lines")
    qtbot.waitUntil(lambda: page.lines.proxy.rowCount() == len(bobo.SPEC.budget_lines))
    assert "planned time has passed" in page.time_elapsed.text()
    section = page.lines.parentWidget()
    new_button = next(b for b in section.findChildren(QPushButton) if b.text() == "New…")
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    editor = page.current_editor()
    assert isinstance(editor, BudgetLineEditor)
    fill(editor, funder="ONEA", amount="2,000,000", description="Formation des releveurs")
    editor.form.field("category").set_value(ExpenseCategory.OTHER)
    line_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: line_id in page.lines.model.ids)
    page.new_record()
    expense_editor = page.current_editor()
    assert isinstance(expense_editor, ExpenseEditor)
    fill(expense_editor, amount="500,000", budget_line_id=line_id)
    save(qtbot, expense_editor)
    qtbot.waitUntil(lambda: page.lines.cell(line_id, 3) == money(500000))
    assert page.lines.cell(line_id, 4) == "25 %"
    # A click on the line selects it; Delete asks and the line goes (Undo can bring it back).
    row = page.lines.proxy.mapFromSource(
        page.lines.model.index(page.lines.model.row_of(line_id), 0)
    )
    view = page.lines.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(row).center())
    assert page.lines.current_id() == line_id


def test_a_budget_line_without_a_funder_or_with_a_negative_amount_is_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = finance(qtbot, window)
    page.new_line()
    editor = page.current_editor()
    assert isinstance(editor, BudgetLineEditor)
    before = count(window.ctx.store, BudgetLine)
    fill(editor, funder="", amount="-5")
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.saving)
    assert editor.form.error_text("funder")
    assert "negative" in editor.form.error_text("amount")
    assert count(window.ctx.store, BudgetLine) == before
