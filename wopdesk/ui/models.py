"""Table models over record ids with a lazy row cache (as Anki's browser does).

The model holds only ids; rows are read in blocks the first time a view asks for
them, so a table of 100,000 entries opens at once. Sorting and filtering are asked of
the database: ``SqlSortFilterProxy`` stays in the view's chain (headers, selection,
the usual API) but turns a sort or a filter into a new id query run off the GUI
thread by ``IdLoader``, never into reading every row.
"""

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from wopdesk.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
# Reads the rows of some ids: each a named, typed row (a NamedTuple or a frozen dataclass).
RowLoader = Callable[[Sequence[str]], dict[str, RowT]]

BLOCK = 256
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Column(Generic[RowT]):
    """One column of a list: its cells are read from a typed row by name."""

    header: str
    display: Callable[[RowT], str]
    sort_value: Callable[[RowT], Any] | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    sort_key: str | None = None  # the database sort key of this column, None: not sortable
    tooltip: Callable[[RowT], str] | None = None
    header_tip: str = ""


class LazyRecordModel(QAbstractTableModel, Generic[RowT]):
    """Rows are record ids; cells come from ``load_rows`` a block at a time."""

    def __init__(
        self, columns: Sequence[Column[RowT]], load_rows: RowLoader[RowT], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.load_rows = load_rows
        self.ids: list[str] = []
        self._cache: dict[str, RowT | None] = {}
        self._positions: dict[str, int] | None = None
        self._ctx: AppContext | None = None  # set: blocks are read off the GUI thread
        self._reading: set[int] = set()  # first rows of the blocks being read
        self._generation = 0  # bumped when the ids or the cache change under a read

    def read_in_background(self, ctx: "AppContext") -> None:
        """Read blocks off the GUI thread: a block's cells stay empty until it arrives."""
        self._ctx = ctx

    def set_ids(self, ids: Sequence[str], rows: dict[str, RowT | None] | None = None) -> None:
        """Show ``ids``; ``rows``, already read (e.g. the first block), fill the cache."""
        self.beginResetModel()
        self._forget_reads()
        self.ids = list(ids)
        self._cache.clear()
        if rows:
            self._cache.update(rows)
        self._positions = None
        self.endResetModel()

    def invalidate(self, ids: Sequence[str] | None = None) -> None:
        """Forget cached rows (all, or some) so they are read again when shown."""
        self._forget_reads()
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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].header_tip:
            return self.columns[section].header_tip
        return None

    def row(self, row_number: int) -> RowT | None:
        """The cached row, reading its block first if needed."""
        if not 0 <= row_number < len(self.ids):
            return None
        record_id = self.ids[row_number]
        if record_id not in self._cache:
            start = row_number - row_number % BLOCK
            block = [i for i in self.ids[start : start + BLOCK] if i not in self._cache]
            if self._ctx is not None:
                self._read_block(self._ctx, start, block)
                return None
            self._keep(block, self.load_rows(block))
        return self._cache.get(record_id)

    def _keep(self, block: Sequence[str], rows: dict[str, RowT]) -> None:
        self._cache.update(rows)
        # Rows deleted since the ids were read stay empty instead of being read again.
        for missing in block:
            self._cache.setdefault(missing, None)

    def _read_block(self, ctx: "AppContext", start: int, block: list[str]) -> None:
        if start in self._reading:
            return
        self._reading.add(start)
        generation = self._generation

        def arrived(rows: dict[str, RowT]) -> None:
            if generation != self._generation:
                return  # the ids changed meanwhile: the view asks again
            self._reading.discard(start)
            self._keep(block, rows)
            end = min(start + BLOCK, len(self.ids)) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(self.columns) - 1))

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._reading.discard(start)
            ctx.report_error(exc)

        ctx.run_task(partial(self.load_rows, block), arrived, failed)

    def _forget_reads(self) -> None:
        self._generation += 1
        self._reading.clear()

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
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return column.display(row)

    def id_at(self, row_number: int) -> str:
        return self.ids[row_number]

    def row_of(self, record_id: str) -> int:
        """The row showing ``record_id``, or -1."""
        if self._positions is None:
            self._positions = {rid: n for n, rid in enumerate(self.ids)}
        return self._positions.get(record_id, -1)


class SqlSortFilterProxy(QSortFilterProxyModel):
    """A proxy whose sort and filter are done by the database, not by reading rows.

    ``sort()`` (called by the header) and ``set_words()`` only record what is asked and
    emit ``query_changed``; the page re-reads the ids in that order and with that filter.
    The proxy itself never compares rows, so 100,000 rows cost nothing here.
    """

    query_changed = Signal()

    def __init__(self, source: LazyRecordModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setDynamicSortFilter(False)
        self.source = source
        self.sort_key: str | None = None
        self.descending = True
        self.words = ""
        self._column = -1
        self._order = Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.source.columns):
            return
        key = self.source.columns[column].sort_key
        if key is None:
            return
        changed = (key, order == Qt.SortOrder.DescendingOrder) != (self.sort_key, self.descending)
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._column, self._order = column, order
        if changed:
            self.query_changed.emit()

    def sortColumn(self) -> int:  # noqa: N802 (Qt's name)
        return self._column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802 (Qt's name)
        return self._order

    def set_words(self, words: str) -> None:
        if words.strip() != self.words:
            self.words = words.strip()
            self.query_changed.emit()

    def id_at(self, proxy_row: int) -> str:
        source_row = self.mapToSource(self.index(proxy_row, 0)).row()
        return self.source.id_at(source_row)

    def row_of(self, record_id: str) -> int:
        source_row = self.source.row_of(record_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.source.index(source_row, 0)).row()


class IdLoader(QObject):
    """Re-reads a model's ids off the GUI thread; an answer overtaken by a newer one is dropped."""

    loaded = Signal()

    def __init__(
        self,
        ctx: "AppContext",
        model: LazyRecordModel[Any],
        fetch: Callable[[Session], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.fetch = fetch
        self._generation = 0
        self.loading = False

    def reload(self, ahead: Hashable | None = None) -> None:
        """Read the ids again; ``ahead``: the key of this query if it was read ahead."""
        self._generation += 1
        generation = self._generation
        self.loading = True

        def done(answer: tuple[list[str], dict[str, Any]]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.model.set_ids(*answer)
            self.loaded.emit()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.loading = False
            self.ctx.report_error(exc)

        if ahead is not None and self.ctx.take_ahead(ahead, done, failed):
            return
        self.ctx.run_read(
            partial(_ids_and_first_block, self.fetch, self.model.load_rows), done, failed
        )


def _ids_and_first_block(
    fetch: Callable[[Session], list[str]], load_rows: RowLoader[RowT], session: Session
) -> tuple[list[str], dict[str, RowT | None]]:
    """The ids and the rows of the first block, so the first paint reads nothing."""
    ids = fetch(session)
    first = ids[:BLOCK]
    rows = load_rows(first) if first else {}
    return ids, {record_id: rows.get(record_id) for record_id in first}
