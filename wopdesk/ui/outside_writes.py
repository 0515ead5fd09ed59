"""Showing what another process wrote to the open profile.

A person may run ``wopdesk import`` or ``wopdesk sync`` in a terminal, or open a second
window on the same profile, while this window is open. Those writes announce nothing
here, so every page would go on showing the data as it was. The window therefore asks
(``wopdesk.storage.outside_commits``, one ``PRAGMA`` on the writer thread) whenever the
app becomes active again, as when the person comes back from the terminal, and every few
seconds while it is open; if someone else committed, every page reloads, as after a
restore.
"""

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from wopdesk.storage.outside_commits import OutsideCommits
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")


class OutsideWrites(QObject):
    """Reloads the pages after a write by another process (see the module's docstring)."""

    checked = Signal(bool)  # a check ended: whether someone else had written
    interval_ms = 3000  # while the app is open; tests shorten it

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._watch: OutsideCommits | None = None
        self._checking = False
        self._again = False  # asked while a check ran: check once more after it
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def start(self) -> None:
        """Begin watching the open profile."""
        self._timer.start(self.interval_ms)
        self.check()

    def stop(self) -> None:
        """Stop watching (the window closes); the profile's connection is let go."""
        self._timer.stop()
        watch, self._watch = self._watch, None
        if watch is not None:
            self._on_writer(watch.close, None)

    def check(self) -> None:
        """Ask, off the GUI thread, whether someone else wrote since the last check."""
        if self._checking:
            self._again = True  # that check may have read before the latest write
            return
        if not self._timer.isActive() or not self.ctx.is_open:
            return
        self._checking = True
        store, watch = self.ctx.store, self._watch
        if watch is None or watch.store is not store:  # first check, or a restored profile
            self._watch = None
            self._on_writer(lambda: self._watch_anew(watch, store), self._watching)
        else:
            self._on_writer(watch.happened, self._answered)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    @staticmethod
    def _watch_anew(old: OutsideCommits | None, store: Store) -> OutsideCommits:
        if old is not None:
            old.close()
        return OutsideCommits(store)

    def _watching(self, watch: OutsideCommits) -> None:
        self._checking = False
        if self._timer.isActive() and self.ctx.is_open and watch.store is self.ctx.store:
            self._watch = watch
            self._check_again_if_asked()
            self.checked.emit(False)  # watching from now on: nothing happened before
        else:
            self._on_writer(watch.close, None)  # stopped, or the profile changed meanwhile

    def _answered(self, outside: bool) -> None:
        self._checking = False
        if not self._timer.isActive():  # a check begun before the window closed: moot
            return
        self._check_again_if_asked()
        if outside and self.ctx.is_open:
            from wopdesk.storage.models import ENTITIES

            log.info("another process wrote to the profile: the pages reload")
            self.ctx.data_changed.emit(frozenset(ENTITIES))
        self.checked.emit(outside)

    def _check_again_if_asked(self) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.check)

    def _on_writer(self, work: Callable[[], T], on_done: Callable[[T], None] | None) -> None:
        def failed(exc: Exception) -> None:
            self._checking = False
            log.warning("could not check for writes by another process: %s", exc)

        self.ctx.workers.start(self.ctx.workers.database, work, on_done, failed)
