"""Who may read and write what: docs/sync.md's authorisation table, walked cell by cell
against a running server, and the attacks that found the holes, one test each."""

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.test_server_api import World, creation, new_id, token_for, world  # noqa: F401
from wopdesk.server import accounts
from wopdesk.server.db import ServerRecord
from wopdesk.storage.clock import Stamp

pytestmark = pytest.mark.usefixtures("fast_hashing")

DOC = Path(__file__).parent.parent / "docs" / "sync.md"
PRINCIPALS = (
    "none",
    "expired",
    "revoked",
    "stranger",
    "other partnership",
    "observer",
    "member",
    "admin",
)
ACCOUNT = {
    "other partnership": "outsider",
    "observer": "watcher",
    "member": "member",
    "admin": "admin",
    "revoked": "revoked",
    "stranger": "stranger",
    "expired": "expired",
}
_ticks = itertools.count(1)


def fresh_stamp(node: str = "cccccccccccccccc") -> str:
    """A stamp later than every earlier one of this test run."""
    now = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    return Stamp(now + next(_ticks), 0, node).encode()


def table_from_doc() -> dict[str, dict[str, bool]]:
    """The authorisation table of docs/sync.md: principal -> column -> yes or no."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("### Authorisation table", 1)[1]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    table: dict[str, dict[str, bool]] = {}
    for line in rows[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        table[cells[0]] = {
            column: cell.startswith("yes")
            for column, cell in zip(header[1:], cells[1:], strict=True)
        }
    return table


@dataclass
class Scene:
    """The world of test_server_api, with a revoked member, a stranger, a person used by
    P1 only and an open conflict in P1."""

    world: World
    person: str
    conflict: str

    def call(self, principal: str, method: str, path: str, **kw: Any) -> Any:
        who = ACCOUNT.get(principal)
        if who is None:  # no token at all
            return self.world.http.request(
                method, self.world.url + path, headers={"X-WOPdesk-Protocol": "2"}, **kw
            )
        return self.world.call(method, path, who, **kw)

    def push(self, principal: str, changes: list[dict[str, Any]]) -> list[str] | None:
        """The statuses of a push's changes, or None when the request itself is refused."""
        body = {"batch_id": new_id(), "changes": changes}
        response = self.call(principal, "POST", "/v1/push", json=body)
        if response.status_code != 200:
            assert response.status_code in (401, 403), response.text
            assert response.status_code != 500
            return None
        return [r["status"] for r in response.json()["results"]]

    def pulled_ids(self, principal: str) -> set[str] | None:
        response = self.call(principal, "GET", "/v1/changes", params={"after": 0, "limit": 5000})
        if response.status_code != 200:
            assert response.status_code == 401, response.text
            return None
        return {c["row_id"] for c in response.json()["changes"]}

    def current_stamp(self, entity: str, row_id: str, name: str) -> str:
        with self.world.db.read() as session:
            record = session.get(ServerRecord, (entity, row_id))
            assert record is not None
            return str(record.fields[name]["s"])


@pytest.fixture
def scene(world: World) -> Iterator[Scene]:  # noqa: F811 (the fixture imported above)
    db = world.db
    for name in ("revoked", "stranger"):
        accounts.add_user(db, name, f"{name}-password")
        world.tokens[name] = token_for(db, name, dt.timedelta(hours=1))
    accounts.grant(db, "revoked", world.p1, "mentor")
    accounts.revoke(db, "revoked", world.p1)
    person = new_id()
    person_values = {"name": "Awa Ndiaye", "email": "awa@example.org", "phone": "+221 77"}
    membership = {"person_id": person, "partnership_id": world.p1, "role": "mentee"}
    at = fresh_stamp("aaaaaaaaaaaaaaaa")
    pushed = world.push(
        "member",
        creation("person", person, person_values, at)
        + creation("membership", new_id(), membership, at),
    )
    assert {r["status"] for r in pushed.json()["results"]} == {"accepted"}
    # Two edits of the visit's notes that did not see each other: a conflict in P1.
    original = world.call("GET", "/v1/changes", "member", params={"after": 0}).json()
    created = next(
        c["stamp"]
        for c in original["changes"]
        if c["row_id"] == world.visit and c["field"] == "title"
    )
    for who, node in (("member", "aaaaaaaaaaaaaaaa"), ("admin", "bbbbbbbbbbbbbbbb")):
        edit = {
            "entity": "site_visit",
            "row_id": world.visit,
            "field": "notes",
            "value": f"notes by {who}",
            "stamp": fresh_stamp(node),
            "replaced": created,
        }
        assert world.push(who, [edit]).status_code == 200
    with db.read() as session:
        conflict = session.scalars(
            select(ServerRecord.row_id).where(ServerRecord.entity == "conflict")
        ).one()
    yield Scene(world, person, conflict)


