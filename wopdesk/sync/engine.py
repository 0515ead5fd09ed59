"""The client sync engine: push the outbox, pull the server's changes, move the files.

Each step is its own transaction, so a connection that drops anywhere loses nothing:
- a batch keeps its id in the outbox until the server's answer is applied, and is sent
  again with the same id (the server answers a replay without applying it twice);
- a page of pulled changes is applied together with the cursor that follows it, so the
  next pull starts exactly after the last page applied (CouchDB's checkpoint, Anki's usn).
"""

import threading
from collections.abc import Callable

from wopdesk.storage.store import Store
from wopdesk.storage.types import utcnow
from wopdesk.sync import signoffs
from wopdesk.sync.client import ServerConnection, ServerUnreachable
from wopdesk.sync.job import BATCH_CHANGES, PAGE_CHANGES
from wopdesk.sync.pull import UNKNOWN, UNLINKED, Puller, readable
from wopdesk.sync.push import REFUSED_SCOPES, Pusher
from wopdesk.sync.report import SyncCancelled, SyncProgress, SyncReport
from wopdesk.sync.status import (
    LAST_SYNC,
    ONLINE,
    SERVER_URL,
    SERVER_USER,
    get_state,
    open_conflicts_count,
    set_state,
)
from wopdesk.sync.tokens import token_store

__all__ = [
    "BATCH_CHANGES",
    "PAGE_CHANGES",
    "REFUSED_SCOPES",
    "SERVER_PROTOCOL",
    "UNKNOWN",
    "UNLINKED",
    "SyncCancelled",
    "SyncEngine",
    "SyncProgress",
    "SyncReport",
    "readable",
    "sync_with_server",
]

# The protocol the server spoke at the last sync: a new one means it was updated.
SERVER_PROTOCOL = "sync.server_protocol"


class SyncEngine(Pusher, Puller):
    """Sync one data directory with one server: push, pull, then move the files."""

    def sync(self) -> SyncReport:
        """Push, then pull, then fetch missing files."""
        report = SyncReport()
        start = self.connection.round_trips
        self.pushed = signoffs.PushedEdits()
        try:
            try:
                self.push(report)
                # What this person may change, or what the server knows, has changed:
                # refused work gets another go.
                changed_scope = self.pull(report)
                again = changed_scope or self._server_updated() or self._refused_in_another_scope()
                if again and self._requeue_refused():
                    report.refused.clear()
                    self.push(report)
                    self.pull(report)
                self._leave_withdrawn(report)
                self.fetch_files(report)
            except ServerUnreachable:
                with self.store.transaction() as session:
                    set_state(session, ONLINE, False)
                raise
            with self.store.transaction() as session:
                self.remove_unused_files(session, report)
                set_state(session, ONLINE, True)
                set_state(session, SERVER_PROTOCOL, self.connection.protocol)
                set_state(session, LAST_SYNC, utcnow().isoformat())
                set_state(session, SERVER_URL, self.connection.base)
                set_state(session, SERVER_USER, self.connection.user)
                report.open_conflicts = open_conflicts_count(session)
        finally:
            report.round_trips = self.connection.round_trips - start
            report.signed_in = self.connection.signed_in
        return report

    def _server_updated(self) -> bool:
        """Whether the server speaks another protocol than at the last sync: it was
        updated, and may now take what it refused (a kind of record it did not know)."""
        with self.store.reading() as session:
            before = get_state(session, SERVER_PROTOCOL)
        return before is not None and before != self.connection.protocol


def sync_with_server(
    store: Store,
    server_url: str,
    user: str,
    password: Callable[[], str],
    progress: Callable[[SyncProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    """One sync of ``store`` (for the app's worker): tokens in the keyring or its fallback.

    ``password`` is called only when the server asks for a new sign-in.
    """
    connection = ServerConnection(
        server_url, user, password=password, tokens=token_store(store.data_dir)
    )
    with connection:
        connection.sign_in_early()
        return SyncEngine(store, connection, progress=progress, cancel=cancel).sync()
