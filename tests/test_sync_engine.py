"""End-to-end sync of real data directories through a real server on 127.0.0.1."""

import datetime as dt
import hashlib
import os
import shutil
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import delete, func, select, update

from wopdesk import cli
from wopdesk.demo import DEMO_PARTNERSHIP_ID, DEMO_PARTNERSHIP_IDS, DEMOS, create_demo, demo_id
from wopdesk.domain import vocab as v
from wopdesk.errors import ValidationError
from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import (
    AuthToken,
    Blob,
    LoggedChange,
    LoginFailure,
    ServerDatabase,
    ServerRecord,
)
from wopdesk.server.testing import running_server
from wopdesk.storage import commands as cmd
from wopdesk.storage import deletions
from wopdesk.storage import models as m
from wopdesk.storage.changes import OutboxEntry
from wopdesk.storage.clock import Stamp, wall_ms
from wopdesk.storage.models import Setting
from wopdesk.storage.store import Store
from wopdesk.sync import client as sync_client
from wopdesk.sync import tokens as sync_tokens
from wopdesk.sync.cli import describe as cli_describe
from wopdesk.sync.client import AuthenticationError, ServerConnection, ServerUnreachable
from wopdesk.sync.engine import SyncEngine, SyncReport
from wopdesk.sync.outbox import collapse
from wopdesk.sync.protocol import MAX_BATCH_CHANGES
from wopdesk.sync.status import (
    CURSOR,
    StoreSyncStatus,
    refusals,
    resolve_conflict,
    sync_status,
)
from wopdesk.sync.tokens import FileTokens, KeyringTokens, token_store

VISIT = demo_id("visit:second")  # the demo's draft visit
ACTION = demo_id("action:a1")


@pytest.fixture(autouse=True)
def quiet_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Light argon2, no real keyring, retries without waiting."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(sync_tokens.keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(sync_client, "RETRY_BACKOFF", 0.0)
    monkeypatch.delenv("WOPDESK_PASSWORD", raising=False)


@dataclass
class Server:
    url: str
    db: ServerDatabase

    def log_size(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(LoggedChange)) or 0


def _serve(url: str) -> Iterator[Server]:
    db = ServerDatabase.open(url)
    for name in ("maria", "joao", "outsider"):
        accounts.add_user(db, name, f"{name}-password")
    for partnership_id in DEMO_PARTNERSHIP_IDS:  # both demo partnerships
        accounts.grant(db, "maria", partnership_id, "coordinator")
        accounts.grant(db, "joao", partnership_id, "mentor")
    try:
        with running_server(create_app(db)) as base:
            yield Server(base, db)
    finally:
        db.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    yield from _serve(f"sqlite:///{tmp_path / 'server.db'}")


@pytest.fixture
def any_server(server_db_url: str) -> Iterator[Server]:
    yield from _serve(server_db_url)


class Flaky(httpx.HTTPTransport):
    """Loses requests or their answers on chosen paths, like a connection that drops."""

    def __init__(self) -> None:
        super().__init__()
        # path prefix -> list of "request"/"answer"/None, consumed one per request
        self.plan: dict[str, list[str | None]] = {}
        self.log: list[str] = []
        # "METHOD path" -> what to do before that request's n-th time (n from 1)
        self.before: dict[tuple[str, int], Callable[[], None]] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.log.append(f"{request.method} {path}")
        hook = self.before.pop((self.log[-1], self.log.count(self.log[-1])), None)
        if hook is not None:
            hook()
        fault = None
        for prefix, faults in self.plan.items():
            if path.startswith(prefix) and faults:
                fault = faults.pop(0)
                break
        if fault == "request":
            raise httpx.ConnectError("connection dropped before sending", request=request)
        response = super().handle_request(request)
        if fault == "answer":
            response.read()
            raise httpx.ReadError("connection dropped before the answer", request=request)
        return response


