"""What the window remembers between runs, in QSettings: its size, place and state, where
its splitters were left, and the columns a person widened or narrowed by hand.

Each page's splitters and tables are named by the page and their order in it, so the
pages need not name them. Nothing here is in the profile's database: it belongs to the
computer's screen, not to the partnership's record.
"""

import json
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from wopdesk.ui.style import FRAME_ROOM

if TYPE_CHECKING:
    from wopdesk.ui.record_table import RecordTable

GEOMETRY = "window/geometry"
STATE = "window/state"
SIDEBAR = "window/splitter"
RECORD_TABLE_MODULE = "wopdesk.ui.record_table"


def app_settings(settings: QSettings | None = None) -> QSettings:
    """``settings``, or the person's own (WOPdesk's QSettings)."""
    return settings if settings is not None else QSettings("WOPdesk", "WOPdesk")


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_window(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    """The size, place, toolbars and sidebar width of the last run, if any; never larger
    than the screen now (the last run may have had a bigger one)."""
    geometry = _bytes(settings, GEOMETRY)
    if geometry is not None and window.restoreGeometry(geometry):
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            width = min(window.width(), area.width() - FRAME_ROOM.width())
            height = min(window.height(), area.height() - FRAME_ROOM.height())
            if (width, height) != (window.width(), window.height()):
                window.resize(width, height)
    state = _bytes(settings, STATE)
    if state is not None:
        window.restoreState(state)
    sizes = _bytes(settings, SIDEBAR)
    if sizes is not None:
        splitter.restoreState(sizes)


def save_window(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(STATE, window.saveState())
    settings.setValue(SIDEBAR, splitter.saveState())


def _splitters(page: QWidget) -> list[QSplitter]:
    return page.findChildren(QSplitter)


def _tables(page: QWidget) -> "list[RecordTable]":
    # Not imported before some page made a table: the window restores its size, and the
    # Overview (no table of records) its splitters, before the first data is painted.
    if RECORD_TABLE_MODULE not in sys.modules:
        return []
    from wopdesk.ui.record_table import RecordTable

    return page.findChildren(RecordTable)


def restore_page(page: QWidget, page_id: str, settings: QSettings) -> None:
    """Put a page's splitters and hand-sized columns back as the last run left them."""
    for number, splitter in enumerate(_splitters(page)):
        state = _bytes(settings, f"pages/{page_id}/splitter{number}")
        if state is not None:
            splitter.restoreState(state)
    for number, table in enumerate(_tables(page)):
        widths = _widths(settings.value(f"pages/{page_id}/table{number}/widths"))
        if widths:
            table.set_person_widths(widths)


def save_page(page: QWidget, page_id: str, settings: QSettings) -> None:
    for number, splitter in enumerate(_splitters(page)):
        settings.setValue(f"pages/{page_id}/splitter{number}", splitter.saveState())
    for number, table in enumerate(_tables(page)):
        key = f"pages/{page_id}/table{number}/widths"
        if table.person_widths:
            settings.setValue(key, json.dumps(table.person_widths))
        else:
            settings.remove(key)


def _widths(value: object) -> dict[int, int]:
    """Column → width from the saved text; nothing if it is damaged."""
    if not isinstance(value, str):
        return {}
    try:
        loaded = json.loads(value)
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    widths: dict[int, int] = {}
    for column, width in loaded.items():
        if str(column).isdigit() and isinstance(width, int):
            widths[int(column)] = width
    return widths
