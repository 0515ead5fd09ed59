"""Reads for the PDF reports: plain, detached snapshots of what each report prints.

Reports never see an ORM object or a session: they get these frozen dataclasses, so a
report can be laid out on any thread after the session is closed.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain import judgement
from wopdesk.domain import vocab as v
from wopdesk.domain.catalogue import indicator_reference, indicator_text
from wopdesk.domain.i18n import translate
from wopdesk.domain.people import People, people_of, person_hours
from wopdesk.domain.periods import parse_period
from wopdesk.errors import NotFoundError, ValidationError
from wopdesk.storage import health, progress, queries, visit_followup, visit_snapshot
from wopdesk.storage.commands import get
from wopdesk.storage.cycle import CycleView, cycle_view
from wopdesk.storage.finance import FinancePicture, finance_picture
from wopdesk.storage.health import HealthSummary
from wopdesk.storage.milestones import milestone_points
from wopdesk.storage.models import (
    Action,
    CapacityAssessment,
    DiagnosisFinding,
    LearningActivity,
    Membership,
    Partnership,
    Person,
    SiteVisit,
    Utility,
)
from wopdesk.storage.people import TrackStageRow, track_stage_rows
from wopdesk.storage.progress import RecordView
from wopdesk.storage.results_chain import TrackChain, outputs_by_track

_PRIORITY_ORDER = {v.Priority.HIGH: 0, v.Priority.MEDIUM: 1, v.Priority.LOW: 2}


@dataclass(frozen=True, slots=True)
class UtilityInfo:
    name: str
    country: str
    region: str | None


@dataclass(frozen=True, slots=True)
class PartnershipInfo:
    id: str
    title: str
    mentor: UtilityInfo
    mentee: UtilityInfo
    type: v.PartnershipType
    phase: v.WopPhase
    status: v.PartnershipStatus
    currency: str
    location: str | None
    objectives: str | None
    start: dt.date | None
    end: dt.date | None
    # The dates as recorded, for a reader: planned, and actual apart.
    planned: tuple[dt.date | None, dt.date | None] = (None, None)
    actual: tuple[dt.date | None, dt.date | None] = (None, None)


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    utility: str | None
    job_title: str | None
    role: v.Role | None


@dataclass(frozen=True, slots=True)
class FindingRow:
    finding: str
    area: v.FindingArea
    priority: v.Priority
    root_cause: str | None
    evidence: str | None
    track: str | None


@dataclass(frozen=True, slots=True)
class ActionRow:
    description: str
    owner: str | None
    due_date: dt.date | None
    status: v.ActionStatus
    progress: int
    track: str | None


@dataclass(frozen=True, slots=True)
class PhotoRef:
    """A photo attached to a record; the bytes stay in the blob store until printed."""

    sha256: str
    file_name: str
    media_type: str
    caption: str | None


@dataclass(frozen=True, slots=True)
class LearningRow:
    date: dt.date
    form: v.LearningForm
    topic: str
    trainer: str | None
    trainees: tuple[str, ...]
    hours: float
    competency: str | None
    level_before: int | None
    level_after: int | None
    applied_evidence: str | None
    applied_date: dt.date | None
    verified_by: str | None
    track: str | None
    partnership: str
    # Participants and trainees by sex, blank counts filled (domain/people.py).
    people: People = People()

    @property
    def person_hours(self) -> float:
        return person_hours(self.hours, self.people.participants)


@dataclass(frozen=True, slots=True)
class IndicatorStatus:
    """One indicator followed by a track: baseline, target, benchmark and its readings."""

    name: str
    code: str
    unit: str
    better_when: v.BetterWhen
    utility: str
    track: str
    baseline_value: float | None
    baseline_date: dt.date | None
    target_value: float | None
    target_date: dt.date | None
    benchmark: float | None
    benchmark_source: str | None
    readings: tuple[tuple[dt.date, float], ...]
    # The yearly milestones agreed on the way to the target (date, value), oldest first.
    milestones: tuple[tuple[dt.date, float], ...] = ()
    # The day the report judges the indicator on (a visit's last day, a report's date).
    as_of: dt.date | None = None
    # How its framework numbers it ("IBNET 15.4"); empty for a user-defined indicator.
    reference: str = ""

    @property
    def latest(self) -> tuple[dt.date, float] | None:
        return self.readings[-1] if self.readings else None

    def plan(self) -> judgement.Plan:
        """The agreed path from the baseline through the milestones to the target."""
        return judgement.Plan(
            self.better_when,
            self.baseline_value,
            self.baseline_date,
            self.target_value,
            self.target_date,
            self.milestones,
        )

    def judgement(self) -> str:
        """The judgement every page gives, as of ``as_of`` (today when not set)."""
        return judgement.judge(self.plan(), self.latest, self.as_of or dt.date.today())


@dataclass(frozen=True, slots=True)
class CapacityRow:
    date: dt.date
    dimension: v.CapacityDimension
    degree: int
    contribution: int
    assessed_by: v.AssessedBy
    track: str | None
    obstacles: str | None
    contributing_factors: str | None


@dataclass(frozen=True, slots=True)
class VisitRow:
    title: str
    start_date: dt.date
    end_date: dt.date
    state: v.VisitState


@dataclass(frozen=True, slots=True)
class VisitReportData:
    """Everything the visit summary prints."""

    partnership: PartnershipInfo
    title: str
    start_date: dt.date
    end_date: dt.date
    site: str | None
    latitude: float | None
    longitude: float | None
    purpose: str | None
    activities: str | None
    notes: str | None
    next_visit_date: dt.date | None
    state: v.VisitState
    participants: tuple[Participant, ...]
    findings: tuple[FindingRow, ...]
    photos: tuple[PhotoRef, ...]
    actions: tuple[ActionRow, ...]
    learning: tuple[LearningRow, ...]
    indicators: tuple[IndicatorStatus, ...]
    # The open actions of earlier visits followed up at this one (as finalised, if final).
    followups: tuple[ActionRow, ...] = ()
    signoff: "SignOff | None" = None


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    role: str | None


@dataclass(frozen=True, slots=True)
class SignOff:
    """Who signed a visit for each side (None: that side did not sign), when and how."""

    mentor: Signer | None
    mentee: Signer | None
    on: dt.date
    how: v.SignOffMethod | None


@dataclass(frozen=True, slots=True)
class TrackRow:
    title: str
    area: v.WorkingArea
    mentor_lead: str | None
    mentee_lead: str | None


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    label: str
    start: dt.date
    end: dt.date
    record: RecordView | None


def report_period(
    session: Session, partnership_id: str, code: str | None, today: dt.date
) -> ReportPeriod | None:
    """The period named by ``code`` (``2026-Q3``), or the latest with a record (None if no
    period has one); a code that names no period is refused with one sentence."""
    rows = progress.period_rows(session, partnership_id, today)
    views = progress.record_views(session, partnership_id)
    if code is None:
        chosen = progress.latest_with_record(rows)
        if chosen is None:
            return None
        return ReportPeriod(chosen.label, chosen.start, chosen.end, views[chosen.record_id or ""])
    period = parse_period(code)
    if period is None:
        message = translate(
            "storage",
            "'{code}' is not a reporting period; write it like 2026-Q3, 2026-H1 or 2026.",
        )
        raise ValidationError(message.format(code=code))
    for view in views.values():
        if (view.start, view.end) == (period.start, period.end):
            return ReportPeriod(view.label, view.start, view.end, view)
    return ReportPeriod(period.label, period.start, period.end, None)


@dataclass(frozen=True, slots=True)
class Closing:
    """What was recorded when the partnership closed (or decided to go on)."""

    date: dt.date | None
    decision: v.ClosingDecision | None
    results: str | None
    sustainability: str | None
    follow_up: str | None

    @classmethod
    def of(cls, partnership: Partnership | None) -> "Closing | None":
        if partnership is None:
            return None
        closing = cls(
            partnership.closing_date,
            partnership.closing_decision,
            partnership.closing_results,
            partnership.closing_sustainability,
            partnership.closing_follow_up,
        )
        return None if closing == cls(None, None, None, None, None) else closing


@dataclass(frozen=True, slots=True)
class ProgressReportData:
    """Everything the partnership progress report prints."""

    partnership: PartnershipInfo
    as_of: dt.date
    tracks: tuple[TrackRow, ...]
    indicators: tuple[IndicatorStatus, ...]
    actions: tuple[ActionRow, ...]
    overdue: tuple[ActionRow, ...]
    learning: tuple[LearningRow, ...]
    capacity: tuple[CapacityRow, ...]
    finance: FinancePicture
    visits: tuple[VisitRow, ...]
    # The reporting period the report is for, and its progress record if it has one.
    period: ReportPeriod | None = None
    # The results chain: each track's outputs and the actions serving them.
    outputs: tuple[TrackChain, ...] = ()
    # Each track's current stage of change (storage/people.py).
    stages: tuple[TrackStageRow, ...] = ()
    # Partnership health: each partner's latest review, per item (storage/health.py).
    health: HealthSummary | None = None
    # The WOP cycle: phase history and mentoring pairs (storage/cycle.py), and closing.
    cycle: CycleView | None = None
    closing: Closing | None = None


@dataclass(frozen=True, slots=True)
class LearningRecordData:
    """One person's learning: what they took part in and what they taught."""

    name: str
    job_title: str | None
    utility: str | None
    email: str | None
    memberships: tuple[tuple[str, v.Role], ...]
    as_trainee: tuple[LearningRow, ...]
    as_trainer: tuple[LearningRow, ...]


