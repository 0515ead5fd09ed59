"""The headless reads behind the record pages (wopdesk.storage.listing)."""

import datetime as dt

from tests.demo_facts import ACTIONS, BUDGET, MENTEE, MENTOR, SPENT, TARGETS, VISITS
from wopdesk.demo import DEMO_PARTNERSHIP_ID as PID
from wopdesk.demo import bobo, demo_id
from wopdesk.domain.catalogue import builtin_indicator_id
from wopdesk.domain.vocab import (
    ActionStatus,
    CapacityLevel,
    ExpenseCategory,
    Priority,
)
from wopdesk.storage import commands, listing
from wopdesk.storage.models import Expense
from wopdesk.storage.store import Store

DONE = [a for a in ACTIONS.values() if a.status == ActionStatus.DONE]
OPEN = [a for a in ACTIONS.values() if a.status in listing.OPEN_STATUSES]


def test_action_ids_filter_and_order(demo_store: Store) -> None:
    with demo_store.reading() as session:
        every = listing.action_ids(session, PID)
        done = listing.action_ids(session, PID, [ActionStatus.DONE])
        quality_open = listing.action_ids(
            session, PID, list(listing.OPEN_STATUSES), demo_id("track:quality")
        )
        rows = listing.action_rows(session, every, today=dt.date(2026, 11, 23))
    assert len(every) == len(ACTIONS)
    dues = [rows[i].due_date for i in every]
    assert dues == sorted(dues)
    assert set(done) == {demo_id(f"action:{a.key}") for a in DONE}
    assert set(quality_open) == {demo_id("action:a8"), demo_id("action:a10")}
    assert rows[demo_id("action:a6")].overdue  # blocked and past due
    assert not rows[demo_id("action:a9")].overdue  # dropped: never overdue
    assert rows[demo_id("action:a3")].origin == VISITS["first"].title


def test_action_counts_depend_on_the_day(demo_store: Store) -> None:
    with demo_store.reading() as session:
        early = listing.action_counts(session, PID, today=dt.date(2025, 1, 1))
        late = listing.action_counts(session, PID, today=dt.date(2028, 1, 1))
    assert early == {"total": len(ACTIONS), "open": len(OPEN), "overdue": 0, "done": len(DONE)}
    assert late["overdue"] == len(OPEN)


def test_findings_high_priority_first(demo_store: Store) -> None:
    with demo_store.reading() as session:
        ids = listing.finding_ids(session, PID)
        rows = listing.finding_rows(session, ids)
        nrw = listing.finding_ids(session, PID, demo_id("track:nrw"))
    priorities = [rows[i].priority for i in ids]
    assert priorities == sorted(priorities, key=listing.PRIORITY_ORDER.__getitem__)
    assert priorities[0] is Priority.HIGH
    assert rows[demo_id("finding:f3")].actions == 2
    diagnosed = [f for f in bobo.FINDINGS if f.track == "nrw"]
    seen_on_visits = [visit for visit in bobo.VISITS if visit.finding_track == "nrw"]
    assert len(nrw) == len(diagnosed) + len(seen_on_visits)


def test_indicator_series_with_baseline_and_target(demo_store: Store) -> None:
    nrw = builtin_indicator_id("IBNET-NRW-PCT")
    with demo_store.reading() as session:
        series = listing.indicator_series(session, PID, demo_id("utility:mentee"), nrw)
        elsewhere = listing.indicator_series(session, None, demo_id("utility:mentee"), nrw)
    assert series is not None
    assert elsewhere is not None
    readings = TARGETS["IBNET-NRW-PCT"].readings
    assert series.points[0] == (dt.date(2024, 3, 31), readings[0])
    assert series.baseline == (readings[2], dt.date(2024, 9, 30))
    assert series.target == (TARGETS["IBNET-NRW-PCT"].target, bobo.SPEC.target_date)
    assert series.improved() is True  # lower is better, and it went down
    assert series.target_reached() is False
    assert elsewhere.baseline is None
    assert elsewhere.improved() is None


def test_capacity_grouped_by_level_and_summarised(demo_store: Store) -> None:
    with demo_store.reading() as session:
        ids = listing.capacity_ids(session, PID)
        rows = listing.capacity_rows(session, ids)
        summary = listing.capacity_summary(session, PID)
    levels = [rows[i].level for i in ids]
    assert levels == sorted(levels, key=list(CapacityLevel).index)
    by_level = {s.level: s for s in summary}
    assert by_level[CapacityLevel.INDIVIDUAL].mean_degree == 2.0
    assert by_level[CapacityLevel.TRANSACTIONAL].assessments == 3


def test_budget_totals_convert_with_rates_and_keep_the_rest_apart(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        commands.create(
            session,
            Expense,
            partnership_id=PID,
            date=dt.date(2026, 11, 1),
            category=ExpenseCategory.OTHER,
            amount=75_000,
            currency="USD",
        )
    with demo_store.reading() as session:
        totals = listing.budget_totals(session, PID)
    in_kind = sum(line.amount for line in bobo.SPEC.budget_lines if line.in_kind)
    in_euros = sum(e.amount for e in bobo.EXPENSES if e.currency == "EUR")
    assert (totals.currency, totals.budget, totals.spent) == ("XOF", BUDGET, SPENT)
    assert totals.budget_in_kind == in_kind  # the staff time lent, in XOF
    assert totals.spent_in_kind == sum(e.amount for e in bobo.EXPENSES if e.in_kind)
    assert totals.other_currencies == {"USD": 75_000}  # no dollar rate: apart, not added
    assert totals.converted == {"EUR": in_euros}  # at the recorded parity
    assert totals.remaining == BUDGET - SPENT
    assert totals.used_share == SPENT / BUDGET


def test_partnership_people_and_tracks(demo_store: Store) -> None:
    with demo_store.reading() as session:
        partnerships = listing.partnership_rows(session, listing.partnership_ids(session))
        members = listing.membership_rows(session, listing.membership_ids(session, PID))
        tracks = listing.track_rows(session, listing.track_ids(session, PID))
        links = listing.track_indicator_rows(
            session, listing.track_indicator_ids(session, demo_id("track:nrw"))
        )
    row = partnerships[PID]
    assert (row.mentor, row.mentee) == (MENTOR, MENTEE)
    assert len(members) == len(bobo.PEOPLE)
    followed = sorted(t.code for t in bobo.TARGETS if t.track == "nrw")
    assert tracks[demo_id("track:nrw")].indicators == len(followed)
    assert sorted(link.code for link in links.values()) == followed
