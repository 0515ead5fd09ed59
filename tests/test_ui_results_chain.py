"""The results chain in the window, with the mouse and the keyboard, at 1366×768 in three
languages: the work plan's Outputs tab, the output editor, and the action's new fields."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui_helpers import answer_yes, window
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.demo.bobo import OUTPUTS
from wopdesk.domain.vocab import OutputStatus
from wopdesk.storage import deletions
from wopdesk.storage import models as m
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.outputs import OutputEditor
from wopdesk.ui.pages.workplan import ActionEditor, WorkPlanPage
from wopdesk.ui.record_table import RecordTable

__all__ = ["window"]  # the shared fixture, used by name

PLAN = demo_id("output:plan-pertes")  # in progress, served by a2, a11 and a13


def outputs_tab(qtbot: QtBot, window: MainWindow) -> WorkPlanPage:
    """The work plan page with its Outputs tab clicked."""
    page = window.show_page("workplan")
    assert isinstance(page, WorkPlanPage)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.tabs.currentWidget() is page.outputs
    qtbot.waitUntil(lambda: page.outputs_table.proxy.rowCount() > 0, timeout=10000)
    return page


def click_row(qtbot: QtBot, table: RecordTable, record_id: str, double: bool = False) -> None:
    row = table.visible_ids().index(record_id)
    index = table.proxy.index(row, 1)

    def in_view() -> bool:  # rows of wrapped text are tall: scroll to it, as a person does
        table.view.scrollTo(index)
        return table.view.viewport().rect().contains(table.view.visualRect(index).center())

    qtbot.waitUntil(in_view)
    position = table.view.visualRect(index).center()
    assert table.view.viewport().rect().contains(position), "the row is on screen"
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    if double:
        qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible()
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def editor_of(qtbot: QtBot, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def fits_on_screen(widget: QWidget) -> bool:
    return widget.width() <= 1366 and widget.height() <= 768


def test_the_outputs_tab_lists_each_tracks_outputs_and_their_actions(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = outputs_tab(qtbot, window)
    table = page.outputs_table
    assert len(table.visible_ids()) == len(OUTPUTS)
    assert not page.outputs.edit_button.isEnabled()
    with qtbot.waitSignal(table.current_changed):
        click_row(qtbot, table, PLAN)
    assert page.outputs.edit_button.isEnabled()
    assert page.outputs.delete_button.isEnabled()
    actions = page.outputs.details.labels["actions"].text()
    assert actions.count("•") == 3
    assert "Réparer les fuites trouvées au corrélateur" in actions
    assert table.cell(PLAN, 4) == "1 / 3"  # a13 is done
    # The track filter keeps one track's outputs.
    page.track_filter.set_value(demo_id("track:quality"))
    quality = {demo_id("output:chlore"), demo_id("output:pgsse")}
    qtbot.waitUntil(lambda: set(table.visible_ids()) == quality, timeout=5000)


def test_a_new_output_is_typed_and_saved_with_enter(qtbot: QtBot, window: MainWindow) -> None:
    page = outputs_tab(qtbot, window)
    click(qtbot, page.outputs.new_button)
    editor = editor_of(qtbot, OutputEditor)
    assert isinstance(editor, OutputEditor)
    assert fits_on_screen(editor)
    title = editor.form.field("title")
    qtbot.waitUntil(title.hasFocus, timeout=5000)  # typing starts in the first field
    qtbot.keyClicks(title, "Manuel d'exploitation des secteurs")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(title, Qt.Key.Key_Return)
    output_id = saved.args[0]
    with window.ctx.store.reading() as session:
        output = session.get(m.Output, output_id)
        assert output is not None
        assert (output.title, output.status, output.partnership_id) == (
            "Manuel d'exploitation des secteurs",
            OutputStatus.PLANNED,
            DEMO_PARTNERSHIP_ID,
        )
    qtbot.waitUntil(lambda: page.outputs_table.current_id() == output_id, timeout=5000)


def test_a_delivered_output_without_its_date_is_refused_and_nothing_written(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = outputs_tab(qtbot, window)
    click_row(qtbot, page.outputs_table, PLAN, double=True)
    editor = editor_of(qtbot, OutputEditor)
    assert isinstance(editor, OutputEditor)
    assert (
        editor.form.field("title").value()
        == "Plan de réduction des pertes adopté par la direction régionale"
    )
    editor.form.field("status").set_value(OutputStatus.DELIVERED)
    delivered = editor.form.field("delivered_date")
    assert delivered.value() == dt.date.today()  # offered, as usual
    delivered.setText("")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.saving)
    assert editor.isVisible()
    message = editor.form.error_text("delivered_date")
    assert message.count(".") == 1
    with window.ctx.store.reading() as session:
        output = session.get(m.Output, PLAN)
        assert output is not None
        assert output.status == OutputStatus.IN_PROGRESS
    editor.reject()


def test_an_output_is_deleted_with_the_mouse_and_undone(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = outputs_tab(qtbot, window)
    click_row(qtbot, page.outputs_table, PLAN)
    answer_yes(monkeypatch)
    click(qtbot, page.outputs.delete_button)
    qtbot.waitUntil(lambda: PLAN not in page.outputs_table.model.ids, timeout=10000)
    with window.ctx.store.reading() as session:
        assert session.get(m.Output, PLAN).deleted  # type: ignore[union-attr]
    qtbot.waitUntil(window.undo_delete.undo_action.isEnabled, timeout=10000)
    click(qtbot, window.undo_delete.undo_button)
    qtbot.waitUntil(lambda: PLAN in page.outputs_table.model.ids, timeout=10000)


def test_the_action_editor_records_start_cost_and_output(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("workplan")
    assert isinstance(page, WorkPlanPage)
    table = page.table
    qtbot.waitUntil(lambda: table.proxy.rowCount() > 0, timeout=10000)
    action_id = demo_id("action:a9")  # dropped, no output, no cost
    click_row(qtbot, table, action_id, double=True)
    editor = editor_of(qtbot, ActionEditor)
    assert isinstance(editor, ActionEditor)
    assert fits_on_screen(editor)
    form = editor.form
    assert form.field("estimated_cost_currency").value() == "XOF"  # offered
    form.field("start_date").setText("2027-02-01")  # after its due date
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.saving)
    assert form.error_text("due_date")
    form.field("start_date").setText("2026-01-05")
    form.field("estimated_cost").setText("12500000")
    form.field("estimated_cost_currency").set_value("")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.saving)
    assert form.error_text("estimated_cost_currency")
    form.field("estimated_cost_currency").set_value("XOF")
    form.field("output_id").set_value(demo_id("output:pgsse"))
    with qtbot.waitSignal(editor.saved, timeout=5000):
        click(qtbot, editor.save_button)
    with window.ctx.store.reading() as session:
        action = session.get(m.Action, action_id)
        assert action is not None
        assert (action.start_date, action.estimated_cost, action.estimated_cost_currency) == (
            dt.date(2026, 1, 5),
            Decimal(12500000),
            "XOF",
        )
        assert action.output_id == demo_id("output:pgsse")


def test_a_search_hit_on_an_output_opens_its_editor(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("workplan")
    assert isinstance(page, WorkPlanPage)
    page.open_record(PLAN)
    editor = editor_of(qtbot, OutputEditor)
    assert isinstance(editor, OutputEditor)
    assert page.tabs.currentWidget() is page.outputs
    editor.reject()


def test_an_action_serving_a_deleted_output_names_it_so(qtbot: QtBot, window: MainWindow) -> None:
    with window.ctx.store.transaction() as session:
        deletions.delete(session, m.Output, PLAN)
    page = window.show_page("workplan")
    assert isinstance(page, WorkPlanPage)
    page.open_record(demo_id("action:a11"))
    editor = editor_of(qtbot, ActionEditor)
    assert isinstance(editor, ActionEditor)
    picker = editor.form.field("output_id")
    assert picker.value() == PLAN
    assert picker.currentText().startswith("Plan de réduction des pertes adopté")
    assert picker.currentText().endswith(")")
    editor.reject()