class _Names:
    """Person and track names by id, looked up once per report."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._people: dict[str, Person | None] = {}
        self._tracks: dict[str, str] = {}

    def person(self, person_id: str | None) -> str | None:
        record = self.person_record(person_id)
        return record.name if record is not None else None

    def person_record(self, person_id: str | None) -> Person | None:
        if person_id is None:
            return None
        if person_id not in self._people:
            record = self.session.get(Person, person_id)
            self._people[person_id] = None if record is None or record.deleted else record
        return self._people[person_id]

    def track(self, partnership_id: str, track_id: str | None) -> str | None:
        if track_id is None:
            return None
        if track_id not in self._tracks:
            for track in queries.tracks(self.session, partnership_id):
                self._tracks[track.id] = track.title
        return self._tracks.get(track_id)


def _utility_info(utility: Utility) -> UtilityInfo:
    return UtilityInfo(utility.name, utility.country, utility.region)


def partnership_info(session: Session, partnership_id: str) -> PartnershipInfo:
    record = get(session, Partnership, partnership_id)
    return PartnershipInfo(
        id=record.id,
        title=record.title,
        mentor=_utility_info(record.mentor_utility),
        mentee=_utility_info(record.mentee_utility),
        type=record.type,
        phase=record.phase,
        status=record.status,
        currency=record.currency,
        location=record.location,
        objectives=record.objectives,
        start=record.actual_start or record.planned_start,
        end=record.actual_end or record.planned_end,
        planned=(record.planned_start, record.planned_end),
        actual=(record.actual_start, record.actual_end),
    )


def _action_row(action: Action, names: _Names) -> ActionRow:
    return _agreed_row(visit_snapshot.agreed(action), action.partnership_id, names)


def _agreed_row(
    action: visit_snapshot.AgreedAction, partnership_id: str, names: _Names
) -> ActionRow:
    return ActionRow(
        description=action.description,
        owner=names.person(action.owner_id),
        due_date=action.due_date,
        status=action.status,
        progress=action.progress,
        track=names.track(partnership_id, action.track_id),
    )


def _visit_actions(session: Session, visit: SiteVisit, names: _Names) -> tuple[ActionRow, ...]:
    """A final visit's actions as they were when it was finalised; a draft's as they are."""
    agreed = visit_snapshot.read(visit.action_snapshot)
    if visit.state != v.VisitState.FINAL or agreed is None:
        live = queries.actions(session, visit.partnership_id, visit.id)
        agreed = [visit_snapshot.agreed(a) for a in live]
    return tuple(_agreed_row(a, visit.partnership_id, names) for a in agreed)


def _visit_followups(session: Session, visit: SiteVisit, names: _Names) -> tuple[ActionRow, ...]:
    """The earlier actions a final visit followed up, as they were when it was finalised."""
    kept = visit_snapshot.read(visit.followup_snapshot)
    if visit.state != v.VisitState.FINAL or kept is None:
        kept = [visit_snapshot.agreed(a) for a in visit_followup.followup_of(session, visit)]
    return tuple(_agreed_row(a, visit.partnership_id, names) for a in kept)


def _signoff(visit: SiteVisit, names: _Names) -> SignOff | None:
    if visit.signed_on is None:
        return None
    signers = []
    for side in progress.SIDES:
        person_field, role_field = visit_followup.signer_fields(side)
        name = names.person(getattr(visit, person_field))
        signers.append(Signer(name, getattr(visit, role_field)) if name else None)
    return SignOff(signers[0], signers[1], visit.signed_on, visit.signed_how)


def _finding_row(finding: DiagnosisFinding, names: _Names) -> FindingRow:
    return FindingRow(
        finding=finding.finding,
        area=finding.area,
        priority=finding.priority,
        root_cause=finding.root_cause,
        evidence=finding.evidence,
        track=names.track(finding.partnership_id, finding.track_id),
    )


def _learning_rows(
    session: Session, activities: Iterable[LearningActivity], names: _Names
) -> tuple[LearningRow, ...]:
    titles: dict[str, str] = {}
    rows = []
    for activity in activities:
        if activity.partnership_id not in titles:
            titles[activity.partnership_id] = get(
                session, Partnership, activity.partnership_id
            ).title
        trainees = tuple(p.name for p in queries.trainees(session, activity.id))
        rows.append(
            LearningRow(
                date=activity.date,
                form=activity.form,
                topic=activity.topic,
                trainer=names.person(activity.trainer_id),
                trainees=trainees,
                hours=activity.hours,
                competency=activity.competency,
                level_before=activity.level_before,
                level_after=activity.level_after,
                applied_evidence=activity.applied_evidence,
                applied_date=activity.applied_date,
                verified_by=names.person(activity.verified_by_id),
                track=names.track(activity.partnership_id, activity.track_id),
                partnership=titles[activity.partnership_id],
                people=people_of(
                    activity.participants,
                    activity.women,
                    activity.men,
                    activity.not_stated,
                    len(trainees),
                ),
            )
        )
    return tuple(rows)


def indicator_statuses(
    session: Session, partnership_id: str, up_to: dt.date | None = None
) -> tuple[IndicatorStatus, ...]:
    """The indicators the partnership's tracks follow, with readings up to ``up_to``."""
    names = _Names(session)
    statuses = []
    for link in queries.track_indicators(session, partnership_id):
        indicator = link.indicator
        utility = session.get(Utility, link.utility_id)
        readings = [
            (reading.period, reading.value)
            for reading in queries.readings(session, link.utility_id, link.indicator_id)
            if up_to is None or reading.period <= up_to
        ]
        statuses.append(
            IndicatorStatus(
                name=indicator_text(indicator, "name"),
                code=indicator.code,
                unit=indicator_text(indicator, "unit"),
                better_when=indicator.better_when,
                utility=utility.name if utility is not None else "",
                track=names.track(partnership_id, link.track_id) or "",
                baseline_value=link.baseline_value,
                baseline_date=link.baseline_date,
                target_value=link.target_value,
                target_date=link.target_date,
                benchmark=indicator.benchmark,
                benchmark_source=indicator.benchmark_source,
                readings=tuple(readings),
                milestones=milestone_points(session, link.id),
                as_of=up_to,
                reference=indicator_reference(indicator),
            )
        )
    statuses.sort(key=lambda s: (s.track, s.name))
    return tuple(statuses)


