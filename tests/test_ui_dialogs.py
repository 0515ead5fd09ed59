"""Every record dialog, opened as a person opens it, fits a 1366×768 screen in English,
French and Spanish, and opens with its first field focused."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui_helpers import window
from wopdesk.domain import i18n
from wopdesk.ui.forms import RecordEditorDialog
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.record_table import RecordTable

__all__ = ["window"]  # the shared fixture, used by name

# (page, the page's method that opens the dialog, the tables whose first row is chosen
# first, in order)
OPENERS = [
    ("workplan", "new_record", ()),
    ("diagnosis", "new_record", ()),
    ("diagnosis", "add_action", ("table",)),
    ("indicators", "new_record", ()),
    ("indicators", "new_indicator", ()),
    ("capacity", "new_record", ()),
    ("finance", "new_record", ()),
    ("finance", "new_contribution", ()),
    ("partnerships", "new_partnership", ()),
    ("partnerships", "add_member", ("table",)),
    ("partnerships", "new_track", ("table",)),
    ("partnerships", "link_indicator", ("table", "track_table")),
    ("partnerships", "new_utility", ()),
    ("partnerships", "new_person", ()),
]


def _choose_first_row(qtbot: QtBot, window: MainWindow, table: RecordTable) -> None:
    qtbot.waitUntil(lambda: table.proxy.rowCount() > 0, timeout=10000)
    index = table.proxy.index(0, 0)
    table.view.scrollTo(index)
    qtbot.mouseClick(
        table.view.viewport(), Qt.MouseButton.LeftButton, pos=table.view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: table.current_id() is not None and not window.ctx.busy)


def _fits(widget: QWidget) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    frame = widget.frameGeometry()
    assert frame.width() <= area.width(), (frame, area)
    assert frame.height() <= area.height(), (frame, area)


@pytest.mark.parametrize(("page_id", "opener", "chosen"), OPENERS)
def test_a_dialog_fits_and_opens_on_its_first_field(
    qtbot: QtBot, window: MainWindow, page_id: str, opener: str, chosen: tuple[str, ...]
) -> None:
    page = window.show_page(page_id)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    for attribute in chosen:
        _choose_first_row(qtbot, window, getattr(page, attribute))
    getattr(page, opener)()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), RecordEditorDialog), timeout=5000
    )
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, RecordEditorDialog)
    qtbot.waitExposed(editor)
    _fits(editor)
    qtbot.waitUntil(lambda: editor.focusWidget() is not None)
    focused = editor.focusWidget()
    first = next(iter(editor.form.fields.values()))
    assert focused is first or first.isAncestorOf(focused), (type(first), type(focused))
    editor.close()


CURRENCY_HINT = (
    "Totals are in this currency: amounts in another one are converted at the "
    "exchange rate of their date, or shown apart when there is none."
)


def test_the_partnership_currency_hint_says_what_the_finance_page_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The Finance page converts other currencies at the rate of each date (docs/finance.md);
    the partnership dialog must not tell the user they are "never converted"."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    page = window.show_page("partnerships")
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    page.new_partnership()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), RecordEditorDialog), timeout=5000
    )
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, RecordEditorDialog)
    texts = [label.text() for label in editor.findChildren(QLabel)]
    wanted = QCoreApplication.translate("PartnershipEditor", CURRENCY_HINT)
    assert wanted in texts
    if i18n.translator().language != "en":
        assert wanted != CURRENCY_HINT  # translated, not left in English
    assert not any("never converted" in text for text in texts)
    editor.close()
