"""A record's row as the database driver gets it, for INSERTs that skip the ORM's flush.

Each value goes through its column's own bind processor (the one SQLAlchemy would call),
so the stored text is the same as through ``insert()`` or a flush; what is skipped is
SQLAlchemy's per-statement and per-row bookkeeping, most of the cost of writing one row.
"""

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache, partial
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine


class RowInsert:
    """The INSERT of every column of one table, with each column's value converter."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        compiled = insert(table).compile(dialect=dialect)
        names = list(compiled.positiontup or [])
        if not compiled.positional or set(names) != set(table.columns.keys()):
            raise AssertionError(f"the INSERT into {table.name} names every column, by position")
        self.sql = compiled.string
        self.table = table
        self.names = names
        self.converters = [_processor(table.c[name].type, dialect) for name in names]
        self.position = {name: i for i, name in enumerate(names)}
        self._in_order = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
        # Most columns (text) go to the driver as they are: convert only the others.
        self._conversions = [(i, c) for i, c in enumerate(self.converters) if c is not None]
        self._without: dict[frozenset[str], list[tuple[int, Callable[[Any], Any]]]] = {}

    def stored(
        self, values: Mapping[str, Any], given: Mapping[str, Any] | None = None
    ) -> tuple[Any, ...]:
        """Every column's value of one row, in the statement's order, as stored.

        ``given``: columns whose stored value the caller already has (the clocks' JSON
        text, built without encoding the mapping): used as they are, not converted.
        """
        row = list(self._in_order(values))
        for i, convert in self._conversions if given is None else self._skipping(given):
            row[i] = convert(row[i])
        if given is not None:
            for name, value in given.items():
                row[self.position[name]] = value
        return tuple(row)

    def stored_many(
        self, rows: Sequence[Mapping[str, Any]], given: Mapping[str, Any] | None = None
    ) -> list[tuple[Any, ...]]:
        """``stored`` for many rows. A value that rows share (the same object: the clocks
        and times of records written together) is converted once, not once per row."""
        if len(rows) == 1:  # a save: nothing shared to convert once
            return [self.stored(rows[0], given)]
        conversions = self._conversions if given is None else self._skipping(given)
        conversions = [(i, reuse_last(convert)) for i, convert in conversions]
        in_order, stored = self._in_order, []
        for values in rows:
            row = list(in_order(values))
            for i, convert in conversions:
                row[i] = convert(row[i])
            for name, value in (given or {}).items():
                row[self.position[name]] = value
            stored.append(tuple(row))
        return stored

    def _skipping(self, given: Mapping[str, Any]) -> list[tuple[int, Callable[[Any], Any]]]:
        """The conversions of the columns not in ``given`` (kept per set of names)."""
        names = frozenset(given)
        found = self._without.get(names)
        if found is None:
            skipped = {self.position[name] for name in names}
            found = [(i, c) for i, c in self._conversions if i not in skipped]
            self._without[names] = found
        return found


def insert_in_bulk(
    connection: Connection, table: Table, sql: str, rows: list[tuple[Any, ...]]
) -> None:
    """``many_on_driver`` for an INSERT of many new rows into ``table`` (an import).

    An operation's tracker watching the connection (``BULK_WRITER``) runs the insert
    itself and notes the new rows in one statement, instead of a trigger per row.
    """
    write = partial(many_on_driver, connection, sql, rows)
    noting: BulkNoting | None = connection.info.get(BULK_WRITER)
    if noting is None:
        write()
    else:
        noting(connection, table, write)


# ``Connection.info`` key: how new rows written in bulk on this connection are noted.
BULK_WRITER = "wopdesk_bulk_writer"
# Called with the connection, the table and the write (which it must run).
BulkNoting = Callable[[Connection, Table, Callable[[], None]], None]


def reuse_last(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert``, answering again without converting when given the very object it
    converted last (for rows that share one value object)."""
    last: list[Any] = [_NOTHING, None]

    def converted(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, convert(value)
        return last[1]

    return converted


_NOTHING = object()


def many_on_driver(connection: Connection, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """Run one statement for each of ``rows`` (``executemany``) on the driver's own
    connection, inside ``connection``'s transaction: a save's and an import's INSERTs.

    SQLAlchemy's execution context (events, result set-up) costs more than SQLite's
    insert. Driver errors are raised as SQLAlchemy's own (an IntegrityError stays an
    ``sqlalchemy.exc.IntegrityError``).
    """
    dialect = connection.dialect
    driver_error = dialect.loaded_dbapi.Error
    try:
        connection.connection.driver_connection.executemany(sql, rows)  # type: ignore[union-attr]
    except driver_error as error:
        raise DBAPIError.instance(sql, rows, error, driver_error, dialect=dialect) from error


@lru_cache(maxsize=256)
def row_insert(table: Table, dialect: Dialect) -> RowInsert:
    """The cached INSERT of ``table`` for one engine's dialect."""
    return RowInsert(table, dialect)


def _processor(column_type: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy does to a column's value before the driver gets it (or None)."""
    return column_type.dialect_impl(dialect).bind_processor(dialect)
