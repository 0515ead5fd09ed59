"""Writes: the one way the UI, the command line, the demo and reports change records.

Each function takes an open session from ``Store.transaction()``; the caller's block
commits or rolls back everything together.
"""

import datetime as dt
import mimetypes
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from wopdesk.domain.catalogue import indicator_text
from wopdesk.domain.documents import document_media_type
from wopdesk.domain.i18n import translate
from wopdesk.domain.rules import check_reading_in_range
from wopdesk.domain.vocab import VisitState
from wopdesk.errors import NotFoundError, StorageError, ValidationError
from wopdesk.storage import deletions, queries, visit_followup, visit_snapshot
from wopdesk.storage.blobs import BlobStore, image_media_type, sha256_of
from wopdesk.storage.direct_insert import insert_new
from wopdesk.storage.models import (
    ENTITIES,
    Attachment,
    Indicator,
    IndicatorReading,
    ProgressRecord,
    SiteVisit,
    SyncedRecord,
)
from wopdesk.storage.progress import SIDES, Side, approval_fields
from wopdesk.storage.store import check_new

R = TypeVar("R", bound=SyncedRecord)


def get(session: Session, model: type[R], record_id: str) -> R:
    """A live (not deleted) record, or NotFoundError naming what was asked for."""
    record = session.get(model, record_id)
    if record is None or record.deleted:
        label = model.rules.label.lower()
        raise NotFoundError(f"No {label} with id {record_id} exists here.")
    return record


def create(session: Session, model: type[R], **values: Any) -> R:
    """Add a new record: checked against the domain rules, stamped and queued for sync."""
    _check_fields(model, values)
    row = model.new_values(values)
    # Whatever the session still holds goes first (a parent before its children); then the
    # record is checked and written as the flush would check and write it, only cheaper.
    session.flush()
    check_new(session, model, row)
    return insert_new(session, model, row)


def update(session: Session, model: type[R], record_id: str, **values: Any) -> R:
    """Change some fields of a record; only fields that really change are written."""
    _check_fields(model, values)
    record = get(session, model, record_id)
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
    session.flush()
    return record


def delete(session: Session, model: type[R], record_id: str) -> deletions.Deletion:
    """Tombstone a record: it disappears from lists and syncs as deleted, never erased.

    The records that cannot exist without it go with it; ``deletions.restore`` brings
    them all back.
    """
    return deletions.delete(session, model, record_id)


@cache
def _fields_of(model: type[SyncedRecord]) -> frozenset[str]:
    return frozenset(model.__table__.columns.keys())


def _check_fields(model: type[SyncedRecord], values: dict[str, Any]) -> None:
    unknown = values.keys() - _fields_of(model)
    if unknown:
        raise ValidationError(f"{model.rules.label} has no field {', '.join(sorted(unknown))}.")


def record_reading(session: Session, **values: Any) -> IndicatorReading:
    """Record an indicator reading, refusing a value outside the indicator's valid range."""
    indicator = get(session, Indicator, values.get("indicator_id") or "")
    value = values.get("value")
    if value is not None:
        check_reading_in_range(
            indicator_text(indicator, "name"),
            float(value),
            indicator.min_value,
            indicator.max_value,
        )
    return create(session, IndicatorReading, **values)


def add_attachment(
    session: Session,
    blobs: BlobStore,
    owner: SyncedRecord,
    data: bytes,
    file_name: str,
    caption: str | None = None,
    *,
    must_be_image: bool = False,
) -> Attachment:
    """Store a file's bytes in the blob store and attach them to ``owner``."""
    media_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    if must_be_image or media_type.startswith("image/"):
        media_type = image_media_type(data, file_name)
    return _attach(session, blobs, owner, data, file_name, media_type, caption)


