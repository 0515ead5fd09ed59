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

After the horizon, numbers are kept and only superseded entries go (``_thin``): a laptop
whose cursor lies before one receives the later entry of its field anyway.

A cursor below the horizon given before the compaction would point into renumbered
entries; such a laptop pulls again from zero (``records.pull``). Pages name the horizon
in their scope, so a laptop pulling the compacted part is told apart from it.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Column,
    CursorResult,
    MetaData,
    String,
    Table,
    delete,
    exists,
    func,
    select,
    update,
)
from sqlalchemy.orm import Session

from wopdesk.server.db import LoggedChange, PushedBatch, ServerDatabase, ServerState
from wopdesk.server.errors import ServerError
from wopdesk.storage.changes import required_fields
from wopdesk.storage.models import ENTITIES
from wopdesk.storage.types import utcnow

LOG = cast(Table, LoggedChange.__table__)
STATE = cast(Table, ServerState.__table__)
PUSHED = cast(Table, PushedBatch.__table__)
MAX_DAYS = 36_500
# Sequence numbers per DELETE ... IN (...): under both databases' parameter limits.
DELETE_CHUNK = 500

_MAP = Table(
    "wopdesk_compaction_map",
    MetaData(),
    Column("old_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("new_seq", BigInteger, nullable=False),
    Column("batch_id", String(36), nullable=False),
    prefixes=["TEMPORARY"],
)


@dataclass(frozen=True)
class Compacted:
    """What one compaction did."""

    horizon: int  # the log up to here holds one entry per field
    entries: int  # log entries up to the horizon before
    kept: int  # and after
    thinned: int  # superseded entries removed after the horizon
    batches_forgotten: int  # stored push answers older than the retention

    @property
    def removed(self) -> int:
        return self.entries - self.kept + self.thinned

    def sentence(self) -> str:
        if not self.removed:
            return f"Nothing to compact up to change {self.horizon:,}."
        return (
            f"Compacted the change log up to change {self.horizon:,}: kept {self.kept:,} of "
            f"{self.entries:,} entries there (the latest value of each field) and removed "
            f"{self.thinned:,} superseded entries after it; forgot "
            f"{self.batches_forgotten:,} push answers older than the retention."
        )


def check_days(days: float) -> dt.timedelta:
    """The retention as a duration, or one sentence saying why it is not one."""
    if not 0 <= days <= MAX_DAYS:
        raise ServerError(f"The retention must be between 0 and {MAX_DAYS} days, not {days:g}.")
    return dt.timedelta(days=days)


def compact(db: ServerDatabase, older_than: dt.timedelta) -> Compacted:
    """Compact the log up to the last change received more than ``older_than`` ago.

    One write transaction: pushes wait for it, and pulls see the log before or after.
    """
    cutoff = utcnow() - older_than
    with db.write() as session:
        last, previous = session.execute(
            select(STATE.c.last_seq, STATE.c.compacted_seq).where(STATE.c.id == 1).with_for_update()
        ).one()
        horizon = last if not older_than else max(previous, _received_before(session, cutoff))
        gone = session.execute(delete(PUSHED).where(PUSHED.c.received_at < cutoff))
        forgotten = int(cast(CursorResult[Any], gone).rowcount)
        entries = kept = 0
        if horizon > previous:
            entries, kept = _renumber(session, horizon)
            session.execute(update(STATE).where(STATE.c.id == 1).values(compacted_seq=horizon))
        thinned = _thin(session, max(horizon, previous))
    return Compacted(max(horizon, previous), entries, kept, thinned, forgotten)


def _received_before(session: Session, cutoff: dt.datetime) -> int:
    """The last change of the batches received before ``cutoff`` (their stored answers
    say where their entries end), 0 when there is none."""
    last = 0
    for (result,) in session.execute(select(PUSHED.c.result).where(PUSHED.c.received_at < cutoff)):
        logged = result.get("logged") if isinstance(result, dict) else None
        if isinstance(logged, dict) and isinstance(logged.get("last"), int):
            last = max(last, logged["last"])
    return last


def _renumber(session: Session, horizon: int) -> tuple[int, int]:
    """Keep each field's last entry up to ``horizon``, renumbered record by record."""
    rows = session.execute(
        select(LOG.c.seq, LOG.c.entity, LOG.c.row_id, LOG.c.field, LOG.c.batch_id)
        .where(LOG.c.seq <= horizon)
        .order_by(LOG.c.seq)
    )
    latest: dict[tuple[str, str, str], int] = {}
    created: dict[tuple[str, str], tuple[int, str]] = {}
    entries = 0
    for seq, entity, row_id, name, batch_id in rows:
        entries += 1
        latest[(entity, row_id, name)] = seq
        created.setdefault((entity, row_id), (seq, batch_id))
    for key in _superseded_above(session, horizon):
        latest.pop(key, None)
    order = sorted((created[(e, r)], seq) for (e, r, _f), seq in latest.items())
    mapping: list[dict[str, Any]] = [
        {"old_seq": seq, "new_seq": number, "batch_id": batch_id}
        for number, ((_first, batch_id), seq) in enumerate(order, start=1)
    ]
    connection = session.connection()
    _MAP.create(connection)
    try:
        connection.execute(_MAP.insert(), mapping)
        kept = exists().where(_MAP.c.old_seq == LOG.c.seq)
        connection.execute(delete(LOG).where(LOG.c.seq <= horizon, ~kept))
        # Two steps through negative numbers: no new number meets an old one on the way.
        connection.execute(
            update(LOG)
            .where(LOG.c.seq == _MAP.c.old_seq)
            .values(seq=-_MAP.c.new_seq, batch_id=_MAP.c.batch_id)
        )
        connection.execute(update(LOG).where(LOG.c.seq < 0).values(seq=-LOG.c.seq))
    finally:
        _MAP.drop(connection)
    return entries, len(mapping)


def _superseded_above(session: Session, horizon: int) -> set[tuple[str, str, str]]:
    """The fields whose last entry up to ``horizon`` is superseded by one after it and that
    a record can be created without: the snapshot does without their older value. A
    required field keeps it, so that every record of the snapshot arrives whole."""
    found = session.execute(
        select(LOG.c.entity, LOG.c.row_id, LOG.c.field).where(LOG.c.seq > horizon).distinct()
    )
    return {
        (entity, row_id, name)
        for entity, row_id, name in found
        if entity in ENTITIES and name not in required_fields(ENTITIES[entity])
    }


def _thin(session: Session, horizon: int) -> int:
    """Remove the entries after ``horizon`` that a later entry of the same field supersedes,
    numbers unchanged: a laptop whose cursor lies before such an entry receives the later
    one, and one past it had it already. A record made after the horizon keeps the first
    entry of each required field, in the batch that made it, so that it arrives whole."""
    rows = session.execute(
        select(LOG.c.seq, LOG.c.entity, LOG.c.row_id, LOG.c.field)
        .where(LOG.c.seq > horizon)
        .order_by(LOG.c.seq)
    ).all()
    latest: dict[tuple[str, str, str], int] = {}
    first: dict[tuple[str, str, str], int] = {}
    for seq, entity, row_id, name in rows:
        latest[(entity, row_id, name)] = seq
        first.setdefault((entity, row_id, name), seq)
    made_before = {
        (entity, row_id)
        for entity, row_id in session.execute(
            select(LOG.c.entity, LOG.c.row_id).where(LOG.c.seq <= horizon).distinct()
        )
    }
    keep = set(latest.values())
    for (entity, row_id, name), seq in first.items():
        model = ENTITIES.get(entity)
        required = model is None or name in required_fields(model)
        if required and (entity, row_id) not in made_before:
            keep.add(seq)
    gone = [row.seq for row in rows if row.seq not in keep]
    for start in range(0, len(gone), DELETE_CHUNK):
        session.execute(delete(LOG).where(LOG.c.seq.in_(gone[start : start + DELETE_CHUNK])))
    return len(gone)


def reclaim(db: ServerDatabase) -> None:
    """Give the space of deleted entries back: SQLite rewrites its file (VACUUM), so it
    shrinks; PostgreSQL marks it free for new rows (VACUUM ANALYZE)."""
    if db.engine.dialect.name == "sqlite":
        # The driver's own connection is in autocommit (db._sqlite_pragmas): VACUUM runs
        # outside a transaction, as it must.
        raw = db.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
        finally:
            raw.close()
        return
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("VACUUM ANALYZE change_log")
        conn.exec_driver_sql("VACUUM ANALYZE pushed_batch")


def log_size(db: ServerDatabase) -> int:
    """Entries in the change log."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(LOG)) or 0)
