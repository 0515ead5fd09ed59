"""The server's HTTP API on a real uvicorn: auth and scope per endpoint, bad payloads.

Runs against SQLite and, when WOPDESK_TEST_PG_URL is set, against PostgreSQL too.
"""

import datetime as dt
import hashlib
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, func, select

from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import (
    Account,
    Blob,
    BlobChunk,
    LoggedChange,
    LoginFailure,
    ServerDatabase,
    ServerRecord,
    ServerState,
)
from wopdesk.server.testing import running_server
from wopdesk.storage.clock import Stamp
from wopdesk.sync.protocol import (
    MAX_BATCH_CHANGES,
    MAX_JSON_BODY,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
)

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
NODE = "aaaaaaaaaaaaaaaa"


pytestmark = pytest.mark.usefixtures("fast_hashing")


def stamp(offset_ms: int = 0, node: str = NODE) -> str:
    return Stamp(int(dt.datetime.now(dt.UTC).timestamp() * 1000) + offset_ms, 0, node).encode()


def new_id() -> str:
    return str(uuid.uuid4())


def creation(entity: str, row_id: str, values: dict[str, Any], at: str) -> list[dict[str, Any]]:
    base = {"created_at": "2026-01-01T00:00:00+00:00", "deleted": False}
    return [
        {"entity": entity, "row_id": row_id, "field": k, "value": v, "stamp": at}
        for k, v in {**base, **values}.items()
    ]


@dataclass
class World:
    """A server with two partnerships, their members, an admin and tokens for each."""

    url: str
    db: ServerDatabase
    p1: str
    p2: str
    visit: str
    blob: str
    tokens: dict[str, str]
    http: httpx.Client

    def call(self, method: str, path: str, who: str | None = None, **kw: Any) -> httpx.Response:
        headers = {**HEADERS, **kw.pop("headers", {})}
        if who is not None:
            headers["Authorization"] = f"Bearer {self.tokens[who]}"
        return self.http.request(method, self.url + path, headers=headers, **kw)

    def push(self, who: str, changes: list[dict[str, Any]]) -> httpx.Response:
        body = {"batch_id": new_id(), "changes": changes}
        return self.call("POST", "/v1/push", who, json=body)


def token_for(db: ServerDatabase, name: str, lifetime: dt.timedelta) -> str:
    with db.write() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        assert account is not None
        return accounts.issue_token(session, account.id, lifetime)[0]


@pytest.fixture
def world(server_db: ServerDatabase) -> Iterator[World]:
    db = server_db
    p1, p2, visit = new_id(), new_id(), new_id()
    for name in ("member", "outsider", "admin", "watcher"):
        accounts.add_user(db, name, f"{name}-password", admin=name == "admin")
    accounts.grant(db, "member", p1, "mentor")
    accounts.grant(db, "watcher", p1, "observer")
    accounts.grant(db, "outsider", p2, "mentee")
    tokens = {n: token_for(db, n, dt.timedelta(hours=1)) for n in ("member", "outsider", "admin")}
    tokens["watcher"] = token_for(db, "watcher", dt.timedelta(hours=1))
    tokens["expired"] = token_for(db, "member", dt.timedelta(seconds=-1))
    photo = b"\xff\xd8 not really a jpeg, but bytes all the same"
    sha = hashlib.sha256(photo).hexdigest()
    with running_server(create_app(db)) as url, httpx.Client(timeout=30) as http:
        w = World(url, db, p1, p2, visit, sha, tokens, http)
        now = stamp()
        for pid, who in ((p1, "member"), (p2, "outsider")):
            # Each partnership with utilities of its own: a partnership may name only
            # shared records its members can already read.
            utilities = [new_id(), new_id()]
            changes = []
            for uid in utilities:
                changes += creation(
                    "utility", uid, {"name": "U", "country": "SN", "kind": "water"}, now
                )
            partnership = {
                "title": "WOP",
                "mentor_utility_id": utilities[0],
                "mentee_utility_id": utilities[1],
                "currency": "USD",
                "type": "south_south",
                "phase": "design",
                "status": "active",
            }
            result = w.push(who, changes + creation("partnership", pid, partnership, now))
            assert result.status_code == 200, result.text
            assert {r["status"] for r in result.json()["results"]} <= {"accepted", "duplicate"}
        visit_values = {
            "partnership_id": p1,
            "title": "First visit",
            "start_date": "2026-03-01",
            "end_date": "2026-03-05",
            "state": "draft",
        }
        attachment = {
            "partnership_id": p1,
            "sha256": sha,
            "file_name": "valve.jpg",
            "media_type": "image/jpeg",
            "size": len(photo),
            "owner_entity": "site_visit",
            "owner_id": visit,
        }
        put = w.call(
            "PUT",
            f"/v1/blobs/{sha}",
            "member",
            params={"offset": 0, "total": len(photo)},
            content=photo,
        )
        assert put.status_code == 200
        assert put.json()["complete"]
        result = w.push(
            "member",
            creation("site_visit", visit, visit_values, now)
            + creation("attachment", new_id(), attachment, now),
        )
        assert {r["status"] for r in result.json()["results"]} == {"accepted"}
        yield w


