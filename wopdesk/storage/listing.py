"""Reads behind the record pages: id lists for lazy tables, row loaders, series and totals.

Every ``*_ids`` function returns ids only, in display order; every ``*_rows`` function
reads the cells of some ids in one query, as the lazy table models ask for them.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from wopdesk.domain import judgement
from wopdesk.domain.catalogue import (
    indicator_label,
    indicator_reference,
    indicator_source,
    indicator_text,
    is_better,
    meets,
)
from wopdesk.domain.vocab import (
    ActionStatus,
    AssessedBy,
    BetterWhen,
    CapacityDimension,
    CapacityLevel,
    ChangeStage,
    ContributionKind,
    DataConfidence,
    ExpenseCategory,
    FindingArea,
    PartnershipStatus,
    PartnershipType,
    Priority,
    Role,
    UtilityKind,
    WopPhase,
    WorkingArea,
)
from wopdesk.storage.milestones import milestone_points
from wopdesk.storage.models import (
    Action,
    CapacityAssessment,
    Contribution,
    DiagnosisFinding,
    ExchangeRate,
    Expense,
    ImprovementTrack,
    Indicator,
    IndicatorReading,
    Membership,
    Partnership,
    Person,
    SiteVisit,
    TrackIndicator,
    Utility,
)

# The budget's totals live with the overview's (one money read); the finance page reads
# them from here too.
from wopdesk.storage.overview import BudgetTotals as BudgetTotals
from wopdesk.storage.overview import LineStatus as LineStatus
from wopdesk.storage.overview import budget_lines as budget_lines
from wopdesk.storage.overview import budget_totals as budget_totals
from wopdesk.storage.overview import time_elapsed_share as time_elapsed_share
from wopdesk.storage.people import stages_of_tracks

OPEN_STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)


def _ids(session: Session, query: Select[Any]) -> list[str]:
    return list(session.scalars(query))


# --- partnerships, utilities, people ------------------------------------------------------


class PartnershipRow(NamedTuple):
    title: str
    mentor: str
    mentee: str
    type: PartnershipType
    phase: WopPhase
    status: PartnershipStatus
    start: dt.date | None
    end: dt.date | None


def partnership_ids(session: Session) -> list[str]:
    return _ids(
        session,
        select(Partnership.id).where(Partnership.deleted.is_(False)).order_by(Partnership.title),
    )


def partnership_rows(session: Session, ids: Sequence[str]) -> dict[str, PartnershipRow]:
    mentor, mentee = aliased(Utility), aliased(Utility)
    rows = session.execute(
        select(Partnership, mentor.name, mentee.name)
        .join(mentor, mentor.id == Partnership.mentor_utility_id)
        .join(mentee, mentee.id == Partnership.mentee_utility_id)
        .where(Partnership.id.in_(ids))
    )
    return {
        p.id: PartnershipRow(
            p.title,
            mentor_name,
            mentee_name,
            p.type,
            p.phase,
            p.status,
            p.actual_start or p.planned_start,
            p.actual_end or p.planned_end,
        )
        for p, mentor_name, mentee_name in rows
    }


class UtilityRow(NamedTuple):
    name: str
    country: str
    region: str | None
    kind: UtilityKind
    population_served: int | None
    connections: int | None


def utility_ids(session: Session) -> list[str]:
    return _ids(
        session, select(Utility.id).where(Utility.deleted.is_(False)).order_by(Utility.name)
    )


def utility_rows(session: Session, ids: Sequence[str]) -> dict[str, UtilityRow]:
    return {
        u.id: UtilityRow(u.name, u.country, u.region, u.kind, u.population_served, u.connections)
        for u in session.scalars(select(Utility).where(Utility.id.in_(ids)))
    }


class PersonRow(NamedTuple):
    name: str
    utility: str | None
    job_title: str | None
    email: str | None
    phone: str | None


def person_ids(session: Session) -> list[str]:
    return _ids(session, select(Person.id).where(Person.deleted.is_(False)).order_by(Person.name))


def person_rows(session: Session, ids: Sequence[str]) -> dict[str, PersonRow]:
    rows = session.execute(
        select(Person, Utility.name)
        .outerjoin(Utility, Utility.id == Person.utility_id)
        .where(Person.id.in_(ids))
    )
    return {p.id: PersonRow(p.name, utility, p.job_title, p.email, p.phone) for p, utility in rows}


class MemberRow(NamedTuple):
    name: str
    utility: str | None
    job_title: str | None
    role: Role
    person_id: str


def membership_ids(session: Session, partnership_id: str) -> list[str]:
    return _ids(
        session,
        select(Membership.id)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.partnership_id == partnership_id, Membership.deleted.is_(False))
        .order_by(Membership.role, Person.name),
    )


def membership_rows(session: Session, ids: Sequence[str]) -> dict[str, MemberRow]:
    rows = session.execute(
        select(Membership, Person, Utility.name)
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(Utility, Utility.id == Person.utility_id)
        .where(Membership.id.in_(ids))
    )
    return {m.id: MemberRow(p.name, utility, p.job_title, m.role, p.id) for m, p, utility in rows}


# --- improvement tracks and their indicators ---------------------------------------------


class TrackRow(NamedTuple):
    title: str
    working_area: WorkingArea
    mentor_lead: str | None
    mentee_lead: str | None
    indicators: int
    # The current stage of change (storage/people.py) and the date it was reached.
    stage: ChangeStage | None = None
    stage_date: dt.date | None = None


def track_ids(session: Session, partnership_id: str) -> list[str]:
    return _ids(
        session,
        select(ImprovementTrack.id)
        .where(
            ImprovementTrack.partnership_id == partnership_id,
            ImprovementTrack.deleted.is_(False),
        )
        .order_by(ImprovementTrack.title),
    )


def track_rows(session: Session, ids: Sequence[str]) -> dict[str, TrackRow]:
    mentor, mentee = aliased(Person), aliased(Person)
    linked = (
        select(func.count(TrackIndicator.id))
        .where(TrackIndicator.track_id == ImprovementTrack.id, TrackIndicator.deleted.is_(False))
        .scalar_subquery()
    )
    rows = session.execute(
        select(ImprovementTrack, mentor.name, mentee.name, linked)
        .outerjoin(mentor, mentor.id == ImprovementTrack.mentor_lead_id)
        .outerjoin(mentee, mentee.id == ImprovementTrack.mentee_lead_id)
        .where(ImprovementTrack.id.in_(ids))
    )
    stages = stages_of_tracks(session, ids)

    def row(
        t: ImprovementTrack, mentor_name: str | None, mentee_name: str | None, count: int
    ) -> TrackRow:
        stage = stages.get(t.id)
        return TrackRow(
            t.title,
            t.working_area,
            mentor_name,
            mentee_name,
            count or 0,
            stage.stage if stage else None,
            stage.date if stage else None,
        )

    return {t.id: row(t, *names) for t, *names in rows}


class TrackIndicatorRow(NamedTuple):
    code: str
    name: str
    unit: str
    utility: str
    baseline_value: float | None
    baseline_date: dt.date | None
    target_value: float | None
    target_date: dt.date | None
    frequency: str | None
    means_of_verification: str | None
    label: str  # as lists show it: the framework's number and the name (indicator_label)


def track_indicator_ids(session: Session, track_id: str) -> list[str]:
    return _ids(
        session,
        select(TrackIndicator.id)
        .join(Indicator, Indicator.id == TrackIndicator.indicator_id)
        .where(TrackIndicator.track_id == track_id, TrackIndicator.deleted.is_(False))
        .order_by(Indicator.code),
    )


def track_indicator_rows(session: Session, ids: Sequence[str]) -> dict[str, TrackIndicatorRow]:
    rows = session.execute(
        select(TrackIndicator, Indicator, Utility.name)
        .join(Indicator, Indicator.id == TrackIndicator.indicator_id)
        .join(Utility, Utility.id == TrackIndicator.utility_id)
        .where(TrackIndicator.id.in_(ids))
    )
    return {
        ti.id: TrackIndicatorRow(
            ind.code,
            indicator_text(ind, "name"),
            indicator_text(ind, "unit"),
            utility,
            ti.baseline_value,
            ti.baseline_date,
            ti.target_value,
            ti.target_date,
            ti.frequency,
            ti.means_of_verification,
            indicator_label(ind),
        )
        for ti, ind, utility in rows
    }


def partnership_utilities(session: Session, partnership_id: str) -> list[Utility]:
    """The mentee then the mentor utility of a partnership."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        return []
    return [partnership.mentee_utility, partnership.mentor_utility]


