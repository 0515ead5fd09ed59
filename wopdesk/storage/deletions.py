"""Deleting and restoring records: every delete can be taken back.

A delete tombstones the record, and with it the records that cannot exist without it
(a visit's participants, the photos and files attached to it), all stamped with the
same moment. Restoring the record brings back what went with it, and nothing deleted
before. Deletes and restores are changes of the ``deleted`` field, so they sync like
any other edit. Deleted records are listed for ``RECENT`` (and never erased: an older
one can still be restored with ``restore``).
"""

import datetime as dt
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain.i18n import translate
from wopdesk.domain.rules import record_label
from wopdesk.domain.vocab import VisitState
from wopdesk.errors import NotFoundError, ValidationError
from wopdesk.storage.codecs import child_links, codecs
from wopdesk.storage.models import (
    ENTITIES,
    Attachment,
    Conflict,
    ProgressRecord,
    SiteVisit,
    SyncedRecord,
)
from wopdesk.storage.types import utcnow

RECENT = dt.timedelta(days=30)
# Records tombstoned by one delete on another laptop arrive in one pull, a moment apart.
TOGETHER = dt.timedelta(seconds=2)
TEXT_FIELDS = ("title", "name", "topic", "description", "file_name")
NAMED_BY = ("person", "indicator", "utility")
DATE_FIELDS = ("date", "period", "start_date")


@dataclass(frozen=True)
class Deletion:
    """One record deleted (or restored), with the records that went with it."""

    entity: str
    record_id: str
    what: str  # the record in a few words: its title, name or date
    at: dt.datetime  # when it was deleted
    records: int  # how many records the delete took, itself included
    partnership_id: str | None

    @property
    def kind(self) -> str:
        """``Site visit``: the kind of record, in the current language."""
        return record_label(ENTITIES[self.entity].rules.label)


def delete(session: Session, model: type[SyncedRecord], record_id: str) -> Deletion:
    """Tombstone a record and those that cannot exist without it; say what went."""
    record = _live(session, model, record_id)
    if isinstance(record, SiteVisit) and record.state == VisitState.FINAL:
        raise ValidationError(
            translate("storage", "This site visit is final; reopen it before deleting it.")
        )
    if isinstance(record, ProgressRecord) and record.approved:
        raise ValidationError(
            translate("storage", "This progress record is approved; reopen it before deleting it.")
        )
    at = utcnow()
    count = _tombstone(session, record, at)
    session.flush()
    return _deletion(session, record, at, count)


def restore(session: Session, entity: str, record_id: str) -> Deletion:
    """Bring a deleted record back, with the records deleted with it."""
    model = ENTITIES.get(entity)
    record = session.get(model, record_id) if model is not None else None
    if record is None:
        raise NotFoundError(translate("storage", "That record is not on this computer."))
    if not record.deleted:
        raise ValidationError(translate("storage", "That record is not deleted."))
    parent = _deleted_parent(session, record)
    if parent is not None:
        raise ValidationError(
            translate("storage", "Restore “{0}” first: this record belongs to it.").format(
                describe(session, parent)
            )
        )
    deleted_at = record.updated_at
    count = _revive(session, record, deleted_at - TOGETHER, utcnow())
    session.flush()
    return _deletion(session, record, deleted_at, count)


def recently_deleted(
    session: Session, partnership_id: str | None, now: dt.datetime | None = None
) -> list[Deletion]:
    """What was deleted in the last ``RECENT``, newest first: one line per delete.

    The partnership's records and shared ones (utilities, people, partnerships); a
    record deleted with its parent is part of the parent's line.
    """
    since = (now or utcnow()) - RECENT
    found: list[Deletion] = []
    for model in ENTITIES.values():
        if model is Conflict:
            continue  # the server's, never deleted by a person
        query = select(model).where(model.deleted.is_(True), model.updated_at >= since)
        if model.partnership_column == "partnership_id":
            query = query.where(model.partnership_id == partnership_id)  # type: ignore[attr-defined]
        for record in session.scalars(query):
            if _deleted_parent(session, record) is None:
                count = _count_with(session, record, record.updated_at - TOGETHER)
                found.append(_deletion(session, record, record.updated_at, count))
    return sorted(found, key=lambda d: d.at, reverse=True)