def state_of(db: ServerDatabase) -> tuple[int, int, int, int]:
    """Everything a refused request must leave alone."""
    with db.read() as session:
        last = session.get(ServerState, 1)
        assert last is not None
        return (
            last.last_seq,
            session.scalar(select(func.count()).select_from(ServerRecord)) or 0,
            session.scalar(select(func.count()).select_from(Blob)) or 0,
            session.scalar(select(func.count()).select_from(BlobChunk)) or 0,
        )


def pulled_partnerships(world: World, who: str) -> set[str]:
    response = world.call("GET", "/v1/changes", who, params={"after": 0})
    assert response.status_code == 200, response.text
    return {c["row_id"] for c in response.json()["changes"] if c["entity"] == "partnership"}


# --- auth and scope, endpoint by endpoint ----------------------------------------------


AUTHED = [
    ("POST", "/v1/push", {"json": {"batch_id": str(uuid.uuid4()), "changes": []}}),
    ("GET", "/v1/changes", {}),
    ("POST", "/v1/blobs/missing", {"json": {"hashes": []}}),
    ("GET", f"/v1/blobs/{'a' * 64}/upload", {}),
    ("PUT", f"/v1/blobs/{'a' * 64}", {"params": {"offset": 0, "total": 1}, "content": b"x"}),
    ("GET", f"/v1/blobs/{'a' * 64}", {}),
]


@pytest.mark.parametrize(("method", "path", "kw"), AUTHED)
def test_every_endpoint_wants_a_valid_unexpired_token(
    world: World, method: str, path: str, kw: dict[str, Any]
) -> None:
    before = state_of(world.db)
    none = world.call(method, path, None, **kw)
    assert none.status_code == 401
    assert "Sign in" in none.json()["detail"]
    assert none.headers["www-authenticate"] == "Bearer"
    expired = world.call(method, path, "expired", **kw)
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]
    forged = world.call(method, path, None, headers={"Authorization": "Bearer forged"}, **kw)
    assert forged.status_code == 401
    assert "not valid" in forged.json()["detail"]
    assert state_of(world.db) == before


def test_pull_shows_only_your_partnerships_and_shared_records(world: World) -> None:
    assert pulled_partnerships(world, "member") == {world.p1}
    assert pulled_partnerships(world, "watcher") == {world.p1}
    assert pulled_partnerships(world, "outsider") == {world.p2}
    assert pulled_partnerships(world, "admin") == {world.p1, world.p2}
    outsider = world.call("GET", "/v1/changes", "outsider").json()["changes"]
    entities = {c["entity"] for c in outsider}
    assert "utility" in entities
    assert "site_visit" not in entities
    assert "attachment" not in entities


