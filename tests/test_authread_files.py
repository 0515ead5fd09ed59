"""Files a caller never held: named in every field that holds a hash (generated from the
models), at creation and by editing an attachment of their own, on a running server.
None grants the file; and whether the server has a file should not show either."""

import hashlib
from typing import Any

import pytest

from tests.test_server_api import World, creation, new_id, world  # noqa: F401
from tests.test_server_authz import Scene, _own_partnership, fresh_stamp, scene  # noqa: F401
from wopdesk.storage.models import ENTITIES

pytestmark = pytest.mark.usefixtures("fast_hashing")

# Every (kind of record, field) that holds a file's sha256.
HASH_FIELDS = sorted(
    (entity, name)
    for entity, model in ENTITIES.items()
    for name in model.__table__.columns.keys()
    if "sha" in name
)


def test_the_hash_fields_are_found() -> None:
    assert ("attachment", "sha256") in HASH_FIELDS


def _attachment(partnership: str, sha: str) -> dict[str, Any]:
    return {
        "partnership_id": partnership,
        "sha256": sha,
        "file_name": "forged.jpg",
        "media_type": "image/jpeg",
        "size": 10,
        "owner_entity": "partnership",
        "owner_id": partnership,
    }


def _forge(scene: Scene, who: str, sha: str) -> list[str] | None:  # noqa: F811
    where, setup = _own_partnership(who)
    partnership = {"p2": scene.world.p2}.get(where, where)
    attachment = creation("attachment", new_id(), _attachment(partnership, sha), fresh_stamp())
    return scene.push(who, setup + attachment)


@pytest.mark.parametrize(("entity", "field"), HASH_FIELDS)
@pytest.mark.parametrize("who", ["stranger", "other partnership", "revoked"])
def test_naming_a_hash_in_any_field_grants_nothing(
    scene: Scene,  # noqa: F811
    who: str,
    entity: str,
    field: str,
) -> None:
    assert entity == "attachment"  # a new kind holding a hash needs its own forging here
    _forge(scene, who, scene.world.blob)
    assert scene.call(who, "GET", f"/v1/blobs/{scene.world.blob}").status_code == 404


@pytest.mark.parametrize("who", ["other partnership", "stranger"])
def test_editing_ones_own_attachment_to_anothers_hash_grants_nothing(
    scene: Scene,  # noqa: F811
    who: str,
) -> None:
    mine = b"a photo of my own"
    sha = hashlib.sha256(mine).hexdigest()
    put = scene.call(who, "PUT", f"/v1/blobs/{sha}", params={"offset": 0, "total": len(mine)},
                     content=mine)  # fmt: skip
    assert put.json()["complete"]
    where, setup = _own_partnership(who)
    partnership = {"p2": scene.world.p2}.get(where, where)
    attachment = new_id()
    made = creation("attachment", attachment, _attachment(partnership, sha), fresh_stamp())
    assert set(scene.push(who, setup + made) or []) == {"accepted"}
    edit = {"entity": "attachment", "row_id": attachment, "field": "sha256",
            "value": scene.world.blob, "stamp": fresh_stamp()}  # fmt: skip
    scene.push(who, [edit])  # accepted or not, it grants nothing
    assert scene.call(who, "GET", f"/v1/blobs/{scene.world.blob}").status_code == 404
    # Their own file is theirs still.
    assert scene.call(who, "GET", f"/v1/blobs/{sha}").content == mine


def test_a_push_does_not_tell_whether_the_server_has_a_file(scene: Scene) -> None:  # noqa: F811
    never_seen = hashlib.sha256(b"a file the server never received").hexdigest()
    answers = [_forge(scene, "stranger", sha) for sha in (scene.world.blob, never_seen)]
    assert answers[0] == answers[1]
