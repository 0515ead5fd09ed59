"""Fast paths proven equal to the slow ones on generated records of every kind.

Each test draws records from the models' own columns (their wire codecs): text with NUL
and emoji, dates, enums, exact decimals, floats, whole numbers, flags and None, with
references to records that exist. Two paths doing one job must then store the same
rows, queue the same changes, or refuse with the same sentence:

- ``commands.create`` (a row written straight to the driver) and an ORM flush;
- the bulk merge of a pulled page (``sync.apply.apply_changes``) and the ORM merge it
  replaced (``tests/test_sync_apply.orm_apply``).
"""

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.test_storage_create import create_through_flush
from tests.test_sync_apply import OTHER_NODE, apply_with, orm_apply
from wopdesk.demo import create_demo
from wopdesk.errors import ValidationError
from wopdesk.server import records
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.clock import Stamp, wall_ms
from wopdesk.storage.codecs import FieldCodec, codecs, decimal_to_wire
from wopdesk.storage.direct_insert import insert_new_many
from wopdesk.storage.paths import DATABASE_NAME
from wopdesk.storage.store import Store
from wopdesk.sync.apply import apply_changes
from wopdesk.sync.protocol import PulledChange

# Entities a person or a sync creates (the conflict record is the engine's own).
KINDS = sorted(name for name in m.ENTITIES if name != "conflict")
# Stamps and times that differ between two writes whatever the path.
RUN_COLUMNS = ("created_at", "updated_at", "clocks")
TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["", "a\x00b", "Café ✓ 💧", "नमस्ते", " spaced "])
# The sync protocol refuses NUL in a text (PostgreSQL cannot store it): not on the wire.
WIRE_TEXT = TEXT.filter(lambda t: "\x00" not in t)
SLOW = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def decimals() -> st.SearchStrategy[Decimal]:
    """Amounts and rates as people type them: up to 15 significant digits."""
    return st.decimals(
        min_value=Decimal("-1e9"), max_value=Decimal("1e12"), places=2, allow_nan=False
    ) | st.sampled_from([Decimal("0.1"), Decimal("655.957"), Decimal("0.000001"), Decimal(0)])


def wire_value(
    codec: FieldCodec, ids: dict[str, list[str]], text: st.SearchStrategy[str] = TEXT
) -> st.SearchStrategy[Any]:
    """Any value of the field's wire type (a referenced record that exists, for a key)."""
    if codec.references is not None:
        known = ids.get(codec.references) or []
        value: st.SearchStrategy[Any] = st.sampled_from(known) if known else st.nothing()
    elif codec.kind == "enum":
        assert codec.enum is not None
        value = st.sampled_from([member.value for member in codec.enum])
    elif codec.kind == "date":
        value = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)).map(dt.date.isoformat)
    elif codec.kind == "datetime":
        value = st.datetimes(
            dt.datetime(2000, 1, 1), dt.datetime(2035, 1, 1), timezones=st.just(dt.UTC)
        ).map(dt.datetime.isoformat)
    elif codec.kind == "bool":
        value = st.booleans()
    elif codec.kind == "int":
        value = st.integers(-1000, 10**9)
    elif codec.kind == "float":
        value = st.floats(-1e9, 1e9, allow_nan=False) | st.integers(-1000, 1000)
    elif codec.kind == "decimal":
        value = decimals().map(decimal_to_wire)
    elif codec.kind == "json":
        value = st.dictionaries(st.text(max_size=5), st.integers() | text, max_size=3)
    elif codec.name.endswith("currency"):  # mostly codes in use, so records get written
        value = st.sampled_from(["XOF", "EUR", "USD", "INR"]) | text
    else:
        value = text if codec.max_length is None else text.map(lambda t: t[: codec.max_length])
    return value | st.none() if codec.nullable else value


def record_values(
    kind: str, ids: dict[str, list[str]], text: st.SearchStrategy[str] = TEXT
) -> st.SearchStrategy[dict[str, Any]]:
    """Every field of a new record of ``kind`` as its wire value."""
    fields = {
        name: wire_value(codec, ids, text)
        for name, codec in codecs(m.ENTITIES[kind]).items()
        if name not in ("id", *RUN_COLUMNS, "deleted")
    }
    return st.fixed_dictionaries(fields)