def test_push_outside_scope_is_refused_alone(world: World) -> None:
    edit = {
        "entity": "site_visit",
        "row_id": world.visit,
        "field": "notes",
        "value": "edited",
        "stamp": stamp(),
    }
    shared = {**edit, "entity": "utility", "field": "region"}
    with world.db.read() as session:
        p1 = session.get(ServerRecord, ("partnership", world.p1))
        assert p1 is not None
    shared["row_id"] = p1.fields["mentor_utility_id"]["v"]  # a utility only P1 uses
    results = {}
    for who in ("outsider", "watcher", "member", "admin"):
        at = stamp(node=(who * 4)[:16])
        changes = [{**edit, "value": who, "stamp": at}, {**shared, "value": who, "stamp": at}]
        response = world.push(who, changes)
        assert response.status_code == 200
        results[who] = [(r["status"], r["reason"]) for r in response.json()["results"]]
    # Refused as records the server does not have: neither their existence nor P1's id
    # reaches a member of another partnership (test_authread_existence.py).
    assert results["outsider"][0][0] == "refused"
    assert results["outsider"][0][1].startswith(f"The server has no site visit {world.visit}")
    assert world.p1 not in results["outsider"][0][1]
    # A shared record: only writing members of a partnership that uses it.
    assert results["outsider"][1][0] == "refused"
    assert results["outsider"][1][1].startswith("The server has no utility")
    assert results["watcher"][0] == ("refused", f"Observers cannot change partnership {world.p1}.")
    assert results["watcher"][1][0] == "refused"
    assert results["member"] == [("accepted", None), ("accepted", None)]
    assert results["admin"] == [("accepted", None), ("accepted", None)]
    with world.db.read() as session:
        record = session.get(ServerRecord, ("site_visit", world.visit))
        assert record is not None
        assert record.fields["notes"]["v"] == "admin"


def test_moving_a_record_or_touching_builtins_is_refused(world: World) -> None:
    from wopdesk.domain.catalogue import catalogue

    builtin = next(iter(catalogue())).id
    changes = [
        {
            "entity": "site_visit",
            "row_id": world.visit,
            "field": "partnership_id",
            "value": world.p2,
            "stamp": stamp(),
        },
        {"entity": "indicator", "row_id": builtin, "field": "name", "value": "x", "stamp": stamp()},
        {
            "entity": "action",
            "row_id": new_id(),
            "field": "description",
            "value": "orphan edit",
            "stamp": stamp(),
        },
    ]
    reasons = [r["reason"] for r in world.push("admin", changes).json()["results"]]
    assert reasons[0] == "A record cannot move to another partnership."
    assert "Built-in indicators" in reasons[1]
    assert "does not create it whole" in reasons[2]


def test_new_partnership_makes_its_creator_coordinator_unless_it_has_members(
    world: World,
) -> None:
    with world.db.read() as session:
        p2 = session.get(ServerRecord, ("partnership", world.p2))
        assert p2 is not None
    utility_id = p2.fields["mentor_utility_id"]["v"]  # the outsider's own utility
    values = {
        "title": "New WOP",
        "mentor_utility_id": utility_id,
        "mentee_utility_id": utility_id,
        "currency": "EUR",
        "type": "national",
        "phase": "design",
        "status": "active",
    }
    fresh = new_id()
    first = world.push("outsider", creation("partnership", fresh, values, stamp()))
    assert {r["status"] for r in first.json()["results"]} == {"accepted"}
    assert fresh in pulled_partnerships(world, "outsider")
    # A partnership that already has members cannot be claimed by someone else.
    taken = new_id()
    accounts.grant(world.db, "admin", taken, "coordinator")
    second = world.push("outsider", creation("partnership", taken, values, stamp()))
    assert {r["status"] for r in second.json()["results"]} == {"refused"}


def test_blob_download_needs_an_attachment_in_scope(world: World) -> None:
    for who, status in (("member", 200), ("admin", 200), ("outsider", 404)):
        response = world.call("GET", f"/v1/blobs/{world.blob}", who)
        assert response.status_code == status, who
    content = world.call("GET", f"/v1/blobs/{world.blob}", "member").content
    assert hashlib.sha256(content).hexdigest() == world.blob
    missing = world.call(
        "POST", "/v1/blobs/missing", "outsider", json={"hashes": [world.blob, "b" * 64]}
    )
    # Whether the server has a file is no answer for someone who may not read it.
    assert missing.json() == {"missing": [world.blob, "b" * 64]}
    status = world.call("GET", f"/v1/blobs/{world.blob}/upload", "outsider").json()
    assert status["complete"] is False
    # Anyone signed in may upload (a new partnership's photos come before its grant).
    for n, who in enumerate(("outsider", "member", "admin")):
        data = f"photo of {who}".encode()
        sha = hashlib.sha256(data).hexdigest()
        status = world.call("GET", f"/v1/blobs/{sha}/upload", who)
        assert status.json() == {"sha256": sha, "received": 0, "complete": False}
        put = world.call(
            "PUT", f"/v1/blobs/{sha}", who, params={"offset": 0, "total": len(data)}, content=data
        )
        assert put.status_code == 200, n
        assert put.json()["complete"], n


