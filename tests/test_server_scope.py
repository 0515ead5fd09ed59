"""An attacker's audit of the sync server: every route for every caller without a valid
token, and forged references generated from the models, so a new route or a new kind of
record is covered without anyone remembering to add it here.

A hash or an id is never a permission: naming another partnership's record, moving a
record there, or approving with a person who is not of that partner is refused, change
by change, each with its sentence.
"""

import datetime as dt
import hashlib
import json
from typing import Any

import pytest
from sqlalchemy import insert

from tests.test_server_api import World, creation, new_id, token_for, world  # noqa: F401
from tests.test_server_authz import PRINCIPALS, Scene, fresh_stamp, scene  # noqa: F401
from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import ServerRecord
from wopdesk.server.records import _references
from wopdesk.storage.models import ENTITIES

pytestmark = pytest.mark.usefixtures("fast_hashing")

FILE = b"a file nobody attached"
SHA = hashlib.sha256(FILE).hexdigest()
# Every route, and a request that reaches its handler once the caller is let in.
PUBLIC = {("GET", "/v1/info"), ("POST", "/v1/login"), ("POST", "/v1/logout")}
SIGNED_IN: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/v1/push"): {"json": {"batch_id": "b" * 32, "changes": []}},
    ("GET", "/v1/changes"): {"params": {"after": 0}},
    ("POST", "/v1/blobs/missing"): {"json": {"hashes": [SHA]}},
    ("GET", "/v1/blobs/{sha256}/upload"): {},
    ("PUT", "/v1/blobs/{sha256}"): {"params": {"offset": 0, "total": len(FILE)}, "content": FILE},
    ("GET", "/v1/blobs/{sha256}"): {},
}
BAD_CALLERS = ("none", "garbage", "expired", "revoked token", "disabled account")


def routes(world: World) -> set[tuple[str, str]]:  # noqa: F811
    """Every route the app serves, read from its OpenAPI document (included routers too)."""
    document = create_app(world.db).openapi()
    return {
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method in operations
    }


def test_every_route_is_in_this_audit(world: World) -> None:  # noqa: F811
    """A new route fails here until it is listed, public or signed-in, with a request."""
    assert routes(world) == PUBLIC | set(SIGNED_IN)


def _bad_token(world: World, caller: str) -> str | None:  # noqa: F811
    db = world.db
    if caller == "none":
        return None
    if caller == "garbage":
        return "not-a-token"
    if caller == "expired":
        return world.tokens["expired"]
    name = caller.replace(" ", "-")
    accounts.add_user(db, name, f"{name}-password")
    accounts.grant(db, name, world.p1, "mentor")
    token = token_for(db, name, dt.timedelta(hours=1))
    if caller == "revoked token":
        accounts.revoke_tokens(db, name, by="test")
    else:
        accounts.set_disabled(db, name, True, by="test")
    return token


