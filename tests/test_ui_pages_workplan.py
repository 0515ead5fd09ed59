"""The work plan page: adding actions, filters, overdue marks, and refusing bad input."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.demo_facts import ACTIONS, PEOPLE
from tests.ui_pages_support import count, fill, refused, save, shown, window
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain.vocab import ActionStatus
from wopdesk.storage.models import Action
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.workplan import ActionEditor, WorkPlanPage

__all__ = ["window"]


def page_of(qtbot: QtBot, window: MainWindow) -> WorkPlanPage:
    page = shown(qtbot, window, "workplan")
    assert isinstance(page, WorkPlanPage)
    return page


def test_table_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = page_of(qtbot, window)
    assert page.table.model.rowCount() == len(ACTIONS)
    qtmodeltester.check(page.table.model)
    qtmodeltester.check(page.table.proxy)


def test_add_an_action_from_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(qtbot, window)
    store = window.ctx.store
    before = count(store, Action, partnership_id=DEMO_PARTNERSHIP_ID)
    page.new_record()
    editor = page.current_editor()
    assert isinstance(editor, ActionEditor)
    assert editor.form.field("status").value() is ActionStatus.PLANNED
    fill(
        editor,
        description="Former deux agents de plus à la mesure de débit de nuit",
        owner_id=demo_id("person:mamadou"),
        due_date="2027-02-15",
        track_id=demo_id("track:nrw"),
    )
    with qtbot.waitSignal(window.ctx.data_changed) as changed:
        action_id = save(qtbot, editor)
    assert "action" in changed.args[0]
    assert count(store, Action, partnership_id=DEMO_PARTNERSHIP_ID) == before + 1
    with store.reading() as session:
        action = session.get(Action, action_id)
        assert action is not None
        assert action.due_date == dt.date(2027, 2, 15)
        assert action.owner_id == demo_id("person:mamadou")
    qtbot.waitUntil(lambda: action_id in page.table.model.ids)
    assert page.table.current_id() == action_id
    assert page.table.cell(action_id, 2) == PEOPLE["mamadou"].name
    assert f"{len(ACTIONS) + 1} actions" in page.summary.text()


def test_marking_done_fills_progress_and_edits_save(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(qtbot, window)
    action_id = demo_id("action:a5")
    page.open_record(action_id)
    editor = page.current_editor()
    assert isinstance(editor, ActionEditor)
    assert editor.form.field("description").value() == ACTIONS["a5"].description
    editor.form.field("status").set_value(ActionStatus.DONE)
    assert editor.form.field("progress").value() == 100
    save(qtbot, editor)
    with window.ctx.store.reading() as session:
        action = session.get(Action, action_id)
        assert action is not None
        assert (action.status, action.progress) == (ActionStatus.DONE, 100)
    qtbot.waitUntil(lambda: page.table.cell(action_id, 0) == "Done")


def test_overdue_actions_are_marked(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(qtbot, window)
    model = page.table.model
    overdue_row = model.ids.index(demo_id("action:a6"))  # blocked, due 2026-03-31
    done_row = model.ids.index(demo_id("action:a1"))  # done long ago: not overdue
    due = 3
    assert "overdue" in model.index(overdue_row, due).data()
    assert model.index(overdue_row, due).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(overdue_row, due).data(Qt.ItemDataRole.FontRole).bold()
    assert "overdue" not in model.index(done_row, due).data()
    assert model.index(done_row, due).data(Qt.ItemDataRole.DecorationRole) is None


def test_filter_by_status_and_track(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(qtbot, window)
    done = {demo_id(f"action:{a.key}") for a in ACTIONS.values() if a.status == "done"}
    page.status_filter.setCurrentIndex(page.status_filter.findData(ActionStatus.DONE.value))
    qtbot.waitUntil(lambda: set(page.table.model.ids) == done)
    page.track_filter.set_value(demo_id("track:quality"))
    qtbot.waitUntil(lambda: page.table.model.ids == [demo_id("action:a7")])
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    still_open = {demo_id("action:a8"), demo_id("action:a10")}
    qtbot.waitUntil(lambda: set(page.table.model.ids) == still_open)
    page.filter_box.setText("membranes")
    assert page.table.visible_ids() == [demo_id("action:a10")]


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"description": "  "}, "description", "Description is required"),
        ({"description": "Fix it", "due_date": "31/12/2026"}, "due_date", "YYYY-MM-DD"),
        ({"description": "Fix it", "due_date": "2026-13-01"}, "due_date", "YYYY-MM-DD"),
    ],
)
def test_bad_action_is_refused(
    qtbot: QtBot, window: MainWindow, values: dict[str, str], field: str, message: str
) -> None:
    page = page_of(qtbot, window)
    before = count(window.ctx.store, Action)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, **values)
    assert message in refused(qtbot, editor, field)
    assert count(window.ctx.store, Action) == before


def test_edit_and_delete_follow_the_selection_after_a_change(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(qtbot, window)
    assert not page.edit_button.isEnabled()
    page.refresh()  # a refresh must not switch on buttons that need a selection
    assert not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    action_id = demo_id("action:a9")
    page.table.select_id(action_id)
    assert page.edit_button.isEnabled()
    monkeypatch.setattr(page, "confirm", lambda _question: True)
    with qtbot.waitSignal(window.ctx.data_changed):
        page.delete_button.click()
    qtbot.waitUntil(lambda: action_id not in page.table.model.ids)
    assert count(window.ctx.store, Action, partnership_id=DEMO_PARTNERSHIP_ID) == len(ACTIONS) - 1
    assert not page.edit_button.isEnabled()


def test_without_a_partnership_the_page_says_so(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(qtbot, window)
    window.ctx.set_partnership(None)
    assert page.states.currentWidget() is page.empty
    assert not page.tool_row.isEnabled()
    page.new_record()
    assert page.current_editor() is None
