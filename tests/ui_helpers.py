"""Helpers for the UI tests: open the main window on a store, wait for the workers."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from wopdesk.domain import i18n
from wopdesk.storage.store import Store
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from wopdesk.ui.pages.overview import OverviewPage

LANGUAGES = ["en", "fr", "es"]


@contextmanager
def translated(language: str) -> Iterator[None]:
    """The UI and the domain's sentences in ``language``; English and the locale after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    ui_i18n.install_translators(app, language)
    i18n.set_language(language)
    try:
        yield
    finally:
        ui_i18n.remove_translators(app)
        i18n.set_language(None)
        QLocale.setDefault(previous)


def shown_window(qtbot: QtBot, store: Store) -> MainWindow:
    """The main window at the smallest supported size (1366×768), active, first reads done."""
    main = MainWindow(AppContext(store))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.is_ready and not main.ctx.busy, timeout=10000)
    main.finish_frame()  # icons and shortcuts, as after the first paint
    return main


@pytest.fixture(params=LANGUAGES)
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo_store: Store) -> Iterator[MainWindow]:
    """The main window on the demo partnership, in each language. A test module uses it
    with ``from tests.ui_helpers import window``."""
    with translated(request.param):
        yield shown_window(qtbot, demo_store)


def open_window(
    qtbot: QtBot, store: Store, me: str | None = None, *, killed_later: bool = False
) -> MainWindow:
    """The main window as a person sees it: shown, active, first reads done.

    ``killed_later``: the test destroys the window itself (a simulated crash), so
    qtbot must not close it at the end.
    """
    if me is not None:
        store.set_setting("me_person_id", me)
    window = MainWindow(AppContext(store))
    if not killed_later:
        qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window is ready and no background read or write is running."""
    # After the first page's data the window finishes starting (sync) when idle.
    qtbot.waitUntil(
        lambda: window.is_ready and window.started and not window.ctx.busy, timeout=10000
    )


def answer_yes(monkeypatch: object) -> list[str]:
    """Make QMessageBox.question answer Yes; returns the questions asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))  # type: ignore[attr-defined]
    return asked


def shortcut(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """Press a shortcut such as "Ctrl+3" in the window."""
    modifier, _, name = key.rpartition("+")
    mods = Qt.KeyboardModifier.ControlModifier if modifier == "Ctrl" else Qt.KeyboardModifier(0)
    qtbot.keyClick(window.focusWidget() or window, name, mods)


def photo_file(tmp_path: Path, name: str = "valve-chamber.png") -> Path:
    path = tmp_path / name
    Image.new("RGB", (64, 48), (30, 120, 200)).save(path)
    return path


def choose_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    def pick(*_args: object, **_kwargs: object) -> tuple[list[str], str]:
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))


def overview_with_indicators(qtbot: QtBot, main: MainWindow) -> "OverviewPage":
    """The Overview page of ``main`` once its indicator table is filled."""
    from wopdesk.ui.pages.overview import OverviewPage

    page = main.page("overview")
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: page.data is not None and page.indicator_table.rowCount() > 0)
    return page
