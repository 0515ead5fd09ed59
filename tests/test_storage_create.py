"""Creating a record writes it straight to the driver (no ORM flush): the same row,
stamps and outbox entry as a flush, the same refusals, and a record the session knows."""

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wopdesk.demo import DEMO_PARTNERSHIP_ID, create_demo
from wopdesk.domain import vocab as v
from wopdesk.errors import ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.changes import OutboxEntry
from wopdesk.storage.paths import DATABASE_NAME
from wopdesk.storage.store import SKIP_CAPTURE, Store

R = TypeVar("R", bound=m.SyncedRecord)

# Columns that differ between two runs of the demo whatever the write path.
RUN_COLUMNS = {"created_at", "updated_at"}


def create_through_flush(session: Session, model: type[R], **values: Any) -> R:
    """The ORM's way, which every other ``session.add`` still takes."""
    record = model(**values)
    session.add(record)
    session.flush()
    return record


def stored_rows(data_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Every synced table's rows as SQLite holds them, minus what differs run to run."""
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        conn.row_factory = sqlite3.Row
        tables: dict[str, list[dict[str, Any]]] = {}
        for name in m.ENTITIES:
            rows = [dict(row) for row in conn.execute(f"SELECT * FROM {name} ORDER BY id")]
            for row in rows:
                for column in RUN_COLUMNS:  # the times differ, not how they are written
                    row[column] = re.sub(r"\d", "9", row[column])
                # Stamps carry this replica's random node: keep which fields are stamped.
                row["clocks"] = sorted(json.loads(row["clocks"]))
            tables[name] = rows
        return tables


Entry = tuple[str, str, dict[str, Any]]


def outbox_entries(data_dir: Path) -> list[Entry]:
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        entries = conn.execute("SELECT entity, row_id, changes FROM sync_outbox ORDER BY id")
        return [
            (entity, row_id, {f: value for f, (value, _replaced) in json.loads(changes).items()})
            for entity, row_id, changes in entries
        ]


def without_run_columns(entries: list[Entry]) -> list[Entry]:
    """The entries minus their times, in a fixed order: a create that follows an edit in
    one transaction may queue before or after it (each has its own stamp)."""
    kept = [
        (entity, row_id, {f: value for f, value in changes.items() if f not in RUN_COLUMNS})
        for entity, row_id, changes in entries
    ]
    return sorted(kept, key=lambda entry: json.dumps(entry, sort_keys=True))


def test_create_stores_exactly_what_a_flush_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    direct = Store.open(tmp_path / "direct")
    create_demo(direct)
    with monkeypatch.context() as patch:
        patch.setattr(cmd, "create", create_through_flush)
        flushed = Store.open(tmp_path / "flushed")
        create_demo(flushed)
    try:
        rows = stored_rows(direct.data_dir)
        assert all(rows[name] for name in m.ENTITIES if name != "conflict")
        assert rows == stored_rows(flushed.data_dir)
        entries = outbox_entries(direct.data_dir)
        assert len(entries) > 100
        assert without_run_columns(entries) == without_run_columns(outbox_entries(flushed.data_dir))
    finally:
        direct.close()
        flushed.close()


def test_a_created_record_is_in_the_session_and_its_edits_are_captured(store: Store) -> None:
    with store.transaction() as session:
        utility = cmd.create(session, m.Utility, name="Aguas", country="PE")
        assert session.get(m.Utility, utility.id) is utility
        utility.region = "Lima"
    with store.reading() as session:
        entries = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))
        saved = session.get(m.Utility, utility.id)
        assert saved is not None
        assert saved.region == "Lima"
    created, edited = entries
    assert created.changes["region"] == [None, None]
    assert edited.changes == {"region": ["Lima", created.stamp]}
    assert saved.clocks["region"] == edited.stamp
    assert saved.clocks["name"] == created.stamp


def test_a_child_created_after_an_unflushed_parent_is_written_after_it(store: Store) -> None:
    with store.transaction() as session:
        utility = m.Utility(name="Aguas", country="PE")
        session.add(utility)
        person = cmd.create(session, m.Person, name="Ana", utility_id=utility.id)
    with store.reading() as session:
        saved = session.get(m.Person, person.id)
        assert saved is not None
        assert saved.utility is not None
        assert saved.utility.name == "Aguas"


def test_a_refused_record_writes_nothing_and_the_transaction_goes_on(store: Store) -> None:
    with store.transaction() as session:
        with pytest.raises(ValidationError, match="Utility: Name is required"):
            cmd.create(session, m.Utility, name="  ", country="PE")
        cmd.create(session, m.Utility, name="Aguas", country="PE")
    with store.reading() as session:
        names = list(session.scalars(select(m.Utility.name)))
        entries = list(session.scalars(select(OutboxEntry.row_id)))
    assert names == ["Aguas"]
    assert len(entries) == 1


def test_a_record_pointing_nowhere_is_refused_and_rolls_back_whole(store: Store) -> None:
    with pytest.raises(IntegrityError), store.transaction() as session:
        cmd.create(session, m.Utility, name="Aguas", country="PE")
        cmd.create(session, m.Person, name="Ana", utility_id="no-such-utility")
    with store.reading() as session:
        assert list(session.scalars(select(m.Utility))) == []
        assert list(session.scalars(select(OutboxEntry))) == []


def test_a_record_created_without_capture_is_not_queued(store: Store) -> None:
    with store.transaction(**{SKIP_CAPTURE: True}) as session:
        utility = cmd.create(session, m.Utility, name="Aguas", country="PE")
    with store.reading() as session:
        saved = session.get(m.Utility, utility.id)
        assert saved is not None
        assert saved.clocks == {}
        assert list(session.scalars(select(OutboxEntry))) == []


def test_a_visit_can_be_created_final(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        visit = cmd.create(
            session,
            m.SiteVisit,
            partnership_id=DEMO_PARTNERSHIP_ID,
            title="Night flow check",
            start_date=dt.date(2026, 11, 2),
            end_date=dt.date(2026, 11, 3),
            state=v.VisitState.FINAL,
        )
    with demo_store.reading() as session:
        saved = session.get(m.SiteVisit, visit.id)
        assert saved is not None
        assert saved.state == v.VisitState.FINAL
