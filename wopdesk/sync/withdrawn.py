"""People who leave: a partnership this person may no longer see leaves the laptop.

Each pulled page (protocol 3 on) names the partnerships the person may hold. One held
here but no longer named is *withdrawn*: the first sync that sees it only says so, and
the person can save their unsynced work; the next sync saves that work to a file in the
data folder (``withdrawn/``) anyway, then removes the partnership's records. Shared
records (utilities, people, indicators) and stored photos stay: other partnerships may
use them. A partnership granted again before that is simply kept.
"""

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wopdesk.domain.i18n import translate
from wopdesk.storage.changes import OutboxEntry, SyncRefusal
from wopdesk.storage.models import ENTITIES, Partnership, SyncedRecord
from wopdesk.storage.types import utcnow
from wopdesk.sync.status import get_state, set_state

WITHDRAWN = "sync.withdrawn"  # {partnership id: when this laptop first saw it withdrawn}
FOLDER = "withdrawn"


@dataclass
class Withdrawals:
    """What a sync found withdrawn: sentences for the person, and files written."""

    notices: list[str] = field(default_factory=list)
    saved: list[Path] = field(default_factory=list)
    # Partnership ids told about now, whose data goes at the next sync.
    pending: list[str] = field(default_factory=list)


def held_partnerships(session: Session) -> dict[str, str]:
    """The partnerships on this laptop that the server knows of, with their titles.

    One whose creation never reached the server (still queued, or refused) is this
    laptop's own: it is not the server's to withdraw.
    """
    local_only = set(
        session.scalars(select(OutboxEntry.row_id).where(OutboxEntry.entity == "partnership"))
    ) | set(session.scalars(select(SyncRefusal.row_id).where(SyncRefusal.entity == "partnership")))
    return {
        pid: title
        for pid, title in session.execute(select(Partnership.id, Partnership.title))
        if pid not in local_only
    }


def leave_withdrawn(session: Session, allowed: list[str] | None, data_dir: Path) -> Withdrawals:
    """Tell about newly withdrawn partnerships; remove those told about before."""
    found = Withdrawals()
    if allowed is None:  # an older server, or an administrator: every partnership
        set_state(session, WITHDRAWN, {})
        return found
    told: dict[str, str] = get_state(session, WITHDRAWN) or {}
    still: dict[str, str] = {}
    for pid, title in held_partnerships(session).items():
        if pid in allowed:
            continue
        if pid not in told:
            still[pid] = utcnow().isoformat()
            found.pending.append(pid)
            found.notices.append(_told(title, len(unsynced_work(session, pid))))
            continue
        saved = save_unsynced_work(session, pid, data_dir / FOLDER)
        remove_partnership(session, pid)
        if saved is not None:
            found.saved.append(saved)
        found.notices.append(_removed(title, saved))
    set_state(session, WITHDRAWN, still)
    return found


def unsynced_work(session: Session, partnership_id: str) -> list[dict[str, Any]]:
    """The partnership's changes not yet accepted by the server: queued or refused."""
    work: list[dict[str, Any]] = []
    for entry in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)):
        if _partnership_of(session, entry.entity, entry.row_id) == partnership_id:
            values = {name: change[0] for name, change in entry.changes.items()}
            work.append({"entity": entry.entity, "row_id": entry.row_id, "values": values})
    for refusal in session.scalars(select(SyncRefusal).order_by(SyncRefusal.id)):
        if _partnership_of(session, refusal.entity, refusal.row_id) == partnership_id:
            work.append(
                {
                    "entity": refusal.entity,
                    "row_id": refusal.row_id,
                    "values": {refusal.field: refusal.value},
                    "refused": True,
                }
            )
    return work


def save_unsynced_work(session: Session, partnership_id: str, folder: Path) -> Path | None:
    """Write the partnership's unsynced work to a JSON file in ``folder``; None if none."""
    work = unsynced_work(session, partnership_id)
    if not work:
        return None
    partnership = session.get(Partnership, partnership_id)
    title = partnership.title if partnership is not None else partnership_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{partnership_id}_unsynced-work_{dt.date.today().isoformat()}.json"
    document = {
        "partnership": {"id": partnership_id, "title": title},
        "saved_at": utcnow().isoformat(),
        "why": "Access to this partnership was withdrawn on the sync server.",
        "changes": work,
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2, default=str), "utf-8")
    return path


def remove_partnership(session: Session, partnership_id: str) -> int:
    """Erase the partnership's records here (not a delete: nothing is synced); how many."""
    removed = 0
    for model in reversed(ENTITIES.values()):  # children before their parents
        column = model.partnership_column
        if column is None:
            continue
        mine = getattr(model, column) == partnership_id
        ids = select(model.id).where(mine)
        for queue in (OutboxEntry, SyncRefusal):
            session.execute(
                delete(queue).where(queue.entity == model.__tablename__, queue.row_id.in_(ids))
            )
        removed += session.execute(delete(model).where(mine)).rowcount  # type: ignore[attr-defined]
    return removed


def _partnership_of(session: Session, entity: str, row_id: str) -> str | None:
    model: type[SyncedRecord] | None = ENTITIES.get(entity)
    if model is None or model.partnership_column is None:
        return None
    record = session.get(model, row_id)
    return getattr(record, model.partnership_column) if record is not None else None


def _told(title: str, unsynced: int) -> str:
    sentence = translate(
        "sync",
        "Your access to “{title}” was withdrawn on the server; its data leaves this laptop "
        "at the next sync.",
    ).format(title=title)
    if unsynced:
        sentence += " " + translate(
            "sync",
            "{count} of your changes to it were never synced: they are saved to a file in "
            "your data folder first.",
        ).format(count=unsynced)
    return sentence


def _removed(title: str, saved: Path | None) -> str:
    sentence = translate(
        "sync", "“{title}” was removed from this laptop: your access to it was withdrawn."
    ).format(title=title)
    if saved is not None:
        sentence += " " + translate("sync", "Your unsynced changes are saved in {path}.").format(
            path=saved
        )
    return sentence
