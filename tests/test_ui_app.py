"""The main window: first run, navigation, shortcuts, overview and the status bar."""

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.demo_facts import BUDGET, CURRENCY, SPENT, used
from wopdesk.demo import DEMO_PARTNERSHIP_ID, DEMO_PARTNERSHIP_TITLE, DEMOS, bobo, demo_id
from wopdesk.domain.vocab import ExpenseCategory
from wopdesk.storage import commands, overview, queries
from wopdesk.storage.models import Expense
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.partnership_dialogs import PartnershipEditor
from wopdesk.ui.pages.partnerships import PartnershipsPage
from wopdesk.ui.pages.registry import PAGES

from .ui_helpers import open_window, settle, shortcut
from .ui_pages_support import fill, save

MARIA = demo_id("person:maria")


def test_first_run_offers_the_demo_and_opens_it(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    assert window.central.currentWidget() is window.first_run
    assert window.ctx.partnership_id is None

    qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
    assert not window.first_run.demo_button.isEnabled()  # working, in a worker
    qtbot.waitUntil(lambda: window.ctx.partnership_id == DEMO_PARTNERSHIP_ID, timeout=20000)
    settle(qtbot, window)

    assert window.central.currentWidget() is window.splitter
    assert window.partnership_box.currentText() == DEMO_PARTNERSHIP_TITLE
    assert window.ctx.me == MARIA
    assert window.me_box.currentData() == MARIA
    overview_page = window.current_page()
    assert overview_page.page_id == "overview"
    qtbot.waitUntil(lambda: overview_page.heading_label.text() == DEMO_PARTNERSHIP_TITLE)


def test_create_a_partnership_from_the_first_run(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    qtbot.mouseClick(window.first_run.create_button, Qt.MouseButton.LeftButton)
    assert window.central.currentWidget() is window.splitter
    page = window.current_page()
    assert isinstance(page, PartnershipsPage)
    editor = page.current_editor()
    assert isinstance(editor, PartnershipEditor)
    assert editor.isVisible()
    utilities = []
    for field, name, country in (
        ("mentor_utility_id", "Office National de l'Eau", "Morocco"),
        ("mentee_utility_id", "Water Supply Corporation of Goma", "DR Congo"),
    ):
        picker = editor.form.field(field)
        picker.new_button.click()
        utility_editor = picker.current_editor()
        fill(utility_editor, name=name, country=country)
        utilities.append(save(qtbot, utility_editor))
        qtbot.waitUntil(lambda p=picker, u=utilities[-1]: p.value() == u)
    fill(editor, title="Rabat – Goma WOP", currency="USD")
    with qtbot.waitSignal(window.ctx.partnership_changed, timeout=10000):
        partnership_id = save(qtbot, editor)
    settle(qtbot, window)

    assert window.ctx.partnership_id == partnership_id
    assert window.partnership_box.currentText() == "Rabat – Goma WOP"
    assert window.central.currentWidget() is window.splitter
    with store.reading() as session:
        created = queries.partnerships(session)
    assert [(p.title, p.mentor_utility_id, p.mentee_utility_id) for p in created] == [
        ("Rabat – Goma WOP", *utilities)
    ]
    overview_page = window.show_page("overview")
    qtbot.waitUntil(lambda: overview_page.heading_label.text() == "Rabat – Goma WOP")


def test_every_page_is_reachable_by_sidebar_and_ctrl_number(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page_ids = [entry.page_id for entry in PAGES]
    assert window.page_ids == page_ids
    for number, page_id in enumerate(page_ids[:9], start=1):
        shortcut(qtbot, window, f"Ctrl+{number}")
        assert window.current_page().page_id == page_id
    shortcut(qtbot, window, "Ctrl+0")
    assert window.current_page().page_id == page_ids[9]
    # The sidebar moves the stack too, and headings cannot be selected.
    window.sidebar.setCurrentRow(0)
    assert not window.sidebar.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    window.show_page("learning")
    row = window.sidebar.currentRow()
    window.sidebar.setCurrentRow(row - 1)
    assert window.current_page().page_id == "workplan"
    # Arrow keys in the sidebar step over the section headings.
    window.show_page("partnerships")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page().page_id == "visits"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.current_page().page_id == "partnerships"


def test_ctrl_f_focuses_search_and_ctrl_n_starts_a_new_visit(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    shortcut(qtbot, window, "Ctrl+F")
    assert QApplication.focusWidget() is window.search
    shortcut(qtbot, window, "Ctrl+3")
    shortcut(qtbot, window, "Ctrl+N")
    editor = window.page("visits").editor
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.detail is None)
    assert editor.heading.text() == "New site visit"
    assert editor.checked_participants() == {MARIA}


def test_overview_shows_the_partnership_at_a_glance(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.data is not None)
    with demo_store.reading() as session:
        expected = overview.partnership_overview(session, DEMO_PARTNERSHIP_ID, dt.date.today())
    assert expected is not None
    assert page.phases.labels[expected.phase].accessibleName().startswith("Current phase")
    assert page.indicator_table.rowCount() == len(bobo.TARGETS)
    assert page.actions_summary.text() == (
        f"{expected.open_actions} open · {len(expected.overdue)} overdue"
    )
    assert page.learning_total.text() == f"{sum(r.hours for r in bobo.LEARNING):g} hours in total"
    assert page.budget_text.text() == f"{SPENT:,.0f} of {BUDGET:,.0f} {CURRENCY}"
    assert page.budget_bar.value() == used()


def test_overview_links_open_the_next_visit(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.data is not None)
    qtbot.mouseClick(page.visit_button, Qt.MouseButton.LeftButton)
    assert window.current_page().page_id == "visits"
    editor = window.page("visits").editor
    if page.data is not None and page.data.upcoming_visit is not None:
        qtbot.waitUntil(lambda: editor.visit_id == page.data.upcoming_visit.id)  # type: ignore[union-attr]
    else:
        qtbot.waitUntil(lambda: editor.isEnabled() and editor.detail is None)


class FakeSync:
    def is_online(self) -> bool:
        return True

    def pending_changes(self) -> int:
        return 3

    def last_sync(self) -> dt.datetime | None:
        return dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)


def test_status_bar_is_ready_for_sync(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    bar = window.statusBar()
    assert bar.online.text() == "○ Offline"
    assert bar.pending.text() == "No changes waiting to sync"
    assert bar.last_sync.text() == "Last sync: never"
    assert window.sync_now.isEnabled()  # sync exists now

    ctx = AppContext(demo_store, sync_status=FakeSync())
    other = MainWindow(ctx)
    qtbot.addWidget(other)
    bar = other.statusBar()
    assert bar.online.isHidden()  # until the figures are read, off the GUI thread
    qtbot.waitUntil(lambda: bar.online.text() == "● Online")
    assert bar.pending.text() == "3 changes waiting to sync"
    assert bar.last_sync.text().startswith("Last sync: ")
    assert "never" not in bar.last_sync.text()
    settle(qtbot, other)


def test_choosing_who_you_are_is_remembered(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    fatou = demo_id("person:fatou")
    window.me_box.setCurrentIndex(window.me_box.findData(fatou))
    assert window.ctx.me == fatou
    settle(qtbot, window)
    assert demo_store.get_setting("me_person_id") == fatou


def test_partnership_selector_switches_every_page(
    qtbot: QtBot, demo_store: Store, second_partnership: str
) -> None:
    other = second_partnership
    window = open_window(qtbot, demo_store, me=MARIA)
    assert window.partnership_box.count() == len(DEMOS) + 1
    window.select_partnership(other)
    assert window.ctx.partnership_id == other
    learning = window.show_page("learning")
    settle(qtbot, window)
    assert learning.model.rowCount() == 0  # type: ignore[attr-defined]
    with demo_store.reading() as session:
        assert [p.title for p in queries.partnerships(session)][0] == "A second WOP"


def test_every_page_fits_a_1366_by_768_screen(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    window.resize(1366, 700)  # the screen less a taskbar
    for page_id in window.page_ids:
        window.show_page(page_id)
        settle(qtbot, window)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() <= 1366, (page_id, hint)
        assert hint.height() <= 700, (page_id, hint)
        assert window.width() <= 1366, page_id
        assert window.height() <= 700, page_id


def test_the_budget_card_converts_with_rates_and_never_adds_other_currencies(
    qtbot: QtBot, demo_store: Store
) -> None:
    """Expenses of 300.5 EUR and 20,000 USD beside the XOF budget: the euros are converted
    at the demo's recorded parity; the dollars, with no rate, are shown apart, not added."""
    with demo_store.transaction() as session:
        for amount, currency in ((300.0, "EUR"), (20000.0, "USD"), (0.5, "EUR")):
            commands.create(
                session,
                Expense,
                partnership_id=DEMO_PARTNERSHIP_ID,
                date=dt.date(2026, 5, 1),
                category=ExpenseCategory.TRAVEL,
                amount=amount,
                currency=currency,
            )
    with demo_store.reading() as session:
        data = overview.partnership_overview(session, DEMO_PARTNERSHIP_ID, dt.date.today())
    assert data is not None
    spent = SPENT + round(300 * 655.957) + round(0.5 * 655.957)
    assert data.spent == Decimal(str(spent))
    assert data.spent_elsewhere == {"USD": Decimal("20000.00")}
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.data is not None)
    assert page.budget_text.text() == f"{spent:,.0f} of {BUDGET:,.0f} {CURRENCY}"
    assert page.budget_bar.value() == used(spent)
    assert "Also spent, with no exchange rate to XOF, not added: 20,000 USD." in (
        page.budget_detail.text()
    )
