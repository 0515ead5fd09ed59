"""Learning that counts people (person-hours, trainees by sex) and each track's stage of
change: the rules and their refusals, the totals, the migration and sync."""

import datetime as dt
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from keyring.backends import fail
from sqlalchemy import select

from tests.migration_support import STAMP, database_at
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import vocab as v
from wopdesk.domain.people import People, people_of
from wopdesk.errors import ValidationError
from wopdesk.server import accounts
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage import people, queries
from wopdesk.storage.store import Store
from wopdesk.sync import tokens as sync_tokens

D = dt.date
NRW = demo_id("track:nrw")
BILLING = demo_id("track:billing")
L4 = demo_id("learning:l4")  # names one trainee and gives no counts
MARIA = demo_id("person:maria")


def _activity(store: Store, **values: Any) -> str:
    base = {
        "partnership_id": DEMO_PARTNERSHIP_ID,
        "date": D(2026, 3, 1),
        "form": v.LearningForm.ON_THE_JOB,
        "topic": "Step test",
        "hours": 2.0,
    }
    with store.transaction() as session:
        return cmd.create(session, m.LearningActivity, **{**base, **values}).id


def _count(store: Store, model: type[m.SyncedRecord]) -> int:
    with store.reading() as session:
        return len(list(session.scalars(select(model.id))))


# --- the rule: counts add up to the participants ----------------------------------------


def test_blank_counts_follow_one_rule() -> None:
    assert people_of(None, None, None, None, named=3) == People(3, 0, 0, 3)
    assert people_of(None, 4, 5, None) == People(9, 4, 5, 0)
    assert people_of(10, 4, 5, 1) == People(10, 4, 5, 1)
    assert people_of(7, None, None, None, named=2) == People(7, 0, 0, 7)


@pytest.mark.parametrize(
    ("values", "field", "sentence"),
    [
        ({"participants": 10, "women": 4, "men": 5}, "participants", "add up to 9, not the 10"),
        ({"participants": 6, "women": 4, "men": 5}, "women", "add up to 9, not the 6"),
        ({"participants": 5, "not_stated": 6}, "not_stated", "add up to 6, not the 5"),
        ({"women": -1}, "women", "Women cannot be negative (-1)"),
        ({"participants": -2}, "participants", "Participants cannot be negative (-2)"),
    ],
)
def test_counts_that_do_not_add_up_are_refused_and_nothing_is_written(
    demo_store: Store, values: dict[str, int], field: str, sentence: str
) -> None:
    before = _count(demo_store, m.LearningActivity)
    with pytest.raises(ValidationError, match=re.escape(sentence)) as refused:
        _activity(demo_store, **values)
    assert refused.value.field == field
    assert str(refused.value).count(".") == 1  # one sentence
    assert _count(demo_store, m.LearningActivity) == before


def test_an_edit_that_breaks_the_counts_is_refused_and_changes_nothing(
    demo_store: Store,
) -> None:
    activity = _activity(demo_store, participants=9, women=4, men=5)
    with pytest.raises(ValidationError, match="add up to 12"), demo_store.transaction() as s:
        cmd.update(s, m.LearningActivity, activity, women=7)
    with demo_store.reading() as session:
        assert session.get(m.LearningActivity, activity).women == 4  # type: ignore[union-attr]


def test_counts_that_add_up_or_no_participants_are_accepted(demo_store: Store) -> None:
    _activity(demo_store, participants=9, women=4, men=5, not_stated=0)
    _activity(demo_store, women=4, men=5)  # participants: their sum
    _activity(demo_store, participants=12)  # no counts: all not stated


# --- totals, computed by hand from the demo -----------------------------------------------

# Bobo's ten entries (hours; participants = women + men + not stated):
#  l1 16 h, 14 = 5+9+0 -> 224      l6 32 h, 4 = 1+3+0 -> 128
#  l2  6 h,  4 = 1+3+0 ->  24      l7  2 h, 8 = 2+3+3 ->  16
#  l3  8 h,  3 = 2+1+0 ->  24      l8  5 h, 5 = 0+5+0 ->  25
#  l4  3 h, no counts: 1 named trainee, not stated -> 3
#  l5 12 h,  6 = 3+2+1 ->  72      l9  9 h, 4 = 0+4+0 ->  36
#  l10 4 h,  9 = 4+5+0 ->  36
BOBO = people.LearningPeople(10, 97.0, 588.0, People(58, 18, 35, 5))


