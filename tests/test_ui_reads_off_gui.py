"""Pages read what they show off the GUI thread and apply only the current partnership's.

A spy on ``Store.reading`` notes which thread opens each read session: showing and
refreshing the record pages, the status bar and the learning log must never open one on
the GUI thread, and a quick switch of partnership must end with the last one's data.
"""

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from wopdesk.demo import DEMO_PARTNERSHIP_ID, bobo
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.loading import LatestRead
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.models import BLOCK, Column, LazyRecordModel
from wopdesk.ui.pages.capacity import CapacityPage
from wopdesk.ui.pages.diagnosis import DiagnosisPage
from wopdesk.ui.pages.finance import FinancePage
from wopdesk.ui.pages.indicators import IndicatorsPage
from wopdesk.ui.pages.partnerships import PartnershipsPage
from wopdesk.ui.pages.workplan import WorkPlanPage

from .ui_helpers import settle


class ReadSpy:
    """Wraps a store's ``reading()`` and notes reads opened on the GUI (main) thread."""

    def __init__(self, store: Store) -> None:
        self.original: Callable[[], AbstractContextManager[Session]] = store.reading
        self.on_gui_thread: list[str] = []
        self.watching = False

    def reading(self) -> AbstractContextManager[Session]:
        if self.watching and threading.current_thread() is threading.main_thread():
            self.on_gui_thread.append(threading.current_thread().name)
        return self.original()


@pytest.fixture
def spy(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> ReadSpy:
    watcher = ReadSpy(demo_store)
    monkeypatch.setattr(demo_store, "reading", watcher.reading)
    return watcher


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, second_partnership: str) -> Iterator[MainWindow]:
    """The main window on the demo partnership, every page built, nothing under way."""
    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.is_ready, timeout=10000)
    main.select_partnership(DEMO_PARTNERSHIP_ID)
    qtbot.waitUntil(lambda: len(main.pages) == len(main.page_ids), timeout=20000)
    settle(qtbot, main)
    yield main


# Per page: its id, and what it shows of the demo partnership once read.
SHOWN: dict[str, Callable[[Any], object]] = {
    "capacity": lambda page: len(page.table.model.ids),
    "diagnosis": lambda page: len(page.table.model.ids),
    "workplan": lambda page: len(page.table.model.ids),
    "finance": lambda page: page.spent_card.amount.text(),
    "indicators": lambda page: len(page.table.model.ids),
    "learning": lambda page: len(page.model.ids),
}
DEMO_SHOWS: dict[str, object] = {
    "capacity": len(bobo.CAPACITY),
    "diagnosis": len(bobo.FINDINGS) + len(bobo.VISITS),  # each visit found something
    "workplan": len(bobo.ACTIONS),
    "indicators": len(bobo.TARGETS[0].readings),
}
PAGE_CLASSES = {
    "capacity": CapacityPage,
    "diagnosis": DiagnosisPage,
    "workplan": WorkPlanPage,
    "finance": FinancePage,
    "indicators": IndicatorsPage,
    "partnerships": PartnershipsPage,
}


@pytest.mark.parametrize("page_id", sorted(PAGE_CLASSES))
def test_showing_and_refreshing_a_page_reads_nothing_on_the_gui_thread(
    qtbot: QtBot, window: MainWindow, spy: ReadSpy, page_id: str
) -> None:
    spy.watching = True
    page = window.show_page(page_id)
    assert isinstance(page, PAGE_CLASSES[page_id])
    settle(qtbot, window)
    page.refresh()
    window.ctx.data_changed.emit(page.watched)  # as after a save or a sync
    settle(qtbot, window)
    assert spy.on_gui_thread == []
    spy.watching = False
    if page_id in DEMO_SHOWS:
        assert SHOWN[page_id](page) == DEMO_SHOWS[page_id]


def test_the_status_bar_reads_its_figures_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, spy: ReadSpy
) -> None:
    bar = window.statusBar()
    spy.watching = True
    bar.refresh()
    window.ctx.data_changed.emit(frozenset({"action"}))
    settle(qtbot, window)
    assert spy.on_gui_thread == []
    assert bar.pending.text().endswith("waiting to sync")


# Indicators are left out: readings belong to utilities, which partnerships share.
@pytest.mark.parametrize("page_id", ["capacity", "diagnosis", "workplan", "finance"])
def test_a_quick_partnership_switch_ends_with_the_last_partnerships_data(
    qtbot: QtBot, window: MainWindow, second_partnership: str, page_id: str
) -> None:
    page = window.show_page(page_id)
    settle(qtbot, window)
    demo = SHOWN[page_id](page)
    window.select_partnership(second_partnership)
    settle(qtbot, window)
    empty = SHOWN[page_id](page)
    assert empty != demo  # the second partnership has nothing recorded

    # Back and forth before any answer arrives: the first answers must not win.
    window.select_partnership(DEMO_PARTNERSHIP_ID)
    window.select_partnership(second_partnership)
    window.select_partnership(DEMO_PARTNERSHIP_ID)
    assert SHOWN[page_id](page) == empty  # what was shown stays until the answer comes
    settle(qtbot, window)
    assert window.ctx.partnership_id == DEMO_PARTNERSHIP_ID
    assert SHOWN[page_id](page) == demo


