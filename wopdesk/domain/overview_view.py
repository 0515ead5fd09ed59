"""What the Overview shows, as plain frozen dataclasses (no SQLAlchemy, no Qt).

``wopdesk.storage.overview`` reads them; the desktop app also keeps the last one shown
(``wopdesk.ui.overview_cache``), so its start can draw the Overview before the database
layer is imported.
"""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from wopdesk.domain.people import People
from wopdesk.domain.vocab import (
    ActionStatus,
    BetterWhen,
    LearningForm,
    PartnershipStatus,
    ProgressStatus,
    VisitState,
    WopPhase,
)

OPEN_STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)


@dataclass(frozen=True, slots=True)
class LearningPeople:
    """Totals of some learning: activities, hours, person-hours and the people by sex."""

    activities: int = 0
    hours: float = 0.0
    person_hours: float = 0.0
    people: People = field(default_factory=People)


@dataclass(frozen=True, slots=True)
class IndicatorStatus:
    """One linked indicator: where it started, where it should go, where it is."""

    code: str
    name: str
    unit: str
    utility_name: str
    track_title: str
    better_when: BetterWhen
    baseline: float | None
    target: float | None
    latest: float | None
    latest_period: dt.date | None
    progress: float | None  # share of the way from baseline to target (1.0 = reached)
    status: str  # "reached", "on_track", "behind", "no_data", "no_recent_data"
    reference: str = ""  # the framework's own number ("IBNET 15.4"); none for one's own


@dataclass(frozen=True, slots=True)
class ActionLine:
    id: str
    description: str
    owner_name: str | None
    due_date: dt.date | None
    status: ActionStatus
    progress: int


@dataclass(frozen=True, slots=True)
class VisitLine:
    id: str
    title: str
    start_date: dt.date
    end_date: dt.date
    state: VisitState
    site: str | None = None


@dataclass(frozen=True, slots=True)
class PartnershipOverview:
    partnership_id: str
    title: str
    mentor_name: str
    mentee_name: str
    phase: WopPhase
    status: PartnershipStatus
    currency: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    indicators: list[IndicatorStatus]
    actions_by_status: dict[ActionStatus, int]
    overdue: list[ActionLine]
    upcoming_visit: VisitLine | None
    next_visit_date: dt.date | None  # agreed at the last visit, when no visit is planned yet
    learning_hours: dict[LearningForm, float]
    budget: Decimal
    spent: Decimal  # in the partnership's currency, other currencies converted at their date
    # Spent in other currencies with no usable exchange rate, per currency: never added.
    spent_elsewhere: dict[str, Decimal] = field(default_factory=dict)
    # The newest reporting period with a progress record: its label, status, approved.
    last_report: tuple[str, ProgressStatus, bool] | None = None
    # Person-hours and participants by sex of all the partnership's learning.
    learning_people: LearningPeople = field(default_factory=LearningPeople)

    @property
    def open_actions(self) -> int:
        return sum(self.actions_by_status.get(status, 0) for status in OPEN_STATUSES)

    @property
    def learning_total(self) -> float:
        return sum(self.learning_hours.values())
