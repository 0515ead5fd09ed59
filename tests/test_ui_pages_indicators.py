"""The indicators page: readings per utility and indicator, the trend chart, range checks."""

import datetime as dt

import pytest
from PySide6.QtCharts import QChart, QLegend
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.demo_facts import TARGETS
from tests.ui_pages_support import count, fill, refused, save, shown, window
from wopdesk.demo import demo_id
from wopdesk.domain.catalogue import builtin_indicator_id
from wopdesk.storage.models import Indicator, IndicatorReading
from wopdesk.ui.judgement import judgement_label
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.indicators import IndicatorEditor, IndicatorsPage, ReadingEditor

__all__ = ["window"]

NRW = builtin_indicator_id("IBNET-NRW-PCT")
MENTEE = demo_id("utility:mentee")
MENTOR = demo_id("utility:mentor")


def page_on_nrw(qtbot: QtBot, window: MainWindow) -> IndicatorsPage:
    page = shown(qtbot, window, "indicators")
    assert isinstance(page, IndicatorsPage)
    page.choose(MENTEE, NRW)
    qtbot.waitUntil(lambda: (page.utility_id(), page.indicator_id()) == (MENTEE, NRW))
    qtbot.waitUntil(lambda: not page.reader.loading)
    return page


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = page_on_nrw(qtbot, window)
    assert page.table.model.rowCount() == 11
    qtmodeltester.check(page.table.model)
    qtmodeltester.check(page.table.proxy)


def test_chart_shows_readings_baseline_target_and_benchmark(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_on_nrw(qtbot, window)
    points = page.chart.reading_points()
    assert len(points) == 11
    nrw = TARGETS["IBNET-NRW-PCT"]
    assert points[0] == (dt.date(2024, 3, 31), pytest.approx(nrw.readings[0]))
    assert points[-1] == (dt.date(2026, 9, 30), pytest.approx(nrw.readings[-1]))
    assert page.chart.level(page.chart.baseline) == nrw.readings[2]
    assert page.chart.level(page.chart.target) == nrw.target  # the path ends at the target
    assert page.chart.target.points()[-1].x() > page.chart.readings.points()[-1].x()
    assert page.chart.level(page.chart.benchmark) is None  # IBNET publishes no benchmark
    assert (
        page.fact_labels["status"]
        .text()
        .endswith("Better than the baseline. Target not reached yet.")
    )
    # The first indicator linked to a track, at the mentor: no baseline or target there.
    page.choose(MENTOR, NRW)
    qtbot.waitUntil(lambda: page.fact_labels["status"].text() == "No reading yet.")
    assert page.chart.reading_points() == []
    assert page.chart.level(page.chart.baseline) is None
    assert page.fact_labels["status"].text() == "No reading yet."


def test_record_a_reading_and_see_the_chart_update(qtbot: QtBot, window: MainWindow) -> None:
    page = page_on_nrw(qtbot, window)
    before = count(window.ctx.store, IndicatorReading, indicator_id=NRW)
    page.new_record()
    editor = page.current_editor()
    assert isinstance(editor, ReadingEditor)
    fill(editor, period="2026-11-30", value="36.2", source="November operations report")
    with qtbot.waitSignal(window.ctx.data_changed) as changed:
        reading_id = save(qtbot, editor)
    assert "indicator_reading" in changed.args[0]
    assert count(window.ctx.store, IndicatorReading, indicator_id=NRW) == before + 1
    qtbot.waitUntil(lambda: len(page.chart.reading_points()) == 12)
    assert page.chart.reading_points()[-1] == (dt.date(2026, 11, 30), pytest.approx(36.2))
    assert page.table.current_id() == reading_id
    assert page.table.cell(reading_id, 1) == "36.2"
    assert page.table.model.headerData(1, Qt.Orientation.Horizontal) == "Value (%)"
    assert "36.2 %" in page.fact_labels["latest"].text()
    with window.ctx.store.reading() as session:
        reading = session.get(IndicatorReading, reading_id)
        assert reading is not None
        assert reading.utility_id == MENTEE
        assert reading.partnership_id == window.ctx.partnership_id


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"value": "140"}, "value", "140 is outside the valid range"),
        ({"value": "-3"}, "value", "outside the valid range"),
        ({"value": ""}, "value", "Value is required"),
        ({"value": "forty"}, "value", "is not a number"),
        ({"value": "40", "period": "2026-31-12"}, "period", "YYYY-MM-DD"),
        ({"value": "40", "period": "2099-01-31"}, "period", "is in the future"),
    ],
)
def test_bad_reading_is_refused(
    qtbot: QtBot, window: MainWindow, values: dict[str, str], field: str, message: str
) -> None:
    page = page_on_nrw(qtbot, window)
    before = count(window.ctx.store, IndicatorReading)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    fill(editor, **values)
    assert message in refused(qtbot, editor, field)
    assert count(window.ctx.store, IndicatorReading) == before
    assert len(page.chart.reading_points()) == 11


