"""Python's cycle collector runs on the GUI thread only, never in a worker."""

import gc
import weakref

from pytestqt.qtbot import QtBot

from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_cycles_are_collected_by_the_gui_thread_timer(qtbot: QtBot, store: Store) -> None:
    AppContext(store)
    assert not gc.isenabled()
    first, second = _Node(), _Node()
    first.other, second.other = second, first
    ref = weakref.ref(first)
    del first, second
    assert ref() is not None  # only a collection can free a cycle
    qtbot.waitUntil(lambda: ref() is None, timeout=15000)
