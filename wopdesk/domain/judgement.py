"""One judgement of an indicator's progress, used by every page and report that shows one.

The Overview and the Indicators page once judged the same reading differently ("Behind
plan" on one, "Better than the baseline" on the other). Both now ask this module.
"""

import datetime as dt

REACHED = "reached"
ON_TRACK = "on_track"
BEHIND = "behind"
NO_DATA = "no_data"
# A tenth of the way of slack, so a partnership is not "behind" by a rounding.
SLACK = 0.1


def progress(baseline: float | None, target: float | None, latest: float | None) -> float | None:
    """How far along the way from baseline to target the latest value is (1 = there)."""
    if baseline is None or target is None or latest is None or target == baseline:
        return None
    # The sign of (target - baseline) says which way is better, whatever the catalogue says.
    return (latest - baseline) / (target - baseline)


def judge(
    baseline: float | None,
    baseline_date: dt.date | None,
    target: float | None,
    target_date: dt.date | None,
    latest: float | None,
    today: dt.date,
) -> str:
    """``reached``, ``on_track``, ``behind`` or ``no_data``, against the straight path
    from the baseline (at its date) to the target (at its date)."""
    done = progress(baseline, target, latest)
    if done is None:
        return NO_DATA
    if done >= 1:
        return REACHED
    if baseline_date is None or target_date is None or target_date <= baseline_date:
        expected = 0.0
    else:
        elapsed = (today - baseline_date).days / (target_date - baseline_date).days
        expected = min(1.0, max(0.0, elapsed))
    return ON_TRACK if done >= expected - SLACK else BEHIND
