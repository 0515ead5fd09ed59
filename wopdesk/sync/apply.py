"""Pulled changes merged here: field by field, last writer winning, in bulk.

A page is merged in memory, then written with one ``executemany`` INSERT per kind of
record new here and one UPDATE per kind and set of changed fields (the bulk SQLite
writer, ``_NewRows``). ``tests/test_fast_paths.py`` proves it stores what the ORM merge
it replaced stored.
"""

import itertools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Dialect, Table, bindparam, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wopdesk.storage.clock import HybridClock, Stamp
from wopdesk.storage.codecs import codecs
from wopdesk.storage.models import ENTITIES, SyncedRecord
from wopdesk.storage.progress import Side, approvals_outdated_by
from wopdesk.storage.rows import row_insert
from wopdesk.storage.types import utcnow
from wopdesk.storage.visit_followup import finals_outdated_by
from wopdesk.sync.client import SyncError
from wopdesk.sync.merge import newer
from wopdesk.sync.protocol import (
    Change,
    PulledChange,
)

IN_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


@dataclass
class Applied:
    """What a pulled page changed here."""

    fields: int = 0
    new_conflicts: int = 0
    records: set[tuple[str, str]] = field(default_factory=set)
    # Progress approvals this page's changes did not see (storage/progress.py).
    outdated_approvals: dict[str, list[Side]] = field(default_factory=dict)
    # Final visits this page's changes were not signed with (storage/visit_followup.py).
    outdated_visits: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Pending:
    """One record of a pulled page as it will be written: new here or not, what changed."""

    new: bool
    clocks: dict[str, str]
    values: dict[str, Any] = field(default_factory=dict)


def apply_changes(session: Session, changes: list[PulledChange], clock: HybridClock) -> Applied:
    """Merge pulled changes field by field, last writer winning.

    The page is merged in memory, then written with Core statements: one ``executemany``
    INSERT per kind of record new here (every record, in a fresh data directory) and one
    UPDATE per kind and set of changed fields, instead of an ORM object per record.
    Nothing is captured for the outbox and no domain rule is checked: these are other
    replicas' writes, already checked where they were made and by the server.
    """
    # A page may set a reference before the row it points to arrives later in the page.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    result = Applied()
    here = _clocks_here(session, changes)
    pending: dict[tuple[str, str], _Pending] = {}
    for key, group in itertools.groupby(changes, lambda c: (c.entity, c.row_id)):
        model = ENTITIES.get(key[0])
        if model is None:
            raise SyncError(
                f"The server sent a kind of record this WOPdesk does not know ({key[0]})."
            )
        items = list(group)
        record = pending.get(key)
        created = record is None and key not in here
        if record is None:
            record = pending[key] = _Pending(created, dict(here.get(key) or {}))
        changed = _merge(model, record, items)
        if created:
            changed = len(items)
            result.new_conflicts += key[0] == "conflict"
        result.fields += changed
        if changed:
            result.records.add(key)
    if changes:
        clock.observe(Stamp.decode(max(c.stamp for c in changes)))
    result.outdated_approvals = approvals_outdated_by(
        session,
        {k[1]: (r.values, r.clocks) for k, r in pending.items() if k[0] == "progress_record"},
    )
    result.outdated_visits = finals_outdated_by(
        session,
        {k[1]: (r.values, r.clocks) for k, r in pending.items() if k[0] == "site_visit"},
    )
    try:
        _write(session, pending)
    except IntegrityError as exc:
        raise _misfit(exc) from None
    return result


def _misfit(exc: IntegrityError) -> SyncError:
    return SyncError(f"The server sent records that do not fit together ({exc.orig}).")


