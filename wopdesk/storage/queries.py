"""Reads shared by the UI, reports, sync and the command line; no caller writes SQL."""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, func, or_, select, text
from sqlalchemy.orm import Session

from wopdesk.domain.vocab import ActionStatus, LearningForm, Role
from wopdesk.storage.models import (
    Action,
    Attachment,
    Conflict,
    DiagnosisFinding,
    ImprovementTrack,
    Indicator,
    IndicatorReading,
    LearningActivity,
    LearningTrainee,
    Membership,
    Partnership,
    Person,
    SiteVisit,
    SyncedRecord,
    TrackIndicator,
    Utility,
    VisitParticipant,
)

R = TypeVar("R", bound=SyncedRecord)


def live(session: Session, model: type[R], *where: object, order_by: object = None) -> list[R]:
    """All non-deleted records of a kind matching ``where``."""
    query = select(model).where(model.deleted.is_(False), *where)  # type: ignore[arg-type]
    if order_by is not None:
        query = query.order_by(order_by)  # type: ignore[arg-type]
    return list(session.scalars(query))


def partnerships(session: Session) -> list[Partnership]:
    return live(session, Partnership, order_by=Partnership.title)


def utilities(session: Session) -> list[Utility]:
    return live(session, Utility, order_by=Utility.name)


def people(session: Session, utility_ids: Sequence[str] | None = None) -> list[Person]:
    where = [Person.utility_id.in_(utility_ids)] if utility_ids is not None else []
    return live(session, Person, *where, order_by=Person.name)


def partnership_people(session: Session, partnership: Partnership) -> list[Person]:
    """People of both utilities and every member of the partnership."""
    member_ids = select(Membership.person_id).where(
        Membership.partnership_id == partnership.id, Membership.deleted.is_(False)
    )
    return live(
        session,
        Person,
        Person.utility_id.in_([partnership.mentor_utility_id, partnership.mentee_utility_id])
        | Person.id.in_(member_ids),
        order_by=Person.name,
    )


def memberships(session: Session, partnership_id: str) -> list[tuple[Person, Role]]:
    rows = session.execute(
        select(Person, Membership.role)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.partnership_id == partnership_id, Membership.deleted.is_(False))
        .order_by(Membership.role, Person.name)
    )
    return [(person, role) for person, role in rows]


def tracks(session: Session, partnership_id: str) -> list[ImprovementTrack]:
    return live(
        session,
        ImprovementTrack,
        ImprovementTrack.partnership_id == partnership_id,
        order_by=ImprovementTrack.title,
    )


def track_indicators(session: Session, partnership_id: str) -> list[TrackIndicator]:
    return live(session, TrackIndicator, TrackIndicator.partnership_id == partnership_id)


def indicators(session: Session, partnership_id: str | None = None) -> list[Indicator]:
    """The built-in indicators, shared custom ones, and those of ``partnership_id``."""
    own: ColumnElement[bool] = Indicator.partnership_id.is_(None)
    if partnership_id is not None:
        own = or_(own, Indicator.partnership_id == partnership_id)
    return live(session, Indicator, own, order_by=Indicator.code)


def visits(session: Session, partnership_id: str) -> list[SiteVisit]:
    return live(
        session,
        SiteVisit,
        SiteVisit.partnership_id == partnership_id,
        order_by=SiteVisit.start_date.desc(),
    )


def latest_visit(session: Session) -> SiteVisit | None:
    """The visit that started last, across partnerships."""
    return session.scalars(
        select(SiteVisit)
        .where(SiteVisit.deleted.is_(False))
        .order_by(SiteVisit.start_date.desc(), SiteVisit.created_at.desc())
        .limit(1)
    ).first()


def visit_participants(session: Session, visit_id: str) -> list[VisitParticipant]:
    return live(session, VisitParticipant, VisitParticipant.visit_id == visit_id)


def findings(
    session: Session, partnership_id: str, visit_id: str | None = None
) -> list[DiagnosisFinding]:
    where = [DiagnosisFinding.partnership_id == partnership_id]
    if visit_id is not None:
        where.append(DiagnosisFinding.visit_id == visit_id)
    return live(session, DiagnosisFinding, *where, order_by=DiagnosisFinding.priority)


def actions(session: Session, partnership_id: str, visit_id: str | None = None) -> list[Action]:
    where = [Action.partnership_id == partnership_id]
    if visit_id is not None:
        where.append(Action.visit_id == visit_id)
    return live(session, Action, *where, order_by=Action.due_date)


def overdue_actions(session: Session, partnership_id: str, today: dt.date) -> list[Action]:
    return live(
        session,
        Action,
        Action.partnership_id == partnership_id,
        Action.due_date < today,
        Action.status.in_([ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED]),
        order_by=Action.due_date,
    )


def learning(
    session: Session, partnership_id: str, visit_id: str | None = None
) -> list[LearningActivity]:
    where = [LearningActivity.partnership_id == partnership_id]
    if visit_id is not None:
        where.append(LearningActivity.visit_id == visit_id)
    return live(session, LearningActivity, *where, order_by=LearningActivity.date)


