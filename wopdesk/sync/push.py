"""Push: send the outbox to the server batch by batch, and keep what it refuses.

A batch keeps its id in the outbox until the server's answer is applied, and is sent
again with the same id (the server answers a replay without applying it twice).
"""

import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from wopdesk.storage.changes import CLOCK_SETTING, SKIP_CAPTURE, OutboxEntry, SyncRefusal
from wopdesk.storage.clock import Stamp
from wopdesk.storage.codecs import ENTITY_RANK, wire_values
from wopdesk.storage.models import ENTITIES, Attachment
from wopdesk.sync.client import PushBody, SyncError
from wopdesk.sync.files import FileMover, each_file
from wopdesk.sync.outbox import _Batch, collapse, outbox_changes
from wopdesk.sync.protocol import (
    MAX_JSON_BODY,
    Change,
    ChangeResult,
    PushRequest,
    PushResponse,
    scope_grants,
)
from wopdesk.sync.report import SyncProgress, SyncReport
from wopdesk.sync.status import (
    CURSOR,
    SCOPE,
    SERVER_ID,
    get_state,
    read_states,
    set_state,
)

# The grants under which the server refused the changes kept in ``sync_refusal``, as its
# answers named them (see ``_refused_in_another_scope``).
REFUSED_SCOPES = "sync.refused_scopes"

_OUTBOX: Table = OutboxEntry.__table__  # type: ignore[assignment]
# A push's JSON is kept under half the server's body limit, counting for each change
# its value as stored in the outbox and this much for the rest of its wire form.
PUSH_BYTES = MAX_JSON_BODY // 2
CHANGE_OVERHEAD = 256


class Pusher(FileMover):
    """Sends the outbox (and the files its attachments name); keeps the refusals."""

    def push(self, report: SyncReport) -> None:
        """Send the outbox batch by batch; the next batch is read while one is sent."""
        with self.store.reading() as session:
            total = outbox_changes(session)
            server_id = get_state(session, SERVER_ID)
        self._progress("send", 0, total)
        self._ask_server(server_id, total)
        batch = self._next_batch()
        if batch is None:
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wopdesk-push") as sender:
            sending = sender.submit(self._send, batch, self._encode(batch), report)
            while batch is not None:
                # Marked with its id before it is sent, as every batch is; a batch that
                # was marked but not sent is simply sent by the next sync. Read and
                # written (JSON, gzip) while this one is on the wire; only one batch is
                # ever at the server, which must apply them in order.
                following = self._next_batch(sending=batch.batch_id)
                body = None if following is None else self._encode(following)
                response = sending.result()
                server_id = server_id or response.server_id
                # The next batch goes out while this answer is applied, so the server
                # works meanwhile (answers are still applied in order), unless this
                # answer came from another server, which the acknowledgement refuses.
                early = following is not None and response.server_id == server_id
                if following is not None and body is not None and early:
                    sending = sender.submit(self._send, following, body, report)
                with self.store.transaction(**{SKIP_CAPTURE: True}) as session:
                    # One query for the settings this transaction reads and writes.
                    read_states(session, SERVER_ID, CURSOR, SCOPE, CLOCK_SETTING)
                    self._check_server(session, response.server_id)
                    self._acknowledge(session, batch, response.results)
                    self._note_refusal_scope(session, response)
                    self._skip_own_changes(session, batch, response)
                if following is not None and body is not None and not early:
                    sending = sender.submit(self._send, following, body, report)
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

    def _ask_server(self, server_id: str | None, total: int) -> None:
        """Check that the server is this profile's, and learn how many changes it takes
        in one push, with one ``/v1/info`` asked only where it matters: before sending
        a profile's changes (never to a server it did not sync with), and before a first
        sync of more changes than any server takes in one push (to send fewer pushes).
        """
        if total == 0 or (server_id is None and total <= self.batch_size):
            return
        info = self.connection.info()
        if server_id is not None:
            with self.store.reading() as session:
                self._check_server(session, info.server_id, False)
        self.batch_size = max(1, min(self.batch_changes, info.max_batch_changes))

    def _encode(self, batch: _Batch) -> PushBody:
        return self.connection.encode_push(
            PushRequest(batch_id=batch.batch_id, changes=batch.changes)
        )

    def _send(self, batch: _Batch, body: PushBody, report: SyncReport) -> PushResponse:
        """Upload a batch's files, then the batch; the server's answer, checked."""
        self._send_files_of(batch.changes, report)
        response = self.connection.push(body)
        if len(response.results) != len(batch.changes):
            raise SyncError("The server answered a batch with the wrong number of results.")
        self.pushed.note(batch.changes, response.results)
        # A file the server said it had may have been removed before the batch came.
        self._send_files([h for h in response.files_wanted if self.store.blobs.has(h)], report)
        return response

    def _next_batch(self, sending: str | None = None) -> _Batch | None:
        """The oldest batch sent but not acknowledged yet (but the one ``sending`` now),
        or a new one from the outbox.

        Read as plain rows (no ORM objects): a batch is up to 5,000 changes. A new batch
        also stops before its JSON could outgrow half the server's body limit (long
        texts), but always holds at least one entry.
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
            count = size = 0
            for row in session.execute(
                select(*entries, func.length(c.changes).label("size"))
                .where(c.batch_id.is_(None))
                .order_by(c.id)
                .limit(self.batch_size)
            ):
                # The stored JSON (ASCII, escaped) is never shorter than the value's wire
                # form; each change adds its keys, ids and stamps.
                grown = size + row.size + len(row.changes) * CHANGE_OVERHEAD
                if rows and (count + len(row.changes) > self.batch_size or grown > PUSH_BYTES):
                    break
                rows.append(row)
                count += len(row.changes)
                size = grown
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
        hashes = self._files_of(changes)
        if hashes:
            self._send_files(self.connection.missing_blobs(hashes), report)

    def _send_files(self, hashes: list[str], report: SyncReport) -> None:
        if not hashes:
            return
        move = self._counted(self._upload, len(hashes))
        for waiting in each_file(move, hashes, not self.connection.token_accepted):
            if waiting is None:
                report.files_sent += 1
            else:
                report.files_waiting.append(waiting)

    def _files_of(self, changes: list[Change]) -> list[str]:
        """The files of the attachments a batch changes: a new file's hash, and for any
        other change of a live attachment the file this laptop holds for it (a file the
        server removed, its attachment deleted long ago, comes back with an edit that
        brings the attachment back: docs/sync.md, "Compaction")."""
        hashes: list[str] = []
        named: set[str] = set()
        others: set[str] = set()  # a restore too, not a delete
        for c in changes:
            if c.entity != "attachment":
                continue
            if c.field == "sha256":
                named.add(c.row_id)
                if isinstance(c.value, str):
                    hashes.append(c.value)
            elif not (c.field == "deleted" and c.value is True):
                others.add(c.row_id)
        others -= named
        if others:
            with self.store.reading() as session:
                held = session.scalars(
                    select(Attachment.sha256).where(
                        Attachment.id.in_(others), Attachment.deleted.is_(False)
                    )
                ).all()
            hashes += [sha256 for sha256 in held if self.store.blobs.has(sha256)]
        return list(dict.fromkeys(hashes))

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