def test_the_learning_log_follows_a_quick_switch(
    qtbot: QtBot, window: MainWindow, second_partnership: str
) -> None:
    page = window.show_page("learning")
    settle(qtbot, window)
    demo = SHOWN["learning"](page)
    assert demo
    window.select_partnership(second_partnership)
    window.select_partnership(DEMO_PARTNERSHIP_ID)
    window.select_partnership(second_partnership)
    settle(qtbot, window)
    assert SHOWN["learning"](page) == 0


def test_an_answer_for_a_partnership_no_longer_current_is_dropped(
    qtbot: QtBot, demo_store: Store, second_partnership: str
) -> None:
    ctx = AppContext(demo_store)
    ctx.partnership_id = DEMO_PARTNERSHIP_ID
    reader = LatestRead(ctx)
    applied: list[object] = []
    after: list[str] = []
    reader.start(lambda _session: "demo data", applied.append)
    reader.then(lambda: after.append("ran"))
    assert reader.loading
    # The switch happened while the page was hidden: it reads again when shown.
    ctx.partnership_id = second_partnership
    qtbot.waitUntil(lambda: not ctx.busy)
    assert applied == []
    assert after == []
    assert not reader.loading
    reader.start(lambda _session: "second data", applied.append)
    with qtbot.waitSignal(reader.applied):
        pass
    assert applied == ["second data"]
    reader.then(lambda: after.append("now"))
    assert after == ["now"]  # nothing under way: at once


def test_an_answer_for_a_page_already_destroyed_is_dropped(qtbot: QtBot, demo_store: Store) -> None:
    # The window closed while a page's read ran: the answer must not reach dead widgets.
    ctx = AppContext(demo_store)
    owner = QWidget()
    reader = LatestRead(ctx, owner)
    may_answer = threading.Event()
    applied: list[object] = []
    errors: list[str] = []
    ctx.error.connect(errors.append)

    def read(_session: Session) -> str:
        may_answer.wait(10)
        return "late data"

    reader.start(read, applied.append)
    shiboken6.delete(owner)  # the page and its reader are gone
    assert not shiboken6.isValid(reader)
    may_answer.set()
    qtbot.waitUntil(lambda: not ctx.busy)
    assert applied == []
    assert errors == []


def test_a_failed_read_is_one_sentence_and_keeps_what_was_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("workplan")
    settle(qtbot, window)
    assert isinstance(page, WorkPlanPage)
    shown = list(page.table.model.ids)
    shown_errors: list[str] = []
    window.ctx.error.disconnect()  # no message box in a test: note the sentence instead
    window.ctx.error.connect(shown_errors.append)

    def broken(*_args: object) -> list[str]:
        raise OSError("disk I/O error")

    monkeypatch.setattr("wopdesk.storage.listing.action_ids", broken)
    page.refresh()
    qtbot.waitUntil(lambda: not page.reader.loading)
    assert shown_errors == ["Something went wrong: disk I/O error"]
    assert page.table.model.ids == shown


def test_scrolling_a_long_list_reads_its_blocks_off_the_gui_thread(
    qtbot: QtBot, demo_store: Store
) -> None:
    ctx = AppContext(demo_store)
    readers: list[bool] = []

    def load_rows(ids: Sequence[str]) -> dict[str, str]:
        readers.append(threading.current_thread() is threading.main_thread())
        return {record_id: f"row {record_id}" for record_id in ids if record_id != "id-300"}

    model = LazyRecordModel([Column("Name", str)], load_rows)
    model.read_in_background(ctx)
    ids = [f"id-{n}" for n in range(BLOCK * 2)]
    model.set_ids(ids, {record_id: f"row {record_id}" for record_id in ids[:BLOCK]})
    assert model.index(3, 0).data() == "row id-3"  # the first block came with the ids
    far = model.index(BLOCK + 1, 0)
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert far.data() is None  # empty for a moment, never a wait
    assert changed.args[0].row() == BLOCK
    assert changed.args[1].row() == BLOCK * 2 - 1
    assert far.data() == f"row id-{BLOCK + 1}"
    assert model.index(300, 0).data() is None  # deleted meanwhile: not read again
    assert readers == [False]
    qtbot.waitUntil(lambda: not ctx.busy)
