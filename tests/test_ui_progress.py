"""The Progress page, with the mouse and the keyboard, in English, French and Spanish: write
a period's record, have both partners approve it, find it read-only, reopen it."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wopdesk.demo import demo_id
from wopdesk.domain import i18n
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.progress import (
    ApprovalEditor,
    ProgressEditor,
    ProgressPage,
    read_only_sentence,
)
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.report_preview import ReportPreviewDialog

from .ui_helpers import answer_yes, window

__all__ = ["window"]  # the shared fixture, used by name

DRAFT = demo_id("progress:1")  # 2026 Q3, at risk, not approved
APPROVED = demo_id("progress:0")  # 2026 Q2, approved by both partners


def _page(qtbot: QtBot, window: MainWindow) -> ProgressPage:
    page = window.show_page("progress")
    assert isinstance(page, ProgressPage)
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() > 2, timeout=10000)
    return page


def _click(qtbot: QtBot, table: RecordTable, key: str, *, double: bool = False) -> None:
    row = table.visible_ids().index(key)
    position = table.view.visualRect(table.proxy.index(row, 0)).center()
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    if double:
        qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def _modal(qtbot: QtBot) -> object:
    """The editor just opened, active so that its keyboard shortcuts work."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def _record(store: Store, record_id: str) -> m.ProgressRecord:
    with store.reading() as session:
        return cmd.get(session, m.ProgressRecord, record_id)


def _approve(qtbot: QtBot, window: MainWindow, page: ProgressPage, side: str) -> None:
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    editor = _modal(qtbot)
    assert isinstance(editor, ApprovalEditor)
    editor.form.field("side").set_value(side)
    assert editor.form.field("approver_id").value() is not None
    assert editor.form.field("role").text()  # the approver's job title, to correct if need be
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)


def test_a_period_is_written_approved_by_both_partners_and_reopened(
    qtbot: QtBot, window: MainWindow, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, window)
    table = page.table
    # A click on the draft record fills the details and allows approving it.
    with qtbot.waitSignal(table.current_changed):
        _click(qtbot, table, DRAFT)
    assert page.details.labels["summary"].text() == _record(demo_store, DRAFT).summary
    assert page.approve_button.isEnabled()
    assert not page.reopen_button.isEnabled()
    # A double click opens its editor; the lessons are changed and saved with Ctrl+Return.
    _click(qtbot, table, DRAFT, double=True)
    editor = _modal(qtbot)
    assert isinstance(editor, ProgressEditor)
    lessons = editor.form.field("lessons")
    lessons.setFocus()
    lessons.selectAll()
    qtbot.keyClicks(lessons, "Plan missions early.")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(lessons, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    assert _record(demo_store, DRAFT).lessons == "Plan missions early."

    _approve(qtbot, window, page, "mentor")
    assert _record(demo_store, DRAFT).mentor_approver_id == demo_id("person:andres")
    qtbot.waitUntil(lambda: page.reopen_button.isEnabled(), timeout=5000)
    _approve(qtbot, window, page, "mentee")
    assert _record(demo_store, DRAFT).approved
    qtbot.waitUntil(lambda: not page.approve_button.isEnabled(), timeout=5000)
    assert not page.delete_button.isEnabled()

    # Approved: the editor opens read-only, says why in one sentence, and saves nothing.
    _click(qtbot, table, DRAFT, double=True)
    editor = _modal(qtbot)
    assert isinstance(editor, ProgressEditor)
    sentence = read_only_sentence()
    assert editor.form.error_text() == sentence
    if i18n.current_language() != "en":
        assert "read-only" not in sentence
    assert not editor.save_button.isEnabled()
    assert editor.form.field("summary").isReadOnly()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.error_text() == sentence
    editor.close()

    answer_yes(monkeypatch)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _record(demo_store, DRAFT).approved, timeout=10000)
    qtbot.waitUntil(lambda: page.approve_button.isEnabled(), timeout=5000)


def test_the_keyboard_writes_the_record_of_a_period_without_one(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    page = _page(qtbot, window)
    table = page.table
    newest = table.visible_ids()[0]  # the current quarter, with no record yet
    assert newest.startswith("period:")
    table.view.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier  # Home and End alone move along the row
    qtbot.keyClick(table.view, Qt.Key.Key_End, ctrl)
    qtbot.waitUntil(lambda: table.current_id() == table.visible_ids()[-1], timeout=5000)
    qtbot.keyClick(table.view, Qt.Key.Key_Home, ctrl)
    qtbot.waitUntil(lambda: table.current_id() == newest, timeout=5000)
    assert not page.approve_button.isEnabled()
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    editor = _modal(qtbot)
    assert isinstance(editor, ProgressEditor)
    summary = editor.form.field("summary")
    summary.setFocus()
    qtbot.keyClicks(summary, "A steady quarter.")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.keyClick(summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = _record(demo_store, saved.args[0])
    start = dt.date.fromisoformat(newest.split(":")[1])
    assert (record.summary, record.period_start) == ("A steady quarter.", start)
    qtbot.waitUntil(lambda: table.current_id() == saved.args[0], timeout=10000)
    assert page.approve_button.isEnabled()


def test_an_off_track_record_needs_its_reason(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    _click(qtbot, page.table, page.table.visible_ids()[0], double=True)
    editor = _modal(qtbot)
    assert isinstance(editor, ProgressEditor)
    combo = editor.form.field("status")
    combo.set_value("off_track")
    editor.form.field("summary").setPlainText("Late.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(editor.form.error_text("status_reason")), timeout=10000)
    assert "\n" not in editor.form.error_text("status_reason")
    editor.close()


def test_a_search_hit_opens_the_record(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("progress", DRAFT)  # what choosing a search hit does
    editor = _modal(qtbot)
    assert isinstance(editor, ProgressEditor)
    assert editor.record_id == DRAFT
    page = window.current_page()
    assert isinstance(page, ProgressPage)
    qtbot.waitUntil(lambda: page.table.current_id() == DRAFT, timeout=10000)
    editor.close()


def test_print_report_previews_the_chosen_period(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    _click(qtbot, page.table, APPROVED)
    qtbot.waitUntil(page.print_button.isEnabled, timeout=5000)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.report_dialog
    assert isinstance(dialog, ReportPreviewDialog)
    qtbot.addWidget(dialog)
    assert "_progress-report_2026-Q2_" in dialog.file_name
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert dialog.document.pageCount() >= 3
    dialog.close()


def test_editing_after_one_approval_withdraws_it_and_says_so(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    page = _page(qtbot, window)
    table = page.table
    with qtbot.waitSignal(table.current_changed):
        _click(qtbot, table, DRAFT)
    _approve(qtbot, window, page, "mentor")
    assert _record(demo_store, DRAFT).mentor_approved_on is not None
    # Not locked: the editor opens editable and saves with Ctrl+Return.
    _click(qtbot, table, DRAFT, double=True)
    editor = _modal(qtbot)
    assert isinstance(editor, ProgressEditor)
    lessons = editor.form.field("lessons")
    lessons.setFocus()
    lessons.selectAll()
    qtbot.keyClicks(lessons, "Corrected after the approval.")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(lessons, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    record = _record(demo_store, DRAFT)
    assert record.lessons == "Corrected after the approval."
    assert record.mentor_approved_on is None
    assert record.approval_note
    if i18n.current_language() != "en":
        assert "withdrawn" not in record.approval_note
    qtbot.waitUntil(lambda: record.approval_note in page.details.labels["approvals"].text())