def linked_indicator_ids(session: Session, partnership_id: str) -> list[str]:
    """Indicators linked to the partnership's tracks, by code, each once."""
    return list(
        session.scalars(
            select(Indicator.id)
            .join(TrackIndicator, TrackIndicator.indicator_id == Indicator.id)
            .where(
                TrackIndicator.partnership_id == partnership_id,
                TrackIndicator.deleted.is_(False),
                Indicator.deleted.is_(False),
            )
            .group_by(Indicator.id)
            .order_by(Indicator.code)
        )
    )


# --- diagnosis -----------------------------------------------------------------------------


class FindingRow(NamedTuple):
    priority: Priority
    area: FindingArea
    finding: str
    root_cause: str | None
    evidence: str | None
    track: str | None
    agreed_date: dt.date | None
    visit: str | None
    actions: int


PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


def finding_ids(session: Session, partnership_id: str, track_id: str | None = None) -> list[str]:
    query = select(DiagnosisFinding.id, DiagnosisFinding.priority).where(
        DiagnosisFinding.partnership_id == partnership_id, DiagnosisFinding.deleted.is_(False)
    )
    if track_id is not None:
        query = query.where(DiagnosisFinding.track_id == track_id)
    rows = session.execute(query.order_by(DiagnosisFinding.created_at)).all()
    return [row.id for row in sorted(rows, key=lambda row: PRIORITY_ORDER[row.priority])]


