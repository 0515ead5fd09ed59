"""Taking a delete back: Edit › Undo (Ctrl+Z), the Undo button of the message that
confirms a delete, and Edit › Recently deleted…, which restores for 30 days.

Every page deletes through ``delete_with_undo``; the context's ``deleted`` signal
carries the ``Deletion`` to the window's ``UndoDelete``, which keeps the last one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wopdesk.ui.context import AppContext
from wopdesk.ui.i18n import format_datetime
from wopdesk.ui.style import fit_to_screen
from wopdesk.ui.wrapping import wrap_table

if TYPE_CHECKING:  # storage (SQLAlchemy) is imported when a delete happens, not at start
    from sqlalchemy.orm import Session

    from wopdesk.storage.deletions import Deletion
    from wopdesk.storage.models import SyncedRecord

MESSAGE_SHOWN_MS = 30_000


def ask(parent: QWidget, question: str) -> bool:
    """Yes or No, No by default (for a delete)."""
    answer = QMessageBox.question(
        parent,
        "WOPdesk",
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def delete_with_undo(
    ctx: AppContext,
    model: type[SyncedRecord],
    record_id: str,
    on_done: Callable[[Deletion], None] | None = None,
) -> None:
    """Delete the record (on the writer thread) and offer to take it back."""

    def done(deletion: Deletion) -> None:
        ctx.deleted.emit(deletion)
        if on_done is not None:
            on_done(deletion)

    from wopdesk.operations.records import delete_record

    ctx.run_op(lambda store: delete_record(store, model, record_id), done)


def restore(
    ctx: AppContext, deletion: Deletion, on_done: Callable[[Deletion], None] | None = None
) -> None:
    """Bring ``deletion`` back (on the writer thread) and say so."""

    def done(back: Deletion) -> None:
        sentence = QCoreApplication.translate("UndoDelete", "Restored: {0} “{1}”.")
        ctx.notice.emit(sentence.format(back.kind, back.what))
        if on_done is not None:
            on_done(back)

    from wopdesk.operations.records import restore_record

    ctx.run_op(lambda store: restore_record(store, deletion.entity, deletion.record_id), done)


def deleted_sentence(deletion: Deletion) -> str:
    """``Deleted: Site visit “Fifth mission”, with 6 other records.``"""
    others = deletion.records - 1
    if others:
        sentence = QCoreApplication.translate(
            "UndoDelete", "Deleted: {0} “{1}”, with %n other record(s).", "", others
        )
    else:
        sentence = QCoreApplication.translate("UndoDelete", "Deleted: {0} “{1}”.")
    return sentence.format(deletion.kind, deletion.what)


class UndoDelete(QObject):
    """The window's memory of the last delete, and the actions that take deletes back."""

    undone = Signal(object)  # the Deletion restored

    def __init__(self, ctx: AppContext, status_bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.last: Deletion | None = None
        self.undo_action = QAction(self.tr("&Undo delete"), parent)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.recent_action = QAction(self.tr("&Recently deleted…"), parent)
        self.recent_action.triggered.connect(self.show_recently_deleted)
        self.dialog: RecentlyDeletedDialog | None = None

        self.message = QWidget()
        row = QHBoxLayout(self.message)
        row.setContentsMargins(0, 0, 0, 0)
        self.message_text = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.message_text)
        row.addWidget(self.undo_button)
        status_bar.addWidget(self.message, 1)
        self.message.hide()
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.timeout.connect(self.message.hide)
        ctx.deleted.connect(self.remember)
        ctx.partnership_changed.connect(lambda _pid: self.forget())

    def remember(self, deletion: Deletion) -> None:
        self.last = deletion
        self.undo_action.setEnabled(True)
        self.undo_action.setText(
            self.tr("&Undo delete of “{0}”").format(deletion.what.replace("&", "&&"))
        )
        self.message_text.setText(deleted_sentence(deletion))
        self.message.show()
        self.hide_timer.start(MESSAGE_SHOWN_MS)

    def forget(self) -> None:
        self.last = None
        self.undo_action.setEnabled(False)
        self.undo_action.setText(self.tr("&Undo delete"))
        self.message.hide()

    def undo(self) -> None:
        """Restore the last record deleted, with what went with it."""
        deletion = self.last
        if deletion is None:
            return
        self.forget()
        restore(self.ctx, deletion, self.undone.emit)

    def show_recently_deleted(self) -> None:
        self.dialog = RecentlyDeletedDialog(self.ctx, self.window)
        self.dialog.restored.connect(self.undone.emit)
        self.dialog.restored.connect(self._restored_from_list)
        self.dialog.show()

    def _restored_from_list(self, back: Deletion) -> None:
        if self.last is not None and self.last.record_id == back.record_id:
            self.forget()


class RecentlyDeletedDialog(QDialog):
    """What was deleted in the last 30 days, newest first; Restore brings it back."""

    restored = Signal(object)  # the Deletion brought back
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Recently deleted"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.deletions: list[Deletion] = []
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Kind"), self.tr("Deleted"), self.tr("With it")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Recently deleted records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        wrap_table(self.table)  # headings and what was deleted wrap between words
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda _index: self.restore_current())
        self.hint = QLabel(
            self.tr(
                "Deleted records are kept for at least 30 days. Restoring one brings back "
                "what was deleted with it, on every computer after the next sync."
            )
        )
        self.hint.setWordWrap(True)
        self.empty = QLabel(self.tr("Nothing was deleted in the last 30 days."))
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore_current)
        self.restore_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 420)
        self.reload()

    def reload(self) -> None:
        from wopdesk.storage import deletions

        partnership_id = self.ctx.partnership_id

        def read(session: Session) -> list[Deletion]:
            return deletions.recently_deleted(session, partnership_id)

        self.ctx.run_read(read, self._show)

    def _show(self, found: list[Deletion]) -> None:
        self.deletions = found
        self.model.removeRows(0, self.model.rowCount())
        for deletion in found:
            others = deletion.records - 1
            cells = [
                deletion.what,
                deletion.kind,
                format_datetime(deletion.at.astimezone()),
                self.tr("%n record(s)", "", others) if others else "",
            ]
            self.model.appendRow([QStandardItem(text) for text in cells])
        self.empty.setVisible(not found)
        self.table.setVisible(bool(found))
        if found:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._enable()
        self.table.setFocus()
        self.loaded.emit()

    def current(self) -> Deletion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.deletions[rows[0].row()] if rows else None

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.current() is not None)

    def restore_current(self, _index: QModelIndex | None = None) -> None:
        deletion = self.current()
        if deletion is None:
            return
        self.restore_button.setEnabled(False)

        def done(back: Deletion) -> None:
            self.restored.emit(back)
            self.reload()

        restore(self.ctx, deletion, done)
