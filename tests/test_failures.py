"""When something fails: the log, hard crashes, the error dialog and the problem report."""

import logging
import os
import signal
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import tenacity
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui_helpers import open_window
from wopdesk import logs
from wopdesk.diagnostics import write_problem_report
from wopdesk.errors import StorageError
from wopdesk.storage.store import Store
from wopdesk.ui import app as ui_app
from wopdesk.ui import main_window
from wopdesk.ui.context import AppContext
from wopdesk.ui.crash import (
    ErrorDialog,
    ErrorReporter,
    ProblemReportDialog,
    install_error_reporting,
    uninstall_error_reporting,
)

# --- the log --------------------------------------------------------------------------------


def _log_text() -> str:
    for handler in logging.getLogger("wopdesk").handlers:
        handler.flush()
    return (logs.log_dir() / logs.LOG_NAME).read_text(encoding="utf-8")


def test_the_log_is_written_in_the_log_folder() -> None:
    folder = logs.configure_logging()
    assert folder == logs.log_dir()
    assert os.environ[logs.LOG_DIR_ENV] == str(folder)  # never the person's own folder
    logging.getLogger("wopdesk.tests").warning("a line for the log 8d1f")
    assert "a line for the log 8d1f" in _log_text()


@pytest.mark.parametrize(
    ("name", "level"),
    [("debug", logging.DEBUG), ("WARNING", logging.WARNING), (None, logging.INFO)],
)
def test_the_level_comes_from_its_name(name: str | None, level: int) -> None:
    assert logs.level_from(name) == level


def test_an_unknown_level_name_is_info() -> None:
    assert logs.level_from("loud") == logging.INFO


# --- a hard crash ---------------------------------------------------------------------------


def _wait_for(predicate: Callable[[], bool], seconds: float = 60) -> None:
    """Poll another process's files (not Qt: this test drives a separate program), as the
    sync client waits for a server: tenacity's fixed pace, up to a deadline."""
    tenacity.Retrying(
        stop=tenacity.stop_after_delay(seconds),
        wait=tenacity.wait_fixed(0.1),
        retry=tenacity.retry_if_result(lambda done: not done),
        reraise=True,
        retry_error_callback=lambda _state: pytest.fail("the other process did not get there"),
    )(predicate)


