"""Issue 19, point 3, for every kind of record the models have now: who may write what,
attacked on a real server that holds both demo partnerships (every kind of record the
demo makes, synced from a laptop) plus a custom indicator of each and a conflict.

The kinds, their references and a conflict's fields are all generated from the models,
so a new kind of record is attacked the day it is added.
"""

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from tests.test_server_api import HEADERS, creation, new_id, token_for
from tests.test_server_authz import PRINCIPALS, fresh_stamp, table_from_doc
from tests.test_sync_engine import quiet_environment, template  # noqa: F401 (fixtures)
from wopdesk.demo import DEMO_PARTNERSHIP_IDS
from wopdesk.domain import vocab as v
from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import RecordUse, ServerDatabase, ServerRecord
from wopdesk.server.records import _references
from wopdesk.server.testing import running_server
from wopdesk.storage.codecs import codecs
from wopdesk.storage.models import ENTITIES, Conflict

P1, P2 = DEMO_PARTNERSHIP_IDS
WRITERS = ("member", "admin")
READERS = ("observer", "member", "admin")
# Every kind of record that belongs to one partnership (a partnership is its own).
OWNED = sorted(n for n, model in ENTITIES.items() if model.partnership_column is not None)
# (kind, field, kind it names) for every reference to a record of a partnership.
CROSS = sorted(
    (entity, name, target)
    for entity in OWNED
    for name, target in _references(ENTITIES[entity]).items()
    if ENTITIES[target].partnership_column is not None
)
SHARED = ("utility", "person", "indicator")
CREATED = "2026-02-02T00:00:00+00:00"