# --- bad payloads ------------------------------------------------------------------------


def change(**overrides: Any) -> dict[str, Any]:
    return {
        "entity": "utility",
        "row_id": new_id(),
        "field": "name",
        "value": "x",
        "stamp": stamp(),
        **overrides,
    }


BAD_PUSHES = [
    ({"batch_id": "not-a-uuid", "changes": []}, 422, "batch_id"),
    ({"batch_id": str(uuid.uuid4())}, 422, "changes"),
    ({"batch_id": str(uuid.uuid4()), "changes": [change(row_id=12)]}, 422, "row_id"),
    ({"batch_id": str(uuid.uuid4()), "changes": [change(stamp="yesterday")]}, 422, "stamp"),
    ({"batch_id": str(uuid.uuid4()), "changes": [change(extra=1)]}, 422, "extra"),
    (  # no database stores a NUL: found by schemathesis on PostgreSQL as a 500
        {"batch_id": str(uuid.uuid4()), "changes": [change(value="Ka\x00olack")]},
        422,
        "NUL",
    ),
    ([], 422, "not valid"),
]


@pytest.mark.parametrize(("body", "status", "words"), BAD_PUSHES)
def test_bad_push_is_refused_with_a_reason_and_changes_nothing(
    world: World, body: Any, status: int, words: str
) -> None:
    before = state_of(world.db)
    response = world.call("POST", "/v1/push", "member", json=body)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]
    assert state_of(world.db) == before


# Changes refused one by one: the batch's other changes are applied (docs/sync.md, Versions).
BAD_CHANGES = [
    (change(entity="pipe"), "This server does not know 'pipe' records yet"),
    (change(field="id"), "no synced field 'id'"),
    (change(field="Colour!"), "no synced field 'Colour!'"),
    (change(field="connections", value="many"), "whole number"),
    (change(value=None), "cannot be empty"),
    (change(seen={"name": stamp()}), "Only a delete"),
]


@pytest.mark.parametrize(("bad", "words"), BAD_CHANGES)
def test_a_bad_change_is_refused_alone_and_the_rest_applied(
    world: World, bad: dict[str, Any], words: str
) -> None:
    good = whole_utility_batch()["changes"]
    response = world.push("member", [*good, bad])
    assert response.status_code == 200, response.text
    *applied, refused = response.json()["results"]
    assert {r["status"] for r in applied} == {"accepted"}
    assert refused["status"] == "refused"
    assert words in refused["reason"]
    with world.db.read() as session:
        kept = session.scalar(select(ServerRecord).where(ServerRecord.row_id == good[0]["row_id"]))
        assert kept is not None
        assert "Colour!" not in kept.fields


def test_a_field_from_a_newer_wopdesk_is_kept_and_forwarded(world: World) -> None:
    """A laptop one version ahead adds a field this server does not know: it is stored
    with the record and pulled by the partnership's other laptops, never refused."""
    batch = whole_utility_batch()["changes"]
    row_id = batch[0]["row_id"]
    newer = change(row_id=row_id, field="water_quality_lab", value={"accredited": True})
    response = world.push("member", [*batch, newer])
    assert [r["status"] for r in response.json()["results"]] == ["accepted"] * (len(batch) + 1)
    pulled = world.call("GET", "/v1/changes", "admin", params={"after": 0}).json()["changes"]
    forwarded = [c for c in pulled if c["row_id"] == row_id and c["field"] == "water_quality_lab"]
    assert [c["value"] for c in forwarded] == [{"accredited": True}]


@pytest.mark.parametrize(
    "raw", [b"{not json", b"", b'{"batch_id": "x", "changes": [NaN]}', "é".encode("latin-1")]
)
def test_malformed_json_is_a_400(world: World, raw: bytes) -> None:
    before = state_of(world.db)
    response = world.call(
        "POST", "/v1/push", "member", content=raw, headers={"Content-Type": "application/json"}
    )
    assert response.status_code in (400, 422), response.text
    assert response.json()["detail"].endswith(".")
    assert state_of(world.db) == before