def add_photo(
    session: Session, blobs: BlobStore, owner: SyncedRecord, path: Path, caption: str | None = None
) -> Attachment:
    """Attach a photo file; anything that is not an image is refused and nothing is stored."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageError(f"Cannot read {path}: {exc.strerror}.") from None
    return add_attachment(session, blobs, owner, data, path.name, caption, must_be_image=True)


def add_document(
    session: Session, blobs: BlobStore, owner: SyncedRecord, path: Path, caption: str | None = None
) -> Attachment:
    """Attach a document (PDF, spreadsheet, text document) read from ``path``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        message = translate("storage", "Cannot read {name}: {reason}.")
        raise StorageError(message.format(name=path.name, reason=exc.strerror)) from None
    return attach_document(session, blobs, owner, data, path.name, caption)


def attach_document(
    session: Session,
    blobs: BlobStore,
    owner: SyncedRecord,
    data: bytes,
    file_name: str,
    caption: str | None = None,
) -> Attachment:
    """Attach a document's bytes to ``owner``: one that is empty, too large or not what its
    extension says is refused in one sentence and nothing is stored."""
    media_type = document_media_type(data, file_name)
    return _attach(session, blobs, owner, data, file_name, media_type, caption)


def _attach(
    session: Session,
    blobs: BlobStore,
    owner: SyncedRecord,
    data: bytes,
    file_name: str,
    media_type: str,
    caption: str | None,
) -> Attachment:
    """The attachment first, then its bytes: once the record is written this transaction
    holds the write lock, which the removal of unused files takes too, so a file being
    attached (perhaps one stored here long ago) is never removed under it
    (``file_cleanup``). A record its rules refuse leaves no file behind."""
    attachment = create(
        session,
        Attachment,
        partnership_id=getattr(owner, owner.partnership_column or "id", None),
        sha256=sha256_of(data),
        file_name=file_name,
        media_type=media_type,
        size=len(data),
        caption=caption,
        owner_entity=owner.__tablename__,
        owner_id=owner.id,
    )
    blobs.put(data)
    return attachment


def finalise_visit(session: Session, visit_id: str) -> SiteVisit:
    """Make a visit final, keeping what its agreed actions say now for every reprint; a
    note saying why sync reopened it is cleared."""
    visit = get(session, SiteVisit, visit_id)
    snapshot = visit_snapshot.take(queries.actions(session, visit.partnership_id, visit.id))
    followed = visit_snapshot.take(visit_followup.followup_of(session, visit))
    return update(
        session,
        SiteVisit,
        visit_id,
        state=VisitState.FINAL,
        action_snapshot=snapshot,
        followup_snapshot=followed,
        reopened_note=None,  # the new sign-off covers what the reopening asked to check
    )


def reopen_visit(session: Session, visit_id: str) -> SiteVisit:
    return update(session, SiteVisit, visit_id, state=VisitState.DRAFT)


def approve_progress(
    session: Session,
    record_id: str,
    side: Side,
    person_id: str,
    role: str | None,
    on: dt.date,
) -> ProgressRecord:
    """Record one partner's approval (who, in what role, when); with both, the record is
    approved and read-only until reopened."""
    record = get(session, ProgressRecord, record_id)
    if not (record.summary or "").strip():
        raise ValidationError(
            translate("storage", "Write the summary of this progress record before approving it."),
            "summary",
        )
    person_field, role_field, date_field = approval_fields(side)
    values = {person_field: person_id, role_field: (role or "").strip() or None, date_field: on}
    return update(session, ProgressRecord, record_id, approval_note=None, **values)


def reopen_progress(session: Session, record_id: str) -> ProgressRecord:
    """Make a record editable again: both approvals are cleared, to be given again."""
    values: dict[str, Any] = {"approval_note": None}
    for side in SIDES:
        values.update(dict.fromkeys(approval_fields(side)))
    return update(session, ProgressRecord, record_id, **values)


def entity(name: str) -> type[SyncedRecord]:
    """The model class of a wire entity name."""
    try:
        return ENTITIES[name]
    except KeyError:
        raise ValidationError(f"'{name}' is not a kind of record WOPdesk knows.") from None


def today() -> dt.date:
    return dt.date.today()