def test_person_hours_and_people_by_sex_of_the_demo(demo_store: Store) -> None:
    with demo_store.reading() as session:
        assert people.learning_people(session, DEMO_PARTNERSHIP_ID) == BOBO
        # 2025 only: l4, l5, l6, l9 -> 3 + 72 + 128 + 36 person-hours.
        year = people.learning_people(session, DEMO_PARTNERSHIP_ID, D(2025, 1, 1), D(2025, 12, 31))
        assert year == people.LearningPeople(4, 56.0, 239.0, People(15, 4, 9, 2))
        (row,) = people.activity_people(session, [L4]).values()
        assert row == People(1, 0, 0, 1)


def test_totals_agree_row_by_row_with_the_report_data(demo_store: Store) -> None:
    from wopdesk.storage.report_data import progress_report

    with demo_store.reading() as session:
        data = progress_report(session, DEMO_PARTNERSHIP_ID, D(2026, 12, 1))
    assert sum(row.person_hours for row in data.learning) == 588.0
    assert sum((row.people for row in data.learning), People()) == BOBO.people


def test_a_removed_trainee_lowers_the_default_participants(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        for trainee in queries.live(
            session, m.LearningTrainee, m.LearningTrainee.activity_id == L4
        ):
            cmd.delete(session, m.LearningTrainee, trainee.id)
    with demo_store.reading() as session:
        total = people.learning_people(session, DEMO_PARTNERSHIP_ID)
    assert (total.person_hours, total.people.participants) == (585.0, 57)


# --- stages of change ----------------------------------------------------------------------


def _stage(store: Store, **values: Any) -> str:
    base = {"partnership_id": DEMO_PARTNERSHIP_ID, "track_id": NRW, "recorded_by_id": MARIA}
    with store.transaction() as session:
        return cmd.create(session, m.TrackStage, **{**base, **values}).id


def test_the_current_stage_is_the_latest_by_date_and_history_is_kept(demo_store: Store) -> None:
    with demo_store.reading() as session:
        history = people.stage_history(session, NRW)
        assert [line.stage for line in history] == [v.ChangeStage.PILOTED, v.ChangeStage.PLANNED]
    # Recorded late, but dated before the pilot: the pilot stays current.
    _stage(demo_store, stage=v.ChangeStage.PLANNED, date=D(2025, 1, 5), evidence=None)
    adopted = _stage(
        demo_store, stage=v.ChangeStage.ADOPTED, date=D(2026, 11, 2), evidence="Routine now."
    )
    with demo_store.reading() as session:
        current = people.current_stages(session, DEMO_PARTNERSHIP_ID)
        assert current[NRW].id == adopted
        assert current[NRW].recorded_by == "Nadia Benjelloun"
        assert current[BILLING].stage == v.ChangeStage.ADOPTED
        assert len(people.stage_history(session, NRW)) == 4


@pytest.mark.parametrize(
    ("values", "field", "sentence"),
    [
        (
            {"stage": v.ChangeStage.PILOTED, "date": D(2026, 1, 1), "evidence": "  "},
            "evidence",
            "Track stage: write the evidence that the track is piloted, as seen on site.",
        ),
        (
            {"stage": v.ChangeStage.PLANNED, "date": dt.date.today() + dt.timedelta(days=1)},
            "date",
            "Track stage: Date .* is in the future.",
        ),
        ({"stage": None, "date": D(2026, 1, 1)}, "stage", "Track stage: Stage is required."),
    ],
)
def test_a_bad_stage_is_refused_and_nothing_is_written(
    demo_store: Store, values: dict[str, Any], field: str, sentence: str
) -> None:
    before = _count(demo_store, m.TrackStage)
    with pytest.raises(ValidationError, match=sentence) as refused:
        _stage(demo_store, **values)
    assert refused.value.field == field
    assert _count(demo_store, m.TrackStage) == before


def test_stage_evidence_is_searchable(demo_store: Store) -> None:
    with demo_store.reading() as session:
        hits = queries.search(session, "note de service")
    assert [(h.entity, h.row_id) for h in hits] == [("track_stage", demo_id("stage:4"))]


# --- migration ----------------------------------------------------------------------------


def test_migration_0011_keeps_existing_learning(tmp_path: Path) -> None:
    path = database_at(tmp_path, "0008_budget_lines")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO person (id, name, created_at, updated_at, deleted, clocks) "
            f"VALUES ('t', 'Awa', {STAMP})"
        )
        conn.execute(
            "INSERT INTO learning_activity (id, partnership_id, date, form, topic, hours, "
            "created_at, updated_at, deleted, clocks) VALUES "
            f"('a', 'p', '2025-05-02', 'on_the_job', 'Chlorination', 6.5, {STAMP})"
        )
        conn.execute(
            "INSERT INTO learning_trainee (id, partnership_id, activity_id, person_id, "
            f"created_at, updated_at, deleted, clocks) VALUES ('lt', 'p', 'a', 't', {STAMP})"
        )
    conn.close()
    store = Store.open(tmp_path)
    with store.reading() as session:
        old = session.get(m.LearningActivity, "a")
        assert old is not None
        assert (old.topic, old.hours, old.participants, old.women) == (
            "Chlorination",
            6.5,
            None,
            None,
        )
        assert people.learning_people(session, "p") == people.LearningPeople(
            1, 6.5, 6.5, People(1, 0, 0, 1)
        )
        # Its search triggers and the log's index survived the batch.
        assert [h.row_id for h in queries.search(session, "chlorination")] == ["a"]
    with sqlite3.connect(path) as conn:
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"ix_learning_log", "learning_activity_search_au", "track_stage_search_ai"} <= indexes
    store.close()