# --- the probes: one per column of the table ------------------------------------------------


def _own_partnership(principal: str) -> tuple[str, list[dict[str, Any]]]:
    """Where a principal attaches a file: P1 for its members, else a partnership of theirs
    (P2 for the other partnership's member; a new one, made in the same batch, for others)."""
    if principal in ("observer", "member", "admin"):
        return "", []
    if principal == "other partnership":
        return "p2", []
    utility, partnership = new_id(), new_id()
    at = fresh_stamp()
    changes = creation("utility", utility, {"name": "Mine", "country": "SN", "kind": "water"}, at)
    values = {
        "title": "My WOP",
        "mentor_utility_id": utility,
        "mentee_utility_id": utility,
        "currency": "XOF",
        "type": "national",
        "phase": "design",
        "status": "active",
    }
    return partnership, changes + creation("partnership", partnership, values, at)


def attach_without_upload(scene: Scene, principal: str) -> bool:
    where, setup = _own_partnership(principal)
    partnership = {"": scene.world.p1, "p2": scene.world.p2}.get(where, where)
    values = {
        "partnership_id": partnership,
        "sha256": scene.world.blob,
        "file_name": "copy.jpg",
        "media_type": "image/jpeg",
        "size": 10,
        "owner_entity": "site_visit",
        "owner_id": scene.world.visit if partnership == scene.world.p1 else new_id(),
    }
    statuses = scene.push(
        principal, setup + creation("attachment", new_id(), values, fresh_stamp())
    )
    # Attaching a hash is accepted whether the server has the file or not (so a push
    # does not tell); it counts only if it lets the attacher read the file.
    attached = statuses is not None and statuses[-1] == "accepted"
    file = scene.call(principal, "GET", f"/v1/blobs/{scene.world.blob}")
    return attached and file.status_code == 200


def read_record(scene: Scene, principal: str) -> bool:
    return scene.world.visit in (scene.pulled_ids(principal) or set())


def write_record(scene: Scene, principal: str) -> bool:
    change = {
        "entity": "site_visit",
        "row_id": scene.world.visit,
        "field": "purpose",
        "value": f"set by {principal}",
        "stamp": fresh_stamp(),
    }
    return scene.push(principal, [change]) == ["accepted"]


def read_person(scene: Scene, principal: str) -> bool:
    return scene.person in (scene.pulled_ids(principal) or set())


def write_person(scene: Scene, principal: str) -> bool:
    change = {
        "entity": "person",
        "row_id": scene.person,
        "field": "email",
        "value": "changed@example.org",
        "stamp": fresh_stamp(),
    }
    return scene.push(principal, [change]) == ["accepted"]


def read_file(scene: Scene, principal: str) -> bool:
    response = scene.call(principal, "GET", f"/v1/blobs/{scene.world.blob}")
    assert response.status_code in (200, 401, 404), response.text
    return response.status_code == 200


def read_conflict(scene: Scene, principal: str) -> bool:
    return scene.conflict in (scene.pulled_ids(principal) or set())


