"""Table models over record ids with a lazy row cache (as Anki's browser does).

The model holds only ids; rows are read in blocks the first time a view asks for
them, so a table of 100,000 entries opens at once.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = Sequence[Any]
RowLoader = Callable[[Sequence[str]], dict[str, Row]]

BLOCK = 256
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    display: Callable[[Row], str]
    sort_value: Callable[[Row], Any] | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class LazyRecordModel(QAbstractTableModel):
    """Rows are record ids; cells come from ``load_rows`` a block at a time."""

    def __init__(self, columns: Sequence[Column], load_rows: RowLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.load_rows = load_rows
        self.ids: list[str] = []
        self._cache: dict[str, Row] = {}

    def set_ids(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def invalidate(self, ids: Sequence[str] | None = None) -> None:
        """Forget cached rows (all, or some) so they are read again when shown."""
        if ids is None:
            self._cache.clear()
        else:
            for record_id in ids:
                self._cache.pop(record_id, None)
        if self.ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def row(self, row_number: int) -> Row | None:
        """The cached row, reading its block first if needed."""
        if not 0 <= row_number < len(self.ids):
            return None
        record_id = self.ids[row_number]
        if record_id not in self._cache:
            start = row_number - row_number % BLOCK
            block = [i for i in self.ids[start : start + BLOCK] if i not in self._cache]
            self._cache.update(self.load_rows(block))
        return self._cache.get(record_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row(index.row())
        if row is None:
            return None  # deleted since the ids were read
        if role == SORT_ROLE and column.sort_value is not None:
            return column.sort_value(row)
        return column.display(row)

    def id_at(self, row_number: int) -> str:
        return self.ids[row_number]
