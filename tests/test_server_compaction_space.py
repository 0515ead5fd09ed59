"""The automatic compaction gives the space of superseded edits back to the file system
(SQLite: ``auto_vacuum=INCREMENTAL``, ``PRAGMA incremental_vacuum`` in short steps), while
laptops push, losing nothing; an older file without auto_vacuum keeps working and gets its
space back after ``wopdesk-server compact``. Real server processes' databases on
127.0.0.1 (SQLite, and PostgreSQL when WOPDESK_TEST_PG_URL is set)."""

import datetime as dt
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from tests.test_sync_compaction import compact, laptops, server_state  # noqa: F401
from tests.test_sync_engine import (  # noqa: F401  (quiet_environment: autouse fixture)
    VISIT,
    Replica,
    Server,
    quiet_environment,
    snapshot,
)
from wopdesk.server import compaction
from wopdesk.server.db import LoggedChange, ServerDatabase, ServerState
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.sync.engine import SyncEngine

DRAFTS = 6_000  # superseded edits of one field, about 6 MB of log
BUSY_TIMEOUT_S = 30  # db._sqlite_pragmas


def sqlite_file(server: Server) -> Path | None:
    if server.db.engine.dialect.name != "sqlite":
        return None
    return Path(str(server.db.engine.url.database))


def pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def file_size(path: Path) -> int:
    """The database's size as SQLite counts it (the WAL's last commit included)."""
    return pragma(path, "page_count") * pragma(path, "page_size")


def live_size(path: Path, tmp_path: Path) -> int:
    """The size of the same data rewritten whole (VACUUM INTO): the live data."""
    copy = tmp_path / f"live-{time.monotonic_ns()}.db"
    conn = sqlite3.connect(path)
    try:
        conn.execute("VACUUM INTO ?", (str(copy),))
    finally:
        conn.close()
    return copy.stat().st_size


def write_drafts(a: Replica, server: Server, count: int = DRAFTS) -> None:
    """A year of rewriting the visit's notes: ``count`` drafts logged as earlier pushes
    left them (written straight into the server's log, like bench/figures/history.py,
    for speed), then the final notes pushed by Maria's laptop through the server."""
    with server.db.write() as session:
        last = session.scalar(select(ServerState.last_seq))
        assert last is not None
        rows = [
            {
                "seq": last + n,
                "batch_id": f"draft-{n}",
                "entity": "site_visit",
                "row_id": VISIT,
                "partnership_id": None,
                "field": "notes",
                "value": json.dumps(f"Draft {n}: " + "the visit's notes. " * 50),
                "stamp": f"0000000000001.{n:04d}.drafts0000000000"[:40],
                "author": "maria",
            }
            for n in range(1, count + 1)
        ]
        session.execute(insert(LoggedChange), rows)
        session.execute(
            update(ServerState).where(ServerState.id == 1).values(last_seq=last + count)
        )
    a.write(cmd.update, m.SiteVisit, VISIT, notes="The final notes of the visit.")
    assert a.sync().sent == 1


def run_automatic(server: Server, **kw: object) -> compaction.Compacted:
    """One run of the automatic compaction (``serve --compact-after 0``), due at once."""
    compactor = compaction.AutoCompactor(
        server.db,
        dt.timedelta(0),
        first=dt.timedelta(0),
        **kw,  # type: ignore[arg-type]
    ).start()
    try:
        assert compactor.wait_for_runs(1, timeout=120)
    finally:
        compactor.stop()
    return compactor.runs[0]


def fresh_laptop_state(server: Server, tmp_path: Path) -> dict[str, object]:
    fresh = Replica(Store.open(tmp_path / f"fresh-{time.monotonic_ns()}"), server, "maria")
    try:
        with fresh.connection() as connection:
            SyncEngine(fresh.store, connection).sync()
        return snapshot(fresh.store)  # type: ignore[return-value]
    finally:
        fresh.store.close()


def test_a_new_server_database_gives_space_back_by_itself(tmp_path: Path) -> None:
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}")
    db.close()
    assert pragma(tmp_path / "server.db", "auto_vacuum") == compaction.INCREMENTAL
    conn = sqlite3.connect(tmp_path / "server.db")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    # Opening it again changes nothing.
    ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}").close()
    assert pragma(tmp_path / "server.db", "auto_vacuum") == compaction.INCREMENTAL