def resolve_conflict(scene: Scene, principal: str) -> bool:
    change = {
        "entity": "conflict",
        "row_id": scene.conflict,
        "field": "resolved",
        "value": True,
        "stamp": fresh_stamp(),
    }
    return scene.push(principal, [change]) == ["accepted"]


def create_conflict(scene: Scene, principal: str) -> bool:
    values = {
        "partnership_id": scene.world.p1,
        "entity": "site_visit",
        "row_id": scene.world.visit,
        "field": "notes",
        "kept_value": "the stranger's text",
        "set_aside_value": "x",
        "resolved": False,
    }
    statuses = scene.push(principal, creation("conflict", new_id(), values, fresh_stamp()))
    return statuses is not None and set(statuses) == {"accepted"}


PROBES: dict[str, Callable[[Scene, str], bool]] = {
    "P's record: read": read_record,
    "P's record: write": write_record,
    "person used by P: read": read_person,
    "person used by P: write": write_person,
    "P's file: read": read_file,
    "P's file: attach without upload": attach_without_upload,
    "P's conflict: read": read_conflict,
    "P's conflict: resolve": resolve_conflict,
    "conflict: create": create_conflict,
}


def test_the_documented_table_covers_every_principal_and_probe() -> None:
    table = table_from_doc()
    assert tuple(table) == PRINCIPALS
    for row in table.values():
        assert set(row) == set(PROBES)


@pytest.mark.parametrize("principal", PRINCIPALS)
def test_each_cell_of_the_authorisation_table_holds(scene: Scene, principal: str) -> None:
    expected = table_from_doc()[principal]
    found = {column: probe(scene, principal) for column, probe in PROBES.items()}
    assert found == expected


# --- the attacks, one by one ----------------------------------------------------------------


def test_a_photo_cannot_be_read_by_naming_its_hash(scene: Scene) -> None:
    """A stranger attaches P1's photo hash in a partnership of their own, then asks for it."""
    assert not attach_without_upload(scene, "stranger")
    assert scene.call("stranger", "GET", f"/v1/blobs/{scene.world.blob}").status_code == 404
    # Nor can they learn that the server has it.
    missing = scene.call(
        "stranger", "POST", "/v1/blobs/missing", json={"hashes": [scene.world.blob]}
    )
    assert missing.json() == {"missing": [scene.world.blob]}


def test_naming_a_file_before_its_owner_uploads_it_gives_nothing(scene: Scene) -> None:
    """The attacker's reference comes first; the bytes come later, from P1's member."""
    photo = b"a photo P1 has not uploaded yet"
    sha = hashlib.sha256(photo).hexdigest()
    where, setup = _own_partnership("stranger")
    values = {
        "partnership_id": where,
        "sha256": sha,
        "file_name": "early.jpg",
        "media_type": "image/jpeg",
        "size": len(photo),
        "owner_entity": "site_visit",
        "owner_id": new_id(),
    }
    statuses = scene.push(
        "stranger", setup + creation("attachment", new_id(), values, fresh_stamp())
    )
    assert statuses is not None
    assert statuses[-1] == "accepted"
    put = scene.world.call(
        "PUT",
        f"/v1/blobs/{sha}",
        "member",
        params={"offset": 0, "total": len(photo)},
        content=photo,
    )
    assert put.json()["complete"]
    assert scene.call("stranger", "GET", f"/v1/blobs/{sha}").status_code == 404
    assert scene.world.call("GET", f"/v1/blobs/{sha}", "member").content == photo


def test_uploading_the_bytes_proves_possession(scene: Scene) -> None:
    """Someone who really has the file may attach it, after sending it."""
    data = b"\xff\xd8 not really a jpeg, but bytes all the same"
    assert hashlib.sha256(data).hexdigest() == scene.world.blob
    put = scene.call(
        "stranger", "PUT", f"/v1/blobs/{scene.world.blob}",
        params={"offset": 0, "total": len(data)}, content=data,
    )  # fmt: skip
    assert put.json()["complete"]
    assert attach_without_upload(scene, "stranger")
    assert scene.call("stranger", "GET", f"/v1/blobs/{scene.world.blob}").status_code == 200


