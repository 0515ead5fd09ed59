"""A partnership's data as spreadsheets: one CSV file per table, or one Excel workbook.

Tables leave for indicator readings, work-plan actions, expenses (with their budget line,
funder, the rate used and the amount in the reporting currency), contributions, budget
lines, exchange rates, learning (with its participants by sex and person-hours) and site
visits: all at once, or one of ``EXPORT_KINDS`` on its own (``wopdesk export KIND``).
Headings and vocabulary are in the user's language; cells keep their type (dates as
dates, amounts as exact ``Decimal`` numbers with their currency in a column of its own).
CSV files are UTF-8 with a byte-order mark, so Excel shows accented names right; dates
are written YYYY-MM-DD and numbers with a point, whatever the language, so the files
read back the same everywhere (``reading_import`` reads the readings table back).
"""

import csv
import datetime as dt
import errno
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from wopdesk.domain.catalogue import indicator_text
from wopdesk.domain.currencies import minor_units
from wopdesk.domain.i18n import QT_TRANSLATE_NOOP, Translator, translate, translator
from wopdesk.domain.money import Conversion, convert
from wopdesk.domain.people import people_of, person_hours
from wopdesk.domain.vocab import ContributionKind, LearningForm
from wopdesk.errors import NotFoundError, StorageError
from wopdesk.files import cannot_write, match_umask
from wopdesk.storage import queries
from wopdesk.storage.lookup import partnership_named
from wopdesk.storage.models import (
    Action,
    Attachment,
    BudgetLine,
    Contribution,
    DiagnosisFinding,
    Expense,
    ImprovementTrack,
    Indicator,
    IndicatorReading,
    LearningActivity,
    LearningTrainee,
    Output,
    Partnership,
    Person,
    SiteVisit,
    Utility,
    VisitParticipant,
)
from wopdesk.storage.overview import as_money, budget_lines, exchange_rates
from wopdesk.storage.store import Store

CONTEXT = "spreadsheets"

