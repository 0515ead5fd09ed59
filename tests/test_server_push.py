"""The server's batch merge (``records.push``) called directly, on SQLite and PostgreSQL.

One batch mixes every outcome a change can have (accepted, duplicate, superseded,
refused for scope, for a missing record, for a missing reference, conflicts set aside,
an edit winning over a delete that did not see it), and the stored records, conflicts
and change log are checked field by field; then the batch is replayed.
"""

import datetime as dt
import json
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from wopdesk.server import accounts, records
from wopdesk.server.accounts import Principal
from wopdesk.server.db import (
    Account,
    LoggedChange,
    PushedBatch,
    ServerDatabase,
    ServerRecord,
    ServerState,
)
from wopdesk.storage.changes import deterministic_id
from wopdesk.storage.clock import Stamp, stamp_node
from wopdesk.sync.protocol import PullPage, PushRequest, PushResponse

NODE_A = "aaaaaaaaaaaaaaaa"
NODE_B = "bbbbbbbbbbbbbbbb"


pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture
def db(server_db: ServerDatabase) -> ServerDatabase:
    return server_db


def new_id() -> str:
    return str(uuid.uuid4())


def at(wall: int, node: str) -> str:
    return Stamp(wall, 0, node).encode()


def principal(
    db: ServerDatabase, name: str, grants: dict[str, str], admin: bool = False
) -> Principal:
    accounts.add_user(db, name, f"{name}-password", admin=admin)
    for partnership_id, role in grants.items():
        accounts.grant(db, name, partnership_id, role)
    with db.read() as session:
        account_id = session.scalar(select(Account.id).where(Account.name == name))
    assert account_id is not None
    return Principal(account_id, name, admin, dict(grants))


def creation(entity: str, row_id: str, values: dict[str, Any], stamp: str) -> list[dict[str, Any]]:
    base = {"created_at": "2026-01-01T00:00:00+00:00", "deleted": False}
    return [
        {"entity": entity, "row_id": row_id, "field": k, "value": v, "stamp": stamp}
        for k, v in {**base, **values}.items()
    ]


def push(db: ServerDatabase, who: Principal, changes: list[dict[str, Any]]) -> PushResponse:
    request = PushRequest.model_validate({"batch_id": new_id(), "changes": changes})
    return answer(db, who, request)


def answer(db: ServerDatabase, who: Principal, request: PushRequest) -> PushResponse:
    """``records.push``'s answer, checked against the protocol as the client checks it."""
    return PushResponse.model_validate(records.push(db, who, request))


def fields_of(db: ServerDatabase, entity: str, row_id: str) -> dict[str, Any]:
    with db.read() as session:
        record = session.get(ServerRecord, (entity, row_id))
        assert record is not None, (entity, row_id)
        return record.fields


def log_size(db: ServerDatabase) -> tuple[int, int, int]:
    with db.read() as session:
        state = session.get(ServerState, 1)
        assert state is not None
        count = session.scalar(select(func.count()).select_from(LoggedChange)) or 0
        top = session.scalar(select(func.max(LoggedChange.seq))) or 0
        return state.last_seq, count, top


UTILITY = {"name": "Old name", "country": "SN", "kind": "water"}