def visit_report(session: Session, visit_id: str) -> VisitReportData:
    """The visit summary of one site visit; NotFoundError if there is no such visit."""
    visit = get(session, SiteVisit, visit_id)
    names = _Names(session)
    participants = []
    for row in queries.visit_participants(session, visit.id):
        person = row.person
        participants.append(
            Participant(
                name=person.name,
                utility=person.utility.name if person.utility is not None else None,
                job_title=person.job_title,
                role=row.role,
            )
        )
    role_order = list(v.Role)
    participants.sort(key=lambda p: (role_order.index(p.role) if p.role else 99, p.name))
    findings = sorted(
        queries.findings(session, visit.partnership_id, visit.id),
        key=lambda f: (_PRIORITY_ORDER.get(f.priority, 9), f.created_at),
    )
    photos = [
        PhotoRef(a.sha256, a.file_name, a.media_type, a.caption)
        for a in queries.attachments(session, visit.id)
    ]
    return VisitReportData(
        partnership=partnership_info(session, visit.partnership_id),
        title=visit.title,
        start_date=visit.start_date,
        end_date=visit.end_date,
        site=visit.site,
        latitude=visit.latitude,
        longitude=visit.longitude,
        purpose=visit.purpose,
        activities=visit.activities,
        notes=visit.notes,
        next_visit_date=visit.next_visit_date,
        state=visit.state,
        participants=tuple(participants),
        findings=tuple(_finding_row(f, names) for f in findings),
        photos=tuple(photos),
        actions=_visit_actions(session, visit, names),
        learning=_learning_rows(
            session, queries.learning(session, visit.partnership_id, visit.id), names
        ),
        indicators=indicator_statuses(session, visit.partnership_id, up_to=visit.end_date),
        followups=_visit_followups(session, visit, names),
        signoff=_signoff(visit, names),
    )