def _clocks_here(
    session: Session, changes: list[PulledChange]
) -> dict[tuple[str, str], dict[str, str]]:
    """The field clocks of the page's records already here: one query per kind, 500 ids."""
    wanted: dict[str, dict[str, None]] = {}
    for change in changes:
        wanted.setdefault(change.entity, {})[change.row_id] = None
    found: dict[tuple[str, str], dict[str, str]] = {}
    for entity, ids in wanted.items():
        model = ENTITIES.get(entity)
        if model is None:
            continue  # reported where the page is applied
        table = _table(model)
        if session.execute(select(table.c.id).limit(1)).first() is None:
            continue  # none of this kind here yet (a fresh data directory): nothing to find
        unique = list(ids)
        for start in range(0, len(unique), IN_CHUNK):
            chosen = select(table.c.id, table.c.clocks).where(
                table.c.id.in_(unique[start : start + IN_CHUNK])
            )
            for row_id, clocks in session.execute(chosen):
                found[(entity, row_id)] = clocks or {}
    return found


def _merge(model: type[SyncedRecord], record: _Pending, changes: list[PulledChange]) -> int:
    """Take each change newer than the field's clock; return how many were taken."""
    clocks, values = record.clocks, record.values
    changed = 0
    for change in changes:
        if newer(change.stamp, clocks.get(change.field)):
            values[change.field] = _decode(model, change)
            clocks[change.field] = change.stamp
            changed += 1
    return changed


def _decode(model: type[SyncedRecord], change: Change) -> Any:
    codec = codecs(model).get(change.field)
    if codec is None:
        raise SyncError(
            f"The server sent a field this WOPdesk does not know ({change.entity}.{change.field})."
        )
    try:
        return codec.from_wire(change.value)
    except (ValueError, TypeError):
        raise SyncError(
            f"The server sent a value this WOPdesk cannot read for {change.entity}."
            f"{change.field} ({change.value!r:.40})."
        ) from None


def _write(session: Session, pending: dict[tuple[str, str], _Pending]) -> None:
    """INSERT the records new here and UPDATE the changed fields of the others, in bulk."""
    now = utcnow()
    dialect = session.get_bind().dialect
    new_rows: dict[str, _NewRows] = {}
    updates: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for (entity, row_id), record in pending.items():
        if record.new:
            rows = new_rows.get(entity)
            if rows is None:
                rows = new_rows[entity] = _NewRows(ENTITIES[entity], dialect)
            rows.add(row_id, record)
        elif record.values:
            columns = tuple(sorted(record.values))
            row = {**record.values, "clocks": record.clocks, "updated_at": now, "_row": row_id}
            updates.setdefault((entity, columns), []).append(row)
    for kind in new_rows.values():
        kind.insert(session)
    for (entity, columns), changed in updates.items():
        _update_rows(session, _table(ENTITIES[entity]), (*columns, "clocks", "updated_at"), changed)


class _NewRows:
    """The rows of one kind of record new here, as SQLite stores them, for one executemany.

    Each value goes through its column's own bind processor (the one SQLAlchemy would
    call), so the stored text is the same as through ``insert()``; the defaults, the
    same in every row, are processed once, and SQLAlchemy's per-row parameter handling,
    most of a fresh data directory's pull, is skipped.
    """

    def __init__(self, model: type[SyncedRecord], dialect: Dialect) -> None:
        table = _table(model)
        # Positional (SQLite's "?"): every column, in the statement's order.
        self.statement = row_insert(table, dialect)
        self.names = self.statement.names
        quote = dialect.identifier_preparer.quote
        self.target = dialect.identifier_preparer.format_table(table)
        self.columns = [quote(table.c[name].name) for name in self.names]
        # The model's own defaults (what ``commands.create`` and an ORM object get), made
        # once per page and kind: callable ones (the time created here) are the page's;
        # id and clocks are always replaced.
        self.base = list(self.statement.stored(model.new_values({})))
        self.rows: list[tuple[Any, ...]] = []

    def add(self, row_id: str, record: _Pending) -> None:
        row = self.base.copy()
        values = {**record.values, "id": row_id, "clocks": record.clocks}
        position, process = self.statement.position, self.statement.converters
        for name, value in values.items():
            i = position[name]
            convert = process[i]
            row[i] = value if convert is None else convert(value)
        self.rows.append(tuple(row))

    def insert(self, session: Session) -> None:
        """Write the rows: through a temporary table when there are several.

        Each row of an ``executemany`` is a statement of its own, and each statement that
        runs the search triggers makes SQLite's full-text index write its pending terms
        out (FTS5 does so at every statement boundary): about 0.1 ms a row. Loaded into
        a bare temporary table first and moved with one ``INSERT ... SELECT``, the same
        rows run the same triggers, in the same order and transaction, in one statement.
        """
        connection = session.connection()
        if len(self.rows) < 2:
            connection.exec_driver_sql(self.statement.sql, self.rows)
            return
        slots = _slots(len(self.names))
        _through_temporary_table(
            connection,
            self.rows,
            f"INSERT INTO {self.target} ({', '.join(self.columns)}) "
            f"SELECT {', '.join(slots)} FROM temp.{_PULLED} ORDER BY rowid",
        )


