"""The shape of one demo partnership: plain rows that ``builder`` turns into records.

Keys name the records (``demo_id(prefix + "track:" + key)``); a demo's rows refer to one
another by key. People and utilities have one key across all demos.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from wopdesk.domain import vocab as v


class Utility(NamedTuple):
    key: str
    name: str
    country: str
    region: str
    kind: v.UtilityKind
    population_served: int | None
    connections: int | None


class Person(NamedTuple):
    key: str
    name: str
    utility: str | None
    job_title: str
    email: str
    role: v.Role


class Track(NamedTuple):
    key: str
    title: str
    area: v.WorkingArea
    mentor_lead: str
    mentee_lead: str
    situation: str


class Target(NamedTuple):
    """An indicator a track follows, with the readings of the mentee (one a quarter)."""

    track: str
    code: str
    target: float
    readings: tuple[float, ...]
    # Yearly milestones agreed on the way (date, value); the demo's are illustrative too.
    milestones: tuple[tuple[dt.date, float], ...] = ()


class Finding(NamedTuple):
    key: str
    track: str
    area: v.FindingArea
    finding: str
    root_cause: str
    priority: v.Priority


class Visit(NamedTuple):
    key: str
    title: str
    start: dt.date
    end: dt.date
    state: v.VisitState
    next_visit: dt.date
    purpose: str
    activities: str
    notes: str
    participants: tuple[str, ...]
    finding: str  # what the visit found, recorded as a finding of its track
    finding_track: str
    photos: tuple[str, ...]


class ActionRow(NamedTuple):
    key: str
    track: str
    description: str
    owner: str
    due: dt.date
    status: v.ActionStatus
    progress: int
    finding: str | None  # the diagnosis finding it answers
    visit: str | None  # the visit where it was agreed


class Learning(NamedTuple):
    key: str
    track: str
    form: v.LearningForm
    date: dt.date
    topic: str
    trainer: str
    trainees: tuple[str, ...]
    hours: float
    competency: str
    level_before: int
    level_after: int
    visit: str | None
    applied: str | None  # evidence the learning was applied, checked by the trainer


class Contribution(NamedTuple):
    key: str
    contributor: str
    utility: str | None
    kind: v.ContributionKind
    amount: float  # in the partnership's currency
    description: str


class Expense(NamedTuple):
    date: dt.date
    category: v.ExpenseCategory
    amount: float
    currency: str
    in_kind: bool
    description: str


class BudgetLineRow(NamedTuple):
    key: str
    category: v.ExpenseCategory
    funder: str
    description: str
    amount: float
    currency: str
    in_kind: bool  # the partnership's expenses paid this way are spent on this line


class ExchangeRate(NamedTuple):
    date: dt.date
    from_currency: str
    to_currency: str
    rate: float
    source: str


class Capacity(NamedTuple):
    track: str
    dimension: v.CapacityDimension
    degree: int
    contribution: int
    obstacles: str | None
    factors: str | None


class Progress(NamedTuple):
    """One period's progress record; approvals by person key, on a date (None: not yet)."""

    start: dt.date
    end: dt.date
    status: v.ProgressStatus
    reason: str | None
    summary: str
    achievements: str
    challenges: str
    lessons: str
    next_steps: str
    author: str
    mentor_approval: tuple[str, dt.date] | None
    mentee_approval: tuple[str, dt.date] | None


class OutputRow(NamedTuple):
    """A deliverable of the results chain, on a track."""

    key: str
    track: str
    title: str
    description: str
    target: dt.date
    status: v.OutputStatus
    evidence: str | None
    delivered: dt.date | None


class ActionPlan(NamedTuple):
    """What the results chain adds to an action (by key): its output, start and cost."""

    action: str
    output: str | None
    start: dt.date
    cost: Decimal | None = None  # in the partnership's currency; illustrative


class LearningPeople(NamedTuple):
    """Who took part in a learning entry; participants None: the sum of the counts."""

    learning: str
    participants: int | None
    women: int
    men: int
    not_stated: int


class Stage(NamedTuple):
    """A stage of change a track reached, on a date, on evidence, told by a person."""

    track: str
    stage: v.ChangeStage
    date: dt.date
    evidence: str | None
    recorded_by: str


class HealthReviewRow(NamedTuple):
    """One partner's health review: item id -> (score, comment or None)."""

    key: str
    date: dt.date
    side: v.PartnerSide
    period: tuple[dt.date, dt.date] | None
    scores: dict[str, tuple[int, str | None]]
    note: str = ""  # says the scores are illustrative


class PhaseRow(NamedTuple):
    phase: v.WopPhase
    date: dt.date
    note: str


class PairRow(NamedTuple):
    mentor: str  # person keys
    mentee: str
    phase: v.MentoringPhase
    date: dt.date
    note: str


@dataclass(frozen=True)
class DemoSpec:
    """Everything one demo partnership holds."""

    prefix: str  # of its record keys; "" for the first demo, whose keys tests use
    utilities: tuple[Utility, ...]
    people: tuple[Person, ...]
    partnership: dict[str, Any]  # the Partnership's fields, its utilities by key
    team: str
    tracks: tuple[Track, ...]
    targets: tuple[Target, ...]
    first_period: dt.date  # quarter end of each target's first reading
    baseline_reading: int  # which reading is the baseline
    target_date: dt.date
    frequency: str
    verification: str  # how the baseline and readings were obtained, said plainly
    reading_source: str
    reading_note: str  # every demo reading is illustrative and says so
    findings: tuple[Finding, ...]
    diagnosis_evidence: str
    diagnosis_date: dt.date
    site: str
    latitude: float
    longitude: float
    visits: tuple[Visit, ...]
    actions: tuple[ActionRow, ...]
    learning: tuple[Learning, ...]
    contributions: tuple[Contribution, ...]
    expenses: tuple[Expense, ...]
    capacity: tuple[Capacity, ...]
    capacity_date: dt.date
    progress: tuple[Progress, ...] = ()
    rates: tuple[ExchangeRate, ...] = ()
    budget_lines: tuple[BudgetLineRow, ...] = ()
    outputs: tuple[OutputRow, ...] = ()
    action_plans: tuple[ActionPlan, ...] = ()
    learning_people: tuple[LearningPeople, ...] = ()
    stages: tuple[Stage, ...] = ()
    # Partnership health and the WOP cycle's history (builder.health_and_cycle).
    health: tuple[HealthReviewRow, ...] = ()
    ticked_practices: tuple[tuple[str, dt.date], ...] = ()  # (practice id, ticked on)
    phases: tuple[PhaseRow, ...] = ()
    pairs: tuple[PairRow, ...] = ()
