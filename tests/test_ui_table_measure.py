"""Sizing a long table's columns reads a bounded number of its rows, not a thousand.

The Learning log holds 100,000 entries in a long partnership; Qt's ``sizeHintForColumn``
reads up to 1,000 rows of each column unless told otherwise, which made opening the log
take a third of a second (``python -m bench --only learning_open``). Counted here, not
timed: the rows the model is asked for while the columns are measured.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from wopdesk.ui.wrapping import MEASURED_ROWS, ColumnFitter, measure_columns, wrap_table

ROWS = 5_000
Index = QModelIndex | QPersistentModelIndex


class CountingModel(QAbstractTableModel):
    """Three columns of text; remembers which rows it was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        self.asked.add(index.row())
        return ("2026-12-05", f"Leak detection practice on zone {index.row()}", "done")[
            index.column()
        ]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("Date", "Topic", "State")[section]
        return None


def shown_table(qtbot: QtBot) -> tuple[QTableView, CountingModel]:
    view = QTableView()
    model = CountingModel()
    view.setModel(model)
    wrap_table(view)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def test_measuring_a_long_table_reads_the_first_rows_and_those_in_view(qtbot: QtBot) -> None:
    view, model = shown_table(qtbot)
    model.asked.clear()
    measure_columns(view)
    in_view = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    assert model.asked, "the columns were measured without reading a row"
    assert len(model.asked) <= MEASURED_ROWS + in_view + 40


def test_measuring_scrolled_down_still_reads_the_rows_in_view(qtbot: QtBot) -> None:
    view, model = shown_table(qtbot)
    view.scrollTo(model.index(ROWS - 1, 0))
    qtbot.waitUntil(lambda: view.rowAt(0) > MEASURED_ROWS)
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    model.asked.clear()
    measure_columns(view)
    assert set(range(first, last + 1)) <= model.asked


def test_the_fitter_sizes_a_long_tables_columns_from_a_bounded_read(qtbot: QtBot) -> None:
    view, model = shown_table(qtbot)
    model.asked.clear()
    fitter = ColumnFitter(view, stretching=1)
    fitter.fit()
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("2026-12-05")
    assert len(model.asked) <= 2 * MEASURED_ROWS
