"""Helpers for the UI tests: open the main window on a store, wait for the workers."""

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow


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