Kind = Literal["text", "date", "number", "whole", "money"]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its key, its English heading (translated when written), its
    kind, and for an amount the key of the column holding its currency."""

    key: str
    heading: str
    kind: Kind = "text"
    currency_key: str = ""


@dataclass(frozen=True, slots=True)
class TableKind:
    """What one exported table is: its file name (the same in every language), title, columns."""

    name: str
    title: str
    columns: tuple[Column, ...]


READINGS = TableKind(
    "readings",
    QT_TRANSLATE_NOOP("spreadsheets", "Indicator readings"),
    (
        Column("utility", QT_TRANSLATE_NOOP("spreadsheets", "Utility")),
        Column("code", QT_TRANSLATE_NOOP("spreadsheets", "Indicator code")),
        Column("indicator", QT_TRANSLATE_NOOP("spreadsheets", "Indicator")),
        Column("period", QT_TRANSLATE_NOOP("spreadsheets", "Period ending"), "date"),
        Column("value", QT_TRANSLATE_NOOP("spreadsheets", "Value"), "number"),
        Column("unit", QT_TRANSLATE_NOOP("spreadsheets", "Unit")),
        Column("confidence", QT_TRANSLATE_NOOP("spreadsheets", "Data confidence")),
        Column("source", QT_TRANSLATE_NOOP("spreadsheets", "Source")),
        Column("note", QT_TRANSLATE_NOOP("spreadsheets", "Note")),
    ),
)
ACTIONS = TableKind(
    "actions",
    QT_TRANSLATE_NOOP("spreadsheets", "Work plan"),
    (
        Column("description", QT_TRANSLATE_NOOP("spreadsheets", "Action")),
        Column("track", QT_TRANSLATE_NOOP("spreadsheets", "Improvement track")),
        Column("output", QT_TRANSLATE_NOOP("spreadsheets", "Output it serves")),
        Column("owner", QT_TRANSLATE_NOOP("spreadsheets", "Owner")),
        Column("start_date", QT_TRANSLATE_NOOP("spreadsheets", "Start date"), "date"),
        Column("due_date", QT_TRANSLATE_NOOP("spreadsheets", "Due date"), "date"),
        Column("status", QT_TRANSLATE_NOOP("spreadsheets", "Status")),
        Column("progress", QT_TRANSLATE_NOOP("spreadsheets", "Progress (%)"), "whole"),
        Column(
            "estimated_cost",
            QT_TRANSLATE_NOOP("spreadsheets", "Estimated cost"),
            "money",
            "cost_currency",
        ),
        Column("cost_currency", QT_TRANSLATE_NOOP("spreadsheets", "Cost currency")),
    ),
)
EXPENSES = TableKind(
    "expenses",
    QT_TRANSLATE_NOOP("spreadsheets", "Expenses"),
    (
        Column("date", QT_TRANSLATE_NOOP("spreadsheets", "Date"), "date"),
        Column("category", QT_TRANSLATE_NOOP("spreadsheets", "Category")),
        Column("description", QT_TRANSLATE_NOOP("spreadsheets", "Description")),
        Column("amount", QT_TRANSLATE_NOOP("spreadsheets", "Amount"), "money", "currency"),
        Column("currency", QT_TRANSLATE_NOOP("spreadsheets", "Currency")),
        Column("kind", QT_TRANSLATE_NOOP("spreadsheets", "Cash or in kind")),
        # Added after the columns of earlier versions, so that their positions hold.
        Column("budget_line", QT_TRANSLATE_NOOP("spreadsheets", "Budget line")),
        Column("funder", QT_TRANSLATE_NOOP("spreadsheets", "Funder or partner")),
        Column("rate", QT_TRANSLATE_NOOP("spreadsheets", "Rate used"), "number"),
        Column("rate_date", QT_TRANSLATE_NOOP("spreadsheets", "Rate date"), "date"),
        Column("rate_source", QT_TRANSLATE_NOOP("spreadsheets", "Rate source")),
        Column(
            "converted",
            QT_TRANSLATE_NOOP("spreadsheets", "Amount in reporting currency"),
            "money",
            "reporting_currency",
        ),
        Column("reporting_currency", QT_TRANSLATE_NOOP("spreadsheets", "Reporting currency")),
    ),
)
CONTRIBUTIONS = TableKind(
    "contributions",
    QT_TRANSLATE_NOOP("spreadsheets", "Contributions"),
    (
        Column("contributor", QT_TRANSLATE_NOOP("spreadsheets", "Contributor")),
        Column("kind", QT_TRANSLATE_NOOP("spreadsheets", "Cash or in kind")),
        Column("amount", QT_TRANSLATE_NOOP("spreadsheets", "Planned"), "money", "currency"),
        Column("received", QT_TRANSLATE_NOOP("spreadsheets", "Received"), "money", "currency"),
        Column("currency", QT_TRANSLATE_NOOP("spreadsheets", "Currency")),
        Column("description", QT_TRANSLATE_NOOP("spreadsheets", "Description")),
    ),
)
BUDGET_LINES = TableKind(
    "budget-lines",
    QT_TRANSLATE_NOOP("spreadsheets", "Budget lines"),
    (
        Column("category", QT_TRANSLATE_NOOP("spreadsheets", "Category")),
        Column("description", QT_TRANSLATE_NOOP("spreadsheets", "Description")),
        Column("funder", QT_TRANSLATE_NOOP("spreadsheets", "Funder or partner")),
        Column("budget", QT_TRANSLATE_NOOP("spreadsheets", "Budget"), "money", "currency"),
        Column("spent", QT_TRANSLATE_NOOP("spreadsheets", "Spent"), "money", "currency"),
        Column("currency", QT_TRANSLATE_NOOP("spreadsheets", "Currency")),
    ),
)
RATES = TableKind(
    "exchange-rates",
    QT_TRANSLATE_NOOP("spreadsheets", "Exchange rates"),
    (
        Column("date", QT_TRANSLATE_NOOP("spreadsheets", "Date"), "date"),
        Column("from", QT_TRANSLATE_NOOP("spreadsheets", "One unit of")),
        Column("rate", QT_TRANSLATE_NOOP("spreadsheets", "Rate"), "number"),
        Column("to", QT_TRANSLATE_NOOP("spreadsheets", "Is worth, in")),
        Column("source", QT_TRANSLATE_NOOP("spreadsheets", "Source")),
    ),
)
LEARNING = TableKind(
    "learning",
    QT_TRANSLATE_NOOP("spreadsheets", "Learning"),
    (
        Column("date", QT_TRANSLATE_NOOP("spreadsheets", "Date"), "date"),
        Column("form", QT_TRANSLATE_NOOP("spreadsheets", "Form of learning")),
        Column("topic", QT_TRANSLATE_NOOP("spreadsheets", "Topic")),
        Column("track", QT_TRANSLATE_NOOP("spreadsheets", "Improvement track")),
        Column("trainer", QT_TRANSLATE_NOOP("spreadsheets", "Trainer")),
        Column("trainees", QT_TRANSLATE_NOOP("spreadsheets", "Named trainees")),
        Column("hours", QT_TRANSLATE_NOOP("spreadsheets", "Hours"), "number"),
        Column("participants", QT_TRANSLATE_NOOP("spreadsheets", "Participants"), "whole"),
        Column("women", QT_TRANSLATE_NOOP("spreadsheets", "Women"), "whole"),
        Column("men", QT_TRANSLATE_NOOP("spreadsheets", "Men"), "whole"),
        Column("not_stated", QT_TRANSLATE_NOOP("spreadsheets", "Sex not stated"), "whole"),
        Column("person_hours", QT_TRANSLATE_NOOP("spreadsheets", "Person-hours"), "number"),
    ),
)
VISITS = TableKind(
    "visits",
    QT_TRANSLATE_NOOP("spreadsheets", "Site visits"),
    (
        Column("start_date", QT_TRANSLATE_NOOP("spreadsheets", "Start date"), "date"),
        Column("end_date", QT_TRANSLATE_NOOP("spreadsheets", "End date"), "date"),
        Column("title", QT_TRANSLATE_NOOP("spreadsheets", "Visit")),
        Column("site", QT_TRANSLATE_NOOP("spreadsheets", "Site")),
        Column("purpose", QT_TRANSLATE_NOOP("spreadsheets", "Purpose")),
        Column("state", QT_TRANSLATE_NOOP("spreadsheets", "Draft or final")),
        Column("participants", QT_TRANSLATE_NOOP("spreadsheets", "Participants")),
        Column("photos", QT_TRANSLATE_NOOP("spreadsheets", "Photos"), "whole"),
        Column("findings", QT_TRANSLATE_NOOP("spreadsheets", "Findings"), "whole"),
        Column("actions", QT_TRANSLATE_NOOP("spreadsheets", "Actions agreed"), "whole"),
        Column("next_visit", QT_TRANSLATE_NOOP("spreadsheets", "Next visit"), "date"),
        Column("signed_on", QT_TRANSLATE_NOOP("spreadsheets", "Signed on"), "date"),
    ),
)
TABLE_KINDS = (READINGS, ACTIONS, EXPENSES, CONTRIBUTIONS, BUDGET_LINES, RATES, LEARNING, VISITS)
# What ``wopdesk export KIND`` and the app's export can write on its own, by KIND.
EXPORT_KINDS: dict[str, TableKind] = {
    kind.name: kind for kind in (READINGS, LEARNING, ACTIONS, EXPENSES, VISITS)
}
NOT_CONVERTED = QT_TRANSLATE_NOOP("spreadsheets", "not converted")


@dataclass(frozen=True, slots=True)
class Table:
    """One table ready to write: its kind, headings in the chosen language, typed rows."""

    kind: TableKind
    title: str
    headings: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def heading(column: Column, language: str | None = None) -> str:
    return translator(language).translate(CONTEXT, column.heading)


# --- reading the tables -------------------------------------------------------------------


def partnership_tables(
    session: Session, partnership_id: str, language: str | None = None
) -> list[Table]:
    """The tables of a partnership, in ``language`` (by default the current one)."""
    partnership = live_partnership(session, partnership_id)
    return [_read_table(session, partnership, kind, language) for kind in TABLE_KINDS]


def partnership_table(
    session: Session, partnership_id: str, kind: str, language: str | None = None
) -> Table:
    """One table of a partnership (``kind`` one of ``EXPORT_KINDS``), in ``language``."""
    return _read_table(
        session, live_partnership(session, partnership_id), EXPORT_KINDS[kind], language
    )


def live_partnership(session: Session, partnership_id: str) -> Partnership:
    """The partnership, or NotFoundError with one sentence when there is none."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or partnership.deleted:
        message = translate("spreadsheets", "No partnership with id {0} exists here.")
        raise NotFoundError(message.format(partnership_id))
    return partnership