# The temporary table pulled rows of one kind pass through (``_through_temporary_table``).
_PULLED = "wopdesk_pulled_rows"


def _slots(count: int) -> list[str]:
    """The temporary table's column names: c0, c1, ..."""
    return [f"c{i}" for i in range(count)]


def _through_temporary_table(
    connection: Connection, rows: list[tuple[Any, ...]], move: str
) -> None:
    """Load ``rows`` into the temporary table (columns ``c0``, ``c1``...), run ``move``
    (one statement that reads it), and drop it.

    No declared types: no affinity, so each value is kept exactly as bound, and the real
    table applies its own affinity when the rows move, as a direct write would. Created
    and dropped inside the page's transaction: a failure rolls it back too.
    """
    slots = _slots(len(rows[0]))
    connection.exec_driver_sql(f"CREATE TEMP TABLE {_PULLED} ({', '.join(slots)})")
    marks = ", ".join("?" for _ in slots)
    connection.exec_driver_sql(f"INSERT INTO temp.{_PULLED} VALUES ({marks})", rows)
    connection.exec_driver_sql(move)
    connection.exec_driver_sql(f"DROP TABLE temp.{_PULLED}")


def _update_rows(
    session: Session, table: Table, columns: tuple[str, ...], rows: list[dict[str, Any]]
) -> None:
    """Set ``columns`` of records already here, each row's values by its id (``_row``).

    Several rows go through a temporary table and one ``UPDATE ... FROM``, as new rows
    do (``_NewRows.insert``): each row of an ``executemany`` UPDATE is a statement of its
    own, which makes the full-text index write its pending terms out, about 70 µs a row
    of a new laptop's first sync from a compacted server. Each value goes through its
    column's own bind processor, so the stored text is what ``update()`` stores.
    """
    if len(rows) < 2:
        # Without values(), the SET clause is every column named in the rows.
        session.execute(update(table).where(table.c.id == bindparam("_row")), rows)
        return
    connection = session.connection()
    dialect = connection.dialect
    statement = row_insert(table, dialect)
    converters = [statement.converters[statement.position[name]] for name in columns]
    stored = [
        (
            row["_row"],
            *(
                row[name] if convert is None else convert(row[name])
                for name, convert in zip(columns, converters, strict=True)
            ),
        )
        for row in rows
    ]
    quote = dialect.identifier_preparer.quote
    target = dialect.identifier_preparer.format_table(table)
    slots = _slots(len(columns) + 1)  # c0: the row's id
    assignments = ", ".join(
        f"{quote(table.c[name].name)} = p.{slot}"
        for name, slot in zip(columns, slots[1:], strict=True)
    )
    _through_temporary_table(
        connection,
        stored,
        f"UPDATE {target} SET {assignments} FROM temp.{_PULLED} AS p "
        f"WHERE {target}.{quote(table.c.id.name)} = p.c0",
    )


def _table(model: type[SyncedRecord]) -> Table:
    return model.__table__  # type: ignore[return-value]