def test_correcting_a_reading_out_of_range_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    page = page_on_nrw(qtbot, window)
    reading_id = demo_id("reading:IBNET-NRW-PCT:10")
    page.open_record(reading_id)  # reads where the reading belongs off the GUI thread
    qtbot.waitUntil(lambda: isinstance(page.current_editor(), ReadingEditor))
    editor = page.current_editor()
    assert isinstance(editor, ReadingEditor)
    fill(editor, value="101")
    assert "outside the valid range" in refused(qtbot, editor, "value")
    with window.ctx.store.reading() as session:
        reading = session.get(IndicatorReading, reading_id)
        assert reading is not None
        assert reading.value == TARGETS["IBNET-NRW-PCT"].readings[10]
    fill(editor, value="38.1")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: page.chart.reading_points()[-1][1] == pytest.approx(38.1))


def test_custom_indicator(qtbot: QtBot, window: MainWindow) -> None:
    page = page_on_nrw(qtbot, window)
    page.new_indicator()
    editor = page.current_editor()
    assert isinstance(editor, IndicatorEditor)
    fill(editor, code="KOL-LEAK-DAYS", name="Days to repair a leak", unit="days")
    fill(editor, min_value="10", max_value="0")
    assert "highest valid value (0) is below the lowest (10)" in refused(qtbot, editor, "max_value")
    fill(editor, min_value="0", max_value="")
    indicator_id = save(qtbot, editor)
    with window.ctx.store.reading() as session:
        indicator = session.get(Indicator, indicator_id)
        assert indicator is not None
        assert (indicator.framework, indicator.builtin) == ("Custom", False)
        # It belongs to the partnership it was defined in, and syncs with it.
        assert indicator.partnership_id == window.ctx.partnership_id is not None
    qtbot.waitUntil(lambda: page.indicator_id() == indicator_id and not page.reader.loading)
    assert page.chart.reading_points() == []


def test_chart_follows_a_dark_palette(qtbot: QtBot, window: MainWindow) -> None:
    page = page_on_nrw(qtbot, window)
    assert page.chart.chart_.theme() == QChart.ChartTheme.ChartThemeLight
    dark = QPalette(page.chart.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor(32, 32, 32))
    dark.setColor(QPalette.ColorRole.Base, QColor(20, 20, 20))
    dark.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    page.chart.setPalette(dark)
    assert page.chart.chart_.theme() == QChart.ChartTheme.ChartThemeDark
    assert page.chart.chart_.backgroundBrush().color() == QColor(20, 20, 20)
    assert page.chart.x_axis.labelsBrush().color() == QColor(230, 230, 230)
    assert page.chart.baseline.pen().style() == Qt.PenStyle.DashLine


def test_the_indicators_page_and_the_overview_judge_alike(qtbot: QtBot, window: MainWindow) -> None:
    """One judgement, one wording: the Overview's words for the NRW reading are the
    Indicators page's first words for it."""
    overview_page = window.page("overview")
    qtbot.waitUntil(lambda: overview_page.data is not None, timeout=10000)
    nrw = next(s for s in overview_page.data.indicators if s.code == "IBNET-NRW-PCT")
    page = page_on_nrw(qtbot, window)
    assert page.fact_labels["status"].text().startswith(judgement_label(nrw.status))


def test_the_status_reads_as_separate_statements(qtbot: QtBot, window: MainWindow) -> None:
    """The judgement ("● On track") has no full stop: the sentences after it are set apart
    with a middle dot instead of running on ("● On track Better than the baseline.")."""
    page = page_on_nrw(qtbot, window)
    text = page.fact_labels["status"].text()
    judgement = text.split(" · ")[0]
    assert judgement.startswith(("●", "▲", "✓", "◌")), text
    assert text == f"{judgement} · Better than the baseline. Target not reached yet."


def test_the_legend_draws_each_entry_like_its_series(qtbot: QtBot, window: MainWindow) -> None:
    """The path, the milestones and the target date share a colour: their legend entries
    are told apart by drawing each like its series (dashed line, square, star)."""
    page = page_on_nrw(qtbot, window)
    legend = page.chart.chart_.legend()
    markers = legend.markers()
    assert len(markers) >= 5
    for marker in markers:
        shape = marker.shape()
        if shape == QLegend.MarkerShape.MarkerShapeDefault:
            shape = legend.markerShape()
        assert shape == QLegend.MarkerShape.MarkerShapeFromSeries, marker.label()