RowReader = Callable[[Session, Partnership, Translator], list[tuple[Any, ...]]]


def _read_table(
    session: Session, partnership: Partnership, kind: TableKind, language: str | None
) -> Table:
    tr = translator(language)
    return table_of(kind, tr, _READERS[kind.name](session, partnership, tr))


def table_of(kind: TableKind, tr: Translator, rows: list[tuple[Any, ...]]) -> Table:
    """A table of ``kind`` with its title and headings in ``tr``'s language."""
    headings = tuple(tr.translate(CONTEXT, column.heading) for column in kind.columns)
    return Table(kind, tr.translate(CONTEXT, kind.title), headings, rows)


def _reading_rows(session: Session, partnership_id: str, tr: Translator) -> list[tuple[Any, ...]]:
    found = session.execute(
        select(IndicatorReading, Indicator, Utility.name)
        .join(Indicator, Indicator.id == IndicatorReading.indicator_id)
        .join(Utility, Utility.id == IndicatorReading.utility_id)
        .where(
            IndicatorReading.partnership_id == partnership_id,
            IndicatorReading.deleted.is_(False),
        )
        .order_by(Utility.name, Indicator.code, IndicatorReading.period)
    )
    return [
        (
            utility,
            indicator.code,
            indicator_text(indicator, "name", tr.language),
            reading.period,
            number(reading.value),
            indicator_text(indicator, "unit", tr.language),
            tr.label(reading.confidence),
            reading.source,
            reading.note,
        )
        for reading, indicator, utility in found
    ]


