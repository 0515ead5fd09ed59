"""What every page shares: the store, the current partnership, background operations.

Widgets never open database sessions for writes: every user action is an operation of
``wopdesk.operations``, which ``run_op`` runs on the one writer thread; reads go through
``run_read``, anything else through ``run_task``. Results return through callbacks on
the GUI thread, and ``data_changed`` announces which tables the operation changed
(derived from what it wrote, never declared) so each view refreshes only what it shows.

The context may be created before the profile is open (the window shows its frame
first): ``open_profile`` opens it on the writer thread, since opening imports
SQLAlchemy and may migrate the database, then ``opened`` announces it.
"""

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from wopdesk.errors import WopdeskError
from wopdesk.ui.status import NoSyncYet, SyncStatusProvider
from wopdesk.ui.workers import Workers, collect_garbage_on_gui_thread

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wopdesk.operations import Operation, OpResult
    from wopdesk.storage.drafts import DraftStore
    from wopdesk.storage.store import Store

T = TypeVar("T")

ME_SETTING = "me_person_id"
BACKUP_KEEP_SETTING = "backups.keep"
PARTNERSHIP_SETTING = "current_partnership_id"


class AppContext(QObject):
    partnership_changed = Signal(str)  # the new partnership id, "" for none
    me_changed = Signal(str)  # the signed-in person's id, "" for nobody
    data_changed = Signal(object)  # frozenset of entity (table) names that changed
    op_done = Signal(object)  # the OpChanges of an operation run by ``run_op``
    error = Signal(str)  # one sentence to show the user
    notice = Signal(str)  # one sentence of information (not a failure)
    busy_changed = Signal(bool)
    # set of (entity, id) a sync pulled, before data_changed: open editors reload or warn
    records_pulled = Signal(object)
    opened = Signal()  # the profile is open: store, settings and drafts are there
    deleted = Signal(object)  # a storage.deletions.Deletion, which Edit › Undo takes back

    def __init__(
        self,
        store: "Store | None" = None,
        parent: QObject | None = None,
        sync_status: SyncStatusProvider | None = None,
    ) -> None:
        """A context on an open ``store``, or with none yet: see ``open_profile``."""
        super().__init__(parent)
        collect_garbage_on_gui_thread()
        self.workers = Workers()
        self._store: Store | None = None
        self._opening: Store | None = None  # opened by the writer, not yet handed over
        self._drafts: DraftStore | None = None
        self._after_first_page = False  # see ``first_page_shown``
        # The sync work replaces this with its engine's figures.
        self.sync_status: SyncStatusProvider = sync_status or NoSyncYet()
        self.partnership_id: str | None = None
        self.me: str | None = None
        self._pending = 0
        self._ahead: dict[Hashable, _ReadAhead] = {}
        # A read made ahead is only good until something changes.
        self.data_changed.connect(lambda _entities: self._ahead.clear())
        self.partnership_changed.connect(lambda _pid: self._ahead.clear())
        if store is not None:
            settings = store.get_setting(PARTNERSHIP_SETTING), store.get_setting(ME_SETTING)
            self._attach(store, self.sync_status, *settings)

    # --- the profile ----------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> "Store":
        if self._store is None:
            raise RuntimeError("the profile is not open yet")
        return self._store

    @property
    def drafts(self) -> "DraftStore":
        if self._drafts is None:
            raise RuntimeError("the profile is not open yet")
        return self._drafts

    def open_profile(
        self, data_dir: str | Path | None, on_error: Callable[[Exception], None]
    ) -> None:
        """Open the profile on the writer thread; ``opened`` follows, or ``on_error``."""

        def job() -> tuple["Store", SyncStatusProvider, str | None, str | None]:
            from wopdesk.storage.store import Store

            store = Store.open(data_dir)
            self._opening = store  # closed by ``close`` if the window quits meanwhile
            return (
                store,
                self.sync_status,
                store.get_setting(PARTNERSHIP_SETTING),
                store.get_setting(ME_SETTING),
            )

        def done(opened: tuple["Store", SyncStatusProvider, str | None, str | None]) -> None:
            self._attach(*opened)
            self._after_first_page = True
            self.opened.emit()

        self._start(self.workers.database, job, done, on_error)

    def first_page_shown(self) -> None:
        """What opening the profile left for later, so the first page's data comes first:
        the sync figures (their module takes ~80 ms to import) and today's backup."""
        if not self._after_first_page:
            return
        self._after_first_page = False
        store = self.store

        def sync_status() -> SyncStatusProvider:
            from wopdesk.sync.status import StoreSyncStatus

            return StoreSyncStatus(store)

        def attach(status: SyncStatusProvider) -> None:
            if self._store is store:
                self.sync_status = status
                self.data_changed.emit(frozenset())  # the status bar reads its figures

        self._start(self.workers.database, sync_status, attach, None)
        self.back_up_daily(store)

    def _attach(
        self,
        store: "Store",
        sync_status: SyncStatusProvider,
        partnership_id: str | None,
        me: str | None,
    ) -> None:
        from wopdesk.storage.drafts import DraftStore

        self._store = store
        self._opening = None
        self._drafts = DraftStore(store.data_dir)
        self.sync_status = sync_status
        self.partnership_id = partnership_id
        self.me = me

    def back_up_daily(self, store: "Store") -> None:
        """Today's automatic backup, in the background, if the profile has none yet."""
        from wopdesk.storage import auto_backup

        def back_up() -> Path | None:
            keep = int(store.get_setting(BACKUP_KEEP_SETTING) or auto_backup.DEFAULT_KEEP)
            return auto_backup.daily(store.data_dir, keep)

        self.run_task(back_up)

    def restore_backup(
        self,
        archive: Path,
        on_done: Callable[[None], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Replace the profile's data with the backup ``archive``, then show it.

        On the writer thread, so no save runs meanwhile: the database is closed, restored
        (``import_backup`` checks the archive whole and takes an automatic backup first),
        and opened again; every page then reloads. A refused archive changes nothing, and
        the profile goes on as it was.
        """
        from wopdesk.storage.backup import import_backup
        from wopdesk.storage.models import ENTITIES
        from wopdesk.storage.store import Store
        from wopdesk.sync.status import StoreSyncStatus

        old = self.store

        def job() -> tuple["Store", SyncStatusProvider, str | None, str | None]:
            # Closing only ends the pooled connections: if the archive is refused, the
            # same store goes on with new ones, on the data it had.
            old.close()
            import_backup(archive, old.data_dir, replace=True)
            store = Store.open(old.data_dir)
            self._opening = store  # closed by ``close`` if the window quits meanwhile
            return (
                store,
                StoreSyncStatus(store),
                store.get_setting(PARTNERSHIP_SETTING),
                store.get_setting(ME_SETTING),
            )

        def done(opened: tuple["Store", SyncStatusProvider, str | None, str | None]) -> None:
            self._attach(*opened)
            self._ahead.clear()
            self.partnership_changed.emit(self.partnership_id or "")
            self.data_changed.emit(frozenset(ENTITIES))
            on_done(None)

        self._start(self.workers.database, job, done, on_error)

    def close(self) -> None:
        """Wait for background work, then close the profile (once the app has quit)."""
        self.shutdown()
        for store in {id(s): s for s in (self._store, self._opening) if s is not None}.values():
            store.close()

    def set_partnership(self, partnership_id: str | None, *, remember: bool = True) -> None:
        """Show ``partnership_id``; ``remember``: also save it for the next start."""
        if partnership_id == self.partnership_id:
            return
        self.partnership_id = partnership_id
        if remember:
            self.remember_partnership()
        self.partnership_changed.emit(partnership_id or "")

    def remember_partnership(self) -> None:
        """Save the current partnership as the one to show at the next start."""
        self._save_setting(PARTNERSHIP_SETTING, self.partnership_id)

    def set_me(self, person_id: str | None) -> None:
        """Remember who uses this computer, for defaults such as "trainee: me"."""
        if person_id == self.me:
            return
        self.me = person_id
        self._save_setting(ME_SETTING, person_id)
        self.me_changed.emit(person_id or "")

    def _save_setting(self, key: str, value: Any) -> None:
        # On the writer thread: even a one-row write may wait for the database lock. Not
        # an operation: no view shows these settings, and a read made ahead stays good.
        self._start(self.workers.database, lambda: self.store.set_setting(key, value), None, None)

    def run_op(
        self,
        op: "Operation[T]",
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run the operation ``op`` (``wopdesk.operations``) on the writer thread, then
        announce what it changed: ``op_done`` with its ``OpChanges``, ``data_changed``
        with the tables, and ``on_done`` with its value. A refused operation changes
        nothing and announces nothing."""
        store = self.store

        def done(result: "OpResult[T]") -> None:
            self.op_done.emit(result.changes)
            self.data_changed.emit(result.changes.tables)
            if on_done is not None:
                on_done(result.value)

        self._start(self.workers.database, lambda: op(store), done, on_error)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run_read(
        self,
        work: Callable[["Session"], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run a query off the GUI thread (for anything that may be slow)."""

        def job() -> T:
            with self.store.reading() as session:
                return work(session)

        self._start(self.workers.general, job, on_done, on_error)

    def read_ahead(self, key: Hashable, work: Callable[["Session"], Any]) -> None:
        """Start a read a page will soon ask for (see ``take_ahead``), off the GUI thread."""
        if key in self._ahead:
            return
        ahead = _ReadAhead()
        self._ahead[key] = ahead

        def failed(exc: Exception) -> None:
            if self._ahead.get(key) is ahead:
                del self._ahead[key]  # the page reads it itself when it asks
            ahead.fail(exc)

        self.run_read(work, ahead.arrive, failed)

    def take_ahead(
        self,
        key: Hashable,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> bool:
        """Hand the answer read ahead for ``key`` to ``on_done``, now or once it arrives.

        False if there is none (never read, taken, or outdated since data changed).
        """
        ahead = self._ahead.pop(key, None)
        if ahead is None:
            return False
        ahead.hand_to(on_done, on_error)
        return True

    def run_task(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run anything else (reports, network) on the general pool."""
        self._start(self.workers.general, work, on_done, on_error)

    def _start(
        self,
        pool: Any,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        self._set_pending(+1)

        def done(result: Any) -> None:
            self._set_pending(-1)
            if on_done is not None:
                on_done(result)

        def failed(exc: Exception) -> None:
            self._set_pending(-1)
            (on_error or self.report_error)(exc)

        self.workers.start(pool, job, done, failed)

    def _set_pending(self, delta: int) -> None:
        was_busy = self._pending > 0
        self._pending += delta
        if was_busy != (self._pending > 0):
            self.busy_changed.emit(self._pending > 0)

    def error_message(self, exc: Exception) -> str:
        """The sentence to show for a failure: a user's mistake as is, anything else wrapped."""
        if isinstance(exc, WopdeskError):
            return str(exc)
        return self.tr("Something went wrong: {0}").format(exc)

    def report_error(self, exc: Exception) -> None:
        self.error.emit(self.error_message(exc))

    def shutdown(self) -> None:
        self.workers.wait()


class _ReadAhead:
    """One read made ahead: its answer or failure, or who waits for it."""

    def __init__(self) -> None:
        self.outcome: tuple[bool, Any] | None = None  # (succeeded, answer or exception)
        self.waiter: tuple[Callable[[Any], None], Callable[[Exception], None]] | None = None

    def hand_to(
        self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        if self.outcome is None:
            self.waiter = (on_done, on_error)
        else:
            self._deliver(on_done, on_error)

    def arrive(self, answer: Any) -> None:
        self.outcome = (True, answer)
        if self.waiter is not None:
            self._deliver(*self.waiter)

    def fail(self, exc: Exception) -> None:
        self.outcome = (False, exc)
        if self.waiter is not None:
            self._deliver(*self.waiter)

    def _deliver(
        self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        assert self.outcome is not None
        succeeded, value = self.outcome
        if succeeded:
            on_done(value)
        else:
            on_error(value)
