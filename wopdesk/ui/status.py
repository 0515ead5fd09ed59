"""The status bar: online or offline, changes waiting, last sync, conflicts, background work.

The figures come from a ``SyncStatusProvider``: the app uses the store's
(``wopdesk.sync.status.StoreSyncStatus``); ``NoSyncYet`` says "offline, nothing waiting,
never synced". A provider with ``open_conflicts()`` also gets the conflicts count shown.
"""

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDateTime, QLocale, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

if TYPE_CHECKING:
    from wopdesk.ui.context import AppContext

REFRESH_MS = 30_000
BUSY_DELAY_MS = 400  # background work shorter than this shows no progress bar


class SyncStatusProvider(Protocol):
    """What the status bar asks the sync engine (off the GUI thread: it may read the database)."""

    def is_online(self) -> bool: ...

    def pending_changes(self) -> int: ...

    def last_sync(self) -> dt.datetime | None: ...


class NoSyncYet:
    """The figures before sync is configured: offline, nothing counted, never synced."""

    def is_online(self) -> bool:
        return False

    def pending_changes(self) -> int:
        return 0

    def last_sync(self) -> dt.datetime | None:
        return None


# Online, changes waiting, last sync, open conflicts.
SyncFigures = tuple[bool, int, dt.datetime | None, int]


def read_figures(status: SyncStatusProvider) -> SyncFigures:
    """All the bar's figures at once, off the GUI thread."""
    counter = getattr(status, "open_conflicts", None)
    conflicts = counter() if callable(counter) else 0
    return status.is_online(), status.pending_changes(), status.last_sync(), conflicts


class SyncStatusBar(QStatusBar):
    """Permanent sync figures on the right, messages on the left."""

    def __init__(self, ctx: "AppContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an "in progress" bar with no percentage
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(14)
        self.busy.setAccessibleName(self.tr("Working in the background"))
        self.busy.hide()
        self.online = QLabel()
        self.pending = QLabel()
        self.last_sync = QLabel()
        self.conflicts = QLabel()
        self.conflicts.hide()
        for label in (self.online, self.pending, self.last_sync, self.conflicts):
            label.setContentsMargins(8, 0, 8, 0)
            label.hide()  # until the first figures are read
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.online)
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.last_sync)
        self.addPermanentWidget(self.conflicts)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # The bar shows only for work that lasts: a quick read must not make it flash.
        self.busy_delay = QTimer(self)
        self.busy_delay.setSingleShot(True)
        self.busy_delay.setInterval(BUSY_DELAY_MS)
        self.busy_delay.timeout.connect(lambda: self.busy.setVisible(self.ctx.busy))
        ctx.busy_changed.connect(self._busy_changed)
        ctx.data_changed.connect(lambda _entities: self.refresh())
        ctx.opened.connect(self.refresh)
        self._generation = 0
        # Why the last sync failed, until one succeeds: the status message fades after a
        # while, the reason stays on the online/offline label.
        self.sync_failure = ""
        self._online = False
        self.refresh()

    def sync_failed(self, message: str) -> None:
        self.sync_failure = message
        self._explain_online()

    def sync_succeeded(self) -> None:
        self.sync_failure = ""
        self._explain_online()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.busy_delay.start()
        else:
            self.busy_delay.stop()
            self.busy.hide()

    def refresh(self) -> None:
        """Read the sync figures off the GUI thread (the provider may ask the database)."""
        if not self.ctx.is_open:
            return  # nothing true to say about sync yet: the figures stay hidden
        self._generation += 1
        generation, status = self._generation, self.ctx.sync_status

        def show(figures: SyncFigures) -> None:
            if generation == self._generation:  # else a newer reading is on its way
                self._show(figures)

        self.ctx.run_task(lambda: read_figures(status), show)

    def _explain_online(self) -> None:
        text = (
            self.tr("Connected to the sync server.")
            if self._online
            else self.tr("Working offline: everything is saved on this computer.")
        )
        if self.sync_failure:
            text += "\n" + self.tr("The last sync failed: {0}").format(self.sync_failure)
        self.online.setToolTip(text)

    def _show(self, figures: "SyncFigures") -> None:
        online, count, when, conflicts = figures
        for label in (self.online, self.pending, self.last_sync):
            label.show()
        self.online.setText(self.tr("● Online") if online else self.tr("○ Offline"))
        self._online = online
        self._explain_online()
        if count == 0:
            self.pending.setText(self.tr("No changes waiting to sync"))
        elif count == 1:
            self.pending.setText(self.tr("1 change waiting to sync"))
        else:
            self.pending.setText(self.tr("{0} changes waiting to sync").format(count))
        if when is None:
            self.last_sync.setText(self.tr("Last sync: never"))
        else:
            text = QLocale().toString(QDateTime(when.astimezone()), QLocale.FormatType.ShortFormat)
            self.last_sync.setText(self.tr("Last sync: {0}").format(text))
        self.conflicts.setVisible(conflicts > 0)
        if conflicts == 1:
            self.conflicts.setText(self.tr("⚠ 1 conflict to resolve"))
        else:
            self.conflicts.setText(self.tr("⚠ {0} conflicts to resolve").format(conflicts))
