"""What an operation changed, derived from the rows SQLite actually wrote.

While an operation runs (``tracked``), every write transaction it begins installs, on its
own connection, temporary triggers on every table of the schema (synced records and
local-only tables alike: conflicts, settings, the outbox). They note each inserted,
updated or deleted row in a temporary table, whatever wrote it: an ORM flush, a Core
statement, ``commands.create``'s driver-level insert, a bulk import's ``executemany``.
A bulk INSERT (``rows.insert_in_bulk``: an import) is noted without a trigger per row:
the writer hands it to ``_note_in_bulk``, which notes its new rows in one statement.
Just before the transaction commits, the noted rows are read into the operation's
record and cleared. The notes live in the transaction, so a rollback takes them back
with the write: the record holds exactly what was committed, and nobody declares it.

The triggers stay on the connection for the next operation, gated off (a one-row
table) so nothing else is noted; the first write transaction that is not an operation
(a sync) removes them, since even a gated-off trigger costs ~10 µs per row written.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Engine, Table, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, SessionTransaction

from wopdesk.storage.database import BEGIN_OPTION
from wopdesk.storage.models import Base
from wopdesk.storage.rows import BULK_WRITER
from wopdesk.storage.store import Store

T = TypeVar("T")

_WRITTEN = "wopdesk_op_written"
_GATE = "wopdesk_op_gate"
_CONNECTION_KEY = "wopdesk_op_tracker"
_INSTALLED = "wopdesk_op_triggers"


@dataclass(frozen=True, slots=True)
class OpChanges:
    """What one operation wrote: table names, and the (table, id) of rows written or
    removed (a row's id is its primary key as text; tombstones are written rows)."""

    tables: frozenset[str] = frozenset()
    written: frozenset[tuple[str, str]] = frozenset()
    removed: frozenset[tuple[str, str]] = frozenset()

    @property
    def records(self) -> frozenset[tuple[str, str]]:
        """Every (table, id) the operation wrote or removed."""
        return self.written | self.removed

    def __bool__(self) -> bool:
        return bool(self.tables)


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T]):
    """An operation's answer (the saved record's id...) and what it changed."""

    value: T
    changes: OpChanges


# What the UI's runner takes: an operation with its arguments bound, given the store.
Operation = Callable[[Store], OpResult[T]]


@dataclass
class _Tracker:
    written: set[tuple[str, str]] = field(default_factory=set)
    removed: set[tuple[str, str]] = field(default_factory=set)

    def changes(self) -> OpChanges:
        tables = frozenset(table for table, _id in self.written | self.removed)
        return OpChanges(tables, frozenset(self.written), frozenset(self.removed))


_active: ContextVar[_Tracker | None] = ContextVar("wopdesk_operation", default=None)


@contextmanager
def tracked() -> Iterator[Callable[[], OpChanges]]:
    """Note what the write transactions begun in this block commit; yields a function
    giving the changes so far (call it after the block)."""
    tracker = _Tracker()
    token = _active.set(tracker)
    try:
        yield tracker.changes
    finally:
        _active.reset(token)


def run(store: Store, work: Callable[[Session], T]) -> OpResult[T]:
    """``work`` in one transaction of ``store``; its value and what it changed."""
    with tracked() as changes:
        with store.transaction() as session:
            value = work(session)
    return OpResult(value, changes())


def observe(work: Callable[[], T]) -> OpResult[T]:
    """``work`` that opens its own transactions (the demo, an import), tracked whole."""
    with tracked() as changes:
        value = work()
    return OpResult(value, changes())


# --- the triggers ------------------------------------------------------------------------


@event.listens_for(Session, "after_begin")
def _start_noting(
    session: Session, _transaction: SessionTransaction, connection: Connection
) -> None:
    if connection.dialect.name != "sqlite":
        return
    if connection.get_execution_options().get(BEGIN_OPTION) != "IMMEDIATE":
        return  # a read (``Store.reading``): it writes nothing
    tracker = _active.get()
    driver = _driver(connection)
    if tracker is None:
        # Even gated off, a trigger costs ~10 µs a row: a sync that writes thousands
        # of rows removes the triggers the operations before it left (~4 ms, once).
        if connection.info.pop(_INSTALLED, False):
            _uninstall(driver)
        return
    _install(driver)
    driver.execute(f"UPDATE temp.{_GATE} SET noting = 1")
    connection.info[_CONNECTION_KEY] = tracker
    connection.info[BULK_WRITER] = _note_in_bulk


