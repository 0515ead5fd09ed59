"""Nothing is final: every list deletes with Undo (the message's button and Ctrl+Z), and
Edit › Recently deleted… restores; site visits and learning entries can be deleted too.
Driven with the mouse and the keyboard, at 1366×768, in three languages."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui_helpers import answer_yes, window
from wopdesk.demo import demo_id
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.undo import RecentlyDeletedDialog

__all__ = ["window"]  # the shared fixture, used by name

DRAFT_VISIT = demo_id("visit:second")
FINAL_VISIT = demo_id("visit:first")
ACTION = demo_id("action:a9")


def is_deleted(store: Store, model: type[m.SyncedRecord], record_id: str) -> bool:
    with store.reading() as session:
        record = session.get(model, record_id)
        assert record is not None
        return record.deleted


def live(store: Store, model: type[m.SyncedRecord]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(~model.deleted)) or 0


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible()
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def delete_action_with_the_mouse(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("workplan")
    table = page.table
    qtbot.waitUntil(lambda: table.proxy.rowCount() > 0, timeout=10000)
    table.select_id(ACTION)
    index = table.view.currentIndex()
    table.view.clearSelection()
    qtbot.mouseClick(
        table.view.viewport(), Qt.MouseButton.LeftButton, pos=table.view.visualRect(index).center()
    )
    answer_yes(monkeypatch)
    click(qtbot, page.delete_button)
    qtbot.waitUntil(lambda: window.undo_delete.message.isVisible(), timeout=10000)
    assert is_deleted(window.ctx.store, m.Action, ACTION)


def test_the_message_of_a_delete_has_an_undo_button(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    delete_action_with_the_mouse(qtbot, window, monkeypatch)
    undo = window.undo_delete
    assert window.undo_delete.message_text.text()
    assert undo.undo_action.isEnabled()
    click(qtbot, undo.undo_button)
    qtbot.waitUntil(lambda: not is_deleted(window.ctx.store, m.Action, ACTION), timeout=10000)
    qtbot.waitUntil(lambda: ACTION in window.page("workplan").table.model.ids, timeout=10000)
    assert not undo.message.isVisible()
    assert not undo.undo_action.isEnabled()


def test_ctrl_z_takes_the_last_delete_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    delete_action_with_the_mouse(qtbot, window, monkeypatch)
    page = window.page("workplan")
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not is_deleted(window.ctx.store, m.Action, ACTION), timeout=10000)


def test_a_draft_visit_is_deleted_and_restored_from_recently_deleted(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("visits")
    qtbot.waitUntil(lambda: page.model.row_of(DRAFT_VISIT) >= 0, timeout=10000)
    participants = live(window.ctx.store, m.VisitParticipant)
    rect = page.table.visualRect(page.model.index(page.model.row_of(DRAFT_VISIT), 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.editor.visit_id == DRAFT_VISIT, timeout=10000)
    qtbot.waitUntil(lambda: page.editor.delete_button.isEnabled(), timeout=10000)
    asked = answer_yes(monkeypatch)
    click(qtbot, page.editor.delete_button)
    assert len(asked) == 1
    qtbot.waitUntil(lambda: page.model.row_of(DRAFT_VISIT) < 0, timeout=10000)
    assert is_deleted(window.ctx.store, m.SiteVisit, DRAFT_VISIT)
    assert live(window.ctx.store, m.VisitParticipant) < participants

    window.undo_delete.recent_action.trigger()
    dialog = window.undo_delete.dialog
    assert isinstance(dialog, RecentlyDeletedDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10000)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    assert dialog.deletions[0].record_id == DRAFT_VISIT
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: page.model.row_of(DRAFT_VISIT) >= 0, timeout=10000)
    assert live(window.ctx.store, m.VisitParticipant) == participants
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    assert dialog.empty.isVisible()


def test_a_final_visit_cannot_be_deleted_until_reopened(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("visits")
    page.open_record(FINAL_VISIT)
    qtbot.waitUntil(lambda: page.editor.visit_id == FINAL_VISIT, timeout=10000)
    assert page.editor.final
    assert not page.editor.delete_button.isEnabled()


def test_a_learning_entry_is_deleted_and_undone_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("learning")
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0, timeout=10000)
    entries = live(window.ctx.store, m.LearningActivity)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.activity_id is not None, timeout=10000)
    entry = editor.activity_id
    answer_yes(monkeypatch)
    click(qtbot, editor.delete_button)
    qtbot.waitUntil(lambda: live(window.ctx.store, m.LearningActivity) == entries - 1)
    qtbot.waitUntil(lambda: editor.activity_id is None, timeout=10000)
    qtbot.waitUntil(window.undo_delete.undo_action.isEnabled, timeout=10000)
    window.undo_delete.undo_action.trigger()
    qtbot.waitUntil(lambda: live(window.ctx.store, m.LearningActivity) == entries)
    assert entry is not None
    assert not is_deleted(window.ctx.store, m.LearningActivity, entry)