def latest_visit_id(session: Session) -> str:
    """The id of the visit that started last, or NotFoundError when there is none."""
    visit = queries.latest_visit(session)
    if visit is None:
        raise NotFoundError("There is no site visit to report on yet.")
    return visit.id


def capacity_assessments(session: Session, partnership_id: str) -> list[CapacityAssessment]:
    return queries.live(
        session,
        CapacityAssessment,
        CapacityAssessment.partnership_id == partnership_id,
        order_by=CapacityAssessment.date,
    )


def progress_report(
    session: Session, partnership_id: str, as_of: dt.date, period: str | None = None
) -> ProgressReportData:
    """The progress report of one partnership as of a date (overdue actions are judged then),
    for the reporting period ``period`` names (default: the latest with a record)."""
    info = partnership_info(session, partnership_id)
    window = report_period(session, partnership_id, period, as_of)
    names = _Names(session)
    tracks = tuple(
        TrackRow(
            t.title, t.working_area, names.person(t.mentor_lead_id), names.person(t.mentee_lead_id)
        )
        for t in queries.tracks(session, partnership_id)
    )
    return ProgressReportData(
        partnership=info,
        as_of=as_of,
        tracks=tracks,
        indicators=indicator_statuses(session, partnership_id, up_to=as_of),
        actions=tuple(_action_row(a, names) for a in queries.actions(session, partnership_id)),
        overdue=tuple(
            _action_row(a, names) for a in queries.overdue_actions(session, partnership_id, as_of)
        ),
        learning=_learning_rows(session, queries.learning(session, partnership_id), names),
        capacity=tuple(
            CapacityRow(
                date=c.date,
                dimension=c.dimension,
                degree=c.degree,
                contribution=c.contribution,
                assessed_by=c.assessed_by,
                track=names.track(partnership_id, c.track_id),
                obstacles=c.obstacles,
                contributing_factors=c.contributing_factors,
            )
            for c in capacity_assessments(session, partnership_id)
        ),
        finance=finance_picture(
            session,
            partnership_id,
            min(window.end, as_of) if window else as_of,
            window.start if window else None,
        ),
        visits=tuple(
            VisitRow(s.title, s.start_date, s.end_date, s.state)
            for s in sorted(queries.visits(session, partnership_id), key=lambda s: s.start_date)
        ),
        period=window,
        outputs=tuple(outputs_by_track(session, partnership_id)),
        stages=track_stage_rows(session, partnership_id),
        health=health.report_summary(
            session, partnership_id, (window.start, window.end) if window else None, as_of
        ),
        cycle=cycle_view(session, partnership_id),
        closing=Closing.of(session.get(Partnership, partnership_id)),
    )


