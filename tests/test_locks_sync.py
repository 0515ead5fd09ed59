"""Saves made while a large sync writes: none fails, each is kept, and none waits long.

Through a real server on 127.0.0.1 (SQLite, and PostgreSQL when WOPDESK_TEST_PG_URL is
set), a laptop keeps saving an action's description every few milliseconds, as the app's
writer does, during the sync work that holds the database's write lock longest:
- pushing about 20,000 changes (each acknowledged batch is one transaction) and pulling
  them on another laptop (each page of up to 5,000 changes is one transaction);
- a new laptop starting from the compacted log (the snapshot: every record whole);
- removing a withdrawn partnership of thousands of records.

Each test prints the longest wait of a save and the sync step it fell in
(``pytest -s tests/test_locks_sync.py``; with ``WOPDESK_LOCKS_SERVER=process`` the server
runs in a process of its own, as a laptop meets it); how long a save may wait is
reported, never asserted: the machine's load decides it.
"""

import datetime as dt
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.test_concurrent_writes import _add_readings
from tests.test_sync_engine import (  # noqa: F401  (quiet_environment: autouse fixture)
    Replica,
    Server,
    _serve,
    quiet_environment,
)
from wopdesk.demo import (
    DEMO_PARTNERSHIP_ID,
    DEMO_PARTNERSHIP_IDS,
    INDIA_PARTNERSHIP_ID,
    create_demo,
)
from wopdesk.server import accounts, compaction
from wopdesk.server.db import ServerDatabase, ServerRecord
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.backup import export_backup, import_backup
from wopdesk.storage.store import Store
from wopdesk.sync.engine import SyncEngine, SyncProgress, SyncReport
from wopdesk.sync.status import pending_changes

# With the demo's 4,381, about 20,000 field changes (each reading has 10 fields).
READINGS = 1600


@dataclass
class Step:
    """The sync step under way, as its progress says (``start`` before the first)."""

    now: str = "start"

    def __call__(self, progress: SyncProgress) -> None:
        self.now = progress.step


