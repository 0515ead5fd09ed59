"""Issue 19, point 6, for every kind of record and every field the models have now: a
malformed change gets a refusal with a sentence (or a 4xx with one), never a 500, and
changes nothing. Generated from the fields' codecs, on the server of
test_authwrite_writes (both demo partnerships, a record of every kind).
"""

import re
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_authwrite_writes import (  # noqa: F401 (fixtures)
    OWNED,
    P1,
    P2,
    SHARED,
    Site,
    fresh_stamp,
    quiet_environment,
    site,
    template,
)
from tests.test_server_api import HEADERS, World, creation, new_id, world  # noqa: F401
from tests.test_server_scope import _planted
from wopdesk.storage.codecs import FieldCodec, codecs
from wopdesk.storage.models import ENTITIES

SENTENCE = re.compile(r"\S.*\.", re.DOTALL)
EDITED = sorted(set(OWNED) - {"conflict"}) + list(SHARED)


def bad_values(codec: FieldCodec, another_kind: str) -> list[Any]:
    """Values that no laptop could have sent for ``codec``'s field."""
    found: list[Any] = [] if codec.nullable else [None]
    if codec.references is not None:
        found.append(another_kind)  # an id, but of a record of another kind
    kind = codec.kind
    if kind == "int":
        return found + [2**63, -(2**63) - 1, 10**400, "12", 1.5, True, [1]]
    if kind in ("float", "decimal"):
        return found + [10**400, -(10**400), "1.5", True, {"v": 1}]
    if kind == "bool":
        return found + ["true", 1, [True]]
    if kind == "date":
        return found + ["2026-13-45", "2026-02-30", "26-1-1", "2026-01-01T00:00:00", 20260101]
    if kind == "datetime":
        return found + [
            "0001-01-01T00:00:00+05:00",
            "9999-12-31T23:59:59-05:00",
            "2026-01-01T00:00:00",
            "yesterday",
            1767225600,
        ]
    if kind == "enum":
        return found + ["not one of them", 3, ["a"]]
    if kind == "str":
        longer = [] if codec.max_length is None else ["x" * (codec.max_length + 1)]
        return found + longer + [12, ["x"], {"a": "b"}, False]
    return found  # json: any JSON but NaN, which the body cannot carry


def _target(site: Site, entity: str) -> str:  # noqa: F811
    return site.one(entity, P1).row_id if entity in OWNED else site.used_by_p1_only(entity)


def _assert_refused(site: Site, changes: list[dict[str, Any]]) -> None:  # noqa: F811
    """Every change refused with a sentence, by the writer of P1."""
    results = site.push("member", changes)
    assert results is not None
    wrong = [
        (c["field"], c["value"] if len(repr(c["value"])) < 80 else "(long)", r)
        for c, r in zip(changes, results, strict=True)
        if r["status"] != "refused" or not SENTENCE.fullmatch(r["reason"])
    ]
    assert not wrong


def _bad_changes(
    entity: str, row_id: str, other_record: Callable[[FieldCodec], str]
) -> list[dict[str, Any]]:
    """A change of every field of ``row_id`` to each of its bad values; ``other_record``
    gives the id of a record of the wrong kind for a reference."""
    return [
        {"entity": entity, "row_id": row_id, "field": name, "value": value, "stamp": fresh_stamp()}
        for name, codec in codecs(ENTITIES[entity]).items()
        for value in bad_values(codec, other_record(codec))
    ]


@pytest.mark.parametrize("entity", EDITED)
def test_every_malformed_value_of_every_field_is_refused(site: Site, entity: str) -> None:  # noqa: F811
    """By a writer of the record's partnership: the rights are not what stops it."""
    row_id = _target(site, entity)
    before = site.fields(entity, row_id)
    visit, action = (site.one(kind, P1).row_id for kind in ("site_visit", "action"))
    changes = _bad_changes(
        entity, row_id, lambda codec: action if codec.references == "site_visit" else visit
    )
    _assert_refused(site, changes)
    assert site.fields(entity, row_id) == before


FORGED = {
    "missing": ...,
    "empty": None,
    "unknown": "4b0c7c1e-0000-4000-8000-000000000000",
    "another partnership's": P2,
    "not an id": "P1",
}


