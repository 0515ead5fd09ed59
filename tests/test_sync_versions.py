"""Laptops and servers a version apart keep syncing (docs/sync.md, "Versions"): a laptop
one protocol ahead speaks the server's; a server one version ahead adds keys its older
laptops ignore; a field a newer laptop adds is kept by the server and by older laptops."""

import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from tests.test_sync_engine import (  # noqa: F401 (fixtures)
    ACTION,
    Replica,
    quiet_environment,
    replicas,
    template,
)
from wopdesk.demo import DEMO_PARTNERSHIP_IDS
from wopdesk.server import accounts
from wopdesk.server import app as server_app
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.sync import apply as sync_apply
from wopdesk.sync import client as sync_client
from wopdesk.sync import engine, withdrawn
from wopdesk.sync import pull as sync_pull
from wopdesk.sync.client import ServerConnection, SyncError
from wopdesk.sync.engine import SyncEngine
from wopdesk.sync.protocol import PROTOCOL_VERSION, Change, PushRequest
from wopdesk.sync.status import get_state
from wopdesk.sync.tokens import FileTokens

ROW = "00000000-0000-4000-8000-00000000000a"
STAMP = "1700000000000.0000.0123456789abcdef"


@pytest.mark.parametrize("server_speaks", [PROTOCOL_VERSION, PROTOCOL_VERSION - 1])
def test_a_laptop_a_version_ahead_speaks_the_servers_protocol(
    replicas: tuple[Replica, Replica],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    server_speaks: int,
) -> None:
    a, b = replicas
    monkeypatch.setattr(sync_client, "PROTOCOL_VERSION", PROTOCOL_VERSION + 1)
    monkeypatch.setattr(server_app, "PROTOCOL_VERSION", server_speaks)
    a.write(cmd.update, m.Action, ACTION, description="Written on next year's laptop.")
    with a.connection() as connection:
        SyncEngine(a.store, connection).sync()
        assert connection.protocol == server_speaks
    b.sync()
    assert b.get(m.Action, ACTION).description == "Written on next year's laptop."


