"""The API says what it answers: every status the server gives is declared in its OpenAPI
document, and every error has the one declared shape, ``{"detail": "a sentence"}``."""

import hashlib
import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_server_api import HEADERS, World, new_id, world  # noqa: F401
from wopdesk.storage.models import ENTITIES
from wopdesk.sync.protocol import MAX_JSON_BODY, PROTOCOL_HEADER, PROTOCOL_VERSION

pytestmark = pytest.mark.usefixtures("fast_hashing")

SHA = "a" * 64


def _template(path: str) -> str:
    path = re.sub(r"/v1/blobs/[^/]+/upload$", "/v1/blobs/{sha256}/upload", path)
    return re.sub(r"/v1/blobs/(?!missing$)[^/]+$", "/v1/blobs/{sha256}", path)


def _probes(w: World) -> list[tuple[str, str, dict[str, Any], str | None, int]]:
    """(method, path, request options, who, the status expected)."""
    photo = b"bytes of a photo"
    sha = hashlib.sha256(photo).hexdigest()
    push = {"batch_id": new_id(), "changes": []}
    wrong = {"batch_id": new_id(), "changes": [{"entity": 3}]}
    return [
        ("GET", "/v1/info", {}, None, 200),
        # Any route may get a body: damaged gzip is a 400, one too large a 413.
        (
            "GET",
            "/v1/info",
            {"content": b"junk", "headers": {"Content-Encoding": "gzip"}},
            None,
            400,
        ),
        ("GET", "/v1/changes", {"content": b" " * (MAX_JSON_BODY + 1)}, "member", 413),
        ("GET", "/v1/info", {"content": b" " * (MAX_JSON_BODY + 1)}, None, 413),
        ("POST", "/v1/push", {"json": push}, None, 401),
        ("POST", "/v1/push", {"json": push, "headers": {PROTOCOL_HEADER: ""}}, "member", 400),
        ("POST", "/v1/push", {"json": push, "headers": {PROTOCOL_HEADER: "0"}}, "member", 426),
        ("POST", "/v1/push", {"content": b"{not json"}, "member", 400),
        ("POST", "/v1/push", {"json": wrong}, "member", 422),
        ("POST", "/v1/push", {"content": b" " * (MAX_JSON_BODY + 1)}, "member", 413),
        ("POST", "/v1/push", {"json": push}, "member", 200),
        ("POST", "/v1/push", {"json": push}, "outsider", 409),  # another account's batch id
        ("POST", "/v1/push", {"json": push}, "expired", 401),
        ("GET", "/v1/changes", {"params": {"after": -1}}, "member", 422),
        ("GET", "/v1/changes", {}, "member", 200),
        ("POST", "/v1/blobs/missing", {"json": {"hashes": ["x"]}}, "member", 422),
        ("POST", "/v1/blobs/missing", {"json": {"hashes": [SHA]}}, "member", 200),
        ("GET", f"/v1/blobs/{SHA}/upload", {}, None, 401),
        ("GET", f"/v1/blobs/{SHA}/upload", {}, "member", 200),
        ("GET", "/v1/blobs/not-a-hash", {}, "member", 400),
        ("GET", f"/v1/blobs/{SHA}", {}, "member", 404),
        ("GET", f"/v1/blobs/{w.blob}", {}, "member", 200),
        (
            "PUT",
            f"/v1/blobs/{sha}",
            {"params": {"offset": 5, "total": 16}, "content": b"x"},
            "member",
            409,
        ),  # fmt: skip
        (
            "PUT",
            f"/v1/blobs/{sha}",
            {"params": {"offset": 0, "total": 10**12}, "content": b"x"},
            "member",
            413,
        ),  # fmt: skip
        (
            "PUT",
            f"/v1/blobs/{sha}",
            {"params": {"offset": 0, "total": 16}, "content": photo[::-1]},
            "member",
            422,
        ),  # fmt: skip
        ("PUT", f"/v1/blobs/{sha}", {"params": {"offset": 0}, "content": photo}, "member", 422),
        (
            "PUT",
            f"/v1/blobs/{sha}",
            {"params": {"offset": 0, "total": 16}, "content": photo},
            "member",
            200,
        ),  # fmt: skip
        ("POST", "/v1/login", {"json": {"user": "member", "password": "wrong"}}, None, 401),
        ("POST", "/v1/login", {"json": {"user": 3}}, None, 422),
        ("POST", "/v1/logout", {"headers": {PROTOCOL_HEADER: "x"}}, None, 400),
        ("POST", "/v1/logout", {}, None, 204),
    ]