def finding_rows(session: Session, ids: Sequence[str]) -> dict[str, FindingRow]:
    actions = (
        select(func.count(Action.id))
        .where(Action.finding_id == DiagnosisFinding.id, Action.deleted.is_(False))
        .scalar_subquery()
    )
    rows = session.execute(
        select(DiagnosisFinding, ImprovementTrack.title, SiteVisit.title, actions)
        .outerjoin(ImprovementTrack, ImprovementTrack.id == DiagnosisFinding.track_id)
        .outerjoin(SiteVisit, SiteVisit.id == DiagnosisFinding.visit_id)
        .where(DiagnosisFinding.id.in_(ids))
    )
    return {
        f.id: FindingRow(
            f.priority,
            f.area,
            f.finding,
            f.root_cause,
            f.evidence,
            track,
            f.agreed_date,
            visit,
            count or 0,
        )
        for f, track, visit, count in rows
    }


# --- work plan -----------------------------------------------------------------------------


class ActionRow(NamedTuple):
    status: ActionStatus
    description: str
    owner: str | None
    due_date: dt.date | None
    progress: int
    track: str | None
    origin: str | None
    overdue: bool


def action_ids(
    session: Session,
    partnership_id: str,
    statuses: Sequence[ActionStatus] | None = None,
    track_id: str | None = None,
) -> list[str]:
    """Actions by due date (undated last), optionally of some statuses and one track."""
    query = select(Action.id).where(
        Action.partnership_id == partnership_id, Action.deleted.is_(False)
    )
    if statuses is not None:
        query = query.where(Action.status.in_(statuses))
    if track_id is not None:
        query = query.where(Action.track_id == track_id)
    return _ids(
        session, query.order_by(Action.due_date.is_(None), Action.due_date, Action.created_at)
    )


