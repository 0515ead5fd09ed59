"""No save fails because a sync runs, and no sync fails because someone saves.

A laptop syncs several thousand changes while its person keeps saving an action's
description every few milliseconds: from another thread, as the app's writer does, and
from a second process, as ``wopdesk sync`` beside the open app does. Both sides must
count zero failures and every saved value must be there afterwards.
"""

import datetime as dt
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from tests.test_sync_engine import Replica, Server, _serve
from wopdesk.demo import DEMO_PARTNERSHIP_ID, create_demo, demo_id
from wopdesk.domain.catalogue import builtin_indicator_id
from wopdesk.server import accounts
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.sync import client as sync_client
from wopdesk.sync import tokens as sync_tokens

ACTION = demo_id("action:a1")
READINGS = 1500  # with the demo, several thousand field changes each way


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    from keyring.backends import fail

    monkeypatch.setattr(sync_tokens.keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(sync_client, "RETRY_BACKOFF", 0.0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    yield from _serve(f"sqlite:///{tmp_path / 'server.db'}")


def _add_readings(store: Store, count: int) -> None:
    indicator = builtin_indicator_id("IBNET-NRW-PCT")
    utility = demo_id("utility:mentee")
    start = dt.date(2000, 1, 1)
    with store.transaction() as session:
        for n in range(count):
            cmd.create(
                session,
                m.IndicatorReading,
                indicator_id=indicator,
                utility_id=utility,
                partnership_id=DEMO_PARTNERSHIP_ID,
                period=start + dt.timedelta(days=n),
                value=float(n % 90),
            )


class Saver:
    """Saves a new description every few milliseconds until told to stop."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.saved = 0
        self.failures: list[BaseException] = []
        self.stop = threading.Event()
        self.last = ""
        self.waits: list[float] = []  # seconds each save took, for bench/ and curiosity

    def run(self) -> None:
        while not self.stop.wait(0.003):
            text = f"Install bulk meters, save {self.saved + 1}"
            began = time.perf_counter()
            try:
                with self.store.transaction() as session:
                    cmd.update(session, m.Action, ACTION, description=text)
            except Exception as exc:  # counted: the test asserts there are none
                self.failures.append(exc)
            else:
                self.saved += 1
                self.last = text
            self.waits.append(time.perf_counter() - began)


def _description(store: Store) -> str:
    with store.reading() as session:
        action = session.get(m.Action, ACTION)
        assert action is not None
        return action.description


def test_saves_and_a_sync_in_one_process_never_fail(server: Server, tmp_path: Path) -> None:
    a = Replica(Store.open(tmp_path / "maria"), server, "maria")
    b = Replica(Store.open(tmp_path / "joao"), server, "joao")
    create_demo(a.store)
    create_demo(b.store)  # the same records: b has the action to edit while it pulls
    _add_readings(a.store, READINGS)
    for replica in (a, b):
        saver = Saver(replica.store)
        thread = threading.Thread(target=saver.run)
        thread.start()
        try:
            report = replica.sync()  # a pushes thousands of changes, b pulls them
        finally:
            saver.stop.set()
            thread.join()
        assert saver.failures == []
        assert saver.saved > 0
        print(f"{replica.user}: {saver.saved} saves, longest {max(saver.waits) * 1000:.0f} ms")
        assert report.sent + report.received > 3000
        if replica is b:
            # b's saves landed between pulled pages and were kept.
            assert _description(b.store) == saver.last
    for replica in (a, b):
        replica.store.close()


def test_saves_while_another_process_syncs_never_fail(server: Server, tmp_path: Path) -> None:
    a = Replica(Store.open(tmp_path / "maria"), server, "maria")
    create_demo(a.store)
    _add_readings(a.store, READINGS)
    a.sync()
    a.store.close()
    joao = tmp_path / "joao"
    b = Store.open(joao)
    create_demo(b)  # the same records, so there is an action to edit while pulling
    env = {
        **os.environ,
        "WOPDESK_PASSWORD": "joao-password",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    sync = subprocess.Popen(
        [sys.executable, "-m", "wopdesk", "sync", "--server", server.url, "--user", "joao"]
        + ["--data-dir", str(joao)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    saver = Saver(b)
    thread = threading.Thread(target=saver.run)
    thread.start()
    try:
        out, err = sync.communicate(timeout=300)
    finally:
        saver.stop.set()
        thread.join()
    assert sync.returncode == 0, err
    assert "received" in out
    assert saver.failures == []
    assert saver.saved > 0
    assert _description(b) == saver.last
    assert DEMO_PARTNERSHIP_ID
    b.close()
