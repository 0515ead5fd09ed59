"""Answers the OpenAPI document cannot list: a method a path does not take (405, with the
one error shape and the methods it takes), and gzip bodies both ways, checked on a
running server against what the document declares."""

import gzip
import json
import re

import pytest

from tests.test_server_api import HEADERS, World, new_id, world  # noqa: F401

pytestmark = pytest.mark.usefixtures("fast_hashing")

METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")
SHA = "a" * 64


def _served_by(document: dict, path: str, method: str, template: str) -> dict | None:
    """The operation of another path template that ``path`` matches with ``method``."""
    for other, operations in document["paths"].items():
        pattern = re.escape(other).replace(re.escape("{sha256}"), "[^/]+")
        if other != template and re.fullmatch(pattern, path) and method.lower() in operations:
            return dict(operations[method.lower()])
    return None


def _methods(document: dict, path: str) -> set[str]:
    """What every path template ``path`` matches takes."""
    return {
        method.upper()
        for template, operations in document["paths"].items()
        if re.fullmatch(re.escape(template).replace(re.escape("{sha256}"), "[^/]+"), path)
        for method in operations
    }


def test_a_method_a_path_does_not_take_is_a_405_in_the_one_shape(world: World) -> None:  # noqa: F811
    document = world.http.get(world.url + "/openapi.json").json()
    for template, operations in document["paths"].items():
        path = template.replace("{sha256}", SHA)
        for method in METHODS:
            if method.lower() in operations:
                continue
            response = world.call(method, path, "member")
            other = _served_by(document, path, method, template)
            if other is not None:  # /v1/blobs/missing is also /v1/blobs/{sha256}
                assert str(response.status_code) in other["responses"], (method, path)
                continue
            assert response.status_code == 405, (method, path, response.text)
            allowed = {m.strip() for m in response.headers["Allow"].split(",")}
            assert allowed == _methods(document, path), (method, path)
            if method != "HEAD":  # a HEAD answer has no body
                detail = response.json()
                assert set(detail) == {"detail"}
                assert re.fullmatch(r"[A-Z].*\.", detail["detail"])


def test_gzip_bodies_both_ways_are_answered_as_declared(world: World) -> None:  # noqa: F811
    document = world.http.get(world.url + "/openapi.json").json()
    body = json.dumps({"batch_id": new_id(), "changes": []}).encode()
    push = world.call(
        "POST", "/v1/push", "member", content=gzip.compress(body),
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
    )  # fmt: skip
    assert push.status_code == 200, push.text
    assert "200" in document["paths"]["/v1/push"]["post"]["responses"]
    pulled = world.call(
        "GET", "/v1/changes", "member", params={"after": 0}, headers={"Accept-Encoding": "gzip"}
    )
    assert pulled.headers["Content-Encoding"] == "gzip"  # a page of more than 1 kB
    assert {"changes", "cursor", "more", "scope"} <= set(pulled.json())
    damaged = world.call(
        "POST", "/v1/push", "member", content=b"\x1f\x8b not gzip",
        headers={"Content-Encoding": "gzip"},
    )  # fmt: skip
    assert damaged.status_code == 400
    assert set(damaged.json()) == {"detail"}
    assert "400" in document["paths"]["/v1/push"]["post"]["responses"]
