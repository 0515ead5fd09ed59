"""The capacity page: assessments grouped by level, the level summaries, bad input."""

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui_pages_support import count, fill, refused, save, shown, window
from wopdesk.domain.vocab import CapacityDimension, CapacityLevel
from wopdesk.storage.models import CapacityAssessment
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.capacity import CapacityEditor, CapacityPage

__all__ = ["window"]


def capacity(qtbot: QtBot, window: MainWindow) -> CapacityPage:
    page = shown(qtbot, window, "capacity")
    assert isinstance(page, CapacityPage)
    return page


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = capacity(qtbot, window)
    assert page.table.model.rowCount() == 6
    qtmodeltester.check(page.table.model)
    qtmodeltester.check(page.table.proxy)


def test_assessments_are_grouped_by_level(qtbot: QtBot, window: MainWindow) -> None:
    page = capacity(qtbot, window)
    levels = [page.table.cell(i, 0) for i in page.table.model.ids]
    assert levels == ["Transformational"] + ["Transactional"] * 3 + ["Individual"] * 2
    assert page.cards[CapacityLevel.INDIVIDUAL].degree.text() == "+2.0"
    assert page.cards[CapacityLevel.TRANSACTIONAL].contribution.text() == "1.3"


def test_add_an_assessment(qtbot: QtBot, window: MainWindow) -> None:
    page = capacity(qtbot, window)
    page.new_record()
    editor = page.current_editor()
    assert isinstance(editor, CapacityEditor)
    dimension = editor.form.field("dimension")
    dimension.set_value(CapacityDimension.CULTURE)
    assert dimension.currentText().strip() == "Culture"
    editor.form.field("degree").setValue(-1)
    assert editor.form.field("degree").text() == "-1"
    editor.form.field("contribution").setValue(0)
    fill(editor, obstacles="Staff turnover after the 2026 reorganisation")
    assessment_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: page.table.current_id() == assessment_id)
    assert page.table.cell(assessment_id, 2) == "-1"
    assert page.cards[CapacityLevel.TRANSFORMATIONAL].degree.text() == "0.0"
    with window.ctx.store.reading() as session:
        assessment = session.get(CapacityAssessment, assessment_id)
        assert assessment is not None
        assert (assessment.dimension, assessment.degree) == (CapacityDimension.CULTURE, -1)


@pytest.mark.parametrize("typed", ["30/06/2026", "", "2026-06-31"])
def test_bad_date_is_refused(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    page = capacity(qtbot, window)
    before = count(window.ctx.store, CapacityAssessment)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, date=typed)
    message = refused(qtbot, editor, "date")
    assert ("required" if not typed else "YYYY-MM-DD") in message
    assert count(window.ctx.store, CapacityAssessment) == before
