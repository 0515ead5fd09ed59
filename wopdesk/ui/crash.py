"""When something fails: an error nobody caught is shown, logged and can be reported.

A windowed build has no console, so an exception raised in a slot would otherwise
vanish with only a half-done action to show for it (qutebrowser's ``crashdialog``,
Anki's ``errors.py``). Here it is written to the log with its traceback, then a dialog
says what happened in one sentence and offers to copy the details, save a problem
report, continue or quit. Qt's own warnings go to the log too.
"""

import datetime as dt
import logging
import re
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wopdesk import logs

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's warnings (a failed image load, a bad signal connection) go to the log."""
    logging.getLogger("wopdesk.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def qt_facts() -> dict[str, str]:
    """What only the GUI knows about the system, for a problem report."""
    facts = {"Qt": qVersion(), "Qt platform": QGuiApplication.platformName()}
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        size = screen.availableGeometry()
        facts["Screen"] = f"{size.width()}×{size.height()} at {screen.devicePixelRatio()}×"
    return facts


def breakable(text: str, every: int = 40) -> str:
    """``text`` with a place to wrap (a zero-width space) in every run of ``every``
    characters without a space: a long path or address in an error message wraps
    instead of making its dialog wider than the screen."""
    return re.sub(rf"(\S{{{every}}})(?=\S)", "\\1\u200b", text)


def default_report_name(today: dt.date | None = None) -> str:
    return f"WOPdesk-problem-report-{(today or dt.date.today()).isoformat()}.zip"


class ProblemReportDialog(QDialog):
    """Help › Report a problem: a zip of logs and versions, partnership data only if ticked."""

    def __init__(
        self,
        parent: QWidget | None,
        data_dir: Path | None,
        run_task: Callable[..., None],
        on_saved: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.run_task = run_task
        self.on_saved = on_saved
        self.setWindowTitle(self.tr("Report a problem"))
        explanation = QLabel(
            self.tr(
                "WOPdesk will save a zip file with its logs and the versions of the "
                "program and the system, to send to whoever supports you. It holds no "
                "partnership data unless you tick the box below."
            )
        )
        explanation.setWordWrap(True)
        self.include_data = QCheckBox(
            self.tr("Include my partnership data (every record and photo of this profile)")
        )
        self.include_data.setEnabled(data_dir is not None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.include_data)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()

    def choose_file(self) -> None:
        start = str(Path.home() / default_report_name())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the problem report"), start, self.tr("Zip files (*.zip)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> None:
        """Write the report off the GUI thread; the dialog closes when it is asked."""
        from wopdesk.diagnostics import write_problem_report

        include, data_dir, facts = self.include_data.isChecked(), self.data_dir, qt_facts()
        saved = self.tr("Problem report saved to {0}.")
        self.run_task(
            lambda: write_problem_report(target, data_dir, include, facts),
            lambda path: self.on_saved(saved.format(path)),
        )
        self.accept()


class ErrorDialog(QDialog):
    """One unexpected error: a sentence, its details, and what the person can do next."""

    def __init__(
        self,
        parent: QWidget | None,
        error: BaseException,
        details: str,
        report: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("WOPdesk: unexpected error"))
        summary = breakable(f"{type(error).__name__}: {error}".strip().rstrip(":"))
        self.sentence = QLabel(
            self.tr(
                "Something went wrong and WOPdesk could not finish what it was doing "
                "({0}). What you saved before is safe; you can continue, or quit and "
                "start WOPdesk again."
            ).format(summary)
        )
        self.sentence.setWordWrap(True)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.report_button = QPushButton(self.tr("Save a problem report…"))
        self.report_button.setEnabled(report is not None)
        if report is not None:
            self.report_button.clicked.connect(report)
        self.continue_button = buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(
            self.tr("Quit WOPdesk"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self.quit_app)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.details_view.setVisible(True)

    def quit_app(self) -> None:
        self.reject()
        QApplication.exit(1)


class ErrorReporter:
    """Shows each unexpected error of the GUI thread in an ``ErrorDialog``, one at a time."""

    def __init__(
        self,
        parent: Callable[[], QWidget | None],
        report: Callable[[], None] | None = None,
    ) -> None:
        self.parent = parent
        self.report = report
        self.dialog: ErrorDialog | None = None
        self.previous_qt_handler: Any = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        # Shown from the event loop, not from inside the failing slot; an error while a
        # dialog is already open is only logged, so a failing timer cannot bury the
        # window under dialogs.
        if self.dialog is None:
            QTimer.singleShot(0, lambda: self.show(error, details))

    def show(self, error: BaseException, details: str) -> None:
        if self.dialog is not None:
            return
        self.dialog = ErrorDialog(self.parent(), error, details, self.report)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def install_error_reporting(
    parent: Callable[[], QWidget | None], report: Callable[[], None] | None = None
) -> ErrorReporter:
    """Log every failure; show the GUI thread's in a dialog. Returns the reporter."""
    reporter = ErrorReporter(parent, report)
    logs.install_crash_handlers(show=reporter)
    reporter.previous_qt_handler = qInstallMessageHandler(_log_qt_message)
    return reporter


def uninstall_error_reporting(reporter: ErrorReporter) -> None:
    """Put back the hooks and Qt message handler ``install_error_reporting`` replaced."""
    logs.uninstall_crash_handlers()
    qInstallMessageHandler(reporter.previous_qt_handler)
