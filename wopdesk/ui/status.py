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


class SyncStatusProvider(Protocol):
    """What the status bar asks the sync engine; each call must be quick."""

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
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.online)
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.last_sync)
        self.addPermanentWidget(self.conflicts)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.busy_changed.connect(self.busy.setVisible)
        ctx.data_changed.connect(lambda _entities: self.refresh())
        ctx.opened.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        # Until the profile is open there is nothing true to say about sync.
        for label in (self.online, self.pending, self.last_sync):
            label.setVisible(self.ctx.is_open)
        if not self.ctx.is_open:
            return
        status = self.ctx.sync_status
        online = status.is_online()
        self.online.setText(self.tr("● Online") if online else self.tr("○ Offline"))
        self.online.setToolTip(
            self.tr("Connected to the sync server.")
            if online
            else self.tr("Working offline: everything is saved on this computer.")
        )
        count = status.pending_changes()
        if count == 0:
            self.pending.setText(self.tr("No changes waiting to sync"))
        elif count == 1:
            self.pending.setText(self.tr("1 change waiting to sync"))
        else:
            self.pending.setText(self.tr("{0} changes waiting to sync").format(count))
        when = status.last_sync()
        if when is None:
            self.last_sync.setText(self.tr("Last sync: never"))
        else:
            text = QLocale().toString(QDateTime(when.astimezone()), QLocale.FormatType.ShortFormat)
            self.last_sync.setText(self.tr("Last sync: {0}").format(text))
        counter = getattr(status, "open_conflicts", None)
        conflicts = counter() if callable(counter) else 0
        self.conflicts.setVisible(conflicts > 0)
        if conflicts == 1:
            self.conflicts.setText(self.tr("⚠ 1 conflict to resolve"))
        else:
            self.conflicts.setText(self.tr("⚠ {0} conflicts to resolve").format(conflicts))
