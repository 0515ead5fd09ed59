"""SQLAlchemy models of every WOPdesk record.

Every synced record has a UUID key, ``created_at``, ``updated_at``, a ``deleted``
tombstone and ``clocks``: the hybrid-logical-clock stamp of the last write of each
field, which sync compares field by field. Synced tables carry no unique
constraints besides the key, because two offline replicas may create "the same"
thing and both rows must survive a merge.
"""

import datetime as dt
from decimal import Decimal
from functools import cache
from typing import Any, ClassVar, Self

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    make_transient_to_detached,
    mapped_column,
    relationship,
)

from wopdesk.domain import vocab as v
from wopdesk.domain.rules import EntityRules
from wopdesk.storage.types import ExactDecimal, UtcDateTime, Vocab, new_id, utcnow


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UtcDateTime(),
        dt.date: Date(),
        str: String(),
        dict[str, str]: JSON(),
    }


def fk(target: str, nullable: bool = False) -> Any:
    """A foreign key column to another record's id."""
    return mapped_column(String(36), ForeignKey(f"{target}.id"), nullable=nullable, index=True)


@cache
def _column_defaults(model: type[Base]) -> tuple[tuple[str, Any], ...]:
    """The Python-side defaults (plain values or callables) of ``model``'s columns."""
    return tuple(
        (column.key, column.default)
        for column in model.__table__.columns
        if column.default is not None and (column.default.is_scalar or column.default.is_callable)
    )


@cache
def _column_keys(model: type[Base]) -> tuple[str, ...]:
    return tuple(column.key for column in model.__table__.columns)


class SyncedRecord(Base):
    """Columns every synced record has."""

    __abstract__ = True
    rules: ClassVar[EntityRules]
    # Records belonging to one partnership name the column that says which.
    partnership_column: ClassVar[str | None] = "partnership_id"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    clocks: Mapped[dict[str, str]] = mapped_column(default=dict)

    # Columns that are bookkeeping, not user data, and so never synced as fields.
    LOCAL_COLUMNS: ClassVar[frozenset[str]] = frozenset({"id", "updated_at", "clocks"})

    def __init__(self, **values: Any) -> None:
        # Fill column defaults now, not at INSERT, so validation and change capture
        # see the values the row will really have.
        for key, default in _column_defaults(type(self)):
            if key not in values:
                values[key] = default.arg(None) if default.is_callable else default.arg
        super().__init__(**values)

    @classmethod
    def new_values(cls, values: dict[str, Any]) -> dict[str, Any]:
        """Every column of a new record: ``values``, and the others' defaults (or None)."""
        row = dict.fromkeys(_column_keys(cls))
        row.update(values)
        for key, default in _column_defaults(cls):
            if key not in values:
                row[key] = default.arg(None) if default.is_callable else default.arg
        return row

    @classmethod
    def as_loaded(cls, row: dict[str, Any]) -> Self:
        """The record of a row just written, as if read back: no pending changes.

        Built as SQLAlchemy builds a record it loads (no per-field change events), then
        made detached with ``row["id"]`` as its key, ready to join a session.
        """
        record = cls.__mapper__.class_manager.new_instance()
        record.__dict__.update(row)
        make_transient_to_detached(record)
        return record

    @classmethod
    def synced_fields(cls) -> list[str]:
        return [c.key for c in cls.__table__.columns if c.key not in cls.LOCAL_COLUMNS]

    def values(self) -> dict[str, Any]:
        """Field values by column name, for validation and the wire."""
        return {c.key: getattr(self, c.key) for c in self.__table__.columns}


class Utility(SyncedRecord):
    __tablename__ = "utility"
    rules = EntityRules(
        "Utility",
        required=("name", "country"),
        non_negative=("population_served", "connections"),
    )
    partnership_column = None

    name: Mapped[str]
    country: Mapped[str]
    region: Mapped[str | None]
    kind: Mapped[v.UtilityKind] = mapped_column(Vocab(v.UtilityKind), default=v.UtilityKind.WATER)
    population_served: Mapped[int | None] = mapped_column(Integer)
    connections: Mapped[int | None] = mapped_column(Integer)


class Person(SyncedRecord):
    __tablename__ = "person"
    rules = EntityRules("Person", required=("name",), emails=("email",))
    partnership_column = None

    name: Mapped[str]
    utility_id: Mapped[str | None] = fk("utility", nullable=True)
    job_title: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]

    utility: Mapped[Utility | None] = relationship()


