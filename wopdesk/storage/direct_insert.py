"""The bulk SQLite writer: new records written straight to the driver, captured as a
flush would capture them.

A flush of one new object is most of the cost of a save (SQLAlchemy's unit of work);
``insert_new`` writes the same row, stamps and outbox entry through the driver, and
``insert_new_many`` does so for thousands with one ``executemany`` each.
``tests/test_fast_paths.py`` proves both store what an ORM flush stores.
"""

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Table
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_state

from wopdesk.storage.changes import (
    _OUTBOX_INSERT,
    CAPTURE,
    SKIP_CAPTURE,
    ChangeCapture,
    OutboxEntry,
    _fields,
    _new_entries,
    new_clocks_text,
)
from wopdesk.storage.models import SyncedRecord
from wopdesk.storage.rows import insert_in_bulk, many_on_driver, row_insert

R = TypeVar("R", bound=SyncedRecord)


def insert_new(session: Session, model: type[R], row: dict[str, Any]) -> R:
    """Write a new record (every column's value) and its outbox entry, as a flush would.

    A flush of one new object is most of the cost of a save (SQLAlchemy's unit of work);
    this writes the same row, stamps and outbox entry through the driver, then puts the
    record in the session as a loaded one, so later changes to it are captured as edits.
    """
    _write_new(session, model, [row], in_bulk=False)
    record = model.as_loaded(row)
    _join(session, record)
    return record


def _join(session: Session, record: SyncedRecord) -> None:
    """``session.add(record)`` for a record ``as_loaded`` just built, without the walk of
    its relationships for records to cascade to (a third of ``add``'s cost): the record
    holds its columns only, so there is nothing to cascade. The rest is what ``add``
    does for a detached record: it joins the session's identity map, with the session's
    attach events."""
    state = instance_state(record)
    state._orphaned_outside_of_session = False
    session._update_impl(state)


def insert_new_many(
    session: Session, model: type[SyncedRecord], rows: Sequence[dict[str, Any]]
) -> None:
    """Write many new records and their outbox entries as ``insert_new`` writes one, with
    one ``executemany`` for the rows and one for the outbox (an import of thousands).

    The records are not put in the session: the caller reads them back if it needs them.
    """
    if rows:
        _write_new(session, model, rows, in_bulk=True)


def _write_new(
    session: Session, model: type[SyncedRecord], rows: Sequence[dict[str, Any]], *, in_bulk: bool
) -> None:
    """Stamp ``rows`` (one stamp for them all, as one flush stamps every record it writes),
    then write them and their outbox entries, one ``executemany`` per table.

    The rows share one clocks mapping (the same stamp for every field of every row), so
    its JSON text is built once, from the model's fields and the stamp.
    ``in_bulk``: an operation watching the connection is told the new rows in one go
    (``rows.insert_in_bulk``); otherwise its triggers note them one by one.
    """
    connection = session.connection()
    capture: ChangeCapture | None = session.info.get(CAPTURE)
    entries: list[tuple[Any, ...]] = []
    given: dict[str, Any] | None = None
    if capture is not None and not session.info.get(SKIP_CAPTURE):
        stamp = capture.clock(connection).tick().encode()
        clocks = dict.fromkeys(_fields(model), stamp)
        for row in rows:
            row["clocks"] = clocks
        given = {"clocks": new_clocks_text(model, stamp)}
        entries = _new_entries(model, rows, stamp)
    statement = row_insert(model.__table__, connection.dialect)
    writes: list[tuple[Table, str, list[tuple[Any, ...]]]] = [
        (statement.table, statement.sql, statement.stored_many(rows, given))
    ]
    if entries:
        outbox = OutboxEntry.metadata.tables[OutboxEntry.__tablename__]
        writes.append((outbox, _OUTBOX_INSERT, entries))
    for table, sql, parameters in writes:
        if in_bulk:
            insert_in_bulk(connection, table, sql, parameters)
        else:
            many_on_driver(connection, sql, parameters)
