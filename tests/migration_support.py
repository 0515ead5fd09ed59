"""Databases of an older schema, for the tests that migrate them: built by the
migrations up to a revision and holding a utility ``u`` and a partnership ``p``."""

import sqlite3
from pathlib import Path

from alembic import command

from wopdesk.storage.database import alembic_config, create_sqlite_engine
from wopdesk.storage.paths import DATABASE_NAME

# created_at, updated_at, deleted, clocks of every synced row inserted by hand.
STAMP = "'2026-01-01', '2026-01-01', 0, '{}'"


def database_at(data_dir: Path, revision: str, phase: str = "design") -> Path:
    """The database file of ``data_dir`` at ``revision``, with utility ``u`` and
    partnership ``p`` ("Old WOP", national, XOF, in ``phase``). Open it with
    ``Store.open(data_dir)`` to migrate it as the app does."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DATABASE_NAME
    engine = create_sqlite_engine(path)
    try:
        command.upgrade(alembic_config(engine), revision)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO utility (id, name, country, kind, created_at, updated_at, deleted, "
            f"clocks) VALUES ('u', 'U', 'BF', 'water', {STAMP})"
        )
        conn.execute(
            "INSERT INTO partnership (id, title, mentor_utility_id, mentee_utility_id, type, "
            "currency, phase, status, created_at, updated_at, deleted, clocks) VALUES "
            f"('p', 'Old WOP', 'u', 'u', 'national', 'XOF', '{phase}', 'active', {STAMP})"
        )
    conn.close()
    return path


def downgrade(path: Path, revision: str) -> None:
    """Take the database at ``path`` back to ``revision``, foreign keys off as the app's
    upgrade runs (a rebuilt table must not cascade)."""
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            config = alembic_config(engine)
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the search index's own, sorted, by table."""
    with sqlite3.connect(path) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'search_fts%' AND name != 'alembic_version'"
            )
        ]
        rows = {t: sorted(conn.execute(f"SELECT * FROM {t}"), key=repr) for t in tables}
    conn.close()
    return rows
