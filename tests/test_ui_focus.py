"""Focus and keys: every dialog opens on its first field, a page's shortcut puts the focus
in the page, and Enter in a date field saves as in any other field."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from tests.ui_helpers import shortcut
from tests.ui_pages_support import count, shown, window  # noqa: F401 (the fixture)
from wopdesk.storage.models import Action
from wopdesk.ui.forms import DateField
from wopdesk.ui.main_window import MainWindow


@pytest.mark.parametrize("page_id", ["workplan", "diagnosis", "indicators", "capacity"])
def test_a_new_record_dialog_opens_on_its_first_field(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    page_id: str,
) -> None:
    page = shown(qtbot, window, page_id)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.focusWidget() is not None)
    focused = editor.focusWidget()
    assert editor.form.isAncestorOf(focused)
    first = next(iter(editor.form.fields.values()))
    assert focused is first or first.isAncestorOf(focused) or focused is first.focusProxy()
    editor.close()


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0])
def test_a_page_shortcut_puts_the_focus_in_the_page(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    number: int,
) -> None:
    if number % 10 > len(window.page_ids) or (number == 0 and len(window.page_ids) < 10):
        pytest.skip("no page has this shortcut")
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QListWidget))
    shortcut(qtbot, window, f"Ctrl+{number}")
    wanted = window.page_ids[(number or 10) - 1]
    qtbot.waitUntil(lambda: window.current_page() is window.pages.get(wanted))
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    # Typing now goes to the page, never to the sidebar (where a letter jumps pages).
    qtbot.keyClicks(QApplication.focusWidget(), "v")
    assert window.current_page() is page


def test_enter_in_a_date_field_saves(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    page = shown(qtbot, window, "workplan")
    before = count(window.ctx.store, Action)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.form.field("description").setPlainText("Map the valves of zone 4")
    due = editor.form.field("due_date")
    assert isinstance(due, DateField)
    due.edit.setFocus()
    due.setText("2026-11-30")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(due.edit, Qt.Key.Key_Return)
    assert count(window.ctx.store, Action) == before + 1