@pytest.mark.parametrize("caller", BAD_CALLERS)
@pytest.mark.parametrize("route", sorted(SIGNED_IN))
def test_every_signed_in_route_refuses_a_caller_without_a_valid_token(
    world: World,  # noqa: F811
    route: tuple[str, str],
    caller: str,
) -> None:
    method, path = route
    token = _bad_token(world, caller)
    headers = {"X-WOPdesk-Protocol": "2"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    url = world.url + path.replace("{sha256}", SHA)
    response = world.http.request(method, url, headers=headers, **SIGNED_IN[route])
    assert response.status_code == 401, response.text
    assert response.json()["detail"].endswith(".")


def test_a_token_revoked_between_two_batches_pushes_nothing_more(world: World) -> None:  # noqa: F811
    change = {
        "entity": "site_visit",
        "row_id": world.visit,
        "field": "purpose",
        "value": "before",
        "stamp": fresh_stamp(),
    }
    assert world.push("member", [change]).json()["results"][0]["status"] == "accepted"
    accounts.revoke_tokens(world.db, "member", by="test")
    later = {**change, "value": "after the laptop was lost", "stamp": fresh_stamp()}
    assert world.push("member", [later]).status_code == 401
    assert world.call("GET", "/v1/changes", "member", params={"after": 0}).status_code == 401
    with world.db.read() as session:
        record = session.get(ServerRecord, ("site_visit", world.visit))
        assert record is not None
        assert record.fields["purpose"]["v"] == "before"


# --- forged references, generated from the models ---------------------------------------------

OWNED = sorted(
    name for name, model in ENTITIES.items() if model.partnership_column == "partnership_id"
)
# (entity, field, the kind it names) for every reference between two partnerships' records.
CROSS = sorted(
    (entity, name, target)
    for entity in OWNED
    for name, target in _references(ENTITIES[entity]).items()
    if ENTITIES[target].partnership_column is not None and entity != "conflict"
)


def _planted(world: World, entity: str, partnership: str) -> str:  # noqa: F811
    """A record of ``entity`` in ``partnership``, put straight into the server's store."""
    row_id = new_id()
    at = fresh_stamp()
    fields = {"deleted": {"v": False, "s": at, "by": "admin"}}
    if ENTITIES[entity].partnership_column == "partnership_id":
        fields["partnership_id"] = {"v": partnership, "s": at, "by": "admin"}
    with world.db.write() as session:
        session.execute(
            insert(ServerRecord).values(
                entity=entity, row_id=row_id, partnership_id=partnership, fields=fields
            )
        )
    return row_id


def _edit(world: World, who: str, entity: str, row_id: str, name: str, value: Any) -> dict:  # noqa: F811
    change = {"entity": entity, "row_id": row_id, "field": name, "value": value}
    result = world.push(who, [{**change, "stamp": fresh_stamp()}])
    assert result.status_code == 200, result.text
    answer: dict[str, Any] = result.json()["results"][0]
    return answer


def test_the_generated_tables_cover_the_newer_records() -> None:
    names = {entity for entity, _n, _t in CROSS}
    assert {"action", "health_score", "expense", "indicator_reading"} <= names
    assert {"progress_record", "budget_line", "exchange_rate", "phase_change"} <= set(OWNED)
    assert {"mentoring_pair", "contribution", "output", "health_review"} <= set(OWNED)


@pytest.mark.parametrize(("entity", "name", "target"), CROSS)
def test_a_record_cannot_name_another_partnerships_record(
    world: World,  # noqa: F811
    entity: str,
    name: str,
    target: str,
) -> None:
    mine = _planted(world, entity, world.p1)
    forged = world.p2 if target == "partnership" else _planted(world, target, world.p2)
    answer = _edit(world, "member", entity, mine, name, forged)
    assert answer["status"] == "refused"
    reason = answer["reason"]
    # Naming a record of a partnership one is not a member of is refused as naming an
    # id the server never saw: its existence stays private (test_authread_existence.py).
    assert any(
        words in reason for words in ("another partnership", "cannot move", "does not have")
    ), reason


@pytest.mark.parametrize("entity", OWNED)
def test_a_record_cannot_move_to_another_partnership(world: World, entity: str) -> None:  # noqa: F811
    mine = _planted(world, entity, world.p1)
    answer = _edit(world, "member", entity, mine, "partnership_id", world.p2)
    assert answer == {
        "status": "refused",
        "stamp": None,
        "reason": "A record cannot move to another partnership.",
    }


@pytest.mark.parametrize("who", ["outsider", "watcher"])
@pytest.mark.parametrize("entity", [e for e in OWNED if e != "conflict"])
def test_only_writing_members_change_a_record(world: World, entity: str, who: str) -> None:  # noqa: F811
    """Another partnership's member, and an observer, for every kind of record."""
    mine = _planted(world, entity, world.p1)
    answer = _edit(world, who, entity, mine, "deleted", True)
    assert answer["status"] == "refused"
    expected = "The server has no" if who == "outsider" else "Observers cannot"
    assert expected in answer["reason"]


@pytest.mark.parametrize("owner", [e for e in OWNED if e != "conflict"] + ["partnership"])
def test_a_document_cannot_be_attached_to_another_partnerships_record(
    world: World,  # noqa: F811
    owner: str,
) -> None:
    """A document is attached by hash to a visit, a period (progress record) or any other
    record: never to one of another partnership."""
    theirs = world.p2 if owner == "partnership" else _planted(world, owner, world.p2)
    values = {
        "partnership_id": world.p1,
        "sha256": world.blob,
        "file_name": "minutes.pdf",
        "media_type": "application/pdf",
        "size": 10,
        "owner_entity": owner,
        "owner_id": theirs,
    }
    results = world.push("member", creation("attachment", new_id(), values, fresh_stamp()))
    reasons = {r["reason"] for r in results.json()["results"]}
    assert reasons == {"It is attached to a record of another partnership."}


def test_a_document_cannot_be_moved_onto_another_partnerships_record(world: World) -> None:  # noqa: F811
    attachment = _planted(world, "attachment", world.p1)
    theirs = _planted(world, "progress_record", world.p2)
    assert _edit(world, "member", "attachment", attachment, "owner_entity", "progress_record")[
        "status"
    ] in ("accepted", "refused")
    answer = _edit(world, "member", "attachment", attachment, "owner_id", theirs)
    assert answer["reason"] == "It is attached to a record of another partnership."


# --- approvals of a progress record ------------------------------------------------------------


def _people(world: World) -> dict[str, str]:  # noqa: F811
    """People of P1: a mentor-side member, a mentee-side member, and one of no membership."""
    with world.db.read() as session:
        partnership = session.get(ServerRecord, ("partnership", world.p1))
        assert partnership is not None
        mentor_utility = partnership.fields["mentor_utility_id"]["v"]
    at = fresh_stamp()
    people = {"mentor": new_id(), "mentee": new_id(), "nobody": new_id(), "utility": new_id()}
    changes = creation("person", people["mentor"], {"name": "Ana"}, at)
    changes += creation("person", people["mentee"], {"name": "Bo"}, at)
    changes += creation("person", people["nobody"], {"name": "Eve"}, at)
    # Of the mentor's utility, a member as coordinator: approves for the mentor.
    changes += creation(
        "person", people["utility"], {"name": "Cy", "utility_id": mentor_utility}, at
    )
    for key, role in (("mentor", "mentor"), ("mentee", "mentee"), ("utility", "coordinator")):
        values = {"person_id": people[key], "partnership_id": world.p1, "role": role}
        changes += creation("membership", new_id(), values, at)
    results = world.push("member", changes).json()["results"]
    assert {r["status"] for r in results} == {"accepted"}, results
    return people


def _period(world: World, extra: dict[str, Any] | None = None) -> tuple[str, list[dict]]:  # noqa: F811
    values = {
        "partnership_id": world.p1,
        "period_start": "2026-01-01",
        "period_end": "2026-03-31",
        "status": "on_track",
        **(extra or {}),
    }
    row_id = new_id()
    return row_id, creation("progress_record", row_id, values, fresh_stamp())


def _approve(world: World, row_id: str, side: str, person: str) -> list[dict[str, Any]]:  # noqa: F811
    at = fresh_stamp()
    changes = [
        {"entity": "progress_record", "row_id": row_id, "field": f, "value": v, "stamp": at}
        for f, v in ((f"{side}_approver_id", person), (f"{side}_approved_on", "2026-04-02"))
    ]
    return list(world.push("member", changes).json()["results"])


@pytest.mark.parametrize(
    ("side", "person", "allowed"),
    [
        ("mentor", "mentor", True),
        ("mentor", "utility", True),
        ("mentee", "mentee", True),
        ("mentor", "mentee", False),
        ("mentee", "mentor", False),
        ("mentor", "nobody", False),
        ("mentee", "nobody", False),
    ],
)
def test_an_approval_by_a_person_not_of_that_partner_is_refused_by_push(
    world: World,  # noqa: F811
    side: str,
    person: str,
    allowed: bool,
) -> None:
    people = _people(world)
    row_id, changes = _period(world)
    assert {r["status"] for r in world.push("member", changes).json()["results"]} == {"accepted"}
    results = _approve(world, row_id, side, people[person])
    if allowed:
        assert [r["status"] for r in results] == ["accepted", "accepted"]
        return
    sentence = f"The approver ({people[person]}) is not a member of the {side} in this partnership."
    assert [r["reason"] for r in results] == [sentence, sentence]
    with world.db.read() as session:
        record = session.get(ServerRecord, ("progress_record", row_id))
        assert record is not None
        assert f"{side}_approver_id" not in record.fields


def test_a_period_created_approved_by_an_outsider_keeps_only_its_content(world: World) -> None:  # noqa: F811
    people = _people(world)
    row_id, changes = _period(
        world, {"mentor_approver_id": people["nobody"], "mentor_approved_on": "2026-04-02"}
    )
    results = world.push("member", changes).json()["results"]
    refused = {
        c["field"] for c, r in zip(changes, results, strict=True) if r["status"] == "refused"
    }
    assert refused == {"mentor_approver_id", "mentor_approved_on"}
    with world.db.read() as session:
        record = session.get(ServerRecord, ("progress_record", row_id))
        assert record is not None
        assert record.fields["status"]["v"] == "on_track"


def test_a_person_of_another_partnership_cannot_approve(world: World) -> None:  # noqa: F811
    """Eve is a mentor-side member of P2; P1's period cannot name her as its approver."""
    eve = new_id()
    at = fresh_stamp()
    changes = creation("person", eve, {"name": "Eve"}, at) + creation(
        "membership", new_id(), {"person_id": eve, "partnership_id": world.p2, "role": "mentor"}, at
    )
    assert {r["status"] for r in world.push("outsider", changes).json()["results"]} == {"accepted"}
    row_id, period = _period(world)
    world.push("member", period)
    results = _approve(world, row_id, "mentor", eve)
    assert {r["status"] for r in results} == {"refused"}


def test_withdrawing_an_approval_is_never_refused(world: World) -> None:  # noqa: F811
    people = _people(world)
    row_id, changes = _period(world)
    world.push("member", changes)
    assert {r["status"] for r in _approve(world, row_id, "mentor", people["mentor"])} == {
        "accepted"
    }
    at = fresh_stamp()
    withdraw = [
        {"entity": "progress_record", "row_id": row_id, "field": f, "value": None, "stamp": at}
        for f in ("mentor_approver_id", "mentor_approved_on")
    ]
    results = world.push("member", withdraw).json()["results"]
    assert {r["status"] for r in results} == {"accepted"}


def test_a_deleted_membership_no_longer_lets_its_person_approve(world: World) -> None:  # noqa: F811
    people = _people(world)
    with world.db.read() as session:
        rows = session.query(ServerRecord).filter(ServerRecord.entity == "membership").all()
        membership = next(r.row_id for r in rows if r.fields["person_id"]["v"] == people["mentee"])
    assert _edit(world, "member", "membership", membership, "deleted", True)["status"] == "accepted"
    row_id, changes = _period(world)
    world.push("member", changes)
    assert {r["status"] for r in _approve(world, row_id, "mentee", people["mentee"])} == {"refused"}


def test_the_refusals_are_plain_json(world: World) -> None:  # noqa: F811
    """The reasons above are sentences, never a stack trace or a repr."""
    people = _people(world)
    row_id, changes = _period(world)
    world.push("member", changes)
    text = json.dumps(_approve(world, row_id, "mentor", people["nobody"]))
    assert "Traceback" not in text
    assert "_Record" not in text


# --- files: asking about a hash tells nothing to whom may not read it ---------------------------

READERS = {"observer", "member", "admin"}


@pytest.mark.parametrize("principal", PRINCIPALS)
def test_asking_about_a_file_reveals_it_only_to_its_readers(
    scene: Scene,  # noqa: F811
    principal: str,
) -> None:
    """Whether the server has P1's photo, through every route that takes a hash."""
    sha = scene.world.blob
    missing = scene.call(principal, "POST", "/v1/blobs/missing", json={"hashes": [sha]})
    status = scene.call(principal, "GET", f"/v1/blobs/{sha}/upload")
    download = scene.call(principal, "GET", f"/v1/blobs/{sha}")
    if principal in ("none", "expired"):
        assert {missing.status_code, status.status_code, download.status_code} == {401}
        return
    if principal not in READERS:
        assert missing.json() == {"missing": [sha]}
        assert status.json()["complete"] is False
        assert download.status_code == 404
        return
    assert missing.json() == {"missing": []}
    assert status.json()["complete"] is True
    assert download.status_code == 200


def test_a_stranger_cannot_finish_someone_elses_upload_with_its_tail(
    scene: Scene,  # noqa: F811
) -> None:
    """Chunks were kept per file: another account saw the upload's progress, sent the
    tail and could then read the whole file. An upload in progress is its account's own."""
    secret = b"minutes of the board, confidential: " + b"x" * 64
    sha = hashlib.sha256(secret).hexdigest()
    half = len(secret) // 2
    params = {"offset": 0, "total": len(secret)}
    first = scene.call("member", "PUT", f"/v1/blobs/{sha}", params=params, content=secret[:half])
    assert first.json()["received"] == half
    status = scene.call("stranger", "GET", f"/v1/blobs/{sha}/upload").json()
    tail = scene.call(
        "stranger",
        "PUT",
        f"/v1/blobs/{sha}",
        params={"offset": half, "total": len(secret)},
        content=secret[half:],
    )
    assert tail.status_code in (200, 409)
    read = scene.call("stranger", "GET", f"/v1/blobs/{sha}")
    assert read.status_code == 404
    assert status["received"] == 0