def test_a_batch_mixing_every_outcome_is_merged_change_by_change(db: ServerDatabase) -> None:
    admin = principal(db, "admin", {}, admin=True)
    t0 = int(dt.datetime.now(dt.UTC).timestamp() * 1000) - 60_000
    utility, doomed, other_partnership, visit = new_id(), new_id(), new_id(), new_id()
    bobs_partnership = new_id()
    setup = creation("utility", utility, UTILITY, at(t0, NODE_A))
    setup += creation("utility", doomed, UTILITY, at(t0, NODE_A))
    setup += creation(
        "partnership",
        other_partnership,
        {
            "title": "Other WOP",
            "mentor_utility_id": utility,
            "mentee_utility_id": utility,
            "currency": "USD",
            "type": "south_south",
            "phase": "design",
            "status": "active",
        },
        at(t0, NODE_A),
    )
    # Bob's own partnership uses both utilities: its members may change them.
    setup += creation(
        "partnership",
        bobs_partnership,
        {
            "title": "Bob's WOP",
            "mentor_utility_id": utility,
            "mentee_utility_id": doomed,
            "currency": "USD",
            "type": "south_south",
            "phase": "design",
            "status": "active",
        },
        at(t0, NODE_A),
    )
    setup += creation(
        "site_visit",
        visit,
        {
            "partnership_id": other_partnership,
            "title": "Visit",
            "start_date": "2026-03-01",
            "end_date": "2026-03-05",
            "state": "draft",
        },
        at(t0, NODE_A),
    )
    assert {r.status for r in push(db, admin, setup).results} == {"accepted"}
    # Replica A renames the doomed utility later; replica B deletes it without seeing that.
    rename = {"entity": "utility", "row_id": doomed, "field": "name", "value": "Renamed"}
    renamed = push(
        db, admin, [{**rename, "stamp": at(t0 + 10, NODE_A), "replaced": at(t0, NODE_A)}]
    )
    assert renamed.results[0].status == "accepted"

    bob = principal(db, "bob", {bobs_partnership: "mentor"})
    tb = t0 + 20
    new_utility, person, orphan, action = new_id(), new_id(), new_id(), new_id()
    missing_utility = new_id()
    seen = {name: at(t0, NODE_A) for name in fields_of(db, "utility", doomed)}
    edit = {"entity": "utility", "row_id": utility}
    batch = [
        {**edit, "field": "name", "value": "Bob's name", "stamp": at(tb, NODE_B)},
        {**edit, "field": "country", "value": "ML", "stamp": at(t0 - 5, NODE_B)},
        {**edit, "field": "kind", "value": "water", "stamp": at(t0, NODE_A)},
        {**edit, "field": "region", "value": "Dakar", "stamp": at(tb, NODE_B)},
        {
            "entity": "utility",
            "row_id": doomed,
            "field": "deleted",
            "value": True,
            "stamp": at(tb, NODE_B),
            "replaced": at(t0, NODE_A),
            "seen": seen,
        },
        {
            "entity": "site_visit",
            "row_id": visit,
            "field": "notes",
            "value": "not mine",
            "stamp": at(tb, NODE_B),
        },
        {"entity": "action", "row_id": action, "field": "description", "value": "half"},
        {"entity": "action", "row_id": action, "field": "status", "value": "planned"},
    ]
    batch[6]["stamp"] = batch[7]["stamp"] = at(tb, NODE_B)
    # A person referring to a utility created earlier in the same batch, and one
    # referring to a utility nobody has.
    created = creation("utility", new_utility, UTILITY, at(tb, NODE_B))
    created += creation(
        "person", person, {"name": "Awa", "utility_id": new_utility}, at(tb, NODE_B)
    )
    orphaned = creation(
        "person", orphan, {"name": "Nobody", "utility_id": missing_utility}, at(tb, NODE_B)
    )
    batch += created + orphaned
    before = log_size(db)
    request = PushRequest.model_validate({"batch_id": new_id(), "changes": batch})

    response = answer(db, bob, request)

    statuses = [(r.status, r.stamp) for r in response.results]
    assert statuses[:6] == [
        ("accepted", at(tb, NODE_B)),
        ("superseded", at(t0, NODE_A)),
        ("duplicate", at(t0, NODE_A)),
        ("accepted", at(tb, NODE_B)),
        ("accepted", at(tb, NODE_B)),
        ("refused", None),
    ]
    reasons = [r.reason for r in response.results]
    # Another partnership's record: refused as one the server does not have, so that
    # its existence and partnership stay private (test_authread_existence.py).
    assert reasons[5] is not None
    assert reasons[5].startswith(f"The server has no site visit {visit}")
    assert other_partnership not in reasons[5]
    assert reasons[6] is not None
    assert reasons[6].startswith(f"The server has no action {action}")
    assert reasons[7] == reasons[6]  # the record's other fields get the same answer
    assert [r.status for r in response.results[8 : 8 + len(created)]] == ["accepted"] * len(created)
    assert {r.reason for r in response.results[8 + len(created) :]} == {
        f"It refers to a utility the server does not have ({missing_utility})."
    }
    assert response.conflicts == 3

    kept = fields_of(db, "utility", utility)
    assert kept["name"] == {"v": "Bob's name", "s": at(tb, NODE_B), "by": "bob"}
    assert kept["country"] == {"v": "SN", "s": at(t0, NODE_A), "by": "admin"}
    assert kept["region"] == {"v": "Dakar", "s": at(tb, NODE_B), "by": "bob"}
    # The edit nobody had seen wins: the record is undeleted by the server.
    undeleted = fields_of(db, "utility", doomed)["deleted"]
    assert undeleted["v"] is False
    assert undeleted["by"] == records.SERVER_AUTHOR
    assert stamp_node(undeleted["s"]) == records.SERVER_NODE
    assert undeleted["s"] > at(tb, NODE_B)
    assert fields_of(db, "person", person)["utility_id"]["v"] == new_utility

    conflicts = {
        (c["field"]["v"], c["kept_value"]["v"], c["set_aside_value"]["v"]): c
        for c in (
            fields_of(db, "conflict", deterministic_id("utility", row_id, name, aside))
            for row_id, name, aside in (
                (utility, "name", at(t0, NODE_A)),
                (utility, "country", at(t0 - 5, NODE_B)),
                (doomed, "deleted", at(tb, NODE_B)),
            )
        )
    }
    assert set(conflicts) == {
        ("name", "Bob's name", "Old name"),
        ("country", "SN", "ML"),
        ("deleted", False, True),
    }
    name_conflict = conflicts[("name", "Bob's name", "Old name")]
    assert name_conflict["kept_by"]["v"] == "bob"
    assert name_conflict["set_aside_by"]["v"] == "admin"
    assert name_conflict["kept_stamp"]["v"] == at(tb, NODE_B)
    assert conflicts[("deleted", False, True)]["kept_stamp"]["v"] == at(t0 + 10, NODE_A)
    assert all(
        c["resolved"]["v"] is False and c["partnership_id"]["v"] is None for c in conflicts.values()
    )

    # Every write is logged once, numbered without gaps after what was there.
    written = 1 + 1 + 2 + len(created) + 3 * len(next(iter(conflicts.values())))
    last_seq, count, top = log_size(db)
    assert (last_seq, count, top) == (before[0] + written, before[1] + written, before[0] + written)

    # The same batch again: the first answer, nothing applied twice.
    again = answer(db, bob, request)
    assert again.replayed
    assert again.results == response.results
    assert log_size(db) == (last_seq, count, top)


