"""Reads of the people learning reached (person-hours, trainees by sex) and of each
track's stage of change; the rules filling blank counts are domain/people.py's."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from wopdesk.domain.overview_view import LearningPeople
from wopdesk.domain.people import People, people_of
from wopdesk.domain.vocab import ChangeStage
from wopdesk.storage import queries
from wopdesk.storage.models import LearningActivity, LearningTrainee, Person, TrackStage

A = LearningActivity


def _named_trainees() -> Any:
    """How many live trainees are named on the activity of the outer query."""
    return (
        select(func.count(LearningTrainee.id))
        .where(LearningTrainee.activity_id == A.id, LearningTrainee.deleted.is_(False))
        .correlate(A)
        .scalar_subquery()
    )


def _participants(named: Any = None) -> ColumnElement[Any]:
    """people_of()'s participants, in SQL: given, else the counts' sum, else the named
    (``named``: their count as a column; by default counted per activity)."""
    any_count = or_(A.women.is_not(None), A.men.is_not(None), A.not_stated.is_not(None))
    counted = func.coalesce(A.women, 0) + func.coalesce(A.men, 0) + func.coalesce(A.not_stated, 0)
    return case(
        (A.participants.is_not(None), A.participants),
        (any_count, counted),
        else_=_named_trainees() if named is None else named,
    )


def _named_by_activity(partnership_id: str) -> Any:
    """How many live trainees are named on each of a partnership's activities, grouped
    in one pass (a count per activity row took ~1 s over 100,000 entries)."""
    T = LearningTrainee
    return (
        select(T.activity_id.label("activity_id"), func.count(T.id).label("named"))
        .join(A, A.id == T.activity_id)
        .where(A.partnership_id == partnership_id, T.deleted.is_(False))
        .group_by(T.activity_id)
        .subquery()
    )


def learning_people(
    session: Session,
    partnership_id: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> LearningPeople:
    """A partnership's learning totals, all time or between two dates (inclusive)."""
    named = _named_by_activity(partnership_id)
    participants = _participants(func.coalesce(named.c.named, 0)).label("participants")
    inner = (
        select(
            A.hours.label("hours"),
            participants,
            func.coalesce(A.women, 0).label("women"),
            func.coalesce(A.men, 0).label("men"),
        )
        .outerjoin(named, named.c.activity_id == A.id)
        .where(A.partnership_id == partnership_id, A.deleted.is_(False))
    )
    if start is not None:
        inner = inner.where(A.date >= start)
    if end is not None:
        inner = inner.where(A.date <= end)
    rows = inner.subquery()
    # Whatever women and men do not describe is not stated (as people_of() says).
    not_stated = func.max(rows.c.participants - rows.c.women - rows.c.men, 0)
    total = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(rows.c.hours), 0),
            func.coalesce(func.sum(rows.c.hours * rows.c.participants), 0),
            func.coalesce(func.sum(rows.c.participants), 0),
            func.coalesce(func.sum(rows.c.women), 0),
            func.coalesce(func.sum(rows.c.men), 0),
            func.coalesce(func.sum(not_stated), 0),
        )
    ).one()
    count, hours, person_hours, *people = total
    return LearningPeople(int(count), float(hours), float(person_hours), People(*map(int, people)))


def activity_people(session: Session, ids: Sequence[str]) -> dict[str, People]:
    """Each activity's people (blank counts filled), for rows of the learning log."""
    if not ids:
        return {}
    rows = session.execute(
        select(A.id, A.participants, A.women, A.men, A.not_stated, _named_trainees()).where(
            A.id.in_(ids)
        )
    )
    return {
        row_id: people_of(participants, women, men, not_stated, named)
        for row_id, participants, women, men, not_stated, named in rows
    }


def trainee_names(session: Session, ids: Sequence[str]) -> dict[str, list[str]]:
    """The named trainees of some activities, by activity id, in name order."""
    names: dict[str, list[str]] = {}
    if not ids:
        return names
    for activity_id, name in session.execute(
        select(LearningTrainee.activity_id, Person.name)
        .join(Person, Person.id == LearningTrainee.person_id)
        .where(LearningTrainee.activity_id.in_(ids), LearningTrainee.deleted.is_(False))
        .order_by(Person.name)
    ):
        names.setdefault(activity_id, []).append(name)
    return names


# --- stage of change ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StageLine:
    """One stage a track reached: when, on what evidence, recorded by whom."""

    id: str
    track_id: str
    stage: ChangeStage
    date: dt.date
    evidence: str | None
    recorded_by: str | None


def _stage_lines(session: Session, *criteria: Any) -> list[StageLine]:
    """Stages matching ``criteria``, newest first (on one date, the last recorded first)."""
    rows = session.execute(
        select(
            TrackStage.id,
            TrackStage.track_id,
            TrackStage.stage,
            TrackStage.date,
            TrackStage.evidence,
            Person.name,
        )
        .outerjoin(Person, Person.id == TrackStage.recorded_by_id)
        .where(TrackStage.deleted.is_(False), *criteria)
        .order_by(TrackStage.date.desc(), TrackStage.created_at.desc(), TrackStage.id)
    )
    return [StageLine(*row) for row in rows]


def stage_history(session: Session, track_id: str) -> list[StageLine]:
    """A track's stages of change, newest first: the first one is its current stage."""
    return _stage_lines(session, TrackStage.track_id == track_id)


def current_stages(session: Session, partnership_id: str) -> dict[str, StageLine]:
    """Each track's current stage (the latest by date), by track id."""
    current: dict[str, StageLine] = {}
    for line in _stage_lines(session, TrackStage.partnership_id == partnership_id):
        current.setdefault(line.track_id, line)
    return current


def stages_of_tracks(session: Session, track_ids: Sequence[str]) -> dict[str, StageLine]:
    """The current stage of some tracks (a block of the tracks table)."""
    current: dict[str, StageLine] = {}
    if track_ids:
        for line in _stage_lines(session, and_(TrackStage.track_id.in_(track_ids))):
            current.setdefault(line.track_id, line)
    return current


@dataclass(frozen=True, slots=True)
class TrackStageRow:
    """A track in the report's stage-of-change section: its current stage, if any."""

    track: str
    stage: ChangeStage | None
    date: dt.date | None
    evidence: str | None


def track_stage_rows(session: Session, partnership_id: str) -> tuple[TrackStageRow, ...]:
    """Every live track of a partnership with its current stage, by title."""
    current = current_stages(session, partnership_id)
    rows = []
    for track in queries.tracks(session, partnership_id):
        line = current.get(track.id)
        if line is None:
            rows.append(TrackStageRow(track.title, None, None, None))
        else:
            rows.append(TrackStageRow(track.title, line.stage, line.date, line.evidence))
    return tuple(rows)


def stage_rows(session: Session, ids: Sequence[str]) -> dict[str, StageLine]:
    """Some stages by id (a block of the history table)."""
    return {line.id: line for line in _stage_lines(session, TrackStage.id.in_(ids))}