def _action_rows(session: Session, partnership_id: str, tr: Translator) -> list[tuple[Any, ...]]:
    owner = aliased(Person)
    found = session.execute(
        select(Action, ImprovementTrack.title, owner.name, Output.title)
        .outerjoin(ImprovementTrack, ImprovementTrack.id == Action.track_id)
        .outerjoin(owner, owner.id == Action.owner_id)
        .outerjoin(Output, (Output.id == Action.output_id) & Output.deleted.is_(False))
        .where(Action.partnership_id == partnership_id, Action.deleted.is_(False))
        .order_by(Action.due_date.is_(None), Action.due_date, Action.description)
    )
    return [
        (
            action.description,
            track,
            output,
            owner_name,
            action.start_date,
            action.due_date,
            tr.label(action.status),
            action.progress,
            money(action.estimated_cost, action.estimated_cost_currency or ""),
            action.estimated_cost_currency,
        )
        for action, track, owner_name, output in found
    ]


def _learning_rows(session: Session, partnership_id: str, tr: Translator) -> list[tuple[Any, ...]]:
    """Each learning entry with its people, blank counts filled (domain/people.py).

    Read as plain columns, and the trainees' names in one query for the partnership: a
    learning log of 100,000 entries is exported without building a record for each.
    """
    trainer = aliased(Person)
    activity = LearningActivity
    # Through the connection: plain rows, without the ORM's per-row bookkeeping.
    found = session.connection().execute(
        select(
            activity.id,
            activity.date,
            activity.form,
            activity.topic,
            ImprovementTrack.title,
            trainer.name,
            activity.hours,
            activity.participants,
            activity.women,
            activity.men,
            activity.not_stated,
        )
        .outerjoin(ImprovementTrack, ImprovementTrack.id == activity.track_id)
        .outerjoin(trainer, trainer.id == activity.trainer_id)
        .where(activity.partnership_id == partnership_id, activity.deleted.is_(False))
        .order_by(activity.date, activity.topic)
    )
    names = _trainee_names(session, partnership_id)
    labels = {form: tr.label(form) for form in LearningForm}
    rows = []
    for row_id, date, form, topic, track, trainer_name, hours, *counts in found:
        named = names.get(row_id, [])
        participants, women, men, not_stated = counts
        people = people_of(participants, women, men, not_stated, named=len(named))
        rows.append(
            (
                date,
                labels[form],
                topic,
                track,
                trainer_name,
                ", ".join(named),
                number(hours),
                people.participants,
                people.women,
                people.men,
                people.not_stated,
                number(person_hours(hours, people.participants)),
            )
        )
    return rows


