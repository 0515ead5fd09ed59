"""The server's own database: accounts, tokens, every record's fields and the change log.

SQLite file by default, PostgreSQL for real deployments. Nothing lives in process
memory: sessions, rate limits, pushed batches and half-uploaded files are all rows, so
several server processes can share one PostgreSQL.
"""

import contextlib
import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Engine,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    create_engine,
    event,
    false,
    inspect,
    make_url,
)
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from wopdesk.server.errors import ServerError
from wopdesk.storage.types import UtcDateTime, utcnow

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "wopdesk_server_version"
SQLITE_POOL_SIZE = 10
SQLITE_POOL_OVERFLOW = 40
# Ids per IN (...) list: well under SQLite's and PostgreSQL's bound parameter limits.
IN_CHUNK = 500
# Held while migrating, so server processes starting together do not race.
_MIGRATION_LOCK = 0x574F5044


class ServerBase(DeclarativeBase):
    type_annotation_map = {dt.datetime: UtcDateTime(), str: String()}


class ServerState(ServerBase):
    """One row: this server's identity and the last change sequence number it gave out."""

    __tablename__ = "server_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_id: Mapped[str] = mapped_column(String(36))
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # The change log up to here holds only each field's latest value, renumbered record
    # by record (migration s0005; see wopdesk/server/compaction.py).
    compacted_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class Account(ServerBase):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # A disabled account cannot sign in and its tokens are gone (migration s0004).
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Grant(ServerBase):
    """An account's membership of one partnership, with its role."""

    __tablename__ = "account_grant"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    partnership_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(20))


class AuthToken(ServerBase):
    """A bearer token, stored only as its sha256, with its expiry."""

    __tablename__ = "auth_token"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)


class LoginFailure(ServerBase):
    """A failed sign-in; recent ones slow down password guessing."""

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)


class PushedBatch(ServerBase):
    """A batch already applied, with the answer given, so a replay gets the same answer."""

    __tablename__ = "pushed_batch"

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)


class ServerRecord(ServerBase):
    """The current state of one record: field -> {"v": value, "s": stamp, "by": author}."""

    __tablename__ = "record"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # Not indexed (migration s0002): records are found by their key; a download finds
    # its attachments by file, then checks their partnership.
    partnership_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    blob_sha256: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)


class LoggedChange(ServerBase):
    """An accepted change, numbered by the server's monotonic sequence; pulls read these.

    Indexed by the sequence alone: every index costs each row a push appends, and pulls
    read along the sequence (migration s0002).
    """

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    batch_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    partnership_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    stamp: Mapped[str] = mapped_column(String(40))
    author: Mapped[str | None] = mapped_column(String(80), nullable=True)


class Blob(ServerBase):
    """A whole file whose bytes were checked against its sha256."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BlobChunk(ServerBase):
    """Part of a file being uploaded; an interrupted upload resumes after the last chunk."""

    __tablename__ = "blob_chunk"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    total: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AdminAction(ServerBase):
    """What an administrator did to an account, by whom and when (s0004); never deleted."""

    __tablename__ = "admin_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(40))
    account: Mapped[str] = mapped_column(String(80), index=True)
    by: Mapped[str] = mapped_column(String(120))
    detail: Mapped[str | None] = mapped_column(String(200), nullable=True)


class BlobHolder(ServerBase):
    """An account that proved it has a file's bytes by uploading them (migration s0003)."""

    __tablename__ = "blob_holder"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)


class BlobGrant(ServerBase):
    """A partnership whose members may read a file: one of its attachments uses it, and
    that attachment was made by someone who had the bytes (s0003)."""

    __tablename__ = "blob_grant"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    partnership_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class RecordUse(ServerBase):
    """A shared record (a utility, a person) used by a partnership's records: its members
    may read it, and change it (s0003)."""

    __tablename__ = "record_use"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partnership_id: Mapped[str] = mapped_column(String(36), primary_key=True)