def learning_ids(session: Session, partnership_id: str) -> list[str]:
    """Ids only, newest first: what a lazy table model needs to open instantly."""
    return list(
        session.scalars(
            select(LearningActivity.id)
            .where(
                LearningActivity.partnership_id == partnership_id,
                LearningActivity.deleted.is_(False),
            )
            .order_by(LearningActivity.date.desc(), LearningActivity.id)
        )
    )


def trainees(session: Session, activity_id: str) -> list[Person]:
    return list(
        session.scalars(
            select(Person)
            .join(LearningTrainee, LearningTrainee.person_id == Person.id)
            .where(LearningTrainee.activity_id == activity_id, LearningTrainee.deleted.is_(False))
            .order_by(Person.name)
        )
    )


def learning_of_person(session: Session, person_id: str) -> list[LearningActivity]:
    """Every activity a person took part in as trainee or trainer, oldest first."""
    as_trainee = select(LearningTrainee.activity_id).where(
        LearningTrainee.person_id == person_id, LearningTrainee.deleted.is_(False)
    )
    return live(
        session,
        LearningActivity,
        LearningActivity.id.in_(as_trainee) | (LearningActivity.trainer_id == person_id),
        order_by=LearningActivity.date,
    )


def learning_hours_by_form(session: Session, partnership_id: str) -> dict[LearningForm, float]:
    rows = session.execute(
        select(LearningActivity.form, func.sum(LearningActivity.hours))
        .where(
            LearningActivity.partnership_id == partnership_id,
            LearningActivity.deleted.is_(False),
        )
        .group_by(LearningActivity.form)
    )
    return {form: float(hours or 0) for form, hours in rows}


def readings(session: Session, utility_id: str, indicator_id: str) -> list[IndicatorReading]:
    return live(
        session,
        IndicatorReading,
        IndicatorReading.utility_id == utility_id,
        IndicatorReading.indicator_id == indicator_id,
        order_by=IndicatorReading.period,
    )


def attachments(session: Session, owner_id: str) -> list[Attachment]:
    return live(
        session, Attachment, Attachment.owner_id == owner_id, order_by=Attachment.created_at
    )


def open_conflicts(session: Session) -> list[Conflict]:
    return live(session, Conflict, Conflict.resolved.is_(False), order_by=Conflict.created_at)


@dataclass(frozen=True, slots=True)
class SearchHit:
    entity: str
    row_id: str
    partnership_id: str | None
    title: str
    snippet: str


_WORD = re.compile(r"\w+", re.UNICODE)
RANKED_WINDOW = 500


def fts_query(text_typed: str) -> str:
    """A person's words as an FTS5 query: every word must match, the last as a prefix."""
    words = _WORD.findall(text_typed)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(
    session: Session, text_typed: str, partnership_id: str | None = None, limit: int = 50
) -> list[SearchHit]:
    """Full-text search over visit notes, findings, actions and learning topics."""
    query = fts_query(text_typed)
    if not query:
        return []
    # Ranking every match is what costs time on a large log (a common word can match
    # half of 100,000 notes), so only the newest matches are ranked. The window is given
    # to FTS5 as a rowid bound (the oldest rowid in it), which it applies while matching;
    # "rowid IN (subquery)" beside MATCH made it scan the matches once per match.
    in_partnership = "AND d.partnership_id = :partnership " if partnership_id else ""
    sql = (
        "SELECT d.entity, d.row_id, d.partnership_id, f.title, "
        "snippet(search_fts, 1, '[', ']', '…', 12) "
        "FROM search_fts f JOIN search_doc d ON d.docid = f.rowid "
        "WHERE f.search_fts MATCH :query " + in_partnership + "AND f.rowid >= ("
        "  SELECT min(w.rowid) FROM (SELECT s.rowid FROM search_fts s "
        + (
            "JOIN search_doc sd ON sd.docid = s.rowid AND sd.partnership_id = :partnership "
            if partnership_id
            else ""
        )
        + "  WHERE s.search_fts MATCH :query ORDER BY s.rowid DESC LIMIT :window) w) "
        "ORDER BY rank LIMIT :limit"
    )
    rows = session.execute(
        text(sql),
        {"query": query, "partnership": partnership_id, "limit": limit, "window": RANKED_WINDOW},
    )
    return [_owner_hit(session, SearchHit(*row)) for row in rows]


def _owner_hit(session: Session, hit: SearchHit) -> SearchHit:
    """A document found by its name or caption opens the record it is attached to."""
    if hit.entity != "attachment":
        return hit
    attachment = session.get(Attachment, hit.row_id)
    if attachment is None:
        return hit
    return SearchHit(
        attachment.owner_entity,
        attachment.owner_id,
        hit.partnership_id,
        attachment.file_name,
        hit.snippet,
    )
