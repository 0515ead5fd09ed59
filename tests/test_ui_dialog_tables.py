"""The tables outside the pages' lists, at 1366×768 in English, French and Spanish on the
demo: the health summary, a target's milestones and the recently deleted records. Their
headings wrap between words like the pages' (``wrapping.WrappingHeader``) and none is cut.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.test_ui_health import _panel as health_panel
from tests.test_ui_milestones import open_nrw_target
from tests.test_ui_page_tables import cut_headings
from tests.ui_helpers import window
from wopdesk.ui.app import register_fonts
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.milestone_table import MilestoneTable
from wopdesk.ui.undo import RecentlyDeletedDialog

__all__ = ["window"]  # the shared fixture, used by name


@pytest.fixture(autouse=True)
def bundled_fonts() -> Iterator[None]:
    """The fonts the app registers at start (Noto), which the headings are measured in."""
    register_fonts()
    yield
    QFontDatabase.removeAllApplicationFonts()


def settled(qtbot: QtBot, view: QTableView) -> QTableView:
    """``view`` once shown and laid out (the zero-delay layout of its columns has run)."""
    qtbot.waitUntil(view.isVisible)
    widths = [view.columnWidth(c) for c in range(view.model().columnCount())]
    qtbot.waitUntil(
        lambda: widths == [view.columnWidth(c) for c in range(view.model().columnCount())]
    )
    return view


def test_the_health_summary_headings_are_never_cut(qtbot: QtBot, window: MainWindow) -> None:
    panel = health_panel(qtbot, window)
    table = settled(qtbot, panel.summary_table)
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    assert cut_headings(table) == []


def test_the_milestone_headings_are_never_cut(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_nrw_target(qtbot, window)
    tables = editor.findChildren(MilestoneTable)
    assert len(tables) == 1
    table = settled(qtbot, tables[0].table)
    assert table.rowCount() == 2
    assert cut_headings(table) == []
    editor.reject()


def test_the_recently_deleted_headings_are_never_cut(qtbot: QtBot, window: MainWindow) -> None:
    window.undo_delete.recent_action.trigger()
    dialog = window.undo_delete.dialog
    assert isinstance(dialog, RecentlyDeletedDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    table = settled(qtbot, dialog.table)
    assert cut_headings(table) == []
