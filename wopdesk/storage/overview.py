"""Reads behind the desktop app's overview, site-visit and learning pages.

Each function returns plain frozen dataclasses, so results can cross from a worker
thread to the GUI thread without carrying a session along.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session, aliased

from wopdesk.domain import judgement
from wopdesk.domain.catalogue import indicator_reference, indicator_text
from wopdesk.domain.money import Rate, convert
from wopdesk.domain.overview_view import (  # noqa: F401  (re-exported: the app's start needs them light)
    OPEN_STATUSES,
    ActionLine,
    IndicatorStatus,
    LearningPeople,
    PartnershipOverview,
    VisitLine,
)
from wopdesk.domain.people import People, person_hours
from wopdesk.domain.vocab import (
    ActionStatus,
    ExpenseCategory,
    FindingArea,
    LearningForm,
    Priority,
    ProgressStatus,
    Role,
    VisitState,
)
from wopdesk.storage import progress, queries
from wopdesk.storage.milestones import milestone_points
from wopdesk.storage.models import (
    Action,
    Attachment,
    BudgetLine,
    DiagnosisFinding,
    ExchangeRate,
    Expense,
    ImprovementTrack,
    IndicatorReading,
    LearningActivity,
    LearningTrainee,
    Membership,
    Partnership,
    Person,
    SiteVisit,
    TrackIndicator,
    Utility,
    VisitParticipant,
)
from wopdesk.storage.people import activity_people, learning_people

# --- overview -----------------------------------------------------------------------


def partnership_overview(
    session: Session, partnership_id: str, today: dt.date
) -> PartnershipOverview | None:
    """Everything the overview dashboard shows for one partnership, or None if it is gone."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or partnership.deleted:
        return None
    actions_by_status: dict[ActionStatus, int] = {
        status: count
        for status, count in session.execute(
            select(Action.status, func.count())
            .where(Action.partnership_id == partnership_id, Action.deleted.is_(False))
            .group_by(Action.status)
        )
    }
    overdue = [_action_line(a) for a in queries.overdue_actions(session, partnership_id, today)]
    return PartnershipOverview(
        partnership_id=partnership.id,
        title=partnership.title,
        mentor_name=partnership.mentor_utility.name,
        mentee_name=partnership.mentee_utility.name,
        phase=partnership.phase,
        status=partnership.status,
        currency=partnership.currency,
        planned_start=partnership.planned_start,
        planned_end=partnership.planned_end,
        indicators=indicator_statuses(session, partnership_id, today),
        actions_by_status=actions_by_status,
        overdue=overdue,
        upcoming_visit=_upcoming_visit(session, partnership_id, today),
        next_visit_date=_agreed_next_visit(session, partnership_id, today),
        learning_hours=queries.learning_hours_by_form(session, partnership_id),
        **_money(budget_totals(session, partnership_id)),
        last_report=_last_report(session, partnership_id, today),
        learning_people=learning_people(session, partnership_id),
    )


def _last_report(
    session: Session, partnership_id: str, today: dt.date
) -> tuple[str, ProgressStatus, bool] | None:
    row = progress.latest_with_record(progress.period_rows(session, partnership_id, today))
    if row is None or row.status is None:
        return None
    return row.label, row.status, row.approved


def _money(totals: "BudgetTotals") -> dict[str, Any]:
    return {
        "budget": totals.budget,
        "spent": totals.spent,
        "spent_elsewhere": totals.other_currencies,
    }


# --- money ---------------------------------------------------------------------------
# Amounts are stored exactly (``types.ExactDecimal``) and added as Decimals, so 0.1 + 0.2
# spent is 0.3, never 0.30000000000000004. An amount in another currency is
# converted with the recorded rate of its date (domain/money.py); without one it is
# totalled apart, never added at face value.


def as_money(amount: float | Decimal | None) -> Decimal:
    """A stored amount as the decimal it was typed as."""
    if amount is None:
        return Decimal(0)
    return amount if isinstance(amount, Decimal) else Decimal(str(amount))


