"""Indicator milestones: the checks a milestone must pass against its target, and reads.

A milestone lies strictly between its target's baseline date and target date, is the
only one of its target in its year, and stays inside its indicator's valid range. These
checks need the target and the other milestones, so they run beside the domain rules at
every save (``store.check_new`` and ``store.check_record``).
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain.catalogue import indicator_text
from wopdesk.domain.i18n import format_date, translate
from wopdesk.domain.rules import figure
from wopdesk.errors import ValidationError
from wopdesk.storage.models import Indicator, IndicatorMilestone, TrackIndicator

Point = tuple[dt.date, float]


def check_milestone(session: Session, values: Mapping[str, Any]) -> None:
    """Refuse, with one sentence, a milestone that does not fit its target."""
    day, value = values.get("date"), values.get("value")
    target = session.get(TrackIndicator, values.get("track_indicator_id"))
    if target is None or not isinstance(day, dt.date) or value is None:
        return  # the required-field rules have said what is missing
    _check_dates(target, day)
    _check_year(session, values, day)
    _check_range(session.get(Indicator, target.indicator_id), float(value))


def _check_dates(target: TrackIndicator, day: dt.date) -> None:
    if target.baseline_date is None or target.target_date is None:
        message = translate(
            "storage", "Milestone: give the target's baseline date and target date first."
        )
        raise ValidationError(message, "date")
    if day >= target.target_date:
        message = translate(
            "storage", "Milestone: its date ({date}) must come before the target date ({target})."
        )
        raise ValidationError(
            message.format(date=format_date(day), target=format_date(target.target_date)), "date"
        )
    if day <= target.baseline_date:
        message = translate(
            "storage",
            "Milestone: its date ({date}) must come after the baseline date ({baseline}).",
        )
        raise ValidationError(
            message.format(date=format_date(day), baseline=format_date(target.baseline_date)),
            "date",
        )


def _check_year(session: Session, values: Mapping[str, Any], day: dt.date) -> None:
    query = select(IndicatorMilestone.date).where(
        IndicatorMilestone.track_indicator_id == values.get("track_indicator_id"),
        IndicatorMilestone.deleted.is_(False),
        IndicatorMilestone.date >= dt.date(day.year, 1, 1),
        IndicatorMilestone.date <= dt.date(day.year, 12, 31),
    )
    if values.get("id") is not None:
        query = query.where(IndicatorMilestone.id != values["id"])
    other = session.scalars(query).first()
    if other is not None:
        message = translate(
            "storage", "Milestone: this target already has a milestone in {year} ({date})."
        )
        raise ValidationError(message.format(year=day.year, date=format_date(other)), "date")


def _check_range(indicator: Indicator | None, value: float) -> None:
    if indicator is None:
        return
    low, high = indicator.min_value, indicator.max_value
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = translate("rules", "{low} to {high}").format(
            low="-∞" if low is None else figure(low), high="∞" if high is None else figure(high)
        )
        message = translate(
            "storage", "Milestone: {value} is outside the valid range of {indicator} ({bounds})."
        )
        raise ValidationError(
            message.format(
                value=figure(value), indicator=indicator_text(indicator, "name"), bounds=bounds
            ),
            "value",
        )


def check_all(session: Session, track_indicator_id: str) -> None:
    """Check every live milestone of a target again (after its dates changed)."""
    for milestone in live_milestones(session, track_indicator_id):
        check_milestone(session, milestone.values())


def live_milestones(session: Session, track_indicator_id: str) -> list[IndicatorMilestone]:
    """A target's milestones, oldest first."""
    return list(
        session.scalars(
            select(IndicatorMilestone)
            .where(
                IndicatorMilestone.track_indicator_id == track_indicator_id,
                IndicatorMilestone.deleted.is_(False),
            )
            .order_by(IndicatorMilestone.date)
        )
    )


def milestone_points(session: Session, track_indicator_id: str | None) -> tuple[Point, ...]:
    """A target's milestones as (date, value), oldest first; () for no target."""
    if track_indicator_id is None:
        return ()
    return tuple((m.date, m.value) for m in live_milestones(session, track_indicator_id))


class MilestoneRow(NamedTuple):
    """A milestone as a form holds it: its id when stored already, its date and value."""

    id: str | None
    date: dt.date | None
    value: float | None


def save_milestones(session: Session, target: TrackIndicator, rows: Sequence[MilestoneRow]) -> None:
    """Make a target's milestones be ``rows``: removed ones deleted, changed ones updated,
    new ones created; then every milestone is checked against the target as it is now."""
    from wopdesk.storage import commands  # commands imports the store, which imports us

    stored = {m.id: m for m in live_milestones(session, target.id)}
    kept = {row.id for row in rows if row.id is not None}
    for milestone_id in stored.keys() - kept:
        commands.delete(session, IndicatorMilestone, milestone_id)
    for row in rows:
        if row.id is not None and row.id in stored:
            commands.update(session, IndicatorMilestone, row.id, date=row.date, value=row.value)
    for row in rows:
        if row.id is None or row.id not in stored:
            commands.create(
                session,
                IndicatorMilestone,
                partnership_id=target.partnership_id,
                track_indicator_id=target.id,
                date=row.date,
                value=row.value,
            )
    session.flush()
    check_all(session, target.id)