def _trainee_names(session: Session, partnership_id: str) -> dict[str, list[str]]:
    """The named trainees of a partnership's learning entries, by entry, in name order."""
    names: dict[str, list[str]] = {}
    for activity_id, name in session.connection().execute(
        select(LearningTrainee.activity_id, Person.name)
        .join(Person, Person.id == LearningTrainee.person_id)
        .where(
            LearningTrainee.partnership_id == partnership_id,
            LearningTrainee.deleted.is_(False),
        )
        .order_by(Person.name)
    ):
        names.setdefault(activity_id, []).append(name)
    return names


def number(value: float | None) -> Decimal | None:
    """A stored number as the decimal it was typed as, without a trailing ``.0``."""
    if value is None:
        return None
    exact = as_money(value)
    return exact.quantize(Decimal(1)) if exact == exact.to_integral_value() else exact


def money(amount: Decimal | None, currency: str) -> Decimal | None:
    """A stored amount with its currency's minor units (``2350.00`` EUR, ``420000`` XOF),
    unless that would change it: an export never rounds money."""
    if amount is None:
        return None
    exact = as_money(amount)
    try:
        shown = exact.quantize(Decimal(1).scaleb(-minor_units(currency)))
    except (ValueError, ArithmeticError):
        return exact
    return shown if shown == exact else exact


def _kind_label(tr: Translator, in_kind: bool) -> str:
    return tr.label(ContributionKind.IN_KIND if in_kind else ContributionKind.CASH)


def _expense_rows(
    session: Session, partnership: Partnership, tr: Translator
) -> list[tuple[Any, ...]]:
    """Each expense with its budget line and funder, and its amount in the reporting
    currency with the rate used: the rate of its date or the nearest earlier one, as the
    finance page converts it (``domain.money.convert``); "not converted" without one."""
    reporting = partnership.currency
    rates = exchange_rates(session, partnership.id)
    line = aliased(BudgetLine)
    found = session.execute(
        select(Expense, line)
        .outerjoin(line, (line.id == Expense.budget_line_id) & line.deleted.is_(False))
        .where(Expense.partnership_id == partnership.id, Expense.deleted.is_(False))
        .order_by(Expense.date, Expense.created_at)
    )
    not_converted = tr.translate(CONTEXT, NOT_CONVERTED)
    rows = []
    for expense, budget_line in found:
        amount = as_money(expense.amount)
        conversion = convert(amount, expense.currency, expense.date, reporting, rates)
        rows.append(
            (
                expense.date,
                tr.label(expense.category),
                expense.description,
                money(amount, expense.currency),
                expense.currency,
                _kind_label(tr, bool(expense.in_kind)),
                _line_label(tr, budget_line),
                budget_line.funder if budget_line is not None else None,
                *_conversion_cells(conversion, expense.currency, reporting, not_converted),
                reporting,
            )
        )
    return rows


def _line_label(tr: Translator, line: BudgetLine | None) -> str | None:
    """What the line pays for, as the finance report names it: ``Travel · Flights``."""
    if line is None:
        return None
    return tr.label(line.category) + (f" · {line.description}" if line.description else "")


