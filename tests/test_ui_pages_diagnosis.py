"""The diagnosis page: findings, their details, actions started from a finding, bad input."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.demo_facts import FINDINGS
from tests.ui_pages_support import count, fill, refused, save, shown, window
from wopdesk.demo import bobo, demo_id
from wopdesk.domain.vocab import FindingArea, Priority
from wopdesk.storage.models import Action, DiagnosisFinding
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.diagnosis import DiagnosisPage, FindingEditor
from wopdesk.ui.pages.workplan import ActionEditor

__all__ = ["window"]


def diagnosis(qtbot: QtBot, window: MainWindow) -> DiagnosisPage:
    page = shown(qtbot, window, "diagnosis")
    assert isinstance(page, DiagnosisPage)
    return page


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = diagnosis(qtbot, window)
    assert page.table.model.rowCount() == len(FINDINGS) + len(bobo.VISITS)
    qtmodeltester.check(page.table.model)
    qtmodeltester.check(page.table.proxy)


def test_findings_are_listed_high_priority_first(qtbot: QtBot, window: MainWindow) -> None:
    page = diagnosis(qtbot, window)
    priorities = [page.table.cell(i, 0) for i in page.table.model.ids]
    # Each visit's finding is high priority.
    by_priority = {p: [f for f in FINDINGS.values() if f.priority == p] for p in Priority}
    high = len(by_priority[Priority.HIGH]) + len(bobo.VISITS)
    medium, low = len(by_priority[Priority.MEDIUM]), len(by_priority[Priority.LOW])
    assert priorities == ["High"] * high + ["Medium"] * medium + ["Low"] * low
    first = page.table.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert f"{high} high priority" in page.summary.text()


def test_selecting_a_finding_shows_its_details(qtbot: QtBot, window: MainWindow) -> None:
    page = diagnosis(qtbot, window)
    page.table.select_id(demo_id("finding:f3"))
    assert page.detail_labels["root_cause"].text() == FINDINGS["f3"].root_cause
    assert page.detail_labels["agreed"].text() == "18 Oct 2024"
    assert page.action_button.isEnabled()


def test_add_a_finding_then_an_action_for_it(qtbot: QtBot, window: MainWindow) -> None:
    page = diagnosis(qtbot, window)
    page.new_record()
    editor = page.current_editor()
    assert isinstance(editor, FindingEditor)
    fill(
        editor,
        finding="Pressure drops below 5 m in the north district every evening.",
        root_cause="Undersized main from the Bolomakoté reservoir.",
        evidence="Pressure logger data, October 2026",
        agreed_date="2026-10-16",
        track_id=demo_id("track:nrw"),
    )
    editor.form.field("area").set_value(FindingArea.TECHNICAL)
    editor.form.field("priority").set_value(Priority.HIGH)
    finding_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: page.table.current_id() == finding_id)
    assert page.detail_labels["evidence"].text() == "Pressure logger data, October 2026"

    page.add_action()  # reads the finding's track off the GUI thread, then opens
    qtbot.waitUntil(lambda: isinstance(page.current_editor(), ActionEditor))
    action_editor = page.current_editor()
    assert isinstance(action_editor, ActionEditor)
    assert action_editor.form.field("finding_id").value() == finding_id
    assert action_editor.form.field("track_id").value() == demo_id("track:nrw")
    fill(action_editor, description="Model the north district network and size a new main")
    action_id = save(qtbot, action_editor)
    with window.ctx.store.reading() as session:
        action = session.get(Action, action_id)
        assert action is not None
        assert action.finding_id == finding_id
    qtbot.waitUntil(lambda: page.table.cell(finding_id, 6) == "1")


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"finding": ""}, "finding", "Finding is required"),
        ({"finding": "Meters stuck", "agreed_date": "yesterday"}, "agreed_date", "YYYY-MM-DD"),
    ],
)
def test_bad_finding_is_refused(
    qtbot: QtBot, window: MainWindow, values: dict[str, str], field: str, message: str
) -> None:
    page = diagnosis(qtbot, window)
    before = count(window.ctx.store, DiagnosisFinding)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, **values)
    assert message in refused(qtbot, editor, field)
    assert count(window.ctx.store, DiagnosisFinding) == before