@dataclass
class Site:
    """The server, one token per principal, and a record of each kind in each partnership."""

    url: str
    db: ServerDatabase
    http: httpx.Client
    tokens: dict[str, str]

    def push(self, who: str, changes: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
        """Each change's result, or None when the request itself is refused (401, 403)."""
        headers = dict(HEADERS)
        if who in self.tokens:
            headers["Authorization"] = f"Bearer {self.tokens[who]}"
        body = {"batch_id": new_id(), "changes": changes}
        response = self.http.post(self.url + "/v1/push", json=body, headers=headers)
        if response.status_code != 200:
            assert response.status_code in (401, 403), response.text
            return None
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def accepted(self, who: str, changes: list[dict[str, Any]]) -> bool:
        results = self.push(who, changes)
        return results is not None and all(r["status"] == "accepted" for r in results)

    def edit(self, who: str, entity: str, row_id: str, name: str, value: Any) -> bool:
        change = {"entity": entity, "row_id": row_id, "field": name, "value": value}
        return self.accepted(who, [{**change, "stamp": fresh_stamp()}])

    def pulled(self, who: str) -> set[tuple[str, str]]:
        headers = dict(HEADERS)
        if who in self.tokens:
            headers["Authorization"] = f"Bearer {self.tokens[who]}"
        found: set[tuple[str, str]] = set()
        params: dict[str, Any] = {"after": 0, "limit": 5000}
        while True:
            response = self.http.get(self.url + "/v1/changes", params=params, headers=headers)
            if response.status_code != 200:
                assert response.status_code == 401, response.text
                return found
            page = response.json()
            found |= {(c["entity"], c["row_id"]) for c in page["changes"]}
            if not page["more"]:
                return found
            params = {**params, "after": page["cursor"], "scope": page["scope"]}

    def records(self, entity: str, partnership: str | None) -> list[ServerRecord]:
        with self.db.read() as session:
            query = select(ServerRecord).where(ServerRecord.entity == entity)
            if partnership is not None:
                query = query.where(ServerRecord.partnership_id == partnership)
            return list(session.scalars(query.order_by(ServerRecord.row_id)))

    def one(self, entity: str, partnership: str | None) -> ServerRecord:
        if entity == "partnership" and partnership is not None:
            found = [r for r in self.records(entity, None) if r.row_id == partnership]
        else:
            found = self.records(entity, partnership)
        found = [r for r in found if r.fields.get("deleted", {}).get("v") is not True]
        assert found, f"The server has no {entity} in {partnership}."
        return found[0]

    def in_p2(self, entity: str) -> str:
        """The id of a live record of ``entity`` in P2 (planted when the demo has none)."""
        if entity == "partnership":
            return P2
        found = [r for r in self.records(entity, P2) if not r.fields["deleted"]["v"]]
        if found:
            return found[0].row_id
        row_id, at = new_id(), fresh_stamp()
        fields = {n: {"v": val, "s": at, "by": "admin"}
                  for n, val in (("deleted", False), ("partnership_id", P2))}  # fmt: skip
        with self.db.write() as session:
            session.add(ServerRecord(entity=entity, row_id=row_id, partnership_id=P2,
                                     fields=fields))  # fmt: skip
        return row_id

    def used_by_p1_only(self, entity: str) -> str:
        """A shared record of ``entity`` that P1 uses and no other partnership does."""
        with self.db.read() as session:
            uses: dict[str, set[str]] = {}
            query = select(RecordUse.row_id, RecordUse.partnership_id).where(
                RecordUse.entity == entity
            )
            for row_id, partnership in session.execute(query):
                uses.setdefault(row_id, set()).add(partnership)
        found = sorted(row_id for row_id, using in uses.items() if using == {P1})
        assert found, f"No {entity} is used by P1 alone."
        return found[0]

    def one_by_id(self, entity: str, row_id: str) -> ServerRecord:
        with self.db.read() as session:
            record = session.get(ServerRecord, (entity, row_id))
            assert record is not None
            return record

    def fields(self, entity: str, row_id: str) -> dict[str, Any]:
        with self.db.read() as session:
            record = session.get(ServerRecord, (entity, row_id))
            return {} if record is None else {k: s["v"] for k, s in record.fields.items()}


def _indicator(partnership: str | None) -> dict[str, Any]:
    return {
        "partnership_id": partnership,
        "framework": "Custom",
        "code": "X-1",
        "name": "Night flow",
        "unit": "m3/h",
        "better_when": v.BetterWhen.LOWER.value,
        "builtin": False,
    }


def _prepare(site: Site) -> None:
    """What the demo lacks: custom indicators (of each partnership, and a shared one used
    by P1 through a reading) and a conflict in P1."""
    for who, partnership in (("member", P1), ("other partnership", P2)):
        changes = creation("indicator", new_id(), _indicator(partnership), fresh_stamp())
        assert site.accepted(who, changes)
    shared = new_id()
    reading = site.one("indicator_reading", P1)
    values = {k: s["v"] for k, s in reading.fields.items()}
    at = fresh_stamp()
    changes = creation("indicator", shared, _indicator(None), at) + creation(
        "indicator_reading", new_id(), {**values, "indicator_id": shared}, at
    )
    assert site.accepted("member", changes)
    visit = site.one("site_visit", P1)
    for who, node in (("member", "aaaaaaaaaaaaaaaa"), ("admin", "bbbbbbbbbbbbbbbb")):
        edit = {"entity": "site_visit", "row_id": visit.row_id, "field": "notes",
                "value": f"notes by {who}", "stamp": fresh_stamp(node),
                "replaced": visit.fields["notes"]["s"]}  # fmt: skip
        assert site.accepted(who, [edit])
    assert site.records("conflict", P1)


@pytest.fixture
def site(template: Path, tmp_path: Path) -> Iterator[Site]:  # noqa: F811
    shutil.copy(template / "server.db", tmp_path / "server.db")
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}")
    for name in ("member", "other", "watcher", "revoked", "admin"):
        accounts.add_user(db, name, f"{name}-password", admin=name == "admin")
    accounts.grant(db, "member", P1, "mentor")
    accounts.grant(db, "watcher", P1, "observer")
    accounts.grant(db, "other", P2, "mentee")
    accounts.grant(db, "revoked", P1, "mentor")
    accounts.revoke(db, "revoked", P1)
    hour = dt.timedelta(hours=1)
    tokens = {
        "expired": token_for(db, "member", -hour),
        "revoked": token_for(db, "revoked", hour),
        "stranger": token_for(db, "outsider", hour),
        "other partnership": token_for(db, "other", hour),
        "observer": token_for(db, "watcher", hour),
        "member": token_for(db, "member", hour),
        "admin": token_for(db, "admin", hour),
        "both": token_for(db, "maria", hour),  # the coordinator of both partnerships
    }
    try:
        with running_server(create_app(db)) as url, httpx.Client(timeout=60) as http:
            site = Site(url, db, http, tokens)
            _prepare(site)
            yield site
    finally:
        db.close()


