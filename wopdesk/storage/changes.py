"""Change capture for sync: the local outbox and the session events that fill it.

Every flush of a session from ``Store.transaction()`` stamps the synced fields it writes
(``clocks[field]``) and appends one outbox entry per record written, in the same
transaction as the write. Capture lives in session events, so no code path can forget
it; ``commands.create`` writes a new record without a flush and calls the same capture
itself (``direct_insert.insert_new``). Sync applies other people's changes with
``SKIP_CAPTURE`` so they are not echoed. The clock is in ``clock``, the wire values in
``codecs``.
"""

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Integer,
    String,
    Text,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.base import NO_VALUE

from wopdesk.storage.clock import (
    HybridClock,
    Stamp,
    is_stamp,
    new_node_id,
    stamp_node,
    wall_ms,
)
from wopdesk.storage.codecs import ENTITY_RANK, child_links, codecs, required_fields
from wopdesk.storage.models import Base, Setting, SyncedRecord
from wopdesk.storage.rows import reuse_last
from wopdesk.storage.types import UtcDateTime, json_text, utcnow

# The server (wopdesk/server/) and the operations layer import these from here.
__all__ = [
    "CAPTURE",
    "SKIP_CAPTURE",
    "ChangeCapture",
    "OutboxEntry",
    "Stamp",
    "SyncRefusal",
    "child_links",
    "codecs",
    "deterministic_id",
    "is_stamp",
    "required_fields",
    "stamp_node",
    "wall_ms",
]

# Session.info keys. Sync applies other people's changes with capture off.
SKIP_CAPTURE = "skip_capture"
CAPTURE = "change_capture"
_PENDING = "change_capture_pending"

NODE_SETTING = "sync.node"
CLOCK_SETTING = "sync.clock"

# ---------------------------------------------------------------------------------------
# The outbox


class OutboxEntry(Base):
    """One record write waiting to be pushed: its changed fields, their values and stamps.

    ``changes`` maps field -> [new wire value, the stamp it replaced]; all fields of one
    entry share ``stamp``. ``seen`` holds the record's field stamps when it was deleted,
    so the server can tell a delete that did not see someone's edit.
    """

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    stamp: Mapped[str] = mapped_column(String(40))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    seen: Mapped[dict[str, str] | None] = mapped_column(JSON, nullable=True)
    batch_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)


class SyncRefusal(Base):
    """A local change the server refused (outside the person's scope, say), kept to show."""

    __tablename__ = "sync_refusal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    replaced: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)


# ---------------------------------------------------------------------------------------
# Capture


class ChangeCapture:
    """The clock of one data directory; loaded from the database on first use."""

    def __init__(self, now: Callable[[], int] = wall_ms) -> None:
        self.now = now
        self._clock: HybridClock | None = None
        self._lock = threading.Lock()

    def clock(self, connection: Connection) -> HybridClock:
        """This replica's clock, reading (or creating) its node id through ``connection``."""
        if self._clock is None:
            with self._lock:
                if self._clock is None:
                    self._clock = _load_clock(connection, self.now)
        return self._clock

    def start(self, session: Session) -> None:
        """Load the clock now, so a new node id is committed before any write needs it."""
        self.clock(session.connection())

    def reset(self) -> None:
        """Forget the clock, e.g. after the database was replaced under us."""
        self._clock = None


def _load_clock(connection: Connection, now: Callable[[], int]) -> HybridClock:
    node = connection.execute(select(Setting.value).where(Setting.key == NODE_SETTING)).scalar()
    if not isinstance(node, str):
        node = new_node_id()
        connection.execute(insert(Setting).values(key=NODE_SETTING, value=node))
    high = connection.execute(select(Setting.value).where(Setting.key == CLOCK_SETTING)).scalar()
    pending = connection.execute(select(func.max(OutboxEntry.stamp))).scalar()
    seen = [Stamp.decode(s) for s in (high, pending) if is_stamp(s)]
    clock = HybridClock(node, now=now)
    for stamp in seen:
        clock.observe(stamp)
    return clock


def _capture_new(
    model: type[SyncedRecord], values: Mapping[str, Any], stamp: str
) -> tuple[dict[str, str], dict[str, Any]]:
    """A new record's clocks (every synced field at ``stamp``) and its outbox changes."""
    return dict.fromkeys(_fields(model), stamp), _new_changes(_wire_steps(model), values)


def _new_changes(
    steps: tuple[tuple[str, Callable[[Any], Any] | None], ...], values: Mapping[str, Any]
) -> dict[str, Any]:
    """A new record's outbox changes: every synced field -> [its wire value, None]."""
    return {
        name: [values[name] if to_wire is None else to_wire(values[name]), None]
        for name, to_wire in steps
    }


def _new_entries(
    model: type[SyncedRecord], rows: Sequence[Mapping[str, Any]], stamp: str
) -> list[tuple[Any, ...]]:
    """The outbox entries of new records all written at ``stamp`` (one flush, one import),
    as the driver's parameters for ``_OUTBOX_INSERT``; a value object the rows share (the
    import's time) is converted for the wire once."""
    entity, dumps, steps = model.__tablename__, json_text, _wire_steps(model)
    if len(rows) > 1:
        steps = tuple((name, convert and reuse_last(convert)) for name, convert in steps)
    return [(entity, row["id"], stamp, dumps(_new_changes(steps, row)), None) for row in rows]


# Kinds whose wire value is the value itself (``FieldCodec.to_wire`` returns it as it is).
_AS_IS = frozenset({"str", "int", "bool", "json"})


