"""The report preview: built in a worker, shown with QtPdf, saved and printed."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.report_preview import (
    ReportPreviewDialog,
    show_learning_record,
    show_progress_report,
    show_visit_summary,
)

BUILD_TIMEOUT = 60_000


@pytest.fixture
def ctx(demo_store: Store) -> Iterator[AppContext]:
    context = AppContext(demo_store)
    yield context
    context.shutdown()


def open_visit_summary(qtbot: QtBot, ctx: AppContext) -> ReportPreviewDialog:
    with qtbot.waitSignal(ctx.busy_changed, timeout=BUILD_TIMEOUT) as started:
        dialog = show_visit_summary(None, ctx, demo_id("visit:second"))
    assert started.args == [True]
    qtbot.addWidget(dialog)
    return dialog


def test_visit_summary_is_built_in_a_worker_and_shown(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_visit_summary(qtbot, ctx)
    # Nothing to print before the worker is done.
    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=BUILD_TIMEOUT)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == dialog.report.pages >= 2
    assert dialog.view.document() is dialog.document
    assert dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()
    assert "page" in dialog.status.text()


def test_save_as_writes_the_pdf_atomically(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_visit_summary(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=BUILD_TIMEOUT)
    folder = tmp_path / "saved"
    folder.mkdir()
    target = folder / "summary.pdf"
    target.write_bytes(b"an older summary")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF")
    )
    with qtbot.waitSignal(dialog.saved, timeout=BUILD_TIMEOUT) as blocker:
        dialog.save_button.click()
    assert blocker.args == [str(target)]
    assert target.read_bytes() == dialog.pdf_path.read_bytes()
    assert len(PdfReader(target).pages) == dialog.document.pageCount()
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]
    assert "Saved to" in dialog.status.text()


def test_save_into_a_missing_folder_is_one_sentence(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = open_visit_summary(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=BUILD_TIMEOUT)
    with qtbot.waitSignal(dialog.failed, timeout=BUILD_TIMEOUT) as blocker:
        dialog.save_to(tmp_path / "nowhere" / "summary.pdf")
    assert blocker.args[0] == (
        f"The folder {tmp_path / 'nowhere'} does not exist (any more); choose another folder "
        "and save again."
    )


def test_print_sends_every_page(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_visit_summary(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=BUILD_TIMEOUT)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.document.pageCount()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.document.pageCount()


def test_unknown_visit_shows_one_sentence(qtbot: QtBot, ctx: AppContext) -> None:
    with qtbot.waitSignal(ctx.busy_changed, timeout=BUILD_TIMEOUT):
        dialog = show_visit_summary(None, ctx, "no-such-visit")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=BUILD_TIMEOUT) as blocker:
        pass
    assert blocker.args == ["No site visit with id no-such-visit exists here."]
    assert dialog.status.text() == blocker.args[0]
    assert not dialog.print_button.isEnabled()


def test_closing_removes_the_temporary_pdf(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_visit_summary(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=BUILD_TIMEOUT)
    assert dialog.pdf_path.exists()
    dialog.close()
    assert not dialog.pdf_path.exists()


def test_progress_and_learning_previews(qtbot: QtBot, ctx: AppContext) -> None:
    progress = show_progress_report(None, ctx, DEMO_PARTNERSHIP_ID)
    learning = show_learning_record(None, ctx, demo_id("person:fatou"))
    qtbot.addWidget(progress)
    qtbot.addWidget(learning)
    qtbot.waitUntil(
        lambda: progress.report is not None and learning.report is not None,
        timeout=BUILD_TIMEOUT,
    )
    assert progress.document.pageCount() >= 3
    assert learning.document.pageCount() >= 1
