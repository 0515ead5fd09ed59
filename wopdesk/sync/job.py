"""What every job of a sync shares: the store, the connection, progress and cancel.

The jobs (``push``, ``pull``, ``files``) are run one after the other by the coordinator
in ``wopdesk.sync.engine``; each step of each job is its own transaction.
"""

import threading
from collections.abc import Callable

from sqlalchemy.orm import Session

from wopdesk.domain.i18n import translate
from wopdesk.storage.clock import HybridClock
from wopdesk.storage.store import Store
from wopdesk.sync import signoffs
from wopdesk.sync.client import ServerConnection, SyncError
from wopdesk.sync.protocol import LEGACY_BATCH_CHANGES, MAX_BATCH_CHANGES, MAX_PAGE_CHANGES
from wopdesk.sync.report import SyncCancelled, SyncProgress
from wopdesk.sync.status import (
    SERVER_ID,
    get_state,
    set_state,
)

# As many changes per push as this version's server takes: each push is a round trip and
# a server transaction, so fewer, bigger batches cost less per change. A push is sized to
# the smaller of this and what the server says it takes (``Pusher.push``).
BATCH_CHANGES = MAX_BATCH_CHANGES
# Pulled pages as big as the server serves: each page is a round trip and a commit.
PAGE_CHANGES = MAX_PAGE_CHANGES


class SyncJob:
    """The state one sync of one data directory with one server works on."""

    def __init__(
        self,
        store: Store,
        connection: ServerConnection,
        *,
        batch_changes: int = BATCH_CHANGES,
        page_changes: int = PAGE_CHANGES,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.store = store
        self.connection = connection
        self.on_progress = progress or (lambda _progress: None)
        self.cancel = cancel or threading.Event()
        self.batch_changes = batch_changes
        # The changes a push holds: as many as any server takes, until this one says more.
        self.batch_size = min(batch_changes, LEGACY_BATCH_CHANGES)
        self.page_changes = page_changes
        # The partnerships the last pulled page says this person may hold (None: all).
        self.allowed: list[str] | None = None
        # Records whose content this sync pushed: a sign-off pulled for them never saw it.
        self.pushed = signoffs.PushedEdits()

    def clock(self, session: Session) -> HybridClock:
        return self.store.capture.clock(session.connection())

    def _progress(self, step: str, done: int, total: int | None) -> None:
        """Say how far the sync is, unless the person cancelled it: then stop here.

        Called between batches, pages and files, where stopping leaves both sides
        consistent: what was applied stays, the rest goes next time.
        """
        self._stop_if_cancelled()
        self.on_progress(SyncProgress(step, done, total, self.connection.bytes_moved))

    def _stop_if_cancelled(self) -> None:
        if self.cancel.is_set():
            raise SyncCancelled(
                translate(
                    "sync",
                    "Sync cancelled; what was sent and received so far is kept, the rest "
                    "goes at the next sync.",
                )
            )

    def _check_server(self, session: Session, server_id: str, remember: bool = True) -> None:
        """Refuse a server other than the one this profile synced with before."""
        known = get_state(session, SERVER_ID)
        if known is None:
            if remember:
                set_state(session, SERVER_ID, server_id)
        elif known != server_id:
            raise SyncError(
                f"The server at {self.connection.base} is not the server this profile syncs "
                "with (it was replaced or reset); use another data directory to sync with it."
            )
