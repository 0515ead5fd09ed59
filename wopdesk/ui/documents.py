"""The documents attached to a record (a visit, a progress record): attach, list, open.

Attaching writes at once, in its own transaction (the record must be saved first). A
document opens in the system's viewer from a temporary copy of its blob, so the viewer
never touches (or locks) the blob store.
"""

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from wopdesk.domain.documents import MAX_DOCUMENT_SIZE, document_patterns
from wopdesk.storage.blobs import BlobStore
from wopdesk.storage.documents import DocumentLine, documents_of
from wopdesk.storage.models import SyncedRecord
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import ErrorLabel, format_number
from wopdesk.ui.style import muted

LINE_ROLE = Qt.ItemDataRole.UserRole + 40


def temporary_copy(blobs: BlobStore, line: DocumentLine) -> Path:
    """A copy of the document's bytes under its own name in a fresh temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="wopdesk-document-"))
    path = folder / Path(line.file_name).name
    path.write_bytes(blobs.get(line.sha256))
    return path


class DocumentList(QWidget):
    """A record's documents, with "Attach document…" and "Open"."""

    opened = Signal(str)  # the temporary path handed to the system viewer

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: type[SyncedRecord] | None = None
        self.owner_id: str | None = None
        self.editable = False
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("Documents"))
        self.documents.setMaximumHeight(110)
        self.documents.itemActivated.connect(self._activated)
        layout.addWidget(self.documents)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach document…"))
        self.attach_button.setToolTip(
            self.tr("Attach a PDF, a spreadsheet or a text document (up to {0} MB)").format(
                MAX_DOCUMENT_SIZE // (1024 * 1024)
            )
        )
        self.attach_button.clicked.connect(self.choose_document)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected document in its usual program"))
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.hint = muted("")
        layout.addWidget(self.hint)
        ctx.data_changed.connect(self._data_changed)
        self.show_owner(None, None, editable=False)

    def show_owner(
        self, model: type[SyncedRecord] | None, owner_id: str | None, *, editable: bool
    ) -> None:
        """Show the documents of one record (none: the record is not saved yet)."""
        self.model, self.owner_id, self.editable = model, owner_id, editable
        self.error.clear()
        self.attach_button.setEnabled(editable and owner_id is not None)
        self.hint.setText(
            self.tr("Save the record before attaching documents.") if owner_id is None else ""
        )
        self.hint.setVisible(owner_id is None)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        owner_id = self.owner_id
        if owner_id is None:
            self._fill([])
            return

        def done(lines: list[DocumentLine]) -> None:
            # The answer may come after the window closed (the read ran on).
            if isValid(self.documents) and generation == self._generation:
                self._fill(lines)

        self.ctx.run_read(lambda session: documents_of(session, owner_id), done)

    def _data_changed(self, entities: frozenset[str]) -> None:
        if "attachment" in entities and self.owner_id is not None:
            self.reload()

    def _fill(self, lines: list[DocumentLine]) -> None:
        self.documents.clear()
        for line in lines:
            size = format_number(line.size / 1024, 0 if line.size >= 10240 else 1)
            text = self.tr("{0} ({1} KB)").format(line.file_name, size)
            if line.caption:
                text = f"{text} — {line.caption}"
            item = QListWidgetItem(text)
            item.setData(LINE_ROLE, line)
            item.setToolTip(self.tr("Double-click to open {0}").format(line.file_name))
            self.documents.addItem(item)
        self.open_button.setEnabled(bool(lines))

    def count(self) -> int:
        return self.documents.count()

    # --- attaching ----------------------------------------------------------------------

    def choose_document(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach document"),
            str(Path.home()),
            self.tr("Documents ({0});;All files (*)").format(document_patterns()),
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Check and attach one file (on the writer thread); one sentence if refused."""
        model, owner_id = self.model, self.owner_id
        if model is None or owner_id is None or not self.editable:
            return
        self.error.clear()
        from wopdesk.operations.records import add_document

        self.ctx.run_op(
            lambda store: add_document(store, model, owner_id, path), None, self._failed
        )

    def _failed(self, exc: Exception) -> None:
        if isValid(self.error):
            self.error.show_message(str(exc))

    # --- opening ------------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        self._open(item.data(LINE_ROLE))

    def open_selected(self) -> None:
        if self.documents.currentRow() < 0:
            self.error.show_message(self.tr("Select the document to open first."))
            return
        self._open(self.documents.currentItem().data(LINE_ROLE))

    def _open(self, line: DocumentLine) -> None:
        self.error.clear()
        blobs = self.ctx.store.blobs

        def show(path: Path) -> None:
            if not isValid(self.error):
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.error.show_message(
                    self.tr("No program on this computer opens {0}.").format(line.file_name)
                )
                return
            self.opened.emit(str(path))

        self.ctx.run_task(lambda: temporary_copy(blobs, line), show, self._failed)


def with_documents(details: QWidget, documents: "DocumentList") -> QWidget:
    """A page's details box with the record's documents beside it."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(details, 3)
    group = QGroupBox(QCoreApplication.translate("DocumentList", "Documents"))
    QVBoxLayout(group).addWidget(documents)
    row.addWidget(group, 2)
    return box