@event.listens_for(Engine, "commit")
def _collect(connection: Connection) -> None:
    tracker: _Tracker | None = connection.info.pop(_CONNECTION_KEY, None)
    connection.info.pop(BULK_WRITER, None)
    if tracker is None:
        return
    driver = _driver(connection)
    notes = f"SELECT tbl, row_id FROM temp.{_WRITTEN} WHERE removed = ?"
    tracker.written.update(driver.execute(notes, (0,)))
    tracker.removed.update(driver.execute(notes, (1,)))
    driver.execute(f"DELETE FROM temp.{_WRITTEN}")
    driver.execute(f"UPDATE temp.{_GATE} SET noting = 0")
    # Kept for the next operation on this connection (installing takes ~4 ms).
    connection.info[_INSTALLED] = True


@event.listens_for(Engine, "rollback")
def _forget(connection: Connection) -> None:
    # The notes and the gate roll back with the transaction.
    connection.info.pop(_CONNECTION_KEY, None)
    connection.info.pop(BULK_WRITER, None)


def _note_in_bulk(connection: Connection, table: Table, write: Callable[[], None]) -> None:
    """Run ``write``, an INSERT of many new rows into ``table``, with the table's insert
    trigger off, then note the new rows (those after the table's last rowid) in one
    statement: a trigger costs ~10 µs a row, and an import writes tens of thousands.

    The notes go into the same temporary table as the triggers', in the transaction, so
    a rollback takes them back with the rows. Rows that other triggers write into other
    tables are still noted by those tables' triggers.
    """
    driver = _driver(connection)
    name = f'main."{table.name}"'
    (last,) = driver.execute(f"SELECT coalesce(max(rowid), 0) FROM {name}").fetchone()
    insert_trigger, *_others = _triggers(table.name, _key(table))
    driver.execute(f"DROP TRIGGER IF EXISTS temp.{_trigger_name(table.name, 'insert')}")
    try:
        write()
    finally:
        driver.execute(insert_trigger)
    driver.execute(
        f"INSERT INTO temp.{_WRITTEN} SELECT ?, {_row_id(table.name, _key(table))}, 0"
        f" FROM {name} WHERE rowid > ?",
        (table.name, last),
    )


def _driver(connection: Connection) -> Any:
    """The sqlite3 connection under ``connection``: the triggers' statements go straight
    to it, as ``database.on_begin``'s BEGIN does."""
    return connection.connection.driver_connection


def _install(driver: Any) -> None:
    """Create the note table, the gate and the triggers on this connection, once."""
    found = driver.execute(
        "SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?", (_GATE,)
    ).fetchone()
    if found is not None:
        return
    existing = {row[0] for row in driver.execute("SELECT name FROM main.sqlite_master")}
    statements = [
        f"CREATE TEMP TABLE {_WRITTEN} (tbl TEXT NOT NULL, row_id TEXT NOT NULL,"
        " removed INTEGER NOT NULL)",
        f"CREATE TEMP TABLE {_GATE} (noting INTEGER NOT NULL)",
        f"INSERT INTO temp.{_GATE} VALUES (0)",
    ]
    for table in Base.metadata.sorted_tables:
        if table.name in existing:
            statements += _triggers(table.name, _key(table))
    # The creation is part of the transaction that needs it: a rollback undoes it whole.
    for statement in statements:
        driver.execute(statement)


def _uninstall(driver: Any) -> None:
    names = [
        row[0]
        for row in driver.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (f"{_WRITTEN}_%",),
        )
    ]
    for name in names:
        driver.execute(f"DROP TRIGGER temp.{name}")
    driver.execute(f"DROP TABLE temp.{_WRITTEN}")
    driver.execute(f"DROP TABLE temp.{_GATE}")


def _key(table: Table) -> list[str]:
    return [column.name for column in table.primary_key.columns]


def _row_id(alias: str, key: list[str]) -> str:
    """The SQL of a row's id as the notes hold it: its primary key as text."""
    return " || '|' || ".join(f'CAST({alias}."{name}" AS TEXT)' for name in key)


def _trigger_name(table: str, name: str) -> str:
    return f"{_WRITTEN}_{table}_{name}"


def _triggers(table: str, key: list[str]) -> list[str]:
    """The CREATE statements of ``table``'s triggers, the insert trigger first."""
    # A trigger's statements cannot name a schema; these names are the temp tables'.
    gate = f"(SELECT noting FROM {_GATE})"
    note = f"INSERT INTO {_WRITTEN} VALUES ('{table}', "
    rekeyed = f"{gate} AND ({_row_id('OLD', key)}) IS NOT ({_row_id('NEW', key)})"
    return [
        f"CREATE TEMP TRIGGER {_trigger_name(table, name)} AFTER {event_name}"
        f' ON main."{table}" WHEN {when} BEGIN {note}{_row_id(alias, key)}, {removed}); END'
        for name, event_name, when, alias, removed in (
            ("insert", "INSERT", gate, "NEW", 0),
            ("update", "UPDATE", gate, "NEW", 0),
            # A row given another id (the demo renames records) is gone under the old one.
            ("rekey", "UPDATE", rekeyed, "OLD", 1),
            ("delete", "DELETE", gate, "OLD", 1),
        )
    ]