@dataclass(frozen=True, slots=True)
class BudgetTotals:
    """The budget against the cash spent to date, in the partnership's currency.

    The budget is the cash budget lines (or, with none yet, the cash contributions
    planned); in-kind value is shown beside it, never counted as money spent. Amounts in
    other currencies are converted with the exchange rate of their date; the originals of
    converted expenses are in ``converted``, and what has no usable rate is totalled
    apart, per currency, in ``other_currencies``: changing the partnership's currency
    converts again, it never drops anything. A summary of ``finance.finance_picture``.
    """

    currency: str
    budget: Decimal  # cash
    budget_in_kind: Decimal
    spent: Decimal  # cash, to date
    spent_in_kind: Decimal
    other_currencies: dict[str, Decimal]  # not converted: no usable rate
    converted: dict[str, Decimal] = field(default_factory=dict)  # originals, per currency

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.spent

    @property
    def used_share(self) -> float | None:
        """Spent over budget (a ratio, not money); None without a budget."""
        return float(self.spent / self.budget) if self.budget else None


def exchange_rates(session: Session, partnership_id: str) -> list[Rate]:
    """The partnership's recorded exchange rates, oldest first."""
    return [
        Rate(r.from_currency, r.to_currency, as_money(r.rate), r.date, r.source)
        for r in session.scalars(
            select(ExchangeRate)
            .where(ExchangeRate.partnership_id == partnership_id, ExchangeRate.deleted.is_(False))
            .order_by(ExchangeRate.date)
        )
    ]


def budget_totals(
    session: Session, partnership_id: str, today: dt.date | None = None
) -> BudgetTotals:
    """The partnership's budget and what was spent of it up to ``today``."""
    from wopdesk.storage.finance import finance_picture  # it reads rates from here

    picture = finance_picture(session, partnership_id, today or dt.date.today())
    return BudgetTotals(
        currency=picture.currency,
        budget=picture.budget,
        budget_in_kind=picture.in_kind_budget,
        spent=picture.spent.to_date,
        spent_in_kind=picture.in_kind.to_date,
        other_currencies=picture.not_converted,
        converted=picture.converted,
    )


@dataclass(frozen=True, slots=True)
class LineStatus:
    """One budget line against what was spent on it, in the line's currency."""

    id: str
    category: ExpenseCategory
    funder: str
    description: str | None
    currency: str
    budget: Decimal
    spent: Decimal  # expenses on the line, converted to its currency at their date
    not_converted: dict[str, Decimal]  # expenses on it with no usable rate, per currency

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.spent

    @property
    def used_share(self) -> float | None:
        return float(self.spent / self.budget) if self.budget else None


def budget_lines(session: Session, partnership_id: str) -> list[LineStatus]:
    """The partnership's budget lines with what was spent on each, by funder then category."""
    rates = exchange_rates(session, partnership_id)
    lines = session.scalars(
        select(BudgetLine)
        .where(BudgetLine.partnership_id == partnership_id, BudgetLine.deleted.is_(False))
        .order_by(BudgetLine.funder, BudgetLine.category, BudgetLine.created_at)
    ).all()
    spent: dict[str, Decimal] = {line.id: Decimal(0) for line in lines}
    apart: dict[str, dict[str, Decimal]] = {line.id: {} for line in lines}
    currency_of = {line.id: line.currency for line in lines}
    for line_id, currency, amount, date in session.execute(
        select(Expense.budget_line_id, Expense.currency, Expense.amount, Expense.date).where(
            Expense.partnership_id == partnership_id,
            Expense.deleted.is_(False),
            Expense.budget_line_id.in_(list(spent)),
        )
    ):
        assert line_id is not None  # selected by its line
        value = as_money(amount)
        conversion = convert(value, currency, date, currency_of[line_id], rates)
        if conversion is None:
            apart[line_id][currency] = apart[line_id].get(currency, Decimal(0)) + value
        else:
            spent[line_id] += value if currency == currency_of[line_id] else conversion.amount
    return [
        LineStatus(
            id=line.id,
            category=line.category,
            funder=line.funder,
            description=line.description,
            currency=line.currency,
            budget=as_money(line.amount),
            spent=spent[line.id],
            not_converted=dict(sorted(apart[line.id].items())),
        )
        for line in lines
    ]


