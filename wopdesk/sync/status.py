"""Sync state of a data directory, and what the UI needs headless: status and conflicts.

The cursor, scope and server identity live in ``local_setting`` rows and are written in
the same transaction as the changes they describe (CouchDB's checkpoints, kept locally).
"""

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wopdesk.errors import NotFoundError, ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage.changes import OutboxEntry, SyncRefusal
from wopdesk.storage.codecs import codecs
from wopdesk.storage.models import ENTITIES, Conflict, Setting
from wopdesk.storage.types import utcnow

if TYPE_CHECKING:
    from wopdesk.storage.store import Store

CURSOR = "sync.cursor"
SCOPE = "sync.scope"
SERVER_ID = "sync.server_id"
SERVER_URL = "sync.server_url"
SERVER_USER = "sync.user"
LAST_SYNC = "sync.last_sync"
ONLINE = "sync.online"


def get_state(session: Session, key: str, default: Any = None) -> Any:
    setting = session.get(Setting, key)
    return default if setting is None or setting.value is None else setting.value


def read_states(session: Session, *keys: str) -> None:
    """Read these settings with one query: ``get_state`` and ``set_state`` then find
    them in the session (a setting not written yet is still asked for when needed)."""
    session.scalars(select(Setting).where(Setting.key.in_(keys))).all()


def set_state(session: Session, key: str, value: Any) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    elif setting.value != value:
        setting.value = value


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar shows."""

    pending_changes: int
    open_conflicts: int
    last_sync: dt.datetime | None
    refused: int


def pending_changes(session: Session) -> int:
    """Local record writes not yet accepted by the server."""
    return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def open_conflicts_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(Conflict.deleted.is_(False), Conflict.resolved.is_(False))
        )
        or 0
    )


def last_sync(session: Session) -> dt.datetime | None:
    text = get_state(session, LAST_SYNC)
    return dt.datetime.fromisoformat(text) if isinstance(text, str) else None


def sync_status(session: Session) -> SyncStatus:
    refused = session.scalar(select(func.count()).select_from(SyncRefusal)) or 0
    return SyncStatus(
        pending_changes(session), open_conflicts_count(session), last_sync(session), refused
    )


class StoreSyncStatus:
    """The status bar's figures for one store (``wopdesk.ui.status.SyncStatusProvider``)."""

    def __init__(self, store: "Store") -> None:
        self.store = store

    def is_online(self) -> bool:
        """Whether the last sync attempt reached the server."""
        with self.store.reading() as session:
            return bool(get_state(session, ONLINE, False))

    def pending_changes(self) -> int:
        with self.store.reading() as session:
            return pending_changes(session)

    def last_sync(self) -> dt.datetime | None:
        with self.store.reading() as session:
            return last_sync(session)

    def open_conflicts(self) -> int:
        with self.store.reading() as session:
            return open_conflicts_count(session)


def refusals(session: Session) -> list[SyncRefusal]:
    """Local changes the server refused, newest first (kept here, never synced)."""
    return list(session.scalars(select(SyncRefusal).order_by(SyncRefusal.id.desc())))


def resolve_conflict(session: Session, conflict_id: str, value: Any) -> Conflict:
    """Settle a conflict: the field takes ``value`` (either side, or text merged by hand).

    ``value`` is a wire value, as in ``kept_value`` and ``set_aside_value``. The new value
    is an ordinary local edit, so it syncs (and wins, having seen both sides), and the
    conflict is marked resolved for everyone.
    """
    conflict = cmd.get(session, Conflict, conflict_id)
    if conflict.resolved:
        raise ValidationError("This conflict is already resolved.")
    model = ENTITIES.get(conflict.entity)
    codec = codecs(model).get(conflict.field) if model is not None else None
    if model is None or codec is None:
        raise ValidationError(
            f"This conflict is about {conflict.entity}.{conflict.field}, which WOPdesk "
            "no longer knows; it cannot be resolved here."
        )
    record = session.get(model, conflict.row_id)
    if record is None:
        raise NotFoundError(f"The {model.rules.label.lower()} of this conflict is not here yet.")
    reason = codec.check(value)
    if reason is not None:
        raise ValidationError(f"{model.rules.label}: {reason}.", conflict.field)
    new_value = codec.from_wire(value)
    if getattr(record, conflict.field) != new_value:
        setattr(record, conflict.field, new_value)
    conflict.resolved = True
    conflict.resolved_at = utcnow()
    session.flush()
    return conflict


def open_conflicts(session: Session, partnership_id: str | None = None) -> list[Conflict]:
    """Unresolved conflicts, oldest first; of one partnership and shared records if given."""
    query = select(Conflict).where(Conflict.deleted.is_(False), Conflict.resolved.is_(False))
    if partnership_id is not None:
        query = query.where(
            (Conflict.partnership_id == partnership_id) | Conflict.partnership_id.is_(None)
        )
    return list(session.scalars(query.order_by(Conflict.created_at, Conflict.id)))


def record_title(session: Session, entity: str, row_id: str) -> str:
    """A short name for the record a conflict is about ("Site visit: Pump station audit")."""
    model = ENTITIES.get(entity)
    if model is None:
        return f"{entity} {row_id}"
    record = session.get(model, row_id)
    name = None
    for attribute in ("title", "name", "short_name", "description"):
        name = getattr(record, attribute, None) if record is not None else None
        if isinstance(name, str) and name:
            break
    return f"{model.rules.label}: {name}" if name else f"{model.rules.label} {row_id[:8]}"
