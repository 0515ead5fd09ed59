"""Sign-offs (a progress record's approvals, a final visit) that content no signer saw
must not stay on any laptop: three laptops through the real sync server."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_sync_engine import (  # noqa: F401  (fixtures)
    VISIT,
    Replica,
    quiet_environment,
    replicas,
    snapshot,
    template,
)
from wopdesk.demo import demo_id
from wopdesk.domain import vocab as v
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store

RECORD = demo_id("progress:1")  # the demo's draft progress record


@pytest.fixture
def laptops(
    replicas: tuple[Replica, Replica],  # noqa: F811
    tmp_path: Path,
) -> Iterator[tuple[Replica, Replica, Replica]]:
    """Maria's laptop, Joao's, and a third (Maria's second laptop), all synced."""
    a, b = replicas
    c = Replica(Store.open(tmp_path / "third"), a.server, "maria")
    c.sync()
    yield a, b, c
    c.store.close()


def _settle(*machines: Replica) -> None:
    for _ in range(3):
        for replica in machines:
            replica.sync()
    first = snapshot(machines[0].store)
    for replica in machines[1:]:
        assert snapshot(replica.store) == first


def _approve(replica: Replica, side: str, person: str, day: int = 9) -> None:
    replica.write(cmd.approve_progress, RECORD, side, demo_id(person), None, dt.date(2026, 10, day))


def _unseen_stays_nowhere(laptops: tuple[Replica, ...], field: str, value: str) -> None:
    for replica in laptops:
        record = replica.get(m.ProgressRecord, RECORD)
        assert getattr(record, field) == value  # never lost
        assert not record.approved
        assert "withdrawn" in record.approval_note


def test_an_edit_made_before_the_approvals_but_never_seen_withdraws_them_on_the_editor(
    laptops: tuple[Replica, Replica, Replica],
) -> None:
    a, b, c = laptops
    b.write(cmd.update, m.ProgressRecord, RECORD, lessons="Plan before the rains.")  # offline
    _approve(a, "mentor", "person:maria")
    _approve(a, "mentee", "person:aissatou")
    a.sync()
    b.sync()  # b pushes its edit, then learns of approvals that never saw it
    record = b.get(m.ProgressRecord, RECORD)
    assert not record.approved, "b holds an approved record with content no approver saw"
    b.sync()  # b's withdrawal reaches the server
    c.sync()  # c receives the approvals, the edit and the withdrawal
    assert not c.get(m.ProgressRecord, RECORD).approved
    _settle(a, b, c)
    _unseen_stays_nowhere((a, b, c), "lessons", "Plan before the rains.")


def test_approvals_from_two_laptops_are_both_withdrawn_by_an_edit_neither_saw(
    laptops: tuple[Replica, Replica, Replica],
) -> None:
    a, b, c = laptops
    c.write(cmd.update, m.ProgressRecord, RECORD, challenges="Fuel shortages.")  # offline
    _approve(a, "mentor", "person:maria")
    _approve(b, "mentee", "person:aissatou", day=10)
    a.sync()
    b.sync()
    c.sync()
    assert not c.get(m.ProgressRecord, RECORD).approved
    _settle(a, b, c)
    _unseen_stays_nowhere((a, b, c), "challenges", "Fuel shortages.")


def test_approvals_given_after_the_edit_arrived_stand_everywhere(
    laptops: tuple[Replica, Replica, Replica],
) -> None:
    a, b, c = laptops
    c.write(cmd.update, m.ProgressRecord, RECORD, challenges="Seen by both.")
    c.sync()
    a.sync()
    b.sync()
    _approve(a, "mentor", "person:maria")
    _approve(b, "mentee", "person:aissatou", day=10)
    _settle(a, b, c)
    for replica in (a, b, c):
        record = replica.get(m.ProgressRecord, RECORD)
        assert record.approved
        assert record.approval_note is None


# --- final visits ------------------------------------------------------------------------


def test_an_edit_made_offline_before_the_sign_off_reopens_the_visit_on_the_editor(
    laptops: tuple[Replica, Replica, Replica],
) -> None:
    a, b, c = laptops
    b.write(cmd.update, m.SiteVisit, VISIT, notes="João: valve 3 replaced.")  # offline
    a.write(cmd.finalise_visit, VISIT)  # signed without b's edit
    a.sync()
    report = b.sync()  # b pushes its edit, then learns of a sign-off that never saw it
    visit = b.get(m.SiteVisit, VISIT)
    assert visit.state == v.VisitState.DRAFT, "b holds a final visit with an unseen edit"
    assert len(report.reopened_visits) == 1
    b.sync()  # b's reopening reaches the server
    c.sync()
    assert c.get(m.SiteVisit, VISIT).state == v.VisitState.DRAFT
    _settle(a, b, c)
    for replica in (a, b, c):
        visit = replica.get(m.SiteVisit, VISIT)
        assert visit.notes == "João: valve 3 replaced."
        assert visit.state == v.VisitState.DRAFT
        assert "a change made elsewhere arrived after this visit was signed" in (
            visit.reopened_note
        )
        assert not replica.conflicts()
    c.write(cmd.finalise_visit, VISIT)  # checked and signed again: the note has done its job
    _settle(a, b, c)
    for replica in (a, b, c):
        visit = replica.get(m.SiteVisit, VISIT)
        assert visit.state == v.VisitState.FINAL
        assert visit.reopened_note is None


def test_an_edit_synced_before_the_sign_off_is_taken_as_seen_and_the_visit_stays_final(
    laptops: tuple[Replica, Replica, Replica],
) -> None:
    a, b, c = laptops
    b.write(cmd.update, m.SiteVisit, VISIT, notes="Seen before signing.")
    b.sync()
    a.sync()  # the signer has it
    a.write(cmd.finalise_visit, VISIT)
    a.sync()
    report = c.sync()  # the edit and the finalising reach c in one page
    assert not report.reopened_visits
    _settle(a, b, c)
    for replica in (a, b, c):
        visit = replica.get(m.SiteVisit, VISIT)
        assert visit.state == v.VisitState.FINAL
        assert visit.reopened_note is None