@cache
def _wire_steps(model: type[SyncedRecord]) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Each synced field and its conversion to the wire, None where the value travels as it
    is (most fields: text and ids), which skips a call per field of every row."""
    return tuple(
        (name, None if codec.kind in _AS_IS else codec.to_wire)
        for name, codec in codecs(model).items()
    )


@cache
def _fields(model: type[SyncedRecord]) -> tuple[str, ...]:
    return tuple(codecs(model))


def new_clocks_text(model: type[SyncedRecord], stamp: str) -> str:
    """The JSON text of a new record's clocks (every synced field at ``stamp``), as
    ``json_text(dict.fromkeys(_fields(model), stamp))`` writes it, without encoding
    the mapping: the stamp goes into the text of the model's fields, encoded once."""
    return json_text(stamp).join(_clocks_pieces(model))


@cache
def _clocks_pieces(model: type[SyncedRecord]) -> tuple[str, ...]:
    """The clocks' JSON text cut where each field's stamp goes."""
    marker = json_text(_STAMP_MARK)
    pieces = tuple(json_text(dict.fromkeys(_fields(model), _STAMP_MARK)).split(marker))
    if len(pieces) != len(_fields(model)) + 1:
        raise AssertionError(f"a field of {model.__tablename__} holds the stamp's marker")
    return pieces


_STAMP_MARK = "\x00stamp\x00"


def _capture_dirty(record: SyncedRecord, stamp: str) -> tuple[dict[str, Any], dict[str, str]]:
    """Changed fields as field -> [value, replaced stamp], and the clocks before them."""
    committed = inspect(record).committed_state
    before = committed.get("clocks", NO_VALUE)
    if before is NO_VALUE or before is None:
        before = record.clocks or {}
    changes: dict[str, Any] = {}
    for name, codec in codecs(type(record)).items():
        if name not in committed:
            continue
        value = getattr(record, name)
        if value == committed[name]:
            continue
        changes[name] = [codec.to_wire(value), before.get(name)]
    if changes:
        record.clocks = {**before, **dict.fromkeys(changes, stamp)}
    return changes, dict(before)


@event.listens_for(Session, "before_flush")
def _stamp_changes(session: Session, _context: Any, _instances: Any) -> None:
    """Stamp every synced field this flush writes and prepare its outbox entries."""
    session.info.pop(_PENDING, None)
    capture: ChangeCapture | None = session.info.get(CAPTURE)
    if capture is None or session.info.get(SKIP_CAPTURE):
        return
    new = [r for r in session.new if isinstance(r, SyncedRecord)]
    dirty = [r for r in session.dirty if isinstance(r, SyncedRecord)]
    if not new and not dirty:
        return
    stamp = capture.clock(session.connection()).tick().encode()
    entries = []
    # Parents before children, so the server and other replicas can insert in order.
    for record in sorted(new, key=lambda r: ENTITY_RANK[r.__tablename__]):
        record.clocks, changes = _capture_new(type(record), record.values(), stamp)
        entries.append(_entry(record.__tablename__, record.id, stamp, changes, None))
    for record in sorted(dirty, key=lambda r: ENTITY_RANK[r.__tablename__]):
        _follow_new_id(session, record)
        changes, before = _capture_dirty(record, stamp)
        if changes:
            seen = before if changes.get("deleted", [False])[0] is True else None
            entries.append(_entry(record.__tablename__, record.id, stamp, changes, seen))
    if entries:
        session.info[_PENDING] = entries


def _follow_new_id(session: Session, record: SyncedRecord) -> None:
    """A record given another id before it was ever pushed (the demo does this) is sent
    under its final id: its waiting outbox entries follow it."""
    old_id = inspect(record).committed_state.get("id", NO_VALUE)
    if old_id is NO_VALUE or old_id == record.id:
        return
    session.connection().execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.entity == record.__tablename__,
            OutboxEntry.row_id == old_id,
            OutboxEntry.batch_id.is_(None),
        )
        .values(row_id=record.id)
    )


def _entry(
    entity: str, row_id: str, stamp: str, changes: dict[str, Any], seen: dict[str, str] | None
) -> dict[str, Any]:
    return {
        "entity": entity,
        "row_id": row_id,
        "stamp": stamp,
        "changes": changes,
        "seen": seen,
        "batch_id": None,
    }


@event.listens_for(Session, "after_flush")
def _write_outbox(session: Session, _context: Any) -> None:
    """The flush succeeded: its changes join the outbox in the same transaction."""
    entries = session.info.pop(_PENDING, None)
    if entries:
        # Plain SQL with the JSON already encoded: this runs on every save, and skipping
        # SQLAlchemy's per-statement compilation and type processing halves its cost.
        rows = [_outbox_row(e) for e in entries]
        session.connection().exec_driver_sql(_OUTBOX_INSERT, rows)


def _outbox_row(entry: dict[str, Any]) -> tuple[Any, ...]:
    """An outbox entry as the driver's parameters for ``_OUTBOX_INSERT``."""
    return (
        entry["entity"],
        entry["row_id"],
        entry["stamp"],
        json_text(entry["changes"]),
        _json_or_null(entry["seen"]),
    )


_OUTBOX_INSERT = (
    "INSERT INTO sync_outbox (entity, row_id, stamp, changes, seen, batch_id) "
    "VALUES (?, ?, ?, ?, ?, NULL)"
)


def _json_or_null(value: Any) -> str | None:
    return None if value is None else json_text(value)


def deterministic_id(*parts: str) -> str:
    """A UUID derived from ``parts``: the same conflict gets the same id everywhere."""
    return str(uuid.uuid5(_CONFLICT_NAMESPACE, "/".join(parts)))


_CONFLICT_NAMESPACE = uuid.UUID("3d5c2b1e-8a7f-4c1d-9e2b-6f0a4d8c7b13")
