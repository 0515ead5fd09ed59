"""A final visit's summary prints its actions as they were agreed, however they move on."""

from pathlib import Path

import pytest

from tests.test_reports import ACTIONS, FIRST_VISIT, SECOND_VISIT, TODAY, whole_text
from wopdesk.demo import demo_id
from wopdesk.domain import vocab as v
from wopdesk.reports.visit import build_visit_summary
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage import visit_snapshot
from wopdesk.storage.store import Store

# The second demo visit agreed these actions; the draft is finalised in the tests.
NIGHT_TEST = demo_id("action:a3")


def _summary(store: Store, visit_id: str, path: Path) -> str:
    return whole_text(build_visit_summary(store, visit_id, path, today=TODAY).path)


def _set_status(store: Store, action_id: str, status: v.ActionStatus, progress: int) -> None:
    with store.transaction() as session:
        cmd.update(session, m.Action, action_id, status=status, progress=progress)


def _actions_of(store: Store, visit_id: str) -> list[m.Action]:
    with store.reading() as session:
        return [a for a in session.query(m.Action).filter_by(visit_id=visit_id, deleted=False)]


@pytest.fixture
def finalised_second_visit(demo_store: Store) -> list[m.Action]:
    """The second demo visit made final; returns its actions as they were then."""
    with demo_store.transaction() as session:
        cmd.finalise_visit(session, SECOND_VISIT)
    actions = _actions_of(demo_store, SECOND_VISIT)
    assert actions, "the second demo visit must have agreed actions"
    return actions


def test_a_reprint_prints_the_statuses_of_when_the_visit_was_finalised(
    demo_store: Store, finalised_second_visit: list[m.Action], tmp_path: Path
) -> None:
    before = _summary(demo_store, SECOND_VISIT, tmp_path / "before.pdf")
    for action in finalised_second_visit:
        _set_status(demo_store, action.id, v.ActionStatus.DONE, 100)
    after = _summary(demo_store, SECOND_VISIT, tmp_path / "after.pdf")
    assert "Done" not in after.split("Agreed actions")[1].split("Learning delivered")[0]
    assert before == after


def test_reopening_and_finalising_again_takes_a_new_snapshot(
    demo_store: Store, finalised_second_visit: list[m.Action], tmp_path: Path
) -> None:
    first = finalised_second_visit[0]
    _set_status(demo_store, first.id, v.ActionStatus.BLOCKED, 0)
    with demo_store.transaction() as session:
        cmd.reopen_visit(session, SECOND_VISIT)
        cmd.finalise_visit(session, SECOND_VISIT)
    text = _summary(demo_store, SECOND_VISIT, tmp_path / "again.pdf")
    assert "Blocked" in text


def test_a_draft_prints_the_actions_as_they_are(demo_store: Store, tmp_path: Path) -> None:
    action = _actions_of(demo_store, SECOND_VISIT)[0]
    _set_status(demo_store, action.id, v.ActionStatus.BLOCKED, 0)
    assert "Blocked" in _summary(demo_store, SECOND_VISIT, tmp_path / "draft.pdf")


def test_the_demo_first_visit_prints_its_actions_as_agreed(
    demo_store: Store, tmp_path: Path
) -> None:
    # The night-flow measurement was agreed at the first visit; it is in progress today.
    with demo_store.reading() as session:
        action = session.get(m.Action, NIGHT_TEST)
        assert action is not None
        assert action.visit_id == FIRST_VISIT
        assert action.status == v.ActionStatus.IN_PROGRESS
    text = _summary(demo_store, FIRST_VISIT, tmp_path / "first.pdf")
    actions_part = text.split("Agreed actions")[1].split("Learning delivered")[0]
    assert ACTIONS["a3"].description in actions_part
    assert "Planned" in actions_part
    assert "In progress" not in actions_part


def test_a_damaged_snapshot_falls_back_to_the_current_values(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.transaction() as session:
        visit = session.get(m.SiteVisit, FIRST_VISIT)
        assert visit is not None
        # As a bad sync or a hand edit could leave it; the visit stays final.
        session.info["skip_validation"] = True
        visit.action_snapshot = '[{"action_id": 3, "status": "no such status"}'
    text = _summary(demo_store, FIRST_VISIT, tmp_path / "damaged.pdf")
    assert "In progress" in text.split("Agreed actions")[1]


def test_the_snapshot_keeps_every_agreed_field(
    demo_store: Store, finalised_second_visit: list[m.Action]
) -> None:
    with demo_store.reading() as session:
        visit = session.get(m.SiteVisit, SECOND_VISIT)
        assert visit is not None
        kept = visit_snapshot.read(visit.action_snapshot)
    assert kept is not None
    expected = [visit_snapshot.agreed(a) for a in finalised_second_visit]
    assert sorted(kept, key=lambda a: a.action_id) == sorted(expected, key=lambda a: a.action_id)


def test_no_snapshot_reads_as_none() -> None:
    assert visit_snapshot.read(None) is None
    assert visit_snapshot.read("") is None
    assert visit_snapshot.read("not json") is None
