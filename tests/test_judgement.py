"""The judgement of an indicator against its path: baseline, yearly milestones, target."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from wopdesk.domain import judgement as j
from wopdesk.domain.vocab import BetterWhen

D = dt.date
TODAY = D(2026, 1, 1)


def nrw(*milestones: j.Point) -> j.Plan:
    """Non-revenue water, lower is better: 40 % in January 2024, 25 % by January 2027."""
    return j.Plan(BetterWhen.LOWER, 40.0, D(2024, 1, 1), 25.0, D(2027, 1, 1), milestones)


def test_the_expected_value_is_interpolated_on_the_segment_that_holds_the_day() -> None:
    # The path: 40 (2024-01-01) -> 38 (2025-01-01) -> 30 (2026-01-01) -> 25 (2027-01-01).
    plan = nrw((D(2025, 1, 1), 38.0), (D(2026, 1, 1), 30.0))
    assert plan.expected(D(2025, 1, 1)) == 38.0
    # Half-way through 2025 (181 of 365 days) on the 38 -> 30 segment.
    assert plan.expected(D(2025, 7, 1)) == 38.0 - 8.0 * 181 / 365
    assert plan.expected(D(2023, 6, 1)) == 40.0  # before the baseline: the baseline
    assert plan.expected(D(2028, 6, 1)) == 25.0  # after the target date: the target
    # Without milestones the same day lies on the one straight line.
    assert nrw().expected(D(2025, 1, 1)) == 40.0 - 15.0 * 366 / 1096


def test_a_milestone_decides_between_on_track_and_behind() -> None:
    reading = (D(2025, 1, 1), 37.5)
    # The straight line expects 35 by then: 37.5 is 2.5 worse, more than the 1.5 of slack.
    assert j.judge(nrw(), reading, TODAY) == j.BEHIND
    # The agreed milestone (38 at the start of 2025) asks less: on track.
    assert j.judge(nrw((D(2025, 1, 1), 38.0)), reading, TODAY) == j.ON_TRACK


def test_the_reading_is_judged_on_its_own_date_not_today() -> None:
    plan = nrw()
    early = (D(2024, 4, 1), 39.0)  # a quarter in: expected about 38.75
    assert j.judge(plan, early, D(2025, 3, 1)) == j.ON_TRACK


def test_direction_higher_is_better() -> None:
    plan = j.Plan(BetterWhen.HIGHER, 80.0, D(2024, 1, 1), 95.0, D(2026, 1, 1))
    assert j.judge(plan, (D(2025, 1, 1), 95.0), TODAY) == j.REACHED
    assert j.judge(plan, (D(2025, 1, 1), 99.0), TODAY) == j.REACHED
    assert j.judge(plan, (D(2025, 1, 1), 87.0), TODAY) == j.ON_TRACK
    assert j.judge(plan, (D(2025, 1, 1), 84.0), TODAY) == j.BEHIND


def test_direction_lower_is_better() -> None:
    assert j.judge(nrw(), (D(2026, 6, 1), 24.0), TODAY) == j.REACHED
    assert j.judge(nrw(), (D(2026, 6, 1), 45.0), TODAY) == j.BEHIND


def test_a_norm_improves_towards_its_target() -> None:
    # Water per person, nearer the norm is better: from 90 up to 120 litres.
    plan = j.Plan(BetterWhen.NORM, 90.0, D(2024, 1, 1), 120.0, D(2026, 1, 1))
    assert j.judge(plan, (D(2025, 6, 1), 121.0), TODAY) == j.REACHED
    assert j.judge(plan, (D(2025, 1, 1), 92.0), TODAY) == j.BEHIND


def test_no_reading_and_an_old_reading() -> None:
    assert j.judge(nrw(), None, TODAY) == j.NO_DATA
    old = (TODAY - j.MAX_AGE - dt.timedelta(days=1), 20.0)
    assert j.judge(nrw(), old, TODAY) == j.NO_RECENT_DATA
    recent = (TODAY - j.MAX_AGE, 20.0)
    assert j.judge(nrw(), recent, TODAY) == j.REACHED
    no_target = j.Plan(BetterWhen.LOWER, 40.0, D(2024, 1, 1), None, None)
    assert j.judge(no_target, (D(2026, 1, 1), 30.0), TODAY) == j.NO_DATA


def test_milestones_are_put_in_date_order_and_those_outside_the_path_left_out() -> None:
    plan = nrw((D(2026, 1, 1), 30.0), (D(2028, 1, 1), 1.0), (D(2025, 1, 1), 38.0))
    assert plan.path() == [
        (D(2024, 1, 1), 40.0),
        (D(2025, 1, 1), 38.0),
        (D(2026, 1, 1), 30.0),
        (D(2027, 1, 1), 25.0),
    ]


days = st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31))
values = st.floats(min_value=0, max_value=1000, allow_nan=False)


@given(
    baseline=values,
    target=values,
    steps=st.lists(st.tuples(st.integers(1, 3000), values), max_size=5),
    day=st.dates(min_value=D(2022, 1, 1), max_value=D(2031, 1, 1)),
)
def test_the_path_expects_values_between_its_neighbouring_points(
    baseline: float, target: float, steps: list[tuple[int, float]], day: dt.date
) -> None:
    start, end = D(2022, 1, 1), D(2031, 1, 1)
    plan = j.Plan(
        BetterWhen.HIGHER,
        baseline,
        start,
        target,
        end,
        tuple((start + dt.timedelta(days=n), v) for n, v in steps),
    )
    path = plan.path()
    assert [d for d, _v in path] == sorted({d for d, _v in path})
    expected = plan.expected(day)
    assert expected is not None
    before = [p for p in path if p[0] <= day][-1]
    after = next(p for p in path if p[0] >= day)
    low, high = sorted((before[1], after[1]))
    assert low - 1e-9 <= expected <= high + 1e-9


@given(
    better=st.sampled_from([BetterWhen.HIGHER, BetterWhen.LOWER]),
    baseline=values,
    target=values,
    day=st.dates(min_value=D(2024, 1, 1), max_value=D(2026, 12, 1)),
    value=values,
)
def test_mirroring_the_values_mirrors_the_direction(
    better: BetterWhen, baseline: float, target: float, day: dt.date, value: float
) -> None:
    """Higher-is-better judged on x is lower-is-better judged on -x: the same verdict."""
    other = BetterWhen.LOWER if better == BetterWhen.HIGHER else BetterWhen.HIGHER
    start, end = D(2024, 1, 1), D(2027, 1, 1)
    plan = j.Plan(better, baseline, start, target, end, ((D(2025, 1, 1), (baseline + target) / 2),))
    mirror = j.Plan(
        other, -baseline, start, -target, end, ((D(2025, 1, 1), -(baseline + target) / 2),)
    )
    assert j.judge(plan, (day, value), TODAY) == j.judge(mirror, (day, -value), TODAY)


@given(baseline=values, gain=st.floats(0.01, 500), day=days, better=st.floats(0, 100))
def test_a_better_reading_never_gets_a_worse_verdict(
    baseline: float, gain: float, day: dt.date, better: float
) -> None:
    order = [j.BEHIND, j.ON_TRACK, j.REACHED]
    plan = j.Plan(BetterWhen.HIGHER, baseline, D(2020, 1, 1), baseline + gain, D(2030, 1, 1))
    today = day
    worse = j.judge(plan, (day, baseline), today)
    improved = j.judge(plan, (day, baseline + better), today)
    assert order.index(improved) >= order.index(worse)
