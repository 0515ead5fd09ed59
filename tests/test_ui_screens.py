"""No window or dialog is larger than a 1366×768 laptop's screen (the tests' screen)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui_pages_support import shown, window  # noqa: F401 (the fixture)
from wopdesk.reports.layout import ReportResult
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.report_preview import ReportPreviewDialog
from wopdesk.ui.sign_in import SignInDialog

RECORD_PAGES = ["workplan", "diagnosis", "indicators", "capacity", "progress"]


def _screen() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def _fits(widget: QWidget) -> None:
    area = _screen()
    assert widget.width() <= area.width(), widget.size()
    assert widget.height() <= area.height(), widget.size()


def test_the_tests_run_on_a_1366_by_768_screen(qapp: QApplication) -> None:
    assert (_screen().width(), _screen().height()) == (1366, 768)


def test_the_main_window_fits(window: MainWindow) -> None:  # noqa: F811
    window.showNormal()
    fresh = MainWindow(window.ctx)
    _fits(fresh)
    fresh.deleteLater()


def test_the_print_preview_fits(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    def build(path: Path) -> ReportResult:
        path.write_bytes(b"%PDF-1.4\n")
        return ReportResult(path, 1)

    preview = ReportPreviewDialog(window.ctx, "Visit summary", "visit.pdf", build, window)
    qtbot.addWidget(preview)
    _fits(preview)
    assert preview.height() >= 600  # as tall as the screen allows, for a page of A4


@pytest.mark.parametrize("page_id", RECORD_PAGES)
def test_every_editor_fits(qtbot: QtBot, window: MainWindow, page_id: str) -> None:  # noqa: F811
    page = shown(qtbot, window, page_id)
    page.new_record()
    editor = page.current_editor()
    assert editor is not None
    qtbot.waitExposed(editor)
    _fits(editor)
    editor.close()


def test_the_sign_in_dialog_shows_a_whole_address(qtbot: QtBot) -> None:
    dialog = SignInDialog("https://wop-platform.example.org:8765", "maria")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    url = dialog.url
    needed = url.fontMetrics().horizontalAdvance(url.text())
    assert url.width() >= needed
    assert dialog.width() > 244
    _fits(dialog)
    assert dialog.focusWidget() is dialog.password


def test_the_recovered_drafts_dialog_fits_however_many_there_are(qtbot: QtBot) -> None:
    from wopdesk.ui.recovered import Recovered, RecoveredDraftsDialog

    items = [Recovered("visits", f"visit-{n}", f"Visit number {n} " * 6) for n in range(80)]
    dialog = RecoveredDraftsDialog(items, lambda _item: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _fits(dialog)
    assert dialog.focusWidget() is dialog.list


def test_the_error_and_problem_report_dialogs_fit(qtbot: QtBot) -> None:
    from wopdesk.ui.crash import ErrorDialog, ProblemReportDialog

    details = "\n".join(f"  File 'x.py', line {n}, in something_long_{n}" for n in range(300))
    error = ErrorDialog(None, RuntimeError("x" * 400), details)
    qtbot.addWidget(error)
    error.show()
    error.copy_details()  # shows the details too
    qtbot.waitExposed(error)
    _fits(error)
    report = ProblemReportDialog(None, None, lambda *_a: None, lambda _m: None)
    qtbot.addWidget(report)
    report.show()
    qtbot.waitExposed(report)
    _fits(report)