class Partnership(SyncedRecord):
    __tablename__ = "partnership"
    rules = EntityRules(
        "Partnership",
        required=("title", "mentor_utility_id", "mentee_utility_id", "currency"),
        date_order=(("planned_start", "planned_end"), ("actual_start", "actual_end")),
        currencies=("currency",),
    )
    partnership_column = "id"

    title: Mapped[str]
    mentor_utility_id: Mapped[str] = fk("utility")
    mentee_utility_id: Mapped[str] = fk("utility")
    type: Mapped[v.PartnershipType] = mapped_column(
        Vocab(v.PartnershipType), default=v.PartnershipType.SOUTH_SOUTH
    )
    planned_start: Mapped[dt.date | None]
    planned_end: Mapped[dt.date | None]
    actual_start: Mapped[dt.date | None]
    actual_end: Mapped[dt.date | None]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    objectives: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None]
    phase: Mapped[v.WopPhase] = mapped_column(Vocab(v.WopPhase), default=v.WopPhase.DESIGN)
    status: Mapped[v.PartnershipStatus] = mapped_column(
        Vocab(v.PartnershipStatus), default=v.PartnershipStatus.ACTIVE
    )
    code_of_conduct_date: Mapped[dt.date | None]
    # Nullable so that a partnership created by an older WOPdesk (which knows no reporting
    # period) still syncs whole; no value means quarters. No column default: the ORM would
    # write it in place of an explicit none, which a pulled record keeps.
    reporting_period: Mapped[v.PeriodKind | None] = mapped_column(Vocab(v.PeriodKind))

    # Recorded when the formal WOP ends (migration 0012): what the partners decided, the
    # results, the measures that make them last, and the follow-up.
    closing_date: Mapped[dt.date | None]
    closing_decision: Mapped[v.ClosingDecision | None] = mapped_column(Vocab(v.ClosingDecision))
    closing_results: Mapped[str | None] = mapped_column(Text)
    closing_sustainability: Mapped[str | None] = mapped_column(Text)
    closing_follow_up: Mapped[str | None] = mapped_column(Text)

    mentor_utility: Mapped[Utility] = relationship(foreign_keys=[mentor_utility_id])
    mentee_utility: Mapped[Utility] = relationship(foreign_keys=[mentee_utility_id])


class Contribution(SyncedRecord):
    """What a partner or funder puts in (cash or in kind): planned, and received so far."""

    __tablename__ = "contribution"
    rules = EntityRules(
        "Contribution",
        required=("partnership_id", "contributor", "amount"),
        non_negative=("amount", "received"),
        currencies=("currency",),
        money={"amount": "currency", "received": "currency"},
    )

    partnership_id: Mapped[str] = fk("partnership")
    contributor: Mapped[str]
    contributor_utility_id: Mapped[str | None] = fk("utility", nullable=True)
    kind: Mapped[v.ContributionKind] = mapped_column(
        Vocab(v.ContributionKind), default=v.ContributionKind.CASH
    )
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)  # planned
    description: Mapped[str | None] = mapped_column(Text)
    # Nullable so a contribution from an older WOPdesk still syncs: none means the
    # partnership's currency, which is what it was counted in then.
    currency: Mapped[str | None] = mapped_column(String(3))
    received: Mapped[Decimal | None] = mapped_column(ExactDecimal)  # to date; none: not said


class Membership(SyncedRecord):
    __tablename__ = "membership"
    rules = EntityRules("Membership", required=("person_id", "partnership_id", "role"))

    person_id: Mapped[str] = fk("person")
    partnership_id: Mapped[str] = fk("partnership")
    role: Mapped[v.Role] = mapped_column(Vocab(v.Role))

    person: Mapped[Person] = relationship()


class ImprovementTrack(SyncedRecord):
    __tablename__ = "improvement_track"
    rules = EntityRules("Improvement track", required=("partnership_id", "title", "working_area"))

    partnership_id: Mapped[str] = fk("partnership")
    title: Mapped[str]
    working_area: Mapped[v.WorkingArea] = mapped_column(Vocab(v.WorkingArea))
    mentor_lead_id: Mapped[str | None] = fk("person", nullable=True)
    mentee_lead_id: Mapped[str | None] = fk("person", nullable=True)
    team: Mapped[str | None] = mapped_column(Text)
    initial_situation: Mapped[str | None] = mapped_column(Text)