@dataclass
class Saver:
    """Saves a new description of ``action`` every few milliseconds until stopped."""

    store: Store
    action: str
    step: Step = field(default_factory=Step)
    saved: int = 0
    last: str = ""
    failures: list[BaseException] = field(default_factory=list)
    waits: list[tuple[float, str]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop.wait(0.003):
            text = f"Install bulk meters, save {self.saved + 1}"
            step = self.step.now
            began = time.perf_counter()
            try:
                with self.store.transaction() as session:
                    cmd.update(session, m.Action, self.action, description=text)
            except Exception as exc:  # counted: the tests assert there are none
                self.failures.append(exc)
            else:
                self.saved += 1
                self.last = text
            self.waits.append((time.perf_counter() - began, step))

    def longest(self) -> str:
        wait, step = max(self.waits)
        return f"{self.saved} saves, longest wait {wait * 1000:.0f} ms (during {step!r})"


def saving_while(replica: Replica, action: str, label: str) -> tuple[Saver, SyncReport]:
    """Sync ``replica`` while a saver edits ``action``; check nothing failed, print waits."""
    saver = Saver(replica.store, action)
    t0 = time.perf_counter()  # the sync's own duration, printed beside the waits
    thread = threading.Thread(target=saver.run)
    thread.start()
    try:
        with replica.connection() as connection:
            report = SyncEngine(replica.store, connection, progress=saver.step).sync()
    finally:
        saver.stop.set()
        thread.join()
    took = time.perf_counter() - t0
    moved = f"{report.sent} sent, {report.received} received"
    print(f"\n{label} ({took:.2f} s): {moved}; {saver.longest()}")
    assert saver.failures == []
    assert saver.saved > 0
    with replica.store.reading() as session:
        kept = session.get(m.Action, action)
        assert kept is not None
        assert kept.description == saver.last
    return saver, report


def an_action(store: Store, partnership_id: str) -> str:
    with store.reading() as session:
        found = session.scalar(
            select(m.Action.id)
            .join(m.ImprovementTrack, m.Action.track_id == m.ImprovementTrack.id)
            .where(m.ImprovementTrack.partnership_id == partnership_id)
            .order_by(m.Action.id)
        )
    assert found is not None
    return found


@pytest.fixture
def synced_server(server_db_url: str) -> Iterator[Server]:
    """The server, in this process; in its own with ``WOPDESK_LOCKS_SERVER=process``, as a
    laptop meets it (here it shares the interpreter lock with the sync and the saves,
    which lengthens every wait)."""
    if os.environ.get("WOPDESK_LOCKS_SERVER") != "process":
        yield from _serve(server_db_url)
        return
    from bench.servers import product_server

    db = ServerDatabase.open(server_db_url)
    try:
        for name in ("maria", "joao"):
            accounts.add_user(db, name, f"{name}-password")
        for partnership_id in DEMO_PARTNERSHIP_IDS:
            accounts.grant(db, "maria", partnership_id, "coordinator")
            accounts.grant(db, "joao", partnership_id, "mentor")
        with product_server(server_db_url) as url:
            yield Server(url, db)
    finally:
        db.close()


@pytest.fixture
def maria(synced_server: Server, tmp_path: Path) -> Iterator[Replica]:
    """Maria's laptop: the demo and 1,600 readings, about 20,000 changes to push."""
    replica = Replica(Store.open(tmp_path / "maria"), synced_server, "maria")
    create_demo(replica.store)
    _add_readings(replica.store, READINGS)
    yield replica
    replica.store.close()


def a_laptop(server: Server, folder: Path, user: str) -> Replica:
    """A laptop with the demo (the same records), so it has an action to edit at once."""
    replica = Replica(Store.open(folder), server, user)
    create_demo(replica.store)
    return replica


def test_saves_during_a_push_and_a_pull_of_20000_changes(maria: Replica, tmp_path: Path) -> None:
    action = an_action(maria.store, DEMO_PARTNERSHIP_ID)
    _saver, pushed = saving_while(maria, action, "push")
    assert pushed.sent >= 19_000
    joao = a_laptop(maria.server, tmp_path / "joao", "joao")
    try:
        _saver, pulled = saving_while(joao, action, "pull")
        assert pulled.received >= 15_000
    finally:
        joao.store.close()


def test_saves_while_a_new_laptop_starts_from_the_snapshot(maria: Replica, tmp_path: Path) -> None:
    maria.sync()
    done = compaction.compact(maria.server.db, dt.timedelta(0))
    assert done.kept > 0
    joao = a_laptop(maria.server, tmp_path / "joao", "joao")
    try:
        _saver, pulled = saving_while(joao, an_action(joao.store, DEMO_PARTNERSHIP_ID), "snapshot")
        assert pulled.received >= 15_000
    finally:
        joao.store.close()


def test_saves_while_a_withdrawn_partnership_leaves(maria: Replica, tmp_path: Path) -> None:
    maria.sync()
    joao = a_laptop(maria.server, tmp_path / "joao", "joao")
    try:
        joao.sync()
        accounts.revoke(maria.server.db, "joao", DEMO_PARTNERSHIP_ID)
        action = an_action(joao.store, INDIA_PARTNERSHIP_ID)  # the one joao keeps
        saving_while(joao, action, "withdrawn, told")
        _saver, report = saving_while(joao, action, "withdrawn, removed")
        assert report.withdrawn
        with joao.store.reading() as session:
            assert session.get(m.Partnership, DEMO_PARTNERSHIP_ID) is None
            mine = m.IndicatorReading.partnership_id == DEMO_PARTNERSHIP_ID
            assert session.scalar(select(m.IndicatorReading.id).where(mine).limit(1)) is None
    finally:
        joao.store.close()


def reading_count(store: Store) -> int:
    with store.reading() as session:
        return len(session.scalars(select(m.IndicatorReading.id)).all())


def test_a_restore_during_a_pull_leaves_no_page_unpulled(maria: Replica, tmp_path: Path) -> None:
    """A backup restored while a sync pulls (the app's File › Restore, or ``wopdesk import``
    in another process) brings back its own cursor: the pages the sync applied before it
    are gone from the database, so the sync must go on from that cursor, not its own."""
    maria.sync()
    joao = a_laptop(maria.server, tmp_path / "joao", "joao")
    try:
        archive = export_backup(joao.store.data_dir, tmp_path / "before.zip")
        restore = lambda: import_backup(archive, joao.store.data_dir, replace=True)  # noqa: E731
        joao.transport.before[("GET /v1/changes", 3)] = restore  # two pages in
        with joao.connection() as connection:
            SyncEngine(joao.store, connection, page_changes=2000).sync()
        assert ("GET /v1/changes", 3) not in joao.transport.before  # it did restore
        assert reading_count(joao.store) == reading_count(maria.store)
        joao.sync()
        assert reading_count(joao.store) == reading_count(maria.store)
    finally:
        joao.store.close()


def test_two_syncs_of_one_profile_at_once_while_it_saves(maria: Replica) -> None:
    """The app's sync worker and ``wopdesk sync`` in a terminal, started together on the
    same profile while the person saves: both succeed, and nothing is sent twice or lost."""
    env = {
        **os.environ,
        "WOPDESK_PASSWORD": "maria-password",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    other = subprocess.Popen(
        [sys.executable, "-m", "wopdesk", "sync", "--server", maria.server.url, "--user"]
        + ["maria", "--data-dir", str(maria.store.data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        saving_while(maria, an_action(maria.store, DEMO_PARTNERSHIP_ID), "two syncs")
        _out, err = other.communicate(timeout=300)
    finally:
        if other.poll() is None:
            other.kill()
            other.communicate()
    assert other.returncode == 0, err
    maria.sync()
    with maria.store.reading() as session:
        assert pending_changes(session) == 0
    with maria.server.db.read() as session:
        readings = session.scalar(
            select(func.count())
            .select_from(ServerRecord)
            .where(ServerRecord.entity == "indicator_reading")
        )
    assert readings == reading_count(maria.store)
