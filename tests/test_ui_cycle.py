"""The WOP cycle on the Overview and in the partnership editor, with the mouse and the
keyboard, in English, French and Spanish at 1366×768."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QScrollArea
from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import vocab as v
from wopdesk.storage import cycle
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.ui.forms import open_editor
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.cycle import (
    CycleCard,
    MentoringPairEditor,
    PhaseChangeEditor,
    PracticeLabel,
)
from wopdesk.ui.pages.overview import OverviewPage
from wopdesk.ui.pages.partnership_dialogs import PartnershipEditor

from .ui_helpers import answer_yes, window

__all__ = ["window"]  # the shared fixture, used by name


def _card(qtbot: QtBot, window: MainWindow) -> CycleCard:
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    card = page.cycle
    qtbot.waitUntil(lambda: card.isVisible() and len(card.checks) == 5, timeout=10000)
    return card


def _ticked(store: Store) -> set[str]:
    with store.reading() as session:
        return cycle.ticked(session, DEMO_PARTNERSHIP_ID)


def test_the_phase_checklist_is_ticked_and_unticked_with_the_mouse(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    card = _card(qtbot, window)
    box = card.checks["implementation_structures"]
    assert not box.isChecked()
    page = window.current_page()
    assert page is not None
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(box)  # the card is below the others: scroll to it
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    qtbot.waitUntil(lambda: "implementation_structures" in _ticked(demo_store), timeout=10000)
    box = card.checks["implementation_structures"]
    qtbot.waitUntil(box.isChecked, timeout=10000)
    # A click on the practice's text (it wraps, the box has none) unticks it too.
    (label,) = [w for w in card.findChildren(PracticeLabel) if w.box is box]
    scroll.ensureWidgetVisible(label)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    qtbot.waitUntil(lambda: "implementation_structures" not in _ticked(demo_store), timeout=10000)
    assert card.checks["implementation_advisory"].toolTip().count("seeds/001") == 1
    # Long French and Spanish practices wrap: the Overview never scrolls sideways.
    assert scroll.horizontalScrollBar().maximum() == 0


def test_changing_the_phase_in_the_editor_records_it_in_the_history(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    card = _card(qtbot, window)
    editor = open_editor(PartnershipEditor(window.ctx, DEMO_PARTNERSHIP_ID, parent=window))
    qtbot.waitExposed(editor)
    phase = editor.form.field("phase")
    phase.setFocus()
    qtbot.keyClick(phase, Qt.Key.Key_Down)  # implementation -> progress assessment
    assert phase.value() == v.WopPhase.PROGRESS_ASSESSMENT
    date = editor.form.field("phase_date")
    qtbot.keyClicks(date.edit, (dt.date.today() + dt.timedelta(days=5)).isoformat())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(editor.form.error_text("phase_date")), timeout=5000)
    date.edit.selectAll()
    qtbot.keyClicks(date.edit, dt.date.today().isoformat())
    note = editor.form.field("phase_note")
    note.setFocus()
    qtbot.keyClicks(note, "Mid-term review with the funder")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with demo_store.reading() as session:
        last = cycle.phase_history(session, DEMO_PARTNERSHIP_ID)[-1]
    assert (last.phase, last.date, last.note) == (
        v.WopPhase.PROGRESS_ASSESSMENT,
        dt.date.today(),
        "Mid-term review with the funder",
    )
    qtbot.waitUntil(lambda: "Mid-term review" in _texts(card.history_list)[-1], timeout=10000)
    qtbot.waitUntil(lambda: "assessment_regular" in card.checks, timeout=10000)


def test_closing_fields_show_only_for_a_closed_partnership(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_editor(PartnershipEditor(window.ctx, DEMO_PARTNERSHIP_ID, parent=window))
    qtbot.waitExposed(editor)
    results = editor.form.field("closing_results")
    assert not results.isVisibleTo(editor)
    editor.form.field("status").set_value(v.PartnershipStatus.CLOSED)
    assert results.isVisibleTo(editor)
    editor.close()


def test_a_mentoring_pair_is_recorded_from_the_overview(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    card = _card(qtbot, window)
    before = card.pair_list.count()
    qtbot.mouseClick(card.add_pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, MentoringPairEditor)
    editor.form.field("mentor_id").set_value(demo_id("person:joao"))
    editor.form.field("mentee_id").set_value(demo_id("person:fatou"))
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.pair_list.count() == before + 1, timeout=10000)


def _texts(lst: QListWidget) -> list[str]:
    return [lst.item(row).text() for row in range(lst.count())]


def _click_row(qtbot: QtBot, lst: QListWidget, row: int, *, double: bool = False) -> None:
    lst.scrollToItem(lst.item(row))
    position = lst.visualItemRect(lst.item(row)).center()
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=position)
    if double:
        qtbot.mouseDClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=position)


def _live(store: Store, model: type[m.SyncedRecord]) -> int:
    with store.reading() as session:
        return session.query(model).filter_by(deleted=False).count()


def _modal(qtbot: QtBot) -> object:
    """The editor just opened, active so that its keyboard shortcuts work."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def test_a_phase_change_is_edited_with_a_double_click_then_deleted_and_undone(
    qtbot: QtBot, window: MainWindow, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _card(qtbot, window)
    qtbot.waitUntil(lambda: card.history_list.count() > 0, timeout=10000)
    assert not card.delete_change_button.isEnabled()
    count = card.history_list.count()
    _click_row(qtbot, card.history_list, 0, double=True)
    editor = _modal(qtbot)
    assert isinstance(editor, PhaseChangeEditor)
    note = editor.form.field("note")
    note.setFocus()
    note.selectAll()
    qtbot.keyClicks(note, "Inception workshop")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with demo_store.reading() as session:
        assert cycle.phase_history(session, DEMO_PARTNERSHIP_ID)[0].note == "Inception workshop"
    qtbot.waitUntil(lambda: "Inception workshop" in _texts(card.history_list)[0], timeout=10000)

    before = _live(demo_store, m.PhaseChange)
    _click_row(qtbot, card.history_list, 0)
    assert card.delete_change_button.isEnabled()
    asked = answer_yes(monkeypatch)
    qtbot.mouseClick(card.delete_change_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    qtbot.waitUntil(lambda: card.history_list.count() == count - 1, timeout=10000)
    assert _live(demo_store, m.PhaseChange) == before - 1
    # Edit › Undo delete takes it back (the window-wide action that Ctrl+Z triggers).
    qtbot.waitUntil(window.undo_delete.undo_action.isEnabled, timeout=10000)
    window.undo_delete.undo_action.trigger()
    qtbot.waitUntil(lambda: _live(demo_store, m.PhaseChange) == before, timeout=10000)
    qtbot.waitUntil(lambda: card.history_list.count() == count, timeout=10000)


def test_a_mentoring_pair_is_edited_then_deleted_and_undone_with_the_button(
    qtbot: QtBot, window: MainWindow, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _card(qtbot, window)
    qtbot.waitUntil(lambda: card.pair_list.count() > 0, timeout=10000)
    count = card.pair_list.count()
    assert not card.edit_pair_button.isEnabled()
    _click_row(qtbot, card.pair_list, 0)
    qtbot.mouseClick(card.edit_pair_button, Qt.MouseButton.LeftButton)
    editor = _modal(qtbot)
    assert isinstance(editor, MentoringPairEditor)
    editor.form.field("phase").set_value(v.MentoringPhase.DISSOLVING)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        note = editor.form.field("note")
        note.setFocus()
        qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    pair_id = card.pair_list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    with demo_store.reading() as session:
        assert session.get(m.MentoringPair, pair_id).phase == v.MentoringPhase.DISSOLVING

    before = _live(demo_store, m.MentoringPair)
    _click_row(qtbot, card.pair_list, 0)
    answer_yes(monkeypatch)
    qtbot.mouseClick(card.delete_pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.pair_list.count() == count - 1, timeout=10000)
    assert _live(demo_store, m.MentoringPair) == before - 1
    qtbot.waitUntil(window.undo_delete.undo_action.isEnabled, timeout=10000)
    qtbot.mouseClick(window.undo_delete.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.pair_list.count() == count, timeout=10000)
    assert _live(demo_store, m.MentoringPair) == before


def test_ctrl_z_takes_back_a_deleted_phase_change(
    qtbot: QtBot, window: MainWindow, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _card(qtbot, window)
    qtbot.waitUntil(lambda: card.history_list.count() > 0, timeout=10000)
    count = card.history_list.count()
    _click_row(qtbot, card.history_list, count - 1)
    answer_yes(monkeypatch)
    qtbot.mouseClick(card.delete_change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.history_list.count() == count - 1, timeout=10000)
    qtbot.waitUntil(window.undo_delete.undo_action.isEnabled, timeout=10000)
    card.history_list.setFocus()
    qtbot.keyClick(card.history_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.history_list.count() == count, timeout=10000)