def existing_ids(store: Store) -> dict[str, list[str]]:
    with store.reading() as session:
        return {
            name: list(session.scalars(select(model.id)).all())
            for name, model in m.ENTITIES.items()
        }


def stored_row(data_dir: Path, kind: str, row_id: str) -> dict[str, Any] | None:
    """The row as SQLite holds it (each value with its storage class), times as shapes."""
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute(f"SELECT * FROM {kind} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            return None
        kept = {}
        for key in row.keys():
            value = row[key]
            if key in ("created_at", "updated_at"):
                value = re.sub(r"\d", "9", value)
            elif key == "clocks":
                value = sorted(json.loads(value))
            kept[key] = (type(value).__name__, value)
        return kept


def outbox_of(data_dir: Path, row_id: str) -> list[tuple[str, dict[str, Any]]]:
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        entries = conn.execute(
            "SELECT entity, changes FROM sync_outbox WHERE row_id = ? ORDER BY id", (row_id,)
        )
        return [
            (
                entity,
                {
                    field: value
                    for field, (value, _before) in json.loads(changes).items()
                    if field not in RUN_COLUMNS
                },
            )
            for entity, changes in entries
        ]


def two_demo_profiles(tmp_path: Path) -> tuple[Store, Store]:
    first = Store.open(tmp_path / "one")
    create_demo(first)
    first.close()
    shutil.copytree(tmp_path / "one", tmp_path / "two")
    return Store.open(tmp_path / "one"), Store.open(tmp_path / "two")


def outcome(store: Store, write: Callable[..., Any], kind: str, values: dict[str, Any]) -> str:
    """What one path did: "written", or the sentence it refused with."""
    try:
        with store.transaction() as session:
            write(session, m.ENTITIES[kind], **values)
    except ValidationError as refused:
        return f"refused: {refused}"
    return "written"


def test_create_writes_what_a_flush_writes_for_any_record(tmp_path: Path) -> None:
    direct, flushed = two_demo_profiles(tmp_path)
    ids = existing_ids(direct)

    written: list[str] = []

    @SLOW
    @given(st.sampled_from(KINDS).flatmap(lambda k: st.tuples(st.just(k), record_values(k, ids))))
    def check(drawn: tuple[str, dict[str, Any]]) -> None:
        kind, wire = drawn
        model = m.ENTITIES[kind]
        values = {name: codecs(model)[name].from_wire(value) for name, value in wire.items()}
        values["id"] = str(uuid.uuid4())
        done = outcome(direct, cmd.create, kind, values)
        assert outcome(flushed, create_through_flush, kind, values) == done
        if done == "written":
            written.append(kind)
        row_id = values["id"]
        assert stored_row(direct.data_dir, kind, row_id) == stored_row(
            flushed.data_dir, kind, row_id
        )
        assert outbox_of(direct.data_dir, row_id) == outbox_of(flushed.data_dir, row_id)

    try:
        check()
    finally:
        direct.close()
        flushed.close()
    # Most drawn records break a rule (and both paths must refuse them alike); enough
    # must pass for the rows to be compared at all.
    assert len(set(written)) >= 5, written


def test_a_bulk_insert_writes_what_a_flush_writes_for_any_records(tmp_path: Path) -> None:
    """``insert_new_many`` (an import) against the ORM's flush, several records at once."""
    direct, flushed = two_demo_profiles(tmp_path)
    ids = existing_ids(direct)
    written: list[str] = []

    @SLOW
    @given(
        st.sampled_from(KINDS).flatmap(
            lambda k: st.tuples(st.just(k), st.lists(record_values(k, ids), min_size=1, max_size=3))
        )
    )
    def check(drawn: tuple[str, list[dict[str, Any]]]) -> None:
        kind, wires = drawn
        model = m.ENTITIES[kind]
        accepted = []
        for wire in wires:
            values = {name: codecs(model)[name].from_wire(value) for name, value in wire.items()}
            values["id"] = str(uuid.uuid4())
            if outcome(flushed, create_through_flush, kind, values) == "written":
                accepted.append(values)
        if not accepted:
            return
        with direct.transaction() as session:
            insert_new_many(session, model, [model.new_values(values) for values in accepted])
        written.append(kind)
        for values in accepted:
            row_id = values["id"]
            assert stored_row(direct.data_dir, kind, row_id) == stored_row(
                flushed.data_dir, kind, row_id
            )
            assert outbox_of(direct.data_dir, row_id) == outbox_of(flushed.data_dir, row_id)

    try:
        check()
    finally:
        direct.close()
        flushed.close()
    assert len(set(written)) >= 5, written


def page_of(kind: str, row_id: str, wire: dict[str, Any], cut: int) -> list[PulledChange]:
    """A new record as pulled changes, newer than anything here, in one or two groups."""
    now = wall_ms()
    changes = [
        PulledChange(
            entity=kind,
            row_id=row_id,
            field=field,
            value=value,
            stamp=Stamp(now + n, 0, OTHER_NODE).encode(),
            by="someone",
        )
        for n, (field, value) in enumerate(wire.items())
    ]
    return changes[cut:] + changes[:cut]


def test_a_pulled_record_is_merged_in_bulk_as_the_orm_merged_it(tmp_path: Path) -> None:
    orm, bulk = two_demo_profiles(tmp_path)
    ids = existing_ids(orm)

    @SLOW
    @given(
        st.sampled_from(KINDS).flatmap(
            lambda k: st.tuples(st.just(k), record_values(k, ids, WIRE_TEXT))
        ),
        st.integers(0, 5),
    )
    def check(drawn: tuple[str, dict[str, Any]], cut: int) -> None:
        kind, wire = drawn
        row_id = str(uuid.uuid4())
        page = page_of(kind, row_id, wire, cut)
        assert apply_with(bulk, apply_changes, page) == apply_with(orm, orm_apply, page)
        assert stored_row(bulk.data_dir, kind, row_id) == stored_row(orm.data_dir, kind, row_id)

    try:
        check()
    finally:
        orm.close()
        bulk.close()


# --- the server's hand-written JSON ----------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


@given(JSON_VALUES)
def test_the_server_writes_a_value_as_json_dumps_does(value: Any) -> None:
    assert records._value_json(value) == json.dumps(value)


@given(st.dictionaries(TEXT, st.fixed_dictionaries({"v": JSON_VALUES, "s": TEXT}), max_size=4))
def test_the_server_writes_a_record_s_fields_as_json_dumps_does(fields: dict[str, Any]) -> None:
    written = {name: records._value_json(state) for name, state in list(fields.items())[::2]}
    record = records._Record("utility", "u", None, fields, texts=written)
    assert records._fields_json(record) == json.dumps(fields)


@given(
    st.fixed_dictionaries(
        {
            "entity": st.sampled_from(KINDS),
            "row_id": st.uuids().map(str),
            "field": st.sampled_from(["notes", "title", "amount", "new_field_2027"]),
            "value": JSON_VALUES,
            "stamp": st.builds(
                lambda wall, counter: Stamp(wall, counter, OTHER_NODE).encode(),
                st.integers(10**12, 9 * 10**12),
                st.integers(0, 0xFFFF),
            ),
            "by": st.none() | TEXT,
        }
    )
)
def test_a_pulled_change_s_json_is_the_pydantic_change(change: dict[str, Any]) -> None:
    value = change["value"]
    text = records._pulled_change(
        change["entity"],
        change["row_id"],
        change["field"],
        None if value is None else json.dumps(value),
        change["stamp"],
        change["by"],
    )
    assert json.loads(text) == change
    if "\\u0000" not in json.dumps(change):  # the protocol refuses NUL (PostgreSQL has none)
        read = PulledChange.model_validate_json(text).model_dump(exclude_unset=True)
        assert read == change


# --- SQLite and PostgreSQL behind the same server ----------------------------------------

PG_URL = os.environ.get("WOPDESK_TEST_PG_URL")
# Kinds a batch can create without other records (their references may be none).
STANDALONE = sorted(
    kind
    for kind in KINDS
    if not any(c.references and not c.nullable for c in codecs(m.ENTITIES[kind]).values())
)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="WOPDESK_TEST_PG_URL is not set")
@pytest.mark.usefixtures("fast_hashing")
def test_a_server_on_sqlite_stores_and_pages_what_one_on_postgresql_does(tmp_path: Path) -> None:
    from wopdesk.server import accounts
    from wopdesk.server.accounts import Principal
    from wopdesk.server.db import Account, ServerDatabase, ServerRecord
    from wopdesk.server.testing import empty_postgres
    from wopdesk.sync.protocol import PushRequest

    assert PG_URL is not None
    empty_postgres(PG_URL)
    databases = [ServerDatabase.open(f"sqlite:///{tmp_path / 's.db'}"), ServerDatabase.open(PG_URL)]
    admins = []
    for db in databases:
        accounts.add_user(db, "ana", "ana-password", admin=True)
        with db.read() as session:
            account_id = session.scalar(select(Account.id).where(Account.name == "ana"))
        assert account_id is not None
        admins.append(Principal(account_id, "ana", True, {}))
    no_ids: dict[str, list[str]] = {name: [] for name in m.ENTITIES}

    def stored(db: ServerDatabase, kind: str, row_id: str) -> Any:
        with db.read() as session:
            record = session.get(ServerRecord, (kind, row_id))
            return None if record is None else record.fields

    @SLOW
    @given(
        st.sampled_from(STANDALONE).flatmap(
            lambda k: st.tuples(st.just(k), record_values(k, no_ids, WIRE_TEXT))
        )
    )
    def check(drawn: tuple[str, dict[str, Any]]) -> None:
        kind, wire = drawn
        row_id = str(uuid.uuid4())
        stamp = Stamp(wall_ms(), 0, OTHER_NODE).encode()
        changes = [
            {"entity": kind, "row_id": row_id, "field": field, "value": value, "stamp": stamp}
            for field, value in {**wire, "deleted": False}.items()
        ]
        request = PushRequest.model_validate({"batch_id": str(uuid.uuid4()), "changes": changes})
        answers = [
            records.push(db, who, request) for db, who in zip(databases, admins, strict=True)
        ]
        for answer in answers:  # each server's own name and clock
            answer.pop("server_id", None)
            answer.pop("server_time", None)
        assert answers[0] == answers[1]
        assert stored(databases[0], kind, row_id) == stored(databases[1], kind, row_id)
        pushed.append(kind)

    pushed: list[str] = []
    try:
        check()
        assert len(pushed) >= 50, len(pushed)
        pages = [
            json.loads(records.pull(db, who, 0, None, 100_000))["changes"]
            for db, who in zip(databases, admins, strict=True)
        ]
        assert pages[0] == pages[1]
    finally:
        for db in databases:
            db.close()


