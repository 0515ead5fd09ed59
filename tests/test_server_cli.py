"""``wopdesk-server`` admin commands, and the server database's migrations and refusals."""

import gc
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select

from wopdesk.server import accounts
from wopdesk.server.cli import GC_YOUNG_THRESHOLD, default_database_url, main, settle_heap
from wopdesk.server.db import (
    VERSION_TABLE,
    Account,
    Grant,
    ServerBase,
    ServerDatabase,
    alembic_config,
    create_server_engine,
)
from wopdesk.server.errors import ServerError
from wopdesk.storage.store import Store

PARTNERSHIP = "8f14e45f-ceea-4e7a-9c1b-2f0e9d3c4b5a"


@pytest.fixture(autouse=True)
def clean_environment(fast_hashing: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WOPDESK_PASSWORD", raising=False)
    monkeypatch.delenv("WOPDESK_SERVER_DB", raising=False)


@pytest.fixture
def db_url(server_db_url: str) -> str:
    return server_db_url


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def grants(url: str) -> dict[str, dict[str, str]]:
    db = ServerDatabase.open(url)
    try:
        with db.read() as session:
            names = {a.id: a.name for a in session.scalars(select(Account))}
            found: dict[str, dict[str, str]] = {name: {} for name in names.values()}
            for grant in session.scalars(select(Grant)):
                found[names[grant.account_id]][grant.partnership_id] = grant.role
            return found
    finally:
        db.close()


def test_add_user_grant_and_revoke(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WOPDESK_PASSWORD", "a long secret")
    assert run(["--db", db_url, "add-user", "maria"], capsys)[:2] == (0, "User maria added.\n")
    code, out, _ = run(["add-user", "priya", "--admin", "--db", db_url], capsys)
    assert (code, out) == (0, "User priya added as an administrator.\n")
    code, out, _ = run(["grant", "maria", PARTNERSHIP, "Mentor", "--db", db_url], capsys)
    assert code == 0
    assert "maria is now mentor" in out
    assert grants(db_url) == {"maria": {PARTNERSHIP: "mentor"}, "priya": {}}
    db = ServerDatabase.open(db_url)
    try:
        token, _ = accounts.login(db, "maria", "a long secret", "127.0.0.1")
        assert accounts.authenticate(db, token).grants == {PARTNERSHIP: "mentor"}
        with db.read() as session:
            stored = session.scalar(select(Account.password_hash).where(Account.name == "maria"))
        assert stored is not None
        assert stored.startswith("$argon2id$")
    finally:
        db.close()
    code, out, _ = run(["--db", db_url, "revoke", "maria", PARTNERSHIP], capsys)
    assert code == 0
    assert "no longer a member" in out
    assert grants(db_url) == {"maria": {}, "priya": {}}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["add-user", "maria"], "already exists"),
        (["add-user", "bad name!"], "cannot be a user name"),
        (["grant", "nobody", PARTNERSHIP, "mentor"], "no user named nobody"),
        (["grant", "maria", PARTNERSHIP, "boss"], "'boss' is not a role"),
        (["grant", "maria", "P-1", "mentor"], "not a partnership id"),
        (["revoke", "maria", PARTNERSHIP], "not a member"),
    ],
)
def test_admin_mistakes_are_one_sentence(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    words: str,
) -> None:
    monkeypatch.setenv("WOPDESK_PASSWORD", "a long secret")
    run(["--db", db_url, "add-user", "maria"], capsys)
    code, out, err = run(["--db", db_url, *args], capsys)
    assert code == 1
    assert out == ""
    assert words in err
    assert err.startswith("wopdesk-server: ")
    assert err.count("\n") == 1


def test_password_comes_from_the_environment_or_a_terminal_never_argv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(["--db", url, "add-user", "maria"], capsys)
    assert code == 1
    assert "WOPDESK_PASSWORD" in err
    monkeypatch.setenv("WOPDESK_PASSWORD", "short")
    code, _, err = run(["--db", url, "add-user", "maria"], capsys)
    assert code == 1
    assert "at least 8 characters" in err
    with pytest.raises(SystemExit):
        main(["--db", url, "add-user", "maria", "--password", "x"])


def test_the_server_command_runs_as_a_program(tmp_path: Path) -> None:
    env = {**os.environ, "WOPDESK_PASSWORD": "a long secret", "WOPDESK_SERVER_DB": ""}
    url = f"sqlite:///{tmp_path / 'server.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "wopdesk.server.cli", "add-user", "maria", "--db", url],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "User maria added.\n", "")
    assert default_database_url().endswith("server.db")


def test_migrations_go_up_down_and_up(db_url: str) -> None:
    engine = create_server_engine(db_url)
    config = alembic_config(engine)
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            command.downgrade(config, "base")
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    db = ServerDatabase.open(db_url)
    assert len(db.server_id()) == 36
    db.close()


def test_the_migrations_build_the_schema_the_models_describe(db_url: str) -> None:
    """Indexes included: the change log's only index is its sequence (migration s0002)."""
    db = ServerDatabase.open(db_url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            differences = compare_metadata(context, ServerBase.metadata)
            indexed = {i["name"] for i in inspect(conn).get_indexes("change_log")}
    finally:
        db.close()
    assert differences == []
    assert indexed == set()


def test_a_client_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "profile")
    store.close()
    path = tmp_path / "profile" / "wopdesk.db"
    before = path.read_bytes()
    with pytest.raises(ServerError, match="tables of another program"):
        ServerDatabase.open(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_newer_server_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "server.db"
    ServerDatabase.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE {VERSION_TABLE} SET version_num = 's9999'")
    with pytest.raises(ServerError, match="newer WOPdesk server"):
        ServerDatabase.open(f"sqlite:///{path}")
    for bad in ("not a url", "sqlite://"):
        with pytest.raises(ServerError):
            ServerDatabase.open(bad)


def test_a_file_that_is_not_a_database_is_one_sentence_and_stays_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "server.db"
    path.write_bytes(b"not a database, just some text " * 100)
    before = path.read_bytes()
    code, _, err = run(["--db", f"sqlite:///{path}", "compact"], capsys)
    assert code == 1
    assert f"Cannot open the server database sqlite:///{path}: file is not a database." in err
    assert err.count("\n") == 1
    assert path.read_bytes() == before


def test_unreachable_postgres_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/none"
    code, _, err = run(["--db", url, "add-user", "maria"], capsys)
    assert code == 1
    assert "Cannot open the server database" in err
    assert "secret" not in err
    assert err.count("\n") == 1


def test_the_server_settles_its_heap_and_collects_less_often() -> None:
    """The young generation is collected every ``GC_YOUNG_THRESHOLD`` allocations, not 700,
    and what was loaded at start is frozen; collection itself stays on (cycles are freed)."""
    before = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.enable()  # as in the server's process (the app's tests turn it off in this one)
    try:
        settle_heap()
        young, older, oldest = gc.get_threshold()
        assert young == GC_YOUNG_THRESHOLD > 10 * before[0]
        assert (older, oldest) == before[1:]
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
        (gc.enable if was_enabled else gc.disable)()
