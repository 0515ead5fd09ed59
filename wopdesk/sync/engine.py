"""The client sync engine: push the outbox, pull the server's changes, move the files.

Each step is its own transaction, so a connection that drops anywhere loses nothing:
- a batch keeps its id in the outbox until the server's answer is applied, and is sent
  again with the same id (the server answers a replay without applying it twice);
- a page of pulled changes is applied together with the cursor that follows it, so the
  next pull starts exactly after the last page applied (CouchDB's checkpoint, Anki's usn).
"""

import itertools
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Table, delete, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from wopdesk.domain.i18n import translate
from wopdesk.errors import StorageError
from wopdesk.storage.changes import CLOCK_SETTING, SKIP_CAPTURE, OutboxEntry, SyncRefusal
from wopdesk.storage.clock import HybridClock, Stamp
from wopdesk.storage.codecs import ENTITY_RANK, codecs, wire_values
from wopdesk.storage.models import ENTITIES, Attachment
from wopdesk.storage.progress import withdraw_outdated
from wopdesk.storage.store import SKIP_VALIDATION, Store
from wopdesk.storage.types import utcnow
from wopdesk.storage.visit_followup import reopen_outdated
from wopdesk.sync import signoffs
from wopdesk.sync.apply import Applied, apply_changes
from wopdesk.sync.client import NotOnServer, ServerConnection, ServerUnreachable, SyncError
from wopdesk.sync.files import each_file
from wopdesk.sync.outbox import _Batch, collapse, outbox_changes
from wopdesk.sync.protocol import (
    MAX_BATCH_CHANGES,
    MAX_PAGE_CHANGES,
    Change,
    ChangeResult,
    PulledChange,
    PullPage,
    PushRequest,
    PushResponse,
    scope_grants,
)
from wopdesk.sync.report import SyncCancelled, SyncProgress, SyncReport
from wopdesk.sync.status import (
    CURSOR,
    LAST_SYNC,
    ONLINE,
    SCOPE,
    SERVER_ID,
    SERVER_URL,
    SERVER_USER,
    get_state,
    open_conflicts_count,
    read_states,
    set_state,
)
from wopdesk.sync.tokens import token_store
from wopdesk.sync.withdrawn import leave_withdrawn

# As many changes per push as the protocol allows: each push is a round trip and a
# server transaction, so fewer, bigger batches cost less per change.
BATCH_CHANGES = MAX_BATCH_CHANGES
# Pulled pages as big as the server serves: each page is a round trip and a commit.
PAGE_CHANGES = MAX_PAGE_CHANGES
_CHANGE_LIST = TypeAdapter(list[PulledChange])
# Pulled changes of records that could not be linked yet (see ``_apply_page``).
UNLINKED = "sync.unlinked"
# Pulled changes this version cannot read (a newer WOPdesk's fields or kinds of record),
# kept until an update brings them (see ``_apply_page``).
UNKNOWN = "sync.unknown"
# The protocol the server spoke at the last sync: a new one means it was updated.
SERVER_PROTOCOL = "sync.server_protocol"
# The grants under which the server refused the changes kept in ``sync_refusal``, as its
# answers named them (see ``_refused_in_another_scope``).
REFUSED_SCOPES = "sync.refused_scopes"


def _kept(store: Store, key: str = UNLINKED) -> list[PulledChange]:
    """Pulled changes kept aside under ``key`` (``UNLINKED`` or ``UNKNOWN``)."""
    with store.reading() as session:
        kept = get_state(session, key)
    return _CHANGE_LIST.validate_python(kept) if kept else []


def readable(change: Change) -> bool:
    """Whether this version knows the change's kind of record and field and can read
    its value (a newer WOPdesk may add a field, or a word to a list of choices)."""
    model = ENTITIES.get(change.entity)
    codec = codecs(model).get(change.field) if model is not None else None
    return codec is not None and codec.check(change.value) is None


_OUTBOX: Table = OutboxEntry.__table__  # type: ignore[assignment]