def test_a_server_older_than_every_protocol_the_laptop_speaks_says_to_update_it(
    replicas: tuple[Replica, Replica],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, _b = replicas
    monkeypatch.setattr(server_app, "PROTOCOL_VERSION", sync_client.OLDEST_CLIENT_PROTOCOL - 1)
    with pytest.raises(SyncError, match="Ask its administrator to update it"):
        a.sync()


def test_a_field_this_laptop_does_not_know_yet_waits_for_its_update(
    replicas: tuple[Replica, Replica],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Maria's laptop is a version ahead of Joao's, which lacks ``due_date``: Joao's keeps
    her date aside, syncs everything else, and applies it once updated."""
    a, b = replicas
    known = sync_pull.codecs

    def last_years(model: type[m.SyncedRecord]) -> dict[str, Any]:
        return {k: c for k, c in known(model).items() if k != "due_date"}

    with a.store.reading() as session:
        before = session.get(m.Action, ACTION).due_date  # type: ignore[union-attr]
    later = before.replace(year=before.year + 1) if before else None
    a.write(cmd.update, m.Action, ACTION, due_date=later, description="Moved a year.")
    a.sync()
    monkeypatch.setattr(sync_pull, "codecs", last_years)
    monkeypatch.setattr(sync_apply, "codecs", last_years)
    report = b.sync()
    assert report.kept_for_update == 1
    assert b.get(m.Action, ACTION).description == "Moved a year."
    assert b.get(m.Action, ACTION).due_date == before
    monkeypatch.setattr(sync_pull, "codecs", known)  # Joao's laptop is updated
    monkeypatch.setattr(sync_apply, "codecs", known)
    report = b.sync()
    assert b.get(m.Action, ACTION).due_date == later
    with b.store.reading() as session:
        assert get_state(session, engine.UNKNOWN) == []


# --- A server one version ahead: its answers carry keys this laptop does not know. ------


def _newer_server(request: httpx.Request) -> httpx.Response:
    """Answers as next year's server might: every object with a key added."""
    path = request.url.path
    if path == "/v1/login":
        body: dict[str, Any] = {"token": "t", "expires_at": "2027-01-01T00:00:00+00:00"}
        body |= {"user": "maria", "admin": False, "roles": ["coordinator"]}
    elif path == "/v1/changes":
        change = {"entity": "utility", "row_id": ROW, "field": "name", "value": "Aguas"}
        change |= {"stamp": STAMP, "by": "joao", "origin": "tablet"}
        body = {"changes": [change], "cursor": 1, "more": False, "scope": "s"}
        body |= {"server_id": "srv", "server_time": 1, "compacted_until": 0}
    else:
        result = {"status": "accepted", "stamp": STAMP, "reason": None, "field_rule": "ok"}
        body = {"batch_id": json.loads(request.content)["batch_id"], "results": [result]}
        body |= {"conflicts": 0, "replayed": False, "server_id": "srv", "server_time": 1}
        body |= {"logged": {"after": 0, "last": 1, "scope": "s", "shard": 1}, "load": 0.2}
    return httpx.Response(200, json=body)


@pytest.fixture
def to_newer_server(tmp_path: Any) -> Iterator[ServerConnection]:
    http = httpx.Client(transport=httpx.MockTransport(_newer_server))
    with ServerConnection(
        "http://127.0.0.1:9", "maria", password=lambda: "pw", tokens=FileTokens(tmp_path / "t")
    ) as connection:
        connection.http = http
        yield connection


def test_answers_with_keys_from_a_newer_server_are_read(
    to_newer_server: ServerConnection,
) -> None:
    page = to_newer_server.pull(0, None, 100)
    assert [(c.field, c.value, c.by) for c in page.changes] == [("name", "Aguas", "joao")]
    change = Change(entity="utility", row_id=ROW, field="name", value="Aguas", stamp=STAMP)
    answer = to_newer_server.push(
        to_newer_server.encode_push(
            PushRequest(batch_id="00000000-0000-4000-8000-0000000000b1", changes=[change])
        )
    )
    assert [r.status for r in answer.results] == ["accepted"]
    assert answer.logged is not None


# --- People who leave ----------------------------------------------------------------------


def _records_of(store: Any, partnership_id: str) -> int:
    with store.reading() as session:
        return sum(
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(getattr(model, model.partnership_column) == partnership_id)
            )
            or 0
            for model in m.ENTITIES.values()
            if model.partnership_column is not None
        )


def test_a_withdrawn_partnership_leaves_the_laptop_after_saving_unsynced_work(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    a, b = replicas
    gone, kept = DEMO_PARTNERSHIP_IDS
    assert _records_of(b.store, gone) > 0
    accounts.revoke(b.server.db, "joao", gone)
    b.write(cmd.update, m.Action, ACTION, description="Joao's last words on it.")
    told = b.sync()
    assert len(told.withdrawn) == 1
    assert "was withdrawn on the server" in told.withdrawn[0]
    assert "never synced" in told.withdrawn[0]  # his edit was refused
    assert _records_of(b.store, gone) > 0  # told first, removed at the next sync

    removed = b.sync()
    assert "was removed from this laptop" in removed.withdrawn[0]
    (saved,) = removed.withdrawn_files
    assert saved.parent == b.store.data_dir / withdrawn.FOLDER
    document = json.loads(saved.read_text("utf-8"))
    assert {"entity": "action", "row_id": ACTION} in [
        {k: c[k] for k in ("entity", "row_id")} for c in document["changes"]
    ]
    assert any(
        c["values"].get("description") == "Joao's last words on it." for c in document["changes"]
    )
    assert _records_of(b.store, gone) == 0
    assert _records_of(b.store, kept) > 0
    # What left this laptop is not deleted anywhere else.
    a.sync()
    assert _records_of(a.store, gone) > 0
    assert b.sync().withdrawn == []


def test_a_partnership_granted_again_before_the_next_sync_stays(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    _a, b = replicas
    gone = DEMO_PARTNERSHIP_IDS[0]
    accounts.revoke(b.server.db, "joao", gone)
    assert b.sync().withdrawn
    accounts.grant(b.server.db, "joao", gone, "mentor")
    assert b.sync().withdrawn == []
    assert b.sync().withdrawn == []
    assert _records_of(b.store, gone) > 0


# --- Progress and cancelling -------------------------------------------------------------


def test_a_sync_says_how_far_it_is_and_stops_when_cancelled_losing_nothing(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    a, b = replicas
    for n in range(5):
        a.write(cmd.update, m.Action, ACTION, description=f"Edit {n}")
    seen: list[engine.SyncProgress] = []
    with a.connection() as connection:
        SyncEngine(a.store, connection, progress=seen.append, batch_changes=2).sync()
    sending = [p for p in seen if p.step == "send"]
    assert sending[0].done == 0
    assert sending[-1].done == sending[-1].total
    assert [p.done for p in sending] == sorted(p.done for p in sending)
    assert any(p.step == "receive" and p.total is not None for p in seen)
    assert seen[-1].bytes > 0

    # Cancelled after its first batch: what was sent stays sent, the rest goes next time.
    b.write(cmd.update, m.Action, ACTION, description="Joao, first")
    b.write(cmd.update, m.Utility, b_utility(b), name="Joao renamed it")
    cancel = threading.Event()

    def stop_after_first_batch(progress: engine.SyncProgress) -> None:
        if progress.step == "send" and progress.done > 0:
            cancel.set()

    with b.connection() as connection:
        syncing = SyncEngine(
            b.store, connection, batch_changes=1, progress=stop_after_first_batch, cancel=cancel
        )
        with pytest.raises(engine.SyncCancelled, match="Sync cancelled"):
            syncing.sync()
    b.sync()
    a.sync()
    assert a.get(m.Action, ACTION).description == "Joao, first"
    assert a.get(m.Utility, b_utility(b)).name == "Joao renamed it"


def b_utility(replica: Replica) -> str:
    with replica.store.reading() as session:
        return session.scalars(select(m.Utility.id).order_by(m.Utility.name)).first()  # type: ignore[return-value]
