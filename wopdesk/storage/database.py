"""The SQLite engine of one profile: pragmas per connection, migrations at start, refusals.

A file that is not a WOPdesk database, or one written by a newer WOPdesk, is refused
with one sentence and left exactly as it was.
"""

import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event

from wopdesk.errors import StorageError
from wopdesk.storage.types import json_text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BEGIN_OPTION = "wopdesk_sqlite_begin"
# How long a connection waits for another's lock before it gives up.
BUSY_SECONDS = 10.0


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (see on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    _use_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """WAL mode; on a new file that another process is opening too, once it lets go.

    Only a new database is still in rollback mode, and turning it to WAL needs the file
    to itself: SQLite then answers "database is locked" at once, without waiting under
    the busy timeout, while another process starting on the same new profile reads it.
    """
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError as exc:
        if not _locked(exc):
            raise
        import tenacity  # only here: the start-up path imports no more than it needs

        tenacity.Retrying(
            retry=tenacity.retry_if_exception(_locked),
            wait=tenacity.wait_exponential(multiplier=0.002, max=0.05),
            stop=tenacity.stop_after_delay(BUSY_SECONDS),
            reraise=True,
        )(cursor.execute, "PRAGMA journal_mode=WAL")


def _locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "database is locked" in str(exc)


def create_sqlite_engine(path: Path) -> Engine:
    """An engine with WAL, foreign keys, a busy timeout and full fsync on every connection."""
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"timeout": BUSY_SECONDS}, json_serializer=json_text
    )
    event.listen(engine, "connect", _set_pragmas)

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # Straight to the driver: this runs for every transaction, reads included.
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.connection.driver_connection.execute(f"BEGIN {mode}")

    return engine


def writer_engine(engine: Engine) -> Engine:
    """``engine`` whose transactions take the write lock as they begin (``BEGIN IMMEDIATE``).

    In WAL mode a deferred transaction that has read and then writes cannot wait for
    another writer: SQLite fails it at once with "database is locked", whatever the busy
    timeout, because waiting could not keep what it read true. A transaction that starts
    as a writer waits for the lock under the busy timeout instead, so a save made while
    a sync writes (in this process or another) waits milliseconds and succeeds. Reads
    keep deferred transactions and never wait for anyone.
    """
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


_REVISION = re.compile(r"^(revision|down_revision)\b[^=]*=\s*['\"]?(\w+)['\"]?", re.MULTILINE)


@cache
def migration_revisions() -> tuple[frozenset[str], str]:
    """Known revisions and the head, read from the migration files.

    Reading them as text keeps Alembic (slow to import) off the start-up path when the
    database is already up to date, which is every start but the first after an update.
    """
    known: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for name, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (known if name == "revision" else parents).add(value)
    heads = known - parents
    if len(heads) != 1:
        raise StorageError(f"The program's migrations are broken: heads {sorted(heads)}.")
    return frozenset(known), heads.pop()


def alembic_config(engine: Engine | None = None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(False))
    return config


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise StorageError(f"{path} is not a WOPdesk database (it is not an SQLite file).")


def _current_revision(path: Path) -> tuple[str | None, bool]:
    """The file's migration revision and whether it has tables, read without changing it."""
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version")
                revision = next((version for (version,) in found), None)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} cannot be read as a database ({exc}).") from None
    return revision, bool(tables)


def check_can_open(path: Path) -> str | None:
    """Refuse a file this program must not touch; return its current revision."""
    _check_is_sqlite(path)
    revision, has_tables = _current_revision(path)
    if revision is None and has_tables:
        raise StorageError(
            f"{path} is an SQLite file of another program, not a WOPdesk database; "
            "choose another data directory."
        )
    known, _head = migration_revisions()
    if revision is not None and revision not in known:
        raise StorageError(
            f"{path} was written by a newer version of WOPdesk (schema {revision}); "
            "install the newer version to open it. The file was not changed."
        )
    return revision


def upgrade(engine: Engine, revision: str | None, use_snapshot: bool = True) -> None:
    """Bring the schema from ``revision`` to the newest one.

    A new database is built from the schema snapshot when it is current (see
    ``wopdesk.storage.schema``); otherwise Alembic runs the migrations.
    """
    head = migration_revisions()[1]
    if revision == head:
        return
    if revision is None and use_snapshot:
        from wopdesk.storage.schema import create_from_snapshot, load_snapshot

        script = load_snapshot(head)
        if script is not None:
            with engine.connect() as conn:
                driver = conn.connection.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                created = create_from_snapshot(driver, script)
            if not created:  # another process made it meanwhile: see what it made
                path = Path(engine.url.database or "")
                upgrade(engine, _current_revision(path)[0], use_snapshot=False)
            return
    from alembic import command

    # As a writer from its first statement: another process starting at the same time
    # waits here, then finds the schema upgraded (Alembic reads the revision inside).
    with writer_engine(engine).connect() as conn:
        # Table rebuilds in batch mode must not cascade or fail on foreign keys; the
        # check after the upgrade proves nothing was broken. SQLite ignores this pragma
        # inside a transaction, so it goes straight to the driver before one begins
        # (through SQLAlchemy it would begin one), and back on after the last one ends,
        # before the connection returns to the pool.
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            config = alembic_config(engine)
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.rollback()
            driver.execute("PRAGMA foreign_keys=ON")
    if problems:
        raise StorageError(f"The database upgrade left broken references: {problems[:3]}.")


def open_engine(path: Path, backup_before_migration: bool = True) -> Engine:
    """Open (creating or upgrading) the database file at ``path``.

    An existing database that needs migrating is first backed up beside it
    (``auto_backup``), so an upgrade that goes wrong can always be undone.
    """
    revision = check_can_open(path)
    if backup_before_migration and revision is not None and revision != migration_revisions()[1]:
        from wopdesk.storage import auto_backup

        auto_backup.take(path.parent, auto_backup.BEFORE_MIGRATION)
    engine = create_sqlite_engine(path)
    try:
        upgrade(engine, revision)
    except BaseException:
        engine.dispose()
        raise
    return engine
