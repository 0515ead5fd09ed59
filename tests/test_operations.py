"""Operations (wopdesk/operations): each user action is one transaction, and the changes
it reports are exactly the rows it wrote, found by comparing the whole database before
and after it (the oracle), whatever path wrote them."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select, text, update

from tests.spreadsheet_support import NRW, build_partnership
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import vocab as v
from wopdesk.domain.cycle import practices
from wopdesk.errors import ValidationError
from wopdesk.operations import OpChanges, OpResult, observe, run
from wopdesk.operations import records as ops
from wopdesk.operations.bulk import create_demo, import_readings
from wopdesk.operations.learning import save_learning_entry
from wopdesk.operations.visits import NewAction, NewFinding, NewPhoto, VisitChanges, save_visit
from wopdesk.storage import commands
from wopdesk.storage import models as m
from wopdesk.storage.changes import SKIP_CAPTURE
from wopdesk.storage.direct_insert import insert_new_many
from wopdesk.storage.store import Store

Snapshot = dict[tuple[str, str], tuple[Any, ...]]
Op = Callable[[Store], OpResult[Any]]
VISIT = demo_id("visit:second")
MARIA = demo_id("person:maria")


def snapshot(store: Store) -> Snapshot:
    """Every row of every table of the schema, by (table, primary key as text)."""
    rows: Snapshot = {}
    with store.engine.connect() as connection:
        present = {name for (name,) in connection.execute(text("SELECT name FROM sqlite_master"))}
        for table in m.Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            key = [column.name for column in table.primary_key.columns]
            for row in connection.execute(select(table)):
                values = row._mapping
                rows[(table.name, "|".join(str(values[name]) for name in key))] = tuple(row)
    return rows


def written_by(store: Store, op: Op) -> tuple[OpResult[Any], set[tuple[str, str]], set[Any]]:
    """Run ``op``; its result, the rows that differ afterwards, and the rows that went."""
    before = snapshot(store)
    result = op(store)
    after = snapshot(store)
    changed = {key for key, row in after.items() if before.get(key) != row}
    return result, changed, before.keys() - after.keys() | _transient(result, before, after)


def _transient(result: OpResult[Any], before: Snapshot, after: Snapshot) -> set[Any]:
    # A row written and renamed or removed within the operation (the demo renames its
    # records): in neither snapshot, so only the written/removed pairs can show it.
    return {key for key in result.changes.removed if key not in before and key not in after}


def assert_derived_equals_written(store: Store, op: Op) -> OpChanges:
    result, changed, gone = written_by(store, op)
    changes = result.changes
    assert changes.written - gone == changed
    assert changes.removed == gone
    assert changes.tables == {table for table, _id in changed | gone}
    return changes


def png(path: Path) -> Path:
    Image.new("RGB", (8, 8), "blue").save(path)
    return path


def new_visit(photo: Path) -> VisitChanges:
    return VisitChanges(
        visit_id=None,
        values={
            "partnership_id": DEMO_PARTNERSHIP_ID,
            "title": "Pump station audit",
            "start_date": dt.date(2026, 11, 2),
            "end_date": dt.date(2026, 11, 3),
        },
        participants={MARIA, demo_id("person:fatou")},
        findings=[
            NewFinding("Valve 3 leaks", v.FindingArea.TECHNICAL.value, v.Priority.HIGH.value)
        ],
        actions=[NewAction("Replace valve 3", MARIA, "Maria", "2026-12-01")],
        photos=[NewPhoto(str(photo), "Valve 3")],
        removed_photos=set(),
        captions={},
    )


def test_saving_a_new_visit_reports_every_record_it_wrote(
    demo_store: Store, tmp_path: Path
) -> None:
    changes = assert_derived_equals_written(
        demo_store, lambda store: save_visit(store, new_visit(png(tmp_path / "v.png")))
    )
    written = {table for table, _id in changes.written}
    assert written >= {"site_visit", "visit_participant", "diagnosis_finding", "action"}
    assert {"attachment", "sync_outbox"} <= written


def test_an_update_reports_the_record_and_its_outbox_entry(demo_store: Store) -> None:
    changes = assert_derived_equals_written(
        demo_store,
        lambda store: ops.save_record(store, m.SiteVisit, VISIT, {"notes": "Checked twice."}),
    )
    assert ("site_visit", VISIT) in changes.written
    assert changes.tables == {"site_visit", "sync_outbox"}


def test_a_delete_reports_the_tombstones_of_everything_deleted_with_it(
    demo_store: Store,
) -> None:
    changes = assert_derived_equals_written(
        demo_store, lambda store: ops.delete_record(store, m.SiteVisit, VISIT)
    )
    assert {"site_visit", "visit_participant"} <= changes.tables
    assert not changes.removed  # tombstones: written, never erased


def test_a_restore_reports_what_came_back(demo_store: Store) -> None:
    deletion = ops.delete_record(demo_store, m.SiteVisit, VISIT).value
    changes = assert_derived_equals_written(
        demo_store,
        lambda store: ops.restore_record(store, deletion.entity, deletion.record_id),
    )
    assert ("site_visit", VISIT) in changes.written
    assert "visit_participant" in changes.tables


def test_resolving_a_conflict_reports_the_conflict_and_the_record(demo_store: Store) -> None:
    with demo_store.transaction(**{SKIP_CAPTURE: True}) as session:
        conflict = commands.create(
            session,
            m.Conflict,
            partnership_id=DEMO_PARTNERSHIP_ID,
            entity="site_visit",
            row_id=VISIT,
            field="notes",
            kept_value="Mine",
            set_aside_value="Theirs",
        )
    changes = assert_derived_equals_written(
        demo_store, lambda store: ops.resolve_conflict(store, conflict.id, "Theirs")
    )
    assert {("conflict", conflict.id), ("site_visit", VISIT)} <= changes.written


def test_an_import_reports_each_reading_it_added(store: Store, tmp_path: Path) -> None:
    built = build_partnership(store)
    path = tmp_path / "readings.csv"
    rows = "".join(f"{NRW},{year}-12-31,{30 + year % 10},\n" for year in range(2000, 2010))
    path.write_text("Indicator code,Period ending,Value,Note\n" + rows, encoding="utf-8")
    changes = assert_derived_equals_written(
        store, lambda s: import_readings(s, built.partnership_id, path)
    )
    readings = [key for key in changes.written if key[0] == "indicator_reading"]
    assert len(readings) == 10


def test_the_demo_reports_every_record_it_created(store: Store) -> None:
    changes = assert_derived_equals_written(store, create_demo)
    assert ("partnership", DEMO_PARTNERSHIP_ID) in changes.written
    assert len(changes.tables) > 20


@pytest.mark.parametrize(
    "op",
    [
        pytest.param(lambda s: ops.set_setting(s, "last_export", "/tmp/x"), id="setting"),
        pytest.param(
            lambda s: ops.set_practice_tick(s, DEMO_PARTNERSHIP_ID, practices()[0].id, True, MARIA),
            id="practice-tick",
        ),
        pytest.param(
            lambda s: save_learning_entry(
                s, demo_id("learning:l1"), {"topic": "Leak detection"}, [MARIA]
            ),
            id="learning",
        ),
        pytest.param(lambda s: ops.reopen_progress(s, demo_id("progress:0")), id="reopen-progress"),
        pytest.param(
            lambda s: ops.save_action(
                s, None, {"partnership_id": DEMO_PARTNERSHIP_ID, "description": "Map valves"}
            ),
            id="new-action",
        ),
    ],
)
def test_other_actions_report_exactly_what_they_wrote(demo_store: Store, op: Op) -> None:
    assert assert_derived_equals_written(demo_store, op)


def test_core_statements_and_driver_writes_are_reported_too(demo_store: Store) -> None:
    def work(session: Any) -> None:
        session.execute(
            update(m.SiteVisit).where(m.SiteVisit.id == VISIT).values(notes="Core statement")
        )
        session.connection().exec_driver_sql("DELETE FROM local_setting WHERE key = 'sync.node'")

    changes = assert_derived_equals_written(demo_store, lambda store: run(store, work))
    assert changes.written == {("site_visit", VISIT)}
    assert changes.removed == {("local_setting", "sync.node")}


def test_a_refused_operation_writes_nothing_and_leaves_no_trace(demo_store: Store) -> None:
    before = snapshot(demo_store)
    with pytest.raises(ValidationError):
        ops.save_action(demo_store, None, {"partnership_id": DEMO_PARTNERSHIP_ID})
    assert snapshot(demo_store) == before
    changes = ops.set_setting(demo_store, "after", 1).changes
    assert changes.records == {("local_setting", "after")}


def test_writes_outside_an_operation_are_not_reported_by_the_next_one(demo_store: Store) -> None:
    demo_store.set_setting("outside", 1)
    with demo_store.transaction() as session:
        commands.update(session, m.SiteVisit, VISIT, notes="Outside")
    changes = ops.set_setting(demo_store, "inside", 1).changes
    assert changes.records == {("local_setting", "inside")}


def test_an_operation_of_several_transactions_reports_them_all(demo_store: Store) -> None:
    def work() -> None:
        demo_store.set_setting("first", 1)
        demo_store.set_setting("second", 2)

    assert observe(work).changes.records == {
        ("local_setting", "first"),
        ("local_setting", "second"),
    }


def test_nothing_changed_is_an_empty_change(demo_store: Store) -> None:
    changes = run(demo_store, lambda session: None).changes
    assert changes == OpChanges()
    assert not changes


def _temp_triggers(session: Any) -> int:
    sql = "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger'"
    return int(session.connection().exec_driver_sql(sql).scalar())


def test_a_write_that_is_no_operation_runs_without_the_triggers(demo_store: Store) -> None:
    assert run(demo_store, _temp_triggers).value > 0
    with demo_store.transaction() as session:
        assert _temp_triggers(session) == 0
    changes = run(
        demo_store, lambda session: commands.update(session, m.SiteVisit, VISIT, notes="Again")
    ).changes
    assert ("site_visit", VISIT) in changes.written


def _utilities(count: int) -> list[dict[str, Any]]:
    return [m.Utility.new_values({"name": f"Utility {n}", "country": "KE"}) for n in range(count)]


def test_rows_written_in_bulk_are_reported_with_their_outbox_entries(demo_store: Store) -> None:
    rows = _utilities(50)
    changes = assert_derived_equals_written(
        demo_store, lambda store: run(store, lambda s: insert_new_many(s, m.Utility, rows))
    )
    assert {("utility", row["id"]) for row in rows} <= changes.written
    assert len([key for key in changes.written if key[0] == "sync_outbox"]) == 50


def test_a_bulk_write_is_noted_by_the_writer_not_by_a_trigger_per_row(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wopdesk.storage import rows as driver_rows

    real = driver_rows.many_on_driver
    triggers_during: list[int] = []

    def counting(connection: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
        table = "utility" if "INSERT INTO utility" in sql else "sync_outbox"
        name = f"wopdesk_op_written_{table}_insert"
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM temp.sqlite_master WHERE name = ?", (name,)
        ).scalar()
        triggers_during.append(int(found))
        real(connection, sql, rows)

    monkeypatch.setattr(driver_rows, "many_on_driver", counting)
    triggers = run(demo_store, _temp_triggers).value
    result = run(demo_store, lambda s: (insert_new_many(s, m.Utility, _utilities(3)), s)[1])
    assert triggers_during == [0, 0]
    assert len(result.changes.written) == 6
    assert run(demo_store, _temp_triggers).value == triggers


def test_a_bulk_write_rolled_back_is_not_reported(demo_store: Store) -> None:
    rows = _utilities(5)

    def fail(session: Any) -> None:
        insert_new_many(session, m.Utility, rows)
        raise ValidationError("Refused after the bulk write.")

    before = snapshot(demo_store)
    with pytest.raises(ValidationError):
        run(demo_store, fail)
    assert snapshot(demo_store) == before
    changes = ops.set_setting(demo_store, "after", 1).changes
    assert changes.records == {("local_setting", "after")}


def test_a_row_written_one_by_one_after_a_bulk_write_is_still_noted(demo_store: Store) -> None:
    def work(session: Any) -> None:
        insert_new_many(session, m.Utility, _utilities(4))
        commands.create(session, m.Utility, name="One more", country="KE")

    changes = assert_derived_equals_written(demo_store, lambda store: run(store, work))
    assert len([key for key in changes.written if key[0] == "utility"]) == 5
