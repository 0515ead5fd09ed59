"""Property: replicas that edit offline and sync in any order, over a connection that drops
and replays, end identical to the server, and no concurrently overwritten value is lost.

The server runs in-process (its ASGI app called through httpx) so that each example can
make hundreds of requests quickly; tests/test_sync_engine.py does the same over real HTTP.
"""

import datetime as dt
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from wopdesk.domain import vocab as v
from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import ServerDatabase, ServerRecord
from wopdesk.server.testing import InProcessTransport
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.changes import wire_values
from wopdesk.storage.store import Store
from wopdesk.sync.client import ServerConnection, ServerUnreachable
from wopdesk.sync.engine import SyncEngine
from wopdesk.sync.status import resolve_conflict
from wopdesk.sync.tokens import FileTokens

BASE = "http://wopdesk.test"
USERS = ("ana", "bruno", "chidi")
PARTNERSHIP = "5b0e6f0a-1d2c-4e3f-8a9b-0c1d2e3f4a5b"
# Five kinds of record and every kind of field: text, integer, float, date and enum.
FIELDS = {
    "utility": ("name", "population_served", "region"),
    "site_visit": ("notes", "title", "start_date"),
    "action": ("description", "status", "progress", "due_date"),
    "learning_activity": ("topic", "hours", "form"),
    "contribution": ("contributor", "amount"),
}
MODELS: dict[str, type[m.SyncedRecord]] = {
    "utility": m.Utility,
    "site_visit": m.SiteVisit,
    "action": m.Action,
    "learning_activity": m.LearningActivity,
    "contribution": m.Contribution,
}
FAULTS = (
    None,
    "push:request",
    "push:answer",
    "push:twice",
    "push:down",
    "pull:answer",
    "pull:down",
)


