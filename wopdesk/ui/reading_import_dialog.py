"""The preview of an import of readings: every row with what it does, each bad row with
its reason; nothing is written until the person presses Import (``file_actions``).

A row that differs from a recorded reading replaces it only when "Replace recorded
values" is ticked (off by default); otherwise it is skipped, and the preview says so.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wopdesk.storage.reading_import import ImportPlan, RowOutcome, RowPreview
from wopdesk.ui.wrapping import wrap_table

Index = QModelIndex | QPersistentModelIndex
BAD_COLOUR = QColor(176, 0, 32)  # dark red: readable on light and dark themes' bases


class ImportRowsModel(QAbstractTableModel):
    """The rows of the file: number, code, period, value, and what importing does."""

    ROW, CODE, PERIOD, VALUE, RESULT = range(5)

    def __init__(
        self,
        rows: list[RowPreview],
        replace_note: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = rows
        self.replace_note = replace_note  # what a row differing from a recorded reading does
        self.headings = [
            self.tr("Row"),
            self.tr("Indicator code"),
            self.tr("Period ending"),
            self.tr("Value"),
            self.tr("On import"),
        ]
        self.results = {
            RowOutcome.ADD: self.tr("Added"),
            RowOutcome.UNCHANGED: self.tr("Already there, unchanged: skipped"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headings):
            return self.headings[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.outcome is RowOutcome.BAD:
            return QBrush(BAD_COLOUR)
        return None

    def _text(self, row: RowPreview, column: int) -> str:
        if column == self.ROW:
            return str(row.number)
        if column == self.CODE:
            return row.code
        if column == self.PERIOD:
            return row.period
        if column == self.VALUE:
            return row.value
        return self.reason(row)

    def reason(self, row: RowPreview) -> str:
        """A bad row's problems (one sentence each), else what importing it does."""
        if row.outcome is RowOutcome.BAD:
            return " ".join(_sentence(problem) for problem in row.problems)
        if row.outcome is RowOutcome.UPDATE:
            return _sentence(self.replace_note(row.previous))
        return self.results[row.outcome]

    def refresh_results(self) -> None:
        """Say again what each row does (after the choice of replacing changed)."""
        if self.rows:
            last = self.index(len(self.rows) - 1, self.RESULT)
            self.dataChanged.emit(self.index(0, self.RESULT), last)


def _sentence(problem: str) -> str:
    return problem[:1].upper() + problem[1:]


class ImportPreviewDialog(QDialog):
    """What importing the file would do, row by row; Import writes the good rows."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import indicator readings"))
        self.heading = QLabel(self.tr("Import {0}?").format(plan.path.name))
        self.summary = QLabel(plan.summary())
        self.summary.setWordWrap(True)
        self.model = ImportRowsModel(plan.rows, plan.replace_note, self)
        self.table = self._table()
        self.note = QLabel(self._bad_rows_note())
        self.note.setWordWrap(True)
        self.detail = QLabel()  # the selected row's result or reason, in full
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(plan.writes > 0)
        self.replace_box = QCheckBox(self.tr("Replace recorded values"))
        self.replace_box.setToolTip(
            self.tr(
                "Rows whose value differs from the reading already recorded for the same "
                "utility, indicator and period replace it; unticked, they are skipped."
            )
        )
        self.replace_box.setChecked(plan.replace_existing)
        self.replace_box.setVisible(bool(plan.updated))
        self.replace_box.toggled.connect(self._set_replacing)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        widgets = (
            self.heading,
            self.summary,
            self.note,
            self.replace_box,
            self.table,
            self.detail,
            buttons,
        )
        for widget in widgets:
            layout.addWidget(widget)
        self.resize(760, 420)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        # Headings wrap between words like the pages'; each row stays on one line.
        wrap_table(table, one_line=range(self.model.columnCount()))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportRowsModel.RESULT, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._show_row)
        return table

    def _bad_rows_note(self) -> str:
        if not self.plan.bad_rows:
            return ""
        if self.plan.writes == 0:
            return self.tr(
                "Every row has a problem or is already here: there is nothing to import."
            )
        return self.tr(
            "Rows in red have a problem and will not be imported; the others are written "
            "together when you press Import."
        )

    def _set_replacing(self, replacing: bool) -> None:
        """Rows differing from a recorded reading replace it, or are skipped."""
        self.plan.replace_existing = replacing
        self.summary.setText(self.plan.summary())
        self.note.setText(self._bad_rows_note())
        self.import_button.setEnabled(self.plan.writes > 0)
        self.model.refresh_results()
        current = self.table.currentIndex()
        if current.isValid():
            self._show_row(current, current)

    def _show_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The selected row's reason in full, below the table (long sentences are cut there)."""
        if not current.isValid():
            return
        row = self.model.rows[current.row()]
        text = self.tr("Row {0}: {1}").format(row.number, self.model.reason(row))
        self.detail.setText(text)