def time_elapsed_share(partnership: Partnership, today: dt.date) -> float | None:
    """How much of the partnership's planned time has passed (0 to 1); None if unknown."""
    start = partnership.actual_start or partnership.planned_start
    end = partnership.actual_end or partnership.planned_end
    if start is None or end is None or end <= start:
        return None
    return min(1.0, max(0.0, (today - start).days / (end - start).days))


def _action_line(action: Action) -> ActionLine:
    return ActionLine(
        id=action.id,
        description=action.description,
        owner_name=action.owner.name if action.owner is not None else None,
        due_date=action.due_date,
        status=action.status,
        progress=action.progress,
    )


def _upcoming_visit(session: Session, partnership_id: str, today: dt.date) -> VisitLine | None:
    """The next visit not finished yet: one finalised is over even if it ends today."""
    visit = session.scalars(
        select(SiteVisit)
        .where(
            SiteVisit.partnership_id == partnership_id,
            SiteVisit.deleted.is_(False),
            SiteVisit.end_date >= today,
            SiteVisit.state != VisitState.FINAL,
        )
        .order_by(SiteVisit.start_date)
        .limit(1)
    ).first()
    return _visit_line(visit) if visit is not None else None


def _agreed_next_visit(session: Session, partnership_id: str, today: dt.date) -> dt.date | None:
    return session.scalar(
        select(func.min(SiteVisit.next_visit_date)).where(
            SiteVisit.partnership_id == partnership_id,
            SiteVisit.deleted.is_(False),
            SiteVisit.next_visit_date >= today,
        )
    )


def _visit_line(visit: SiteVisit) -> VisitLine:
    return VisitLine(
        visit.id, visit.title, visit.start_date, visit.end_date, visit.state, visit.site
    )


def indicator_statuses(
    session: Session, partnership_id: str, today: dt.date
) -> list[IndicatorStatus]:
    """Each linked indicator's latest reading against its baseline and target."""
    linked = session.execute(
        select(TrackIndicator, ImprovementTrack.title, Utility.name)
        .join(ImprovementTrack, ImprovementTrack.id == TrackIndicator.track_id)
        .join(Utility, Utility.id == TrackIndicator.utility_id)
        .where(TrackIndicator.partnership_id == partnership_id, TrackIndicator.deleted.is_(False))
        .order_by(ImprovementTrack.title)
    ).all()
    statuses = []
    for link, track_title, utility_name in linked:
        latest = session.scalars(
            select(IndicatorReading)
            .where(
                IndicatorReading.utility_id == link.utility_id,
                IndicatorReading.indicator_id == link.indicator_id,
                IndicatorReading.deleted.is_(False),
            )
            .order_by(IndicatorReading.period.desc())
            .limit(1)
        ).first()
        indicator = link.indicator
        value = latest.value if latest is not None else None
        progress = judgement.progress(link.baseline_value, link.target_value, value)
        statuses.append(
            IndicatorStatus(
                code=indicator.code,
                reference=indicator_reference(indicator),
                name=indicator_text(indicator, "name"),
                unit=indicator_text(indicator, "unit"),
                utility_name=utility_name,
                track_title=track_title,
                better_when=indicator.better_when,
                baseline=link.baseline_value,
                target=link.target_value,
                latest=value,
                latest_period=latest.period if latest is not None else None,
                progress=progress,
                status=judgement.judge(
                    judgement.Plan(
                        indicator.better_when,
                        link.baseline_value,
                        link.baseline_date,
                        link.target_value,
                        link.target_date,
                        milestone_points(session, link.id),
                    ),
                    (latest.period, latest.value) if latest is not None else None,
                    today,
                ),
            )
        )
    return statuses