def is_overdue(status: ActionStatus, due_date: dt.date | None, today: dt.date) -> bool:
    return due_date is not None and due_date < today and status in OPEN_STATUSES


def action_rows(
    session: Session, ids: Sequence[str], today: dt.date | None = None
) -> dict[str, ActionRow]:
    today = today or dt.date.today()
    rows = session.execute(
        select(
            Action, Person.name, ImprovementTrack.title, DiagnosisFinding.finding, SiteVisit.title
        )
        .outerjoin(Person, Person.id == Action.owner_id)
        .outerjoin(ImprovementTrack, ImprovementTrack.id == Action.track_id)
        .outerjoin(DiagnosisFinding, DiagnosisFinding.id == Action.finding_id)
        .outerjoin(SiteVisit, SiteVisit.id == Action.visit_id)
        .where(Action.id.in_(ids))
    )
    return {
        a.id: ActionRow(
            a.status,
            a.description,
            owner,
            a.due_date,
            a.progress,
            track,
            finding or visit,
            is_overdue(a.status, a.due_date, today),
        )
        for a, owner, track, finding, visit in rows
    }


def action_counts(
    session: Session, partnership_id: str, today: dt.date | None = None
) -> dict[str, int]:
    """How many actions there are, open, overdue and done."""
    today = today or dt.date.today()
    rows = session.execute(
        select(Action.status, Action.due_date).where(
            Action.partnership_id == partnership_id, Action.deleted.is_(False)
        )
    ).all()
    return {
        "total": len(rows),
        "open": sum(status in OPEN_STATUSES for status, _ in rows),
        "overdue": sum(is_overdue(status, due, today) for status, due in rows),
        "done": sum(status == ActionStatus.DONE for status, _ in rows),
    }


# --- indicators -----------------------------------------------------------------------------


class ReadingRow(NamedTuple):
    period: dt.date
    value: float
    unit: str
    confidence: DataConfidence
    source: str | None
    note: str | None


def reading_ids(session: Session, utility_id: str, indicator_id: str) -> list[str]:
    """Readings of one indicator at one utility, newest period first."""
    return _ids(
        session,
        select(IndicatorReading.id)
        .where(
            IndicatorReading.utility_id == utility_id,
            IndicatorReading.indicator_id == indicator_id,
            IndicatorReading.deleted.is_(False),
        )
        .order_by(IndicatorReading.period.desc(), IndicatorReading.created_at.desc()),
    )


def reading_rows(session: Session, ids: Sequence[str]) -> dict[str, ReadingRow]:
    rows = session.execute(
        select(IndicatorReading, Indicator.unit)
        .join(Indicator, Indicator.id == IndicatorReading.indicator_id)
        .where(IndicatorReading.id.in_(ids))
    )
    return {
        r.id: ReadingRow(r.period, r.value, unit, r.confidence, r.source, r.note)
        for r, unit in rows
    }


@dataclass(frozen=True, slots=True)
class IndicatorSeries:
    """Everything a trend chart of one indicator at one utility needs."""

    indicator_id: str
    code: str
    name: str
    unit: str
    better_when: BetterWhen
    min_value: float | None
    max_value: float | None
    benchmark: float | None
    benchmark_source: str | None
    points: list[tuple[dt.date, float]] = field(default_factory=list)
    reference: str = ""  # the framework's own number ("IBNET 15.4"); none for one's own
    # How it is computed, what to mind, and where it is defined, in the reader's language.
    formula: str = ""
    note: str = ""
    source: str = ""
    baseline: tuple[float, dt.date | None] | None = None
    target: tuple[float, dt.date | None] | None = None
    # The yearly milestones agreed on the way to the target (date, value), oldest first.
    milestones: tuple[tuple[dt.date, float], ...] = ()

    @property
    def latest(self) -> tuple[dt.date, float] | None:
        return self.points[-1] if self.points else None

    def plan(self) -> judgement.Plan:
        """The agreed path the judgement and the chart follow."""
        return judgement.plan_of(self.better_when, self.baseline, self.target, self.milestones)

    def improved(self) -> bool | None:
        """Whether the latest reading is better than the baseline (None if unknown)."""
        if self.latest is None or self.baseline is None:
            return None
        return is_better(self.better_when, self.latest[1], self.baseline[0], self.benchmark)

    def judgement(self, today: dt.date) -> str:
        """The Overview's judgement of this series (``domain.judgement``)."""
        return judgement.judge(self.plan(), self.latest, today)

    def target_reached(self) -> bool | None:
        if self.latest is None or self.target is None:
            return None
        baseline = self.baseline[0] if self.baseline is not None else None
        return meets(self.better_when, self.latest[1], self.target[0], baseline)


