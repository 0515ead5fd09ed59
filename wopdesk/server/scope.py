"""Checks of a pushed change that the record-level rules of ``records`` do not make.

Each check is a function of the batch being applied and one change, returning why the
change is refused (one sentence) or None, so ``records`` calls it from one line and the
push stays answered change by change.

An approval of a progress record is given by a person who belongs to the partnership
on that partner's side (storage/progress.py, ``is_member_of_side``): the app checks it,
and so does the server, as a laptop could push any person's id as the approver.
"""

import hashlib
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wopdesk.storage.codecs import codecs, required_fields
from wopdesk.sync.protocol import Change

if TYPE_CHECKING:
    from wopdesk.server.accounts import Principal
    from wopdesk.server.records import _Push
    from wopdesk.storage.models import SyncedRecord

SIDES = ("mentor", "mentee")
# The fields of one side's approval, and the side they belong to.
APPROVAL_FIELDS = {
    f"{side}_{name}": side
    for side in SIDES
    for name in ("approver_id", "approver_role", "approved_on")
}


def unusable_required(model: "type[SyncedRecord]", values: dict[str, Any]) -> list[str]:
    """The fields a new record cannot be created without that ``values`` lacks, leaves
    empty or holds a value of the wrong form: each such change is refused alone, and the
    record would reach the laptops without them (a visit with no partnership, no title)."""
    fields = codecs(model)
    return [
        name
        for name in _required(model)
        if (value := values.get(name)) is None or fields[name].check(value)
    ]


@cache
def _required(model: "type[SyncedRecord]") -> tuple[str, ...]:
    return tuple(sorted(required_fields(model)))


def refuse(work: "_Push", change: Change) -> str | None:
    """Why ``change`` may not be applied in this batch, or None."""
    if change.entity == "progress_record" and change.field in APPROVAL_FIELDS:
        return refuse_approval(work, change)
    return None


def _value(work: "_Push", entity: str, row_id: str, name: str) -> Any:
    """A field's value as this batch leaves it so far: written, or about to be created."""
    record = work.record(entity, row_id)
    if record is not None and name in record.fields:
        return (record.fields[name] or {}).get("v")
    return work.new_rows.get((entity, row_id), {}).get(name)


def refuse_approval(work: "_Push", change: Change) -> str | None:
    """An approval names a person of that partner in the progress record's partnership."""
    side = APPROVAL_FIELDS[change.field]
    person_field = f"{side}_approver_id"
    if change.field == person_field:
        person = change.value
    else:
        pending = work.new_rows.get((change.entity, change.row_id), {})
        person = pending.get(person_field, _value(work, change.entity, change.row_id, person_field))
    if person is None:
        return None  # withdrawing an approval, or a role or date without a person yet
    record = work.record(change.entity, change.row_id)
    partnership_id = (
        record.partnership_id
        if record is not None
        else work.new_rows.get((change.entity, change.row_id), {}).get("partnership_id")
    )
    if isinstance(person, str) and isinstance(partnership_id, str):
        if is_member_of_side(work, partnership_id, person, side):
            return None
    return f"The approver ({person}) is not a member of the {side} in this partnership."


def is_member_of_side(work: "_Push", partnership_id: str, person_id: str, side: str) -> bool:
    """As storage.progress.is_member_of_side, on the server's copy: a live membership of
    the partnership, in that role or working for that partner's utility."""
    roles = _membership_roles(work, partnership_id, person_id)
    if not roles:
        return False
    if side in roles:
        return True
    utility = _value(work, "partnership", partnership_id, f"{side}_utility_id")
    return utility is not None and _value(work, "person", person_id, "utility_id") == utility


def _membership_roles(work: "_Push", partnership_id: str, person_id: str) -> set[str]:
    """The roles of a person's live memberships of a partnership, this batch included."""
    from wopdesk.server.records import RECORD  # records imports this module

    ids = set(
        work.session.scalars(
            select(RECORD.c.row_id).where(
                RECORD.c.entity == "membership", RECORD.c.partnership_id == partnership_id
            )
        )
    )
    # Memberships this batch created so far count; one it only names does not.
    ids |= {row_id for entity, row_id in list(work.records) if entity == "membership"}
    roles = set()
    for row_id in ids:
        if work.record("membership", row_id) is None:
            continue
        values = {n: _value(work, "membership", row_id, n) for n in ("person_id", "partnership_id")}
        if values != {"person_id": person_id, "partnership_id": partnership_id}:
            continue
        if _value(work, "membership", row_id, "deleted") is True:
            continue
        roles.add(str(_value(work, "membership", row_id, "role")))
    return roles


def upload_key(principal: "Principal", sha256: str) -> str:
    """The key an account's upload in progress is kept under (``blob_chunk.sha256``).

    Chunks were kept per file: another account saw an upload's progress and could finish
    it with its tail alone, then read the whole file. Per account, a file is complete
    only with bytes one account sent in full. A hash of the two, so the column (and the
    schema) stay as they are.
    """
    return hashlib.sha256(f"{principal.account_id}:{sha256}".encode()).hexdigest()
