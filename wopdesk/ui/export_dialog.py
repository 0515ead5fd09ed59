"""File › Export to spreadsheet: what to export from the current partnership.

Every table at once (a workbook, or a folder of CSV files), or one of the tables the
command line's ``wopdesk export KIND`` writes. The choice is a list: a click or the arrow
keys choose, a double-click or Enter goes on to the file dialog (``file_actions``).
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ALL_TABLES = ""  # the choice of every table


class ExportChoiceDialog(QDialog):
    """Which tables of ``title`` to export; ``chosen()`` is a KIND or ``ALL_TABLES``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        from wopdesk.storage.spreadsheets import CONTEXT, EXPORT_KINDS

        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to spreadsheet"))
        self.heading = QLabel(self.tr("What to export from {0}?").format(title))
        self.heading.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._add(self.tr("All tables (a workbook, or one CSV file per table)"), ALL_TABLES)
        for name, kind in EXPORT_KINDS.items():
            self._add(QCoreApplication.translate(CONTEXT, kind.title), name)
        self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button: QPushButton = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.choices)
        layout.addWidget(buttons)
        self.choices.setFocus()

    def _add(self, text: str, kind: str) -> None:
        item = QListWidgetItem(text, self.choices)
        item.setData(Qt.ItemDataRole.UserRole, kind)

    def chosen(self) -> str:
        """The KIND chosen (``readings``, ``visits``…), or ``ALL_TABLES``."""
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ALL_TABLES