# --- people -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonChoice:
    id: str
    name: str
    utility_name: str | None
    side: str  # "mentor", "mentee" or "other"


def partnership_people(session: Session, partnership_id: str) -> list[PersonChoice]:
    """People to pick from in a partnership: both utilities' staff and every member."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        return []
    sides = {partnership.mentor_utility_id: "mentor", partnership.mentee_utility_id: "mentee"}
    roles = {person.id: role for person, role in queries.memberships(session, partnership_id)}
    choices = []
    for person in queries.partnership_people(session, partnership):
        side = sides.get(person.utility_id or "")
        if side is None:
            role = roles.get(person.id)
            side = role.value if role in (Role.MENTOR, Role.MENTEE) else "other"
        utility = person.utility.name if person.utility is not None else None
        choices.append(PersonChoice(person.id, person.name, utility, side))
    side_order = {"mentor": 0, "mentee": 1, "other": 2}
    return sorted(choices, key=lambda c: (side_order[c.side], c.name.casefold()))


@dataclass(frozen=True, slots=True)
class TrackChoice:
    id: str
    title: str


def track_choices(session: Session, partnership_id: str) -> list[TrackChoice]:
    return [TrackChoice(t.id, t.title) for t in queries.tracks(session, partnership_id)]


# --- site visits --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FindingLine:
    id: str
    finding: str
    area: FindingArea
    priority: Priority


@dataclass(frozen=True, slots=True)
class PhotoLine:
    id: str
    sha256: str
    file_name: str
    caption: str | None


@dataclass(frozen=True, slots=True)
class VisitDetail:
    """A visit as its editor shows it: every field by name, with what hangs from it."""

    id: str
    partnership_id: str
    title: str
    state: VisitState
    # Every column of the visit, by name: the editor shows those it has a widget for, so
    # a field added to the model needs no line here (docs/adding-a-field.md).
    values: dict[str, Any]
    participant_ids: list[str]
    findings: list[FindingLine]
    actions: list[ActionLine]
    photos: list[PhotoLine]


def visit_ids(session: Session, partnership_id: str) -> list[str]:
    """A partnership's visits, the latest first."""
    return [v.id for v in queries.visits(session, partnership_id)]


def visit_rows(session: Session, ids: Sequence[str]) -> dict[str, VisitLine]:
    rows = session.scalars(
        select(SiteVisit).where(SiteVisit.id.in_(ids), SiteVisit.deleted.is_(False))
    )
    return {v.id: _visit_line(v) for v in rows}


def visit_detail(session: Session, visit_id: str) -> VisitDetail | None:
    visit = session.get(SiteVisit, visit_id)
    if visit is None or visit.deleted:
        return None
    participants = [p.person_id for p in queries.visit_participants(session, visit_id)]
    findings = [
        FindingLine(f.id, f.finding, f.area, f.priority)
        for f in queries.findings(session, visit.partnership_id, visit_id)
    ]
    actions = [_action_line(a) for a in queries.actions(session, visit.partnership_id, visit_id)]
    photos = [
        PhotoLine(a.id, a.sha256, a.file_name, a.caption)
        for a in queries.attachments(session, visit_id)
        if a.media_type.startswith("image/")
    ]
    return VisitDetail(
        id=visit.id,
        partnership_id=visit.partnership_id,
        title=visit.title,
        state=visit.state,
        values=visit.values(),
        participant_ids=participants,
        findings=findings,
        actions=actions,
        photos=photos,
    )


