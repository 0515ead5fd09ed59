"""A target's yearly milestones in its editor: a small table of dates and values.

Add with the button (or Insert), type the date, Tab, the value, Enter; remove the selected
row with the button (or Delete). The rows are read like any field of the form: text that
cannot be read is refused with one sentence before anything is saved.
"""

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wopdesk.domain.rules import parse_date
from wopdesk.storage.milestones import MilestoneRow
from wopdesk.ui.forms import format_number, parse_number
from wopdesk.ui.wrapping import wrap_table

DATE, VALUE = 0, 1


class MilestoneTable(QWidget):
    """Editable (date, value) rows; ``value()`` gives ``MilestoneRow``s, ids kept."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Date (YYYY-MM-DD)"), self.tr("Value")])
        wrap_table(self.table)  # headings wrap between words, as the pages' do
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab leaves the table for the next field; arrows move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setToolTip(
            self.tr("One milestone a year at most, between the baseline and the target dates.")
        )
        self.add_button = QPushButton(self.tr("Add milestone"))
        self.remove_button = QPushButton(self.tr("Remove milestone"))
        self.add_button.clicked.connect(self.add_milestone)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)
        self.setFocusProxy(self.table)
        self.table.itemChanged.connect(lambda _item: self.value_changed.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = self.table.verticalHeader().defaultSectionSize() * 4
        header = self.table.horizontalHeader().sizeHint().height()
        buttons = self.add_button.sizeHint().height()
        return QSize(super().sizeHint().width(), rows + header + buttons + 12)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Insert adds a row and Delete removes the current one, unless a cell is being
        edited: the cell editor has the keys then, and Enter only ends its typing."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            editing = self.table.state() == QAbstractItemView.State.EditingState
            if editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter ends typing in a cell; it must not go on to save the whole dialog.
                return True
            if editing:
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_Insert:
                self.add_milestone()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0 and self.isEnabled())

    def add_milestone(self) -> None:
        """A new empty row, its date cell open for typing."""
        row = self._append(MilestoneRow(None, None, None))
        self.table.setCurrentCell(row, DATE)
        self.table.setFocus()
        item = self.table.item(row, DATE)
        if item is not None:
            self.table.editItem(item)
        self.value_changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._update_buttons()
        self.value_changed.emit()

    def _append(self, milestone: MilestoneRow) -> int:
        row = self.table.rowCount()
        blocked = self.table.blockSignals(True)
        self.table.insertRow(row)
        date_item = QTableWidgetItem(milestone.date.isoformat() if milestone.date else "")
        date_item.setData(Qt.ItemDataRole.UserRole, milestone.id)
        value_text = format_number(milestone.value, 4, grouped=False)
        value_item = QTableWidgetItem(value_text)
        value_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, DATE, date_item)
        self.table.setItem(row, VALUE, value_item)
        self.table.blockSignals(blocked)
        return row

    def value(self) -> list[MilestoneRow]:
        """The rows, oldest typed first; a row left blank is ignored."""
        rows = []
        for row in range(self.table.rowCount()):
            date_text = self._text(row, DATE)
            value_text = self._text(row, VALUE)
            if not date_text and not value_text:
                continue
            day: dt.date | None = (
                parse_date(date_text, self.tr("Milestone date")) if date_text else None
            )
            value = parse_number(value_text, self.tr("Milestone value"))
            item = self.table.item(row, DATE)
            record_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            rows.append(MilestoneRow(record_id or None, day, value))
        return rows

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_value(self, rows: Sequence[MilestoneRow] | None) -> None:
        self.table.setRowCount(0)
        for milestone in sorted(rows or (), key=lambda r: r.date or dt.date.min):
            self._append(milestone)
        self._update_buttons()
