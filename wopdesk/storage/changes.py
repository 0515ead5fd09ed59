"""Change capture for sync: hybrid logical clock stamps, wire values and the local outbox.

Every flush of a session from ``Store.transaction()`` stamps the synced fields it writes
(``clocks[field]``) and appends one outbox entry per record written, in the same
transaction as the write. Capture lives in session events, so no code path can forget
it; ``commands.create`` writes a new record without a flush and calls the same capture
itself (``insert_new``). Sync applies other people's changes with ``SKIP_CAPTURE`` so
they are not echoed.
"""

import datetime as dt
import json
import math
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any, TypeGuard, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
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

from wopdesk.storage.models import ENTITIES, Base, Setting, SyncedRecord
from wopdesk.storage.rows import many_on_driver, on_driver, row_insert
from wopdesk.storage.types import ExactDecimal, UtcDateTime, Vocab, as_decimal, utcnow

R = TypeVar("R", bound=SyncedRecord)

# Session.info keys. Sync applies other people's changes with capture off.
SKIP_CAPTURE = "skip_capture"
CAPTURE = "change_capture"
_PENDING = "change_capture_pending"

NODE_SETTING = "sync.node"
CLOCK_SETTING = "sync.clock"

# ---------------------------------------------------------------------------------------
# Hybrid logical clock

NODE_PATTERN = r"[0-9a-z]{16}"
STAMP_PATTERN = r"^\d{13}\.[0-9a-f]{4}\.[0-9a-z]{16}$"
_STAMP = re.compile(STAMP_PATTERN)
_COUNTER_MAX = 0xFFFF


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    """A hybrid-logical-clock stamp; stamps order by (wall time, counter, node)."""

    wall: int
    counter: int
    node: str

    def encode(self) -> str:
        """Fixed width, so encoded stamps compare as strings exactly as stamps do."""
        return f"{self.wall:013d}.{self.counter:04x}.{self.node}"

    @classmethod
    def decode(cls, text: str) -> "Stamp":
        if not _STAMP.match(text):
            raise ValueError(f"'{text}' is not a clock stamp.")
        wall, counter, node = text.split(".")
        return cls(int(wall), int(counter, 16), node)

    def successor(self, node: str) -> "Stamp":
        """The smallest stamp of ``node`` that is greater than this one."""
        if self.counter < _COUNTER_MAX:
            return Stamp(self.wall, self.counter + 1, node)
        return Stamp(self.wall + 1, 0, node)


def is_stamp(text: object) -> TypeGuard[str]:
    return isinstance(text, str) and _STAMP.match(text) is not None


def stamp_node(text: str) -> str:
    return text.rsplit(".", 1)[-1]


def new_node_id() -> str:
    return secrets.token_hex(8)


class HybridClock:
    """Wall time in ms plus a counter: never goes backwards, and passes every stamp it saw."""

    def __init__(
        self, node: str, last: Stamp | None = None, now: Callable[[], int] = wall_ms
    ) -> None:
        if not re.fullmatch(NODE_PATTERN, node):
            raise ValueError(f"'{node}' is not a clock node id.")
        self.node = node
        self._now = now
        self._last = last or Stamp(0, 0, node)
        self._lock = threading.Lock()

    @property
    def last(self) -> Stamp:
        return self._last

    def tick(self) -> Stamp:
        """A new stamp, greater than every stamp this clock made or observed."""
        with self._lock:
            now = self._now()
            if now > self._last.wall:
                self._last = Stamp(now, 0, self.node)
            else:
                self._last = self._last.successor(self.node)
            return self._last

    def observe(self, stamp: Stamp) -> None:
        """Remember a stamp seen elsewhere so the next tick is later than it."""
        with self._lock:
            if (stamp.wall, stamp.counter) > (self._last.wall, self._last.counter):
                self._last = Stamp(stamp.wall, stamp.counter, self.node)


# ---------------------------------------------------------------------------------------
# Wire values: what a field's value looks like in JSON