def visit_of_record(session: Session, entity: str, record_id: str) -> str | None:
    """The visit a finding, action or photo belongs to, if any."""
    model: Any = {"diagnosis_finding": DiagnosisFinding, "action": Action}.get(entity)
    if model is not None:
        record = session.get(model, record_id)
        return record.visit_id if record is not None else None
    if entity == "attachment":
        attachment = session.get(Attachment, record_id)
        if attachment is not None and attachment.owner_entity == "site_visit":
            return attachment.owner_id
    return None


def is_visit_final(session: Session, visit_id: str) -> bool:
    return session.scalar(select(SiteVisit.state).where(SiteVisit.id == visit_id)) == (
        VisitState.FINAL
    )


# --- learning log -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearningRow:
    id: str
    date: dt.date
    form: LearningForm
    topic: str
    trainer_name: str | None
    trainee_names: str
    hours: float
    competency: str | None
    level_before: int | None
    level_after: int | None
    verified: bool
    # Participants and trainees by sex, blank counts filled (domain/people.py).
    people: People = People()

    @property
    def person_hours(self) -> float:
        return person_hours(self.hours, self.people.participants)


@dataclass(frozen=True, slots=True)
class LearningDetail:
    id: str
    partnership_id: str
    track_id: str | None
    visit_id: str | None
    date: dt.date
    form: LearningForm
    topic: str
    trainer_id: str | None
    trainee_ids: list[str]
    hours: float
    competency: str | None
    level_before: int | None
    level_after: int | None
    applied_evidence: str | None
    applied_date: dt.date | None
    verified_by_id: str | None
    participants: int | None = None
    women: int | None = None
    men: int | None = None
    not_stated: int | None = None


_Trainer = aliased(Person)

LEARNING_SORT_KEYS: dict[str, Any] = {
    "date": LearningActivity.date,
    "form": LearningActivity.form,
    "topic": func.lower(LearningActivity.topic),
    "trainer": func.lower(_Trainer.name),
    "hours": LearningActivity.hours,
    "competency": func.lower(LearningActivity.competency),
    "level": LearningActivity.level_after,
    "verified": LearningActivity.verified_by_id.is_not(None),
}
"""Columns the learning table can be sorted by, each sorted in SQL, never in Python."""


def learning_ids(
    session: Session,
    partnership_id: str,
    sort: str = "date",
    descending: bool = True,
    words: str = "",
    form: LearningForm | None = None,
) -> list[str]:
    """Ids of a partnership's learning entries, filtered and sorted by the database.

    ``words`` are matched with the full-text index (topic, competency, evidence), so
    filtering 100,000 entries never reads them into Python.
    """
    key = LEARNING_SORT_KEYS.get(sort, LearningActivity.date)
    query: Select[Any] = select(LearningActivity.id).where(
        LearningActivity.partnership_id == partnership_id, LearningActivity.deleted.is_(False)
    )
    if sort == "trainer":
        query = query.outerjoin(_Trainer, _Trainer.id == LearningActivity.trainer_id)
    if form is not None:
        query = query.where(LearningActivity.form == form)
    fts = queries.fts_query(words)
    if fts:
        matching = text(
            "SELECT d.row_id FROM search_fts f JOIN search_doc d ON d.docid = f.rowid "
            "WHERE search_fts MATCH :fts AND d.entity = 'learning_activity'"
        ).bindparams(fts=fts)
        query = query.where(LearningActivity.id.in_(matching))
    elif words.strip():
        return []  # only punctuation typed: nothing can match
    ordered = key.desc() if descending else key.asc()
    # Ties keep a stable order (newest first) so rows do not jump between sorts.
    query = query.order_by(ordered, LearningActivity.date.desc(), LearningActivity.id)
    return list(session.scalars(query))