@pytest.mark.parametrize("forged", sorted(FORGED))
@pytest.mark.parametrize("entity", sorted(set(OWNED) - {"conflict", "partnership"}))
def test_a_new_record_with_a_missing_or_forged_partnership_is_refused(
    site: Site,  # noqa: F811
    entity: str,
    forged: str,
) -> None:
    """A copy of P1's record, pushed whole by P1's member, its partnership forged."""
    values = {k: s["v"] for k, s in site.one(entity, P1).fields.items()}
    if FORGED[forged] is ...:
        if entity == "indicator":
            return  # an indicator without a partnership is a shared one: allowed
        del values["partnership_id"]
    else:
        if entity == "indicator" and FORGED[forged] is None:
            return
        values["partnership_id"] = FORGED[forged]
    row_id = new_id()
    _assert_refused(site, creation(entity, row_id, values, fresh_stamp()))
    assert not site.fields(entity, row_id)


def test_a_field_this_version_does_not_know_is_kept_for_writers_only(site: Site) -> None:  # noqa: F811
    """Kept for a newer WOPdesk (docs/sync.md, "Versions"), but only from a writer."""
    visit = site.one("site_visit", P1).row_id
    for who in ("stranger", "other partnership", "observer", "revoked"):
        assert not site.edit(who, "site_visit", visit, "added_later", "x")
    assert site.edit("member", "site_visit", visit, "added_later", "x")
    assert site.edit("member", "site_visit", visit, "clocks", {}) is False  # local only


# --- the fuzz: any kind, any field, malformed or not, by anyone ------------------------------


def _values(entity: str, name: str) -> st.SearchStrategy[Any]:
    model = ENTITIES.get(entity)
    codec = None if model is None else codecs(model).get(name)
    junk = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text()
    )
    if codec is None:
        return junk
    return st.sampled_from(bad_values(codec, str(uuid.uuid4()))) | junk


def _changes(ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    def one(entity: str) -> st.SearchStrategy[dict[str, Any]]:
        model = ENTITIES.get(entity)
        names = sorted(codecs(model)) if model is not None else ["name"]
        fields = st.sampled_from(names + ["clocks", "id", "added_later"]) | st.text(max_size=8)
        return fields.flatmap(
            lambda name: st.fixed_dictionaries(
                {
                    "entity": st.just(entity),
                    "row_id": st.sampled_from(ids) | st.uuids().map(str),
                    "field": st.just(name),
                    "value": _values(entity, name),
                    "stamp": st.builds(fresh_stamp),
                }
            )
        )

    return (st.sampled_from(sorted(ENTITIES)) | st.text(max_size=8)).flatmap(one)


def test_malformed_changes_of_every_kind_never_make_a_server_error(site: Site) -> None:  # noqa: F811
    ids = sorted({site.one(e, P1).row_id for e in OWNED} | {P1, P2})
    principals = sorted(site.tokens)

    @settings(max_examples=150, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(changes=st.lists(_changes(ids), min_size=1, max_size=5),
           who=st.sampled_from(principals))  # fmt: skip
    def push(changes: list[dict[str, Any]], who: str) -> None:
        headers = {**HEADERS, "Authorization": f"Bearer {site.tokens[who]}"}
        body = {"batch_id": new_id(), "changes": changes}
        response = site.http.post(site.url + "/v1/push", json=body, headers=headers)
        assert response.status_code < 500, response.text
        if response.status_code >= 400:
            assert SENTENCE.fullmatch(response.json()["detail"]), response.text
            return
        for result in response.json()["results"]:
            assert result["status"] != "refused" or SENTENCE.fullmatch(result["reason"])

    push()


@pytest.mark.parametrize("entity", sorted(set(OWNED) - {"conflict", "partnership"}))
def test_malformed_values_are_refused_on_every_database(world: World, entity: str) -> None:  # noqa: F811
    """The same values on the small world of test_server_api, which also runs on
    PostgreSQL (WOPDESK_TEST_PG_URL): a record of each kind planted in P1."""
    row_id = _planted(world, entity, world.p1)
    changes = _bad_changes(entity, row_id, lambda _codec: new_id())
    response = world.push("member", changes)
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    wrong = [
        (c["field"], r) for c, r in zip(changes, results, strict=True)
        if r["status"] != "refused" or not SENTENCE.fullmatch(r["reason"])
    ]  # fmt: skip
    assert not wrong
