"""Report preview: the PDF is built in a worker, shown with QtPdf, then printed or saved.

``show_visit_summary`` is what the site-visit page's "Print visit summary" calls; the
mentor sees the summary before printing it on site, with no network.
"""

import datetime as dt
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wopdesk.errors import WopdeskError
from wopdesk.files import cannot_write
from wopdesk.reports.layout import Author, ReportResult
from wopdesk.ui.context import AppContext
from wopdesk.ui.style import fit_to_screen

BuildReport = Callable[[Path], ReportResult]
"""Writes a report to the path given and says how it went (runs on a worker thread)."""

_PRINT_DPI = 300  # enough for text and photos on paper, and a page image stays ~35 MB


class ReportPreviewDialog(QDialog):
    """Builds one report off the GUI thread, then shows it with Print and Save as."""

    built = Signal()  # the PDF is built and shown
    failed = Signal(str)  # one sentence: why there is no report
    saved = Signal(str)  # the path a copy was saved to

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        file_name: str,
        build: BuildReport,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.file_name = file_name
        self.report: ReportResult | None = None
        self._building = True
        self._closed = False
        self._folder = tempfile.TemporaryDirectory(prefix="wopdesk-report-")
        self.pdf_path = Path(self._folder.name) / file_name

        self.setWindowTitle(title)
        fit_to_screen(self, 900, 1000)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel(self.tr("Building the report…"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save_as)
        self._set_ready(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        ctx.run_task(lambda: build(self.pdf_path), self._on_built, self._on_failed)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _on_built(self, result: ReportResult) -> None:
        self._building = False
        if self._closed:
            self._cleanup()
            return
        error = self.document.load(str(result.path))
        if error != QPdfDocument.Error.None_:
            self._on_failed(WopdeskError(self.tr("The report was built but cannot be shown.")))
            return
        self.report = result
        pages = self.document.pageCount()
        if pages == 1:
            lines = [self.tr("1 page, ready to print or save.")]
        else:
            lines = [self.tr("{0} pages, ready to print or save.").format(pages)]
        lines += result.notes
        self.status.setText("\n".join(lines))
        self._set_ready(True)
        self.built.emit()

    def _on_failed(self, exc: Exception) -> None:
        self._building = False
        if self._closed:
            self._cleanup()
            return
        if isinstance(exc, WopdeskError):
            message = str(exc)
        else:
            message = self.tr("The report could not be built: {0}").format(exc)
        self.status.setText(message)
        self.failed.emit(message)

    # --- Save as ------------------------------------------------------------------------

    def _save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            str(Path(folder) / self.file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> None:
        """Copy the built PDF to ``target`` in a worker, atomically (never half a file)."""
        source = self.pdf_path
        self.status.setText(self.tr("Saving…"))

        def done(saved: Path) -> None:
            self.status.setText(self.tr("Saved to {0}.").format(saved))
            self.saved.emit(str(saved))

        def failed(exc: Exception) -> None:
            self.status.setText(str(exc))
            self.failed.emit(str(exc))

        self.ctx.run_task(lambda: copy_atomically(source, target), done, failed)

    # --- Print --------------------------------------------------------------------------

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Send the pages (or the range chosen) to ``printer``; returns the pages printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 else range(count)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be opened."))
            return 0
        printed = 0
        try:
            for index in pages:
                if printed:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                pixels = QSize(
                    round(size.width() * _PRINT_DPI / 72), round(size.height() * _PRINT_DPI / 72)
                )
                image = self.document.render(index, pixels)
                page = painter.viewport()
                fitted = pixels.scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(page.topLeft(), fitted), image)
                printed += 1
        finally:
            painter.end()
        self.status.setText(self.tr("Pages sent to the printer: {0}.").format(printed))
        return printed

    # --- Closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._closed = True
        self.document.close()
        if not self._building:
            self._cleanup()
        super().closeEvent(event)

    def _cleanup(self) -> None:
        self._folder.cleanup()


def copy_atomically(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through a temporary file renamed into place."""
    folder = target.parent
    try:
        handle = tempfile.NamedTemporaryFile(
            dir=folder, prefix=f".{target.name}.", suffix=".part", delete=False
        )
    except OSError as exc:
        raise WopdeskError(cannot_write(target, exc)) from None
    try:
        with handle, source.open("rb") as data:
            shutil.copyfileobj(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except OSError as exc:
        Path(handle.name).unlink(missing_ok=True)
        raise WopdeskError(cannot_write(target, exc)) from None
    return target


def _preview(
    parent: QWidget | None, ctx: AppContext, title: str, file_name: str, build: BuildReport
) -> ReportPreviewDialog:
    author = report_author()

    def build_as_author(path: Path) -> ReportResult:
        from wopdesk.reports.layout import set_author

        set_author(author)  # Settings' author, as set when the report was asked for
        return build(path)

    dialog = ReportPreviewDialog(ctx, title, file_name, build_as_author, parent)
    dialog.show()
    return dialog


def report_author() -> Author:
    """Who Settings say prepares the reports."""
    from wopdesk.ui import settings

    return Author(
        settings.value(settings.REPORT_AUTHOR), settings.value(settings.REPORT_ORGANISATION)
    )


def file_slug(text: str) -> str:
    """``Santa Clara – Kolda WOP`` -> ``Santa-Clara-Kolda-WOP``: a file name part in ASCII."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:60] or "WOPdesk"


def _title_of(ctx: AppContext, model: type[Any], record_id: str, field: str) -> str:
    with ctx.store.reading() as session:
        record = session.get(model, record_id)
        return str(getattr(record, field, "") or "") if record is not None else ""


def show_visit_summary(
    parent: QWidget | None, ctx: AppContext, visit_id: str
) -> ReportPreviewDialog:
    """Build and preview the summary of one site visit ("Print visit summary")."""
    from wopdesk.reports.visit import build_visit_summary
    from wopdesk.storage.models import Partnership, SiteVisit

    with ctx.store.reading() as session:
        visit = session.get(SiteVisit, visit_id)
        partnership = session.get(Partnership, visit.partnership_id) if visit else None
        when = visit.start_date.isoformat() if visit else dt.date.today().isoformat()
        title = partnership.title if partnership is not None else ""
    return _preview(
        parent,
        ctx,
        QCoreApplication.translate("ReportPreview", "Visit summary"),
        f"{file_slug(title)}_visit-summary_{when}.pdf",
        lambda path: build_visit_summary(ctx.store, visit_id, path),
    )


def show_progress_report(
    parent: QWidget | None, ctx: AppContext, partnership_id: str, period: str | None = None
) -> ReportPreviewDialog:
    """The progress report for reporting ``period`` (``2026-Q3``; default: the latest with a
    record)."""
    from wopdesk.reports.progress import build_progress_report
    from wopdesk.storage.models import Partnership

    title = _title_of(ctx, Partnership, partnership_id, "title")
    of_period = f"_{period}" if period else ""
    return _preview(
        parent,
        ctx,
        QCoreApplication.translate("ReportPreview", "Partnership progress report"),
        f"{file_slug(title)}_progress-report{of_period}_{dt.date.today().isoformat()}.pdf",
        lambda path: build_progress_report(ctx.store, partnership_id, path, period=period),
    )


def show_learning_record(
    parent: QWidget | None, ctx: AppContext, person_id: str
) -> ReportPreviewDialog:
    from wopdesk.reports.learning import build_learning_record
    from wopdesk.storage.models import Person

    name = _title_of(ctx, Person, person_id, "name")
    return _preview(
        parent,
        ctx,
        QCoreApplication.translate("ReportPreview", "Learning record"),
        f"{file_slug(name)}_learning-record_{dt.date.today().isoformat()}.pdf",
        lambda path: build_learning_record(ctx.store, person_id, path),
    )