@dataclass
class Replica:
    """A data directory and its way to the server."""

    store: Store
    server: Server
    user: str
    transport: Flaky = field(default_factory=Flaky)
    sleeps: list[float] = field(default_factory=list)
    password_asked: int = 0
    wrong_password: bool = False

    def password(self) -> str:
        self.password_asked += 1
        return "guess" if self.wrong_password else f"{self.user}-password"

    def connection(self, **kw: Any) -> ServerConnection:
        return ServerConnection(
            self.server.url,
            self.user,
            password=self.password,
            tokens=FileTokens(self.store.data_dir / "tokens.json"),
            http=httpx.Client(transport=self.transport, timeout=30),
            sleep=self.sleeps.append,
            **kw,
        )

    def sync(self, **kw: Any) -> SyncReport:
        with self.connection(**kw) as connection:
            return SyncEngine(self.store, connection).sync()

    def write(self, action: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        with self.store.transaction() as session:
            return action(session, *args, **kw)

    def get(self, model: type[m.SyncedRecord], row_id: str) -> Any:
        with self.store.reading() as session:
            return session.get(model, row_id)

    def conflicts(self) -> list[m.Conflict]:
        with self.store.reading() as session:
            return list(session.scalars(select(m.Conflict).order_by(m.Conflict.created_at)))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A server and two laptops after their first sync, built once and copied per test."""
    root = tmp_path_factory.mktemp("synced")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
        for server in _serve(f"sqlite:///{root / 'server.db'}"):
            a = Replica(Store.open(root / "maria"), server, "maria")
            b = Replica(Store.open(root / "joao"), server, "joao")
            create_demo(a.store)
            # The demo's ~1,500 changes in several batches: pulled pages end between them.
            with a.connection() as connection:
                SyncEngine(a.store, connection, batch_changes=500).sync()
            b.sync()
            a.store.close()
            b.store.close()
    return root


@pytest.fixture
def replicas(template: Path, tmp_path: Path) -> Iterator[tuple[Replica, Replica]]:
    """Maria's laptop with the demo and Joao's, both synced with the server."""
    shutil.copytree(template, tmp_path, dirs_exist_ok=True)
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}")
    with running_server(create_app(db)) as url:
        server = Server(url, db)
        a = Replica(Store.open(tmp_path / "maria"), server, "maria")
        b = Replica(Store.open(tmp_path / "joao"), server, "joao")
        yield a, b
        a.store.close()
        b.store.close()
    db.close()


def snapshot(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record's fields and clocks (built-in indicators are local, never synced)."""
    result: dict[str, dict[str, dict[str, Any]]] = {}
    with store.reading() as session:
        for name, model in m.ENTITIES.items():
            rows = session.scalars(select(model))
            result[name] = {
                r.id: {**{k: v for k, v in r.values().items() if k != "updated_at"}}
                for r in rows
                if not getattr(r, "builtin", False)
            }
    return result


def blobs(store: Store) -> set[str]:
    return {p.parent.name + p.name for p in (store.data_dir / "blobs").glob("??/*")}


# --- done when: two data directories end identical; a second sync does nothing ---------


def test_two_data_directories_sync_to_identical_records(
    any_server: Server,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    maria, joao = tmp_path / "maria", tmp_path / "joao"
    store = Store.open(maria)
    create_demo(store)
    changes = queued_changes(store)
    store.close()

    def sync(data_dir: Path, user: str) -> tuple[int, str, str]:
        monkeypatch.setenv("WOPDESK_PASSWORD", f"{user}-password")
        code = cli.main(
            ["sync", "--server", any_server.url, "--user", user, "--data-dir", str(data_dir)]
        )
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = sync(maria, "maria")
    assert code == 0, err
    assert f"sent {changes} changes" in out
    # Every photo, and the attendance sheet attached to each demo's first visit.
    photos = sum(len(visit.photos) for spec in DEMOS for visit in spec.visits) + len(DEMOS)
    assert f"Files: sent {photos}" in out
    assert "no system keyring was found" in out
    assert "sync-tokens.json" in out
    code, out, err = sync(joao, "joao")
    assert code == 0, err
    assert f"received {changes} changes" in out
    assert f"received {photos}" in out

    a, b = Store.open(maria), Store.open(joao)
    try:
        assert snapshot(a) == snapshot(b)
        assert blobs(a) == blobs(b)
        assert len(blobs(a)) == photos
        assert (maria / "sync-tokens.json").stat().st_mode & 0o777 == 0o600
        # A second sync with no changes sends and receives nothing, in one round trip.
        for store, user in ((a, "maria"), (b, "joao")):
            replica = Replica(store, any_server, user)
            with ServerConnection(
                any_server.url,
                user,
                password=replica.password,
                tokens=FileTokens(store.data_dir / "sync-tokens.json"),
            ) as connection:
                report = SyncEngine(store, connection).sync()
            assert report.nothing_happened
            assert report.round_trips == 1
            assert replica.password_asked == 0
    finally:
        a.close()
        b.close()
    code, out, _ = sync(joao, "joao")
    assert out.startswith(f"Synced with {any_server.url}: nothing to send or receive.")


# --- conflicts ---------------------------------------------------------------------------


def test_concurrent_edits_keep_the_winner_and_set_the_loser_aside(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    a.write(cmd.update, m.SiteVisit, VISIT, notes="Maria: valve 3 leaks.")
    b.write(cmd.update, m.SiteVisit, VISIT, notes="João: valve 3 replaced.")
    a.sync()
    report = b.sync()
    assert report.new_conflicts == 1
    assert report.open_conflicts == 1
    assert ("site_visit", VISIT) not in report.changed_records  # João's own value won
    report = a.sync()
    assert ("site_visit", VISIT) in report.changed_records
    for replica in (a, b):
        assert replica.get(m.SiteVisit, VISIT).notes == "João: valve 3 replaced."
        (conflict,) = replica.conflicts()
        assert (conflict.entity, conflict.row_id, conflict.field) == ("site_visit", VISIT, "notes")
        assert conflict.kept_value == "João: valve 3 replaced."
        assert conflict.kept_by == "joao"
        assert conflict.set_aside_value == "Maria: valve 3 leaks."
        assert conflict.set_aside_by == "maria"
        assert not conflict.resolved
    assert snapshot(a.store) == snapshot(b.store)

    merged = "Valve 3 leaked; João replaced it."
    b.write(resolve_conflict, b.conflicts()[0].id, merged)
    b.sync()
    a.sync()
    assert a.get(m.SiteVisit, VISIT).notes == merged
    assert a.conflicts()[0].resolved
    with a.store.reading() as session:
        assert sync_status(session).open_conflicts == 0
    assert snapshot(a.store) == snapshot(b.store)


@pytest.mark.parametrize("first", ["delete", "edit"])
def test_delete_versus_edit_is_a_conflict_not_a_loss(
    replicas: tuple[Replica, Replica], first: str
) -> None:
    a, b = replicas
    a.write(cmd.delete, m.Action, ACTION)
    b.write(cmd.update, m.Action, ACTION, description="Replace the 40 meters of zone 2.")
    order = (a, b) if first == "delete" else (b, a)
    for replica in (*order, *order):
        replica.sync()
    for replica in (a, b):
        action = replica.get(m.Action, ACTION)
        assert not action.deleted
        assert action.description == "Replace the 40 meters of zone 2."
        (conflict,) = replica.conflicts()
        assert conflict.field == "deleted"
        assert conflict.row_id == ACTION
        assert conflict.set_aside_value is True
        assert conflict.set_aside_by == "maria"
        assert conflict.kept_value is False
        assert conflict.kept_by == "joao"
    assert snapshot(a.store) == snapshot(b.store)
    # Keeping the delete after all is one resolution away.
    a.write(resolve_conflict, a.conflicts()[0].id, True)
    a.sync()
    b.sync()
    assert b.get(m.Action, ACTION).deleted
    assert b.conflicts()[0].resolved


def test_a_delete_and_its_restore_reach_the_other_laptop(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    gone = a.write(cmd.delete, m.SiteVisit, VISIT)
    assert gone.records > 1  # its participants and photos went with it
    a.sync()
    b.sync()
    assert b.get(m.SiteVisit, VISIT).deleted
    with b.store.reading() as session:
        (listed,) = deletions.recently_deleted(session, gone.partnership_id)
    assert (listed.record_id, listed.records) == (VISIT, gone.records)
    back = b.write(deletions.restore, "site_visit", VISIT)  # Joao restores it
    assert back.records == gone.records
    b.sync()
    a.sync()
    assert not a.get(m.SiteVisit, VISIT).deleted
    assert a.conflicts() == []
    assert snapshot(a.store) == snapshot(b.store)


def test_stamps_from_a_clock_in_the_future_are_clamped(replicas: tuple[Replica, Replica]) -> None:
    a, b = replicas
    a.store.capture.reset()
    a.store.capture.now = lambda: wall_ms() + 86_400_000  # Maria's clock is a day ahead
    a.write(cmd.update, m.SiteVisit, VISIT, notes="from tomorrow")
    a.sync()
    stamp = a.get(m.SiteVisit, VISIT).clocks["notes"]
    assert Stamp.decode(stamp).wall <= wall_ms()
    b.sync()
    b.write(cmd.update, m.SiteVisit, VISIT, notes="written after, wins")
    b.sync()
    a.sync()
    assert a.get(m.SiteVisit, VISIT).notes == "written after, wins"
    assert snapshot(a.store) == snapshot(b.store)


# --- batches --------------------------------------------------------------------------


def add_learning(replica: Replica, entries: int) -> None:
    with replica.store.transaction() as session:
        for n in range(entries):
            cmd.create(
                session,
                m.LearningActivity,
                partnership_id=DEMO_PARTNERSHIP_ID,
                date=dt.date(2026, 3, 1),
                form=v.LearningForm.ON_THE_JOB,
                topic=f"Pressure logging, session {n}",
                hours=2.0,
            )


def test_push_sends_as_many_changes_per_batch_as_the_protocol_allows(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    fields = len(m.LearningActivity.synced_fields())
    entries = MAX_BATCH_CHANGES // fields + 10  # two batches: one full, one of 10 entries
    add_learning(a, entries)
    a.transport.log.clear()
    report = a.sync()
    assert report.sent == entries * fields
    assert a.transport.log.count("POST /v1/push") == 2
    with a.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert b.sync().received == entries * fields
    assert snapshot(a.store) == snapshot(b.store)


def test_batches_marked_but_not_acknowledged_are_sent_next_time_in_order(
    replicas: tuple[Replica, Replica],
) -> None:
    """The next batch is marked while one is sent: a sync that stops there leaves two
    open batches, and the next sync sends each once, oldest first."""
    a, b = replicas
    fields = len(m.LearningActivity.synced_fields())
    entries = MAX_BATCH_CHANGES // fields + 10
    add_learning(a, entries)
    before = a.server.log_size()
    a.transport.plan = {"/v1/push": ["answer"]}
    with pytest.raises(ServerUnreachable):
        a.sync(attempts=1)
    with a.store.reading() as session:
        open_batches = list(
            dict.fromkeys(session.scalars(select(OutboxEntry.batch_id).order_by(OutboxEntry.id)))
        )
    assert len(open_batches) == 2
    assert None not in open_batches
    assert a.server.log_size() == before + MAX_BATCH_CHANGES // fields * fields
    a.transport.log.clear()
    report = a.sync()
    assert a.transport.log.count("POST /v1/push") == 2
    assert report.sent == entries * fields  # the first batch's answer, replayed, counts
    assert a.server.log_size() == before + entries * fields
    with a.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    b.sync()
    assert snapshot(a.store) == snapshot(b.store)


# --- a pusher does not pull its own batches back ----------------------------------------


def cursor_of(replica: Replica) -> int:
    with replica.store.reading() as session:
        setting = session.get(Setting, CURSOR)
        return int(setting.value) if setting is not None else 0


def pulled_pages(replica: Replica, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the pages the replica's engine applies from now on."""
    sizes: list[int] = []
    apply_page = SyncEngine._apply_page

    def counting(engine: SyncEngine, page: Any, report: SyncReport, *asked: Any) -> None:
        sizes.append(len(page.changes))
        apply_page(engine, page, report, *asked)

    monkeypatch.setattr(SyncEngine, "_apply_page", counting)
    return sizes


def queued_changes(store: Store) -> int:
    """How many field changes a first sync sends: the outbox, each field written once."""
    with store.reading() as session:
        return len(collapse(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))))


def test_own_batches_are_not_pulled_back(
    any_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = Replica(Store.open(tmp_path / "maria"), any_server, "maria")
    create_demo(a.store)
    pages = pulled_pages(a, monkeypatch)
    # A batch boundary between a new person (or utility) and the first record of a
    # partnership naming it makes the server log that person again for the partnership,
    # which the client must then pull: with 1,000 changes a batch, no boundary of the demo
    # falls there (with 500, the demo's health reviews moved one between Karad's people
    # and their memberships).
    with a.connection() as connection:
        report = SyncEngine(a.store, connection, batch_changes=1000).sync()
    # Several batches, each right after the cursor: nothing pulled, the cursor at the end.
    assert report.sent > 1000
    assert a.transport.log.count("POST /v1/push") > 2
    assert pages == []
    assert cursor_of(a) == any_server.log_size() == report.sent
    b = Replica(Store.open(tmp_path / "joao"), any_server, "joao")
    b.sync()
    assert snapshot(a.store) == snapshot(b.store)
    b.write(cmd.update, m.SiteVisit, VISIT, notes="João was here")
    b.sync()
    pages.clear()  # João's engine counted too
    a.sync()
    assert pages == [1]
    assert a.get(m.SiteVisit, VISIT).notes == "João was here"
    a.store.close()
    b.store.close()


def test_a_batch_after_someone_elses_is_pulled_back(
    replicas: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    """João pushes between Maria's two batches: her second batch's range does not follow
    her cursor, so she pulls from there, João's change and her own second batch."""
    a, b = replicas
    fields = len(m.LearningActivity.synced_fields())
    entries = MAX_BATCH_CHANGES // fields + 10  # two batches
    add_learning(a, entries)
    b.write(cmd.update, m.SiteVisit, VISIT, notes="João, between Maria's batches")
    pages = pulled_pages(a, monkeypatch)
    pulled_by_joao: list[int] = []

    def joao_pushes() -> None:
        b.sync()
        pulled_by_joao.extend(pages)
        pages.clear()

    a.transport.before[("POST /v1/push", 2)] = joao_pushes
    start = cursor_of(a)
    report = a.sync()
    assert pulled_by_joao
    assert report.sent == entries * fields
    assert report.received == 1
    assert pages == [1 + 10 * fields]
    assert cursor_of(a) == a.server.log_size()
    assert cursor_of(a) == start + 1 + entries * fields
    assert a.get(m.SiteVisit, VISIT).notes == "João, between Maria's batches"
    b.sync()
    assert snapshot(a.store) == snapshot(b.store)


def test_a_batch_that_set_a_conflict_aside_is_pulled_back(
    replicas: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Maria's edit loses to João's, which she pulled before pushing: her cursor is right
    before her batch, but the server wrote a conflict record she must get."""
    a, b = replicas
    a.write(cmd.update, m.SiteVisit, VISIT, notes="Maria: valve 3 leaks.")
    b.write(cmd.update, m.SiteVisit, VISIT, notes="João: valve 3 replaced.")
    b.sync()
    with a.connection() as connection:
        SyncEngine(a.store, connection).pull(SyncReport())
    assert cursor_of(a) == a.server.log_size()
    pages = pulled_pages(a, monkeypatch)
    report = a.sync()
    assert report.new_conflicts == 1
    assert len(a.conflicts()) == 1
    assert pages != []
    assert cursor_of(a) == a.server.log_size()
    assert a.get(m.SiteVisit, VISIT).notes == "João: valve 3 replaced."
    b.sync()
    assert snapshot(a.store) == snapshot(b.store)


def test_a_profile_restored_from_a_backup_gets_its_lost_changes_back(
    replicas: tuple[Replica, Replica], tmp_path: Path
) -> None:
    a, _ = replicas
    a.store.close()
    shutil.copytree(tmp_path / "maria", tmp_path / "backup")
    a.store = Store.open(tmp_path / "maria")
    a.write(cmd.update, m.SiteVisit, VISIT, notes="written after the backup")
    a.sync()
    a.store.close()
    shutil.rmtree(tmp_path / "maria")
    shutil.copytree(tmp_path / "backup", tmp_path / "maria")
    a.store = Store.open(tmp_path / "maria")
    # A new change of its own, pushed first: its range does not follow the old cursor.
    add_learning(a, 1)
    report = a.sync()
    assert report.received == 1
    assert a.get(m.SiteVisit, VISIT).notes == "written after the backup"
    assert cursor_of(a) == a.server.log_size()


# --- dropped connections, retries, replays ----------------------------------------------


def test_lost_push_answer_is_retried_and_applied_once(replicas: tuple[Replica, Replica]) -> None:
    a, b = replicas
    a.write(cmd.update, m.SiteVisit, VISIT, notes="sent twice, applied once")
    before = a.server.log_size()
    a.transport.plan = {"/v1/push": ["answer"]}
    a.transport.log.clear()
    report = a.sync()
    assert report.sent == 1
    assert a.sleeps == [0.0]
    assert a.transport.log.count("POST /v1/push") == 2
    assert a.server.log_size() == before + 1
    with a.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_sync_resumes_after_the_connection_stays_down(replicas: tuple[Replica, Replica]) -> None:
    a, b = replicas
    a.write(cmd.update, m.SiteVisit, VISIT, notes="pushed while the line was failing")
    before = a.server.log_size()
    a.transport.plan = {"/v1/push": ["answer", "answer", "answer"]}
    status = StoreSyncStatus(a.store)
    assert status.is_online()
    assert status.pending_changes() == 1
    synced_at = status.last_sync()
    with pytest.raises(ServerUnreachable, match="Cannot reach the server"):
        a.sync(attempts=3)
    assert a.sleeps == [0.0, 0.0]
    assert not status.is_online()
    assert status.last_sync() == synced_at
    # The server applied the batch; the laptop still holds it, under the same batch id.
    assert a.server.log_size() == before + 1
    with a.store.reading() as session:
        batch_ids = set(session.scalars(select(OutboxEntry.batch_id)))
    assert len(batch_ids) == 1
    assert None not in batch_ids
    a.sync()
    assert a.server.log_size() == before + 1
    assert status.is_online()
    assert status.pending_changes() == 0
    assert synced_at is not None
    assert status.last_sync() > synced_at
    # Pulling drops too: the page is lost, the cursor stays, the next sync catches up.
    b.transport.plan = {"/v1/changes": ["answer"] * 3}
    with b.store.reading() as session:
        cursor = session.get(Setting, CURSOR).value
    with pytest.raises(ServerUnreachable):
        b.sync(attempts=3)
    with b.store.reading() as session:
        assert session.get(Setting, CURSOR).value == cursor
    b.sync()
    assert b.get(m.SiteVisit, VISIT).notes == "pushed while the line was failing"
    assert snapshot(a.store) == snapshot(b.store)


def test_pulled_pages_and_their_cursor_commit_together(
    replicas: tuple[Replica, Replica], tmp_path: Path
) -> None:
    a, _ = replicas
    c = Replica(Store.open(tmp_path / "third"), a.server, "joao")
    c.transport.plan = {"/v1/changes": [None, "answer", "answer"]}
    with c.connection(attempts=2) as connection:
        engine = SyncEngine(c.store, connection, page_changes=200)
        with pytest.raises(ServerUnreachable):
            engine.sync()
    with c.store.reading() as session:
        cursor = session.get(Setting, CURSOR).value
    with a.server.db.read() as session:
        first_page = set(
            session.execute(
                select(LoggedChange.entity, LoggedChange.row_id).where(LoggedChange.seq <= cursor)
            )
        )
    local = {(entity, row_id) for entity, rows in snapshot(c.store).items() for row_id in rows}
    # Exactly the records of the first page arrived, whole; nothing of the lost second one.
    assert 0 < cursor < a.server.log_size()
    assert local == first_page
    c.sync()
    assert snapshot(c.store) == snapshot(a.store)
    c.store.close()


def test_attachment_upload_resumes_after_a_lost_chunk(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    photo = os.urandom(150_000)
    with a.store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, VISIT)
        cmd.add_attachment(session, a.store.blobs, visit, photo, "scan.bin", "Meter scan")
    a.transport.plan = {"/v1/blobs/": [None, None, None, "answer"]}
    with a.connection() as connection:
        connection.chunk_size = 50_000
        report = SyncEngine(a.store, connection).sync()
    assert report.files_sent == 1
    assert "PUT" in " ".join(a.transport.log)
    b.sync()
    assert blobs(b.store) == blobs(a.store)
    assert photo in {p.read_bytes() for p in (b.store.data_dir / "blobs").glob("??/*")}


def attach_photos(replica: Replica, count: int) -> list[bytes]:
    """``count`` new files of different sizes attached to the demo's draft visit."""
    photos = [os.urandom(20_000 + n) for n in range(count)]
    with replica.store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, VISIT)
        for n, photo in enumerate(photos):
            cmd.add_attachment(session, replica.store.blobs, visit, photo, f"p{n}.bin", f"P{n}")
    return photos


def test_several_files_move_at_once_and_every_request_is_counted(
    replicas: tuple[Replica, Replica], tmp_path: Path
) -> None:
    a, b = replicas
    photos = attach_photos(a, 5)
    sent = a.sync()
    assert sent.files_sent == 5
    uploads = [line for line in a.transport.log if line.startswith("PUT /v1/blobs/")]
    assert len(uploads) == 5
    assert sent.round_trips == len(a.transport.log)  # counted from several threads
    # A third replica gets them all; one that vanished from the server waits, named.
    gone = hashlib.sha256(photos[2]).hexdigest()
    with a.server.db.write() as session:
        session.execute(delete(Blob).where(Blob.sha256 == gone))
    c = Replica(Store.open(tmp_path / "third"), a.server, "maria")
    received = c.sync()
    assert received.files_received == len(blobs(a.store)) - 1
    assert received.files_waiting == [f"The file {gone[:12]}… is not on the server yet."]
    assert received.round_trips == len(c.transport.log)
    assert blobs(c.store) == blobs(a.store) - {gone}
    c.store.close()


def test_an_upload_believed_new_resumes_what_the_server_holds(
    replicas: tuple[Replica, Replica],
) -> None:
    """A file the server said was missing goes out without asking where its upload
    stands; a part left by an interrupted upload is found by the 409 and resumed."""
    a, _ = replicas
    photo = os.urandom(120_000)
    sha = hashlib.sha256(photo).hexdigest()
    with a.connection() as connection:
        connection.chunk_size = 50_000
        path = f"/v1/blobs/{sha}"
        connection.request(
            "PUT", path, params={"offset": 0, "total": 120_000}, content=photo[:50_000]
        )
        assert connection.missing_blobs([sha]) == [sha]
        before = len(a.transport.log)
        connection.upload_blob(sha, photo, missing=True)
        sent = a.transport.log[before:]
    with a.server.db.read() as session:
        assert session.scalar(select(Blob.data).where(Blob.sha256 == sha)) == photo
    # Refused at 0, asked where it stands, then the two chunks left.
    assert [line.split("?")[0] for line in sent] == [
        f"PUT {path}",
        f"GET {path}/upload",
        f"PUT {path}",
        f"PUT {path}",
    ]


# --- auth, scope, errors -----------------------------------------------------------------


def test_token_is_reused_then_renewed_when_it_expires(replicas: tuple[Replica, Replica]) -> None:
    a, _ = replicas
    a.sync()
    assert a.password_asked == 1
    a.sync()
    assert a.password_asked == 1
    with a.server.db.write() as session:
        session.execute(update(AuthToken).values(expires_at=dt.datetime.now(dt.UTC)))
    a.sync()
    assert a.password_asked == 2


def test_wrong_password_is_one_sentence(replicas: tuple[Replica, Replica]) -> None:
    a, _ = replicas
    (a.store.data_dir / "tokens.json").unlink()
    a.wrong_password = True
    with pytest.raises(AuthenticationError, match="Wrong user name or password for maria"):
        a.sync()


def login_requests(replica: Replica) -> int:
    return replica.transport.log.count("POST /v1/login")


def test_signing_in_early_signs_in_once_and_the_sync_uses_that_token(
    replicas: tuple[Replica, Replica],
) -> None:
    a, _ = replicas
    (a.store.data_dir / "tokens.json").unlink()
    a.write(cmd.update, m.SiteVisit, VISIT, notes="sent after an early sign-in")
    with a.connection() as connection:
        connection.sign_in_early()
        assert a.password_asked == 1  # asked on the caller's thread, before anything else
        report = SyncEngine(a.store, connection).sync()
    assert report.sent == 1
    assert report.signed_in
    assert a.password_asked == 1
    assert login_requests(a) == 1
    # A kept token: nothing to do early, and the next sync does not sign in at all.
    with a.connection() as connection:
        connection.sign_in_early()
        assert not SyncEngine(a.store, connection).sync().signed_in
    assert a.password_asked == 1
    assert login_requests(a) == 1


def test_a_failed_early_sign_in_is_the_syncs_error_and_counts_once(
    replicas: tuple[Replica, Replica],
) -> None:
    a, _ = replicas
    (a.store.data_dir / "tokens.json").unlink()
    a.wrong_password = True
    with a.connection() as connection:
        connection.sign_in_early()
        with pytest.raises(AuthenticationError, match="Wrong user name or password for maria"):
            SyncEngine(a.store, connection).sync()
    # The wrong password was tried once, not once early and again for the first request.
    assert a.password_asked == 1
    assert login_requests(a) == 1
    with a.server.db.read() as session:
        assert session.scalar(select(func.count()).select_from(LoginFailure)) == 1


def test_an_early_sign_in_nobody_waited_for_ends_with_the_connection(
    replicas: tuple[Replica, Replica],
) -> None:
    a, _ = replicas
    (a.store.data_dir / "tokens.json").unlink()
    with a.connection() as connection:
        connection.sign_in_early()
    # Closed only after the sign-in finished: its token was kept, for the next sync.
    assert FileTokens(a.store.data_dir / "tokens.json").get(connection.token_key)
    assert a.sync().signed_in is False


def test_new_grant_brings_the_partnership_on_the_next_sync(
    replicas: tuple[Replica, Replica], tmp_path: Path
) -> None:
    a, _ = replicas
    server = a.server
    c = Replica(Store.open(tmp_path / "outsider"), server, "outsider")
    c.sync()
    assert c.get(m.Partnership, DEMO_PARTNERSHIP_ID) is None
    # Shared records reach only the members of a partnership that uses them.
    assert c.get(m.Utility, demo_id("utility:mentor")) is None
    assert c.get(m.Person, demo_id("person:maria")) is None
    for partnership_id in DEMO_PARTNERSHIP_IDS:
        accounts.grant(server.db, "outsider", partnership_id, "observer")
    c.sync()
    assert c.get(m.Partnership, DEMO_PARTNERSHIP_ID) is not None
    assert c.get(m.Utility, demo_id("utility:mentor")) is not None
    assert snapshot(c.store) == snapshot(a.store)
    # An observer's edits are refused one by one, kept locally and reported.
    c.write(cmd.update, m.SiteVisit, VISIT, notes="observer was here")
    report = c.sync()
    assert report.refused == [
        f"site_visit {VISIT}: Observers cannot change partnership {DEMO_PARTNERSHIP_ID}."
    ]
    with c.store.reading() as session:
        (refusal,) = refusals(session)
        assert refusal.field == "notes"
        assert refusal.value == "observer was here"
        assert refusal.reason.startswith("Observers cannot change")
        assert sync_status(session).pending_changes == 0
    with server.db.read() as session:
        record = session.get(ServerRecord, ("site_visit", VISIT))
        assert record is not None
        assert record.fields["notes"]["v"] != "observer was here"
    # Once they may write, the refused edit is sent again by itself, and nothing is lost.
    accounts.grant(server.db, "outsider", DEMO_PARTNERSHIP_ID, "mentee")
    report = c.sync()
    assert report.refused == []
    assert report.sent > 0
    a.sync()
    assert a.get(m.SiteVisit, VISIT).notes == "observer was here"
    assert a.conflicts() == []  # the observer had seen what it replaced
    with c.store.reading() as session:
        assert refusals(session) == []
    assert snapshot(a.store) == snapshot(c.store)
    c.store.close()


def test_a_reset_server_is_noticed(replicas: tuple[Replica, Replica], tmp_path: Path) -> None:
    a, _ = replicas
    a.write(cmd.update, m.SiteVisit, VISIT, notes="not for a stranger")
    other = ServerDatabase.open(f"sqlite:///{tmp_path / 'other.db'}")
    accounts.add_user(other, "maria", "maria-password")
    with running_server(create_app(other)) as url:
        a.server = Server(url, other)
        with pytest.raises(sync_client.SyncError, match="not the server this profile syncs"):
            a.sync()
        assert a.server.log_size() == 0  # nothing was sent to it
    other.close()
    with a.store.reading() as session:
        assert sync_status(session).pending_changes == 1


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_errors_are_one_sentence(
    server: Server,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["sync", "--data-dir", str(tmp_path / "p"), "--user", "maria", "--server"]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = _cli([*base, server.url], capsys)
    assert code == 1
    assert err == (
        "wopdesk: A password is needed for maria: set WOPDESK_PASSWORD or run this in a terminal.\n"
    )
    monkeypatch.setenv("WOPDESK_PASSWORD", "wrong")
    code, _, err = _cli([*base, server.url], capsys)
    assert code == 1
    assert "Wrong user name or password" in err
    assert err.count("\n") == 1
    closed = running_server(create_app(server.db))
    with closed as url:
        pass  # the port is free again: nobody listens there now
    code, _, err = _cli([*base, url], capsys)
    assert code == 1
    assert "refused the connection" in err
    assert err.count("\n") == 1
    assert "Errno" not in err  # a sentence that says what to do, not the system's code
    code, _, err = _cli([*base, "ftp:/nowhere"], capsys)
    assert code == 1
    assert "is not a server address" in err
    monkeypatch.setenv("WOPDESK_PASSWORD", "maria-password")
    monkeypatch.setattr(sync_client, "PROTOCOL_VERSION", 0)
    code, _, err = _cli([*base, server.url], capsys)
    assert code == 1
    assert "too old for the server" in err
    assert err.count("\n") == 1


def test_the_command_line_sync_pauses_collection_with_the_one_shared_pause() -> None:
    """``wopdesk sync`` pauses automatic collection with the pause every bulk job shares
    (tested in ``tests/test_storage_heap.py``), so two jobs cannot undo each other's."""
    from wopdesk.storage import heap
    from wopdesk.sync import cli as sync_cli

    assert sync_cli.collector_paused is heap.collector_paused


# --- where tokens live --------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_tokens_go_to_the_keyring_when_there_is_one(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = token_store(tmp_path, backend)
    assert isinstance(store, KeyringTokens)
    store.set("maria@https://wop.example", "t0ken")
    assert backend.secrets == {("WOPdesk sync", "maria@https://wop.example"): "t0ken"}
    store.delete("maria@https://wop.example")
    assert store.get("maria@https://wop.example") is None
    fallback = token_store(tmp_path, fail.Keyring())
    assert isinstance(fallback, FileTokens)
    assert "no system keyring" in fallback.description
    fallback.set("k", "v")
    assert fallback.get("k") == "v"
    assert (tmp_path / "sync-tokens.json").stat().st_mode & 0o777 == 0o600
    fallback.delete("k")
    assert fallback.get("k") is None


def test_connections_share_one_verifying_tls_context(tmp_path: Path) -> None:
    """Made once per process (loading the CA bundle is slow), never weakened."""
    tokens = FileTokens(tmp_path / "tokens.json")
    first = ServerConnection("https://wop.example", "maria", password=str, tokens=tokens)
    second = ServerConnection("https://wop.example", "joao", password=str, tokens=tokens)
    with first, second:
        context = sync_client.tls_context()
        assert context is sync_client.tls_context()
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname


# --- progress records ----------------------------------------------------------------------


def test_approvals_given_offline_on_two_laptops_meet_in_an_approved_record(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    record_id = demo_id("progress:1")  # the demo's draft record
    assert b.get(m.ProgressRecord, record_id).summary is not None
    a.write(
        cmd.approve_progress,
        record_id,
        "mentor",
        demo_id("person:maria"),
        "Cheffe de division",
        dt.date(2026, 10, 9),
    )
    b.write(
        cmd.approve_progress,
        record_id,
        "mentee",
        demo_id("person:aissatou"),
        None,
        dt.date(2026, 10, 10),
    )
    a.sync()
    b.sync()
    a.sync()
    assert snapshot(a.store) == snapshot(b.store)
    for replica in (a, b):
        record = replica.get(m.ProgressRecord, record_id)
        assert record.approved
        assert record.mentor_approver_role == "Cheffe de division"
        assert not replica.conflicts()
    with pytest.raises(ValidationError, match="approved; reopen it"):
        b.write(cmd.update, m.ProgressRecord, record_id, summary="changed")
    a.write(cmd.reopen_progress, record_id)
    a.sync()
    b.sync()
    assert not b.get(m.ProgressRecord, record_id).approved


def _approve_both(replica: Replica, record_id: str) -> None:
    for side, person in (("mentor", "person:maria"), ("mentee", "person:aissatou")):
        replica.write(
            cmd.approve_progress, record_id, side, demo_id(person), None, dt.date(2026, 10, 9)
        )


def _settle(a: Replica, b: Replica) -> None:
    for replica in (a, b, a, b):
        replica.sync()
    assert snapshot(a.store) == snapshot(b.store)


def test_an_offline_edit_made_before_the_approval_reopens_the_record_visibly(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    record_id = demo_id("progress:1")  # the demo's draft record
    b.write(cmd.update, m.ProgressRecord, record_id, lessons="Plan missions before the rains.")
    _approve_both(a, record_id)  # on the server first; b's edit is still on b only
    a.sync()
    b.sync()  # b's edit lands on the approved record
    a.sync()  # a, holding the approved record, receives an edit its approvals never saw
    _settle(a, b)
    for replica in (a, b):
        record = replica.get(m.ProgressRecord, record_id)
        assert record.lessons == "Plan missions before the rains."  # never lost
        assert not record.approved
        assert record.mentor_approved_on is None
        assert record.mentee_approved_on is None
        assert "mentor + mentee withdrawn" in record.approval_note
        assert "a change made elsewhere arrived after it" in record.approval_note


def test_an_offline_edit_after_one_side_approved_withdraws_that_approval(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    record_id = demo_id("progress:1")
    a.write(
        cmd.approve_progress,
        record_id,
        "mentor",
        demo_id("person:maria"),
        None,
        dt.date(2026, 10, 9),
    )
    a.sync()
    b.write(cmd.update, m.ProgressRecord, record_id, next_steps="Pilot zone two.")  # offline
    b.sync()  # b pulls an approval older than its edit
    _settle(a, b)
    for replica in (a, b):
        record = replica.get(m.ProgressRecord, record_id)
        assert record.next_steps == "Pilot zone two."
        assert record.mentor_approved_on is None
        assert "Approval by the mentor withdrawn" in record.approval_note


def test_an_approval_given_after_seeing_an_edit_stands(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    record_id = demo_id("progress:1")
    b.write(cmd.update, m.ProgressRecord, record_id, lessons="Seen before approving.")
    b.sync()
    a.sync()
    _approve_both(a, record_id)
    _settle(a, b)
    for replica in (a, b):
        record = replica.get(m.ProgressRecord, record_id)
        assert record.approved
        assert record.approval_note is None


# --- final site visits ---------------------------------------------------------------------


def test_an_offline_edit_made_after_a_visit_was_finalised_elsewhere_reopens_it_visibly(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    a.write(cmd.finalise_visit, VISIT)
    a.sync()  # final on the server; b has not learnt it
    b.write(cmd.update, m.SiteVisit, VISIT, notes="João: valve 3 replaced.")  # offline
    b.sync()  # b's edit lands on the final visit
    report = a.sync()  # a, holding the final visit, receives an edit its sign-off never saw
    visit = a.get(m.SiteVisit, VISIT)
    assert visit.notes == "João: valve 3 replaced."  # never lost
    assert visit.state == v.VisitState.DRAFT
    assert len(report.reopened_visits) == 1
    assert "a change made elsewhere arrived after it was signed" in report.reopened_visits[0]
    assert visit.title in report.reopened_visits[0]
    assert "a change made elsewhere arrived after it was signed" in "\n".join(
        cli_describe(report, "https://wop.example")
    )
    _settle(a, b)
    for replica in (a, b):
        visit = replica.get(m.SiteVisit, VISIT)
        assert visit.notes == "João: valve 3 replaced."
        assert visit.state == v.VisitState.DRAFT
        assert not replica.conflicts()


def test_a_visit_signed_after_an_edit_stays_final_and_cannot_be_edited_once_known(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    a.write(cmd.update, m.SiteVisit, VISIT, notes="Seen before signing.")
    a.write(cmd.finalise_visit, VISIT)  # signed with the edit: stamped before the sign-off
    a.sync()
    report = b.sync()  # the edit and the finalising reach b in one page
    assert not report.reopened_visits
    assert b.get(m.SiteVisit, VISIT).state == v.VisitState.FINAL
    # b has seen the sign-off: an edit after it is impossible until someone reopens it
    with pytest.raises(ValidationError, match="final; reopen it"):
        b.write(cmd.update, m.SiteVisit, VISIT, notes="After the sign-off.")
    for replica in (a, b, a):
        assert not replica.sync().reopened_visits
    for replica in (a, b):
        visit = replica.get(m.SiteVisit, VISIT)
        assert visit.state == v.VisitState.FINAL
        assert visit.notes == "Seen before signing."


def test_a_change_to_another_visit_leaves_a_final_visit_final(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    other = demo_id("visit:first")
    a.write(cmd.finalise_visit, VISIT)
    a.sync()
    b.write(cmd.reopen_visit, other)  # offline: another visit, reopened on purpose
    b.write(cmd.update, m.SiteVisit, other, notes="Corrected the pilot sector.")
    b.sync()
    report = a.sync()
    assert not report.reopened_visits
    assert a.get(m.SiteVisit, VISIT).state == v.VisitState.FINAL
    assert a.get(m.SiteVisit, other).notes == "Corrected the pilot sector."
    _settle(a, b)
    assert b.get(m.SiteVisit, VISIT).state == v.VisitState.FINAL
