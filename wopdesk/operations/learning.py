"""Learning entries: save one with its trainees."""

from typing import Any

from sqlalchemy.orm import Session

from wopdesk.operations.tracking import OpResult, run
from wopdesk.storage import commands, overview
from wopdesk.storage.models import LearningActivity, LearningTrainee
from wopdesk.storage.store import Store


def save_learning_entry(
    store: Store, activity_id: str | None, values: dict[str, Any], trainees: list[str]
) -> OpResult[str]:
    """Create or update a learning entry and its trainees in one transaction; its id."""
    return run(store, lambda session: write_learning(session, activity_id, values, trainees))


def write_learning(
    session: Session, activity_id: str | None, values: dict[str, Any], trainees: list[str]
) -> str:
    """``save_learning_entry``'s writes in an open transaction; returns the entry's id."""
    if activity_id is None:
        activity = commands.create(session, LearningActivity, **values)
    else:
        activity = commands.update(session, LearningActivity, activity_id, **values)
    current = overview.trainees_of(session, activity.id)
    for person_id in trainees:
        if person_id not in current:
            commands.create(
                session,
                LearningTrainee,
                partnership_id=activity.partnership_id,
                activity_id=activity.id,
                person_id=person_id,
            )
    for person_id, row_id in current.items():
        if person_id not in trainees:
            commands.delete(session, LearningTrainee, row_id)
    return activity.id
