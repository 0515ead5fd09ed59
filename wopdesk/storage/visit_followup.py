"""A visit follows up what earlier visits agreed, and is signed off by both partners.

*Follow-up*: a visit lists the actions agreed at the partnership's earlier visits (those
that started before it) that are still open, so the mentor records their progress on
site. Saving the visit keeps the list in ``followup_snapshot`` (the form of
``visit_snapshot``), so an action closed at this visit stays on it; finalising keeps them
as they stand then, so a reprint prints what was followed up.

*Sign-off*: who signed for each side (a member of that side), in what role, on what day
(not before the visit starts, not in the future: the model's rules) and how.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from wopdesk.domain import vocab as v
from wopdesk.domain.i18n import translate
from wopdesk.errors import ValidationError
from wopdesk.storage import visit_snapshot
from wopdesk.storage.models import Action, Partnership, Person, SiteVisit
from wopdesk.storage.progress import SIDES, Side, is_member_of_side

OPEN = (v.ActionStatus.PLANNED, v.ActionStatus.IN_PROGRESS, v.ActionStatus.BLOCKED)


def signer_fields(side: Side) -> tuple[str, str]:
    """The signer and role fields of one side."""
    return f"{side}_signer_id", f"{side}_signer_role"


def followup_actions(
    session: Session,
    partnership_id: str,
    visit_id: str | None,
    start: dt.date,
    recorded: Iterable[str] = (),
) -> list[Action]:
    """The open actions agreed at the partnership's visits that started before ``start``
    (other than ``visit_id``), and those of ``recorded`` (followed up at this visit already,
    whatever their status now); oldest visit first."""
    earlier = select(SiteVisit.id).where(
        SiteVisit.partnership_id == partnership_id,
        SiteVisit.deleted.is_(False),
        SiteVisit.start_date < start,
    )
    if visit_id is not None:
        earlier = earlier.where(SiteVisit.id != visit_id)
    query = (
        select(Action)
        .join(SiteVisit, SiteVisit.id == Action.visit_id)
        .where(
            Action.partnership_id == partnership_id,
            Action.deleted.is_(False),
            Action.visit_id.in_(earlier),
            or_(Action.status.in_(OPEN), Action.id.in_(list(recorded))),
        )
        .order_by(SiteVisit.start_date, Action.due_date, Action.created_at)
    )
    return list(session.scalars(query))


def followup_of(session: Session, visit: SiteVisit) -> list[Action]:
    """The actions ``visit`` follows up: the open ones, and those it has recorded."""
    recorded = [a.action_id for a in visit_snapshot.read(visit.followup_snapshot) or []]
    return followup_actions(session, visit.partnership_id, visit.id, visit.start_date, recorded)


def record_followup(
    session: Session, visit: SiteVisit, listed: Iterable[Action] | None = None
) -> None:
    """Remember which actions this visit follows up (``listed``, or its list now), with what
    they say now, so one closed at this visit stays on its list; finalising keeps them as
    they stand then."""
    kept = visit_snapshot.take(followup_of(session, visit) if listed is None else listed)
    if kept != visit.followup_snapshot:
        visit.followup_snapshot = kept
        session.flush()


def check_signoff(session: Session, values: Mapping[str, Any]) -> None:
    """Refuse, with one sentence, a sign-off that is incomplete or signed by an outsider."""
    signers = [values.get(signer_fields(side)[0]) for side in SIDES]
    signed = any(signers) or values.get("signed_on") is not None
    if not signed:
        return
    if values.get("signed_on") is None:
        message = translate("storage", "Sign-off: give the date the visit was signed.")
        raise ValidationError(message, "signed_on")
    if not any(signers):
        message = translate("storage", "Sign-off: name who signed for at least one side.")
        raise ValidationError(message, "mentor_signer_id")
    if values.get("signed_how") is None:
        message = translate("storage", "Sign-off: say whether it was signed on screen or on paper.")
        raise ValidationError(message, "signed_how")
    partnership = session.get(Partnership, values.get("partnership_id"))
    for side, person_id in zip(SIDES, signers, strict=True):
        if person_id and (
            partnership is None or not is_member_of_side(session, partnership, person_id, side)
        ):
            raise ValidationError(_outsider(session, person_id, side), signer_fields(side)[0])


def _outsider(session: Session, person_id: str, side: Side) -> str:
    person = session.get(Person, person_id)
    name = person.name if person is not None else person_id
    message = (
        translate("storage", "{name} is not a member of the mentor in this partnership.")
        if side == "mentor"
        else translate("storage", "{name} is not a member of the mentee in this partnership.")
    )
    return message.format(name=name)


def record_progress(
    session: Session, visit: SiteVisit, progress: Mapping[str, tuple[v.ActionStatus, int]]
) -> None:
    """Write the status and progress the mentor recorded at ``visit`` for actions it follows
    up, and remember them as followed up there; an action it does not follow up is refused."""
    from wopdesk.storage import commands  # commands imports this module

    listed = followup_of(session, visit)
    allowed = {a.id for a in listed}
    for action_id, (status, percent) in progress.items():
        if action_id not in allowed:
            message = translate(
                "storage", "This action was not agreed at an earlier visit of this partnership."
            )
            raise ValidationError(message)
        commands.update(session, Action, action_id, status=status, progress=percent)
    record_followup(session, visit, listed)


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    """An action of an earlier visit, as the visit editor lists it for follow-up."""

    id: str
    description: str
    owner_name: str | None
    due_date: dt.date | None
    status: v.ActionStatus
    progress: int
    agreed_at: str  # the title of the visit that agreed it
    agreed_on: dt.date


def followup_lines(
    session: Session, partnership_id: str, visit_id: str | None, start: dt.date
) -> list[FollowUpLine]:
    """What the editor of a visit (``visit_id``, or a new one starting ``start``) lists."""
    visit = session.get(SiteVisit, visit_id) if visit_id else None
    if visit is not None:
        actions = followup_of(session, visit)
    else:
        actions = followup_actions(session, partnership_id, None, start)
    lines = []
    for action in actions:
        agreed = session.get(SiteVisit, action.visit_id)
        assert agreed is not None  # the query joined it
        lines.append(
            FollowUpLine(
                action.id,
                action.description,
                action.owner.name if action.owner is not None else None,
                action.due_date,
                action.status,
                action.progress or 0,
                agreed.title,
                agreed.start_date,
            )
        )
    return lines


# What finalising and signing write: a change of these never outdates a final visit.
SIGNING_FIELDS = frozenset(
    {
        "state",
        "action_snapshot",
        "followup_snapshot",
        "signed_on",
        "signed_how",
        "reopened_note",
        *(field for side in SIDES for field in signer_fields(side)),
    }
)


def finals_outdated_by(
    session: Session, taken: Mapping[str, tuple[Mapping[str, Any], Mapping[str, str]]]
) -> list[str]:
    """The final visits that changes taken from a pulled page were not signed with.

    ``taken`` holds, per visit, the fields the page changed and the visit's field stamps
    after it (as ``progress.approvals_outdated_by``). A change of the content arriving
    when the visit is already final here was not seen by its sign-off (an edit made
    offline elsewhere); when the finalising arrives in the same page, only content
    stamped after it was unseen. The signing's own fields (``SIGNING_FIELDS``) and a
    deletion never count.
    """
    outdated: list[str] = []
    for visit_id, (fields, stamps) in taken.items():
        content = [stamps.get(f, "") for f in set(fields) - SIGNING_FIELDS - {"deleted"}]
        visit = session.get(SiteVisit, visit_id) if content else None
        if visit is None:
            continue  # new here, or no content changed: nothing was signed here without it
        if "state" in fields:  # finalised (or reopened) elsewhere, in this page
            final = fields["state"] == v.VisitState.FINAL
            unseen = final and stamps.get("state", "") < max(content)
        else:
            unseen = visit.state == v.VisitState.FINAL
        if unseen:
            outdated.append(visit_id)
    return outdated


def reopened_note(today: dt.date | None = None) -> str:
    """What a visit reopened by sync says on itself until it is finalised again."""
    message = translate(
        "storage",
        "Reopened on {day}: a change made elsewhere arrived after this visit was signed. "
        "Check it and finalise it again.",
    )
    return message.format(day=(today or dt.date.today()).isoformat())


def reopen_outdated(session: Session, visit_ids: Iterable[str]) -> list[str]:
    """Reopen, as a change of this replica that syncs, the final visits a pull outdated,
    saying why on each (``reopened_note``); return one sentence per visit reopened, for
    the sync report."""
    told: list[str] = []
    message = translate(
        "storage",
        "Site visit “{title}” ({day}) was reopened: a change made elsewhere arrived after "
        "it was signed. Check it and finalise it again.",
    )
    for visit_id in visit_ids:
        visit = session.get(SiteVisit, visit_id)
        if visit is None or visit.deleted or visit.state != v.VisitState.FINAL:
            continue
        visit.state = v.VisitState.DRAFT
        visit.reopened_note = reopened_note()
        told.append(message.format(title=visit.title, day=visit.start_date.isoformat()))
    return told
