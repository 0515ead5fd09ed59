"""Local storage: round trips, migrations, refusals, search, blobs and bad input."""

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import event, func, select

from wopdesk.demo import (
    DEMO_PARTNERSHIP_ID,
    DEMOS,
    INDIA_PARTNERSHIP_ID,
    bobo,
    create_demo,
    demo_id,
    demo_photo,
    karad,
)
from wopdesk.domain import vocab as v
from wopdesk.domain.catalogue import builtin_indicator_id
from wopdesk.errors import NotFoundError, StorageError, ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage import queries as q
from wopdesk.storage import schema
from wopdesk.storage.backup import export_backup, import_backup
from wopdesk.storage.blobs import sha256_of
from wopdesk.storage.database import alembic_config, create_sqlite_engine
from wopdesk.storage.overview import learning_ids
from wopdesk.storage.paths import DATABASE_NAME
from wopdesk.storage.schema import SNAPSHOT_PATH, dump_schema, migrated_schema, snapshot_revision
from wopdesk.storage.store import Store


def _snapshot(store: Store) -> dict[str, list[dict[str, object]]]:
    with store.reading() as session:
        return {
            name: sorted(
                (
                    {k: v for k, v in r.values().items() if k != "updated_at"}
                    for r in session.scalars(select(model))
                ),
                key=lambda row: str(row["id"]),
            )
            for name, model in m.ENTITIES.items()
        }


def test_every_entity_round_trips_through_the_database(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        cmd.create(
            session,
            m.Conflict,
            partnership_id=DEMO_PARTNERSHIP_ID,
            entity="site_visit",
            row_id=demo_id("visit:second"),
            field="notes",
            kept_value="A",
            set_aside_value={"text": "B"},
            kept_stamp="1",
            set_aside_stamp="0",
        )
    before = _snapshot(demo_store)
    assert all(before[name] for name in m.ENTITIES), [n for n in m.ENTITIES if not before[n]]
    demo_store.close()
    reopened = Store.open(demo_store.data_dir)
    assert _snapshot(reopened) == before
    reopened.close()


def test_demo_is_complete_and_idempotent(demo_store: Store) -> None:
    assert create_demo(demo_store) is False
    with demo_store.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.Partnership)) == len(DEMOS)
        statuses = {a.status for a in q.actions(session, DEMO_PARTNERSHIP_ID)}
        forms = {a.form for a in q.learning(session, DEMO_PARTNERSHIP_ID)}
        visits = q.visits(session, DEMO_PARTNERSHIP_ID)
        partnership = session.get(m.Partnership, DEMO_PARTNERSHIP_ID)
        assert partnership is not None
        mentor, mentee = partnership.mentor_utility, partnership.mentee_utility
    assert statuses == set(v.ActionStatus)
    assert forms == set(v.LearningForm)
    assert len(visits) == len(bobo.VISITS)
    assert [x.state for x in visits].count(v.VisitState.DRAFT) == 1
    assert mentor.country != mentee.country
    assert partnership.currency == "XOF"
    assert len(q.tracks(demo_store.sessions(), DEMO_PARTNERSHIP_ID)) == 3


def test_the_indian_demo_follows_slb_in_rupees(demo_store: Store) -> None:
    with demo_store.reading() as session:
        partnership = session.get(m.Partnership, INDIA_PARTNERSHIP_ID)
        assert partnership is not None
        codes = {t.indicator.code for t in q.track_indicators(session, INDIA_PARTNERSHIP_ID)}
        expenses = session.query(m.Expense).filter_by(partnership_id=INDIA_PARTNERSHIP_ID)
        currencies = {e.currency for e in expenses}
        visits = q.visits(session, INDIA_PARTNERSHIP_ID)
        names = [person.name for person, _role in q.memberships(session, INDIA_PARTNERSHIP_ID)]
    assert partnership.currency == "INR"
    assert partnership.type == v.PartnershipType.NATIONAL
    assert codes == {t.code for t in karad.TARGETS}
    assert all(code.startswith("SLB-") for code in codes)
    assert currencies == {"INR"}
    assert len(visits) == len(karad.VISITS)
    assert [x.state for x in visits].count(v.VisitState.DRAFT) == 1
    assert any("(" in name and "\u0900" <= name[-2] <= "\u097f" for name in names)


def test_the_primary_demo_comes_first_so_the_app_opens_it(demo_store: Store) -> None:
    with demo_store.reading() as session:
        assert [p.id for p in q.partnerships(session)][0] == DEMO_PARTNERSHIP_ID


