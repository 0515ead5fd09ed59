"""Progress records: the checks a record must pass, and a partnership's periods with theirs.

A record is approved once a member of each partner has approved it (name, role, date);
an approved record is read-only until it is reopened, which clears both approvals.
An approval by one side only does not lock the record, but a change of its content
afterwards withdraws that approval, with a note saying so (``withdraw_stale_approvals``).
A change that sync brings onto a record approved here (an edit made offline before or
while it was approved elsewhere) is kept, and the approvals it did not see are withdrawn
the same way (``approvals_outdated_by``, then ``withdraw_approvals``): the record is
reopened, visibly, never silently changed under an approval.
The checks here need the database (other records, memberships), so they run beside the
domain rules, at every save (``store.check_new`` and ``store.check_record``).
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Literal, NamedTuple

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from wopdesk.domain import vocab as v
from wopdesk.domain.i18n import translate
from wopdesk.domain.periods import ReportingPeriod, partnership_periods, period_of, span_label
from wopdesk.errors import ValidationError
from wopdesk.storage.models import Membership, Partnership, Person, ProgressRecord

Side = Literal["mentor", "mentee"]
SIDES: tuple[Side, ...] = ("mentor", "mentee")
# The fields approving and reopening write; every other change needs a record in draft.
APPROVAL_FIELDS = frozenset(
    {
        *(
            f"{side}_{name}"
            for side in SIDES
            for name in ("approver_id", "approver_role", "approved_on")
        ),
        "approval_note",
    }
)
# What a record says: changing any of these after an approval withdraws it.
CONTENT_FIELDS = frozenset(
    {
        "period_start",
        "period_end",
        "status",
        "status_reason",
        "summary",
        "achievements",
        "challenges",
        "lessons",
        "next_steps",
        "author_id",
    }
)


def approval_fields(side: Side) -> tuple[str, str, str]:
    """The approver, role and date fields of one side."""
    return f"{side}_approver_id", f"{side}_approver_role", f"{side}_approved_on"


def check_progress(session: Session, values: Mapping[str, Any]) -> None:
    """Refuse, with one sentence, a progress record that breaks a rule needing the database."""
    _check_reason(values)
    _check_overlap(session, values)
    for side in SIDES:
        _check_approval(session, values, side)


def _check_reason(values: Mapping[str, Any]) -> None:
    status = values.get("status")
    reason = values.get("status_reason")
    if status not in (None, v.ProgressStatus.ON_TRACK) and not (reason or "").strip():
        message = translate(
            "storage", "Progress record: say why the partnership is {status} (the reason)."
        )
        label = translate("vocab", v.ProgressStatus(status).label).lower()
        raise ValidationError(message.format(status=label), "status_reason")


def _check_overlap(session: Session, values: Mapping[str, Any]) -> None:
    start, end = values.get("period_start"), values.get("period_end")
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        return
    query = select(ProgressRecord).where(
        ProgressRecord.partnership_id == values.get("partnership_id"),
        ProgressRecord.deleted.is_(False),
        ProgressRecord.period_start <= end,
        ProgressRecord.period_end >= start,
    )
    if values.get("id") is not None:
        query = query.where(ProgressRecord.id != values["id"])
    other = session.scalars(query).first()
    if other is not None:
        message = translate(
            "storage",
            "Progress record: the period {period} overlaps the period {other}, "
            "which already has a record.",
        )
        raise ValidationError(
            message.format(
                period=span_label(start, end),
                other=span_label(other.period_start, other.period_end),
            ),
            "period_start",
        )


def _check_approval(session: Session, values: Mapping[str, Any], side: Side) -> None:
    person_field, _role_field, date_field = approval_fields(side)
    person_id, day = values.get(person_field), values.get(date_field)
    if person_id is None and day is None:
        return
    if person_id is None or day is None:
        message = translate("storage", "Progress record: an approval needs a person and a date.")
        raise ValidationError(message, person_field)
    partnership = session.get(Partnership, values.get("partnership_id"))
    if partnership is None or not is_member_of_side(session, partnership, person_id, side):
        person = session.get(Person, person_id)
        message = (
            translate("storage", "{name} is not a member of the mentor in this partnership.")
            if side == "mentor"
            else translate("storage", "{name} is not a member of the mentee in this partnership.")
        )
        name = person.name if person else person_id
        raise ValidationError(message.format(name=name), person_field)


def is_member_of_side(
    session: Session, partnership: Partnership, person_id: str, side: Side
) -> bool:
    """Whether a person belongs to the partnership and to ``side``: works for that utility,
    or is a member in that role."""
    role = session.scalar(
        select(Membership.role).where(
            Membership.partnership_id == partnership.id,
            Membership.person_id == person_id,
            Membership.deleted.is_(False),
        )
    )
    if role is None:
        return False
    person = session.get(Person, person_id)
    utility = partnership.mentor_utility_id if side == "mentor" else partnership.mentee_utility_id
    return role == v.Role(side) or (person is not None and person.utility_id == utility)


def side_members(session: Session, partnership_id: str, side: Side) -> list[Person]:
    """The people who may approve for ``side``, by name."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        return []
    people = session.scalars(
        select(Person)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.partnership_id == partnership_id, Membership.deleted.is_(False))
        .order_by(Person.name)
    ).unique()
    return [p for p in people if is_member_of_side(session, partnership, p.id, side)]


