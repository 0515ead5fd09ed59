"""Reporting periods and progress records: the period arithmetic, the rules, approval."""

import datetime as dt
from pathlib import Path

import pytest

from tests.migration_support import database_at
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import vocab as v
from wopdesk.domain.i18n import set_language
from wopdesk.domain.periods import (
    parse_period,
    partnership_periods,
    period_containing,
    period_of,
    periods_between,
    span_label,
)
from wopdesk.errors import ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage import progress, queries
from wopdesk.storage.store import Store

D = dt.date
Q, H, Y = v.PeriodKind.QUARTER, v.PeriodKind.HALF_YEAR, v.PeriodKind.YEAR
APPROVED = demo_id("progress:0")  # the demo's 2026 Q2, approved by both partners
DRAFT = demo_id("progress:1")  # its 2026 Q3, not approved yet
MENTOR = demo_id("person:maria")
MENTEE = demo_id("person:aissatou")
COORDINATOR = demo_id("person:clara")


# --- periods -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "day", "start", "end", "code", "label"),
    [
        (Q, D(2026, 8, 15), D(2026, 7, 1), D(2026, 9, 30), "2026-Q3", "2026 Q3"),
        (Q, D(2024, 2, 29), D(2024, 1, 1), D(2024, 3, 31), "2024-Q1", "2024 Q1"),
        (Q, D(2025, 12, 31), D(2025, 10, 1), D(2025, 12, 31), "2025-Q4", "2025 Q4"),
        (H, D(2026, 6, 30), D(2026, 1, 1), D(2026, 6, 30), "2026-H1", "2026 H1"),
        (H, D(2026, 7, 1), D(2026, 7, 1), D(2026, 12, 31), "2026-H2", "2026 H2"),
        (Y, D(2026, 3, 3), D(2026, 1, 1), D(2026, 12, 31), "2026", "2026"),
    ],
)
def test_the_period_holding_a_day(
    kind: v.PeriodKind, day: dt.date, start: dt.date, end: dt.date, code: str, label: str
) -> None:
    period = period_containing(kind, day)
    assert (period.start, period.end, period.code, period.label) == (start, end, code, label)
    assert period.contains(day)
    assert parse_period(code) == period
    assert parse_period(label.lower()) == period
    assert period_of(start, end) == period


@pytest.mark.parametrize(
    ("language", "quarter", "half"),
    [("en", "2026 Q3", "2026 H1"), ("fr", "T3 2026", "S1 2026"), ("es", "T3 2026", "S1 2026")],
)
def test_a_period_reads_in_the_readers_language(language: str, quarter: str, half: str) -> None:
    set_language(language)
    try:
        assert period_containing(Q, D(2026, 8, 15)).label == quarter
        assert period_containing(H, D(2026, 2, 1)).label == half
        assert period_containing(Y, D(2026, 2, 1)).label == "2026"
        assert period_containing(Q, D(2026, 8, 15)).code == "2026-Q3"  # what the CLI takes
        assert parse_period(quarter.lower()) == period_containing(Q, D(2026, 8, 15))
        assert parse_period(half) == period_containing(H, D(2026, 2, 1))
        assert parse_period("2026-Q3") == period_containing(Q, D(2026, 8, 15))
        assert parse_period("T5 2026") is None
    finally:
        set_language(None)


def test_periods_run_from_the_start_to_the_end_or_today() -> None:
    quarters = partnership_periods(Q, D(2024, 3, 18), None, today=D(2025, 1, 5))
    assert [p.code for p in quarters] == [
        "2024-Q1",
        "2024-Q2",
        "2024-Q3",
        "2024-Q4",
        "2025-Q1",
    ]
    halves = partnership_periods(H, D(2024, 3, 18), D(2025, 7, 1))
    assert [p.label for p in halves] == ["2024 H1", "2024 H2", "2025 H1", "2025 H2"]
    assert [p.code for p in partnership_periods(Y, D(2024, 3, 18), D(2026, 1, 1))] == [
        "2024",
        "2025",
        "2026",
    ]
    assert partnership_periods(Q, None, None) == []
    # Periods follow one another with no gap and no overlap.
    for before, after in zip(quarters, quarters[1:], strict=False):
        assert after.start == before.end + dt.timedelta(days=1)