class Indicator(SyncedRecord):
    """A performance indicator: the built-in catalogue (same ids everywhere) or user-defined.

    A user-defined indicator belongs to the partnership that defined it and syncs with its
    records; built-in ones (and user-defined ones from before WOPdesk had partnership
    indicators) have no partnership and are shared.
    """

    __tablename__ = "indicator"
    rules = EntityRules("Indicator", required=("code", "name", "unit"))

    partnership_id: Mapped[str | None] = fk("partnership", nullable=True)
    framework: Mapped[str] = mapped_column(default="Custom")
    code: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    unit: Mapped[str]
    formula: Mapped[str | None] = mapped_column(Text)
    better_when: Mapped[v.BetterWhen] = mapped_column(
        Vocab(v.BetterWhen), default=v.BetterWhen.HIGHER
    )
    benchmark: Mapped[float | None] = mapped_column(Float)
    benchmark_source: Mapped[str | None] = mapped_column(Text)
    min_value: Mapped[float | None] = mapped_column(Float)
    max_value: Mapped[float | None] = mapped_column(Float)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class TrackIndicator(SyncedRecord):
    """An indicator linked to a track, with its baseline and target."""

    __tablename__ = "track_indicator"
    rules = EntityRules(
        "Track indicator",
        required=("partnership_id", "track_id", "indicator_id", "utility_id"),
        date_order=(("baseline_date", "target_date"),),
    )

    partnership_id: Mapped[str] = fk("partnership")
    track_id: Mapped[str] = fk("improvement_track")
    indicator_id: Mapped[str] = fk("indicator")
    utility_id: Mapped[str] = fk("utility")
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[dt.date | None]
    target_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[dt.date | None]
    frequency: Mapped[str | None]
    means_of_verification: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship()


class SiteVisit(SyncedRecord):
    __tablename__ = "site_visit"
    rules = EntityRules(
        "Site visit",
        required=("partnership_id", "title", "start_date", "end_date"),
        date_order=(
            ("start_date", "end_date"),
            ("end_date", "next_visit_date"),
            ("start_date", "signed_on"),
        ),
        ranges={"latitude": (-90, 90), "longitude": (-180, 180)},
        not_future=("signed_on",),
    )

    partnership_id: Mapped[str] = fk("partnership")
    title: Mapped[str]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]
    site: Mapped[str | None]
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    purpose: Mapped[str | None] = mapped_column(Text)
    activities: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    next_visit_date: Mapped[dt.date | None]
    state: Mapped[v.VisitState] = mapped_column(Vocab(v.VisitState), default=v.VisitState.DRAFT)
    # The agreed actions as they stood when the visit was finalised (visit_snapshot.py).
    action_snapshot: Mapped[str | None] = mapped_column(Text)
    # The open actions of earlier visits followed up at this one, as they stood when it was
    # finalised (same form as action_snapshot; storage/visit_followup.py).
    followup_snapshot: Mapped[str | None] = mapped_column(Text)
    # Sign-off: who signed for each side, in what role, on what day and how
    # (storage/visit_followup.py checks the signers belong to their side).
    mentor_signer_id: Mapped[str | None] = fk("person", nullable=True)
    mentor_signer_role: Mapped[str | None]
    mentee_signer_id: Mapped[str | None] = fk("person", nullable=True)
    mentee_signer_role: Mapped[str | None]
    signed_on: Mapped[dt.date | None]
    signed_how: Mapped[v.SignOffMethod | None] = mapped_column(Vocab(v.SignOffMethod))
    # Why sync reopened this final visit (visit_followup.reopen_outdated); cleared when it
    # is finalised again.
    reopened_note: Mapped[str | None] = mapped_column(Text)


class VisitParticipant(SyncedRecord):
    __tablename__ = "visit_participant"
    rules = EntityRules("Visit participant", required=("partnership_id", "visit_id", "person_id"))

    partnership_id: Mapped[str] = fk("partnership")
    visit_id: Mapped[str] = fk("site_visit")
    person_id: Mapped[str] = fk("person")
    role: Mapped[v.Role | None] = mapped_column(Vocab(v.Role))

    person: Mapped[Person] = relationship()