def learning_rows(session: Session, ids: Sequence[str]) -> dict[str, LearningRow]:
    """The table cells of some learning entries (one block of a lazy table)."""
    if not ids:
        return {}
    names: dict[str, list[str]] = defaultdict(list)
    for activity_id, name in session.execute(
        select(LearningTrainee.activity_id, Person.name)
        .join(Person, Person.id == LearningTrainee.person_id)
        .where(LearningTrainee.activity_id.in_(ids), LearningTrainee.deleted.is_(False))
        .order_by(Person.name)
    ):
        names[activity_id].append(name)
    # Plain columns, not ORM objects: a block of 256 rows is read on the GUI thread.
    a = LearningActivity
    rows = session.execute(
        select(
            a.id,
            a.date,
            a.form,
            a.topic,
            _Trainer.name,
            a.hours,
            a.competency,
            a.level_before,
            a.level_after,
            a.verified_by_id,
        )
        .outerjoin(_Trainer, _Trainer.id == a.trainer_id)
        .where(a.id.in_(ids), a.deleted.is_(False))
    )
    reached = activity_people(session, ids)
    return {
        row_id: LearningRow(
            id=row_id,
            date=date,
            form=form,
            topic=topic,
            trainer_name=trainer,
            trainee_names=", ".join(names.get(row_id, [])),
            hours=hours,
            competency=competency,
            level_before=before,
            level_after=after,
            verified=verifier is not None,
            people=reached.get(row_id, People()),
        )
        for row_id, date, form, topic, trainer, hours, competency, before, after, verifier in rows
    }


def learning_detail(session: Session, activity_id: str) -> LearningDetail | None:
    a = session.get(LearningActivity, activity_id)
    if a is None or a.deleted:
        return None
    trainee_ids = list(
        session.scalars(
            select(LearningTrainee.person_id).where(
                LearningTrainee.activity_id == activity_id, LearningTrainee.deleted.is_(False)
            )
        )
    )
    return LearningDetail(
        id=a.id,
        partnership_id=a.partnership_id,
        track_id=a.track_id,
        visit_id=a.visit_id,
        date=a.date,
        form=a.form,
        topic=a.topic,
        trainer_id=a.trainer_id,
        trainee_ids=trainee_ids,
        hours=a.hours,
        competency=a.competency,
        level_before=a.level_before,
        level_after=a.level_after,
        applied_evidence=a.applied_evidence,
        applied_date=a.applied_date,
        verified_by_id=a.verified_by_id,
        participants=a.participants,
        women=a.women,
        men=a.men,
        not_stated=a.not_stated,
    )


def competencies(session: Session, partnership_id: str, limit: int = 200) -> list[str]:
    """Competencies already used in a partnership, most used first (for completion)."""
    return list(
        session.scalars(
            select(LearningActivity.competency)
            .where(
                LearningActivity.partnership_id == partnership_id,
                LearningActivity.deleted.is_(False),
                LearningActivity.competency.is_not(None),
            )
            .group_by(LearningActivity.competency)
            .order_by(func.count().desc(), LearningActivity.competency)
            .limit(limit)
        )
    )


def has_partnerships(session: Session) -> bool:
    return (
        session.scalar(select(Partnership.id).where(Partnership.deleted.is_(False)).limit(1))
        is not None
    )


def member_role(session: Session, partnership_id: str, person_id: str) -> Role | None:
    return session.scalar(
        select(Membership.role).where(
            Membership.partnership_id == partnership_id,
            Membership.person_id == person_id,
            Membership.deleted.is_(False),
        )
    )


def participants_of(session: Session, visit_id: str) -> dict[str, str]:
    """Participant person id -> participant row id, for a save that adds and removes."""
    return {
        p.person_id: p.id
        for p in session.scalars(
            select(VisitParticipant).where(
                VisitParticipant.visit_id == visit_id, VisitParticipant.deleted.is_(False)
            )
        )
    }


def trainees_of(session: Session, activity_id: str) -> dict[str, str]:
    """Trainee person id -> trainee row id."""
    return {
        t.person_id: t.id
        for t in session.scalars(
            select(LearningTrainee).where(
                LearningTrainee.activity_id == activity_id, LearningTrainee.deleted.is_(False)
            )
        )
    }
