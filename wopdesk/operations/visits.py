"""Site visits: save (with participants, findings, actions, photos, follow-up), reopen."""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from wopdesk.domain import vocab as v
from wopdesk.operations.tracking import OpResult, run
from wopdesk.storage import commands, overview, visit_followup
from wopdesk.storage.blobs import BlobStore
from wopdesk.storage.models import (
    Action,
    Attachment,
    DiagnosisFinding,
    SiteVisit,
    VisitParticipant,
)
from wopdesk.storage.store import Store


@dataclass
class NewFinding:
    finding: str
    area: str
    priority: str


@dataclass
class NewAction:
    description: str
    owner_id: str | None
    owner_name: str
    due_date: str | None  # ISO date, so a draft can hold it as is


@dataclass
class NewPhoto:
    path: str
    caption: str


@dataclass
class VisitChanges:
    """What one Save writes, gathered by the editor and written by ``save_visit``."""

    visit_id: str | None
    values: dict[str, Any]
    participants: set[str]
    findings: list[NewFinding]
    actions: list[NewAction]
    photos: list[NewPhoto]
    removed_photos: set[str]
    captions: dict[str, str]
    finalise: bool = False
    # Status and progress recorded for actions of earlier visits, by action id.
    followups: dict[str, tuple[v.ActionStatus, int]] = field(default_factory=dict)


def save_visit(store: Store, changes: VisitChanges) -> OpResult[str]:
    """Save a visit with everything the editor gathered, in one transaction; its id."""
    return run(store, lambda session: write_visit(session, store.blobs, changes))


def reopen_visit(store: Store, visit_id: str) -> OpResult[str]:
    """A final visit back to draft, so it can be edited; its id."""
    return run(store, lambda session: commands.reopen_visit(session, visit_id).id)


def write_visit(session: Session, blobs: BlobStore, changes: VisitChanges) -> str:
    """``save_visit``'s writes in an open transaction; returns the visit's id."""
    if changes.visit_id is None:
        visit = commands.create(session, SiteVisit, **changes.values)
    else:
        visit = commands.update(session, SiteVisit, changes.visit_id, **changes.values)
    _write_participants(session, visit, changes.participants)
    _write_findings_and_actions(session, visit, changes)
    for photo in changes.photos:
        commands.add_photo(session, blobs, visit, Path(photo.path), photo.caption or None)
    for attachment_id in changes.removed_photos:
        commands.delete(session, Attachment, attachment_id)
    for attachment_id, caption in changes.captions.items():
        if attachment_id not in changes.removed_photos:
            commands.update(session, Attachment, attachment_id, caption=caption or None)
    if visit.state != v.VisitState.FINAL:
        visit_followup.record_progress(session, visit, changes.followups)
    if changes.finalise:
        commands.finalise_visit(session, visit.id)
    return visit.id


def _write_participants(session: Session, visit: SiteVisit, participants: set[str]) -> None:
    pid = visit.partnership_id
    current = overview.participants_of(session, visit.id)
    for person_id in sorted(participants - current.keys()):
        commands.create(
            session,
            VisitParticipant,
            partnership_id=pid,
            visit_id=visit.id,
            person_id=person_id,
            role=overview.member_role(session, pid, person_id),
        )
    for person_id in current.keys() - participants:
        commands.delete(session, VisitParticipant, current[person_id])


def _write_findings_and_actions(session: Session, visit: SiteVisit, changes: VisitChanges) -> None:
    for finding in changes.findings:
        commands.create(
            session,
            DiagnosisFinding,
            partnership_id=visit.partnership_id,
            visit_id=visit.id,
            finding=finding.finding,
            area=v.FindingArea(finding.area),
            priority=v.Priority(finding.priority),
        )
    for action in changes.actions:
        commands.create(
            session,
            Action,
            partnership_id=visit.partnership_id,
            visit_id=visit.id,
            description=action.description,
            owner_id=action.owner_id,
            due_date=dt.date.fromisoformat(action.due_date) if action.due_date else None,
        )