class DiagnosisFinding(SyncedRecord):
    __tablename__ = "diagnosis_finding"
    rules = EntityRules("Finding", required=("partnership_id", "area", "finding", "priority"))

    partnership_id: Mapped[str] = fk("partnership")
    track_id: Mapped[str | None] = fk("improvement_track", nullable=True)
    visit_id: Mapped[str | None] = fk("site_visit", nullable=True)
    area: Mapped[v.FindingArea] = mapped_column(Vocab(v.FindingArea))
    finding: Mapped[str] = mapped_column(Text)
    root_cause: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[v.Priority] = mapped_column(Vocab(v.Priority), default=v.Priority.MEDIUM)
    agreed_date: Mapped[dt.date | None]


class Action(SyncedRecord):
    """A work-plan action."""

    __tablename__ = "action"
    rules = EntityRules(
        "Action",
        required=("partnership_id", "description", "status"),
        ranges={"progress": (0, 100)},
        date_order=(("start_date", "due_date"),),
        non_negative=("estimated_cost",),
        money={"estimated_cost": "estimated_cost_currency"},
    )

    partnership_id: Mapped[str] = fk("partnership")
    track_id: Mapped[str | None] = fk("improvement_track", nullable=True)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = fk("person", nullable=True)
    due_date: Mapped[dt.date | None]
    status: Mapped[v.ActionStatus] = mapped_column(
        Vocab(v.ActionStatus), default=v.ActionStatus.PLANNED
    )
    progress: Mapped[int] = mapped_column(Integer, default=0)
    finding_id: Mapped[str | None] = fk("diagnosis_finding", nullable=True)
    visit_id: Mapped[str | None] = fk("site_visit", nullable=True)
    # The results chain (migration 0009): when work starts, what it may cost, the output
    # it serves (of the same partnership).
    start_date: Mapped[dt.date | None]
    estimated_cost: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    estimated_cost_currency: Mapped[str | None] = mapped_column(String(3))
    output_id: Mapped[str | None] = fk("output", nullable=True)

    owner: Mapped[Person | None] = relationship()


class LearningActivity(SyncedRecord):
    """One entry of the training (learning) log."""

    __tablename__ = "learning_activity"
    rules = EntityRules(
        "Learning activity",
        required=("partnership_id", "date", "form", "topic", "hours"),
        ranges={"hours": (0.25, 1000), "level_before": (1, 5), "level_after": (1, 5)},
        date_order=(("date", "applied_date"),),
        non_negative=("participants", "women", "men", "not_stated"),
    )

    partnership_id: Mapped[str] = fk("partnership")
    track_id: Mapped[str | None] = fk("improvement_track", nullable=True)
    visit_id: Mapped[str | None] = fk("site_visit", nullable=True)
    date: Mapped[dt.date] = mapped_column(index=True)
    form: Mapped[v.LearningForm] = mapped_column(Vocab(v.LearningForm))
    topic: Mapped[str]
    trainer_id: Mapped[str | None] = fk("person", nullable=True)
    hours: Mapped[float] = mapped_column(Float)
    competency: Mapped[str | None]
    level_before: Mapped[int | None] = mapped_column(Integer)
    level_after: Mapped[int | None] = mapped_column(Integer)
    applied_evidence: Mapped[str | None] = mapped_column(Text)
    applied_date: Mapped[dt.date | None]
    verified_by_id: Mapped[str | None] = fk("person", nullable=True)
    # People reached (domain/people.py: blanks mean the sum of the counts, or the named
    # trainees); person-hours are participants x hours.
    participants: Mapped[int | None] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    men: Mapped[int | None] = mapped_column(Integer)
    not_stated: Mapped[int | None] = mapped_column(Integer)

    trainer: Mapped[Person | None] = relationship(foreign_keys=[trainer_id])


class LearningTrainee(SyncedRecord):
    __tablename__ = "learning_trainee"
    rules = EntityRules("Trainee", required=("partnership_id", "activity_id", "person_id"))

    partnership_id: Mapped[str] = fk("partnership")
    activity_id: Mapped[str] = fk("learning_activity")
    person_id: Mapped[str] = fk("person")

    person: Mapped[Person] = relationship()


class IndicatorReading(SyncedRecord):
    __tablename__ = "indicator_reading"
    rules = EntityRules(
        "Indicator reading",
        required=("partnership_id", "utility_id", "indicator_id", "period", "value"),
        not_future=("period",),
    )

    partnership_id: Mapped[str] = fk("partnership")
    utility_id: Mapped[str] = fk("utility")
    indicator_id: Mapped[str] = fk("indicator")
    period: Mapped[dt.date]
    value: Mapped[float] = mapped_column(Float)
    confidence: Mapped[v.DataConfidence] = mapped_column(
        Vocab(v.DataConfidence), default=v.DataConfidence.FAIR
    )
    source: Mapped[str | None]
    note: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship()