def describe(session: Session, record: SyncedRecord) -> str:
    """A record in a few words: its title or name, else what it names and its date."""
    for field_name in TEXT_FIELDS:
        text = getattr(record, field_name, None)
        if text:
            return _shorten(str(text))
    parts = []
    for field_name, target in _references(type(record)):
        if target in NAMED_BY and getattr(record, field_name):
            named = session.get(ENTITIES[target], getattr(record, field_name))
            if named is not None:
                parts.append(describe(session, named))
    parts += [
        getattr(record, name).isoformat() for name in DATE_FIELDS if getattr(record, name, None)
    ]
    return " · ".join(parts) or record.rules.label


def _live(session: Session, model: type[SyncedRecord], record_id: str) -> SyncedRecord:
    record = session.get(model, record_id)
    if record is None or record.deleted:
        label = model.rules.label.lower()
        raise NotFoundError(f"No {label} with id {record_id} exists here.")
    return record


def _tombstone(session: Session, record: SyncedRecord, at: dt.datetime) -> int:
    """Mark ``record`` and its live children deleted at ``at``; how many were marked."""
    record.deleted = True
    record.updated_at = at
    count = 1
    for child in _children(session, record, deleted=False):
        count += _tombstone(session, child, at)
    return count


def _revive(session: Session, record: SyncedRecord, since: dt.datetime, at: dt.datetime) -> int:
    """Undelete ``record`` and its children deleted from ``since`` on; how many."""
    children = [c for c in _children(session, record, deleted=True) if c.updated_at >= since]
    record.deleted = False
    record.updated_at = at
    return 1 + sum(_revive(session, child, since, at) for child in children)


def _count_with(session: Session, record: SyncedRecord, since: dt.datetime) -> int:
    children = [c for c in _children(session, record, deleted=True) if c.updated_at >= since]
    return 1 + sum(_count_with(session, child, since) for child in children)


def _children(session: Session, record: SyncedRecord, *, deleted: bool) -> list[SyncedRecord]:
    found: list[SyncedRecord] = []
    for entity, field_name in child_links().get(record.__tablename__, ()):
        model = ENTITIES[entity]
        column = getattr(model, field_name)
        found += session.scalars(
            select(model).where(column == record.id, model.deleted.is_(deleted))
        )
    found += session.scalars(  # photos and files, attached to any kind of record
        select(Attachment).where(
            Attachment.owner_entity == record.__tablename__,
            Attachment.owner_id == record.id,
            Attachment.deleted.is_(deleted),
        )
    )
    return found


def _deleted_parent(session: Session, record: SyncedRecord) -> SyncedRecord | None:
    """The deleted record ``record`` cannot exist without, if there is one."""
    links = list(_parents(type(record)))
    if isinstance(record, Attachment) and record.owner_entity in ENTITIES:
        links.append(("owner_id", record.owner_entity))
    for field_name, target in links:
        parent_id = getattr(record, field_name)
        parent = session.get(ENTITIES[target], parent_id) if parent_id else None
        if parent is not None and parent.deleted:
            return parent
    return None


@cache
def _parents(model: type[SyncedRecord]) -> tuple[tuple[str, str], ...]:
    """(field, parent entity) of each parent ``model`` cannot exist without."""
    return tuple(
        (field_name, parent)
        for parent, pairs in child_links().items()
        for entity, field_name in pairs
        if entity == model.__tablename__
    )


@cache
def _references(model: type[SyncedRecord]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (name, codec.references) for name, codec in codecs(model).items() if codec.references
    )


def _deletion(session: Session, record: SyncedRecord, at: dt.datetime, count: int) -> Deletion:
    column = record.partnership_column
    return Deletion(
        entity=record.__tablename__,
        record_id=record.id,
        what=describe(session, record),
        at=at,
        records=count,
        partnership_id=getattr(record, column) if column else None,
    )


def _shorten(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
