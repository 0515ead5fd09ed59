"""Saving the record of an editor form, and the actions on one record (delete, restore,
attach a document, approve, reopen, resolve a conflict, tick a practice, a setting)."""

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from wopdesk.domain.catalogue import indicator_text
from wopdesk.domain.rules import check_reading_in_range
from wopdesk.errors import ValidationError
from wopdesk.operations.tracking import OpResult, run
from wopdesk.storage import commands, cycle, deletions, health
from wopdesk.storage.cycle import save_partnership as write_partnership
from wopdesk.storage.deletions import Deletion
from wopdesk.storage.health import ItemScore
from wopdesk.storage.milestones import save_milestones
from wopdesk.storage.models import (
    Action,
    Indicator,
    IndicatorReading,
    Setting,
    SyncedRecord,
    TrackIndicator,
)
from wopdesk.storage.progress import Side
from wopdesk.storage.store import Store


def save_record(
    store: Store, model: type[SyncedRecord], record_id: str | None, values: dict[str, Any]
) -> OpResult[str]:
    """Create the record (``record_id`` None) or update it; its id."""
    return run(store, lambda session: write_record(session, model, record_id, values).id)


def write_record(
    session: Session, model: type[SyncedRecord], record_id: str | None, values: dict[str, Any]
) -> SyncedRecord:
    """Create the record, or update the one with ``record_id``, in an open transaction."""
    if record_id is None:
        return commands.create(session, model, **values)
    return commands.update(session, model, record_id, **values)


def save_action(store: Store, record_id: str | None, values: dict[str, Any]) -> OpResult[str]:
    """A work-plan action: no estimated cost, no currency."""
    if values.get("estimated_cost") is None:
        values = {**values, "estimated_cost_currency": None}
    return save_record(store, Action, record_id, values)


def save_reading(
    store: Store, record_id: str | None, indicator_id: str, values: dict[str, Any]
) -> OpResult[str]:
    """A new reading, or a corrected one: either must respect the indicator's range."""

    def write(session: Session) -> str:
        if record_id is None:
            return commands.record_reading(session, **values).id
        indicator = commands.get(session, Indicator, indicator_id)
        if values.get("value") is not None:
            check_reading_in_range(
                indicator_text(indicator, "name"),
                float(values["value"]),
                indicator.min_value,
                indicator.max_value,
            )
        return commands.update(session, IndicatorReading, record_id, **values).id

    return run(store, write)


def save_partnership(store: Store, record_id: str | None, values: dict[str, Any]) -> OpResult[str]:
    """A partnership; a change of phase is recorded in its history."""
    return run(store, lambda session: write_partnership(session, record_id, values).id)


def save_track_indicator(
    store: Store, record_id: str | None, values: dict[str, Any]
) -> OpResult[str]:
    """A track's target and its milestones (``values["milestones"]``) together: a refused
    milestone saves nothing, and its sentence names the milestones field."""

    def write(session: Session) -> str:
        fields = dict(values)
        rows = fields.pop("milestones", None) or []
        record = write_record(session, TrackIndicator, record_id, fields)
        assert isinstance(record, TrackIndicator)
        try:
            save_milestones(session, record, rows)
        except ValidationError as exc:
            raise ValidationError(str(exc), "milestones") from None
        return record.id

    return run(store, write)


def save_health_review(
    store: Store,
    partnership_id: str,
    record_id: str | None,
    values: dict[str, Any],
    scores: dict[str, ItemScore],
) -> OpResult[str]:
    """A health review and its item scores; ``values["period"]`` is "start:end" or empty."""
    period = values.get("period")
    start, end = period.split(":") if period else (None, None)
    fields = {
        "date": values.get("date"),
        "scored_by": values.get("scored_by"),
        "note": values.get("note"),
        "period_start": dt.date.fromisoformat(start) if start else None,
        "period_end": dt.date.fromisoformat(end) if end else None,
    }
    return run(
        store,
        lambda session: health.record_review(session, partnership_id, fields, scores, record_id).id,
    )


def approve_progress(
    store: Store, record_id: str, side: Side, approver_id: str, role: str | None, on: dt.date
) -> OpResult[str]:
    """One side's approval of a progress record."""
    return run(
        store,
        lambda session: (
            commands.approve_progress(session, record_id, side, approver_id, role, on).id
        ),
    )


def reopen_progress(store: Store, record_id: str) -> OpResult[str]:
    """A progress record back to draft: both approvals are cleared."""
    return run(store, lambda session: commands.reopen_progress(session, record_id).id)


def delete_record(store: Store, model: type[SyncedRecord], record_id: str) -> OpResult[Deletion]:
    """Tombstone a record and the records that cannot exist without it."""
    return run(store, lambda session: deletions.delete(session, model, record_id))


def restore_record(store: Store, entity: str, record_id: str) -> OpResult[Deletion]:
    """Bring back a deleted record with what was deleted with it."""
    return run(store, lambda session: deletions.restore(session, entity, record_id))


def add_document(
    store: Store, model: type[SyncedRecord], owner_id: str, path: Path
) -> OpResult[str]:
    """Attach the document at ``path`` to a record; the attachment's id."""

    def write(session: Session) -> str:
        owner = commands.get(session, model, owner_id)
        return commands.add_document(session, store.blobs, owner, path).id

    return run(store, write)


def set_practice_tick(
    store: Store, partnership_id: str, practice: str, on: bool, by: str | None
) -> OpResult[None]:
    """Tick (or untick) a good practice of the mentoring cycle."""
    return run(store, lambda session: cycle.set_tick(session, partnership_id, practice, on, by))


def resolve_conflict(store: Store, conflict_id: str, value: Any) -> OpResult[str]:
    """Settle a sync conflict with ``value`` (a wire value: either side, or merged text)."""
    from wopdesk.sync.status import resolve_conflict as settle

    return run(store, lambda session: settle(session, conflict_id, value).id)


def set_setting(store: Store, key: str, value: Any) -> OpResult[None]:
    """Remember a local setting of this profile."""

    def write(session: Session) -> None:
        session.merge(Setting(key=key, value=value))

    return run(store, write)