def test_every_answer_is_declared_and_every_error_has_one_shape(world: World) -> None:  # noqa: F811
    document = world.http.get(world.url + "/openapi.json").json()
    seen: list[tuple[str, str, int]] = []
    for method, path, options, who, status in _probes(world):
        response = world.call(method, path, who, **options)
        assert response.status_code == status, (method, path, response.text)
        seen.append((method, path, response.status_code))
        declared = document["paths"][_template(path)][method.lower()]["responses"]
        assert str(response.status_code) in declared, (method, path, response.status_code)
        if response.status_code >= 400:
            body = response.json()
            assert set(body) == {"detail"}, body
            assert re.fullmatch(r"\S.*[.?!)]", body["detail"]), body
            schema = declared[str(response.status_code)]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorDetail"}
    assert len(seen) == len(_probes(world))


def test_too_many_failed_sign_ins_are_a_declared_429(world: World) -> None:  # noqa: F811
    document = world.http.get(world.url + "/openapi.json").json()
    statuses = set()
    for _attempt in range(8):
        body = {"user": "watcher", "password": "not the password"}
        statuses.add(world.call("POST", "/v1/login", json=body).status_code)
    assert 429 in statuses
    assert "429" in document["paths"]["/v1/login"]["post"]["responses"]


def test_the_document_declares_no_other_error_shape(world: World) -> None:  # noqa: F811
    document = world.http.get(world.url + "/openapi.json").json()
    assert "HTTPValidationError" not in document["components"]["schemas"]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            errors = {s for s in operation["responses"] if s.startswith(("4", "5"))}
            assert errors, (path, method)


def test_the_document_declares_what_routes_read_themselves(world: World) -> None:  # noqa: F811
    document = world.http.get(world.url + "/openapi.json").json()
    push = document["paths"]["/v1/push"]["post"]["requestBody"]
    assert push["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PushRequest"
    }
    pushed = document["components"]["schemas"]["PushRequest"]
    assert pushed["properties"]["changes"]["items"] == {"$ref": "#/components/schemas/Change"}
    assert "stamp" in document["components"]["schemas"]["Change"]["required"]
    upload = document["paths"]["/v1/blobs/{sha256}"]["put"]["requestBody"]
    assert set(upload["content"]) == {"application/octet-stream"}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == PROTOCOL_HEADER:
                    assert parameter["required"], (path, method)
                    assert parameter["schema"]["enum"] == [
                        str(n) for n in range(1, PROTOCOL_VERSION + 1)
                    ]
                if parameter["name"] == "sha256":
                    assert parameter["schema"]["pattern"] == "^[0-9a-f]{64}$"


def test_the_document_is_served_without_a_token(world: World) -> None:  # noqa: F811
    response = httpx.get(world.url + "/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "WOPdesk server"
    assert HEADERS


# --- malformed changes are 4xx or refusals, never a 500 --------------------------------------

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)
_entities = st.sampled_from(sorted(ENTITIES)) | st.text(max_size=10)


def _field_of(entity: str) -> st.SearchStrategy[str]:
    model = ENTITIES.get(entity)
    known = sorted(model.__table__.columns.keys()) if model is not None else ["name"]
    return st.sampled_from(known) | st.text(max_size=10)


_change = _entities.flatmap(
    lambda entity: st.fixed_dictionaries(
        {
            "entity": st.just(entity),
            "row_id": st.uuids().map(str) | st.text(max_size=40),
            "field": _field_of(entity),
            "value": _json,
            "stamp": st.just("1796350924346.0000.7def1cffaa4bf8a4") | st.text(max_size=40),
        },
        optional={"replaced": st.text(max_size=40) | st.none(), "seen": _json},
    )
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(changes=st.lists(_change, max_size=6), who=st.sampled_from(["member", "admin", "outsider"]))
def test_malformed_changes_never_make_a_server_error(
    world: World,  # noqa: F811
    changes: list[dict[str, Any]],
    who: str,
) -> None:
    response = world.push(who, changes)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert set(response.json()) == {"detail"}
    else:
        for result in response.json()["results"]:
            assert result["status"] != "refused" or result["reason"]