def test_the_automatic_compaction_gives_the_space_of_superseded_edits_back(
    laptops: tuple[Replica, Replica, Server],  # noqa: F811
    tmp_path: Path,
) -> None:
    a, _b, server = laptops
    write_drafts(a, server)
    path = sqlite_file(server)
    state = server_state(server)
    before = file_size(path) if path else 0

    done = run_automatic(server)

    assert done.removed >= DRAFTS
    assert server_state(server) == state  # nothing live is lost
    assert fresh_laptop_state(server, tmp_path) == snapshot(a.store)
    assert done.given_back is not None
    if path is None:  # PostgreSQL: its autovacuum makes the space reusable
        assert done.given_back == compaction.GivenBack()
        return
    after, live = file_size(path), live_size(path, tmp_path)
    assert before > 3 * live  # the drafts were most of the file
    assert after <= 1.25 * live  # about the live data
    assert pragma(path, "freelist_count") == 0
    assert done.given_back.freed >= before - after - 64 * 1024
    assert "back to the file system" in done.sentence()
    assert done.given_back.longest < 5  # short steps (about 1,000 pages)
    assert os.stat(path).st_size <= 1.25 * live  # the file itself, after the checkpoint
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_push_while_space_is_given_back_is_neither_refused_nor_held_long(
    laptops: tuple[Replica, Replica, Server],  # noqa: F811
    tmp_path: Path,
) -> None:
    a, b, server = laptops
    write_drafts(a, server)
    path = sqlite_file(server)
    if path is None:
        pytest.skip("PostgreSQL: the compaction gives no space back itself (autovacuum does)")
    compaction.compact(server.db, dt.timedelta(0))  # the log compacted: pages are free
    assert pragma(path, "freelist_count") > 1_000
    midway, pushed = threading.Event(), threading.Event()
    steps: list[float] = []

    def between() -> None:  # between two steps of giving space back
        steps.append(time.monotonic())
        if len(steps) == 3:
            midway.set()  # the push starts while the next steps run
        if len(steps) == 8:
            assert pushed.wait(60)

    given: list[compaction.GivenBack] = []
    thread = threading.Thread(
        target=lambda: given.append(compaction.give_back(server.db, pages=50, between=between))
    )
    thread.start()
    try:
        assert midway.wait(60)
        a.write(cmd.update, m.SiteVisit, VISIT, notes="Pushed while the file shrinks.")
        started = time.monotonic()
        report = a.sync()
        took = time.monotonic() - started
        pushed.set()
    finally:
        pushed.set()
        thread.join(120)
    assert report.sent == 1
    assert not report.refused
    assert took < BUSY_TIMEOUT_S / 3  # waited at most a few steps, never the busy timeout
    assert given
    assert given[0].steps > 8  # the giving back went on after the push
    assert given[0].longest < 5
    assert pragma(path, "freelist_count") == 0
    b.sync()
    assert snapshot(b.store) == snapshot(a.store)
    assert fresh_laptop_state(server, tmp_path) == snapshot(a.store)


@pytest.fixture
def older_file(laptops: tuple[Replica, Replica, Server]) -> Iterator[tuple[Replica, Server, Path]]:  # noqa: F811
    """The laptops' server on a file made before auto_vacuum (as older servers made it)."""
    a, _b, server = laptops
    path = sqlite_file(server)
    if path is None:
        pytest.skip("SQLite files only")
    server.db.engine.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA auto_vacuum=NONE")
        conn.execute("VACUUM")
    finally:
        conn.close()
    assert pragma(path, "auto_vacuum") == 0
    yield a, server, path


def test_an_older_file_keeps_working_and_gets_its_space_back_after_the_compact_command(
    older_file: tuple[Replica, Server, Path], tmp_path: Path
) -> None:
    a, server, path = older_file
    write_drafts(a, server)
    state = server_state(server)
    before = file_size(path)

    done = run_automatic(server)

    assert done.removed >= DRAFTS
    assert done.given_back is not None
    assert done.given_back.freed == 0
    assert done.given_back.left > before / 2  # the free pages stay in the file
    assert "run 'wopdesk-server compact' once" in done.sentence()
    assert file_size(path) >= before  # the free pages stay in the file
    assert server_state(server) == state
    a.write(cmd.update, m.SiteVisit, VISIT, notes="Still working on the older file.")
    assert a.sync().sent == 1

    code, _out, err = compact(server)  # nothing older than 30 days; it switches the file

    assert code == 0, err
    assert pragma(path, "auto_vacuum") == compaction.INCREMENTAL
    assert file_size(path) <= 1.25 * live_size(path, tmp_path)
    assert fresh_laptop_state(server, tmp_path) == snapshot(a.store)
    # From then on the automatic compaction gives the space back by itself.
    write_drafts(a, server)
    again = run_automatic(server)
    assert again.given_back is not None
    assert again.given_back.freed > before / 2
    assert file_size(path) <= 1.25 * live_size(path, tmp_path)
