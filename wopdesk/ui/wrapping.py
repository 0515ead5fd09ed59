"""Tables whose text wraps at word boundaries rather than ending in "…".

French and Spanish say in two or three words what English says in one: a column sized
for English cuts them. Here headings wrap at word boundaries and are never narrower than
their longest word, cells of prose wrap too (their rows grow to show them), and columns
that hold short code-like text (a date, an amount, a state) stay on one line.
"""

from collections.abc import Iterable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

WRAP = Qt.TextFlag.TextWordWrap
# Rows measured below the visible ones, so that scrolling a little finds them measured.
ROWS_AHEAD = 20


class OneLineDelegate(QStyledItemDelegate):
    """Cells on one line, cut with an ellipsis, in a table whose other cells wrap."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


def fitted_widths(wanted: dict[int, int], room: int, floor: int) -> dict[int, int]:
    """Each column's wanted width, the widest cut down to one shared cap (never below
    ``floor``) so that together they fit in ``room``."""
    if not wanted or sum(wanted.values()) <= room:
        return dict(wanted)
    low, high = floor, max(wanted.values())
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(min(width, cap) for width in wanted.values()) <= room:
            low = cap
        else:
            high = cap - 1
    return {column: max(min(width, low), min(width, floor)) for column, width in wanted.items()}


def cell_margin(view: QWidget) -> int:
    """What Qt's item views keep beside a cell's text, both sides together (QCommonStyle)."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def longest_word(metrics: QFontMetrics, text: str) -> int:
    """The width of the widest word of ``text`` (0 for no text)."""
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def longest_words(
    view: QAbstractItemView, rows: Iterable[int], columns: Iterable[int]
) -> dict[int, int]:
    """Per column, the width its longest word needs in these rows, margins included: a
    column that wraps between words is never narrower."""
    model = view.model()
    metrics = view.fontMetrics()
    margin = cell_margin(view) + 2
    longest: dict[int, int] = {}
    row_list = list(rows)
    for column in columns:
        widest = 0
        for row in row_list:
            text = model.index(row, column).data()
            if text is not None:
                widest = max(widest, longest_word(metrics, str(text)))
        # A cell with an icon (a warning beside an overdue date) keeps the icon's room.
        longest[column] = widest + margin if widest else 0
    return longest


class WrappingHeader(QHeaderView):
    """A horizontal heading whose titles wrap at word boundaries: as tall as its longest
    title needs at the width its column has, and never cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | WRAP)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sectionResized.connect(self._taller_or_shorter)
        self._height = 0

    def title(self, column: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(column, self.orientation()) or "")

    def padding(self) -> int:
        """What a heading keeps beside its title (margins and the sort arrow's room)."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
        return 2 * margin + (arrow + margin if self.isSortIndicatorShown() else 0) + 4

    def longest_word(self, column: int) -> int:
        """The width a title's longest word needs: its column is never narrower."""
        return longest_word(self.fontMetrics(), self.title(column)) + self.padding()

    def one_line(self, column: int) -> int:
        """The width a title needs on one line."""
        return self.fontMetrics().horizontalAdvance(self.title(column)) + self.padding()

    def _title_height(self, column: int, width: int) -> int:
        inner = max(1, width - self.padding())
        box = self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), WRAP, self.title(column))
        return box.height()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803
        size = super().sectionSizeFromContents(logicalIndex)
        width = self.sectionSize(logicalIndex) or size.width()
        extra = self._title_height(logicalIndex, width) - self.fontMetrics().height()
        return QSize(size.width(), size.height() + max(0, extra))

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if self.model() is None:
            return hint
        option = QStyleOptionHeader()
        option.initFrom(self)
        line = self.fontMetrics().height()
        tallest = line
        for column in range(self.count()):
            if not self.isSectionHidden(column):
                tallest = max(tallest, self._title_height(column, self.sectionSize(column)))
        return QSize(hint.width(), hint.height() + tallest - line)

    def _taller_or_shorter(self, *_args: object) -> None:
        height = self.sizeHint().height()
        if height != self._height:
            self._height = height
            view = self.parent()
            if isinstance(view, QAbstractItemView):
                view.doItemsLayout()  # its viewport moves under the new height


class RowFitter(QObject):
    """Keeps the rows of a table whose cells wrap as tall as their text: the visible ones
    and a few below, measured when shown (a table of many rows is never read whole)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.verticalScrollBar().valueChanged.connect(self.later)
        view.horizontalHeader().sectionResized.connect(self.later)
        view.horizontalHeader().geometriesChanged.connect(self.later)
        self._watch(view.model())

    def _watch(self, model: QObject | None) -> None:
        if model is None:
            return
        for signal in ("modelReset", "layoutChanged", "rowsInserted", "dataChanged"):
            getattr(model, signal).connect(self.later)

    def later(self, *_args: object) -> None:
        self._timer.start()

    def fit(self) -> None:
        """Size the rows in view (and a few more) to their text."""
        view = self.view
        rows = view.model().rowCount() if view.model() is not None else 0
        if rows == 0:
            return
        for _ in range(3):  # a grown row may push others out of view, or bring them in
            first = max(0, view.rowAt(0))
            last = view.rowAt(view.viewport().height())
            last = rows - 1 if last < 0 else min(rows - 1, last + ROWS_AHEAD)
            heights = [view.rowHeight(row) for row in range(first, last + 1)]
            for row in range(first, last + 1):
                view.resizeRowToContents(row)
            if heights == [view.rowHeight(row) for row in range(first, last + 1)]:
                return


def wrap_table(view: QTableView, one_line: Iterable[int] = ()) -> RowFitter:
    """Make a table's headings and cells wrap at word boundaries, rows growing to fit;
    the ``one_line`` columns (secondary, their tooltip says them whole) stay on one line."""
    header = view.horizontalHeader()
    wrapping = WrappingHeader(view)
    wrapping.setSectionsClickable(header.sectionsClickable())
    wrapping.setHighlightSections(header.highlightSections())
    wrapping.setStretchLastSection(header.stretchLastSection())
    wrapping.setSortIndicatorShown(header.isSortIndicatorShown())
    view.setHorizontalHeader(wrapping)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # only the one-line columns
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    delegate = OneLineDelegate(view)
    for column in one_line:
        view.setItemDelegateForColumn(column, delegate)
    return RowFitter(view)
