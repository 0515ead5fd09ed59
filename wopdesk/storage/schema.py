"""The newest schema as one SQL script, for creating a new database in one step.

A new data directory (first start, a fresh sync, every test) would otherwise import
Alembic and replay every migration: about 0.4 s. As Rails loads ``structure.sql``
instead of replaying its migrations, a new, empty database is created from
``migrations/schema.sql``, a snapshot of what the migrations build, and stamped with
their head. Existing databases are still upgraded by Alembic. A test proves that the
snapshot and the migrations build the same schema; after adding a migration run

    python -m wopdesk.storage.schema

to write the snapshot again.
"""

import re
import sqlite3
import sys
import tempfile
from pathlib import Path

SNAPSHOT_PATH = Path(__file__).with_name("migrations") / "schema.sql"
_HEADER = re.compile(r"^-- revision: (\w+)$", re.MULTILINE)


def dump_schema(conn: sqlite3.Connection) -> list[str]:
    """The statements that build ``conn``'s schema, in the order it was built.

    SQLite creates the shadow tables of full-text indexes itself, so they are left out.
    """
    # PRAGMA table_list gives: schema, name, type, ncol, wr, strict.
    tables = conn.execute("PRAGMA table_list")
    shadow = {name for _schema, name, kind, *_rest in tables if kind == "shadow"}
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master "
        "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    )
    statements = [canonical(sql) for name, sql in rows if name not in shadow]
    return _indexes_in_name_order(statements)


def _indexes_in_name_order(statements: list[str]) -> list[str]:
    """Each run of ``CREATE INDEX`` statements sorted (batch mode makes them in set order)."""
    ordered: list[str] = []
    run: list[str] = []
    for statement in statements:
        if statement.startswith("CREATE INDEX"):
            run.append(statement)
            continue
        ordered += sorted(run) + [statement]
        run = []
    return ordered + sorted(run)


def canonical(sql: str) -> str:
    """``sql`` with a table's foreign keys in name order.

    Alembic rebuilds a SQLite table (batch mode) with its constraints in the order of a
    set, which differs from run to run; the order means nothing to SQLite.
    """
    lines = sql.split("\n")
    keys = [i for i, line in enumerate(lines) if line.lstrip().startswith("FOREIGN KEY")]
    if len(keys) < 2:
        return sql
    bodies = sorted(lines[i].rstrip().rstrip(",") for i in keys)
    for i, body in zip(keys, bodies, strict=True):
        lines[i] = body + lines[i][len(lines[i].rstrip().rstrip(",")) :]
    return "\n".join(lines)


def snapshot_text(statements: list[str], revision: str) -> str:
    body = "".join(f"{statement};\n" for statement in statements)
    return (
        f"-- The schema of WOPdesk's local database, written by wopdesk.storage.schema.\n"
        f"-- revision: {revision}\n"
        f"{body}"
        f"INSERT INTO alembic_version (version_num) VALUES ('{revision}');\n"
    )


def snapshot_revision(text: str) -> str | None:
    found = _HEADER.search(text)
    return found.group(1) if found else None


def load_snapshot(head: str) -> str | None:
    """The snapshot's SQL if it was written for migration ``head``, else None."""
    try:
        text = SNAPSHOT_PATH.read_text(encoding="utf-8")
    except OSError:
        return None
    return text if snapshot_revision(text) == head else None


def create_from_snapshot(conn: sqlite3.Connection, script: str) -> bool:
    """Run the snapshot in one transaction: a new database gets all of it or nothing.

    The transaction begins as a writer and first looks whether the file is still empty:
    another process opening the same new profile at the same moment (the app and
    ``wopdesk sync``) may have created the schema while this one waited for the lock.
    Then nothing is done, and False says so. ``conn`` must be in autocommit mode
    (``isolation_level=None``).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            conn.execute("ROLLBACK")
            return False
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


def _statements(script: str) -> list[str]:
    """The statements of ``script`` one by one (a trigger's body holds semicolons);
    ``executescript`` cannot run them, as it commits the transaction begun first."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if not pending and line.startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


def migrated_schema() -> tuple[list[str], str]:
    """Build a database in a temporary folder with Alembic; its statements and revision."""
    from wopdesk.storage.database import create_sqlite_engine, migration_revisions, upgrade

    head = migration_revisions()[1]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.db"
        engine = create_sqlite_engine(path)
        try:
            upgrade(engine, None, use_snapshot=False)
        finally:
            engine.dispose()
        conn = sqlite3.connect(path)
        try:
            return dump_schema(conn), head
        finally:
            conn.close()


def write_snapshot() -> Path:
    statements, head = migrated_schema()
    SNAPSHOT_PATH.write_text(snapshot_text(statements, head), encoding="utf-8")
    return SNAPSHOT_PATH


if __name__ == "__main__":
    print(f"Wrote {write_snapshot()}", file=sys.stderr)