NASTY_VALUES: tuple[Any, ...] = (
    -1,
    -0.5,
    10**9,
    Decimal("NaN"),
    Decimal("1.23456789012345678"),
    "x" * 100_000,
    "not an e-mail",
    "ZZZ",
    dt.date(2999, 1, 1),
    "",
    None,
)


def test_the_server_skips_the_field_rules_only_where_none_reads_the_field() -> None:
    """``records.broken_rule`` checks a pushed field only when a rule reads it: for every
    other field of every kind of record, the full check finds nothing either."""
    from wopdesk.domain.rules import field_problems

    skipped = 0
    for model in m.ENTITIES.values():
        checked = records._checked_fields(model)
        for name in model.__table__.columns.keys():
            if name in checked:
                continue
            for value in NASTY_VALUES:
                assert list(field_problems(model.rules, {name: value})) == []
                assert records.broken_rule(model, {name: value}) is None
                skipped += 1
    assert skipped > 1000
    # And a field a rule reads is still checked.
    bad = [
        (model, name)
        for model in m.ENTITIES.values()
        for name in records._checked_fields(model)
        if any(records.broken_rule(model, {name: v}) for v in NASTY_VALUES)
    ]
    assert bad


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(_JSON_VALUES)
def test_json_as_stored_is_the_text_json_dumps_writes(value: Any) -> None:
    from wopdesk.storage.types import json_text

    assert json_text(value) == json.dumps(value)
