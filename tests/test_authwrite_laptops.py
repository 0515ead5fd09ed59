"""Issue 19, points 3 and 6, as the laptops live them: a value of the right form that no
laptop can store, pushed by one member straight to the server, must not stop the sync of
the partnership's other laptops (the server refuses it)."""

from typing import Any

import httpx
import pytest

from tests.test_authwrite_writes import fresh_stamp
from tests.test_server_api import HEADERS, new_id
from tests.test_sync_engine import (  # noqa: F401 (fixtures)
    VISIT,
    Replica,
    quiet_environment,
    replicas,
    template,
)
from wopdesk.demo import demo_id
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m

UNSTORABLE = [
    ("learning_activity", demo_id("learning:l1"), "participants", 2**70),
    ("site_visit", VISIT, "created_at", "9999-12-31T23:59:59-05:00"),
    ("site_visit", VISIT, "created_at", "0001-01-01T00:00:00+05:00"),
]


def _push_as(replica: Replica, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Changes sent by hand with the member's password, as a modified client would."""
    url = replica.server.url + "/v1"
    with httpx.Client(timeout=30) as http:
        login = {"user": replica.user, "password": f"{replica.user}-password"}
        token = http.post(url + "/login", json=login, headers=HEADERS).json()["token"]
        headers = {**HEADERS, "Authorization": f"Bearer {token}"}
        body = {"batch_id": new_id(), "changes": changes}
        answer = http.post(url + "/push", json=body, headers=headers)
    assert answer.status_code == 200, answer.text
    results: list[dict[str, Any]] = answer.json()["results"]
    return results


@pytest.mark.parametrize(("entity", "row_id", "name", "value"), UNSTORABLE)
def test_a_value_no_laptop_can_store_never_reaches_the_laptops(
    replicas: tuple[Replica, Replica],  # noqa: F811
    entity: str,
    row_id: str,
    name: str,
    value: Any,
) -> None:
    a, b = replicas
    change = {"entity": entity, "row_id": row_id, "field": name, "value": value,
              "stamp": fresh_stamp()}  # fmt: skip
    [result] = _push_as(b, [change])
    assert result["status"] == "refused"
    assert result["reason"].endswith(".")
    b.write(cmd.update, m.SiteVisit, VISIT, notes="after the bad push")
    b.sync()
    a.sync()  # before: the pull stopped on the value SQLite or Python cannot hold
    assert a.get(m.SiteVisit, VISIT).notes == "after the bad push"
