"""A table of records: lazy id model, sort/filter proxy, view, and selection by record id."""

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wopdesk.ui.models import ID_ROLE, SORT_ROLE, Column, LazyRecordModel, RowLoader, RowT
from wopdesk.ui.wrapping import MEASURED_ROWS, Needs, lay_out_columns, measure_columns, wrap_table

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(LazyRecordModel[RowT]):
    """A lazy record model whose rows can be flagged (overdue, out of range...).

    A flagged row is bold and shows the style's warning icon in one column: both follow
    the system palette, so the mark reads as well in dark mode as in light.
    """

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        load_rows: RowLoader[RowT],
        parent: Any = None,
        *,
        flagged: Callable[[RowT], bool] | None = None,
        flag_column: int = 0,
        flag_tip: str = "",
    ) -> None:
        super().__init__(columns, load_rows, parent)
        self.flagged = flagged
        self.flag_column = flag_column
        self.flag_tip = flag_tip
        self._bold = QFont()
        self._bold.setBold(True)

    def is_flagged(self, row_number: int) -> bool:
        if self.flagged is None:
            return False
        row = self.row(row_number)
        return row is not None and self.flagged(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.flagged is not None and index.isValid() and index.row() < len(self.ids):
            if (
                role == Qt.ItemDataRole.FontRole
                and index.column() == self.flag_column
                and self.is_flagged(index.row())
            ):
                return self._bold
            if (
                role == Qt.ItemDataRole.DecorationRole
                and index.column() == self.flag_column
                and self.is_flagged(index.row())
            ):
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if (
                role == Qt.ItemDataRole.ToolTipRole
                and self.flag_tip
                and self.is_flagged(index.row())
            ):
                return self.flag_tip
        return super().data(index, role)


class ProgressDelegate(QStyledItemDelegate):
    """Draws a percentage (the cell's sort value) as a slim bar of the style, then the number."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(SORT_ROLE)
        if not isinstance(value, int | float):
            super().paint(painter, option, index)
            return
        # The style paints the cell itself (selection, alternate rows), without the text.
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        rect = option.rect
        metrics = option.fontMetrics
        text_width = metrics.horizontalAdvance("100 %") + 10
        bar_height = max(6, min(rect.height() // 3, metrics.height() // 2))  # rows may be tall
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(
            rect.left() + 6,
            rect.center().y() - bar_height // 2,
            rect.width() - text_width - 6,
            bar_height,
        )
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = int(value)
        bar.textVisible = False
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        style.drawItemText(
            painter,
            rect.adjusted(rect.width() - text_width, 0, -4, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            palette,
            True,
            f"{int(value)} %",
            role,
        )


class RecordTable(QWidget, Generic[RowT]):
    """Records in a sortable, filterable table; Enter or a double click opens one."""

    activated = Signal(str)  # record id
    current_changed = Signal(object)  # record id or None

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        load_rows: RowLoader[RowT],
        parent: QWidget | None = None,
        *,
        stretch_column: int | None = None,
        flagged: Callable[[RowT], bool] | None = None,
        flag_column: int = 0,
        flag_tip: str = "",
    ) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[RowT] = RecordTableModel(
            columns, load_rows, self, flagged=flagged, flag_column=flag_column, flag_tip=flag_tip
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        # Headings and cells wrap at word boundaries; rows grow to show them whole.
        self.row_fitter = wrap_table(self.view)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Keep the order the query gave until the person clicks a header.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.stretch_column = stretch_column
        # The column that takes the room the others leave (the last one by default).
        self._stretching = stretch_column if stretch_column is not None else len(columns) - 1
        header.setSectionResizeMode(self._stretching, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        # Widths the person chose by dragging (or double-clicking) a heading's edge:
        # kept as they are, and remembered between runs (see ``remembered``).
        self.person_widths: dict[int, int] = {}
        self._page_widths: dict[int, int] = {}  # from set_column_widths
        # Each column's contents and longest word, in pixels, when last measured.
        self._needed: Needs = {}
        self._dragging = False
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._section_resized)
        # A heading that changes (a unit in it) may need a wider column.
        self.model.headerDataChanged.connect(lambda *_args: self.fit_short_columns())
        # The sorted column's heading keeps room for its arrow.
        header.sortIndicatorChanged.connect(lambda *_args: self.fit_short_columns())
        self.view.doubleClicked.connect(self._open_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view, self._open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        # A mouse click moves the current row before it selects it (the arrow keys do
        # both at once): the chosen record is announced when either has happened, once.
        self._announced: str | None = None
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(lambda _c, _p: self._announce())
        selection.selectionChanged.connect(lambda _s, _d: self._announce())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)

    def set_column_widths(self, widths: Sequence[int | None]) -> None:
        """Widths in average characters (None keeps the default), never narrower than the
        column's heading, which may be longer in French or Spanish than in English."""
        char = self.fontMetrics().averageCharWidth()
        header = self.view.horizontalHeader()
        for column, width in enumerate(widths):
            if width is not None:
                title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
                needed = header.fontMetrics().horizontalAdvance(title) + 24
                self._page_widths[column] = max(width * char + 16, needed)
                self.view.setColumnWidth(column, self._page_widths[column])

    def set_person_widths(self, widths: Mapping[int, int]) -> None:
        """Give columns the widths a person chose (in an earlier run)."""
        for column, width in widths.items():
            if 0 <= column < self.model.columnCount() and self._resizable(column) and width > 0:
                self.person_widths[column] = width
                self.view.setColumnWidth(column, width)

    def fit_short_columns(self) -> None:
        """Measure what each column holds, then size the columns to it (see
        ``wrapping.lay_out_columns``).

        Columns the person sized are left as they are; an empty table keeps the page's
        widths.
        """
        if self.proxy.rowCount() == 0:
            self._needed = {}
            return
        self._needed = measure_columns(self.view)
        self._lay_out_columns()

    def _lay_out_columns(self) -> None:
        lay_out_columns(self.view, self._needed, self._stretching, self.person_widths)
        self.row_fitter.later()

    def _resizable(self, column: int) -> bool:
        """False for the column that takes the room left (it follows the table's width)."""
        return column != self._stretching

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Notice the person's hand on the heading: a resize then is theirs."""
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._dragging = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        elif kind == QEvent.Type.Resize and self._needed:
            self._lay_out_columns()  # the room beside the stretching column changed
        return super().eventFilter(watched, event)

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self._dragging and self._resizable(column):
            self.person_widths[column] = new

    def set_ids(self, ids: Sequence[str], rows: Mapping[str, RowT | None] | None = None) -> None:
        """Show these records, keeping the current one selected if it is still there.

        ``rows``: the rows of all ``ids``, read with them off the GUI thread, so showing,
        sorting and filtering the table read nothing (an id without a row was deleted
        meanwhile). Without them, rows are read a block at a time when shown.
        """
        keep = self.current_id()
        cache = None if rows is None else {record_id: rows.get(record_id) for record_id in ids}
        self.model.set_ids(ids, cache)
        self.fit_short_columns()
        if keep is None or not self.select_id(keep):
            self._announce(force=True)

    def set_filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        value = index.data(ID_ROLE)
        return str(value) if value else None

    def select_id(self, record_id: str) -> bool:
        """Select and show a record's row; False if it is not in the table."""
        try:
            source_row = self.model.ids.index(record_id)
        except ValueError:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            self.proxy.setFilterFixedString("")
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def visible_ids(self) -> list[str]:
        """The ids in the order the view shows them (after sorting and filtering)."""
        return [str(self.proxy.index(row, 0).data(ID_ROLE)) for row in range(self.proxy.rowCount())]

    def cell(self, record_id: str, column: int) -> str:
        """The text a record shows in a column (for tests and accessibility)."""
        row = self.model.ids.index(record_id)
        return str(self.model.index(row, column).data() or "")

    def _announce(self, force: bool = False) -> None:
        """Say which record is chosen now, when it changed (or always, with ``force``)."""
        chosen = self.current_id()
        if force or chosen != self._announced:
            self._announced = chosen
            self.current_changed.emit(chosen)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if value:
            self.activated.emit(str(value))

    def _open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.activated.emit(record_id)
