"""The app as a person has it: saving in the main window while a large sync runs.

A real ``MainWindow`` on a profile with about 20,000 changes to sync. The person opens
an action with a double click, types a new description and clicks Save, again and
again, while the window's own sync worker runs (pushing them), or while ``wopdesk sync``
runs in another process on the same profile (pulling them). No save is refused, the
sync succeeds, and the last description typed is the one kept.
"""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.sync_ui_support import (
    Server,
    answer_sign_in,
    headless_sync,
    quiet_environment_fixture,  # noqa: F401  (autouse fixture)
    server_fixture,  # noqa: F401  (fixture "server")
    sync_window,
)
from tests.test_concurrent_writes import ACTION, READINGS, _add_readings, _description
from tests.ui_pages_support import shown
from wopdesk.demo import create_demo
from wopdesk.storage.store import Store
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.workplan import ActionEditor, WorkPlanPage


def edit_description(qtbot: QtBot, page: WorkPlanPage, text: str) -> bool:
    """Double-click the action, type ``text`` as its description, click Save; saved?"""
    table = page.table
    index = table.proxy.index(table.visible_ids().index(ACTION), 0)
    position = table.view.visualRect(index).center()
    viewport = table.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ActionEditor))
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, ActionEditor)
    field = editor.form.field("description")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    with qtbot.waitSignal(editor.saved, timeout=15000, raising=False) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    if not saved.signal_triggered:
        editor.close()
    return bool(saved.signal_triggered)


def work_plan(qtbot: QtBot, window: MainWindow) -> WorkPlanPage:
    page = shown(qtbot, window, "workplan")
    assert isinstance(page, WorkPlanPage)
    return page


def keep_saving(
    qtbot: QtBot, page: WorkPlanPage, until: Callable[[], object]
) -> tuple[int, int, str]:
    """Save new descriptions until ``until()``; (saves, refused saves, last saved)."""
    done = refused = 0
    last = ""
    while not until():
        text = f"Install bulk meters, version {done + refused + 1}"
        if edit_description(qtbot, page, text):
            done, last = done + 1, text
        else:
            refused += 1
    return done, refused, last


def test_saves_in_the_window_while_its_sync_pushes_20000_changes(
    qtbot: QtBot, demo_store: Store, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_readings(demo_store, READINGS + 100)
    window = sync_window(qtbot, demo_store)
    answer_sign_in(monkeypatch, server.url, "maria", "maria-password")
    reports: list[object] = []
    failures: list[str] = []
    window.sync.finished.connect(reports.append)
    window.sync.failed.connect(failures.append)
    page = work_plan(qtbot, window)
    window.sync_now.trigger()
    qtbot.waitUntil(lambda: window.sync.running)
    saves, refused, last = keep_saving(qtbot, page, lambda: reports or failures)
    print(f"\nwindow sync: {saves} saves from the editor during the sync")
    assert failures == []
    assert refused == 0
    assert saves > 0
    assert reports[0].sent >= 19_000  # type: ignore[attr-defined]
    assert _description(demo_store) == last


def test_saves_in_the_window_while_another_process_syncs(
    qtbot: QtBot, demo_store: Store, server: Server, tmp_path: Path
) -> None:
    maria = Store.open(tmp_path / "maria")
    try:
        create_demo(maria)
        _add_readings(maria, READINGS + 100)
        headless_sync(maria, server, "maria")
    finally:
        maria.close()
    window = sync_window(qtbot, demo_store)  # joao's laptop: pulls maria's changes
    page = work_plan(qtbot, window)
    sync = subprocess.Popen(
        [sys.executable, "-m", "wopdesk", "sync", "--server", server.url, "--user", "joao"]
        + ["--data-dir", str(demo_store.data_dir)],
        env={
            **os.environ,
            "WOPDESK_PASSWORD": "joao-password",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        saves, refused, last = keep_saving(qtbot, page, lambda: sync.poll() is not None)
        out, err = sync.communicate(timeout=300)
    finally:
        if sync.poll() is None:
            sync.kill()
            sync.communicate()
    print(f"\nwopdesk sync beside the window: {saves} saves; {out.strip()}")
    assert sync.returncode == 0, err
    assert refused == 0
    assert saves > 0
    assert _description(demo_store) == last
