"""What a caller outside a partnership can read, attacked on a running server: files by
hash (whole, by range, their uploads in progress), private details of shared records
through every ``scope`` a pull may name, after a compaction (the snapshot a new laptop
starts from), after a revoke, and through conflicts about shared records."""

import datetime as dt
import hashlib
from typing import Any

import pytest
from sqlalchemy import select

from tests.test_server_api import World, new_id, world  # noqa: F401
from tests.test_server_authz import PRINCIPALS, Scene, fresh_stamp, scene  # noqa: F401
from wopdesk.server import accounts, compaction
from wopdesk.server.db import ServerRecord

pytestmark = pytest.mark.usefixtures("fast_hashing")

OUTSIDE = ("none", "expired", "revoked", "stranger", "other partnership")
INSIDE = ("observer", "member", "admin")
SECRET = "awa@example.org"  # the e-mail of the person P1 uses (the scene's)


def _call(scene: Scene, who: str, method: str, path: str, **kw: Any) -> Any:  # noqa: F811
    if who == "none":
        headers = {"X-WOPdesk-Protocol": "2", **kw.pop("headers", {})}
        return scene.world.http.request(method, scene.world.url + path, headers=headers, **kw)
    return scene.call(who, method, path, **kw)


def _pulled(scene: Scene, who: str, **params: Any) -> str:  # noqa: F811
    """Everything ``who`` pulls from zero, as text ('' when refused)."""
    text, after, scope = "", 0, params.pop("scope", None)
    for _page in range(50):
        query = {"after": after, "limit": 5000, **params}
        if scope is not None:
            query["scope"] = scope
        response = _call(scene, who, "GET", "/v1/changes", params=query)
        if response.status_code != 200:
            assert response.status_code == 401, response.text
            return text
        page = response.json()
        text += response.text
        if not page["more"]:
            return text
        after, scope = page["cursor"], page["scope"]
    raise AssertionError("the pull never ended")


@pytest.mark.parametrize("who", PRINCIPALS)
@pytest.mark.parametrize("wanted", [None, "bytes=0-3", "bytes=-4", "bytes=900-"])
def test_a_file_is_served_whole_or_by_range_only_inside(scene: Scene, who: str, wanted) -> None:  # noqa: F811
    headers = {} if wanted is None else {"Range": wanted}
    response = _call(scene, who, "GET", f"/v1/blobs/{scene.world.blob}", headers=headers)
    if who in OUTSIDE:
        # No byte, no size (a 416 would tell it): the same answer as for no file at all.
        assert response.status_code in (401, 404), response.text
        assert "bytes" not in response.text
        assert "Content-Range" not in response.headers
        return
    expected = {None: 200, "bytes=0-3": 206, "bytes=-4": 206, "bytes=900-": 416}[wanted]
    assert response.status_code == expected


@pytest.mark.parametrize("who", ["stranger", "other partnership", "revoked"])
def test_nobody_learns_of_or_finishes_anothers_upload_in_progress(scene: Scene, who: str) -> None:  # noqa: F811
    data = b"the member's report, half sent " * 64
    sha = hashlib.sha256(data).hexdigest()
    half = len(data) // 2
    put = scene.call("member", "PUT", f"/v1/blobs/{sha}",
                     params={"offset": 0, "total": len(data)}, content=data[:half])  # fmt: skip
    assert put.json() == {"sha256": sha, "received": half, "complete": False}
    status = scene.call(who, "GET", f"/v1/blobs/{sha}/upload").json()
    assert status == {"sha256": sha, "received": 0, "complete": False}
    tail = scene.call(who, "PUT", f"/v1/blobs/{sha}",
                      params={"offset": half, "total": len(data)}, content=data[half:])  # fmt: skip
    assert tail.status_code == 409
    assert str(half) not in tail.json()["detail"].split("not from")[0]
    # Their own start with another size does not touch the member's upload.
    scene.call(who, "PUT", f"/v1/blobs/{sha}", params={"offset": 0, "total": 7}, content=b"x")
    mine = scene.call("member", "GET", f"/v1/blobs/{sha}/upload").json()
    assert mine["received"] == half
    rest = scene.call("member", "PUT", f"/v1/blobs/{sha}",
                      params={"offset": half, "total": len(data)}, content=data[half:])  # fmt: skip
    assert rest.json()["complete"]
    assert scene.call(who, "GET", f"/v1/blobs/{sha}").status_code == 404
    missing = scene.call(who, "POST", "/v1/blobs/missing", json={"hashes": [sha]})
    assert missing.json() == {"missing": [sha]}


