"""A target's milestones in its editor, with the mouse and the keyboard; and on the chart."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.test_ui_pages_indicators import page_on_nrw
from tests.test_ui_pages_partnerships import partnerships
from tests.ui_pages_support import count, refused, save, window
from wopdesk.demo import demo_id
from wopdesk.storage.milestones import milestone_points
from wopdesk.storage.models import IndicatorMilestone
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.milestone_table import DATE, VALUE, MilestoneTable
from wopdesk.ui.pages.partnership_dialogs import TrackIndicatorEditor

__all__ = ["window"]

D = dt.date
# Bobo's NRW: baseline 27.6 % (2024-09-30), target 22 % by 2027-06-30, two milestones.
NRW_LINK = demo_id("track_indicator:IBNET-NRW-PCT")


def open_nrw_target(qtbot: QtBot, window: MainWindow) -> TrackIndicatorEditor:
    page = partnerships(qtbot, window)
    page.edit_link(NRW_LINK)
    editor = page.current_editor()
    assert isinstance(editor, TrackIndicatorEditor)
    qtbot.waitExposed(editor)
    return editor


def click_cell(qtbot: QtBot, table: MilestoneTable, row: int, column: int) -> None:
    view = table.table
    index = view.model().index(row, column)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def type_in_cell(qtbot: QtBot, table: MilestoneTable, row: int, column: int, text: str) -> None:
    """Type into the editor open on one cell, replacing what it holds."""
    view = table.table
    index = view.model().index(row, column)
    qtbot.waitUntil(lambda: isinstance(view.indexWidget(index), QLineEdit))
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def test_add_edit_and_remove_milestones_with_the_mouse_and_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_nrw_target(qtbot, window)
    table = editor.milestones
    assert isinstance(table, MilestoneTable)
    assert table.table.rowCount() == 2
    assert table.table.item(0, DATE).text() == "2025-06-30"
    assert table.table.item(1, VALUE).text() == "24.5"

    # Add one with the mouse: the date cell opens for typing, Tab goes to the value.
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, table, 2, DATE, "2027-03-31")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_in_cell(qtbot, table, 2, VALUE, "23")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.table.item(2, VALUE).text() == "23")
    # Enter ended the typing in the cell; it did not save (and close) the dialog.
    assert editor.isVisible()
    assert not editor.saving

    # Edit the 2026 value: click its cell, F2, type, Enter.
    click_cell(qtbot, table, 1, VALUE)
    qtbot.keyClick(table.table, Qt.Key.Key_F2)
    type_in_cell(qtbot, table, 1, VALUE, "24")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.table.item(1, VALUE).text() == "24")

    # Remove the 2025 milestone: click its row, then the button.
    click_cell(qtbot, table, 0, DATE)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert table.table.rowCount() == 2

    save(qtbot, editor)
    with window.ctx.store.reading() as session:
        assert milestone_points(session, NRW_LINK) == (
            (D(2026, 6, 30), 24.0),
            (D(2027, 3, 31), 23.0),
        )


def test_the_delete_and_insert_keys_remove_and_add_rows(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_nrw_target(qtbot, window)
    table = editor.milestones
    click_cell(qtbot, table, 1, DATE)
    qtbot.keyClick(table.table, Qt.Key.Key_Delete)
    assert table.table.rowCount() == 1
    qtbot.keyClick(table.table, Qt.Key.Key_Insert)
    assert table.table.rowCount() == 2
    type_in_cell(qtbot, table, 1, DATE, "2026-12-31")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_in_cell(qtbot, table, 1, VALUE, "24.2")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.table.item(1, VALUE).text() == "24.2")
    save(qtbot, editor)
    with window.ctx.store.reading() as session:
        assert milestone_points(session, NRW_LINK) == (
            (D(2025, 6, 30), 26.5),
            (D(2026, 12, 31), 24.2),
        )


def test_a_milestone_after_the_target_date_is_refused_and_nothing_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_nrw_target(qtbot, window)
    table = editor.milestones
    before = count(window.ctx.store, IndicatorMilestone)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, table, 2, DATE, "2028-03-31")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_in_cell(qtbot, table, 2, VALUE, "21")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.table.item(2, VALUE).text() == "21")
    # The target's own fields change in the same save: refused with the milestone.
    editor.form.field("frequency").setEditText("monthly")
    message = refused(qtbot, editor, "milestones")
    assert message == (
        "Milestone: its date (31 March 2028) must come before the target date (30 June 2027)."
    )
    assert count(window.ctx.store, IndicatorMilestone) == before
    # Unreadable text is refused before anything is sent.
    click_cell(qtbot, table, 2, DATE)
    qtbot.keyClick(table.table, Qt.Key.Key_F2)
    type_in_cell(qtbot, table, 2, DATE, "next year")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.table.item(2, DATE).text() == "next year")
    assert "not a date in the form YYYY-MM-DD" in refused(qtbot, editor, "milestones")


def test_the_chart_draws_the_path_through_the_milestones_and_marks_the_target(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_on_nrw(qtbot, window)
    chart = page.chart
    assert [(p.y()) for p in chart.milestones.points()] == [26.5, 24.5]
    assert [p.y() for p in chart.target.points()] == [27.6, 26.5, 24.5, 22.0]
    assert [p.y() for p in chart.target_mark.points()] == [22.0]
    names = [
        marker.label() for marker in chart.chart_.legend().markers() if marker.series().isVisible()
    ]
    assert {"Milestones", "Target date", "Path to target", "Baseline"} <= set(names)


def test_every_judgement_has_its_words_and_colour_on_screen_and_in_reports(qapp: object) -> None:
    from wopdesk.domain import judgement
    from wopdesk.reports.sections import judgement_text
    from wopdesk.ui.judgement import judgement_label
    from wopdesk.ui.pages.overview import STATUS_KIND

    every = [
        judgement.REACHED,
        judgement.ON_TRACK,
        judgement.BEHIND,
        judgement.NO_DATA,
        judgement.NO_RECENT_DATA,
    ]
    for status in every:
        assert judgement_label(status)
        assert judgement_text(status)
        assert status in STATUS_KIND
    assert judgement_label(judgement.NO_RECENT_DATA) == "◌ No recent reading"


def test_a_target_at_the_benchmark_keeps_both_lines_named_on_screen(qtbot: QtBot) -> None:
    from wopdesk.domain.vocab import BetterWhen
    from wopdesk.storage.listing import IndicatorSeries
    from wopdesk.ui.pages.indicators import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    series = IndicatorSeries(
        indicator_id="x",
        code="SLB-3",
        name="Extent of metering",
        unit="%",
        better_when=BetterWhen.HIGHER,
        min_value=0.0,
        max_value=100.0,
        benchmark=100.0,
        benchmark_source="SLB handbook",
        points=[(D(2025, 3, 31), 22.0), (D(2026, 9, 30), 44.0)],
        baseline=(22.0, D(2025, 3, 31)),
        target=(100.0, D(2027, 12, 31)),
        milestones=((D(2025, 12, 31), 40.0), (D(2026, 12, 31), 70.0)),
    )
    chart.show_series(series)
    assert chart.level(chart.benchmark) == chart.level(chart.target) == 100.0
    legend = {
        marker.label(): marker
        for marker in chart.chart_.legend().markers()
        if marker.series().isVisible()
    }
    assert {"Path to target", "Benchmark", "Milestones", "Target date"} <= legend.keys()
    target_pen, benchmark_pen = chart.target.pen(), chart.benchmark.pen()
    assert target_pen.style() != benchmark_pen.style()
    assert benchmark_pen.widthF() > target_pen.widthF()
    assert [(p.y()) for p in chart.target_mark.points()] == [100.0]


def test_the_indicators_page_lists_the_milestones_it_judges_with(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_on_nrw(qtbot, window)
    assert page.fact_labels["milestones"].text() == "26.5 % (30 Jun 2025); 24.5 % (30 Jun 2026)"


def test_a_milestone_that_arrives_by_sync_refreshes_the_indicators_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    from wopdesk.storage import commands as cmd

    page = page_on_nrw(qtbot, window)
    with window.ctx.store.transaction() as session:
        cmd.update(session, IndicatorMilestone, demo_id("milestone:IBNET-NRW-PCT:2026"), value=24.0)
    window.ctx.data_changed.emit(frozenset({"indicator_milestone"}))  # as a pull announces it
    qtbot.waitUntil(lambda: [p.y() for p in page.chart.milestones.points()] == [26.5, 24.0])