def _conversion_cells(
    conversion: Conversion | None, currency: str, reporting: str, not_converted: str
) -> tuple[Any, ...]:
    """Rate used, its date, its source, and the amount in the reporting currency."""
    if conversion is None:
        return (None, None, None, not_converted)
    if currency == reporting:
        return (Decimal(1), None, None, money(conversion.amount, reporting))
    return (
        _plain(conversion.rate),
        conversion.rate_date,
        conversion.source,
        money(conversion.amount, reporting),
    )


def _contribution_rows(
    session: Session, partnership: Partnership, tr: Translator
) -> list[tuple[Any, ...]]:
    contributions = queries.live(
        session,
        Contribution,
        Contribution.partnership_id == partnership.id,
        order_by=Contribution.contributor,
    )
    rows = []
    for contribution in contributions:
        # None: counted in the partnership's currency, as an older WOPdesk wrote it.
        currency = contribution.currency or partnership.currency
        rows.append(
            (
                contribution.contributor,
                _kind_label(tr, contribution.kind == ContributionKind.IN_KIND),
                money(contribution.amount, currency),
                money(contribution.received, currency),
                currency,
                contribution.description,
            )
        )
    return rows


def _budget_line_rows(
    session: Session, partnership_id: str, tr: Translator
) -> list[tuple[Any, ...]]:
    """Each line with what was spent on it, in its currency (as the finance page shows)."""
    return [
        (
            tr.label(line.category),
            line.description,
            line.funder,
            line.budget,
            line.spent,
            line.currency,
        )
        for line in budget_lines(session, partnership_id)
    ]


def _rate_rows(session: Session, partnership_id: str) -> list[tuple[Any, ...]]:
    return [
        (rate.date, rate.source_currency, rate.value, rate.target, rate.source)
        for rate in exchange_rates(session, partnership_id)
    ]


def _plain(value: Decimal) -> Decimal:
    """``655.9570`` as ``655.957`` and ``1E+3`` as ``1000``: no trailing zero, no exponent."""
    shown = value.normalize()
    return shown.quantize(Decimal(1)) if shown.as_tuple().exponent > 0 else shown  # type: ignore[operator]


def _visit_rows(session: Session, partnership_id: str, tr: Translator) -> list[tuple[Any, ...]]:
    """The partnership's site visits, the earliest first, with who took part and how many
    photos, findings and agreed actions each holds (counted in one query each)."""
    visits = queries.live(
        session,
        SiteVisit,
        SiteVisit.partnership_id == partnership_id,
        order_by=SiteVisit.start_date,
    )
    people = _visit_people(session, partnership_id)
    photos = _count_by(
        session,
        Attachment.owner_id,
        Attachment.partnership_id == partnership_id,
        Attachment.owner_entity == SiteVisit.__tablename__,
        Attachment.media_type.startswith("image/"),
        Attachment.deleted.is_(False),
    )
    findings = _count_by(
        session,
        DiagnosisFinding.visit_id,
        DiagnosisFinding.partnership_id == partnership_id,
        DiagnosisFinding.deleted.is_(False),
    )
    actions = _count_by(
        session,
        Action.visit_id,
        Action.partnership_id == partnership_id,
        Action.deleted.is_(False),
    )
    return [
        (
            visit.start_date,
            visit.end_date,
            visit.title,
            visit.site,
            visit.purpose,
            tr.label(visit.state),
            ", ".join(people.get(visit.id, [])),
            photos.get(visit.id, 0),
            findings.get(visit.id, 0),
            actions.get(visit.id, 0),
            visit.next_visit_date,
            visit.signed_on,
        )
        for visit in visits
    ]


def _visit_people(session: Session, partnership_id: str) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for visit_id, name in session.execute(
        select(VisitParticipant.visit_id, Person.name)
        .join(Person, Person.id == VisitParticipant.person_id)
        .where(
            VisitParticipant.partnership_id == partnership_id,
            VisitParticipant.deleted.is_(False),
        )
        .order_by(Person.name)
    ):
        names.setdefault(visit_id, []).append(name)
    return names


