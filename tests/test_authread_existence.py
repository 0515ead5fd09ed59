"""What a refusal tells someone outside a partnership: nothing a made-up id would not.

A push naming a record of another partnership, or a shared record none of the caller's
partnerships uses, is refused with the very sentence an id the server never saw gets,
so the answer does not tell a stranger that the record exists, nor which partnership it
belongs to. Generated from the models: every kind of record, every field, every
reference between records.
"""

from typing import Any

import pytest

from tests.test_server_api import World, creation, new_id, world  # noqa: F401
from tests.test_server_authz import fresh_stamp
from tests.test_server_scope import CROSS, OWNED, _planted
from wopdesk.server.records import _references
from wopdesk.storage.models import ENTITIES

pytestmark = pytest.mark.usefixtures("fast_hashing")

# Kinds of record of no partnership (people, utilities, indicators ...).
SHARED = sorted(name for name, model in ENTITIES.items() if model.partnership_column is None)
# A shared record's reference to another shared kind, and a partnership record's.
SHARED_REFERENCES = sorted(
    (entity, name, target)
    for entity in OWNED
    for name, target in _references(ENTITIES[entity]).items()
    if target in SHARED and entity != "conflict"
)


def _answer(world: World, who: str, changes: list[dict[str, Any]]) -> list[Any]:  # noqa: F811
    stamped = [{**change, "stamp": fresh_stamp()} for change in changes]
    response = world.push(who, stamped)
    assert response.status_code == 200, response.text
    return [(r["status"], r["reason"]) for r in response.json()["results"]]


def _fields(entity: str) -> list[str]:
    """Every field of a kind, and a few that pick each check first (move, file, owner)."""
    return sorted(set(ENTITIES[entity].__table__.columns.keys()) - {"id"})


def _same_but_id(world: World, who: str, entity: str, real: str, field: str, value: Any) -> None:  # noqa: F811
    made_up = new_id()
    on_real = _answer(
        world, who, [{"entity": entity, "row_id": real, "field": field, "value": value}]
    )
    on_none = _answer(
        world, who, [{"entity": entity, "row_id": made_up, "field": field, "value": value}]
    )
    assert on_real[0][0] == "refused"
    assert on_real[0][1].replace(real, "ID") == on_none[0][1].replace(made_up, "ID"), (
        entity,
        field,
    )
    if entity != "partnership":  # the partnership's own id is the one the caller sent
        assert world.p1 not in on_real[0][1]


@pytest.mark.parametrize("who", ["outsider", "stranger"])
@pytest.mark.parametrize("entity", [*OWNED, "partnership"])
def test_another_partnerships_record_is_refused_as_if_it_did_not_exist(
    world: World,  # noqa: F811
    entity: str,
    who: str,
) -> None:
    if who == "stranger":
        import datetime as dt

        from tests.test_server_api import token_for
        from wopdesk.server import accounts

        accounts.add_user(world.db, "stranger", "stranger-password")
        world.tokens["stranger"] = token_for(world.db, "stranger", dt.timedelta(hours=1))
    real = world.p1 if entity == "partnership" else _planted(world, entity, world.p1)
    for field in _fields(entity):
        value = world.p2 if field == "partnership_id" else None
        _same_but_id(world, who, entity, real, field, value)


@pytest.mark.parametrize(("entity", "name", "target"), CROSS)
def test_naming_another_partnerships_record_answers_as_a_made_up_id(
    world: World,  # noqa: F811
    entity: str,
    name: str,
    target: str,
) -> None:
    mine = _planted(world, entity, world.p2)
    theirs = _planted(world, target, world.p1)
    made_up = new_id()
    answers = [
        _answer(world, "outsider", [{"entity": entity, "row_id": mine, "field": name, "value": v}])
        for v in (theirs, made_up)
    ]
    assert answers[0][0][0] == answers[1][0][0] == "refused"
    assert answers[0][0][1].replace(theirs, "ID") == answers[1][0][1].replace(made_up, "ID")


def _shared_of_p1(world: World, target: str) -> str:  # noqa: F811
    """A shared record of ``target`` that only P1 uses (P1's mentor utility for utilities)."""
    page = world.call("GET", "/v1/changes", "member", params={"after": 0}).json()
    for change in page["changes"]:
        if change["entity"] == target:
            return str(change["row_id"])
    assert target == "person", f"P1 uses no {target} in this world"
    return _person_of_p1(world)


def _person_of_p1(world: World) -> str:  # noqa: F811
    """A person P1 uses from now on: pushed by P1's member with their membership."""
    person = new_id()
    membership = {"person_id": person, "partnership_id": world.p1, "role": "mentee"}
    at = fresh_stamp()
    pushed = world.push(
        "member",
        creation("person", person, {"name": "Awa Ndiaye", "email": "awa@example.org"}, at)
        + creation("membership", new_id(), membership, at),
    )
    assert {r["status"] for r in pushed.json()["results"]} == {"accepted"}
    return person


@pytest.mark.parametrize(("entity", "name", "target"), SHARED_REFERENCES)
def test_naming_a_shared_record_another_partnership_uses_answers_as_a_made_up_id(
    world: World,  # noqa: F811
    entity: str,
    name: str,
    target: str,
) -> None:
    mine = _planted(world, entity, world.p2)
    theirs = _shared_of_p1(world, target)
    made_up = new_id()
    answers = [
        _answer(world, "outsider", [{"entity": entity, "row_id": mine, "field": name, "value": v}])
        for v in (theirs, made_up)
    ]
    assert answers[0][0][0] == answers[1][0][0] == "refused"
    assert answers[0][0][1].replace(theirs, "ID") == answers[1][0][1].replace(made_up, "ID")


@pytest.mark.parametrize("field", ["name", "email", "phone", "deleted"])
def test_a_shared_record_another_partnership_uses_is_refused_as_if_it_did_not_exist(
    world: World,  # noqa: F811
    field: str,
) -> None:
    utility = _shared_of_p1(world, "utility")
    if field in ENTITIES["utility"].__table__.columns:
        _same_but_id(world, "outsider", "utility", utility, field, None)
