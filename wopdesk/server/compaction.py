"""Compaction of the change log: below a horizon, only each field's latest value stays.

The server's ``record`` table holds every field's current value and stamp, and conflict
detection reads only that (a change's ``replaced`` stamp against the current one), so
the log is needed for pulls alone. Compaction keeps, for every (record, field), its last
entry up to the horizon (deletes are a field, ``deleted``, so a tombstone is kept like
any value; an optional field written again after the horizon keeps none) and renumbers
what is kept record by record, in the order the records were created, each record's
entries under its creating batch's id: pulled from zero, the compacted part is a
snapshot of the current state in which every record arrives whole and after the records
it refers to, followed by the log after the horizon, untouched.

On SQLite, the automatic compaction then gives the freed pages back to the file system
(``give_back``: ``PRAGMA incremental_vacuum`` in short steps), so the file shrinks to
about its live data without the VACUUM that ``wopdesk-server compact`` ends with, which
rewrites the whole file and holds every writer back meanwhile.

After the horizon, numbers are kept and only superseded entries go (``_thin``): a laptop
whose cursor lies before one receives the later entry of its field anyway.

A cursor below the horizon given before the compaction would point into renumbered
entries; such a laptop pulls again from zero (``records.pull``). Pages name the horizon
in their scope, so a laptop pulling the compacted part is told apart from it.
"""

import datetime as dt
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from wopdesk.server import blobs
from wopdesk.server.db import LoggedChange, PushedBatch, ServerDatabase, ServerState
from wopdesk.server.errors import ServerError
from wopdesk.storage.changes import required_fields
from wopdesk.storage.codecs import codecs
from wopdesk.storage.models import ENTITIES
from wopdesk.storage.types import utcnow

LOG = cast(Table, LoggedChange.__table__)
STATE = cast(Table, ServerState.__table__)
PUSHED = cast(Table, PushedBatch.__table__)
MAX_DAYS = 36_500
# Log entries renumbered per write transaction (whole batches: a push is at most 2,000):
# a few tens of milliseconds each, so pushes and pulls never wait long behind one.
STEP_ENTRIES = 5_000
# The automatic compaction (``AutoCompactor``): first a while after the server starts
# (not in its busy first minutes), then once a day.
AUTO_FIRST = dt.timedelta(minutes=10)
AUTO_EVERY = dt.timedelta(days=1)
LOGGER = logging.getLogger("wopdesk.server.compaction")
# What an entry of the compacted part takes from a newer one of its field.
COPIED = ("value", "stamp", "author", "partnership_id")
# Superseded entries removed per write transaction (and per DELETE ... IN (...): under
# both databases' parameter limits).
THIN_CHUNK = 2_000
# Free pages given back to the file system per write transaction (SQLite): moving a page
# from the end of the file into a hole costs about 20-40 µs, so a step of 1,000 pages
# (4 MB) holds the write lock for tens of milliseconds (the longest 159 ms giving back
# 259 MB on a loaded machine: docs/performance.md, eleventh round).
GIVE_BACK_PAGES = 1_000
INCREMENTAL = 2  # PRAGMA auto_vacuum


@dataclass(frozen=True)
class GivenBack:
    """What ``give_back`` did to an SQLite file."""

    freed: int = 0  # bytes given back to the file system
    steps: int = 0  # write transactions
    longest: float = 0.0  # seconds, the longest step
    left: int = 0  # bytes of free pages the file keeps (a file made without auto_vacuum)

    def sentence(self) -> str:
        if self.left:
            return (
                f"The database file keeps {_mb(self.left)} of free space: it was made "
                "before the server gave space back by itself; run 'wopdesk-server compact' "
                "once to give it back (and from then on the server does it by itself)."
            )
        if not self.freed:
            return "No free space to give back to the file system."
        return (
            f"Gave {_mb(self.freed)} back to the file system in {self.steps:,} "
            f"step{'s' if self.steps != 1 else ''} (the longest "
            f"{self.longest * 1000:,.0f} ms)."
        )


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.1f} MB"


class _Stopped(Exception):
    """The server stops: the compaction ends between two transactions."""