def test_the_primary_demo_spends_in_its_currency_and_the_funders(demo_store: Store) -> None:
    with demo_store.reading() as session:
        expenses = session.query(m.Expense).filter_by(partnership_id=DEMO_PARTNERSHIP_ID)
        currencies = {e.currency for e in expenses}
        readings = session.query(m.IndicatorReading).filter_by(partnership_id=DEMO_PARTNERSHIP_ID)
        notes = {r.note for r in readings}
    assert currencies == {"XOF", "EUR"}
    # No public source gives these figures: each reading says it is illustrative.
    assert notes == {bobo.SPEC.reading_note}


def test_engine_uses_wal_and_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000


def test_migrations_run_from_empty_and_back(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "m.db")
    config = alembic_config(engine)
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        command.downgrade(config, "base")
        command.upgrade(config, "head")
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    engine.dispose()
    assert {"site_visit", "learning_activity", "search_fts", "alembic_version"} <= tables


def _schema_of(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        statements = sorted(dump_schema(conn))
        statements += [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        return statements
    finally:
        conn.close()


def test_schema_snapshot_builds_what_the_migrations_build(tmp_path: Path) -> None:
    """If this fails after adding a migration: python -m wopdesk.storage.schema."""
    statements, head = migrated_schema()
    assert snapshot_revision(SNAPSHOT_PATH.read_text(encoding="utf-8")) == head
    Store.open(tmp_path / "new").close()
    assert _schema_of(tmp_path / "new" / DATABASE_NAME) == sorted(statements) + [head]


def test_new_database_falls_back_to_migrations_without_a_current_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "schema.sql"
    stale.write_text("-- revision: 0001\nCREATE TABLE wrong (x);\n", encoding="utf-8")
    monkeypatch.setattr(schema, "SNAPSHOT_PATH", stale)
    Store.open(tmp_path / "new").close()
    statements, head = migrated_schema()
    assert _schema_of(tmp_path / "new" / DATABASE_NAME) == sorted(statements) + [head]


def test_a_failing_snapshot_leaves_no_half_built_database(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        schema.create_from_snapshot(conn, "CREATE TABLE a (x);\nCREATE TABLE a (x);\n")
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
    conn.close()


def test_newer_database_is_refused_and_untouched(store: Store) -> None:
    path = store.database_path
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer version of WOPdesk"):
        Store.open(path.parent)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / DATABASE_NAME).write_bytes(b"")
    conn = sqlite3.connect(tmp_path / DATABASE_NAME)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = (tmp_path / DATABASE_NAME).read_bytes()
    with pytest.raises(StorageError, match="another program"):
        Store.open(tmp_path)
    assert (tmp_path / DATABASE_NAME).read_bytes() == before


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / DATABASE_NAME).write_bytes(b"this is a shopping list, not a database")
    with pytest.raises(StorageError, match="not an SQLite file"):
        Store.open(tmp_path)


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StorageError, match="is a file"):
        Store.open(tmp_path / "file")


def test_search_finds_notes_findings_actions_and_learning(demo_store: Store) -> None:
    with demo_store.reading() as session:
        hits = {h.entity for h in q.search(session, "débit de nuit")}
        assert {"site_visit", "learning_activity"} <= hits
        assert q.search(session, "clapets")[0].entity == "action"
        assert q.search(session, "comparateur")[0].entity == "diagnosis_finding"
        assert q.search(session, "bolomakote")  # accents folded: Bolomakoté
        assert q.search(session, "malkapur")  # the Indian demo is searched too
        assert q.search(session, "") == []
        assert q.search(session, '"unbalanced AND (') == []


def test_search_follows_edits_and_deletes(demo_store: Store) -> None:
    visit_id = demo_id("visit:second")
    with demo_store.transaction() as session:
        cmd.update(session, m.SiteVisit, visit_id, notes="Hydrant flushing with the crew")
    with demo_store.reading() as session:
        assert [h.row_id for h in q.search(session, "hydrant")] == [visit_id]
        assert not q.search(session, "corrélateur membrane doseuse remplacée")
    with demo_store.transaction() as session:
        cmd.delete(session, m.SiteVisit, visit_id)
    with demo_store.reading() as session:
        assert q.search(session, "hydrant") == []