def test_oversized_bodies_are_refused(world: World) -> None:
    before = state_of(world.db)
    big = b"x" * (MAX_JSON_BODY + 1)
    declared = world.call("POST", "/v1/push", "member", content=big)
    assert declared.status_code == 413
    assert "larger than" in declared.json()["detail"]

    def stream() -> Iterator[bytes]:
        for _ in range(MAX_JSON_BODY // (1 << 20) + 2):
            yield b" " * (1 << 20)

    streamed = world.call("POST", "/v1/push", "member", content=stream())
    assert streamed.status_code == 413
    too_many = {"batch_id": new_id(), "changes": [change()] * (MAX_BATCH_CHANGES + 1)}
    assert world.call("POST", "/v1/push", "member", json=too_many).status_code == 422
    assert state_of(world.db) == before


@pytest.mark.parametrize(
    ("params", "status"),
    [({"after": -1}, 422), ({"limit": 0}, 422), ({"limit": "lots"}, 422), ({"limit": 10**6}, 422)],
)
def test_bad_pull_queries_are_422(world: World, params: dict[str, Any], status: int) -> None:
    response = world.call("GET", "/v1/changes", "member", params=params)
    assert response.status_code == status
    assert "not valid" in response.json()["detail"]


def test_blob_whose_bytes_do_not_match_is_not_stored(world: World) -> None:
    before = state_of(world.db)
    claimed = hashlib.sha256(b"the real photo").hexdigest()
    wrong = world.call(
        "PUT",
        f"/v1/blobs/{claimed}",
        "member",
        params={"offset": 0, "total": 9},
        content=b"forgeries",
    )
    assert wrong.status_code == 422
    assert "do not match" in wrong.json()["detail"]
    status = world.call("GET", f"/v1/blobs/{claimed}/upload", "member").json()
    assert status == {"sha256": claimed, "received": 0, "complete": False}
    bad_hash = world.call("GET", "/v1/blobs/not-a-hash/upload", "member")
    assert bad_hash.status_code == 400
    assert "sha256" in bad_hash.json()["detail"]
    beyond = world.call(
        "PUT", f"/v1/blobs/{claimed}", "member", params={"offset": 5, "total": 3}, content=b"abc"
    )
    assert beyond.status_code == 400
    huge = world.call(
        "PUT",
        f"/v1/blobs/{claimed}",
        "member",
        params={"offset": 0, "total": 10**12},
        content=b"abc",
    )
    assert huge.status_code == 413
    assert state_of(world.db) == before


def test_interrupted_upload_resumes_where_it_stopped(world: World) -> None:
    data = os.urandom(100_000)
    sha = hashlib.sha256(data).hexdigest()
    first = world.call(
        "PUT",
        f"/v1/blobs/{sha}",
        "member",
        params={"offset": 0, "total": len(data)},
        content=data[:40_000],
    )
    assert first.json() == {"sha256": sha, "received": 40_000, "complete": False}
    # The same chunk again (its answer was lost) is refused with where to resume.
    again = world.call(
        "PUT",
        f"/v1/blobs/{sha}",
        "member",
        params={"offset": 0, "total": len(data)},
        content=data[:40_000],
    )
    assert again.status_code == 409
    assert "40000" in again.json()["detail"]
    status = world.call("GET", f"/v1/blobs/{sha}/upload", "member").json()
    rest = world.call(
        "PUT",
        f"/v1/blobs/{sha}",
        "member",
        params={"offset": status["received"], "total": len(data)},
        content=data[40_000:],
    )
    assert rest.json() == {"sha256": sha, "received": len(data), "complete": True}
    with world.db.read() as session:
        assert session.get(Blob, sha).data == data
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0


# --- protocol, login, replay -------------------------------------------------------------


def test_protocol_version_is_checked_first(world: World) -> None:
    get = world.http.get
    missing = get(world.url + "/v1/changes")
    assert missing.status_code == 400
    assert PROTOCOL_HEADER in missing.json()["detail"]
    old = get(world.url + "/v1/changes", headers={PROTOCOL_HEADER: "0"})
    assert old.status_code == 426
    assert "too old" in old.json()["detail"]
    newer = get(world.url + "/v1/changes", headers={PROTOCOL_HEADER: "99"})
    assert newer.status_code == 400
    assert "older than this copy" in newer.json()["detail"]
    info = get(world.url + "/v1/info").json()
    assert info["protocol"] == PROTOCOL_VERSION
    assert info["server_id"]
    unknown = world.call("GET", "/v2/nothing", "member")
    assert unknown.status_code == 404
    assert unknown.json()["detail"].endswith(".")


def test_login_issues_tokens_and_limits_guessing_across_processes(world: World) -> None:
    good = world.call("POST", "/v1/login", json={"user": "member", "password": "member-password"})
    assert good.status_code == 200
    token = good.json()["token"]
    ok = world.call("GET", "/v1/changes", headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200
    for _ in range(accounts.MAX_FAILURES_PER_NAME):
        bad = world.call("POST", "/v1/login", json={"user": "member", "password": "guess"})
        assert bad.status_code == 401
        assert bad.json()["detail"] == "Wrong user name or password."
    # The limit is in the database: a second server process sees it as well.
    with running_server(create_app(world.db)) as other:
        limited = world.http.post(
            other + "/v1/login",
            headers=HEADERS,
            json={"user": "member", "password": "member-password"},
        )
    assert limited.status_code == 429
    assert "Too many" in limited.json()["detail"]
    nobody = world.call("POST", "/v1/login", json={"user": "nobody", "password": "x"})
    assert nobody.status_code == 401
    assert world.call("POST", "/v1/login", json={"user": "member"}).status_code == 422
    for control in ("mem\x00ber", "member\n"):  # a NUL made PostgreSQL fail with a 500
        odd = world.call("POST", "/v1/login", json={"user": control, "password": "x"})
        assert odd.status_code == 422
    world.call("POST", "/v1/logout", headers={"Authorization": f"Bearer {token}"})
    revoked = world.call("GET", "/v1/changes", headers={"Authorization": f"Bearer {token}"})
    assert revoked.status_code == 401


def whole_utility_batch() -> dict[str, Any]:
    """A batch creating one utility with every field it needs."""
    body = {"batch_id": new_id(), "changes": [change(), change(field="country", value="SN")]}
    body["changes"][1]["row_id"] = body["changes"][0]["row_id"]
    body["changes"] += [
        {**body["changes"][0], "field": f, "value": v}
        for f, v in (
            ("kind", "water"),
            ("deleted", False),
            ("created_at", "2026-01-01T00:00:00+00:00"),
        )
    ]
    return body


def test_replayed_batch_is_applied_once(world: World) -> None:
    body = whole_utility_batch()
    first = world.call("POST", "/v1/push", "member", json=body)
    before = state_of(world.db)
    again = world.call("POST", "/v1/push", "member", json=body)
    assert again.status_code == 200
    assert again.json()["replayed"] is True
    assert again.json()["results"] == first.json()["results"]
    assert state_of(world.db) == before
    stolen = world.call("POST", "/v1/push", "admin", json=body)
    assert stolen.status_code == 409


def test_push_answer_says_where_the_batch_was_logged_from_protocol_2(world: World) -> None:
    """Protocol 2 answers carry the batch's log range; protocol 1 clients, whose strict
    models refuse unknown keys, get the answer they know."""
    body = whole_utility_batch()
    before = state_of(world.db)[0]
    first = world.call("POST", "/v1/push", "member", json=body)
    logged = first.json()["logged"]
    assert logged["after"] == before
    assert logged["last"] == before + 5
    assert logged["scope"] == pulled_scope(world, "member")
    old_client = {**HEADERS, PROTOCOL_HEADER: "1"}
    again = world.call("POST", "/v1/push", "member", json=body, headers=old_client)
    assert again.status_code == 200
    assert "logged" not in again.json()
    other = {**body, "batch_id": new_id()}
    fresh = world.call("POST", "/v1/push", "member", json=other, headers=old_client)
    assert fresh.status_code == 200
    assert "logged" not in fresh.json()


def test_push_answer_names_wanted_files_only_from_protocol_3(world: World) -> None:
    """``files_wanted`` came with protocol 3; a protocol 2 laptop refuses unknown keys."""
    body = whole_utility_batch()
    assert world.call("POST", "/v1/push", "member", json=body).json()["files_wanted"] == []
    protocol_2 = {**HEADERS, PROTOCOL_HEADER: "2"}
    again = world.call("POST", "/v1/push", "member", json=body, headers=protocol_2)
    assert again.status_code == 200
    assert "files_wanted" not in again.json()
    assert "logged" in again.json()


def test_wanted_files_tell_a_stranger_no_more_than_missing_does(world: World) -> None:
    """An attachment naming a file its author may not read asks for it, whether the
    server has it or not: ``files_wanted`` is never a way to learn what the server holds."""
    absent = "c" * 64

    def attachment(pid: str, sha256: str) -> list[dict[str, Any]]:
        visit = new_id()
        values = {
            "partnership_id": pid,
            "title": "Visit",
            "start_date": "2026-03-01",
            "end_date": "2026-03-05",
            "state": "draft",
        }
        photo = {
            "partnership_id": pid,
            "sha256": sha256,
            "file_name": "valve.jpg",
            "media_type": "image/jpeg",
            "size": 10,
            "owner_entity": "site_visit",
            "owner_id": visit,
        }
        return creation("site_visit", visit, values, stamp()) + creation(
            "attachment", new_id(), photo, stamp()
        )

    stranger = world.push(
        "outsider",
        attachment(world.p2, world.blob) + attachment(world.p2, absent),
    )
    assert {r["status"] for r in stranger.json()["results"]} == {"accepted"}
    assert sorted(stranger.json()["files_wanted"]) == sorted([world.blob, absent])
    assert world.call("GET", f"/v1/blobs/{world.blob}", "outsider").status_code == 404
    member = world.push("member", attachment(world.p1, world.blob))
    assert member.json()["files_wanted"] == []


def pulled_scope(world: World, who: str) -> str:
    scope: str = world.call("GET", "/v1/changes", who).json()["scope"]
    return scope


def test_stamps_from_the_future_are_clamped(world: World) -> None:
    future = stamp(offset_ms=86_400_000)
    response = world.push(
        "member",
        [
            {
                "entity": "site_visit",
                "row_id": world.visit,
                "field": "notes",
                "value": "f",
                "stamp": future,
            }
        ],
    )
    kept = response.json()["results"][0]["stamp"]
    assert Stamp.decode(kept).wall <= response.json()["server_time"] < Stamp.decode(future).wall
    with world.db.read() as session:
        logged = session.scalars(select(LoggedChange).order_by(LoggedChange.seq.desc())).first()
        assert logged is not None
        assert logged.stamp == kept


def test_pages_never_split_a_batch(world: World) -> None:
    response = world.call("GET", "/v1/changes", "admin", params={"after": 0, "limit": 1})
    page = response.json()
    # The first batch created two utilities and a partnership: all of it comes at once.
    assert len(page["changes"]) > 1
    assert page["more"] is True
    rows = {(c["entity"], c["row_id"]) for c in page["changes"]}
    assert ("partnership", world.p1) in rows
    cursor, seen = page["cursor"], len(page["changes"])
    while page["more"]:
        page = world.call(
            "GET",
            "/v1/changes",
            "admin",
            params={"after": cursor, "limit": 1, "scope": page["scope"]},
        ).json()
        cursor, seen = page["cursor"], seen + len(page["changes"])
    everything = world.call("GET", "/v1/changes", "admin", params={"after": 0}).json()
    assert seen == len(everything["changes"])
    assert cursor == everything["cursor"]


def test_two_server_processes_share_one_database_without_skipping(world: World) -> None:
    """Pushes through two servers race while a reader pulls: it misses nothing."""
    second_db = ServerDatabase.open(world.db.engine.url.render_as_string(hide_password=False))
    done = threading.Event()
    pulled: list[tuple[str, str, str]] = []
    errors: list[BaseException] = []

    def pusher(base: str, n: int) -> None:
        try:
            with httpx.Client(timeout=60) as http:
                for b in range(4):
                    changes = []
                    for _ in range(15):
                        changes += creation(
                            "utility",
                            new_id(),
                            {"name": f"p{n}b{b}", "country": "SN", "kind": "water"},
                            stamp(node=f"{n:016d}"),
                        )
                    response = http.post(
                        base + "/v1/push",
                        headers={**HEADERS, "Authorization": f"Bearer {world.tokens['admin']}"},
                        json={"batch_id": new_id(), "changes": changes},
                    )
                    assert response.status_code == 200, response.text
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    def puller(base: str) -> None:
        cursor, scope = 0, None
        with httpx.Client(timeout=60) as http:
            while True:
                finished = done.is_set()
                params: dict[str, Any] = {"after": cursor, "limit": 50}
                if scope:
                    params["scope"] = scope
                page = http.get(
                    base + "/v1/changes",
                    params=params,
                    headers={**HEADERS, "Authorization": f"Bearer {world.tokens['admin']}"},
                ).json()
                pulled.extend((c["entity"], c["row_id"], c["field"]) for c in page["changes"])
                cursor, scope = page["cursor"], page["scope"]
                if finished and not page["more"]:
                    return

    with running_server(create_app(second_db)) as other:
        reader = threading.Thread(target=puller, args=(other,))
        reader.start()
        writers = [
            threading.Thread(target=pusher, args=(base, n))
            for n, base in enumerate((world.url, other, world.url, other))
        ]
        for thread in writers:
            thread.start()
        for thread in writers:
            thread.join()
        done.set()
        reader.join()
    second_db.close()
    assert errors == []
    with world.db.read() as session:
        logged = [
            (c.entity, c.row_id, c.field)
            for c in session.scalars(select(LoggedChange).order_by(LoggedChange.seq))
        ]
        seqs = list(session.scalars(select(LoggedChange.seq).order_by(LoggedChange.seq)))
    assert seqs == list(range(1, len(seqs) + 1))  # no gaps, no reuse
    # Every entry once: none skipped, none twice (a record logged again, when a
    # partnership starts using it, is a new entry).
    assert sorted(pulled) == sorted(logged)


def test_the_password_check_holds_no_database_lock(
    server_db: ServerDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """argon2 is slow: while it checks, other people's writes go on; a failure is counted."""
    accounts.add_user(server_db, "member", "member-password")
    wrote: list[str] = []

    class WritingWhileChecking(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            other = threading.Thread(
                target=lambda: wrote.append(token_for(server_db, "member", dt.timedelta(hours=1)))
            )
            other.start()
            other.join(timeout=20)
            assert wrote, "a write waited for the password check"
            return super().verify(hash, password)

    monkeypatch.setattr(accounts, "HASHER", WritingWhileChecking(time_cost=1, memory_cost=1024))
    token, _expires = accounts.login(server_db, "member", "member-password", "127.0.0.1")
    assert accounts.authenticate(server_db, token).name == "member"
    with pytest.raises(accounts.ApiError):
        accounts.login(server_db, "member", "wrong-password", "127.0.0.1")
    with server_db.read() as session:
        failures = session.scalars(select(LoginFailure.name)).all()
    assert failures == ["member"]
    assert len(wrote) == 2


def test_an_office_behind_one_address_signs_in_at_once_but_guesses_are_limited(
    server_db: ServerDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Correct sign-ins still being checked do not lock out their address; failures do."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    office = "203.0.113.7"
    in_flight = accounts.MAX_FAILURES_PER_ADDRESS + 5
    for n in range(in_flight + 1):
        accounts.add_user(server_db, f"staff{n}", f"password-{n}")
    with server_db.write() as session:  # colleagues whose passwords are being checked now
        now = accounts.utcnow()
        session.add_all(
            LoginFailure(name=f"staff{n}", address=accounts.UNSETTLED, at=now)
            for n in range(in_flight)
        )
    token, _expires = accounts.login(
        server_db, f"staff{in_flight}", f"password-{in_flight}", office
    )
    assert accounts.authenticate(server_db, token).name == f"staff{in_flight}"
    for n in range(accounts.MAX_FAILURES_PER_ADDRESS):  # a guesser, one name after another
        with pytest.raises(accounts.ApiError):
            accounts.login(server_db, f"guess{n}", "guess", office)
    with pytest.raises(accounts.ApiError) as refused:
        accounts.login(server_db, "staff0", "password-0", office)
    assert refused.value.status == 429
    with server_db.read() as session:
        addresses = session.scalars(
            select(LoginFailure.address).where(LoginFailure.name.like("guess%"))
        ).all()
    assert addresses == [office] * accounts.MAX_FAILURES_PER_ADDRESS


def test_no_free_database_connection_is_a_503_the_client_retries(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    ServerDatabase.open(url).close()
    engine = create_engine(
        url,
        pool_size=1,
        max_overflow=0,
        pool_timeout=0.05,
        connect_args={"check_same_thread": False},
    )
    db = ServerDatabase(engine)
    try:
        with engine.connect(), running_server(create_app(db)) as url_base:
            response = httpx.get(url_base + "/v1/info", timeout=30)
        assert response.status_code == 503
        assert response.json() == {
            "detail": "The server's database is busy or unreachable; try again shortly."
        }
    finally:
        db.close()