def test_the_server_holds_a_record_of_every_kind(site: Site) -> None:
    for entity in OWNED:
        site.one(entity, P1)


@pytest.mark.parametrize("principal", PRINCIPALS)
def test_every_kind_of_record_is_read_and_written_only_by_its_partnership(
    site: Site, principal: str
) -> None:
    """The table's "P's record: read/write" columns, walked over every kind of record."""
    row = table_from_doc()[principal]
    readers, writers = row["P's record: read"], row["P's record: write"]
    assert (readers, writers) == (principal in READERS, principal in WRITERS)
    pulled = site.pulled(principal)
    wrong = []
    # Chosen first: a delete that did not see the last edit makes a conflict of its own.
    chosen = {entity: site.one(entity, P1) for entity in OWNED}
    for entity, record in chosen.items():
        if ((entity, record.row_id) in pulled) != (principal in READERS):
            wrong.append(f"read {entity}")
        if entity == "conflict":
            continue  # only resolved: the conflict tests below
        written = site.edit(
            principal, entity, record.row_id, "created_at", "2026-02-02T00:00:00+00:00"
        )
        if written != (principal in WRITERS):
            wrong.append(f"write {entity}")
        deleted = site.edit(principal, entity, record.row_id, "deleted", True)
        if deleted != (principal in WRITERS):
            wrong.append(f"delete {entity}")
    assert not wrong


@pytest.mark.parametrize(("entity", "name", "target"), CROSS)
def test_no_record_may_name_another_partnerships_record(
    site: Site, entity: str, name: str, target: str
) -> None:
    """Not even pushed by the coordinator of both: an edit, and a new record."""
    mine = site.one(entity, P1)
    theirs = site.in_p2(target)
    assert not site.edit("both", entity, mine.row_id, name, theirs)
    assert not site.edit("member", entity, mine.row_id, name, theirs)
    assert site.fields(entity, mine.row_id).get(name) == mine.fields.get(name, {}).get("v")
    if target == "partnership":
        return  # a new record of P2 copied from P1's: refused for its other references
    copy = {k: s["v"] for k, s in mine.fields.items()}
    row_id = new_id()
    changes = creation(entity, row_id, {**copy, name: theirs}, fresh_stamp())
    results = site.push("both", changes)
    assert results is not None
    assert {r["status"] for r in results} == {"refused"}, results
    assert not site.fields(entity, row_id)


@pytest.mark.parametrize("principal", PRINCIPALS)
def test_shared_records_used_by_p1_are_changed_only_by_its_writers(
    site: Site, principal: str
) -> None:
    """The table's "person used by P: write" column, for every kind of shared record."""
    assert table_from_doc()[principal]["person used by P: write"] == (principal in WRITERS)
    used = {entity: site.used_by_p1_only(entity) for entity in SHARED}
    wrong = []
    for entity, row_id in used.items():
        for name, value in (("name", f"renamed by {principal}"), ("deleted", True)):
            if site.edit(principal, entity, row_id, name, value) != (principal in WRITERS):
                wrong.append(f"{entity}.{name}")
    email = site.edit(principal, "person", used["person"], "email", "evil@example.org")
    if email != (principal in WRITERS):
        wrong.append("person.email")
    assert not wrong


CONFLICT_FIELDS = sorted(codecs(Conflict))


def _conflict_values(record: ServerRecord) -> dict[str, Any]:
    return {k: s["v"] for k, s in record.fields.items()}


@pytest.mark.parametrize("principal", PRINCIPALS)
def test_only_the_server_makes_a_conflict(site: Site, principal: str) -> None:
    """A new conflict, whole, in the name of P1, P2 or none: refused for everyone."""
    existing = _conflict_values(site.one("conflict", P1))
    for partnership in (P1, P2, None):
        row_id = new_id()
        values = {**existing, "partnership_id": partnership, "kept_value": "forged"}
        assert not site.accepted(principal, creation("conflict", row_id, values, fresh_stamp()))
        assert not site.fields("conflict", row_id)


