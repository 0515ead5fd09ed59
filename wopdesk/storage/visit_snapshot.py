"""What a visit's agreed actions said when it was finalised, so a reprint prints that.

A visit summary is a record of what both partners agreed on site. Its actions move on
afterwards (they get done, slip, are dropped); printed again a year later, the summary
must still say what it said when it was signed. Finalising a visit therefore keeps each
linked action's description, owner, due date, status and progress, as JSON in the
visit's ``action_snapshot`` field, which syncs like any other field.
"""

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from wopdesk.domain.vocab import ActionStatus
from wopdesk.storage.models import Action

if TYPE_CHECKING:
    from pydantic import TypeAdapter


@dataclass(frozen=True, slots=True)
class AgreedAction:
    """One action as it stood when its visit was finalised."""

    action_id: str
    description: str
    owner_id: str | None
    track_id: str | None
    due_date: dt.date | None
    status: ActionStatus
    progress: int


@cache
def _snapshot() -> "TypeAdapter[list[AgreedAction]]":
    # Pydantic is imported when a snapshot is first written or read, not when the
    # storage layer is: importing it cost ~55 ms on the way to the app's first page.
    from pydantic import TypeAdapter

    return TypeAdapter(list[AgreedAction])


def agreed(action: Action) -> AgreedAction:
    """What the snapshot keeps of ``action``."""
    return AgreedAction(
        action_id=action.id,
        description=action.description,
        owner_id=action.owner_id,
        track_id=action.track_id,
        due_date=action.due_date,
        status=action.status,
        progress=action.progress or 0,
    )


def dump(rows: Iterable[AgreedAction]) -> str:
    """The text a visit keeps for ``rows``."""
    return _snapshot().dump_json(list(rows)).decode()


def take(actions: Iterable[Action]) -> str:
    """The snapshot of ``actions`` as they are now."""
    return dump(agreed(a) for a in actions)


def read(text: str | None) -> list[AgreedAction] | None:
    """The actions a snapshot holds; None when there is none or it cannot be read.

    A snapshot that cannot be read (written by hand, damaged) is treated as absent, so
    a report falls back to the actions' current values rather than failing.
    """
    if not text:
        return None
    from pydantic import ValidationError as PydanticValidationError

    try:
        return _snapshot().validate_json(text)
    except (PydanticValidationError, json.JSONDecodeError):
        return None
