"""learning_people counts the named trainees in one grouped pass: the same totals as
the per-activity count it replaced, on varied data (blank counts, removed trainees)."""

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain.overview_view import LearningPeople
from wopdesk.domain.people import People
from wopdesk.storage import models as m
from wopdesk.storage import people
from wopdesk.storage.store import Store

A = m.LearningActivity


def per_activity_count(
    session: Session, pid: str, start: dt.date | None, end: dt.date | None
) -> LearningPeople:
    """The query as it was: the named trainees counted once per activity row."""
    inner = select(
        A.hours.label("hours"),
        people._participants().label("participants"),  # correlated count
        func.coalesce(A.women, 0).label("women"),
        func.coalesce(A.men, 0).label("men"),
    ).where(A.partnership_id == pid, A.deleted.is_(False))
    if start is not None:
        inner = inner.where(A.date >= start)
    if end is not None:
        inner = inner.where(A.date <= end)
    rows = inner.subquery()
    not_stated = func.max(rows.c.participants - rows.c.women - rows.c.men, 0)
    count, hours, person_hours, *found = session.execute(
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
    return LearningPeople(int(count), float(hours), float(person_hours), People(*map(int, found)))


counts = st.one_of(st.none(), st.integers(0, 12))
activity_change = st.tuples(counts, counts, counts, counts, st.booleans())
dates = st.one_of(st.none(), st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31)))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.lists(activity_change, min_size=1, max_size=12),
    removed=st.lists(st.booleans(), min_size=10, max_size=40),
    start=dates,
    end=dates,
)
def test_grouped_count_equals_the_per_activity_count(
    demo_store: Store,
    changes: list[tuple[Any, Any, Any, Any, bool]],
    removed: list[bool],
    start: dt.date | None,
    end: dt.date | None,
) -> None:
    with demo_store.engine.connect() as connection:
        session = Session(bind=connection)
        try:
            named = select(func.count(m.LearningTrainee.id)).where(
                m.LearningTrainee.activity_id == A.id
            )
            # Activities with named trainees first: their count is what is compared.
            ids = session.scalars(select(A.id).order_by(named.scalar_subquery().desc(), A.id)).all()
            for activity_id, (total, women, men, unstated, gone) in zip(ids, changes, strict=False):
                session.execute(
                    update(A)
                    .where(A.id == activity_id)
                    .values(
                        participants=total, women=women, men=men, not_stated=unstated, deleted=gone
                    )
                )
            trainees = session.scalars(select(m.LearningTrainee.id).order_by(m.LearningTrainee.id))
            for trainee_id, gone in zip(trainees.all(), removed, strict=False):
                session.execute(
                    update(m.LearningTrainee)
                    .where(m.LearningTrainee.id == trainee_id)
                    .values(deleted=gone)
                )
            expected = per_activity_count(session, DEMO_PARTNERSHIP_ID, start, end)
            assert people.learning_people(session, DEMO_PARTNERSHIP_ID, start, end) == expected
        finally:
            session.rollback()
            session.close()
