"""Every list works with the mouse as with the keyboard, at 1366×768, in three languages:
a click on a row enables Edit and Delete and fills the details, a double click opens it."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui_helpers import window
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.record_table import RecordTable

__all__ = ["window"]  # the shared fixture, used by name

# (page, the table's attribute on the page)
LISTS = [
    ("workplan", "table"),
    ("diagnosis", "table"),
    ("indicators", "table"),
    ("capacity", "table"),
    ("finance", "expenses"),
    ("finance", "contributions"),
]


def _shown(
    qtbot: QtBot, window: MainWindow, page_id: str, attribute: str
) -> tuple[Any, RecordTable]:
    page = window.show_page(page_id)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    table = getattr(page, attribute)
    if hasattr(page, "reveal"):  # a list in a tab: the person clicks its tab first
        page.reveal(table)
    qtbot.waitUntil(lambda: table.proxy.rowCount() > 0, timeout=10000)
    return page, table


def _buttons_of(page: Any, table: RecordTable) -> list[QPushButton]:
    """The Edit… and Delete buttons that act on this table (the page's, or its section's)."""
    if hasattr(page, "edit_button"):
        return [page.edit_button, page.delete_button]
    section = table.parentWidget()
    assert isinstance(section, QGroupBox)
    return section.findChildren(QPushButton)[1:]  # New…, then Edit… and Delete


def _click_row(qtbot: QtBot, table: RecordTable, row: int, double: bool = False) -> None:
    index = table.proxy.index(row, 0)
    position = table.view.visualRect(index).center()
    viewport = table.view.viewport()
    # A double click is a press and release, then the second press, as a hand makes it.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=position)
    if double:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=position)


@pytest.mark.parametrize(("page_id", "attribute"), LISTS)
def test_a_click_enables_edit_and_delete(
    qtbot: QtBot, window: MainWindow, page_id: str, attribute: str
) -> None:
    page, table = _shown(qtbot, window, page_id, attribute)
    buttons = _buttons_of(page, table)
    assert len(buttons) == 2
    assert not any(b.isEnabled() for b in buttons)
    with qtbot.waitSignal(table.current_changed) as chosen:
        _click_row(qtbot, table, 0)
    assert chosen.args == [table.visible_ids()[0]]
    assert all(b.isEnabled() for b in buttons)


@pytest.mark.parametrize(("page_id", "attribute"), LISTS)
def test_a_double_click_opens_the_record(
    qtbot: QtBot, window: MainWindow, page_id: str, attribute: str
) -> None:
    _page, table = _shown(qtbot, window, page_id, attribute)
    with qtbot.waitSignal(table.activated) as opened:
        _click_row(qtbot, table, 0, double=True)
    assert opened.args == [table.visible_ids()[0]]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    editor = QApplication.activeModalWidget()
    assert editor is not None
    editor.close()


def test_a_click_shows_the_finding_in_the_details_panel(qtbot: QtBot, window: MainWindow) -> None:
    page, table = _shown(qtbot, window, "diagnosis", "table")
    _click_row(qtbot, table, 0)
    assert page.details.isEnabled()
    assert any(label.text() for label in page.detail_labels.values())


def test_the_keyboard_still_chooses_rows(qtbot: QtBot, window: MainWindow) -> None:
    page, table = _shown(qtbot, window, "workplan", "table")
    table.view.setFocus()
    with qtbot.waitSignal(table.current_changed):
        qtbot.keyClick(table.view, Qt.Key.Key_Down)
    assert all(b.isEnabled() for b in _buttons_of(page, table))


# The Partnerships page: (its tab, the table's attribute); the list above the tabs first.
PARTNERSHIP_LISTS = [
    (None, "table"),
    (1, "member_table"),
    (2, "track_table"),
    (2, "link_table"),
    (3, "utility_table"),
    (3, "people_table"),
]


def _partnership_list(
    qtbot: QtBot, window: MainWindow, tab: int | None, attribute: str
) -> tuple[Any, RecordTable]:
    page, table = _shown(qtbot, window, "partnerships", "table")
    _click_row(qtbot, table, 0)  # the partnership whose tabs are shown
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    if tab is not None:
        bar = page.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
        assert page.tabs.currentIndex() == tab
    if attribute == "link_table":  # the indicators of the track chosen
        tracks = page.track_table
        qtbot.waitUntil(lambda: tracks.proxy.rowCount() > 0, timeout=10000)
        _click_row(qtbot, tracks, 0)
    table = getattr(page, attribute)
    if hasattr(page, "reveal"):  # a list in a tab: the person clicks its tab first
        page.reveal(table)
    qtbot.waitUntil(lambda: table.proxy.rowCount() > 0, timeout=10000)
    return page, table


def _partnership_buttons(page: Any, table: RecordTable) -> list[QPushButton]:
    if table is page.table:
        return [page.edit_button]  # "Work in this partnership": off for the one in use
    section = table.parentWidget()
    buttons = [section.edit_button]
    if section.delete_button is not None:
        buttons.append(section.delete_button)
    return buttons


@pytest.mark.parametrize(("tab", "attribute"), PARTNERSHIP_LISTS)
def test_partnership_lists_answer_the_mouse(
    qtbot: QtBot, window: MainWindow, tab: int | None, attribute: str
) -> None:
    page, table = _partnership_list(qtbot, window, tab, attribute)
    row = table.proxy.rowCount() - 1  # not the row a reload would choose by itself
    table.view.clearSelection()
    buttons = _partnership_buttons(page, table)
    with qtbot.waitSignal(table.current_changed) as chosen:
        _click_row(qtbot, table, row)
    assert chosen.args == [table.visible_ids()[row]]
    assert all(b.isEnabled() for b in buttons)
    with qtbot.waitSignal(table.activated) as opened:
        qtbot.mouseDClick(
            table.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.view.visualRect(table.proxy.index(row, 0)).center(),
        )
    assert opened.args == [table.visible_ids()[row]]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    editor = QApplication.activeModalWidget()
    assert editor is not None
    editor.close()


@pytest.mark.parametrize(
    ("page_id", "attribute"), [("visits", "visit_id"), ("learning", "activity_id")]
)
def test_a_click_opens_the_row_in_the_form_beside_the_list(
    qtbot: QtBot, window: MainWindow, page_id: str, attribute: str
) -> None:
    """Site visits and the learning log show the chosen record in a form beside the list."""
    page = window.show_page(page_id)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    view = page.table
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 1, timeout=10000)
    row = 1
    wanted = model.id_at(row)
    position = view.visualRect(model.index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    editor = page.editor
    qtbot.waitUntil(lambda: getattr(editor, attribute) == wanted, timeout=5000)
    assert view.selectionModel().isRowSelected(row)