@dataclass(frozen=True)
class Compacted:
    """What one compaction did."""

    horizon: int  # the log up to here holds one entry per field
    entries: int  # log entries up to the horizon before
    kept: int  # and after
    thinned: int  # superseded entries removed after the horizon
    batches_forgotten: int  # stored push answers older than the retention
    uploads: blobs.Removed = blobs.Removed()  # unfinished, stale
    files: blobs.Removed = blobs.Removed()  # no attachment needs them any more
    given_back: GivenBack | None = None  # the automatic compaction, on SQLite

    @property
    def removed(self) -> int:
        return self.entries - self.kept + self.thinned

    def sentence(self) -> str:
        if not self.removed:
            log = f"Nothing to compact up to change {self.horizon:,}."
        else:
            log = (
                f"Compacted the change log up to change {self.horizon:,}: kept {self.kept:,} "
                f"of {self.entries:,} entries there (the latest value of each field) and "
                f"removed {self.thinned:,} superseded entries after it; forgot "
                f"{self.batches_forgotten:,} push answers older than the retention."
            )
        space = "" if self.given_back is None else f" {self.given_back.sentence()}"
        return f"{log} {self.uploads_sentence()} {self.files_sentence()}{space}"

    def uploads_sentence(self) -> str:
        if not self.uploads.count:
            return "No unfinished upload to remove."
        return _removal(self.uploads, "unfinished upload", "not resumed within the retention")

    def files_sentence(self) -> str:
        if not self.files.count:
            return "No unused file to remove."
        why = "no attachment needs any more (deleted, replaced or never attached)"
        return _removal(self.files, "file", why)


def _removal(done: blobs.Removed, what: str, why: str) -> str:
    plural = "s" if done.count != 1 else ""
    return f"Removed {done.count:,} {what}{plural} {why}, freeing {done.freed:,} bytes."


def check_days(days: float) -> dt.timedelta:
    """The retention as a duration, or one sentence saying why it is not one."""
    if not 0 <= days <= MAX_DAYS:
        raise ServerError(f"The retention must be between 0 and {MAX_DAYS} days, not {days:g}.")
    return dt.timedelta(days=days)


def compact(
    db: ServerDatabase,
    older_than: dt.timedelta,
    *,
    step: int = STEP_ENTRIES,
    between: Callable[[], None] | None = None,
) -> Compacted:
    """Compact the log up to the last change received more than ``older_than`` ago.

    In many short write transactions, never one for the whole log: pushes and pulls go on
    between them (``between`` is called there; tests push from it). The log is read once
    with no lock held; pushes meanwhile only append after it, which can only leave an
    entry that a later run removes. Then, part by part along the sequence (at most about
    ``step`` entries, whole batches), each part's kept entries are renumbered record by
    record and the horizon moves past it in the same transaction, so a pull sees each
    part before or after, never half. Entries that a later entry of the same field
    supersedes go last, in chunks: removing one is right at any moment.
    """
    cutoff = utcnow() - older_than
    with db.read() as session:
        last, previous = session.execute(
            select(STATE.c.last_seq, STATE.c.compacted_seq).where(STATE.c.id == 1)
        ).one()
        horizon = last if not older_than else max(previous, _received_before(session, cutoff))
        log = _Log.read(session, previous, last)
    entries = kept = 0
    done = previous
    made = {(e.entity, e.row_id) for e in log.below}  # records made up to ``done``
    for part in log.parts(previous, horizon, step):
        if between is not None:
            between()
        renumbered = _renumber(db, log, done, part, made, horizon)
        if renumbered is None:  # another compaction moved the horizon: it does the rest
            break
        entries, kept, done = entries + len(part), kept + renumbered, part[-1].seq
        made.update((e.entity, e.row_id) for e in part)
    thinned = 0
    for chunk in _chunks(log.superseded(done), THIN_CHUNK):
        if between is not None:
            between()
        with db.write() as session:
            session.execute(delete(LOG).where(LOG.c.seq.in_(chunk)))
        thinned += len(chunk)
    uploads = blobs.remove_stale_uploads(db, older_than, between=between)
    files = blobs.remove_unused_files(db, older_than, between=between)
    # Last: a run cut short finds its horizon again in these answers next time.
    with db.write() as session:
        gone = session.execute(delete(PUSHED).where(PUSHED.c.received_at < cutoff))
        forgotten = int(cast(CursorResult[Any], gone).rowcount)
    return Compacted(done, entries, kept, thinned, forgotten, uploads, files)


@dataclass(frozen=True)
class _Entry:
    seq: int
    entity: str
    row_id: str
    field: str
    batch_id: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.entity, self.row_id, self.field)