def test_replaying_a_batch_answers_it_again_and_changes_nothing(db: ServerDatabase) -> None:
    admin = principal(db, "admin", {}, admin=True)
    wall = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    request = PushRequest.model_validate(
        {"batch_id": new_id(), "changes": creation("utility", new_id(), UTILITY, at(wall, NODE_A))}
    )
    first = answer(db, admin, request)
    before = log_size(db)
    again = answer(db, admin, request)
    assert again.replayed
    assert not first.replayed
    assert again.model_dump(exclude={"replayed"}) == first.model_dump(exclude={"replayed"})
    assert log_size(db) == before


def test_the_answer_sent_is_the_answer_stored_for_replays(db: ServerDatabase) -> None:
    """The API's text (``push_json``) is encoded once and stored as is; a replay reads it
    back as the same answer, and a protocol 1 client gets it without ``logged``."""
    admin = principal(db, "admin", {}, admin=True)
    wall = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    request = PushRequest.model_validate(
        {
            "batch_id": new_id(),
            "changes": creation(
                "utility",
                new_id(),
                {**UTILITY, "name": "Régie des eaux — Ünïcode"},
                at(wall, NODE_A),
            ),
        }
    )
    sent = json.loads(records.push_json(db, admin, request))
    with db.read() as session:
        stored = session.get(PushedBatch, request.batch_id)
        assert stored is not None
        assert stored.result == sent
        assert stored.received_at.tzinfo is not None
    again = json.loads(records.push_json(db, admin, request))
    assert again == {**sent, "replayed": True}
    old = json.loads(records.push_json(db, admin, request, protocol=1))
    assert "logged" not in old
    assert old["results"] == sent["results"]
    PushResponse.model_validate(sent)


