"""The one Alembic environment of both databases (the laptop's and the server's).

Each ``migrations/env.py`` names its metadata and version table and calls
``run_migrations``; a connection handed in by the caller (``config.attributes``) is
used as is, so migrations run inside the caller's transaction and checks.
"""

from typing import Any

from alembic import context
from sqlalchemy import MetaData, create_engine


def run_migrations(metadata: MetaData, version_table: str = "alembic_version") -> None:
    """Run the pending migrations on the caller's connection, or on the configured URL."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        url = context.config.get_main_option("sqlalchemy.url") or "sqlite://"
        with create_engine(url).connect() as opened:
            _run(opened, metadata, version_table)
        return
    _run(connection, metadata, version_table)


def _run(connection: Any, metadata: MetaData, version_table: str) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=version_table,
        # SQLite changes a column only by rebuilding its table; PostgreSQL ignores it.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if hasattr(connection, "commit"):
        connection.commit()
