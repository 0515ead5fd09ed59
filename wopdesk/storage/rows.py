"""A record's row as the database driver gets it, for INSERTs that skip the ORM's flush.

Each value goes through its column's own bind processor (the one SQLAlchemy would call),
so the stored text is the same as through ``insert()`` or a flush; what is skipped is
SQLAlchemy's per-statement and per-row bookkeeping, most of the cost of writing one row.
"""

from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.types import TypeEngine


class RowInsert:
    """The INSERT of every column of one table, with each column's value converter."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        compiled = insert(table).compile(dialect=dialect)
        names = list(compiled.positiontup or [])
        if not compiled.positional or set(names) != set(table.columns.keys()):
            raise AssertionError(f"the INSERT into {table.name} names every column, by position")
        self.sql = compiled.string
        self.names = names
        self.process = [_processor(table.c[name].type, dialect) for name in names]

    def stored(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        """Every column's value of one row, in the statement's order, as stored."""
        return tuple(
            value if convert is None else convert(value)
            for value, convert in zip(
                (values[name] for name in self.names), self.process, strict=True
            )
        )

    def execute(self, connection: Connection, rows: Iterable[tuple[Any, ...]]) -> None:
        """Insert rows made by ``stored`` (one or many) in the connection's transaction."""
        connection.exec_driver_sql(self.sql, list(rows))


@lru_cache(maxsize=256)
def row_insert(table: Table, dialect: Dialect) -> RowInsert:
    """The cached INSERT of ``table`` for one engine's dialect."""
    return RowInsert(table, dialect)


def _processor(column_type: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy does to a column's value before the driver gets it (or None)."""
    return column_type.dialect_impl(dialect).bind_processor(dialect)