class CapacityAssessment(SyncedRecord):
    __tablename__ = "capacity_assessment"
    rules = EntityRules(
        "Capacity assessment",
        required=("partnership_id", "date", "dimension", "degree", "contribution"),
        ranges={"degree": (-2, 2), "contribution": (0, 2)},
    )

    partnership_id: Mapped[str] = fk("partnership")
    track_id: Mapped[str | None] = fk("improvement_track", nullable=True)
    date: Mapped[dt.date]
    dimension: Mapped[v.CapacityDimension] = mapped_column(Vocab(v.CapacityDimension))
    degree: Mapped[int] = mapped_column(Integer)
    contribution: Mapped[int] = mapped_column(Integer)
    assessed_by: Mapped[v.AssessedBy] = mapped_column(
        Vocab(v.AssessedBy), default=v.AssessedBy.BOTH
    )
    obstacles: Mapped[str | None] = mapped_column(Text)
    contributing_factors: Mapped[str | None] = mapped_column(Text)


class ProgressRecord(SyncedRecord):
    """What a partnership did in one reporting period, its judgement and its approvals.

    Approved (read-only) once a member of each partner has approved it; reopening clears
    both approvals (storage/progress.py).
    """

    __tablename__ = "progress_record"
    rules = EntityRules(
        "Progress record",
        required=("partnership_id", "period_start", "period_end", "status"),
        date_order=(("period_start", "period_end"),),
    )

    partnership_id: Mapped[str] = fk("partnership")
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    status: Mapped[v.ProgressStatus] = mapped_column(
        Vocab(v.ProgressStatus), default=v.ProgressStatus.ON_TRACK
    )
    status_reason: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    achievements: Mapped[str | None] = mapped_column(Text)
    challenges: Mapped[str | None] = mapped_column(Text)
    lessons: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[str | None] = fk("person", nullable=True)
    mentor_approver_id: Mapped[str | None] = fk("person", nullable=True)
    mentor_approver_role: Mapped[str | None]
    mentor_approved_on: Mapped[dt.date | None]
    mentee_approver_id: Mapped[str | None] = fk("person", nullable=True)
    mentee_approver_role: Mapped[str | None]
    mentee_approved_on: Mapped[dt.date | None]
    # Why an approval was withdrawn (the content changed after it), shown until approved again.
    approval_note: Mapped[str | None] = mapped_column(Text)

    @property
    def approved(self) -> bool:
        """Approved by both partners, so read-only until reopened."""
        return self.mentor_approved_on is not None and self.mentee_approved_on is not None


class BudgetLine(SyncedRecord):
    """A line of a partnership's budget: what it pays for, who funds it, and how much."""

    __tablename__ = "budget_line"
    rules = EntityRules(
        "Budget line",
        required=("partnership_id", "category", "funder", "amount", "currency"),
        non_negative=("amount",),
        currencies=("currency",),
        money={"amount": "currency"},
        max_length={"funder": 200},
    )

    partnership_id: Mapped[str] = fk("partnership")
    category: Mapped[v.ExpenseCategory] = mapped_column(Vocab(v.ExpenseCategory))
    funder: Mapped[str]  # the funder or partner paying for the line
    description: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)
    currency: Mapped[str] = mapped_column(String(3))
    # Budgeted in kind (staff time, equipment lent): its value is never money spent.
    # Nullable so a line from an older WOPdesk still syncs; none means cash. No default:
    # the ORM would write it in place of an explicit none, and a pull would not.
    in_kind: Mapped[bool | None] = mapped_column(Boolean)


class Expense(SyncedRecord):
    __tablename__ = "expense"
    rules = EntityRules(
        "Expense",
        required=("partnership_id", "date", "category", "amount", "currency"),
        non_negative=("amount",),
        currencies=("currency",),
        money={"amount": "currency"},
    )

    partnership_id: Mapped[str] = fk("partnership")
    date: Mapped[dt.date]
    category: Mapped[v.ExpenseCategory] = mapped_column(Vocab(v.ExpenseCategory))
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    in_kind: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(Text)
    # The budget line it is spent on (none: spent outside the budget lines).
    budget_line_id: Mapped[str | None] = fk("budget_line", nullable=True)