@dataclass(frozen=True, slots=True)
class FieldCodec:
    """How one synced column travels: ISO dates, enum values, plain JSON scalars."""

    name: str
    kind: str
    nullable: bool
    max_length: int | None = None
    enum: type[StrEnum] | None = None
    references: str | None = None

    def to_wire(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "enum":
            return value.value if isinstance(value, StrEnum) else value
        if self.kind == "date":
            return value.isoformat()
        if self.kind == "datetime":
            return value.astimezone(dt.UTC).isoformat()
        if self.kind == "float" and isinstance(value, int):
            return float(value)
        if self.kind == "decimal":
            return decimal_to_wire(value)
        return value

    def from_wire(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "enum":
            assert self.enum is not None
            return self.enum(value)
        if self.kind == "date":
            return dt.date.fromisoformat(value)
        if self.kind == "datetime":
            return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
        if self.kind == "float":
            return float(value)
        if self.kind == "decimal":
            return as_decimal(value)
        return value

    def check(self, value: Any) -> str | None:
        """Why ``value`` cannot be this field's wire value, or None if it can."""
        if value is None:
            return None if self.nullable else f"{self.name} cannot be empty"
        kind = self.kind
        if kind in ("str", "enum", "date", "datetime") and not isinstance(value, str):
            return f"{self.name} must be text"
        if kind == "str":
            if self.max_length is not None and len(value) > self.max_length:
                return f"{self.name} is longer than {self.max_length} characters"
        elif kind == "enum":
            assert self.enum is not None
            if value not in self.enum._value2member_map_:
                return f"'{value}' is not a valid {self.name}"
        elif kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                return f"{self.name} must be a date written YYYY-MM-DD"
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return f"{self.name} '{value}' is not a real date"
        elif kind == "datetime":
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                return f"{self.name} must be an ISO date and time"
            if moment.tzinfo is None:
                return f"{self.name} must carry its UTC offset"
        elif kind == "bool":
            if not isinstance(value, bool):
                return f"{self.name} must be true or false"
        elif kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                return f"{self.name} must be a whole number"
        elif kind in ("float", "decimal"):
            if isinstance(value, bool) or not isinstance(value, int | float):
                return f"{self.name} must be a number"
            if not math.isfinite(value):
                return f"{self.name} must be a finite number"
        elif kind == "json":
            return _check_json(self.name, value)
        return None


def decimal_to_wire(value: Decimal) -> int | float:
    """An exact decimal as the JSON number that writes it.

    Amounts and rates have at most 15 significant digits (``rules.SIGNIFICANT_DIGITS``),
    so the shortest text of the float, which ``json`` writes and ``as_decimal`` reads
    back, is the decimal's own: ``Decimal("0.1")`` travels as ``0.1`` and returns as
    ``Decimal("0.1")``. Whole amounts travel as integers.
    """
    value = as_decimal(value)
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _check_json(name: str, value: Any) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return f"{name} must not hold an infinite or undefined number"
    if isinstance(value, list):
        return next((r for r in (_check_json(name, item) for item in value) if r), None)
    if isinstance(value, dict):
        return next((r for r in (_check_json(name, item) for item in value.values()) if r), None)
    return None


def _codec_for(column: Any) -> FieldCodec:
    column_type = column.type
    references = next((fk.column.table.name for fk in column.foreign_keys), None)
    common: dict[str, Any] = {"nullable": bool(column.nullable), "references": references}
    if isinstance(column_type, Vocab):
        return FieldCodec(column.key, "enum", enum=column_type.enum_cls, **common)
    if isinstance(column_type, UtcDateTime):
        return FieldCodec(column.key, "datetime", **common)
    if isinstance(column_type, Date):
        return FieldCodec(column.key, "date", **common)
    if isinstance(column_type, Boolean):
        return FieldCodec(column.key, "bool", **common)
    if isinstance(column_type, Integer):
        return FieldCodec(column.key, "int", **common)
    if isinstance(column_type, Float):
        return FieldCodec(column.key, "float", **common)
    if isinstance(column_type, ExactDecimal):
        return FieldCodec(column.key, "decimal", **common)
    if isinstance(column_type, JSON):
        return FieldCodec(column.key, "json", **common)
    if isinstance(column_type, String | Text):
        return FieldCodec(column.key, "str", max_length=column_type.length, **common)
    raise TypeError(f"No wire codec for column {column.key} of type {column_type!r}")


@cache
def codecs(model: type[SyncedRecord]) -> dict[str, FieldCodec]:
    """The codec of every synced field of ``model``, in column order."""
    fields = set(model.synced_fields())
    return {c.key: _codec_for(c) for c in model.__table__.columns if c.key in fields}


def wire_values(record: SyncedRecord) -> dict[str, Any]:
    """Every synced field of a record as its wire value."""
    return {
        name: codec.to_wire(getattr(record, name)) for name, codec in codecs(type(record)).items()
    }


ENTITY_RANK = {name: rank for rank, name in enumerate(ENTITIES)}


def required_fields(model: type[SyncedRecord]) -> frozenset[str]:
    """Fields a record cannot be created without (NOT NULL columns)."""
    return frozenset(name for name, codec in codecs(model).items() if not codec.nullable)


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
    wire = {name: codec.to_wire(values[name]) for name, codec in codecs(model).items()}
    return dict.fromkeys(wire, stamp), {name: [value, None] for name, value in wire.items()}


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


def insert_new(session: Session, model: type[R], row: dict[str, Any]) -> R:
    """Write a new record (every column's value) and its outbox entry, as a flush would.

    A flush of one new object is most of the cost of a save (SQLAlchemy's unit of work);
    this writes the same row, stamps and outbox entry through the driver, then puts the
    record in the session as a loaded one, so later changes to it are captured as edits.
    """
    connection = session.connection()
    capture: ChangeCapture | None = session.info.get(CAPTURE)
    entry: tuple[Any, ...] | None = None
    if capture is not None and not session.info.get(SKIP_CAPTURE):
        stamp = capture.clock(connection).tick().encode()
        row["clocks"], changes = _capture_new(model, row, stamp)
        entry = _outbox_row(_entry(model.__tablename__, row["id"], stamp, changes, None))
    statement = row_insert(model.__table__, connection.dialect)
    statement.insert_one(connection, statement.stored(row))
    if entry is not None:
        on_driver(connection, _OUTBOX_INSERT, entry)
    record = model.as_loaded(row)
    session.add(record)
    return record


def insert_new_many(
    session: Session, model: type[SyncedRecord], rows: Sequence[dict[str, Any]]
) -> None:
    """Write many new records and their outbox entries as ``insert_new`` writes one, with
    one ``executemany`` for the rows and one for the outbox (an import of thousands).

    The records are not put in the session: the caller reads them back if it needs them.
    """
    if not rows:
        return
    connection = session.connection()
    capture: ChangeCapture | None = session.info.get(CAPTURE)
    entries: list[tuple[Any, ...]] = []
    if capture is not None and not session.info.get(SKIP_CAPTURE):
        clock = capture.clock(connection)
        for row in rows:
            stamp = clock.tick().encode()
            row["clocks"], changes = _capture_new(model, row, stamp)
            entries.append(
                _outbox_row(_entry(model.__tablename__, row["id"], stamp, changes, None))
            )
    statement = row_insert(model.__table__, connection.dialect)
    many_on_driver(connection, statement.sql, [statement.stored(row) for row in rows])
    if entries:
        many_on_driver(connection, _OUTBOX_INSERT, entries)


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
        json.dumps(entry["changes"]),
        _json_or_null(entry["seen"]),
    )


_OUTBOX_INSERT = (
    "INSERT INTO sync_outbox (entity, row_id, stamp, changes, seen, batch_id) "
    "VALUES (?, ?, ?, ?, ?, NULL)"
)


def _json_or_null(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def deterministic_id(*parts: str) -> str:
    """A UUID derived from ``parts``: the same conflict gets the same id everywhere."""
    return str(uuid.uuid5(_CONFLICT_NAMESPACE, "/".join(parts)))


_CONFLICT_NAMESPACE = uuid.UUID("3d5c2b1e-8a7f-4c1d-9e2b-6f0a4d8c7b13")


@cache
def child_links() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each kind of record, the (kind, field) of records that cannot exist without it.

    A child names its parent in a field that cannot be empty (a visit's participants, an
    activity's trainees, a track's indicators). A partnership is left out: everything of
    the partnership names it, and it is never deleted with its records.
    """
    links: dict[str, list[tuple[str, str]]] = {}
    for name, model in ENTITIES.items():
        for field_name, codec in codecs(model).items():
            target = codec.references
            if target is None or codec.nullable or target == "partnership":
                continue
            if target in ("utility", "person", "indicator"):
                continue  # shared records: never deleted with the records that name them
            links.setdefault(target, []).append((name, field_name))
    return {target: tuple(pairs) for target, pairs in links.items()}