# ---------------------------------------------------------------------------------------


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def create_server_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite writers take the write lock at BEGIN (no upgrade races)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ServerError(f"'{url}' is not a database URL.") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if not database or database == ":memory:":
            raise ServerError("The server needs an SQLite file, not an in-memory database.")
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # A connection for each of the server's worker threads (anyio gives 40), so no
        # request waits for a connection while another only waits for its turn to write.
        engine = create_engine(
            url,
            connect_args={"timeout": 30, "check_same_thread": False},
            pool_size=SQLITE_POOL_SIZE,
            max_overflow=SQLITE_POOL_OVERFLOW,
        )
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "begin")
        def on_begin(conn: Any) -> None:
            immediate = conn.get_execution_options().get("write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise ServerError(f"Cannot use the database {parsed.render_as_string()}: {exc}.") from None


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(False))
    return config


class ServerDatabase:
    """The server's engine and its two kinds of unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(write=True), expire_on_commit=False)
        # SQLite has one writer at a time: this process's writers queue here, holding no
        # connection and woken as soon as the previous one commits, instead of polling
        # the file lock (SQLite's busy handler sleeps up to 100 ms between tries, and
        # serves the waiters in no order). Other processes still meet the file lock.
        self._write_turn: AbstractContextManager[Any] = (
            threading.RLock() if engine.dialect.name == "sqlite" else contextlib.nullcontext()
        )

    @classmethod
    def open(cls, url: str) -> "ServerDatabase":
        """Open (creating or upgrading) the database at ``url``."""
        engine = create_server_engine(url)
        try:
            migrate(engine)
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            # Unreachable, refused, or a file that is not a database (the driver's own error
            # when it comes from a raw connection, as the SQLite space check opens).
            engine.dispose()
            orig = getattr(exc, "orig", None) or exc
            reason = str(orig).strip().splitlines()[0]
            shown = engine.url.render_as_string(hide_password=True)
            raise ServerError(f"Cannot open the server database {shown}: {reason}.") from None
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads; nothing is committed."""
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session committed at the end of the block, or rolled back whole."""
        with self._write_turn, self._writer() as session, session.begin():
            yield session

    @contextmanager
    def sqlite_driver(self) -> Iterator[sqlite3.Connection]:
        """The SQLite driver's own connection (autocommit: ``_sqlite_pragmas``), in this
        process's turn to write: for statements SQLAlchemy cannot run whole (VACUUM, and
        ``PRAGMA incremental_vacuum``, which pysqlite steps only once). SQLite only."""
        with self._write_turn:
            raw = self.engine.raw_connection()
            try:
                yield raw.driver_connection  # type: ignore[misc]
            finally:
                raw.close()

    def server_id(self) -> str:
        with self.read() as session:
            state = session.get(ServerState, 1)
            assert state is not None
            return state.server_id


def _give_space_back_when_new(engine: Engine) -> None:
    """A new SQLite file gives freed pages back to the file system when asked
    (``auto_vacuum=INCREMENTAL``, used by the automatic compaction: compaction.give_back).
    The mode can only be set before any table exists, and the connection already wrote
    the file's header (WAL), so one VACUUM of the empty file applies it, at once. An
    existing file keeps its mode until ``wopdesk-server compact`` (compaction.reclaim)."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        if not driver.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]:
            driver.execute("PRAGMA auto_vacuum=INCREMENTAL")
            driver.execute("VACUUM")
    finally:
        raw.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; refuse a database this server must not touch."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    postgres = engine.dialect.name == "postgresql"
    if engine.dialect.name == "sqlite":
        _give_space_back_when_new(engine)
    with engine.connect() as conn:
        if postgres:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({_MIGRATION_LOCK})")
            conn.commit()
        try:
            current = MigrationContext.configure(
                conn, opts={"version_table": VERSION_TABLE}
            ).get_current_revision()
            tables = set(inspect(conn).get_table_names())
            conn.rollback()
            shown = engine.url.render_as_string(hide_password=True)
            if current is None and tables - {VERSION_TABLE}:
                raise ServerError(
                    f"The database {shown} holds tables of another program; "
                    "give the server an empty database of its own."
                )
            if current is not None and current not in known:
                raise ServerError(
                    f"The database {shown} was written by a newer WOPdesk server "
                    f"(schema {current}); install the newer server. Nothing was changed."
                )
            if current != script.get_current_head():
                config = alembic_config(engine)
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        finally:
            if postgres:
                conn.rollback()
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK})")
                conn.commit()
