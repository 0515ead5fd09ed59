"""Indicator milestones: what is refused (one sentence, nothing written), and the demo's."""

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import judgement
from wopdesk.errors import ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import milestones
from wopdesk.storage import models as m
from wopdesk.storage.overview import indicator_statuses
from wopdesk.storage.store import Store

D = dt.date
# Bobo's non-revenue water: baseline 27.6 % on 2024-09-30, target 22 % by 2027-06-30,
# milestones 26.5 % (2025-06-30) and 24.5 % (2026-06-30).
NRW = demo_id("track_indicator:IBNET-NRW-PCT")
PIPE_BREAKS = demo_id("track_indicator:IBNET-PIPE-BREAKS")  # no milestones in the demo


def count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(
            select(func.count(m.IndicatorMilestone.id)).where(
                m.IndicatorMilestone.deleted.is_(False)
            )
        )


def add(store: Store, target: str = NRW, **values: Any) -> None:
    with store.transaction() as session:
        cmd.create(
            session,
            m.IndicatorMilestone,
            partnership_id=DEMO_PARTNERSHIP_ID,
            track_indicator_id=target,
            **values,
        )


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"date": D(2027, 9, 30), "value": 22.5},
            r"^Milestone: its date \(30 September 2027\) must come before the target date "
            r"\(30 June 2027\)\.$",
        ),
        (
            {"date": D(2024, 6, 30), "value": 27.0},
            r"^Milestone: its date \(30 June 2024\) must come after the baseline date "
            r"\(30 September 2024\)\.$",
        ),
        (
            {"date": D(2026, 12, 31), "value": 24.0},
            r"^Milestone: this target already has a milestone in 2026 \(30 June 2026\)\.$",
        ),
        (
            {"date": D(2027, 3, 31), "value": 120.0},
            r"^Milestone: 120 is outside the valid range of Non-revenue water "
            r"\(% of water supplied\) \(0 to 100\)\.$",
        ),
        ({"date": D(2027, 3, 31), "value": None}, r"^Milestone: Value is required\.$"),
    ],
    ids=["after-target", "before-baseline", "same-year", "out-of-range", "no-value"],
)
def test_a_milestone_that_does_not_fit_is_refused_and_nothing_written(
    demo_store: Store, values: dict[str, Any], message: str
) -> None:
    before = count(demo_store)
    with pytest.raises(ValidationError, match=message):
        add(demo_store, **values)
    assert count(demo_store) == before


def test_a_milestone_on_the_target_date_itself_is_refused(demo_store: Store) -> None:
    with pytest.raises(ValidationError, match="must come before the target date"):
        add(demo_store, date=D(2027, 6, 30), value=22.0)


def test_moving_a_milestone_into_another_milestones_year_is_refused(demo_store: Store) -> None:
    ids = [demo_id(f"milestone:IBNET-NRW-PCT:{year}") for year in (2025, 2026)]
    with pytest.raises(ValidationError, match="already has a milestone in 2026"):
        with demo_store.transaction() as session:
            cmd.update(session, m.IndicatorMilestone, ids[0], date=D(2026, 3, 31))
    with demo_store.reading() as session:
        assert session.get(m.IndicatorMilestone, ids[0]).date == D(2025, 6, 30)
    # Moving it within its own year is no clash with itself.
    with demo_store.transaction() as session:
        cmd.update(session, m.IndicatorMilestone, ids[0], date=D(2025, 3, 31))


def test_a_target_without_dates_takes_no_milestone(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        cmd.update(session, m.TrackIndicator, PIPE_BREAKS, baseline_date=None)
    with pytest.raises(ValidationError, match="baseline date and target date first"):
        add(demo_store, PIPE_BREAKS, date=D(2025, 12, 31), value=1.5)


def test_check_all_finds_a_milestone_a_new_target_date_leaves_behind(demo_store: Store) -> None:
    with pytest.raises(ValidationError, match="must come before the target date"):
        with demo_store.transaction() as session:
            cmd.update(session, m.TrackIndicator, NRW, target_date=D(2026, 3, 31))
            milestones.check_all(session, NRW)
    with demo_store.reading() as session:
        assert session.get(m.TrackIndicator, NRW).target_date == D(2027, 6, 30)


def test_the_demo_milestones_lie_on_the_way_and_the_overview_judges_with_them(
    demo_store: Store,
) -> None:
    with demo_store.reading() as session:
        assert milestones.milestone_points(session, NRW) == (
            (D(2025, 6, 30), 26.5),
            (D(2026, 6, 30), 24.5),
        )
        statuses = {
            s.code: s.status
            for s in indicator_statuses(session, DEMO_PARTNERSHIP_ID, D(2026, 12, 4))
        }
    assert statuses["IBNET-NRW-PCT"] == judgement.ON_TRACK
    # Judged far later, the last reading (September 2026) is no recent data.
    with demo_store.reading() as session:
        late = {
            s.code: s.status
            for s in indicator_statuses(session, DEMO_PARTNERSHIP_ID, D(2028, 12, 4))
        }
    assert late["IBNET-NRW-PCT"] == judgement.NO_RECENT_DATA


def test_deleting_a_target_takes_its_milestones_with_it(demo_store: Store) -> None:
    before = count(demo_store)
    with demo_store.transaction() as session:
        cmd.delete(session, m.TrackIndicator, NRW)
    assert count(demo_store) == before - 2


def test_the_progress_report_prints_each_indicators_milestone_aware_judgement(
    demo_store: Store, tmp_path: Path
) -> None:
    from tests.test_reports import whole_text
    from wopdesk.reports.progress import build_progress_report
    from wopdesk.reports.sections import judgement_text
    from wopdesk.storage.report_data import indicator_statuses as report_statuses

    today = D(2026, 11, 20)
    out = build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, tmp_path / "p.pdf", today=today)
    text = " ".join(whole_text(out.path).split())
    with demo_store.reading() as session:
        statuses = report_statuses(session, DEMO_PARTNERSHIP_ID, up_to=today)
        overview = {
            s.code: s.status for s in indicator_statuses(session, DEMO_PARTNERSHIP_ID, today)
        }
    assert "Judgement" in text
    for status in statuses:
        # The report and the Overview judge alike, and the report prints it.
        assert status.judgement() == overview[status.code]
        assert judgement_text(status.judgement()) in text
    nrw = next(s for s in statuses if s.code == "IBNET-NRW-PCT")
    assert nrw.milestones == ((D(2025, 6, 30), 26.5), (D(2026, 6, 30), 24.5))
    # Without its milestones the straight line asks more than the NRW reading gives.
    assert judgement.judge(replace(nrw, milestones=()).plan(), nrw.latest, today) == (
        judgement.BEHIND
    )
    assert nrw.judgement() == judgement.ON_TRACK
