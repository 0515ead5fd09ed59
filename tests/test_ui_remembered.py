"""The window is as the person left it: its size and place, the sidebar's width, each
page's splitters and the columns widened by hand come back at the next run; short
columns (dates, numbers, states) are as wide as what they hold, in every language."""

import contextlib
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSplitter, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from wopdesk.demo import demo_id
from wopdesk.domain import i18n
from wopdesk.storage.store import Store
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.remembered import GEOMETRY, app_settings
from wopdesk.ui.wrapping import SHORT_COLUMN_CHARS, longest_words

from .ui_helpers import open_window, settle

MARIA = demo_id("person:maria")
LIST_PAGES = ["workplan", "diagnosis", "indicators", "capacity", "finance", "partnerships"]


def _next_run(qtbot: QtBot, window: MainWindow, store: Store) -> MainWindow:
    """Close the window as the person would, and start the app again on the same data."""
    window.close()
    return open_window(qtbot, store, me=MARIA)


def _drag_edge(qtbot: QtBot, table: RecordTable, column: int, by: int) -> None:
    """Drag the right edge of a column's heading ``by`` pixels, with the mouse."""
    header = table.view.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    start = QPoint(edge, header.height() // 2)
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(by // 2, 0))
    qtbot.mouseMove(viewport, start + QPoint(by, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(by, 0))


def test_the_window_comes_back_with_its_size_and_sidebar(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    window.resize(1100, 640)
    window.splitter.setSizes([280, 820])
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == 280)
    again = _next_run(qtbot, window, demo_store)
    assert (again.width(), again.height()) == (1100, 640)
    assert again.splitter.sizes()[0] == 280


def test_a_window_saved_on_a_larger_screen_fits_this_one(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    window.resize(1900, 1150)  # as on a larger screen
    window.close()
    assert app_settings().value(GEOMETRY) is not None
    again = open_window(qtbot, demo_store, me=MARIA)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    assert again.frameGeometry().width() <= area.width()
    assert again.frameGeometry().height() <= area.height()


def test_a_damaged_setting_is_ignored(qtbot: QtBot, demo_store: Store) -> None:
    settings = app_settings()
    settings.setValue(GEOMETRY, "not a geometry")
    settings.setValue("pages/workplan/table0/widths", "{not json")
    settings.sync()
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.show_page("workplan")
    settle(qtbot, window)
    assert page is not None
    assert page.table.person_widths == {}  # type: ignore[attr-defined]


def test_a_column_widened_by_hand_stays_widened(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.show_page("workplan")
    settle(qtbot, window)
    table: RecordTable = page.table  # type: ignore[union-attr]
    column = 2
    before = table.view.columnWidth(column)
    _drag_edge(qtbot, table, column, 60)
    widened = table.view.columnWidth(column)
    assert widened > before + 30
    assert table.person_widths == {column: widened}
    # A reload (new data) does not undo the person's choice.
    window.ctx.data_changed.emit(frozenset({"action"}))
    settle(qtbot, window)
    assert table.view.columnWidth(column) == widened
    again = _next_run(qtbot, window, demo_store)
    page = again.show_page("workplan")
    settle(qtbot, again)
    assert page.table.view.columnWidth(column) == widened  # type: ignore[union-attr]


def test_a_page_splitter_comes_back(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.show_page("visits")
    settle(qtbot, window)
    assert page is not None
    splitter = page.findChildren(QSplitter)[0]
    total = sum(splitter.sizes())
    splitter.setSizes([500, total - 500])
    qtbot.waitUntil(lambda: splitter.sizes()[0] == 500)
    again = _next_run(qtbot, window, demo_store)
    page = again.show_page("visits")
    settle(qtbot, again)
    assert page is not None
    assert page.findChildren(QSplitter)[0].sizes()[0] == 500


def test_settings_of_the_tests_are_their_own() -> None:
    """The person's own QSettings are never those the tests write."""
    assert "qsettings" in QSettings("WOPdesk", "WOPdesk").fileName()


@pytest.fixture(params=["en", "fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    ui_i18n.install_translators(qapp, request.param)
    i18n.set_language(request.param)
    yield request.param
    ui_i18n.remove_translators(qapp)
    i18n.set_language(None)


def short_columns_cut(page_id: str, page: QWidget) -> list[str]:
    """The short columns of ``page``'s tables narrower than their contents or longest word."""
    cut: list[str] = []
    for table in page.findChildren(RecordTable):
        view = table.view
        limit = SHORT_COLUMN_CHARS * table.fontMetrics().averageCharWidth()
        for column in range(table.proxy.columnCount()):
            if column == table.stretch_column or table.proxy.rowCount() == 0:
                continue
            header = view.horizontalHeader()
            if header.stretchLastSection() and column == table.proxy.columnCount() - 1:
                continue
            contents = view.sizeHintForColumn(column)
            # A short column may wrap (its heading too) when the table is narrow, but
            # never below its longest word.
            rows = range(min(table.proxy.rowCount(), 100))
            needed = max(longest_words(view, rows, [column])[column], header.longest_word(column))
            if contents <= limit and view.columnWidth(column) < needed:
                title = table.proxy.headerData(column, Qt.Orientation.Horizontal)
                cut.append(f"{page_id}: {title} ({view.columnWidth(column)} < {needed})")
    return cut


def all_fit(page_id: str, page: QWidget) -> bool:
    return not short_columns_cut(page_id, page)


def test_short_columns_are_never_cut(qtbot: QtBot, demo_store: Store, language: str) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    window.resize(1366, 768)
    cut: list[str] = []
    for page_id in LIST_PAGES:
        page = window.show_page(page_id)
        settle(qtbot, window)
        assert page is not None
        # The columns are laid out once the rows are in (a zero-delay timer): wait for it.
        with contextlib.suppress(WaitTimeout):
            qtbot.waitUntil(partial(all_fit, page_id, page), timeout=5000)
        cut += short_columns_cut(page_id, page)
    assert not cut, cut
