"""Partnership health on the Progress page, with the mouse and the keyboard, in English,
French and Spanish at 1366×768: see each side's latest review, record one, be refused."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from wopdesk.demo import demo_id
from wopdesk.domain.health import health_items, item_name
from wopdesk.storage import health
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.ui.forms import display_locale, format_date
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.health import HealthPanel, HealthReviewEditor, ItemScoreField
from wopdesk.ui.pages.progress import ProgressPage

from .ui_helpers import answer_yes, window

__all__ = ["window"]  # the shared fixture, used by name

Q3_MENTEE = demo_id("health:q3-mentee")


def _panel(qtbot: QtBot, window: MainWindow) -> HealthPanel:
    """The Progress page's health tab, opened with a click on the tab."""
    page = window.show_page("progress")
    assert isinstance(page, ProgressPage)
    panel = page.health
    assert panel.tabs is not None
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: panel.isVisible() and panel.table.proxy.rowCount() == 4, timeout=10000)
    assert not page.tool_row.isVisible()  # the periods' buttons belong to the other tab
    return panel


def _modal(qtbot: QtBot) -> HealthReviewEditor:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, HealthReviewEditor)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def _count(store: Store, model: type[m.SyncedRecord]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_latest_review_of_each_side_is_shown_per_item(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    table = panel.summary_table
    assert table.rowCount() == len(health_items())
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert item_name("timeliness") in names  # translated
    row = names.index(item_name("timeliness"))
    two = display_locale().toString(2.0, "f", 1)  # an average: always one decimal
    assert (table.item(row, 1).text(), table.item(row, 2).text()) == (two, two)
    assert format_date(dt.date(2026, 10, 7)) in panel.latest.text()
    # Every column fits the 1366-pixel window: nothing is cut off on the right.
    assert table.viewport().width() >= table.horizontalHeader().length() - 2
    assert panel.window().width() <= 1366


def test_a_review_is_recorded_with_the_mouse_and_the_keyboard(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    panel = _panel(qtbot, window)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    editor = _modal(qtbot)
    trust = editor.form.field("item:trust")
    assert isinstance(trust, ItemScoreField)
    trust.score.setFocus()
    for _ in range(3):  # "— not scored —" -> 1 -> 2 -> 3
        qtbot.keyClick(trust.score, Qt.Key.Key_Down)
    qtbot.mouseClick(trust.comment, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(trust.comment, "Open talks at the steering committee")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    with demo_store.reading() as session:
        (score,) = health.review_scores(session, saved.args[0])
    assert (score.item, score.score, score.comment) == (
        "trust",
        3,
        "Open talks at the steering committee",
    )
    qtbot.waitUntil(lambda: panel.table.current_id() == saved.args[0], timeout=10000)


def test_a_future_date_or_nothing_scored_is_refused_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    panel = _panel(qtbot, window)
    before = _count(demo_store, m.HealthReview), _count(demo_store, m.HealthScore)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    editor = _modal(qtbot)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # nothing scored
    qtbot.waitUntil(lambda: bool(editor.form.error_text("item:leadership")), timeout=5000)
    assert "\n" not in editor.form.error_text("item:leadership")
    editor.form.field("item:trust").score.setCurrentIndex(2)
    date = editor.form.field("date")
    date.edit.setFocus()
    date.edit.selectAll()
    qtbot.keyClicks(date.edit, (dt.date.today() + dt.timedelta(days=3)).isoformat())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(editor.form.error_text("date")), timeout=5000)
    assert editor.isVisible()
    editor.close()
    assert (_count(demo_store, m.HealthReview), _count(demo_store, m.HealthScore)) == before


def test_a_review_is_edited_and_deleted_with_its_scores(
    qtbot: QtBot, window: MainWindow, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(qtbot, window)
    table = panel.table
    row = table.visible_ids().index(Q3_MENTEE)
    position = table.view.visualRect(table.proxy.index(row, 0)).center()
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: panel.edit_button.isEnabled(), timeout=5000)
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    editor = _modal(qtbot)
    assert editor.form.field("item:trust").value().score == 4
    editor.close()
    answer_yes(monkeypatch)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Q3_MENTEE not in table.visible_ids(), timeout=10000)
    with demo_store.reading() as session:
        assert health.review_scores(session, Q3_MENTEE) == []


def test_a_search_hit_on_a_comment_opens_its_review(qtbot: QtBot, window: MainWindow) -> None:
    score = demo_id(f"health:q3-mentee:{'mentee_ownership'}")
    window.go_to("progress", score)  # what choosing a search hit does
    page = window.current_page()
    assert isinstance(page, ProgressPage)
    qtbot.waitUntil(lambda: page.health.table.current_id() == Q3_MENTEE, timeout=10000)
    assert page.health.isVisible()