def refuse_edit_of_approved(record: ProgressRecord) -> None:
    """An approved record is read-only: only approving and reopening may change it."""
    state = inspect(record)
    if state.pending:
        return
    was_approved = all(_committed(state, approval_fields(side)[2]) is not None for side in SIDES)
    changed = {
        attr.key
        for attr in state.attrs
        if attr.key not in ProgressRecord.LOCAL_COLUMNS and attr.history.has_changes()
    }
    if was_approved and changed - APPROVAL_FIELDS:
        message = translate(
            "storage", "This progress record is approved; reopen it before editing."
        )
        raise ValidationError(message, sorted(changed - APPROVAL_FIELDS)[0])
    if changed & CONTENT_FIELDS and not changed & APPROVAL_FIELDS:
        approved = [s for s in SIDES if _committed(state, approval_fields(s)[2]) is not None]
        withdraw_approvals(record, approved, translate("storage", "the record was edited"))


def withdraw_approvals(record: ProgressRecord, sides: Iterable[Side], why: str) -> None:
    """Clear the approvals of ``sides`` and say on the record which were withdrawn and why."""
    names: list[str] = []
    for side in sides:
        for field in approval_fields(side):
            setattr(record, field, None)
        names.append(_side_label(side))
    if names:
        message = translate(
            "storage", "Approval by the {sides} withdrawn on {day}: {why}. Approve it again."
        )
        record.approval_note = message.format(
            sides=" + ".join(names), day=dt.date.today().isoformat(), why=why
        )


def _side_label(side: Side) -> str:
    if side == "mentor":
        return translate("storage", "mentor")
    return translate("storage", "mentee")


def approvals_outdated_by(
    session: Session, taken: Mapping[str, tuple[Mapping[str, Any], Mapping[str, str]]]
) -> dict[str, list[Side]]:
    """The approvals that changes taken from a pulled page did not see, by record id.

    ``taken`` holds, per record already here, the fields the page changed and the
    record's field stamps after it. A change of the content arriving after a side's
    approval was given here was not seen by it (an edit made offline); a side's approval
    arriving in the same page saw only the content stamped before it.
    """
    outdated: dict[str, list[Side]] = {}
    for record_id, (fields, stamps) in taken.items():
        content = [stamps.get(f, "") for f in set(fields) & CONTENT_FIELDS]
        record = session.get(ProgressRecord, record_id) if content else None
        if record is None:
            continue
        sides = [s for s in SIDES if _unseen(record, s, fields, stamps, max(content))]
        if sides:
            outdated[record_id] = sides
    return outdated


def _unseen(
    record: ProgressRecord,
    side: Side,
    fields: Mapping[str, Any],
    stamps: Mapping[str, str],
    content_stamp: str,
) -> bool:
    """Whether ``side``'s approval, after the page, predates content the page brought."""
    date_field = approval_fields(side)[2]
    if date_field in fields:  # given (or withdrawn) elsewhere, in this page
        return fields[date_field] is not None and stamps.get(date_field, "") < content_stamp
    return getattr(record, date_field) is not None


def withdraw_outdated(session: Session, outdated: Mapping[str, list[Side]]) -> None:
    """Withdraw, as a change of this replica that syncs, approvals a pull outdated."""
    why = translate("storage", "a change made elsewhere arrived after it")
    for record_id, sides in outdated.items():
        record = session.get(ProgressRecord, record_id)
        if record is None or record.deleted:
            continue
        still = [s for s in sides if getattr(record, approval_fields(s)[2]) is not None]
        withdraw_approvals(record, still, why)


def _committed(state: Any, key: str) -> Any:
    """The value of ``key`` as the database holds it, before this session's changes."""
    history = state.attrs[key].history
    before = [*history.unchanged, *history.deleted]
    return before[0] if before else None


