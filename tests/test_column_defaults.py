"""Column defaults, declared once: every path that writes a new record without a field
gives that field the same value.

A field may be left out of a new record by ``commands.create``, by an ORM flush
(``Model(...)``), by a pulled record whose author's WOPdesk did not know the field (the
bulk merge, ``sync.apply.apply_changes``, and the ORM merge it replaced), and by SQL that
names the other columns (the schema snapshot new databases are built from, whose
``DEFAULT`` clauses come from the migrations). The model's ``default=`` is the one
source; the bulk writer derives its defaults from it, and the schema may only repeat it.
"""

import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_fast_paths import (
    KINDS,
    RUN_COLUMNS,
    SLOW,
    WIRE_TEXT,
    existing_ids,
    outcome,
    page_of,
    record_values,
    stored_row,
)
from tests.test_storage_create import create_through_flush
from tests.test_sync_apply import apply_with, orm_apply
from wopdesk.demo import create_demo
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.codecs import codecs
from wopdesk.storage.paths import DATABASE_NAME
from wopdesk.storage.store import Store
from wopdesk.sync.apply import apply_changes

PATHS = ("create", "flush", "bulk", "orm")


def optional_fields(kind: str) -> list[str]:
    """The synced fields a new record of ``kind`` may lack (a default, or none allowed)."""
    model = m.ENTITIES[kind]
    return [
        name
        for name, codec in codecs(model).items()
        if name not in ("id", *RUN_COLUMNS, "deleted")
        and (codec.nullable or model.__table__.c[name].default is not None)
    ]


LEAVABLE = [kind for kind in KINDS if optional_fields(kind)]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("defaults") / "demo"
    store = Store.open(path)
    create_demo(store)
    store.close()
    return path


def test_every_kind_has_a_field_that_may_be_left_out() -> None:
    assert len(LEAVABLE) >= 10, LEAVABLE


def test_a_field_left_out_gets_the_same_value_on_every_path(
    demo_template: Path, tmp_path: Path
) -> None:
    stores = {}
    for path in PATHS:
        shutil.copytree(demo_template, tmp_path / path)
        stores[path] = Store.open(tmp_path / path)
    ids = existing_ids(stores["create"])
    compared: set[tuple[str, str]] = set()

    @SLOW
    @given(
        st.sampled_from(LEAVABLE).flatmap(
            lambda k: st.tuples(
                st.just(k), record_values(k, ids, WIRE_TEXT), st.sampled_from(optional_fields(k))
            )
        )
    )
    def check(drawn: tuple[str, dict[str, Any], str]) -> None:
        kind, wire, left_out = drawn
        model = m.ENTITIES[kind]
        del wire[left_out]
        values = {name: codecs(model)[name].from_wire(value) for name, value in wire.items()}
        row_id = values["id"] = str(uuid.uuid4())
        created = outcome(stores["create"], cmd.create, kind, values)
        assert outcome(stores["flush"], create_through_flush, kind, values) == created
        page = page_of(kind, row_id, wire, 0)
        assert apply_with(stores["bulk"], apply_changes, page) == apply_with(
            stores["orm"], orm_apply, page
        )
        rows = {path: stored_row(store.data_dir, kind, row_id) for path, store in stores.items()}
        assert rows["create"] == rows["flush"]
        assert rows["bulk"] == rows["orm"]
        if rows["create"] is not None and rows["bulk"] is not None:
            assert rows["create"][left_out] == rows["bulk"][left_out]
            compared.add((kind, left_out))

    try:
        check()
    finally:
        for store in stores.values():
            store.close()
    # Most drawn records break a rule; enough must be written for values to be compared.
    assert len({kind for kind, _ in compared}) >= 5, compared


def schema_defaults(data_dir: Path, table: str) -> dict[str, Any]:
    """Each column's ``DEFAULT`` in the schema snapshot, as the value SQLite stores."""
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
        return {
            name: conn.execute(f"SELECT {default}").fetchone()[0]
            for _cid, name, _type, _notnull, default, _pk in columns
            if default is not None
        }


@pytest.mark.parametrize("kind", sorted(m.ENTITIES))
def test_the_schema_repeats_no_default_the_model_does_not_declare(
    kind: str, demo_template: Path
) -> None:
    """SQL that leaves a column out stores what ``commands.create`` stores."""
    model = m.ENTITIES[kind]
    table = model.__table__
    row = model.new_values({})
    for name, default in schema_defaults(demo_template, kind).items():
        column = table.c[name]
        processor = column.type.bind_processor(sqlite3_dialect())
        stored = row[name] if processor is None else processor(row[name])
        assert default == stored, f"{kind}.{name}: schema {default!r}, model {stored!r}"


def sqlite3_dialect() -> Any:
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()