@dataclass
class _Log:
    """The log as it was read once: the compacted part's entries, then the rest."""

    below: list[_Entry]  # up to the horizon of the last compaction
    above: list[_Entry]  # after it
    latest: dict[tuple[str, str, str], int]  # each field's last entry
    compacted: dict[tuple[str, str, str], int]  # each field's entry up to the horizon

    @classmethod
    def read(cls, session: Session, previous: int, last: int) -> "_Log":
        rows = session.execute(
            select(LOG.c.seq, LOG.c.entity, LOG.c.row_id, LOG.c.field, LOG.c.batch_id)
            .where(LOG.c.seq > 0, LOG.c.seq <= last)
            .order_by(LOG.c.seq)
        )
        below: list[_Entry] = []
        above: list[_Entry] = []
        latest: dict[tuple[str, str, str], int] = {}
        for row in rows:
            entry = _Entry(*row)
            (below if entry.seq <= previous else above).append(entry)
            latest[entry.key] = entry.seq
        return cls(below, above, latest, {e.key: e.seq for e in below})

    def parts(self, previous: int, horizon: int, step: int) -> Iterator[list[_Entry]]:
        """The entries from ``previous`` to ``horizon`` in parts of whole batches."""
        part: list[_Entry] = []
        for entry in self.above:
            if entry.seq > horizon:
                break
            if len(part) >= step and entry.batch_id != part[-1].batch_id:
                yield part
                part = []
            part.append(entry)
        if part:
            yield part

    def superseded(self, horizon: int) -> list[int]:
        """Entries that a later entry of the same field makes useless: below ``horizon``,
        those of fields a record can be created without (a required field keeps its
        value where its record arrives whole); after it, all but the first entry of each
        required field of a record made after ``horizon``, in the batch that made it."""
        made_before = {(e.entity, e.row_id) for e in self.below if e.seq <= horizon}
        made_before.update((e.entity, e.row_id) for e in self.above if e.seq <= horizon)
        gone = [e.seq for e in self.below if self.latest[e.key] > e.seq and not _required(e)]
        first: set[tuple[str, str, str]] = set()
        for e in self.above:
            if e.seq <= horizon:
                continue
            if e.key not in first:
                first.add(e.key)
                if _required(e) and (e.entity, e.row_id) not in made_before:
                    continue
            if self.latest[e.key] > e.seq:
                gone.append(e.seq)
        return gone


def _required(entry: _Entry) -> bool:
    model = ENTITIES.get(entry.entity)
    return model is None or entry.field in required_fields(model)


def _refers(entry: _Entry) -> bool:
    """Whether the field names another record (which a later value may name before that
    record arrives), or belongs to a kind this server does not know."""
    return entry.entity not in ENTITIES or entry.field in _reference_fields(entry.entity)


@cache
def _reference_fields(entity: str) -> frozenset[str]:
    model = ENTITIES[entity]
    return frozenset(name for name, codec in codecs(model).items() if codec.references)


def _plan(
    log: _Log, part: list[_Entry], made_before: set[tuple[str, str]], horizon: int
) -> tuple[list[_Entry], list[tuple[_Entry, int]]]:
    """What a part keeps: its entries renumbered, in their new order, and the entries of
    the compacted part that take a newer value from it.

    A field the compacted part holds already keeps that entry, where its record arrives
    whole, and it takes the part's value when that is the field's latest. Any other field
    keeps its last entry in the part when that is its latest, when it is required and its
    record is made in the part, or when its latest lies in a later part of this run and
    it names no other record: the later part gives it its value, so the record arrives
    whole, not once here and again there (a reference keeps its later entry, where the
    record it names has arrived before it). Records whole, in the order they first appear
    in the part.
    """
    end = part[-1].seq
    last: dict[tuple[str, str, str], _Entry] = {e.key: e for e in part}
    first: dict[tuple[str, str], tuple[int, str]] = {}
    for e in part:
        first.setdefault((e.entity, e.row_id), (e.seq, e.batch_id))
    kept: list[_Entry] = []
    copied: list[tuple[_Entry, int]] = []
    for e in last.values():
        latest = log.latest[e.key] == e.seq
        if e.key in log.compacted:
            if latest:
                copied.append((e, log.compacted[e.key]))
        elif (
            log.latest[e.key] <= end
            or (_required(e) and (e.entity, e.row_id) not in made_before)
            or (log.latest[e.key] <= horizon and not _refers(e))
        ):
            kept.append(e)
    kept.sort(key=lambda e: (first[(e.entity, e.row_id)], e.seq))
    return kept, copied