def test_odd_spans_and_bad_codes() -> None:
    assert periods_between(Q, D(2026, 5, 1), D(2026, 4, 1)) == []
    assert period_of(D(2026, 2, 1), D(2026, 5, 31)) is None
    assert span_label(D(2026, 2, 1), D(2026, 5, 31)) == "2026-02-01 – 2026-05-31"
    for text in ("2026-Q5", "2026-H3", "Q3", "26-Q1", "", "2026-Q"):
        assert parse_period(text) is None, text


# --- storage -----------------------------------------------------------------------------


def _new(session: object, **values: object) -> m.ProgressRecord:
    return cmd.create(
        session,  # type: ignore[arg-type]
        m.ProgressRecord,
        partnership_id=DEMO_PARTNERSHIP_ID,
        **{"period_start": D(2026, 1, 1), "period_end": D(2026, 3, 31), **values},
    )


def test_a_partnership_reports_quarterly_unless_told_otherwise(demo_store: Store) -> None:
    with demo_store.reading() as session:
        partnership = session.get(m.Partnership, DEMO_PARTNERSHIP_ID)
        assert partnership is not None
        assert partnership.reporting_period is None  # none said: quarters
        rows = progress.period_rows(session, DEMO_PARTNERSHIP_ID, today=D(2026, 12, 4))
    assert rows[0].label == "2026 Q4"
    assert rows[-1].label == "2024 Q1"
    by_label = {row.label: row for row in rows}
    assert by_label["2026 Q2"].record_id == APPROVED
    assert by_label["2026 Q2"].approved
    assert by_label["2026 Q3"].status == v.ProgressStatus.AT_RISK
    assert not by_label["2026 Q3"].approved
    assert progress.latest_with_record(rows) == by_label["2026 Q3"]