def _count_by(session: Session, key: Any, *where: Any) -> dict[str, int]:
    """How many rows meeting ``where`` each value of ``key`` has."""
    return {
        value: count
        for value, count in session.execute(
            select(key, func.count()).where(key.is_not(None), *where).group_by(key)
        )
    }


_READERS: dict[str, RowReader] = {
    READINGS.name: lambda session, p, tr: _reading_rows(session, p.id, tr),
    ACTIONS.name: lambda session, p, tr: _action_rows(session, p.id, tr),
    EXPENSES.name: _expense_rows,
    CONTRIBUTIONS.name: _contribution_rows,
    BUDGET_LINES.name: lambda session, p, tr: _budget_line_rows(session, p.id, tr),
    RATES.name: lambda session, p, _tr: _rate_rows(session, p.id),
    LEARNING.name: lambda session, p, tr: _learning_rows(session, p.id, tr),
    VISITS.name: lambda session, p, tr: _visit_rows(session, p.id, tr),
}


# --- writing files ------------------------------------------------------------------------


def _write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """``write`` a temporary file beside ``target``, then rename it into place.

    A failure leaves no half-written file; it raises StorageError with one sentence.
    """
    target = target.expanduser().resolve()
    if not target.parent.is_dir():
        raise StorageError(cannot_write(target, FileNotFoundError(errno.ENOENT, "missing")))
    try:
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise StorageError(cannot_write(target, exc)) from None
    try:
        write(Path(temp_name))
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise StorageError(cannot_write(target, exc)) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    match_umask(target)
    return target


def csv_text(value: Any) -> str:
    """A cell as CSV text: dates YYYY-MM-DD, numbers with a point and no exponent."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return format(Decimal(str(value)), "f")
    return str(value)


def write_csv(tables: Sequence[Table], folder: Path) -> list[Path]:
    """One ``<name>.csv`` per table in ``folder`` (made if its parent exists)."""
    folder = folder.expanduser()
    if not folder.is_dir():
        try:
            folder.mkdir()
        except OSError as exc:
            raise StorageError(cannot_write(folder / "readings.csv", exc)) from None
    return [
        _write_atomically(folder / f"{table.kind.name}.csv", _csv_writer(table)) for table in tables
    ]


# Text and whole-number cells go to the csv module as they are (it writes None as an empty
# field, a string or an int as itself); only dates and decimals need ``csv_text``.
_AS_IS_KINDS = ("text", "whole")


def _csv_writer(table: Table) -> Callable[[Path], None]:
    converted = [i for i, c in enumerate(table.kind.columns) if c.kind not in _AS_IS_KINDS]

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(table.headings)
            writer.writerows(_csv_rows(table.rows, converted))

    return write


def _csv_rows(rows: list[tuple[Any, ...]], converted: list[int]) -> Iterator[Sequence[Any]]:
    """Each row with its date and number cells as ``csv_text`` writes them."""
    if not converted:
        yield from rows
        return
    for row in rows:
        cells = list(row)
        for i in converted:
            cells[i] = csv_text(cells[i])
        yield cells


MAX_WIDTH = 60
DATE_WIDTH = 12


def column_widths(table: Table) -> list[float]:
    """Widths (in characters) fitting each column's heading and longest cell, within reason."""
    widths = [len(text) * 1.15 + 2 for text in table.headings]
    for index, column in enumerate(table.kind.columns):
        if column.kind == "date":
            widths[index] = max(widths[index], DATE_WIDTH)
            continue
        longest = max((_text_length(row[index]) for row in table.rows), default=0)
        if column.kind == "money":
            longest = longest * 4 // 3 + 1  # the digit grouping the cell shows
        widths[index] = min(max(widths[index], longest + 2), MAX_WIDTH)
    return widths


def _text_length(value: Any) -> int:
    """How many characters a cell shows (``csv_text``'s, without its cost for text)."""
    return len(value) if value.__class__ is str else len(csv_text(value))


def money_format(currency: str | None) -> str:
    """The Excel number format of an amount: grouped, with the currency's minor units."""
    digits = minor_units(currency or "")
    return "#,##0" if digits == 0 else "#,##0." + "0" * digits