@pytest.mark.parametrize("name", [n for n in CONFLICT_FIELDS if n not in ("resolved_at",)])
def test_a_conflict_keeps_what_happened(site: Site, name: str) -> None:
    """Every field but the resolution, for the coordinator of both: P2 is a forged home."""
    conflict = site.one("conflict", P1)
    forged = {"partnership_id": P2, "resolved": "yes", "deleted": True}.get(name, "forged")
    assert not site.edit("both", "conflict", conflict.row_id, name, forged)
    if name == "resolved":
        return
    assert site.fields("conflict", conflict.row_id)[name] == conflict.fields[name]["v"]


@pytest.mark.parametrize("principal", PRINCIPALS)
def test_a_conflict_is_resolved_only_by_its_partnerships_writers(
    site: Site, principal: str
) -> None:
    conflict = site.one("conflict", P1)
    resolved = site.edit(principal, "conflict", conflict.row_id, "resolved", True)
    assert resolved == (principal in WRITERS)
    assert site.fields("conflict", conflict.row_id)["resolved"] is resolved


def test_a_file_hung_on_a_deleted_shared_record_does_not_bring_it_back(site: Site) -> None:
    """A file brings back the deleted record it belongs to (test_authwrite_orphans), but
    never a shared one its partnership may not change: P1's person, deleted by an admin,
    stays deleted when P2's member attaches a file to it."""
    person = site.used_by_p1_only("person")
    seen = {k: s["s"] for k, s in site.one_by_id("person", person).fields.items()}
    delete = {"entity": "person", "row_id": person, "field": "deleted", "value": True,
              "stamp": fresh_stamp(), "seen": seen}  # fmt: skip
    assert site.accepted("admin", [delete])
    assert site.fields("person", person)["deleted"] is True
    values = {"partnership_id": P2, "sha256": "d" * 64, "file_name": "cv.pdf",
              "media_type": "application/pdf", "size": 3, "owner_entity": "person",
              "owner_id": person}  # fmt: skip
    site.push("other partnership", creation("attachment", new_id(), values, fresh_stamp("e" * 16)))
    assert site.fields("person", person)["deleted"] is True


def test_a_conflict_about_a_shared_record_is_only_for_the_partnerships_using_it(
    site: Site,
) -> None:
    """Two edits of P1's person that did not see each other: the conflict has no
    partnership of its own; P2's member neither reads nor resolves it."""
    person = site.used_by_p1_only("person")
    replaced = site.one_by_id("person", person).fields["name"]["s"]
    for who, node in (("member", "aaaaaaaaaaaaaaaa"), ("admin", "bbbbbbbbbbbbbbbb")):
        edit = {"entity": "person", "row_id": person, "field": "name", "value": f"by {who}",
                "stamp": fresh_stamp(node), "replaced": replaced}  # fmt: skip
        assert site.accepted(who, [edit])
    [conflict] = [r for r in site.records("conflict", None) if r.fields["row_id"]["v"] == person]
    assert conflict.partnership_id is None
    assert ("conflict", conflict.row_id) not in site.pulled("other partnership")
    assert ("conflict", conflict.row_id) in site.pulled("observer")
    for who in ("other partnership", "stranger", "observer", "revoked"):
        assert not site.edit(who, "conflict", conflict.row_id, "resolved", True), who
    assert not site.edit("member", "conflict", conflict.row_id, "kept_value", "forged")
    assert site.edit("member", "conflict", conflict.row_id, "resolved", True)


# (kind, field, shared kind) for every reference of a partnership's record to a shared one.
NAMING_SHARED = sorted(
    (entity, name, target)
    for entity in OWNED
    for name, target in _references(ENTITIES[entity]).items()
    if target in ("utility", "person")
)


@pytest.mark.parametrize(("entity", "name", "target"), NAMING_SHARED)
def test_no_record_may_name_a_shared_record_only_another_partnership_uses(
    site: Site, entity: str, name: str, target: str
) -> None:
    """Naming a person or a utility would make P1 use it, and so read it: P2's person
    (an e-mail, a phone) is not claimed by naming its id, nor made P1's approver."""
    with site.db.read() as session:
        query = select(RecordUse.row_id, RecordUse.partnership_id).where(RecordUse.entity == target)
        uses: dict[str, set[str]] = {}
        for row_id, partnership in session.execute(query):
            uses.setdefault(row_id, set()).add(partnership)
    theirs = sorted(row_id for row_id, using in uses.items() if using == {P2})[0]
    mine = site.one(entity, P1).row_id
    assert not site.edit("member", entity, mine, name, theirs)
    assert (target, theirs) not in site.pulled("member")