def test_none_said_is_quarters_in_one_place(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        cmd.update(session, m.Partnership, DEMO_PARTNERSHIP_ID, reporting_period=H)
    with demo_store.reading() as session:
        partnership = session.get_one(m.Partnership, DEMO_PARTNERSHIP_ID)
        assert progress.reporting_kind(partnership) == H
        partnership.reporting_period = None
        assert progress.reporting_kind(partnership) == Q
    assert progress.reporting_kind(None) == Q


def test_a_record_is_saved_and_read_back(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        record_id = _new(session, summary="A good start.", author_id=COORDINATOR).id
    with demo_store.reading() as session:
        record = cmd.get(session, m.ProgressRecord, record_id)
        assert (record.summary, record.status, record.approved) == (
            "A good start.",
            v.ProgressStatus.ON_TRACK,
            False,
        )


@pytest.mark.parametrize(
    ("values", "sentence"),
    [
        (
            {"period_start": D(2026, 5, 1), "period_end": D(2026, 8, 31)},
            "the period 2026-05-01 – 2026-08-31 overlaps the period 2026 Q2",
        ),
        ({"period_end": D(2025, 12, 31)}, "is before period start"),
        ({"status": v.ProgressStatus.OFF_TRACK}, "say why the partnership is off track"),
        ({"mentor_approver_id": MENTEE, "mentor_approved_on": D(2026, 4, 2)}, "not a member"),
        ({"mentee_approver_id": MENTOR, "mentee_approved_on": D(2026, 4, 2)}, "of the mentee"),
        ({"mentor_approver_id": MENTOR}, "needs a person and a date"),
    ],
)
def test_bad_records_are_refused_with_one_sentence(
    demo_store: Store, values: dict[str, object], sentence: str
) -> None:
    with pytest.raises(ValidationError, match=sentence), demo_store.transaction() as session:
        _new(session, summary="x", **values)
    with demo_store.reading() as session:
        assert len(progress.records(session, DEMO_PARTNERSHIP_ID)) == 2


def test_someone_outside_the_partnership_cannot_approve(
    demo_store: Store, second_partnership: str
) -> None:
    with pytest.raises(ValidationError, match="Aïssata Traoré is not a member of the mentee"):
        with demo_store.transaction() as session:
            cmd.create(
                session,
                m.ProgressRecord,
                partnership_id=second_partnership,
                period_start=D(2026, 1, 1),
                period_end=D(2026, 3, 31),
                summary="x",
                mentee_approver_id=MENTEE,
                mentee_approved_on=D(2026, 4, 1),
            )


def test_an_approved_record_is_read_only_until_reopened(demo_store: Store) -> None:
    refused = "This progress record is approved; reopen it before editing."
    with pytest.raises(ValidationError, match=refused), demo_store.transaction() as session:
        cmd.update(session, m.ProgressRecord, APPROVED, summary="changed")
    with pytest.raises(ValidationError, match="before deleting"), demo_store.transaction() as s:
        cmd.delete(s, m.ProgressRecord, APPROVED)
    with demo_store.transaction() as session:
        cmd.reopen_progress(session, APPROVED)
        cmd.update(session, m.ProgressRecord, APPROVED, summary="changed")
    with demo_store.reading() as session:
        record = cmd.get(session, m.ProgressRecord, APPROVED)
        assert record.summary == "changed"
        assert record.mentor_approver_id is None
        assert not record.approved


def test_both_partners_approve(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        cmd.approve_progress(session, DRAFT, "mentor", MENTOR, "Cheffe de division", D(2026, 10, 9))
        assert not cmd.get(session, m.ProgressRecord, DRAFT).approved
    with demo_store.transaction() as session:
        cmd.approve_progress(session, DRAFT, "mentee", MENTEE, None, D(2026, 10, 10))
    with demo_store.reading() as session:
        record = cmd.get(session, m.ProgressRecord, DRAFT)
        assert record.approved
        assert record.mentor_approver_role == "Cheffe de division"
        assert record.mentee_approver_role is None


def test_an_edit_after_one_approval_withdraws_it_with_a_note(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        cmd.approve_progress(session, DRAFT, "mentor", MENTOR, "Cheffe de division", D(2026, 10, 9))
    with demo_store.transaction() as session:
        cmd.update(session, m.ProgressRecord, DRAFT, lessons="Still editable.")
    with demo_store.reading() as session:
        record = cmd.get(session, m.ProgressRecord, DRAFT)
        assert record.lessons == "Still editable."  # one approval does not lock
        assert record.mentor_approver_id is None
        assert record.mentor_approved_on is None
        assert record.approval_note == (
            f"Approval by the mentor withdrawn on {dt.date.today().isoformat()}: "
            "the record was edited. Approve it again."
        )
    with demo_store.transaction() as session:
        cmd.approve_progress(session, DRAFT, "mentor", MENTOR, None, D(2026, 10, 11))
    with demo_store.reading() as session:
        record = cmd.get(session, m.ProgressRecord, DRAFT)
        assert record.mentor_approved_on == D(2026, 10, 11)
        assert record.approval_note is None


def test_an_edit_of_an_unapproved_record_writes_no_note(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        cmd.update(session, m.ProgressRecord, DRAFT, lessons="Draft.")
    with demo_store.reading() as session:
        assert cmd.get(session, m.ProgressRecord, DRAFT).approval_note is None


def test_a_record_without_a_summary_cannot_be_approved(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        record_id = _new(session).id
    with pytest.raises(ValidationError, match="Write the summary"), demo_store.transaction() as s:
        cmd.approve_progress(s, record_id, "mentor", MENTOR, None, D(2026, 4, 1))


def test_migration_0006_keeps_existing_partnerships(tmp_path: Path) -> None:
    database_at(tmp_path, "0005")
    store = Store.open(tmp_path)
    with store.reading() as session:
        old = session.get(m.Partnership, "p")
        assert old is not None
        assert (old.title, old.reporting_period) == ("Old WOP", v.PeriodKind.QUARTER)
    store.close()


def test_progress_records_are_searchable(demo_store: Store) -> None:
    with demo_store.reading() as session:
        (hit,) = queries.search(session, "saison des pluies")  # the draft's lessons
        assert (hit.entity, hit.row_id) == ("progress_record", DRAFT)
    with demo_store.transaction() as session:
        cmd.update(session, m.ProgressRecord, DRAFT, lessons="Partir tôt.")
    with demo_store.reading() as session:
        assert queries.search(session, "saison des pluies") == []
        assert queries.search(session, "partir tôt")[0].row_id == DRAFT


def test_changing_the_reporting_period_keeps_the_records_of_the_old_one(
    demo_store: Store,
) -> None:
    with demo_store.transaction() as session:
        cmd.update(session, m.Partnership, DEMO_PARTNERSHIP_ID, reporting_period=H)
    with demo_store.reading() as session:
        rows = progress.period_rows(session, DEMO_PARTNERSHIP_ID, today=D(2026, 12, 4))
    labels = [row.label for row in rows]
    # The quarters with a record stay; the half-years they are part of are not offered
    # (a record for them would overlap).
    assert labels == ["2026 Q3", "2026 Q2", "2025 H2", "2025 H1", "2024 H2", "2024 H1"]
    assert [r.record_id for r in rows if r.record_id] == [DRAFT, APPROVED]