_SHEET_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def sheet_title(title: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``."""
    return title.translate(_SHEET_FORBIDDEN).strip()[:31] or "Sheet"


def write_xlsx(tables: Sequence[Table], target: Path) -> Path:
    """One workbook, one sheet per table: bold frozen header, typed cells, fitting widths."""
    return _write_atomically(target, lambda path: _save_workbook(tables, path))


def _save_workbook(tables: Sequence[Table], path: Path) -> None:
    from openpyxl import Workbook  # here: about 100 ms the app's start-up does not need

    workbook = Workbook(write_only=True)
    for table in tables:
        _add_sheet(workbook, table)
    workbook.save(path)


def _add_sheet(workbook: Any, table: Table) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(sheet_title(table.title))
    sheet.freeze_panes = "A2"
    for index, width in enumerate(column_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = round(width, 1)
    bold = Font(bold=True)
    header = []
    for text in table.headings:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    money = _money_columns(table.kind)
    for row in table.rows:
        sheet.append(_sheet_row(sheet, row, money) if money else row)


def _money_columns(kind: TableKind) -> dict[int, int]:
    """Index of each amount column -> index of its currency column."""
    keys = [column.key for column in kind.columns]
    return {
        index: keys.index(column.currency_key)
        for index, column in enumerate(kind.columns)
        if column.kind == "money"
    }


def _sheet_row(sheet: Any, row: tuple[Any, ...], money: dict[int, int]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell

    cells: list[Any] = list(row)
    for index, currency_index in money.items():
        if isinstance(cells[index], Decimal):  # not "not converted"
            cell = WriteOnlyCell(sheet, value=cells[index])
            cell.number_format = money_format(row[currency_index])
            cells[index] = cell
    return cells


# --- the commands -------------------------------------------------------------------------


def export_csv(
    store: Store, partnership_id: str, folder: Path, language: str | None = None
) -> list[Path]:
    """Write the partnership's tables as CSV files into ``folder``; return their paths."""
    with store.reading() as session:
        tables = partnership_tables(session, partnership_id, language)
    return write_csv(tables, folder)


def export_xlsx(
    store: Store, partnership_id: str, target: Path, language: str | None = None
) -> Path:
    """Write the partnership's tables as one Excel workbook; return its path."""
    with store.reading() as session:
        tables = partnership_tables(session, partnership_id, language)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    return write_xlsx(tables, target)


def write_table(table: Table, target: Path, fmt: str) -> Path:
    """One table as one CSV file (``fmt`` "csv") or a workbook of one sheet ("xlsx"); a
    name not ending in the format's suffix gets it."""
    if target.suffix.casefold() != f".{fmt}":
        target = target.with_name(f"{target.name}.{fmt}")
    if fmt == "csv":
        return _write_atomically(target, _csv_writer(table))
    return write_xlsx([table], target)


def export_table(
    store: Store,
    partnership_id: str,
    kind: str,
    target: Path,
    fmt: str,
    language: str | None = None,
) -> Path:
    """Write one table of the partnership (``kind`` one of ``EXPORT_KINDS``) to ``target``."""
    with store.reading() as session:
        table = partnership_table(session, partnership_id, kind, language)
    return write_table(table, target, fmt)


def find_partnership(session: Session, wanted: str | None) -> Partnership:
    """The partnership named by id, title or part of a title, as the report command finds
    it (``lookup.partnership_named``); with none named, the only one there is."""
    if wanted:
        return partnership_named(session, wanted)
    partnerships = queries.partnerships(session)
    if len(partnerships) == 1:
        return partnerships[0]
    if not partnerships:
        raise NotFoundError(translate("spreadsheets", "There is no partnership here yet."))
    message = translate(
        "spreadsheets", "There are {0} partnerships here; choose one with --partnership: {1}."
    )
    names = "; ".join(f"{p.title} ({p.id})" for p in partnerships)
    raise NotFoundError(message.format(len(partnerships), names))