def test_a_segmentation_fault_leaves_a_traceback_in_the_log_folder(tmp_path: Path) -> None:
    log_folder = tmp_path / "log"
    env = {**os.environ, logs.LOG_DIR_ENV: str(log_folder), "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "wopdesk", "--data-dir", str(tmp_path / "profile")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        log = log_folder / logs.LOG_NAME
        _wait_for(lambda: log.exists() and "The window is ready." in log.read_text())
        app.send_signal(signal.SIGSEGV)
        assert app.wait(30) == -signal.SIGSEGV
    finally:
        app.kill()
        app.wait()
    crash = (log_folder / logs.CRASH_NAME).read_text()
    assert "Segmentation fault" in crash
    assert 'File "' in crash  # the Python stack of the main thread
    # The next start reports it once, and keeps it for a problem report.
    os.environ[logs.LOG_DIR_ENV], saved = str(log_folder), os.environ[logs.LOG_DIR_ENV]
    try:
        assert "Segmentation fault" in (logs.earlier_crash() or "")
        assert logs.earlier_crash() is None
    finally:
        os.environ[logs.LOG_DIR_ENV] = saved
    assert "Segmentation fault" in (log_folder / "crash-previous.log").read_text()


# --- an error in a slot -----------------------------------------------------------------------


class _Boom(RuntimeError):
    pass


@pytest.fixture
def failing_button(qtbot: QtBot) -> Iterator[tuple[QPushButton, ErrorReporter]]:
    button = QPushButton("Do it")
    qtbot.addWidget(button)

    def fail() -> None:
        raise _Boom("the pump table is missing")

    button.clicked.connect(fail)
    button.show()
    qtbot.waitExposed(button)
    logs.configure_logging()
    reporter = install_error_reporting(lambda: button)
    yield button, reporter
    uninstall_error_reporting(reporter)
    if reporter.dialog is not None:
        reporter.dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_dialog_and_is_logged(
    qtbot: QtBot, failing_button: tuple[QPushButton, ErrorReporter]
) -> None:
    button, reporter = failing_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert "the pump table is missing" in dialog.sentence.text()
    assert "Traceback" in _log_text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "_Boom: the pump table is missing" in QGuiApplication.clipboard().text()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert button.isVisible()  # the program goes on


@pytest.mark.qt_no_exception_capture
def test_a_second_error_while_the_dialog_is_open_is_only_logged(
    qtbot: QtBot, failing_button: tuple[QPushButton, ErrorReporter]
) -> None:
    button, reporter = failing_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    first = reporter.dialog
    button.click()
    qtbot.keyClick(first, Qt.Key.Key_Return)  # Enter continues
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert _log_text().count("the pump table is missing") >= 2


@pytest.mark.qt_no_exception_capture
def test_the_running_app_shows_the_dialog_for_an_error_in_one_of_its_slots(
    qapp: QApplication, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's own hooks (``run_app``), not the test's: once its window is ready, one of
    its slots raises; the dialog opens over the window, Continue closes it, the app goes on
    until its window is closed."""
    data_dir = demo_store.data_dir
    demo_store.close()
    sentences: list[str] = []

    class FailingWindow(main_window.MainWindow):
        def __init__(self, ctx: AppContext) -> None:
            super().__init__(ctx)
            self.ready.connect(self.fail)
            self.watch = QTimer(self, interval=50)
            self.watch.timeout.connect(self.answer)
            self.watch.start()
            QTimer.singleShot(60000, self.close)  # never hang the suite

        def fail(self) -> None:
            raise _Boom("the pump table is missing")

        def answer(self) -> None:
            shown = [d for d in self.findChildren(ErrorDialog) if d.isVisible()]
            if shown:
                sentences.append(shown[0].sentence.text())
                shown[0].continue_button.click()
            elif sentences:
                self.close()

    monkeypatch.setattr(main_window, "MainWindow", FailingWindow)
    assert ui_app.run_app(str(data_dir)) == 0
    assert len(sentences) == 1
    assert "the pump table is missing" in sentences[0]
    assert "_Boom: the pump table is missing" in _log_text()


# --- the problem report -------------------------------------------------------------------------


def test_a_problem_report_holds_logs_and_versions_but_no_data(
    demo_store: Store, tmp_path: Path
) -> None:
    logs.configure_logging()
    logging.getLogger("wopdesk.tests").info("something for the report")
    report = write_problem_report(tmp_path / "report.zip", demo_store.data_dir)
    with zipfile.ZipFile(report) as archive:
        names = archive.namelist()
        system = archive.read("system.txt").decode()
    assert "logs/wopdesk.log" in names
    assert "profile-backup.zip" not in names
    assert not any(name.endswith(".db") for name in names)
    assert "WOPdesk: " in system
    assert "SQLAlchemy: " in system
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(report.stat().st_mode) == 0o666 & ~mask


def test_a_problem_report_carries_the_profile_when_asked(demo_store: Store, tmp_path: Path) -> None:
    report = write_problem_report(tmp_path / "report.zip", demo_store.data_dir, True)
    with zipfile.ZipFile(report) as archive:
        assert "profile-backup.zip" in archive.namelist()


def test_a_problem_report_into_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        write_problem_report(tmp_path / "nowhere" / "report.zip")


def test_help_report_a_problem_saves_the_zip(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.zip"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    window = open_window(qtbot, demo_store)
    window.report_problem_action.trigger()
    dialog = window.problem_report_dialog
    assert isinstance(dialog, ProblemReportDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.include_data.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save is the default button
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: "Problem report saved" in window.statusBar().currentMessage())
    with zipfile.ZipFile(target) as archive:
        assert "profile-backup.zip" not in archive.namelist()
        assert "Qt: " in archive.read("system.txt").decode()