SCOPES = [None, "", "x", ".", "..", "0", "a" * 64, "a" * 16 + ".1", "garbage.999999"]


@pytest.mark.parametrize("scope", SCOPES)
@pytest.mark.parametrize("who", ["stranger", "other partnership", "revoked"])
def test_no_scope_a_pull_names_reaches_another_partnership(scene: Scene, who, scope) -> None:  # noqa: F811
    pulled = _pulled(scene, who, scope=scope)
    for secret in (SECRET, scene.world.visit, scene.world.p1, scene.person, scene.conflict):
        assert secret not in pulled, (who, scope, secret)


@pytest.mark.parametrize("who", PRINCIPALS)
def test_the_compacted_log_a_new_laptop_starts_from_honours_scope(scene: Scene, who) -> None:  # noqa: F811
    before = _pulled(scene, who)
    done = compaction.compact(scene.world.db, dt.timedelta(0))
    assert done.entries > 0
    after = _pulled(scene, who)
    for secret in (SECRET, scene.world.visit, scene.world.p1):
        assert (secret in after) == (secret in before) == (who in INSIDE), (who, secret)


def test_a_revoke_or_a_lost_role_ends_what_a_member_pulls(scene: Scene) -> None:  # noqa: F811
    assert SECRET in _pulled(scene, "observer")
    accounts.revoke(scene.world.db, "watcher", scene.world.p1)
    assert SECRET not in _pulled(scene, "observer")
    assert scene.world.visit not in _pulled(scene, "observer")
    file = scene.call("observer", "GET", f"/v1/blobs/{scene.world.blob}")
    assert file.status_code == 404


def test_a_conflict_about_a_shared_record_stays_inside(scene: Scene) -> None:  # noqa: F811
    """Two edits of P1's person that did not see each other: the conflict keeps the value
    that lost (a private detail); nobody outside P1 receives it."""
    with scene.world.db.read() as session:
        person = session.get(ServerRecord, ("person", scene.person))
        assert person is not None
        created = person.fields["phone"]["s"]
    for who, node, phone in (("member", "dddddddddddddddd", "+221 70 000 00 01"),
                             ("admin", "eeeeeeeeeeeeeeee", "+221 70 000 00 02")):  # fmt: skip
        edit = {"entity": "person", "row_id": scene.person, "field": "phone", "value": phone,
                "stamp": fresh_stamp(node), "replaced": created}  # fmt: skip
        assert scene.push(who, [edit]) == ["accepted"]
    with scene.world.db.read() as session:
        conflicts = set(
            session.scalars(select(ServerRecord.row_id).where(ServerRecord.entity == "conflict"))
        )
    assert len(conflicts) == 2
    for who in ("stranger", "other partnership", "revoked"):
        pulled = _pulled(scene, who)
        assert "+221 70 000 00 0" not in pulled
        assert not any(conflict in pulled for conflict in conflicts)


@pytest.mark.parametrize("who", ["stranger", "other partnership", "revoked", "observer"])
def test_a_refusal_names_no_one_of_another_partnership(scene: Scene, who: str) -> None:  # noqa: F811
    """Pushing at P1's person and visit: no name, e-mail or partnership id comes back."""
    changes = [
        {"entity": "person", "row_id": scene.person, "field": "email", "value": "me@x.org"},
        {"entity": "site_visit", "row_id": scene.world.visit, "field": "notes", "value": "x"},
        {"entity": "membership", "row_id": new_id(), "field": "person_id", "value": scene.person},
    ]
    body = {"batch_id": new_id(), "changes": [{**c, "stamp": fresh_stamp()} for c in changes]}
    response = scene.call(who, "POST", "/v1/push", json=body)
    assert response.status_code == 200
    for result in response.json()["results"]:
        assert result["status"] == "refused"
        for secret in ("Awa", SECRET, "+221"):
            assert secret not in result["reason"]
        if who != "observer":
            assert scene.world.p1 not in result["reason"]
