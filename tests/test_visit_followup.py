"""A visit follows up the open actions of earlier visits, and is signed off by both sides."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.migration_support import STAMP, database_at
from tests.test_reports import ACTIONS, FIRST_VISIT, SECOND_VISIT, TODAY, whole_text
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import vocab as v
from wopdesk.errors import ValidationError
from wopdesk.reports.visit import build_visit_summary
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage import queries, visit_followup
from wopdesk.storage.store import Store

NIGHT_TEST = demo_id("action:a3")  # agreed at the first visit, in progress
MENTOR = demo_id("person:maria")  # Nadia Benjelloun, of the mentor utility
MENTEE = demo_id("person:aissatou")  # Aïssata Traoré, of the mentee utility
MENTOR_NAME, MENTEE_NAME = "Nadia Benjelloun", "Aïssata Traoré"


def _followed(store: Store, visit_id: str) -> list[m.Action]:
    with store.reading() as session:
        visit = session.get(m.SiteVisit, visit_id)
        assert visit is not None
        return visit_followup.followup_of(session, visit)


def _summary(store: Store, visit_id: str, path: Path) -> str:
    return whole_text(build_visit_summary(store, visit_id, path, today=TODAY).path)


def _followup_part(text: str) -> str:
    return text.split("Follow-up of earlier actions")[1].split("Agreed actions")[0]


def _visit_values(store: Store, visit_id: str) -> dict[str, object]:
    with store.reading() as session:
        visit = session.get(m.SiteVisit, visit_id)
        assert visit is not None
        return visit.values()


# --- the follow-up list ---------------------------------------------------------------


def test_a_visit_follows_up_the_open_actions_of_earlier_visits(demo_store: Store) -> None:
    followed = _followed(demo_store, SECOND_VISIT)
    with demo_store.reading() as session:
        visit = session.get(m.SiteVisit, SECOND_VISIT)
        assert visit is not None
        earlier = {
            s.id
            for s in session.query(m.SiteVisit).filter_by(partnership_id=DEMO_PARTNERSHIP_ID)
            if s.start_date < visit.start_date
        }
        expected = {
            a.id
            for a in session.query(m.Action).filter_by(deleted=False)
            if a.visit_id in earlier and a.status in visit_followup.OPEN
        }
    assert {a.id for a in followed} == expected
    assert NIGHT_TEST in expected
    # Its own actions, actions of no visit, and done ones are not followed up here.
    assert all(a.visit_id != SECOND_VISIT for a in followed)
    assert all(a.status not in (v.ActionStatus.DONE, v.ActionStatus.DROPPED) for a in followed)


def test_the_first_visit_follows_up_nothing(demo_store: Store) -> None:
    assert _followed(demo_store, FIRST_VISIT) == []


def test_a_new_visit_lists_the_open_actions_of_every_earlier_visit(demo_store: Store) -> None:
    with demo_store.reading() as session:
        found = visit_followup.followup_actions(
            session, DEMO_PARTNERSHIP_ID, None, dt.date(2026, 12, 1)
        )
    ids = {a.id for a in found}
    assert NIGHT_TEST in ids
    assert all(a.status in visit_followup.OPEN for a in found)


# --- recording progress from a visit ----------------------------------------------------


def test_progress_recorded_at_a_visit_is_written_and_the_action_stays_listed(
    demo_store: Store,
) -> None:
    with demo_store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, SECOND_VISIT)
        visit_followup.record_progress(session, visit, {NIGHT_TEST: (v.ActionStatus.DONE, 100)})
    with demo_store.reading() as session:
        action = session.get(m.Action, NIGHT_TEST)
        assert action is not None
        assert (action.status, action.progress) == (v.ActionStatus.DONE, 100)
    # Done now, it is still on this visit's list (recorded here), not on a later one's.
    assert NIGHT_TEST in {a.id for a in _followed(demo_store, SECOND_VISIT)}
    with demo_store.reading() as session:
        later = visit_followup.followup_actions(
            session, DEMO_PARTNERSHIP_ID, None, dt.date(2026, 12, 1)
        )
    assert NIGHT_TEST not in {a.id for a in later}


def test_progress_for_an_action_the_visit_does_not_follow_up_is_refused(
    demo_store: Store,
) -> None:
    own = demo_id("action:a10")
    with demo_store.reading() as session:
        before = session.get(m.Action, own)
        assert before is not None
        status = before.status
    with pytest.raises(ValidationError, match="not agreed at an earlier visit"):
        with demo_store.transaction() as session:
            visit = cmd.get(session, m.SiteVisit, FIRST_VISIT)
            visit_followup.record_progress(session, visit, {own: (v.ActionStatus.DONE, 100)})
    with demo_store.reading() as session:
        after = session.get(m.Action, own)
        assert after is not None
        assert after.status == status


def test_a_progress_above_100_is_refused_and_nothing_is_written(demo_store: Store) -> None:
    with pytest.raises(ValidationError, match="Progress"):
        with demo_store.transaction() as session:
            visit = cmd.get(session, m.SiteVisit, SECOND_VISIT)
            visit_followup.record_progress(
                session, visit, {NIGHT_TEST: (v.ActionStatus.IN_PROGRESS, 140)}
            )
    assert _visit_values(demo_store, SECOND_VISIT)["followup_snapshot"] is None


# --- the summary ----------------------------------------------------------------------


def test_the_summary_prints_the_follow_up_and_a_reprint_keeps_it(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, SECOND_VISIT)
        visit_followup.record_progress(
            session, visit, {NIGHT_TEST: (v.ActionStatus.IN_PROGRESS, 60)}
        )
        cmd.finalise_visit(session, SECOND_VISIT)
    before = _summary(demo_store, SECOND_VISIT, tmp_path / "before.pdf")
    part = _followup_part(before)
    assert ACTIONS["a3"].description[:30] in part.replace("\n", " ")
    assert "In progress (60 %)" in part
    # Later the actions move on; the final visit's summary does not.
    for action in _followed(demo_store, SECOND_VISIT):
        with demo_store.transaction() as session:
            cmd.update(session, m.Action, action.id, status=v.ActionStatus.DONE, progress=100)
    after = _summary(demo_store, SECOND_VISIT, tmp_path / "after.pdf")
    assert "Done" not in _followup_part(after)
    assert before == after


def test_a_visit_with_nothing_to_follow_up_says_so(demo_store: Store, tmp_path: Path) -> None:
    text = _summary(demo_store, FIRST_VISIT, tmp_path / "first.pdf")
    assert "No open actions from earlier visits." in _followup_part(text)


# --- sign-off -------------------------------------------------------------------------


def _sign(store: Store, visit_id: str, **values: object) -> None:
    with store.transaction() as session:
        cmd.update(session, m.SiteVisit, visit_id, **values)


SIGNED = {
    "mentor_signer_id": MENTOR,
    "mentor_signer_role": "Cheffe de division",
    "mentee_signer_id": MENTEE,
    "mentee_signer_role": "Directrice régionale",
    "signed_on": dt.date(2026, 10, 16),
    "signed_how": v.SignOffMethod.ON_PAPER,
}


def test_a_signed_visit_prints_who_signed_when_and_how(demo_store: Store, tmp_path: Path) -> None:
    _sign(demo_store, SECOND_VISIT, **SIGNED)
    text = _summary(demo_store, SECOND_VISIT, tmp_path / "signed.pdf")
    signatures = text.split("Signatures")[1]
    assert "Signed on paper on 16 Oct 2026." in signatures
    for expected in (MENTOR_NAME, MENTEE_NAME, "Cheffe de division", "Directrice régionale"):
        assert expected in signatures


def test_an_unsigned_visit_is_printed_as_not_signed(demo_store: Store, tmp_path: Path) -> None:
    _sign(demo_store, SECOND_VISIT, **dict.fromkeys(SIGNED))
    with demo_store.transaction() as session:
        cmd.finalise_visit(session, SECOND_VISIT)  # finalising unsigned stays possible
    text = _summary(demo_store, SECOND_VISIT, tmp_path / "unsigned.pdf")
    assert "Not signed." in text.split("Signatures")[1]


def test_one_side_signed_prints_the_other_as_not_signed(demo_store: Store, tmp_path: Path) -> None:
    _sign(demo_store, SECOND_VISIT, **(SIGNED | {"mentee_signer_id": None}))
    signatures = _summary(demo_store, SECOND_VISIT, tmp_path / "one.pdf").split("Signatures")[1]
    assert MENTOR_NAME in signatures
    assert "Not signed" in signatures


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"signed_on": dt.date(2026, 10, 1)}, "is before start date"),
        ({"signed_on": dt.date.today() + dt.timedelta(days=2)}, "is in the future"),
        ({"mentor_signer_id": MENTEE}, "is not a member of the mentor"),
        ({"mentee_signer_id": MENTOR}, "is not a member of the mentee"),
        ({"signed_on": None}, "give the date the visit was signed"),
        ({"signed_how": None}, "on screen or on paper"),
        ({"mentor_signer_id": None, "mentee_signer_id": None}, "at least one side"),
    ],
)
def test_a_bad_sign_off_is_refused_in_one_sentence_and_nothing_is_written(
    demo_store: Store, change: dict[str, object], sentence: str
) -> None:
    before = _visit_values(demo_store, SECOND_VISIT)
    with pytest.raises(ValidationError, match=sentence) as refused:
        _sign(demo_store, SECOND_VISIT, **(SIGNED | change))
    assert str(refused.value).count(".") <= 2  # one sentence (dates hold no full stop)
    assert _visit_values(demo_store, SECOND_VISIT) == before


def test_a_signer_from_another_partnership_is_refused(demo_store: Store) -> None:
    with demo_store.reading() as session:  # a mentor of the other demo partnership
        outsider = session.query(m.Person).filter(m.Person.name.like("Sunil%")).one()
    with pytest.raises(ValidationError, match="not a member of the mentor"):
        _sign(demo_store, SECOND_VISIT, **(SIGNED | {"mentor_signer_id": outsider.id}))


# --- migration ------------------------------------------------------------------------


def test_migration_0013_keeps_visits_their_children_and_their_search(tmp_path: Path) -> None:
    with sqlite3.connect(database_at(tmp_path, "0008_budget_lines")) as conn:
        conn.execute(
            "INSERT INTO person (id, name, utility_id, created_at, updated_at, deleted, clocks) "
            f"VALUES ('a', 'Awa', 'u', {STAMP})"
        )
        conn.execute(
            "INSERT INTO site_visit (id, partnership_id, title, start_date, end_date, notes, "
            "state, action_snapshot, created_at, updated_at, deleted, clocks) VALUES "
            "('s', 'p', 'Old visit', '2025-05-05', '2025-05-06', 'chlorination room audit', "
            f"'final', '[]', {STAMP})"
        )
        conn.execute(
            "INSERT INTO visit_participant (id, partnership_id, visit_id, person_id, "
            f"created_at, updated_at, deleted, clocks) VALUES ('vp', 'p', 's', 'a', {STAMP})"
        )
    conn.close()
    store = Store.open(tmp_path)
    try:
        with store.reading() as session:
            visit = session.get(m.SiteVisit, "s")
            assert visit is not None
            assert (visit.title, visit.state, visit.action_snapshot) == (
                "Old visit",
                v.VisitState.FINAL,
                "[]",
            )
            assert (visit.signed_on, visit.mentor_signer_id, visit.followup_snapshot) == (
                None,
                None,
                None,
            )
            assert session.get(m.VisitParticipant, "vp") is not None
        with store.transaction() as session:
            cmd.reopen_visit(session, "s")
            cmd.update(session, m.SiteVisit, "s", notes="pressure logger at zone 4")
        with store.reading() as session:
            assert [hit.row_id for hit in queries.search(session, "pressure logger")] == ["s"]
    finally:
        store.close()


def test_the_demo_final_visits_are_signed_and_print_it(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.reading() as session:
        finals = [
            s
            for s in session.query(m.SiteVisit).filter_by(partnership_id=DEMO_PARTNERSHIP_ID)
            if s.state == v.VisitState.FINAL
        ]
        assert finals
        assert all(s.signed_on == s.end_date for s in finals)
        assert all(s.mentor_signer_id and s.mentee_signer_id for s in finals)
        assert all(s.followup_snapshot is not None for s in finals)
    signatures = _summary(demo_store, FIRST_VISIT, tmp_path / "first.pdf").split("Signatures")[1]
    assert "Signed on paper on 18 Oct 2024." in signatures
    assert MENTOR_NAME in signatures