class ExchangeRate(SyncedRecord):
    """How many units of ``to_currency`` one unit of ``from_currency`` was worth on a date,
    and where that was read: expenses are converted with the rate of their date."""

    __tablename__ = "exchange_rate"
    rules = EntityRules(
        "Exchange rate",
        required=("partnership_id", "from_currency", "to_currency", "rate", "date", "source"),
        ranges={"rate": (0.000001, 1_000_000_000)},
        currencies=("from_currency", "to_currency"),
        exact=("rate",),
        not_future=("date",),
        max_length={"source": 300},
    )

    partnership_id: Mapped[str] = fk("partnership")
    from_currency: Mapped[str] = mapped_column(String(3))
    to_currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)
    date: Mapped[dt.date]
    source: Mapped[str]


class Attachment(SyncedRecord):
    """A photo or file in the blob store, attached to a record."""

    __tablename__ = "attachment"
    rules = EntityRules(
        "Attachment",
        required=(
            "partnership_id",
            "sha256",
            "file_name",
            "media_type",
            "owner_entity",
            "owner_id",
        ),
        non_negative=("size",),
    )

    partnership_id: Mapped[str] = fk("partnership")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str]
    media_type: Mapped[str]
    size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    owner_entity: Mapped[str]
    owner_id: Mapped[str] = mapped_column(String(36), index=True)


class Conflict(SyncedRecord):
    """A value set aside by sync because two people changed the same field."""

    __tablename__ = "conflict"
    rules = EntityRules("Conflict", required=("entity", "row_id", "field"))

    partnership_id: Mapped[str | None] = fk("partnership", nullable=True)
    entity: Mapped[str]
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str]
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    set_aside_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_stamp: Mapped[str | None]
    set_aside_stamp: Mapped[str | None]
    kept_by: Mapped[str | None]
    set_aside_by: Mapped[str | None]
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_at: Mapped[dt.datetime | None]


class Output(SyncedRecord):
    """A deliverable of the results chain ("GIS map of the network"), between a track's
    indicators and the actions that produce it (migration 0009)."""

    __tablename__ = "output"
    rules = EntityRules(
        "Output",
        required=("partnership_id", "title", "status"),
        not_future=("delivered_date",),
        max_length={"title": 300},
    )

    partnership_id: Mapped[str] = fk("partnership")
    track_id: Mapped[str | None] = fk("improvement_track", nullable=True)
    title: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[dt.date | None]
    status: Mapped[v.OutputStatus] = mapped_column(
        Vocab(v.OutputStatus), default=v.OutputStatus.PLANNED
    )
    evidence: Mapped[str | None] = mapped_column(Text)
    delivered_date: Mapped[dt.date | None]


class TrackStage(SyncedRecord):
    """The stage of change an improvement track reached on a date, and the evidence.

    Stages are kept as a history; the track's current stage is the latest by date.
    """

    __tablename__ = "track_stage"
    rules = EntityRules(
        "Track stage",
        required=("partnership_id", "track_id", "stage", "date"),
        not_future=("date",),
    )

    partnership_id: Mapped[str] = fk("partnership")
    track_id: Mapped[str] = fk("improvement_track")
    stage: Mapped[v.ChangeStage] = mapped_column(Vocab(v.ChangeStage))
    date: Mapped[dt.date]
    evidence: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[str | None] = fk("person", nullable=True)


class IndicatorMilestone(SyncedRecord):
    """A yearly step on an indicator's way to its target: the value agreed for a date.

    The judgement's path runs from the baseline through each milestone to the target
    (domain/judgement.py); storage/milestones.py holds the checks that need the target.
    """

    __tablename__ = "indicator_milestone"
    rules = EntityRules(
        "Milestone", required=("partnership_id", "track_indicator_id", "date", "value")
    )

    partnership_id: Mapped[str] = fk("partnership")
    track_indicator_id: Mapped[str] = fk("track_indicator")
    date: Mapped[dt.date]
    value: Mapped[float] = mapped_column(Float)