def _renumber(
    db: ServerDatabase,
    log: _Log,
    previous: int,
    part: list[_Entry],
    made_before: set[tuple[str, str]],
    horizon: int,
) -> int | None:
    """Compact one part of the log and move the horizon past it, in one short transaction:
    its kept entries numbered from ``previous + 1`` record by record, each under the
    batch that made its record (or first wrote it in the part), the others removed.
    A cursor below the new horizon is pulled again from zero (``records.pull``), so the
    compacted part may change. None when another compaction moved the horizon."""
    first_batch: dict[tuple[str, str], str] = {}
    for e in part:
        first_batch.setdefault((e.entity, e.row_id), e.batch_id)
    kept, copied = _plan(log, part, made_before, horizon)
    end = part[-1].seq
    numbers = range(previous + 1, previous + 1 + len(kept))
    moves = [
        {"old": e.seq, "new": -n, "batch": first_batch[(e.entity, e.row_id)]}
        for n, e in zip(numbers, kept, strict=True)
    ]
    source = LOG.alias("source")

    def of_source(column: str) -> Any:
        return select(source.c[column]).where(source.c.seq == bindparam("src")).scalar_subquery()

    with db.write() as session:
        horizon = session.execute(
            select(STATE.c.compacted_seq).where(STATE.c.id == 1).with_for_update()
        ).scalar_one()
        if horizon != previous:
            return None
        connection = session.connection()
        if copied:
            connection.execute(
                update(LOG)
                .where(LOG.c.seq == bindparam("dst"))
                .values({name: of_source(name) for name in COPIED}),
                [{"src": e.seq, "dst": seq} for e, seq in copied],
            )
        if moves:
            # Two steps through negative numbers: no new number meets an old one.
            connection.execute(
                update(LOG)
                .where(LOG.c.seq == bindparam("old"))
                .values(seq=bindparam("new"), batch_id=bindparam("batch")),
                moves,
            )
        connection.execute(delete(LOG).where(LOG.c.seq > previous, LOG.c.seq <= end))
        connection.execute(update(LOG).where(LOG.c.seq < 0).values(seq=-LOG.c.seq))
        connection.execute(update(STATE).where(STATE.c.id == 1).values(compacted_seq=end))
    for e, seq in copied:
        log.latest[e.key] = seq
    for e, n in zip(kept, numbers, strict=True):
        log.compacted[e.key] = n
        if log.latest[e.key] == e.seq:
            log.latest[e.key] = n
    return len(kept)


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _received_before(session: Session, cutoff: dt.datetime) -> int:
    """The last change of the batches received before ``cutoff`` (their stored answers
    say where their entries end), 0 when there is none."""
    last = 0
    for (result,) in session.execute(select(PUSHED.c.result).where(PUSHED.c.received_at < cutoff)):
        logged = result.get("logged") if isinstance(result, dict) else None
        if isinstance(logged, dict) and isinstance(logged.get("last"), int):
            last = max(last, logged["last"])
    return last


def gives_back(db: ServerDatabase) -> bool:
    """Whether the database gives freed space back by itself: an SQLite file in
    ``auto_vacuum=INCREMENTAL`` (``give_back``), or PostgreSQL (its autovacuum)."""
    if db.engine.dialect.name != "sqlite":
        return True
    with db.sqlite_driver() as conn:
        return bool(_pragma(conn, "auto_vacuum") == INCREMENTAL)


def give_back(
    db: ServerDatabase,
    *,
    pages: int = GIVE_BACK_PAGES,
    between: Callable[[], None] | None = None,
) -> GivenBack:
    """Give an SQLite file's free pages back to the file system, ``pages`` per write
    transaction (``PRAGMA incremental_vacuum``: pages at the end of the file move into the
    holes, then the file is cut), ``between`` called before each. The file must be in
    ``auto_vacuum=INCREMENTAL`` (new files are: db.migrate; older ones after
    ``wopdesk-server compact``); another keeps its free pages, and says how much.
    In WAL mode the file is cut when the log is copied back to it: a passive checkpoint
    at the end does it without waiting for anyone. Nothing to do on PostgreSQL, whose
    autovacuum makes the space of deleted rows reusable."""
    if db.engine.dialect.name != "sqlite":
        return GivenBack()
    with db.sqlite_driver() as conn:
        page_size = _pragma(conn, "page_size")
        left = _pragma(conn, "freelist_count")
        if _pragma(conn, "auto_vacuum") != INCREMENTAL:
            return GivenBack(left=left * page_size)
    freed = steps = 0
    longest = 0.0
    while left:
        if between is not None:
            between()
        with db.sqlite_driver() as conn:
            free = _pragma(conn, "freelist_count")
            started = time.perf_counter()
            _incremental_vacuum(conn, pages)
            longest = max(longest, time.perf_counter() - started)
            left = _pragma(conn, "freelist_count")
        if left >= free:  # nothing given back (nothing free any more): done
            break
        freed, steps = freed + (free - left) * page_size, steps + 1
    with db.sqlite_driver() as conn:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    return GivenBack(freed, steps, longest)