def test_search_ranks_only_the_newest_matches(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_store.transaction() as session:
        ids = [
            cmd.create(
                session,
                m.SiteVisit,
                partnership_id=DEMO_PARTNERSHIP_ID,
                title=f"Valve exercise {n}",
                start_date=dt.date(2026, 3, 2 + n),
                end_date=dt.date(2026, 3, 2 + n),
                notes="Valve exercise on the trunk main.",
            ).id
            for n in range(2)
        ]
    monkeypatch.setattr(q, "RANKED_WINDOW", 1)
    with demo_store.reading() as session:
        assert [h.row_id for h in q.search(session, "valve exercise")] == [ids[-1]]
        mine = q.search(session, "valve exercise", DEMO_PARTNERSHIP_ID)
        assert [h.row_id for h in mine] == [ids[-1]]
        assert q.search(session, "valve exercise", "no-such-partnership") == []


def test_blob_store_round_trip_and_damage(store: Store) -> None:
    digest = store.blobs.put(b"photo bytes")
    assert digest == sha256_of(b"photo bytes")
    assert store.blobs.get(digest) == b"photo bytes"
    assert store.blobs.put(b"photo bytes") == digest
    store.blobs.path_for(digest).write_bytes(b"tampered")
    with pytest.raises(StorageError, match="damaged"):
        store.blobs.get(digest)
    with pytest.raises(StorageError, match="does not match its hash"):
        store.blobs.put_verified(b"other bytes", digest)
    with pytest.raises(StorageError, match="not a sha256"):
        store.blobs.get("../../etc/passwd")
    assert not list(store.blobs.root.rglob(".incoming-*"))


def _count(store: Store, model: type[m.SyncedRecord]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _utilities(store: Store) -> tuple[str, str]:
    with store.transaction() as session:
        a = cmd.create(session, m.Utility, name="Mentor Water", country="Kenya")
        b = cmd.create(session, m.Utility, name="Mentee Water", country="Malawi")
        return a.id, b.id


@pytest.mark.parametrize(
    ("model", "values", "message"),
    [
        (m.Utility, {"name": "", "country": "Peru"}, "Name is required"),
        (m.Utility, {"name": "X", "country": "Peru", "connections": -5}, "cannot be negative"),
        (
            m.Partnership,
            {
                "title": "P",
                "planned_start": dt.date(2026, 5, 1),
                "planned_end": dt.date(2026, 1, 1),
            },
            "is before",
        ),
        (
            m.Expense,
            {
                "date": dt.date(2026, 1, 1),
                "category": v.ExpenseCategory.TRAVEL,
                "amount": -10.0,
                "currency": "USD",
            },
            "cannot be negative",
        ),
        (
            m.LearningActivity,
            {
                "date": dt.date(2026, 1, 1),
                "form": v.LearningForm.ON_THE_JOB,
                "topic": "Valves",
                "hours": 2.0,
                "level_after": 7,
            },
            "between 1 and 5",
        ),
        (
            m.SiteVisit,
            {"title": "V", "start_date": dt.date(2026, 3, 5), "end_date": dt.date(2026, 3, 1)},
            "is before",
        ),
    ],
)
def test_bad_records_are_refused_and_change_nothing(
    demo_store: Store, model: type[m.SyncedRecord], values: dict[str, object], message: str
) -> None:
    if model is m.Partnership:
        mentor, mentee = _utilities(demo_store)
        values = {**values, "mentor_utility_id": mentor, "mentee_utility_id": mentee}
    elif model is not m.Utility:
        values = {**values, "partnership_id": DEMO_PARTNERSHIP_ID}
    before = _count(demo_store, model)
    with pytest.raises(ValidationError, match=message), demo_store.transaction() as session:
        cmd.create(session, model, **values)
    assert _count(demo_store, model) == before


def test_reading_outside_valid_range_is_refused(demo_store: Store) -> None:
    before = _count(demo_store, m.IndicatorReading)
    with pytest.raises(ValidationError, match="outside the valid range"):
        with demo_store.transaction() as session:
            cmd.record_reading(
                session,
                partnership_id=DEMO_PARTNERSHIP_ID,
                utility_id=demo_id("utility:mentee"),
                indicator_id=builtin_indicator_id("IBNET-NRW-PCT"),
                period=dt.date(2026, 6, 30),
                value=130.0,
            )
    assert _count(demo_store, m.IndicatorReading) == before


def test_photo_that_is_not_an_image_is_refused(demo_store: Store, tmp_path: Path) -> None:
    fake = tmp_path / "pump.jpg"
    fake.write_bytes(b"%PDF-1.4 not a photo")
    blobs_before = sorted(demo_store.blobs.root.rglob("*"))
    with pytest.raises(StorageError, match="not an image"), demo_store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, demo_id("visit:second"))
        cmd.add_photo(session, demo_store.blobs, visit, fake, "Pump")
    assert sorted(demo_store.blobs.root.rglob("*")) == blobs_before


def test_real_photo_is_attached(demo_store: Store, tmp_path: Path) -> None:
    photo = tmp_path / "valve.jpg"
    photo.write_bytes(demo_photo("Valve", seed=3))
    with demo_store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, demo_id("visit:second"))
        attachment = cmd.add_photo(session, demo_store.blobs, visit, photo, "Valve")
    assert attachment.media_type == "image/jpeg"
    assert demo_store.blobs.get(attachment.sha256) == photo.read_bytes()