def test_a_pushed_conflict_never_reaches_the_coordinator(scene: Scene) -> None:
    for principal in ("stranger", "other partnership", "member", "admin"):
        assert not create_conflict(scene, principal)
    with scene.world.db.read() as session:
        texts = [
            r.fields["kept_value"]["v"]
            for r in session.scalars(select(ServerRecord).where(ServerRecord.entity == "conflict"))
        ]
    assert "the stranger's text" not in texts


def test_a_conflict_without_a_partnership_is_refused_not_a_server_error(scene: Scene) -> None:
    for principal in ("stranger", "member", "observer", "admin", "revoked"):
        changes = creation(
            "conflict",
            new_id(),
            {"entity": "site_visit", "row_id": new_id(), "field": "notes", "resolved": False},
            fresh_stamp(),
        )
        response = scene.call(
            principal, "POST", "/v1/push", json={"batch_id": new_id(), "changes": changes}
        )
        assert response.status_code == 200, response.text
        assert {r["status"] for r in response.json()["results"]} == {"refused"}


def test_a_member_cannot_change_a_conflicts_record_of_what_happened(scene: Scene) -> None:
    change = {
        "entity": "conflict",
        "row_id": scene.conflict,
        "field": "kept_value",
        "value": "rewritten history",
        "stamp": fresh_stamp(),
    }
    assert scene.push("member", [change]) == ["refused"]


def test_records_may_not_refer_across_partnerships(scene: Scene) -> None:
    action = {"partnership_id": scene.world.p2, "description": "Mine", "status": "planned",
              "visit_id": scene.world.visit}  # fmt: skip
    assert (
        scene.push("other partnership", creation("action", new_id(), action, fresh_stamp()))
        == ["refused"] * 6
    )
    # An attachment of P2 hung on P1's visit, the same.
    values = {"partnership_id": scene.world.p2, "sha256": "c" * 64, "file_name": "x.jpg",
              "media_type": "image/jpeg", "size": 1, "owner_entity": "site_visit",
              "owner_id": scene.world.visit}  # fmt: skip
    statuses = scene.push(
        "other partnership", creation("attachment", new_id(), values, fresh_stamp())
    )
    assert statuses is not None
    assert set(statuses) == {"refused"}


def test_a_shared_record_cannot_be_claimed_by_naming_its_id(scene: Scene) -> None:
    """A stranger makes a partnership whose membership names P1's person: refused, so the
    person's e-mail never reaches them."""
    where, setup = _own_partnership("stranger")
    membership = {"person_id": scene.person, "partnership_id": where, "role": "mentee"}
    statuses = scene.push(
        "stranger", setup + creation("membership", new_id(), membership, fresh_stamp())
    )
    assert statuses is not None
    assert statuses[-1] == "refused"
    assert scene.person not in (scene.pulled_ids("stranger") or set())


def test_the_private_details_of_people_reach_only_their_partnerships(scene: Scene) -> None:
    response = scene.call("other partnership", "GET", "/v1/changes", params={"after": 0})
    emails = [c["value"] for c in response.json()["changes"] if c["field"] == "email"]
    assert "awa@example.org" not in emails
    member = scene.call("observer", "GET", "/v1/changes", params={"after": 0}).json()
    assert "awa@example.org" in [c["value"] for c in member["changes"] if c["field"] == "email"]


def test_a_refusal_says_why_in_a_sentence(scene: Scene) -> None:
    change = {"entity": "person", "row_id": scene.person, "field": "name", "value": "Hacked",
              "stamp": fresh_stamp()}  # fmt: skip
    body = {"batch_id": new_id(), "changes": [change]}
    result = scene.call("revoked", "POST", "/v1/push", json=body).json()["results"][0]
    assert result["status"] == "refused"
    assert re.fullmatch(r"[A-Z].+\.", result["reason"])