def person_memberships(session: Session, person_id: str) -> list[tuple[str, v.Role]]:
    """(partnership title, role) of every partnership the person is a member of."""
    rows = session.execute(
        select(Partnership.title, Membership.role)
        .join(Membership, Membership.partnership_id == Partnership.id)
        .where(
            Membership.person_id == person_id,
            Membership.deleted.is_(False),
            Partnership.deleted.is_(False),
        )
        .order_by(Partnership.title)
    )
    return [(title, role) for title, role in rows]


def learning_record(session: Session, person_id: str) -> LearningRecordData:
    """One person's learning record; NotFoundError if there is no such person."""
    person = get(session, Person, person_id)
    names = _Names(session)
    activities = queries.learning_of_person(session, person_id)
    taught = [a for a in activities if a.trainer_id == person_id]
    learned_ids = {
        a.id for a in activities if person_id in {p.id for p in queries.trainees(session, a.id)}
    }
    return LearningRecordData(
        name=person.name,
        job_title=person.job_title,
        utility=person.utility.name if person.utility is not None else None,
        email=person.email,
        memberships=tuple(person_memberships(session, person_id)),
        as_trainee=_learning_rows(session, [a for a in activities if a.id in learned_ids], names),
        as_trainer=_learning_rows(session, taught, names),
    )
