"""Two ``wopdesk-server`` processes on one PostgreSQL, as behind a load balancer, serving
50 laptops syncing at once: nothing lost, sequence numbers strictly increasing."""

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PG_URL
from wopdesk.server import accounts
from wopdesk.server.db import LoggedChange, ServerDatabase
from wopdesk.server.testing import empty_postgres
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.sync.client import ServerConnection
from wopdesk.sync.engine import SyncEngine
from wopdesk.sync.tokens import FileTokens

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="WOPDESK_TEST_PG_URL is not set"),
]
LAPTOPS = 50
ACTIONS_EACH = 8
PARTNERSHIP = "4a1c2e3f-5b6d-4e7f-8a9b-0c1d2e3f4a5c"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_serving(process: subprocess.Popen[str]) -> None:
    """Read the server's log until uvicorn says it listens (another process: no Qt here),
    then keep reading it on a thread, so its access log never fills the pipe."""
    assert process.stderr is not None
    for line in process.stderr:
        if "Uvicorn running on" in line:
            threading.Thread(target=process.stderr.read, daemon=True).start()
            return
    pytest.fail(f"the server process ended before it listened ({process.wait()})")


@pytest.fixture
def two_servers(tmp_path: Path) -> Iterator[list[str]]:
    assert PG_URL is not None
    empty_postgres(PG_URL)
    db = ServerDatabase.open(PG_URL)
    try:
        for n in range(LAPTOPS):
            accounts.add_user(db, f"laptop{n}", f"password-{n}")
            accounts.grant(db, f"laptop{n}", PARTNERSHIP, "coordinator" if n == 0 else "mentor")
    finally:
        db.close()
    processes, urls = [], []
    for _ in range(2):
        port = _free_port()
        command = [sys.executable, "-m", "wopdesk.server.cli", "--db", PG_URL, "--port", str(port)]
        processes.append(
            subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        )
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for process in processes:
            _wait_until_serving(process)
        yield urls
    finally:
        for process in processes:
            process.terminate()
            process.wait(30)


def _laptop(tmp_path: Path, n: int, url: str) -> tuple[Store, ServerConnection]:
    store = Store.open(tmp_path / f"laptop{n}")
    connection = ServerConnection(
        url,
        f"laptop{n}",
        password=lambda: f"password-{n}",
        tokens=FileTokens(store.data_dir / "tokens.json"),
    )
    return store, connection


def test_fifty_laptops_through_two_server_processes_lose_nothing(
    two_servers: list[str], tmp_path: Path
) -> None:
    first, connection = _laptop(tmp_path, 0, two_servers[0])
    with first.transaction() as session:
        utility = cmd.create(session, m.Utility, name="Shared utility", country="SN")
        cmd.create(
            session,
            m.Partnership,
            id=PARTNERSHIP,
            title="Load-balanced WOP",
            mentor_utility_id=utility.id,
            mentee_utility_id=utility.id,
        )
    with connection:
        SyncEngine(first, connection).sync()
    first.close()

    made: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def laptop(n: int) -> None:
        try:
            store, connection = _laptop(tmp_path, n, two_servers[n % 2])
            with connection:
                SyncEngine(store, connection).sync()  # the partnership arrives
                with store.transaction() as session:
                    made[n] = [
                        cmd.create(
                            session,
                            m.Action,
                            partnership_id=PARTNERSHIP,
                            description=f"laptop {n} action {k}",
                        ).id
                        for k in range(ACTIONS_EACH)
                    ]
                SyncEngine(store, connection).sync()
            store.close()
        except BaseException as exc:  # reported by the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=laptop, args=(n,)) for n in range(1, LAPTOPS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []

    # A last laptop pulls everything, through the other server.
    witness, connection = _laptop(tmp_path, 0, two_servers[1])
    (witness.data_dir / "tokens.json").unlink(missing_ok=True)
    with connection:
        SyncEngine(witness, connection).sync()
    with witness.reading() as session:
        have = set(session.scalars(select(m.Action.id)))
    witness.close()
    expected = {action for ids in made.values() for action in ids}
    assert len(expected) == (LAPTOPS - 1) * ACTIONS_EACH
    assert expected <= have

    assert PG_URL is not None
    db = ServerDatabase.open(PG_URL)
    try:
        with db.read() as session:
            seqs = list(session.scalars(select(LoggedChange.seq).order_by(LoggedChange.seq)))
    finally:
        db.close()
    assert seqs == list(range(1, len(seqs) + 1))  # strictly increasing, no gap, no reuse