class Faulty(httpx.BaseTransport):
    """Drops a request, loses its answer, or delivers it twice, as planned."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.plan: dict[str, list[str]] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        kind = {"/v1/push": "push", "/v1/changes": "pull"}.get(request.url.path)
        fault = self.plan[kind].pop(0) if kind and self.plan.get(kind) else None
        if fault == "request":
            raise httpx.ConnectError("dropped", request=request)
        response = self.inner.handle_request(request)
        if fault == "twice":
            response = self.inner.handle_request(request)
        if fault == "answer":
            raise httpx.ReadError("lost", request=request)
        return response


@dataclass
class Replica:
    user: str
    store: Store
    transport: Faulty
    counter: int = 0

    def sync(self, fault: str | None = None) -> None:
        self.transport.plan = {}
        if fault:
            kind, what = fault.split(":")
            self.transport.plan[kind] = ["answer"] * 3 if what == "down" else [what]
        connection = ServerConnection(
            BASE,
            self.user,
            password=lambda: f"{self.user}-password",
            tokens=FileTokens(self.store.data_dir / "tokens.json"),
            http=httpx.Client(transport=self.transport),
            sleep=lambda _seconds: None,
            attempts=3,
        )
        with connection:
            engine = SyncEngine(self.store, connection, batch_changes=5, page_changes=7)
            try:
                engine.sync()
            except ServerUnreachable:
                assert fault is not None
                assert fault.endswith(":down")

    def live_record(self, kind: str, row_id: str) -> m.SyncedRecord:
        with self.store.reading() as session:
            record = session.get(MODELS[kind], row_id)
            assert record is not None
            return record

    def live(self, kind: str) -> list[m.SyncedRecord]:
        model = MODELS[kind]
        with self.store.reading() as session:
            return list(
                session.scalars(select(model).where(model.deleted.is_(False)).order_by(model.id))
            )


@dataclass
class Oracle:
    """Every value each replica wrote, and the values it overwrote having seen them."""

    written: dict[tuple[str, str, str], list[Any]] = field(
        default_factory=lambda: defaultdict(list)
    )
    knowing: dict[tuple[str, str, str], set[Any]] = field(default_factory=lambda: defaultdict(set))

    def created(self, record: m.SyncedRecord) -> None:
        for name, value in wire_values(record).items():
            self.written[(record.__tablename__, record.id, name)].append(value)

    def changed(self, record: m.SyncedRecord, name: str, before: Any, after: Any) -> None:
        key = (record.__tablename__, record.id, name)
        self.knowing[key].add(_hashable(before))
        self.written[key].append(after)


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    """A server with three members of one partnership, and their laptops, all synced."""
    root = Path(tempfile.mkdtemp(prefix="wopdesk-property-"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
        db = ServerDatabase.open(f"sqlite:///{root / 'server.db'}")
        for user in USERS:
            accounts.add_user(db, user, f"{user}-password")
            accounts.grant(db, user, PARTNERSHIP, "mentor")
        with _replicas(root, db) as replicas:
            with replicas[0].store.transaction() as session:
                mentor = cmd.create(session, m.Utility, name="Mentor", country="PE")
                mentee = cmd.create(session, m.Utility, name="Mentee", country="SN")
                cmd.create(
                    session,
                    m.Partnership,
                    id=PARTNERSHIP,
                    title="Property WOP",
                    mentor_utility_id=mentor.id,
                    mentee_utility_id=mentee.id,
                )
            for replica in replicas:
                replica.sync()
        db.close()
    yield root
    shutil.rmtree(root, ignore_errors=True)


@contextmanager
def _replicas(root: Path, db: ServerDatabase) -> Iterator[list[Replica]]:
    transport = InProcessTransport(create_app(db))
    stores = [Store.open(root / user) for user in USERS]
    try:
        yield [Replica(u, s, Faulty(transport)) for u, s in zip(USERS, stores, strict=True)]
    finally:
        for store in stores:
            store.close()
        transport.close()


replica_index = st.integers(0, len(USERS) - 1)
kinds = st.sampled_from(sorted(FIELDS))
operations = st.one_of(
    st.tuples(st.just("create"), replica_index, kinds),
    st.tuples(st.just("edit"), replica_index, kinds, st.integers(0, 5), st.integers(0, 2)),
    st.tuples(st.just("delete"), replica_index, kinds, st.integers(0, 5)),
    st.tuples(st.just("sync"), replica_index, st.sampled_from(FAULTS)),
    st.tuples(st.just("resolve"), replica_index, kinds, st.integers(0, 5)),
)


def apply(replica: Replica, oracle: Oracle, op: tuple[Any, ...]) -> None:
    action, _, kind, *rest = op
    replica.counter += 1
    tag = f"{replica.user}-{replica.counter}"
    if action == "resolve":
        resolve_one(replica, oracle, rest[0])
        return
    if action == "create":
        values = new_values(kind, tag)
        with replica.store.transaction() as session:
            record = cmd.create(session, MODELS[kind], **values)
            oracle.created(record)
            if kind == "utility":
                # A utility the partnership uses (here, as a contributor): only then do
                # its members receive it and may change it.
                cmd.create(
                    session,
                    m.Contribution,
                    partnership_id=PARTNERSHIP,
                    contributor=tag,
                    contributor_utility_id=record.id,
                    amount=1,
                )
        return
    live = replica.live(kind)
    if not live:
        return
    target = live[rest[0] % len(live)]
    if action == "delete":
        with replica.store.transaction() as session:
            cmd.delete(session, MODELS[kind], target.id)
        oracle.changed(target, "deleted", False, True)
        return
    name = FIELDS[kind][rest[1] % len(FIELDS[kind])]
    new = new_value(name, replica.counter * 10 + USERS.index(replica.user), tag)
    before = wire_values(target)[name]
    with replica.store.transaction() as session:
        cmd.update(session, MODELS[kind], target.id, **{name: new})
    after = wire_values(replica.live_record(kind, target.id))[name]
    oracle.changed(target, name, before, after)


def new_values(kind: str, tag: str) -> dict[str, Any]:
    """A new record of ``kind``, its text fields tagged with who wrote it and when."""
    in_partnership = {"partnership_id": PARTNERSHIP}
    return {
        "utility": {"name": tag, "country": "SN"},
        "site_visit": {
            **in_partnership,
            "title": tag,
            "start_date": dt.date(2026, 3, 1),
            "end_date": dt.date(2026, 3, 2),
        },
        "action": {**in_partnership, "description": tag, "status": v.ActionStatus.PLANNED},
        "learning_activity": {
            **in_partnership,
            "topic": tag,
            "date": dt.date(2026, 2, 1),
            "form": v.LearningForm.ON_THE_JOB,
            "hours": 2.5,
        },
        "contribution": {**in_partnership, "contributor": tag, "amount": 10.5},
    }[kind]


def new_value(name: str, number: int, tag: str) -> Any:
    """A value for field ``name`` no other write makes (``number`` is unique per write)."""
    if name in ("population_served", "progress"):
        return number % 101 if name == "progress" else number
    if name in ("hours", "amount"):
        return 1 + number / 4
    if name in ("start_date", "due_date"):
        return dt.date(2020, 1, 1) + dt.timedelta(days=number % 1000)
    if name == "status":
        return list(v.ActionStatus)[number % len(v.ActionStatus)]
    if name == "form":
        return list(v.LearningForm)[number % len(v.LearningForm)]
    return tag


def resolve_one(replica: Replica, oracle: Oracle, pick: int) -> None:
    """Settle one open conflict here: keep the value set aside (it is kept, not lost)."""
    with replica.store.reading() as session:
        open_ = list(
            session.scalars(
                select(m.Conflict)
                .where(m.Conflict.resolved.is_(False), m.Conflict.deleted.is_(False))
                .order_by(m.Conflict.id)
            )
        )
    if not open_:
        return
    conflict = open_[pick % len(open_)]
    if m.ENTITIES.get(conflict.entity) is None or conflict.entity not in MODELS:
        return
    with replica.store.reading() as session:
        record = session.get(MODELS[conflict.entity], conflict.row_id)
        before = None if record is None else wire_values(record).get(conflict.field)
    if record is None:
        return
    with replica.store.transaction() as session:
        resolve_conflict(session, conflict.id, conflict.set_aside_value)
    oracle.changed(record, conflict.field, before, conflict.set_aside_value)


def server_state(db: ServerDatabase) -> dict[tuple[str, str], dict[str, Any]]:
    with db.read() as session:
        return {
            (r.entity, r.row_id): {f: (s["v"], s["s"]) for f, s in r.fields.items()}
            for r in session.scalars(select(ServerRecord))
        }


def replica_state(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    state = {}
    with store.reading() as session:
        for name, model in m.ENTITIES.items():
            for record in session.scalars(select(model)):
                if getattr(record, "builtin", False):
                    continue
                state[(name, record.id)] = {
                    f: (v, record.clocks.get(f)) for f, v in wire_values(record).items()
                }
    return state


# How many examples: the "ci" profile (200) unless HYPOTHESIS_PROFILE says otherwise;
# `make test-deep` runs 5,000 (tests/conftest.py).
@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ops=st.lists(operations, min_size=1, max_size=24))
def test_replicas_converge_and_lose_nothing(template: Path, ops: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory(prefix="wopdesk-example-") as work:
        root = Path(work)
        shutil.copytree(template, root, dirs_exist_ok=True)
        db = ServerDatabase.open(f"sqlite:///{root / 'server.db'}")
        try:
            with _replicas(root, db) as replicas:
                oracle = Oracle()
                for op in ops:
                    replica = replicas[op[1]]
                    if op[0] == "sync":
                        replica.sync(op[2])
                    else:
                        apply(replica, oracle, op)
                for _round in range(2):
                    for replica in replicas:
                        replica.sync()
                expected = server_state(db)
                for replica in replicas:
                    assert replica_state(replica.store) == expected
                check_nothing_lost(expected, oracle)
        finally:
            db.close()


def check_nothing_lost(state: dict[tuple[str, str], dict[str, Any]], oracle: Oracle) -> None:
    """Each value written is the final one, was overwritten knowingly, or is in a conflict."""
    kept: dict[tuple[str, str, str], set[Any]] = defaultdict(set)
    for (entity, _), fields in state.items():
        if entity == "conflict":
            key = (fields["entity"][0], fields["row_id"][0], fields["field"][0])
            kept[key] |= {fields["kept_value"][0], fields["set_aside_value"][0]}
    for key, values in oracle.written.items():
        final = state[key[:2]][key[2]][0]
        for value in values:
            assert value == final or value in oracle.knowing[key] or value in kept[key], (
                f"{value!r} written to {key} was lost (final {final!r})"
            )
