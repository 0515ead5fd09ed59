"""The bulk SQLite writer: new records written straight to the driver, captured as a
flush would capture them.

A flush of one new object is most of the cost of a save (SQLAlchemy's unit of work);
``insert_new`` writes the same row, stamps and outbox entry through the driver, and
``insert_new_many`` does so for thousands with one ``executemany`` each.
``tests/test_fast_paths.py`` proves both store what an ORM flush stores.
"""

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from wopdesk.storage.changes import (
    _OUTBOX_INSERT,
    CAPTURE,
    SKIP_CAPTURE,
    ChangeCapture,
    _capture_new,
    _entry,
    _outbox_row,
)
from wopdesk.storage.models import SyncedRecord
from wopdesk.storage.rows import many_on_driver, on_driver, row_insert

R = TypeVar("R", bound=SyncedRecord)


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