def indicator_series(
    session: Session, partnership_id: str | None, utility_id: str, indicator_id: str
) -> IndicatorSeries | None:
    """Readings oldest first, with the baseline and target a track of the partnership set."""
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        return None
    points = [
        (period, value)
        for period, value in session.execute(
            select(IndicatorReading.period, IndicatorReading.value)
            .where(
                IndicatorReading.utility_id == utility_id,
                IndicatorReading.indicator_id == indicator_id,
                IndicatorReading.deleted.is_(False),
            )
            .order_by(IndicatorReading.period, IndicatorReading.created_at)
        )
    ]
    link = None
    if partnership_id is not None:
        link = session.scalars(
            select(TrackIndicator)
            .where(
                TrackIndicator.partnership_id == partnership_id,
                TrackIndicator.utility_id == utility_id,
                TrackIndicator.indicator_id == indicator_id,
                TrackIndicator.deleted.is_(False),
            )
            .order_by(TrackIndicator.created_at)
        ).first()
    return IndicatorSeries(
        indicator_id=indicator.id,
        code=indicator.code,
        reference=indicator_reference(indicator),
        name=indicator_text(indicator, "name"),
        unit=indicator_text(indicator, "unit"),
        better_when=indicator.better_when,
        min_value=indicator.min_value,
        max_value=indicator.max_value,
        benchmark=indicator.benchmark,
        benchmark_source=indicator.benchmark_source,
        points=points,
        formula=indicator_text(indicator, "formula"),
        note=indicator_text(indicator, "note") if indicator.builtin else "",
        source=indicator_source(indicator),
        baseline=(
            (link.baseline_value, link.baseline_date)
            if link is not None and link.baseline_value is not None
            else None
        ),
        target=(
            (link.target_value, link.target_date)
            if link is not None and link.target_value is not None
            else None
        ),
        milestones=milestone_points(session, link.id if link is not None else None),
    )


# --- capacity --------------------------------------------------------------------------------


class CapacityRow(NamedTuple):
    level: CapacityLevel
    dimension: CapacityDimension
    degree: int
    contribution: int
    assessed_by: AssessedBy
    track: str | None
    date: dt.date
    obstacles: str | None
    contributing_factors: str | None


DIMENSION_ORDER = {dimension: n for n, dimension in enumerate(CapacityDimension)}


def capacity_ids(session: Session, partnership_id: str) -> list[str]:
    """Assessments grouped by level and dimension (catalogue order), newest first within."""
    rows = session.execute(
        select(CapacityAssessment.id, CapacityAssessment.dimension, CapacityAssessment.date)
        .where(
            CapacityAssessment.partnership_id == partnership_id,
            CapacityAssessment.deleted.is_(False),
        )
        .order_by(CapacityAssessment.date.desc(), CapacityAssessment.created_at)
    ).all()
    return [row.id for row in sorted(rows, key=lambda row: DIMENSION_ORDER[row.dimension])]


def capacity_rows(session: Session, ids: Sequence[str]) -> dict[str, CapacityRow]:
    rows = session.execute(
        select(CapacityAssessment, ImprovementTrack.title)
        .outerjoin(ImprovementTrack, ImprovementTrack.id == CapacityAssessment.track_id)
        .where(CapacityAssessment.id.in_(ids))
    )
    return {
        c.id: CapacityRow(
            c.dimension.level,
            c.dimension,
            c.degree,
            c.contribution,
            c.assessed_by,
            track,
            c.date,
            c.obstacles,
            c.contributing_factors,
        )
        for c, track in rows
    }