class PeriodRow(NamedTuple):
    """One reporting period of a partnership and its record, if it has one."""

    start: dt.date
    end: dt.date
    label: str
    record_id: str | None
    status: v.ProgressStatus | None
    mentor_approved_on: dt.date | None
    mentee_approved_on: dt.date | None

    @property
    def approved(self) -> bool:
        return self.mentor_approved_on is not None and self.mentee_approved_on is not None

    @property
    def period(self) -> ReportingPeriod | None:
        return period_of(self.start, self.end)


def records(session: Session, partnership_id: str) -> list[ProgressRecord]:
    """A partnership's live progress records, oldest period first."""
    return list(
        session.scalars(
            select(ProgressRecord)
            .where(
                ProgressRecord.partnership_id == partnership_id,
                ProgressRecord.deleted.is_(False),
            )
            .order_by(ProgressRecord.period_start)
        )
    )


def reporting_kind(partnership: Partnership | None) -> v.PeriodKind:
    """The partnership's reporting periods. None said (a partnership from a WOPdesk that
    knew none, or one not chosen) means quarters: the model keeps the none it synced."""
    if partnership is None or partnership.reporting_period is None:
        return v.PeriodKind.QUARTER
    return partnership.reporting_period


def period_rows(
    session: Session, partnership_id: str, today: dt.date | None = None
) -> list[PeriodRow]:
    """The partnership's periods, newest first: every period of its kind from its start to
    its end (or today), and any record whose dates are not one of them."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        return []
    start = partnership.actual_start or partnership.planned_start
    end = partnership.actual_end
    kind = reporting_kind(partnership)
    periods = partnership_periods(kind, start, end, today)
    rows = _merge(periods, records(session, partnership_id))
    return sorted(rows, key=lambda row: row.start, reverse=True)


def _merge(periods: Iterable[ReportingPeriod], found: list[ProgressRecord]) -> list[PeriodRow]:
    by_dates = {(r.period_start, r.period_end): r for r in found}
    rows = []
    for period in periods:
        record = by_dates.pop((period.start, period.end), None)
        if record is None and any(period.overlaps(s, e) for s, e in by_dates):
            continue  # a record of another length covers part of it
        rows.append(_row(period.start, period.end, period.label, record))
    for (start, end), record in by_dates.items():
        rows.append(_row(start, end, span_label(start, end), record))
    return rows


def _row(start: dt.date, end: dt.date, label: str, record: ProgressRecord | None) -> PeriodRow:
    if record is None:
        return PeriodRow(start, end, label, None, None, None, None)
    return PeriodRow(
        start,
        end,
        label,
        record.id,
        record.status,
        record.mentor_approved_on,
        record.mentee_approved_on,
    )


def latest_with_record(rows: list[PeriodRow]) -> PeriodRow | None:
    """The newest period that has a record (``rows`` newest first)."""
    return next((row for row in rows if row.record_id is not None), None)


class Approval(NamedTuple):
    """One partner's approval as people read it."""

    name: str
    role: str | None
    on: dt.date


class RecordView(NamedTuple):
    """A progress record with its people's names, for the page and the report."""

    id: str
    label: str
    start: dt.date
    end: dt.date
    status: v.ProgressStatus
    status_reason: str | None
    summary: str | None
    achievements: str | None
    challenges: str | None
    lessons: str | None
    next_steps: str | None
    author: str | None
    mentor_approval: Approval | None
    mentee_approval: Approval | None
    approval_note: str | None = None  # why an approval was withdrawn

    @property
    def approved(self) -> bool:
        return self.mentor_approval is not None and self.mentee_approval is not None


def record_views(session: Session, partnership_id: str) -> dict[str, RecordView]:
    """Every live record of the partnership, by id."""
    return {r.id: record_view(session, r) for r in records(session, partnership_id)}


def record_view(session: Session, record: ProgressRecord) -> RecordView:
    author = session.get(Person, record.author_id) if record.author_id else None
    return RecordView(
        record.id,
        span_label(record.period_start, record.period_end),
        record.period_start,
        record.period_end,
        record.status,
        record.status_reason,
        record.summary,
        record.achievements,
        record.challenges,
        record.lessons,
        record.next_steps,
        author.name if author else None,
        _approval(session, record, "mentor"),
        _approval(session, record, "mentee"),
        record.approval_note,
    )


def _approval(session: Session, record: ProgressRecord, side: Side) -> Approval | None:
    person_field, role_field, date_field = approval_fields(side)
    person_id, day = getattr(record, person_field), getattr(record, date_field)
    if person_id is None or day is None:
        return None
    person = session.get(Person, person_id)
    return Approval(person.name if person else person_id, getattr(record, role_field), day)