# --- sync through the real server -----------------------------------------------------------


def test_counts_and_stages_sync_field_by_field_through_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_sync_engine import Replica, _serve
    from wopdesk.demo import create_demo

    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(sync_tokens.keyring, "get_keyring", fail.Keyring)
    for server in _serve(f"sqlite:///{tmp_path / 'server.db'}"):
        a = Replica(Store.open(tmp_path / "maria"), server, "maria")
        b = Replica(Store.open(tmp_path / "joao"), server, "joao")
        create_demo(a.store)
        a.sync()
        b.sync()
        activity = demo_id("learning:l1")
        # Offline on both laptops: Maria corrects the women, João the men; both arrive.
        a.write(cmd.update, m.LearningActivity, activity, participants=15, women=6)
        b.write(cmd.update, m.LearningActivity, activity, not_stated=1, participants=None)
        stage = a.write(
            cmd.create,
            m.TrackStage,
            partnership_id=DEMO_PARTNERSHIP_ID,
            track_id=NRW,
            stage=v.ChangeStage.ADOPTED,
            date=D(2026, 11, 20),
            evidence="Night-flow checks are in the district's monthly routine.",
            recorded_by_id=MARIA,
        ).id
        a.sync()
        b.sync()
        a.sync()
        for replica in (a, b):
            row = replica.get(m.LearningActivity, activity)
            assert (row.women, row.men, row.not_stated) == (6, 9, 1)
            with replica.store.reading() as session:
                assert people.current_stages(session, DEMO_PARTNERSHIP_ID)[NRW].id == stage
                assert queries.search(session, "night-flow")[0].row_id == stage
        a.store.close()
        b.store.close()


# --- the PDF reports -------------------------------------------------------------------------


def test_progress_report_prints_person_hours_by_sex_and_the_stage_of_change(
    demo_store: Store, tmp_path: Path
) -> None:
    from tests.test_reports import nfkc, whole_text
    from wopdesk.reports.progress import build_progress_report

    out = tmp_path / "progress.pdf"
    build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, out, today=D(2026, 11, 20))
    text = whole_text(out)
    assert (
        "10 activities, 97 hours in all, 588 person-hours; "
        "58 participants: 18 women, 35 men, 5 not stated." in text
    )
    assert "Person-hours" in text
    stages = text.split("Stage of change")[1]
    for expected in (
        "Réduire les pertes par la sectorisation Piloted 30 Oct 2025 Secteur pilote isolé",
        "Relève bimestrielle et recouvrement Adopted in routine 30 Jun 2026 Note de service",
        "Piloted 20 May 2026 Plan de gestion de la sécurité sanitaire essayé",
    ):
        assert nfkc(expected) in stages, expected


def test_learning_record_prints_person_hours_of_training_given(
    demo_store: Store, tmp_path: Path
) -> None:
    from tests.test_reports import whole_text
    from wopdesk.reports.learning import build_learning_record

    out = tmp_path / "maria.pdf"
    build_learning_record(demo_store, MARIA, out, today=D(2026, 11, 20))
    text = whole_text(out)
    assert "person-hours of training given" in text
    assert "14 participants: 5 women, 9 men, 0 not stated" in text  # l1, which she taught


def test_the_learning_spreadsheet_has_people_by_sex_and_person_hours(
    demo_store: Store, tmp_path: Path
) -> None:
    import openpyxl

    from wopdesk.storage import spreadsheets

    written = spreadsheets.export_xlsx(demo_store, DEMO_PARTNERSHIP_ID, tmp_path / "bobo")
    sheet = openpyxl.load_workbook(written)["Learning"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][6:] == (
        "Hours",
        "Participants",
        "Women",
        "Men",
        "Sex not stated",
        "Person-hours",
    )
    by_topic = {row[2]: row for row in rows[1:]}
    assert by_topic["Bilan hydraulique et composantes des pertes (méthode IWA)"][6:] == (
        16,
        14,
        5,
        9,
        0,
        224,
    )
    assert sum(row[11] for row in rows[1:]) == 588
    assert sum(row[8] for row in rows[1:]) == 18
