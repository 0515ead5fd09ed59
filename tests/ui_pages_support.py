"""Helpers for the record-page tests: the demo main window, saving and refusing in editors."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui_helpers import shown_window
from wopdesk.storage.models import SyncedRecord
from wopdesk.storage.store import Store
from wopdesk.ui.forms import RecordEditorDialog
from wopdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store) -> Iterator[MainWindow]:
    """The main window on the demo partnership, shown at the smallest supported size."""
    # Amounts are compared as text: read them the same way on every machine.
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield shown_window(qtbot, demo_store)
    QLocale.setDefault(previous)


def count(store: Store, model: type[SyncedRecord], **where: Any) -> int:
    """Live records of a kind, optionally with some field values."""
    query = select(func.count()).select_from(model).where(model.deleted.is_(False))
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    with store.reading() as session:
        return session.scalar(query) or 0


def fill(editor: RecordEditorDialog, **values: Any) -> None:
    """Type text into fields (line edits, dates, numbers) or set pick-list values."""
    for name, value in values.items():
        field = editor.form.field(name)
        if isinstance(value, str) and hasattr(field, "setText") and not hasattr(field, "picker"):
            field.setText(value)
        elif hasattr(field, "setPlainText") and isinstance(value, str):
            field.setPlainText(value)
        else:
            field.set_value(value)


def save(qtbot: QtBot, editor: RecordEditorDialog) -> str:
    """Click Save and wait for the writer; the id of the saved record."""
    with qtbot.waitSignal(editor.saved, timeout=5000) as blocker:
        editor.save_button.click()
    return str(blocker.args[0])


def refused(qtbot: QtBot, editor: RecordEditorDialog, field: str | None) -> str:
    """Click Save on bad input; the message shown next to ``field`` (or above the form)."""
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.saving)
    assert editor.isVisible(), "a refused save must keep the editor open"
    return editor.form.error_text(field)


def shown(qtbot: QtBot, window: MainWindow, page_id: str) -> Any:
    """Show a page and wait until what it reads off the GUI thread is on screen."""
    page = window.show_page(page_id)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10000)
    return page