def test_a_batch_larger_than_one_read_is_read_in_chunks(
    db: ServerDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records, "IN_CHUNK", 3)
    admin = principal(db, "admin", {}, admin=True)
    wall = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    ids = [new_id() for _ in range(8)]
    changes = [c for row_id in ids for c in creation("utility", row_id, UTILITY, at(wall, NODE_A))]
    assert {r.status for r in push(db, admin, changes).results} == {"accepted"}
    renames = [
        {"entity": "utility", "row_id": row_id, "field": "name", "value": f"U{n}"}
        | {"stamp": at(wall + 1, NODE_A), "replaced": at(wall, NODE_A)}
        for n, row_id in enumerate(ids)
    ]
    assert [r.status for r in push(db, admin, renames + renames).results] == ["accepted"] * 8 + [
        "duplicate"
    ] * 8
    assert [fields_of(db, "utility", row_id)["name"]["v"] for row_id in ids] == [
        f"U{n}" for n in range(8)
    ]


def test_a_pulled_page_carries_the_values_as_they_were_pushed(db: ServerDatabase) -> None:
    """Values go out as the change log's JSON text: text with quotes, accents and
    non-Latin letters, numbers, booleans and nulls arrive equal to what was pushed."""
    admin = principal(db, "admin", {}, admin=True)
    t0 = int(dt.datetime.now(dt.UTC).timestamp() * 1000) - 60_000
    utility = new_id()
    name = 'Régie "Eau" de Saint-Louis — محطة\nline two\\'
    values = {**UTILITY, "name": name, "region": None, "population_served": 125_000}
    changes = creation("utility", utility, values, at(t0, NODE_A))
    assert {r.status for r in push(db, admin, changes).results} == {"accepted"}
    page = PullPage.model_validate_json(records.pull(db, admin, 0, None, 100))
    pulled = {c.field: c.value for c in page.changes}
    assert pulled == {c["field"]: c["value"] for c in changes}
    assert pulled["name"] == name
    assert pulled["deleted"] is False
    assert pulled["region"] is None
    assert {c.by for c in page.changes} == {"admin"}
    assert page.cursor == len(changes)


@pytest.mark.parametrize(
    "value",
    ["plain", "Médina Chérif — «zone 3»\n", "", None, True, False, 0, -7, 2**70, 1.5, 0.1, 1e300]
    + [[1, "a", None], {"k": ["v", 2.5, {"deep": True}]}],
)
def test_a_records_stored_json_is_what_json_dumps_writes(value: Any) -> None:
    """The record's JSON is assembled from each field's text as it was written; fields
    read from the database and not written again are encoded then. Same text either way."""
    record = records._Record(
        "site_visit", new_id(), None, {"old": {"v": 3.25, "s": "x", "by": None}}
    )
    work = records._Push(
        session=None,  # type: ignore[arg-type]  # writing a field needs no database
        principal=Principal(1, "maria", True),
        batch_id=new_id(),
        seq=0,
        now=0,
        grants={},
        new_rows={},
    )
    work.write(record, "notes", value, at(1, NODE_A), "maria")
    work.write(record, "ünïcode", value, at(2, NODE_A), "José")
    assert records._fields_json(record) == json.dumps(record.fields)
    values = [dict(zip(records.LOG_COLUMNS, row, strict=True))["value"] for row in work.log]
    assert values == [json.dumps(value)] * 2
