"""Noticing writes made to a profile by another process while this one has it open.

The command line (``wopdesk import``, ``wopdesk sync``) or a second window may commit to
the database the app is showing; the app's own writes announce what they changed, these
do not. SQLite's ``PRAGMA data_version`` tells, on one connection, whether any *other*
connection has committed since it was last asked. This module keeps such a connection
of its own (it never writes) and asks it again right after every commit of the store's
own sessions, so those are not taken for outside writes; what is left is what another
process (or another store on the same file) committed.

A commit from outside that lands in the microseconds between one of the store's own
commits and that question is taken for the store's own: the next outside commit shows
both. Commits that bypass the store's sessions (none on the app's paths) look like
outside ones: a needless reload, never a missed one.
"""

import sqlite3
import threading

from sqlalchemy import event
from sqlalchemy.orm import Session

from wopdesk.storage.store import Store


class OutsideCommits:
    """Tells whether someone other than ``store``'s own sessions committed since last asked."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._connection = sqlite3.connect(
            store.database_path, check_same_thread=False, isolation_level=None
        )
        self._connection.execute("PRAGMA query_only=1")
        self._lock = threading.Lock()
        self._makers = (store.sessions, store.writes)
        self._seen = self._version()
        for maker in self._makers:
            event.listen(maker, "after_commit", self._own_commit)

    def _version(self) -> int:
        (version,) = self._connection.execute("PRAGMA data_version").fetchone()
        return int(version)

    def _own_commit(self, _session: Session) -> None:
        with self._lock:
            self._seen = self._version()

    def happened(self) -> bool:
        """True once for each stretch in which another connection committed."""
        with self._lock:
            version = self._version()
            changed, self._seen = version != self._seen, version
        return changed

    def close(self) -> None:
        for maker in self._makers:
            event.remove(maker, "after_commit", self._own_commit)
        with self._lock:
            self._connection.close()
