"""A push holds as many changes as the server says it takes (``/v1/info``), an older
server that does not say gets 2,000, and no push outgrows the server's body limit."""

import gzip
import json
from typing import Any

import httpx
import pytest

from tests.test_server_api import World, change, new_id, state_of, world  # noqa: F401
from tests.test_sync_engine import (  # noqa: F401 (fixtures)
    Flaky,
    Replica,
    add_learning,
    quiet_environment,
    replicas,
    snapshot,
    template,
)
from wopdesk.storage import models as m
from wopdesk.sync import push as sync_push
from wopdesk.sync.client import PushBody, ServerConnection
from wopdesk.sync.protocol import (
    LEGACY_BATCH_CHANGES,
    MAX_BATCH_CHANGES,
    MAX_JSON_BODY,
    PushRequest,
)

pytestmark = pytest.mark.usefixtures("fast_hashing")


def test_the_server_says_how_many_changes_a_push_may_hold(world: World) -> None:  # noqa: F811
    info = world.call("GET", "/v1/info").json()
    assert info["max_batch_changes"] == MAX_BATCH_CHANGES > LEGACY_BATCH_CHANGES


def test_a_push_of_more_changes_than_the_server_takes_is_one_sentence(
    world: World,  # noqa: F811
) -> None:
    before = state_of(world.db)
    too_many = {"batch_id": new_id(), "changes": [change()] * (MAX_BATCH_CHANGES + 1)}
    response = world.call("POST", "/v1/push", "member", json=too_many)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert f"at most {MAX_BATCH_CHANGES}" in detail
    assert detail.endswith(".")
    assert detail.count(". ") == 0
    assert state_of(world.db) == before


def test_a_full_push_that_inflates_past_the_body_limit_is_refused(
    world: World,  # noqa: F811
) -> None:
    """As many changes as allowed, each with a long text: the gzip body is small, the
    inflated one over the limit, so the server stops inflating and stores nothing."""
    before = state_of(world.db)
    text = "x" * (MAX_JSON_BODY // MAX_BATCH_CHANGES + 1)
    batch = {"batch_id": new_id(), "changes": [change(value=text)] * MAX_BATCH_CHANGES}
    body = gzip.compress(json.dumps(batch).encode())
    assert len(body) < MAX_JSON_BODY // 100
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    response = world.call("POST", "/v1/push", "member", content=body, headers=headers)
    assert response.status_code == 413
    assert response.json() == {"detail": "The request body is larger than the 8 MB allowed."}
    assert state_of(world.db) == before


def _pushed_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    encode = ServerConnection.encode_push

    def counting(connection: ServerConnection, batch: PushRequest) -> PushBody:
        sizes.append(len(batch.changes))  # each batch is written once, then sent
        return encode(connection, batch)

    monkeypatch.setattr(ServerConnection, "encode_push", counting)
    return sizes


def test_a_laptop_pushes_as_many_changes_as_the_server_takes(
    replicas: tuple[Replica, Replica],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = replicas
    fields = len(m.LearningActivity.synced_fields())
    add_learning(a, MAX_BATCH_CHANGES // fields + 10)
    sizes = _pushed_sizes(monkeypatch)
    a.transport.log.clear()
    a.sync()
    assert sizes == [MAX_BATCH_CHANGES // fields * fields, 10 * fields]
    assert a.transport.log.count("GET /v1/info") == 1  # as before: the server's identity
    b.sync()
    assert snapshot(a.store) == snapshot(b.store)


class OlderServer(Flaky):
    """Last year's server: its ``/v1/info`` does not say its limit, and it refuses a
    push of more than 2,000 changes (as pydantic did then, with a 422)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/push":
            content = request.read()
            if request.headers.get("Content-Encoding") == "gzip":
                content = gzip.decompress(content)
            if len(json.loads(content)["changes"]) > LEGACY_BATCH_CHANGES:
                detail = "The request is not valid: changes: List should have at most 2000 items."
                return httpx.Response(422, json={"detail": detail})
        response = super().handle_request(request)
        if request.url.path != "/v1/info":
            return response
        body: dict[str, Any] = json.loads(response.read())
        del body["max_batch_changes"]
        return httpx.Response(response.status_code, json=body)


def test_a_laptop_pushes_2000_changes_at_a_time_to_a_server_that_does_not_say(
    replicas: tuple[Replica, Replica],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = replicas
    a.transport = OlderServer()
    fields = len(m.LearningActivity.synced_fields())
    entries = MAX_BATCH_CHANGES // fields + 10
    add_learning(a, entries)
    sizes = _pushed_sizes(monkeypatch)
    report = a.sync()
    assert report.sent == entries * fields
    assert not report.refused
    assert max(sizes) <= LEGACY_BATCH_CHANGES
    assert sum(sizes) == entries * fields
    b.sync()
    assert snapshot(a.store) == snapshot(b.store)


def test_a_batch_of_long_texts_stays_under_the_body_limit(
    replicas: tuple[Replica, Replica],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Long texts make a batch's JSON large long before its count: it is cut by size
    (here a limit of 40 kB stands for the server's 8 MB)."""
    a, b = replicas
    monkeypatch.setattr(sync_push, "PUSH_BYTES", 40_000)
    add_learning(a, 12)
    with a.store.transaction() as session:
        for n, activity in enumerate(session.query(m.LearningActivity).limit(12)):
            activity.applied_evidence = f"{n} " + "Evidence of practice. " * 500  # ~11 kB
    sizes = _pushed_sizes(monkeypatch)
    a.sync()
    assert len(sizes) >= 4
    b.sync()
    assert snapshot(a.store) == snapshot(b.store)


def test_a_laptop_asks_about_more_files_than_one_request_holds_in_parts(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    """A push may name more attachments than ``/v1/blobs/missing`` takes at once."""
    a, _b = replicas
    hashes = [f"{n:064x}" for n in range(LEGACY_BATCH_CHANGES + 5)]
    a.transport.log.clear()
    with a.connection() as connection:
        assert connection.missing_blobs(hashes) == hashes
    assert a.transport.log.count("POST /v1/blobs/missing") == 2
