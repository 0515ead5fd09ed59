"""One judgement of an indicator's progress, used by every page and report that shows one.

The Overview and the Indicators page once judged the same reading differently ("Behind
plan" on one, "Better than the baseline" on the other). Both now ask this module, as do
the charts and the reports. The rule, with a worked example, is in docs/judgement.md.

A target's agreed path runs in straight lines from the baseline (value, date) through
each yearly milestone to the target (value, date). The latest reading is compared with
the value the path expected on that reading's date.
"""

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from wopdesk.domain.vocab import BetterWhen

REACHED = "reached"
ON_TRACK = "on_track"
BEHIND = "behind"
NO_DATA = "no_data"
NO_RECENT_DATA = "no_recent_data"
# A tenth of the way of slack, so a partnership is not "behind" by a rounding.
SLACK = 0.1
# A reading older than this says nothing about today: a yearly indicator's cycle and a
# half, so an indicator measured once a year is judged until half a year after it was due.
MAX_AGE = dt.timedelta(days=548)

Point = tuple[dt.date, float]


@dataclass(frozen=True, slots=True)
class Plan:
    """What was agreed for one indicator: where it starts, its milestones, where it ends."""

    better_when: BetterWhen
    baseline: float | None
    baseline_date: dt.date | None
    target: float | None
    target_date: dt.date | None
    milestones: tuple[Point, ...] = ()

    def direction(self) -> int:
        """+1 when a higher value is better, -1 when lower is; towards the target for a norm."""
        if self.better_when == BetterWhen.HIGHER:
            return 1
        if self.better_when == BetterWhen.LOWER:
            return -1
        if self.baseline is None or self.target is None:
            return 1
        return 1 if self.target >= self.baseline else -1

    def path(self) -> list[Point]:
        """Baseline, milestones and target in date order; [] without both end dates.

        A milestone outside the baseline and target dates (refused when typed, but one could
        arrive by sync from a replica that checked less) is left out, not trusted.
        """
        if (
            self.baseline is None
            or self.target is None
            or self.baseline_date is None
            or self.target_date is None
            or self.target_date <= self.baseline_date
        ):
            return []
        start, end = self.baseline_date, self.target_date
        steps: dict[dt.date, float] = {}
        for day, value in self.milestones:
            if start < day < end:
                steps.setdefault(day, value)
        return [(start, self.baseline), *sorted(steps.items()), (end, self.target)]

    def expected(self, day: dt.date) -> float | None:
        """The value the path expects on ``day``: interpolated on the segment holding it,
        the baseline before the path starts and the target after it ends."""
        path = self.path()
        if not path:
            return self.baseline
        if day <= path[0][0]:
            return path[0][1]
        if day >= path[-1][0]:
            return path[-1][1]
        index = bisect_right([when for when, _value in path], day)
        (d0, v0), (d1, v1) = path[index - 1], path[index]
        return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days


def progress(baseline: float | None, target: float | None, latest: float | None) -> float | None:
    """How far along the way from baseline to target the latest value is (1 = there)."""
    if baseline is None or target is None or latest is None or target == baseline:
        return None
    return (latest - baseline) / (target - baseline)


def judge(plan: Plan, latest: Point | None, today: dt.date) -> str:
    """``reached``, ``on_track``, ``behind``, ``no_data`` or ``no_recent_data``.

    ``latest`` is the newest reading (its date, its value). No reading, or no baseline or
    target, is ``no_data``; a reading older than ``MAX_AGE`` on ``today`` is
    ``no_recent_data``. Otherwise a reading at or beyond the target (in the better
    direction) is ``reached``; one no worse than the path expected on its date, less a
    tenth of the whole way, is ``on_track``; anything worse is ``behind``.
    """
    if latest is None or plan.baseline is None or plan.target is None:
        return NO_DATA
    day, value = latest
    if today - day > MAX_AGE:
        return NO_RECENT_DATA
    sign = plan.direction()
    if sign * (value - plan.target) >= 0:
        return REACHED
    expected = plan.expected(day)
    assert expected is not None  # a plan with a baseline always expects something
    slack = SLACK * abs(plan.target - plan.baseline)
    return ON_TRACK if sign * (value - expected) >= -slack else BEHIND


def plan_of(
    better_when: BetterWhen,
    baseline: tuple[float, dt.date | None] | None,
    target: tuple[float, dt.date | None] | None,
    milestones: Sequence[Point] = (),
) -> Plan:
    """A plan from (value, date) pairs, as pages and reports hold them."""
    return Plan(
        better_when,
        baseline[0] if baseline else None,
        baseline[1] if baseline else None,
        target[0] if target else None,
        target[1] if target else None,
        tuple(milestones),
    )