def _incremental_vacuum(conn: sqlite3.Connection, pages: int) -> None:
    """Up to ``pages`` free pages given back, in one write transaction. As a script:
    pysqlite steps a statement without result columns once, which frees one page."""
    try:
        conn.executescript(f"BEGIN IMMEDIATE; PRAGMA incremental_vacuum({int(pages)}); COMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def reclaim(db: ServerDatabase) -> None:
    """Give the space of deleted entries back: SQLite rewrites its file (VACUUM), so it
    shrinks, and from then on it gives freed pages back by itself (an older file is
    switched to ``auto_vacuum=INCREMENTAL`` by this VACUUM); PostgreSQL marks it free for
    new rows (VACUUM ANALYZE)."""
    if db.engine.dialect.name == "sqlite":
        # The driver's own connection is in autocommit (db._sqlite_pragmas): VACUUM runs
        # outside a transaction, as it must.
        with db.sqlite_driver() as conn:
            conn.execute(f"PRAGMA auto_vacuum={INCREMENTAL}")
            conn.execute("VACUUM")
        return
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("VACUUM ANALYZE change_log")
        conn.exec_driver_sql("VACUUM ANALYZE pushed_batch")
        conn.exec_driver_sql("VACUUM ANALYZE blob_chunk")


def log_size(db: ServerDatabase) -> int:
    """Entries in the change log."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(LOG)) or 0)


class AutoCompactor:
    """Compacts the log by itself, in a thread of the server: first ``first`` after start,
    then every ``every`` (``wopdesk-server serve --compact-after DAYS``); on SQLite each
    run then gives the freed pages back to the file system, ``pages`` at a time.

    ``clock`` (seconds, monotonic) can be replaced, and ``wake()`` makes the thread look at
    it again at once: tests drive the schedule without waiting for it.
    """

    def __init__(
        self,
        db: ServerDatabase,
        older_than: dt.timedelta,
        *,
        every: dt.timedelta = AUTO_EVERY,
        first: dt.timedelta = AUTO_FIRST,
        clock: Callable[[], float] = time.monotonic,
        between: Callable[[], None] | None = None,
        step: int = STEP_ENTRIES,
        pages: int = GIVE_BACK_PAGES,
    ) -> None:
        self.db = db
        self.step = step
        self.pages = pages
        self.older_than = older_than
        self.every = every.total_seconds()
        self.clock = clock
        self.between = between
        self.due = clock() + first.total_seconds()
        self.runs: list[Compacted] = []
        self._wake = threading.Event()
        self._stopping = False
        self._ran = threading.Condition()
        self._thread = threading.Thread(target=self._loop, name="wopdesk-compaction", daemon=True)

    def start(self) -> "AutoCompactor":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        self._thread.join()

    def wake(self) -> None:
        self._wake.set()

    def wait_for_runs(self, count: int, timeout: float) -> bool:
        """Whether ``count`` runs have ended within ``timeout`` seconds."""
        with self._ran:
            return self._ran.wait_for(lambda: len(self.runs) >= count, timeout)

    def _loop(self) -> None:
        while not self._stopping:
            left = self.due - self.clock()
            if left > 0:
                self._wake.wait(left)
                self._wake.clear()
                continue
            self.due = self.clock() + self.every
            self._run_once()

    def _run_once(self) -> None:
        try:
            done = compact(self.db, self.older_than, step=self.step, between=self._between)
            given = give_back(self.db, pages=self.pages, between=self._between)
            done = replace(done, given_back=given)
        except _Stopped:
            return
        except Exception:  # a database that went away: logged, tried again next time
            LOGGER.exception("The automatic compaction of the change log failed.")
            return
        space_kept = done.given_back is not None and done.given_back.left > 0
        LOGGER.log(logging.WARNING if space_kept else logging.INFO, "%s", done.sentence())
        with self._ran:
            self.runs.append(done)
            self._ran.notify_all()

    def _between(self) -> None:
        if self._stopping:
            raise _Stopped
        if self.between is not None:
            self.between()
