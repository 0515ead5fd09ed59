"""Files on this laptop that no attachment needs any more, removed a retention after.

The rule is the server's (``wopdesk.server.blobs.remove_unused_files``): a file stays
while a live attachment names it, while an attachment deleted within the retention
names it (a sync may bring the attachment back: an edit made elsewhere without seeing
the delete wins), while an open conflict about an attachment's file names it
(resolving it may choose that file again), or while a change the server refused names
it (it is sent again). A file no record names (a partnership whose data left this
laptop, an attachment its rules refused) goes once it is a day old.

The removal holds the database's write lock (a write transaction) while it decides and
removes, and attaching a file writes its record before its bytes, so a file being
attached is never removed under it (``commands._attach``).
"""

import datetime as dt
import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.storage.blobs import BlobStore
from wopdesk.storage.changes import SyncRefusal
from wopdesk.storage.deletions import RECENT
from wopdesk.storage.models import Attachment, Conflict

# As long as Edit › Recently deleted offers a delete back; the server's default retention.
RETENTION = RECENT
UNNAMED_AGE = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Removed:
    """What one removal of unused files (on a laptop or the server) or of unfinished
    uploads (on the server) did."""

    count: int = 0
    freed: int = 0  # bytes


def remove_unused_files(
    session: Session,
    blobs: BlobStore,
    retention: dt.timedelta = RETENTION,
    now: float | None = None,
) -> Removed:
    """Remove the files of ``blobs`` that no attachment needs any more (see the module),
    in ``session``, a write transaction: it holds the lock while it decides and removes."""
    now = time.time() if now is None else now
    deleted_before_ms = int((now - retention.total_seconds()) * 1000)
    stored_before = now - UNNAMED_AGE.total_seconds()
    needed = needed_files(session, deleted_before_ms)
    count = freed = 0
    for sha256, path in blobs.stored():
        if sha256 in needed:
            continue
        try:
            status = path.stat()
            if status.st_mtime >= stored_before:
                continue
            path.unlink()
        except FileNotFoundError:
            continue
        count += 1
        freed += status.st_size
    return Removed(count, freed)


def needed_files(session: Session, deleted_before_ms: int) -> set[str]:
    """The files an attachment here may still need, given the wall time (ms) before which
    a deletion is older than the retention."""
    needed: set[str] = set()
    for sha256, deleted, clocks in session.execute(
        select(Attachment.sha256, Attachment.deleted, Attachment.clocks)
    ):
        deletion = (clocks or {}).get("deleted")
        # A stamp begins with its wall time in milliseconds.
        if not deleted or deletion is None or int(deletion[:13]) >= deleted_before_ms:
            needed.add(sha256)
    conflicts = session.execute(
        select(Conflict.kept_value, Conflict.set_aside_value).where(
            Conflict.entity == "attachment",
            Conflict.field == "sha256",
            Conflict.resolved.is_(False),
        )
    )
    for values in conflicts:
        needed.update(value for value in values if isinstance(value, str))
    refused = session.scalars(
        select(SyncRefusal.value).where(
            SyncRefusal.entity == "attachment", SyncRefusal.field == "sha256"
        )
    )
    needed.update(value for value in refused if isinstance(value, str))
    return needed