@dataclass(frozen=True, slots=True)
class LevelSummary:
    level: CapacityLevel
    assessments: int
    mean_degree: float | None
    mean_contribution: float | None


def capacity_summary(session: Session, partnership_id: str) -> list[LevelSummary]:
    """Mean degree of change and WOP contribution per level, in level order."""
    by_level: dict[CapacityLevel, list[tuple[int, int]]] = {level: [] for level in CapacityLevel}
    for dimension, degree, contribution in session.execute(
        select(
            CapacityAssessment.dimension, CapacityAssessment.degree, CapacityAssessment.contribution
        ).where(
            CapacityAssessment.partnership_id == partnership_id,
            CapacityAssessment.deleted.is_(False),
        )
    ):
        by_level[dimension.level].append((degree, contribution))
    summaries = []
    for level, scores in by_level.items():
        n = len(scores)
        summaries.append(
            LevelSummary(
                level,
                n,
                sum(d for d, _ in scores) / n if n else None,
                sum(c for _, c in scores) / n if n else None,
            )
        )
    return summaries


# --- money ---------------------------------------------------------------------------------


class ExpenseRow(NamedTuple):
    date: dt.date
    category: ExpenseCategory
    amount: Decimal
    currency: str
    in_kind: bool
    description: str | None


def expense_ids(session: Session, partnership_id: str) -> list[str]:
    return _ids(
        session,
        select(Expense.id)
        .where(Expense.partnership_id == partnership_id, Expense.deleted.is_(False))
        .order_by(Expense.date.desc(), Expense.created_at.desc()),
    )


def expense_rows(session: Session, ids: Sequence[str]) -> dict[str, ExpenseRow]:
    return {
        e.id: ExpenseRow(e.date, e.category, e.amount, e.currency, e.in_kind, e.description)
        for e in session.scalars(select(Expense).where(Expense.id.in_(ids)))
    }


class ContributionRow(NamedTuple):
    contributor: str
    kind: ContributionKind
    amount: Decimal  # planned
    currency: str
    received: Decimal | None
    description: str | None


def contribution_ids(session: Session, partnership_id: str) -> list[str]:
    return _ids(
        session,
        select(Contribution.id)
        .where(Contribution.partnership_id == partnership_id, Contribution.deleted.is_(False))
        .order_by(Contribution.contributor, Contribution.created_at),
    )


def contribution_rows(session: Session, ids: Sequence[str]) -> dict[str, ContributionRow]:
    contributions = session.execute(
        select(Contribution, Partnership.currency)
        .join(Partnership, Partnership.id == Contribution.partnership_id)
        .where(Contribution.id.in_(ids))
    )
    return {
        c.id: ContributionRow(
            c.contributor,
            c.kind,
            c.amount,
            c.currency or partnership_currency,  # none: as older WOPdesk counted it
            c.received,
            c.description,
        )
        for c, partnership_currency in contributions
    }


class RateRow(NamedTuple):
    date: dt.date
    from_currency: str
    to_currency: str
    rate: Decimal
    source: str


def exchange_rate_ids(session: Session, partnership_id: str) -> list[str]:
    return _ids(
        session,
        select(ExchangeRate.id)
        .where(ExchangeRate.partnership_id == partnership_id, ExchangeRate.deleted.is_(False))
        .order_by(ExchangeRate.date.desc(), ExchangeRate.created_at),
    )


def exchange_rate_rows(session: Session, ids: Sequence[str]) -> dict[str, RateRow]:
    return {
        r.id: RateRow(r.date, r.from_currency, r.to_currency, r.rate, r.source)
        for r in session.scalars(select(ExchangeRate).where(ExchangeRate.id.in_(ids)))
    }
