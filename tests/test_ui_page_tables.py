"""The tables of every page at 1366×768, in English, French and Spanish, on the demo: no
heading and no cell in view is cut. Headings and prose wrap between words (the rows grow
to show them), columns are never narrower than their longest word, and short code-like
columns (dates, amounts, states) are as wide as their text."""

import contextlib
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QTableView
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from tests.ui_helpers import settle, window  # noqa: F401  (fixture)
from wopdesk.ui.app import register_fonts
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.visits import VisitsPage
from wopdesk.ui.wrapping import (
    OneLineDelegate,
    WrappingHeader,
    cell_margin,
    clipped,
    prose_column,
    words,
)


@pytest.fixture(autouse=True)
def bundled_fonts() -> Iterator[None]:
    """The fonts the app registers at start (Noto): they change the header's least section
    width, which once squeezed the Learning log's topic below its longest word."""
    register_fonts()
    yield
    QFontDatabase.removeAllApplicationFonts()


PAGES = [
    "partnerships",
    "visits",
    "diagnosis",
    "workplan",
    "learning",
    "indicators",
    "capacity",
    "finance",
    "progress",
]
WRAP = Qt.TextFlag.TextWordWrap


def pieces(text: str) -> list[str]:
    """Where Qt may end a line: between words and after a hyphen inside a word."""
    return [p for p in re.split(r"\s+|(?<=[^\W\d]-)(?=[^\W\d])|(?<=[–—])(?=\w)", text) if p]


def cut_headings(view: QTableView) -> list[str]:
    """The headings in view that are cut: a word wider than its section, or wrapped
    lines taller than the heading."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    cut = []
    for column in range(header.count()):
        if header.isSectionHidden(column) or not section_in_view(view, column):
            continue
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        if not title:
            continue
        assert isinstance(header, WrappingHeader), "headings must wrap"
        width = header.sectionSize(column) - header.padding(column)
        words = max(metrics.horizontalAdvance(word) for word in pieces(title))
        height = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), WRAP, title).height()
        if words > width or height > header.height():
            cut.append(f"heading {title!r}: {header.sectionSize(column)} px")
    return cut


def section_in_view(view: QTableView, column: int) -> bool:
    left = view.columnViewportPosition(column)
    return left >= 0 and left < view.viewport().width()


def out_of_view(view: QTableView) -> list[str]:
    """The columns that run out of the table's right edge (a sideways scroll hides them)."""
    model = view.model()
    right = view.viewport().width()
    return [
        f"column {model.headerData(column, Qt.Orientation.Horizontal)!r} out of view"
        for column in range(model.columnCount())
        if not view.isColumnHidden(column)
        and view.columnViewportPosition(column) + view.columnWidth(column) > right + 1
    ]


def cut_cells(view: QTableView) -> list[str]:
    """The cells in view whose text, wrapped between words, does not fit in the cell."""
    metrics = view.fontMetrics()
    margin = cell_margin(view)
    model = view.model()
    first = max(0, view.rowAt(0))
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    cut = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or not section_in_view(view, column):
            continue
        one_line = isinstance(view.itemDelegateForColumn(column), OneLineDelegate)
        for row in range(first, last + 1):
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text.strip():
                continue
            width = view.columnWidth(column) - margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                width -= view.iconSize().width() + 4
            if one_line:
                assert index.data(Qt.ItemDataRole.ToolTipRole), f"no tip says {text!r} whole"
                continue
            lines = text.split("\n")
            words = max(metrics.horizontalAdvance(word) for line in lines for word in pieces(line))
            height = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), WRAP, text).height()
            if words > width or height > view.rowHeight(row):
                cut.append(f"cell {text!r}: {view.columnWidth(column)}×{view.rowHeight(row)}")
    return cut


def open_first_visit(qtbot: QtBot, page: VisitsPage) -> None:
    table = page.table
    index = table.model().index(0, 1)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    editor = page.editor
    qtbot.waitUntil(lambda: editor.action_table.rowCount() + editor.followup_table.rowCount() > 0)


@pytest.mark.parametrize("page_id", PAGES)
def test_no_heading_or_cell_of_a_page_is_cut(
    window: MainWindow,  # noqa: F811
    qtbot: QtBot,
    page_id: str,
) -> None:
    page = window.show_page(page_id)
    assert page is not None
    settle(qtbot, window)
    if page_id == "visits":  # a visit chosen with the mouse: its actions show in tables
        open_first_visit(qtbot, page)
    views = [v for v in page.findChildren(QTableView) if v.isVisible() and v.model()]
    views = [v for v in views if v.model().rowCount() > 0]
    assert views, f"the demo fills a table of {page_id}"

    def problems() -> list[str]:
        found = []
        for view in views:
            found += cut_headings(view) + cut_cells(view) + out_of_view(view)
        return [f"{page_id}: {problem}" for problem in found]

    with contextlib.suppress(TimeoutError):  # rows grow and sections stretch once shown
        qtbot.waitUntil(lambda: not problems(), timeout=8000)
    cut = problems()
    assert not cut, "\n".join(cut)


def test_free_text_is_shortened_after_a_whole_word_and_said_whole_in_its_tip() -> None:
    text = "Les arriérés des administrations et des collectivités pèsent sur le recouvrement"
    assert clipped(text, 60) == "Les arriérés des administrations et des collectivités…"
    assert clipped("Court texte", 60) == "Court texte"
    column = prose_column("Origine", lambda row: row, 60)
    assert column.display(text) == clipped(text, 60)
    assert column.tooltip is not None
    assert column.tooltip(text) == text


def test_lines_may_end_between_words_and_after_hyphens_and_dashes() -> None:
    assert words("Heures-personnes Casablanca–Ouagadougou 2024-03") == [
        "Heures-",
        "personnes",
        "Casablanca–",
        "Ouagadougou",
        "2024-03",
    ]