class Setting(Base):
    """A local, never-synced setting of this data directory (signed-in person, sync cursor)."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


ENTITIES: dict[str, type[SyncedRecord]] = {
    model.__tablename__: model
    for model in (
        Utility,
        Person,
        Indicator,
        Partnership,
        Contribution,
        Membership,
        ImprovementTrack,
        TrackIndicator,
        SiteVisit,
        VisitParticipant,
        DiagnosisFinding,
        Output,
        Action,
        LearningActivity,
        LearningTrainee,
        IndicatorReading,
        CapacityAssessment,
        ProgressRecord,
        BudgetLine,
        Expense,
        ExchangeRate,
        TrackStage,
        Attachment,
        Conflict,
        IndicatorMilestone,
    )
}
"""Every synced entity by its wire name, parents before children."""

Index(
    "ix_reading_series",
    IndicatorReading.utility_id,
    IndicatorReading.indicator_id,
    IndicatorReading.period,
)
# The learning log opens newest first: with this index SQLite reads a partnership's
# ids in order instead of sorting 100,000 rows (migration 0003).
Index(
    "ix_learning_log",
    LearningActivity.partnership_id,
    LearningActivity.deleted,
    LearningActivity.date.desc(),
    LearningActivity.id,
)


# --- partnership health and the WOP cycle's history (issue 14, migration 0012) ---


class HealthReview(SyncedRecord):
    """One partner's periodic review of how the partnership works; its scores are
    HealthScore rows (items from resources/health_items.csv)."""

    __tablename__ = "health_review"
    rules = EntityRules(
        "Health review",
        required=("partnership_id", "date", "scored_by"),
        date_order=(("period_start", "period_end"),),
        not_future=("date",),
    )

    partnership_id: Mapped[str] = fk("partnership")
    date: Mapped[dt.date]
    scored_by: Mapped[v.PartnerSide] = mapped_column(Vocab(v.PartnerSide))
    # The reporting period reviewed, if any.
    period_start: Mapped[dt.date | None]
    period_end: Mapped[dt.date | None]
    note: Mapped[str | None] = mapped_column(Text)


class HealthScore(SyncedRecord):
    """One item's score (1–4) in a health review, with a comment."""

    __tablename__ = "health_score"
    rules = EntityRules(
        "Health score",
        required=("partnership_id", "review_id", "item", "score"),
        ranges={"score": (1, 4)},
        max_length={"item": 80},
    )

    partnership_id: Mapped[str] = fk("partnership")
    review_id: Mapped[str] = fk("health_review")
    item: Mapped[str]  # an id of resources/health_items.csv
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)


class PracticeTick(SyncedRecord):
    """A best practice of the WOP cycle (resources/phase_practices.csv) the partnership
    follows; unticking deletes (tombstones) the tick."""

    __tablename__ = "practice_tick"
    rules = EntityRules(
        "Practice tick",
        required=("partnership_id", "practice", "ticked_on"),
        not_future=("ticked_on",),
        max_length={"practice": 80},
    )

    partnership_id: Mapped[str] = fk("partnership")
    practice: Mapped[str]
    ticked_on: Mapped[dt.date]
    ticked_by_id: Mapped[str | None] = fk("person", nullable=True)


class PhaseChange(SyncedRecord):
    """The partnership entered a phase of the WOP cycle on a date (the phase history)."""

    __tablename__ = "phase_change"
    rules = EntityRules(
        "Phase change",
        required=("partnership_id", "phase", "date"),
        not_future=("date",),
    )

    partnership_id: Mapped[str] = fk("partnership")
    phase: Mapped[v.WopPhase] = mapped_column(Vocab(v.WopPhase))
    date: Mapped[dt.date]
    note: Mapped[str | None] = mapped_column(Text)


class MentoringPair(SyncedRecord):
    """A mentor and a mentee person, and the phase their relationship is in since a date."""

    __tablename__ = "mentoring_pair"
    rules = EntityRules(
        "Mentoring pair",
        required=("partnership_id", "mentor_id", "mentee_id", "phase", "date"),
        not_future=("date",),
    )

    partnership_id: Mapped[str] = fk("partnership")
    mentor_id: Mapped[str] = fk("person")
    mentee_id: Mapped[str] = fk("person")
    phase: Mapped[v.MentoringPhase] = mapped_column(
        Vocab(v.MentoringPhase), default=v.MentoringPhase.ORIENTATION
    )
    date: Mapped[dt.date]
    note: Mapped[str | None] = mapped_column(Text)


ENTITIES.update(
    {
        model.__tablename__: model
        for model in (
            HealthReview,
            HealthScore,
            PracticeTick,
            PhaseChange,
            MentoringPair,
        )
    }
)
