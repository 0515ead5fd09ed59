"""The Overview's indicator table at 1366×768, in every language: no figure is cut; a
figure too long for its column wraps onto another line, and the table grows to show it."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.ui_helpers import overview_with_indicators, window  # noqa: F401  (fixture)
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.overview import OverviewPage


def cut_cells(page: OverviewPage) -> list[str]:
    """The cells whose text, wrapped at word boundaries, does not fit inside the cell."""
    table = page.indicator_table
    metrics = table.fontMetrics()
    # Qt's item views keep this margin on each side of a cell's text (QCommonStyle).
    focus_margin = QStyle.PixelMetric.PM_FocusFrameHMargin
    margin = 2 * (table.style().pixelMetric(focus_margin, None, table) + 1)
    cut = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            if column == 1:
                continue  # the track: secondary, cut on purpose (its tip says it whole)
            text = table.item(row, column).text()
            width = table.columnWidth(column) - margin
            wrapped = metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
            )
            longest_word = max(metrics.horizontalAdvance(word) for word in text.split())
            if wrapped.height() > table.rowHeight(row) or longest_word > width:
                cut.append(text)
    return cut


def test_no_figure_of_the_overview_is_cut(window: MainWindow, qtbot: QtBot) -> None:  # noqa: F811
    page = overview_with_indicators(qtbot, window)
    table = page.indicator_table
    assert cut_cells(page) == []
    # Every row is in view: the table is as tall as its rows, no scroll bar hides any.
    rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() >= rows_height + table.horizontalHeader().height()
    assert table.columnWidth(0) >= table.viewport().width() // 4  # names wrap too


def test_a_narrower_window_wraps_more_and_still_cuts_nothing(
    window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    page = overview_with_indicators(qtbot, window)
    table = page.indicator_table
    wide = table.viewport().width()
    window.resize(1024, 700)  # a smaller screen
    qtbot.waitUntil(lambda: table.viewport().width() < wide - 200)
    assert cut_cells(page) == []
    assert table.columnWidth(0) >= table.viewport().width() // 4  # names wrap too


def test_the_track_stays_on_one_line(window: MainWindow, qtbot: QtBot) -> None:  # noqa: F811
    """The track is secondary (its tip says it whole): it never makes a row taller."""
    page = overview_with_indicators(qtbot, window)
    table = page.indicator_table
    delegate = table.itemDelegateForColumn(1)
    line = table.fontMetrics().height()
    for row in range(table.rowCount()):
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect.setWidth(table.columnWidth(1))
        height = delegate.sizeHint(option, table.model().index(row, 1)).height()
        assert height < 2 * line, table.item(row, 1).text()
