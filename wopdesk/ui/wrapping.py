"""Tables whose text wraps at word boundaries rather than ending in "…".

French and Spanish say in two or three words what English says in one: a column sized
for English cuts them. Here headings wrap at word boundaries and are never narrower than
their longest word, cells of prose wrap too (their rows grow to show them), and columns
that hold short code-like text (a date, an amount, a state) stay on one line.
"""

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
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
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:  # models imports SQLAlchemy; the start path (the Overview) must not
    from wopdesk.ui.models import Column

WRAP = Qt.TextFlag.TextWordWrap
BREAKS = re.compile(r"\s+|(?<=[^\W\d]-)(?=[^\W\d])|(?<=[–—])(?=\w)")
# A column whose contents fit in this many average characters is short (a date, a number,
# a state): it is always as wide as they are, on one line; its heading wraps if longer.
SHORT_COLUMN_CHARS = 20
# Other columns (names, titles, prose) are as wide as their contents while the table has
# room; when it has not, the widest give way first and wrap between words, never below
# their longest word, nor below this many characters.
WRAPPED_COLUMN_CHARS = 10
STRETCH_ROOM_CHARS = 24  # what the stretching column keeps, at least, before others grow
# Rows measured to fit a column: the first ones and those in view, up to this many.
MEASURED_ROWS = 100
# Rows measured below the visible ones, so that scrolling a little finds them measured.
ROWS_AHEAD = 20


class OneLineDelegate(QStyledItemDelegate):
    """Cells on one line, cut with an ellipsis, in a table whose other cells wrap."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


def fitted_widths(
    wanted: dict[int, int], room: int, floor: int, floors: Mapping[int, int] | None = None
) -> dict[int, int]:
    """Each column's wanted width, the widest cut down to one shared cap (never below
    ``floor``, nor below a column's own entry in ``floors``: its longest word) so that
    together they fit in ``room`` when they can."""
    floors = floors or {}

    def given(cap: int) -> dict[int, int]:
        return {
            column: max(min(width, cap), min(width, floor), floors.get(column, 0))
            for column, width in wanted.items()
        }

    if not wanted or sum(wanted.values()) <= room:
        return dict(wanted)
    low, high = floor, max(wanted.values())
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(given(cap).values()) <= room:
            low = cap
        else:
            high = cap - 1
    return given(low)


def cell_margin(view: QWidget) -> int:
    """What Qt's item views keep beside a cell's text, both sides together (QCommonStyle)."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def words(text: str) -> list[str]:
    """The pieces of ``text`` a line may end between: words, and the parts of hyphenated
    words ("Heures-" "personnes"), as Qt's line breaking has them."""
    return [word for word in BREAKS.split(text) if word]


def longest_word(metrics: QFontMetrics, text: str) -> int:
    """The width of the widest word of ``text`` (0 for no text)."""
    return max((metrics.horizontalAdvance(word) for word in words(text)), default=0)


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
        model: QAbstractItemModel | None = self.model()
        if model is None:
            return ""
        return str(model.headerData(column, self.orientation()) or "")

    def padding(self, column: int) -> int:
        """What a heading keeps beside its title: margins, and the sort arrow's room in
        the column the table is sorted by."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
        sorted_by = self.isSortIndicatorShown() and self.sortIndicatorSection() == column
        return 2 * margin + (arrow + margin if sorted_by else 0) + 4

    def longest_word(self, column: int) -> int:
        """The width a title's longest word needs: its column is never narrower."""
        return longest_word(self.fontMetrics(), self.title(column)) + self.padding(column)

    def one_line(self, column: int) -> int:
        """The width a title needs on one line."""
        return self.fontMetrics().horizontalAdvance(self.title(column)) + self.padding(column)

    def _title_height(self, column: int, width: int) -> int:
        inner = max(1, width - self.padding(column))
        box = self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), WRAP, self.title(column))
        return box.height()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803
        """Tall enough for the title wrapped at the column's width; a column sized to its
        contents is as wide as its title on one line with this heading's padding."""
        size = super().sectionSizeFromContents(logicalIndex)
        width = self.sectionSize(logicalIndex) or size.width()
        extra = self._title_height(logicalIndex, width) - self.fontMetrics().height()
        if self.sectionResizeMode(logicalIndex) == QHeaderView.ResizeMode.ResizeToContents:
            size.setWidth(max(size.width(), self.one_line(logicalIndex)))
        return QSize(size.width(), size.height() + max(0, extra))

    def sizeHint(self) -> QSize:  # noqa: N802
        """As tall as the tallest title wrapped at its column's width now (Qt keeps the
        height it measured first)."""
        hint = super().sizeHint()
        if self.model() is None:
            return hint
        heights = [
            self.sectionSizeFromContents(column).height()
            for column in range(self.count())
            if not self.isSectionHidden(column)
        ]
        return QSize(hint.width(), max(heights, default=hint.height()))

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


# Per column: the width its contents need on one line; the width of its longest word (in
# a cell or in its heading), below which it is never made; and whether it holds code-like
# text (dates, amounts, single words), kept on one line when it is short.
Needs = dict[int, tuple[int, int, bool]]


def code_like(texts: Iterable[str]) -> bool:
    """True when every text has a digit (a date, an amount) or is a single word."""
    return all(any(c.isdigit() for c in text) or len(words(text)) <= 1 for text in texts)


