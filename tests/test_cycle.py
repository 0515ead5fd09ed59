"""The WOP cycle's guidance and history: ticks, phase changes recorded by the partnership
editor's save, closing fields, mentoring pairs; refusals write nothing."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.migration_support import database_at
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain import vocab as v
from wopdesk.errors import ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import cycle
from wopdesk.storage import models as m
from wopdesk.storage.store import Store

TODAY = dt.date.today()


def _count(store: Store, model: type[m.SyncedRecord]) -> int:
    with store.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))
            or 0
        )


def test_a_practice_is_ticked_once_and_unticked(demo_store: Store) -> None:
    practice = "implementation_structures"
    for on in (True, True):  # ticking twice keeps one tick
        with demo_store.transaction() as session:
            cycle.set_tick(session, DEMO_PARTNERSHIP_ID, practice, on)
    with demo_store.reading() as session:
        assert practice in cycle.ticked(session, DEMO_PARTNERSHIP_ID)
    before = _count(demo_store, m.PracticeTick)
    with demo_store.transaction() as session:
        cycle.set_tick(session, DEMO_PARTNERSHIP_ID, practice, False)
    assert _count(demo_store, m.PracticeTick) == before - 1
    with pytest.raises(ValidationError, match="'nonsense' is not one of the phase's practices"):
        with demo_store.transaction() as session:
            cycle.set_tick(session, DEMO_PARTNERSHIP_ID, "nonsense", True)


def test_a_change_of_phase_is_recorded_with_its_date_and_note(demo_store: Store) -> None:
    with demo_store.reading() as session:
        before = len(cycle.phase_history(session, DEMO_PARTNERSHIP_ID))
    day = TODAY - dt.timedelta(days=2)
    with demo_store.transaction() as session:
        cycle.save_partnership(
            session,
            DEMO_PARTNERSHIP_ID,
            {"phase": v.WopPhase.PROGRESS_ASSESSMENT, "phase_date": day, "phase_note": "Review"},
        )
        cycle.save_partnership(session, DEMO_PARTNERSHIP_ID, {"title": "Same phase"})
    with demo_store.reading() as session:
        history = cycle.phase_history(session, DEMO_PARTNERSHIP_ID)
    assert len(history) == before + 1
    assert (history[-1].phase, history[-1].date, history[-1].note) == (
        v.WopPhase.PROGRESS_ASSESSMENT,
        day,
        "Review",
    )


def test_a_phase_change_in_the_future_saves_nothing(demo_store: Store) -> None:
    before = _count(demo_store, m.PhaseChange)
    with pytest.raises(ValidationError, match="is in the future"):
        with demo_store.transaction() as session:
            cycle.save_partnership(
                session,
                DEMO_PARTNERSHIP_ID,
                {"phase": v.WopPhase.CLOSING, "phase_date": TODAY + dt.timedelta(days=1)},
            )
    assert _count(demo_store, m.PhaseChange) == before
    with demo_store.reading() as session:
        assert (
            cmd.get(session, m.Partnership, DEMO_PARTNERSHIP_ID).phase == v.WopPhase.IMPLEMENTATION
        )


def test_a_new_partnership_starts_its_phase_history(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        created = cycle.save_partnership(
            session,
            None,
            {
                "title": "New WOP",
                "mentor_utility_id": cmd.get(
                    session, m.Partnership, DEMO_PARTNERSHIP_ID
                ).mentor_utility_id,
                "mentee_utility_id": cmd.get(
                    session, m.Partnership, DEMO_PARTNERSHIP_ID
                ).mentee_utility_id,
                "currency": "XOF",
                "phase": v.WopPhase.DESIGN,
            },
        )
        history = cycle.phase_history(session, created.id)
    assert [(c.phase, c.date) for c in history] == [(v.WopPhase.DESIGN, TODAY)]


def test_closing_records_results_sustainability_and_follow_up(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        cycle.save_partnership(
            session,
            DEMO_PARTNERSHIP_ID,
            {
                "status": v.PartnershipStatus.CLOSED,
                "closing_date": TODAY,
                "closing_decision": v.ClosingDecision.CONTINUE,
                "closing_results": "Non-revenue water down",
                "closing_sustainability": "Procedures adopted by the board",
                "closing_follow_up": "Yearly exchange visit",
            },
        )
    from wopdesk.storage import queries

    with demo_store.reading() as session:
        hits = queries.search(session, "Procedures adopted")
    assert [(h.entity, h.row_id) for h in hits] == [("partnership", DEMO_PARTNERSHIP_ID)]


def test_the_demo_has_pairs_ticks_and_history(demo_store: Store) -> None:
    with demo_store.reading() as session:
        view = cycle.cycle_view(session, DEMO_PARTNERSHIP_ID)
    assert view is not None
    assert view.phase == v.WopPhase.IMPLEMENTATION
    assert "implementation_advisory" in view.ticked
    assert [phase for phase, _day, _note in view.history][-1] == v.WopPhase.IMPLEMENTATION
    assert {(p.mentor, p.mentee) for p in view.pairs} >= {("Nadia Benjelloun", "Issouf Sanou")}


def test_migration_0012_keeps_partnerships_and_adds_the_new_records(tmp_path: Path) -> None:
    database_at(tmp_path, "0008_budget_lines", phase="diagnosis")
    store = Store.open(tmp_path)
    try:
        with store.reading() as session:
            old = session.get(m.Partnership, "p")
            assert old is not None
            assert (old.title, old.phase, old.closing_results) == (
                "Old WOP",
                v.WopPhase.DIAGNOSIS,
                None,
            )
        with store.transaction() as session:
            cycle.save_partnership(session, "p", {"phase": v.WopPhase.WORK_PLANNING})
            cycle.set_tick(session, "p", "planning_road_map", True)
        with store.reading() as session:
            assert [c.phase for c in cycle.phase_history(session, "p")] == [
                v.WopPhase.WORK_PLANNING
            ]
    finally:
        store.close()


@pytest.mark.parametrize("model", [m.PhaseChange, m.MentoringPair])
def test_phase_changes_and_pairs_are_deleted_and_restored(
    demo_store: Store, model: type[m.SyncedRecord]
) -> None:
    from wopdesk.storage import deletions

    before = _count(demo_store, model)
    with demo_store.reading() as session:
        record_id = session.scalars(select(model.id).where(model.deleted.is_(False))).first()
    assert record_id is not None
    with demo_store.transaction() as session:
        gone = deletions.delete(session, model, record_id)
    assert _count(demo_store, model) == before - 1
    with demo_store.reading() as session:
        listed = deletions.recently_deleted(session, DEMO_PARTNERSHIP_ID)
        assert record_id in [d.record_id for d in listed]
    with demo_store.transaction() as session:
        deletions.restore(session, gone.entity, record_id)
    assert _count(demo_store, model) == before


def test_a_phase_change_edited_into_the_future_saves_nothing(demo_store: Store) -> None:
    with demo_store.reading() as session:
        first = cycle.phase_history(session, DEMO_PARTNERSHIP_ID)[0]
    with pytest.raises(ValidationError, match="is in the future"):
        with demo_store.transaction() as session:
            cmd.update(session, m.PhaseChange, first.id, date=TODAY + dt.timedelta(days=1))
    with demo_store.reading() as session:
        assert cycle.phase_history(session, DEMO_PARTNERSHIP_ID)[0].date == first.date