class SyncEngine:
    """Sync one data directory with one server."""

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

    # -- push --------------------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        """Send the outbox batch by batch; the next batch is read while one is sent."""
        with self.store.reading() as session:
            total = outbox_changes(session)
        self._progress("send", 0, total)
        batch = self._next_batch()
        if batch is None:
            return
        # Never send this profile's changes to a server it did not sync with.
        with self.store.reading() as session:
            server_id = get_state(session, SERVER_ID)
            if server_id is not None:
                self._check_server(session, self.connection.info().server_id, False)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wopdesk-push") as sender:
            sending = sender.submit(self._send, batch, report)
            while batch is not None:
                # Marked with its id before it is sent, as every batch is; a batch that
                # was marked but not sent is simply sent by the next sync.
                following = self._next_batch(sending=batch.batch_id)
                response = sending.result()
                server_id = server_id or response.server_id
                # The next batch goes out while this answer is applied, so the server
                # works meanwhile (answers are still applied in order), unless this
                # answer came from another server, which the acknowledgement refuses.
                early = following is not None and response.server_id == server_id
                if following is not None and early:
                    sending = sender.submit(self._send, following, report)
                with self.store.transaction(**{SKIP_CAPTURE: True}) as session:
                    # One query for the settings this transaction reads and writes.
                    read_states(session, SERVER_ID, CURSOR, SCOPE, CLOCK_SETTING)
                    self._check_server(session, response.server_id)
                    self._acknowledge(session, batch, response.results)
                    self._note_refusal_scope(session, response)
                    self._skip_own_changes(session, batch, response)
                if following is not None and not early:
                    sending = sender.submit(self._send, following, report)
                for change, result in zip(batch.changes, response.results, strict=True):
                    if result.status == "refused":
                        # One line per record and reason, not per field.
                        line = f"{change.entity} {change.row_id}: {result.reason}"
                        if line not in report.refused:
                            report.refused.append(line)
                    else:
                        report.sent += 1
                batch = following
                if batch is not None:  # repeated writes of a field go as one: not counted
                    self._progress("send", min(report.sent + len(report.refused), total), total)
        self.on_progress(SyncProgress("send", total, total, self.connection.bytes_moved))

    def _send(self, batch: _Batch, report: SyncReport) -> PushResponse:
        """Upload a batch's files, then the batch; the server's answer, checked."""
        self._send_files_of(batch.changes, report)
        response = self.connection.push(PushRequest(batch_id=batch.batch_id, changes=batch.changes))
        if len(response.results) != len(batch.changes):
            raise SyncError("The server answered a batch with the wrong number of results.")
        self.pushed.note(batch.changes, response.results)
        return response

    def _next_batch(self, sending: str | None = None) -> _Batch | None:
        """The oldest batch sent but not acknowledged yet (but the one ``sending`` now),
        or a new one from the outbox.

        Read as plain rows (no ORM objects): a batch is up to 2,000 changes.
        """
        c = _OUTBOX.c
        entries = (c.id, c.entity, c.row_id, c.stamp, c.changes, c.seen)
        unacknowledged: list[ColumnElement[bool]] = [c.batch_id.is_not(None)]
        if sending is not None:
            unacknowledged.append(c.batch_id != sending)
        with self.store.transaction() as session:
            open_batch = session.scalar(
                select(c.batch_id).where(*unacknowledged).order_by(c.id).limit(1)
            )
            if open_batch is not None:
                sent = session.execute(
                    select(*entries).where(c.batch_id == open_batch).order_by(c.id)
                )
                return _Batch(open_batch, collapse(sent))
            rows: list[Any] = []
            count = 0
            for row in session.execute(
                select(*entries)
                .where(c.batch_id.is_(None))
                .order_by(c.id)
                .limit(self.batch_changes)
            ):
                if rows and count + len(row.changes) > self.batch_changes:
                    break
                rows.append(row)
                count += len(row.changes)
            if not rows:
                return None
            batch_id = str(uuid.uuid4())
            session.execute(
                update(_OUTBOX).where(c.id.in_([row.id for row in rows])).values(batch_id=batch_id)
            )
            return _Batch(batch_id, collapse(rows))

    def _acknowledge(self, session: Session, batch: _Batch, results: list[ChangeResult]) -> None:
        session.execute(delete(OutboxEntry).where(OutboxEntry.batch_id == batch.batch_id))
        clock = self.clock(session)
        for change, result in zip(batch.changes, results, strict=True):
            if result.status == "refused":
                session.add(
                    SyncRefusal(
                        entity=change.entity,
                        row_id=change.row_id,
                        field=change.field,
                        value=change.value,
                        replaced=change.replaced,
                        reason=result.reason or "refused",
                    )
                )
            elif result.status == "accepted" and result.stamp and result.stamp != change.stamp:
                # The server clamped a stamp from the future: keep the stamp it kept.
                self._adopt_stamp(session, change, result.stamp)
        # Stamps order as their text does: observing the greatest is observing them all.
        newest = max((result.stamp for result in results if result.stamp), default=None)
        if newest is not None:
            clock.observe(Stamp.decode(newest))
        set_state(session, CLOCK_SETTING, clock.last.encode())

    def _note_refusal_scope(self, session: Session, response: PushResponse) -> None:
        """Remember the grants under which the server refused some of a batch's changes.

        A refused answer may reach this laptop after the person's access changed again,
        one its pulls never saw: an answer lost and replayed later (as it was given
        then), or a pull that failed after the push. Comparing these grants with the
        ones the next pull names tells when the refused work is worth sending again.
        """
        if response.logged is None or all(r.status != "refused" for r in response.results):
            return
        grants = scope_grants(response.logged.scope)
        noted: list[str] = get_state(session, REFUSED_SCOPES) or []
        if grants not in noted:
            set_state(session, REFUSED_SCOPES, [*noted, grants])

    def _refused_in_another_scope(self) -> bool:
        """Whether work kept as refused was refused under other grants than the person
        has now (as the last pull says): their access changed since it was refused."""
        with self.store.reading() as session:
            noted: list[str] = get_state(session, REFUSED_SCOPES) or []
            now = scope_grants(get_state(session, SCOPE))
        return now is not None and any(grants != now for grants in noted)

    def _skip_own_changes(self, session: Session, batch: _Batch, response: PushResponse) -> None:
        """Move the pull cursor past a batch's log range when pulling it would change nothing.

        Safe when the range starts right after the cursor (no one else's change can hide
        in it: pushes are numbered one batch at a time) and holds exactly this batch's
        accepted changes at the stamps sent, which this data directory already has (or
        has overwritten with later ones): no conflict record, no undelete, no clamped
        stamp of the server's. Not for a replayed answer, which describes an earlier state.
        Never decided by node id: a profile restored from a backup has an older cursor,
        so the range does not follow it and its lost changes are pulled back.
        """
        logged = response.logged
        if logged is None or response.replayed or response.conflicts:
            return
        own = 0
        for change, result in zip(batch.changes, response.results, strict=True):
            if result.status == "accepted":
                if result.stamp != change.stamp:
                    return  # clamped: the log holds the server's stamp, adopted or not
                own += 1
        if logged.last - logged.after != own:
            return  # the server wrote records of its own (a conflict, an undelete)
        cursor = int(get_state(session, CURSOR, 0))
        scope = get_state(session, SCOPE)
        # No scope yet: never pulled, the cursor is 0 and the log was empty before.
        if cursor != logged.after or scope not in (None, logged.scope):
            return
        set_state(session, CURSOR, logged.last)
        set_state(session, SCOPE, logged.scope)

    def _adopt_stamp(self, session: Session, change: Change, stamp: str) -> None:
        record = session.get(ENTITIES[change.entity], change.row_id)
        if record is not None and record.clocks.get(change.field) == change.stamp:
            record.clocks = {**record.clocks, change.field: stamp}

    def _send_files_of(self, changes: list[Change], report: SyncReport) -> None:
        """Upload the files of attachments in a batch before the batch itself."""
        hashes = [
            c.value
            for c in changes
            if c.entity == "attachment" and c.field == "sha256" and isinstance(c.value, str)
        ]
        if not hashes:
            return
        missing = self.connection.missing_blobs(list(dict.fromkeys(hashes)))
        for waiting in each_file(self._counted(self._upload, len(missing)), missing):
            if waiting is None:
                report.files_sent += 1
            else:
                report.files_waiting.append(waiting)

    def _upload(self, sha256: str) -> str | None:
        """Upload one file the server said it is missing; why it waits, or None."""
        try:
            data = self.store.blobs.get(sha256)
        except StorageError as exc:
            return str(exc)
        self.connection.upload_blob(sha256, data, missing=True)
        return None

    # -- pull --------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> bool:
        """Pull every page; return whether the person's scope changed since the last pull.

        The next page is asked for while this one is applied, so the server prepares it
        meanwhile; pages are still applied one after the other, each with its cursor.
        """
        with self.store.reading() as session:
            cursor = int(get_state(session, CURSOR, 0))
            scope = first_scope = get_state(session, SCOPE)
        start = cursor
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wopdesk-pull") as fetcher:
            page = self.connection.pull(cursor, scope, self.page_changes)
            while True:
                self.allowed = page.partnerships
                last = page.last if page.last is not None else page.cursor
                self._progress("receive", max(page.cursor - start, 0), max(last - start, 0))
                if page.cursor == cursor and page.scope == scope and not page.changes:
                    if any(readable(c) for c in _kept(self.store, UNKNOWN)):
                        self._apply_page(page, report)  # this laptop was updated meanwhile
                    with self.store.reading() as session:
                        self._check_server(session, page.server_id, remember=False)
                    break
                following = None
                if page.more:
                    following = fetcher.submit(
                        self.connection.pull, page.cursor, page.scope, self.page_changes
                    )
                self._apply_page(page, report)
                cursor, scope = page.cursor, page.scope
                if following is None:
                    break
                page = following.result()
        return first_scope is not None and scope_grants(scope) != scope_grants(first_scope)

    def _apply_page(self, page: PullPage, report: SyncReport) -> None:
        """Apply a pulled page and move the cursor past it, in one transaction.

        A record that refers to one this laptop does not have (sent before the server
        refused such references, or whose parent comes later) must not stop the sync
        of everything else: the page is applied without it, and its changes are kept
        aside (``sync.unlinked``) and tried again with every later page.

        A change this version cannot read (a field, a kind of record or a choice that a
        newer WOPdesk added) is kept too (``sync.unknown``), never lost nor a reason to
        stop: once an update of this laptop brings what it needs, the next pull applies
        it, merged by its stamp like any other.
        """
        waiting = _kept(self.store)
        unreadable: list[PulledChange] = []
        changes = list(waiting)
        for change in [*_kept(self.store, UNKNOWN), *page.changes]:
            (changes if readable(change) else unreadable).append(change)
        misfits: set[tuple[str, str]] = set()
        while True:
            kept = [c for c in changes if (c.entity, c.row_id) not in misfits]
            aside = [c for c in changes if (c.entity, c.row_id) in misfits]
            try:
                applied = self._apply_changes(page, kept, aside, unreadable)
                break
            except IntegrityError:
                # A reference to a record that never came is found at commit (deferred).
                found = self._misfits(page, kept)
                if not found or found <= misfits:
                    raise SyncError(
                        "The server sent records that do not fit together, and they could "
                        "not be told apart from the others."
                    ) from None
                misfits |= found
        signoffs.add_unseen(applied, self.pushed, page.changes, self.store)
        if applied.outdated_approvals:
            with self.store.transaction() as session:
                withdraw_outdated(session, applied.outdated_approvals)
        if applied.outdated_visits:
            # Captured to sync, unchecked: the merged visit is other replicas' writes too.
            with self.store.transaction(**{SKIP_VALIDATION: True}) as session:
                report.reopened_visits += reopen_outdated(session, applied.outdated_visits)
        report.received += applied.fields
        report.kept_for_update = len(unreadable)
        report.new_conflicts += applied.new_conflicts
        report.changed_records |= applied.records
        for entity, row_id in sorted({(c.entity, c.row_id) for c in aside}):
            line = (
                f"{entity} {row_id}: it refers to a record this laptop does not have; "
                "it is kept aside and applied when that record arrives."
            )
            if line not in report.set_aside:
                report.set_aside.append(line)

    def _apply_changes(
        self,
        page: PullPage,
        changes: list[PulledChange],
        aside: list[PulledChange],
        unreadable: list[PulledChange],
    ) -> "Applied":
        info = {SKIP_CAPTURE: True, SKIP_VALIDATION: True}
        with self.store.transaction(**info) as session:
            self._check_server(session, page.server_id)
            applied = apply_changes(session, changes, self.clock(session))
            set_state(session, CURSOR, page.cursor)
            set_state(session, SCOPE, page.scope)
            set_state(session, CLOCK_SETTING, self.clock(session).last.encode())
            set_state(session, UNLINKED, _CHANGE_LIST.dump_python(aside, mode="json"))
            set_state(session, UNKNOWN, _CHANGE_LIST.dump_python(unreadable, mode="json"))
        return applied

    def _misfits(self, page: PullPage, changes: list[PulledChange]) -> set[tuple[str, str]]:
        """The records of ``changes`` whose references lead nowhere, found by applying
        them in a transaction that is rolled back."""
        found: set[tuple[str, str]] = set()
        with self.store.writes() as session:
            session.info.update({SKIP_CAPTURE: True, SKIP_VALIDATION: True})
            try:
                apply_changes(session, changes, self.clock(session))
                check = session.execute(text("PRAGMA foreign_key_check")).all()
                for table, rowid, _parent, _key in check:
                    row_id = session.execute(
                        text(f'SELECT id FROM "{table}" WHERE rowid = :rowid'), {"rowid": rowid}
                    ).scalar()
                    if row_id is not None:
                        found.add((table, row_id))
            finally:
                session.rollback()
        return found

    def _leave_withdrawn(self, report: SyncReport) -> None:
        """Tell about partnerships this person may no longer see; remove those told of."""
        with self.store.transaction(**{SKIP_CAPTURE: True}) as session:
            found = leave_withdrawn(session, self.allowed, self.store.data_dir)
        report.withdrawn += found.notices
        report.withdrawn_files += found.saved
        if found.notices:
            report.changed_records.add(("partnership", ""))  # the selector reloads

    def _server_updated(self) -> bool:
        """Whether the server speaks another protocol than at the last sync: it was
        updated, and may now take what it refused (a kind of record it did not know)."""
        with self.store.reading() as session:
            before = get_state(session, SERVER_PROTOCOL)
        return before is not None and before != self.connection.protocol

    def _requeue_refused(self) -> bool:
        """Queue again, whole and freshly stamped, every record with a refused change."""
        with self.store.transaction(**{SKIP_CAPTURE: True}) as session:
            seen = {
                (r.entity, r.row_id, r.field): r.replaced
                for r in session.scalars(select(SyncRefusal))
            }
            set_state(session, REFUSED_SCOPES, [])
            if not seen:
                return False
            stamp = self.clock(session).tick().encode()
            rows = sorted({key[:2] for key in seen}, key=lambda key: ENTITY_RANK[key[0]])
            for entity, row_id in rows:
                record = session.get(ENTITIES[entity], row_id)
                if record is None:
                    continue
                values = wire_values(record)
                # Each field replaces what it replaced when refused, or what was pulled.
                changes = {
                    name: [value, seen.get((entity, row_id, name), record.clocks.get(name))]
                    for name, value in values.items()
                }
                record.clocks = dict.fromkeys(values, stamp)
                session.add(OutboxEntry(entity=entity, row_id=row_id, stamp=stamp, changes=changes))
            session.execute(delete(SyncRefusal))
        return True

    # -- files -------------------------------------------------------------------------

    def _counted(
        self, move: Callable[[str], str | None], total: int
    ) -> Callable[[str], str | None]:
        """``move``, saying after each file how many of ``total`` have moved."""
        moved = itertools.count(1)
        lock = threading.Lock()
        if total:
            self._progress("files", 0, total)

        def counted(sha256: str) -> str | None:
            self._stop_if_cancelled()
            waiting = move(sha256)
            with lock:
                done = next(moved)
            self.on_progress(SyncProgress("files", done, total, self.connection.bytes_moved))
            return waiting

        return counted

    def fetch_files(self, report: SyncReport) -> None:
        """Download the file of every live attachment whose bytes are not here yet."""
        with self.store.reading() as session:
            hashes = set(
                session.scalars(select(Attachment.sha256).where(Attachment.deleted.is_(False)))
            )
        wanted = sorted(h for h in hashes if not self.store.blobs.has(h))
        for waiting in each_file(self._counted(self._download, len(wanted)), wanted):
            if waiting is None:
                report.files_received += 1
            else:
                report.files_waiting.append(waiting)

    def _download(self, sha256: str) -> str | None:
        """Download and store one file (resuming a part left by an earlier sync); why it
        waits, or None."""
        partial = self.store.blobs.partial(sha256)
        try:
            # A photo takes minutes on a slow link: a cancel stops it between two pieces.
            self.connection.download_blob(sha256, partial, self._stop_if_cancelled)
            partial.finish()
        except NotOnServer:
            return f"The file {sha256[:12]}… is not on the server yet."
        except StorageError:
            # Damaged on the way (the part is thrown away): one more try, from zero.
            self.connection.download_blob(sha256, partial)
            try:
                partial.finish()
            except StorageError as exc:
                return str(exc)
        return None


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
