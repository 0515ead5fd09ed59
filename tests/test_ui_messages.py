"""Failures as the app shows them, in English, French and Spanish: a sync that cannot reach
its server and a PDF that cannot be saved each read as one sentence saying what to do."""

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.sync_ui_support import (
    answer_sign_in,
    quiet_environment_fixture,  # noqa: F401  (autouse fixture)
    sync_window,
)
from wopdesk.demo import demo_id
from wopdesk.domain import i18n
from wopdesk.files import cannot_write
from wopdesk.storage.store import Store
from wopdesk.sync.client import unreachable_sentence
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui import report_preview
from wopdesk.ui.context import AppContext
from wopdesk.ui.report_preview import show_visit_summary

BUILD_TIMEOUT = 60_000


@pytest.fixture(params=["en", "fr", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    ui_i18n.install_translators(app, request.param)
    yield str(request.param)
    ui_i18n.remove_translators(app)
    i18n.set_language(None)
    QLocale.setDefault(previous)


def test_a_sync_to_an_unknown_server_name_says_what_to_do(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    url = "http://wop.example.invalid:8080"
    window = sync_window(qtbot, demo_store)
    answer_sign_in(monkeypatch, url, "maria", "maria-password")
    window.activateWindow()
    with qtbot.waitSignal(window.sync.failed, timeout=30000) as failed:
        qtbot.keyClick(window, Qt.Key.Key_F5)  # Sync now
    expected = unreachable_sentence(url, httpx.ConnectError("Name or service not known"))
    assert failed.args == [expected]
    assert window.statusBar().currentMessage() == expected
    assert "Errno" not in expected
    if language != "en":
        assert "wop.example.invalid" in expected
        assert not expected.startswith("The server name")


def test_a_pdf_saved_to_a_full_disk_says_what_to_do(
    qtbot: QtBot,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    ctx = AppContext(demo_store)
    try:
        with qtbot.waitSignal(ctx.busy_changed, timeout=BUILD_TIMEOUT):
            dialog = show_visit_summary(None, ctx, demo_id("visit:second"))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=BUILD_TIMEOUT)
        folder = tmp_path / "reports"
        folder.mkdir()
        target = folder / "summary.pdf"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF")
        )

        def full(*_args: object) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(report_preview.os, "fsync", full)
        with qtbot.waitSignal(dialog.failed, timeout=BUILD_TIMEOUT) as failed:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        expected = cannot_write(target, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
        assert failed.args == [expected]
        assert dialog.status.text() == expected
        assert "Errno" not in expected
        assert list(folder.iterdir()) == []  # nothing half-written left behind
        if language != "en":
            assert not expected.startswith("There is no room")
    finally:
        ctx.shutdown()


def test_why_the_last_sync_failed_stays_on_the_offline_label(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """The status message fades after a while; the reason stays until a sync succeeds."""
    url = "http://wop.example.invalid:8080"
    window = sync_window(qtbot, demo_store)
    answer_sign_in(monkeypatch, url, "maria", "maria-password")
    bar = window.statusBar()
    with qtbot.waitSignal(window.sync.failed, timeout=30000) as failed:
        window.sync_now.trigger()
    qtbot.waitUntil(lambda: failed.args[0] in bar.online.toolTip())
    window.statusBar().clearMessage()
    assert failed.args[0] in bar.online.toolTip()
    bar.sync_succeeded()
    assert failed.args[0] not in bar.online.toolTip()