def test_final_visit_is_read_only_until_reopened(demo_store: Store) -> None:
    visit_id = demo_id("visit:first")
    with pytest.raises(ValidationError, match="final"), demo_store.transaction() as session:
        cmd.update(session, m.SiteVisit, visit_id, notes="changed")
    with demo_store.transaction() as session:
        cmd.reopen_visit(session, visit_id)
        cmd.update(session, m.SiteVisit, visit_id, notes="changed")
        cmd.finalise_visit(session, visit_id)
    with demo_store.reading() as session:
        assert cmd.get(session, m.SiteVisit, visit_id).notes == "changed"


def test_unknown_id_and_field(store: Store) -> None:
    with pytest.raises(NotFoundError, match="No site visit"), store.transaction() as session:
        cmd.get(session, m.SiteVisit, "nope")
    with pytest.raises(ValidationError, match="no field colour"), store.transaction() as session:
        cmd.create(session, m.Utility, name="U", country="C", colour="blue")


def test_backup_round_trip(demo_store: Store, tmp_path: Path) -> None:
    archive = export_backup(demo_store.data_dir, tmp_path / "backup.zip")
    target = tmp_path / "restored"
    target.mkdir()
    import_backup(archive, target)
    restored = Store.open(target)
    assert _snapshot(restored) == _snapshot(demo_store)
    photo = q.attachments(restored.sessions(), demo_id("visit:first"))[0]
    assert restored.blobs.get(photo.sha256)
    restored.close()


def test_bad_backup_is_refused(demo_store: Store, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(b"PK not really")
    with pytest.raises(StorageError, match="cannot be read as a backup"):
        import_backup(bogus, tmp_path / "elsewhere")
    with pytest.raises(StorageError, match="already holds"):
        import_backup(export_backup(demo_store.data_dir, tmp_path / "b.zip"), demo_store.data_dir)


def test_learning_log_reads_its_ids_in_index_order(store: Store) -> None:
    """Opening the log must not sort every entry: the ids come from ix_learning_log."""
    executed: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        executed.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", remember)
    try:
        with store.reading() as session:
            learning_ids(session, "some-partnership")
    finally:
        event.remove(store.engine, "before_cursor_execute", remember)
    statement, parameters = executed[-1]
    with store.reading() as session:
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        details = " ".join(row[3] for row in plan)
    assert "COVERING INDEX ix_learning_log" in details


def test_a_reading_dated_in_the_future_is_refused(demo_store: Store) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match=r"Period \(.*\) is in the future\."):
        with demo_store.transaction() as session:
            cmd.record_reading(
                session,
                partnership_id=DEMO_PARTNERSHIP_ID,
                utility_id=demo_id("utility:mentee"),
                indicator_id=builtin_indicator_id("IBNET-NRW-PCT"),
                period=tomorrow,
                value=30.0,
            )
    with demo_store.transaction() as session:
        today = cmd.record_reading(
            session,
            partnership_id=DEMO_PARTNERSHIP_ID,
            utility_id=demo_id("utility:mentee"),
            indicator_id=builtin_indicator_id("IBNET-NRW-PCT"),
            period=dt.date.today(),
            value=30.0,
        )
    assert today.period == dt.date.today()


def test_migration_0017_keeps_every_row_and_drops_the_period_default(tmp_path: Path) -> None:
    """The partnership table is rebuilt without ``DEFAULT 'quarter'``: the demo profile
    loses no row of any table, partnerships keep their periods (none stays none), and
    the rebuilt table's search triggers still work."""
    from tests.migration_support import downgrade, every_row

    profile = tmp_path / "profile"
    demo = Store.open(profile)
    create_demo(demo)
    with demo.transaction() as session:
        cmd.update(session, m.Partnership, DEMO_PARTNERSHIP_ID, reporting_period=None)
    demo.close()
    path = profile / DATABASE_NAME
    downgrade(path, "0016_visit_reopened")
    before = every_row(path)
    assert len(before["partnership"]) == len(DEMOS)

    store = Store.open(profile)  # the app's own upgrade, foreign keys off
    store.close()
    assert every_row(path) == before
    assert schema_default(path, "partnership", "reporting_period") is None
    store = Store.open(profile)
    try:
        with store.reading() as session:
            assert session.get_one(m.Partnership, DEMO_PARTNERSHIP_ID).reporting_period is None
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with store.transaction() as session:
            cmd.update(session, m.Partnership, INDIA_PARTNERSHIP_ID, closing_results="Zeptoclosure")
        with store.reading() as session:
            hits = q.search(session, "zeptoclosure")
        assert [(h.entity, h.row_id) for h in hits] == [("partnership", INDIA_PARTNERSHIP_ID)]
    finally:
        store.close()


def schema_default(path: Path, table: str, column: str) -> object:
    with sqlite3.connect(path) as conn:
        found = {row[1]: row[4] for row in conn.execute(f"PRAGMA table_info({table})")}
    conn.close()
    return found[column]