def measure_columns(view: QTableView) -> Needs:
    """What each column of ``view`` holds: its first rows and those in view."""
    model = view.model()
    count = model.rowCount()
    first = max(0, view.rowAt(0))
    rows = sorted({*range(min(count, MEASURED_ROWS)), *range(first, min(count, first + 40))})
    header = view.horizontalHeader()
    columns = range(model.columnCount())
    # ``sizeHintForColumn`` measures the rows in view, then more up to this many (Qt's
    # default is 1,000: a third of a second for the Learning log's 100,000 entries).
    if header.resizeContentsPrecision() != max(1, len(rows)):
        header.setResizeContentsPrecision(max(1, len(rows)))
    longest = longest_words(view, rows, columns)
    heading = header.longest_word if isinstance(header, WrappingHeader) else lambda _c: 0
    return {
        column: (
            view.sizeHintForColumn(column),
            max(longest[column], heading(column)),
            code_like(str(model.index(row, column).data() or "") for row in rows),
        )
        for column in columns
    }


def lay_out_columns(
    view: QTableView, needs: Needs, stretching: int, kept: Mapping[int, int] | None = None
) -> None:
    """Short columns as wide as their contents; the others as wide as theirs while the
    table has room, else wrapping between words (the widest give way first), never below
    their longest word. The ``stretching`` column takes the room left; ``kept`` columns
    (a person's widths) stay as they are."""
    kept = kept or {}
    char = view.fontMetrics().averageCharWidth()
    least_section = view.horizontalHeader().minimumSectionSize()  # Qt widens any narrower
    widths: dict[int, int] = {}
    wanted: dict[int, int] = {}
    floors: dict[int, int] = {}
    taken = 0  # by the kept columns
    for column, (contents, floor, _code) in needs.items():
        if view.isColumnHidden(column):
            continue
        if column in kept and column != stretching:
            taken += kept[column]
        elif contents <= SHORT_COLUMN_CHARS * char and column != stretching:
            widths[column] = max(contents, floor, least_section)
        else:  # the stretching column shares the room as one of these
            wanted[column] = max(contents, floor)
            floors[column] = floor
    viewport = view.viewport().width()
    room = viewport - taken - sum(widths.values())
    least = WRAPPED_COLUMN_CHARS * char
    if stretching in floors:
        floors[stretching] = max(floors[stretching], STRETCH_ROOM_CHARS * char)
    if sum(floors.values()) > room:
        # Too narrow for that: the other columns give way down to their longest word,
        # short ones of names or labels too; dates, amounts and single words do not.
        least = 0
        if stretching in floors:
            floors[stretching] = needs[stretching][1]
        for column, width in list(widths.items()):
            if not needs[column][2]:
                wanted[column], floors[column] = width, needs[column][1]
                del widths[column]
                room += width
    fitted = fitted_widths(wanted, room, least, floors)
    stretch_floor = fitted.pop(stretching, needs.get(stretching, (0, 0, False))[1])
    widths.update(fitted)
    for column, width in widths.items():
        if view.columnWidth(column) != width:
            view.setColumnWidth(column, width)
    # What the columns really took: the header keeps each at least its minimum section size.
    given = sum(view.columnWidth(column) for column in widths)
    fit_stretching(view, stretching, viewport - taken - given, stretch_floor)


def fit_stretching(view: QTableView, column: int, left: int, floor: int) -> None:
    """The stretching column takes what the others leave, but never less than its longest
    word: then it keeps that width and the table scrolls sideways."""
    header = view.horizontalHeader()
    mode = QHeaderView.ResizeMode.Stretch if left >= floor else QHeaderView.ResizeMode.Fixed
    if header.sectionResizeMode(column) != mode:
        header.setSectionResizeMode(column, mode)
    if mode == QHeaderView.ResizeMode.Fixed and header.sectionSize(column) != floor:
        view.setColumnWidth(column, floor)


class ColumnFitter(QObject):
    """Sizes a wrapping table's columns to what they hold (``lay_out_columns``) whenever
    its rows arrive or change and whenever it is resized."""

    def __init__(self, view: QTableView, stretching: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretching = stretching
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in ("modelReset", "layoutChanged", "rowsInserted", "dataChanged"):
            getattr(model, signal).connect(self._timer.start)
        view.horizontalHeader().viewport().installEventFilter(self)
        # The sorted column's heading keeps room for its arrow.
        view.horizontalHeader().sortIndicatorChanged.connect(self._timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        if self.view.model().rowCount() > 0:
            lay_out_columns(self.view, measure_columns(self.view), self.stretching)


def clipped(text: str | None, limit: int) -> str:
    """``text`` on one line, cut after its last whole word within ``limit`` characters
    and ended with "…" when longer (never in the middle of a word)."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.—-") + "…"


def prose_column(
    header: str, text_of: Callable[[Any], str | None], limit: int, sort_value: Any = None
) -> "Column[Any]":
    """A column of free text (a note, an origin): a few lines of it, wrapped between
    words, ending in "…" after a whole word; its tooltip says it whole."""
    from wopdesk.ui.models import Column

    return Column(
        header,
        lambda row: clipped(text_of(row), limit),
        sort_value,
        tooltip=lambda row: " ".join((text_of(row) or "").split()),
    )
