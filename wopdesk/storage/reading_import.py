"""Import indicator readings from a CSV file or an Excel workbook.

The file has a heading row naming its columns as an export writes them (in any language
WOPdesk speaks): indicator code, period ending and value are needed; utility (by default
the mentee), data confidence, source and note may follow. Every row is checked with the
rules a reading typed in the form meets (``domain.rules``, the indicator's valid range);
each problem is one sentence naming its row. A problem with the file itself (not a
spreadsheet, missing columns, no rows) means nothing can be written. Bad rows refuse the
whole file unless the caller asks to skip them (the app, once the person has seen the
preview and confirmed; the command line with ``--skip-bad-rows``): then every good row
is written in one transaction and the bad ones are counted as skipped. Two rows of the
file for the same utility, indicator and period are refused (the second is a bad row). A
reading already there for the same utility, indicator and period is left alone when the
file says the same; when the file says otherwise its recorded value is replaced only if the
caller asks for it (the app's "Replace recorded values", the command line's
``--replace-existing``); otherwise the row is skipped and reported. Re-importing a file adds
nothing.
"""

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain.catalogue import indicator_text
from wopdesk.domain.i18n import available_languages, translate, translator
from wopdesk.domain.rules import (
    EntityRules,
    check_reading_in_range,
    not_a_number,
    parse_date,
    problems,
)
from wopdesk.domain.vocab import DataConfidence
from wopdesk.errors import NotFoundError, ValidationError
from wopdesk.storage import commands, queries
from wopdesk.storage.direct_insert import insert_new_many
from wopdesk.storage.heap import collector_paused
from wopdesk.storage.models import Indicator, IndicatorReading, Partnership, Utility
from wopdesk.storage.spreadsheets import CONTEXT, READINGS, Column, csv_text, number
from wopdesk.storage.store import Store
from wopdesk.storage.types import utcnow

REQUIRED = ("code", "period", "value")
OPTIONAL = ("utility", "confidence", "source", "note")
# Headings a person may type instead of the exported ones (compared casefolded).
ALIASES = {"code": ("code",), "period": ("period", "date"), "value": ("value",)}
XLSX_SUFFIXES = (".xlsx", ".xlsm")


class ImportProblems(ValidationError):
    """The file cannot be imported; ``problems`` holds one sentence per problem."""

    def __init__(self, found: Sequence[str]) -> None:
        super().__init__("\n".join(found))
        self.problems = list(found)


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One row of the file: its number as the spreadsheet shows it, its cells by key."""

    number: int
    cells: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PlannedReading:
    """A reading the import will write: new (``existing_id`` None) or an update."""

    row: int
    values: dict[str, Any]
    existing_id: str | None = None
    previous: str = ""  # for an update: the recorded value it replaces, as text


class RowOutcome(StrEnum):
    """What importing one row of the file does."""

    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    BAD = "bad"


@dataclass(frozen=True, slots=True)
class RowPreview:
    """One row of the file as the preview shows it: its cells as text, what it does and,
    for a bad row, the sentence of each problem."""

    number: int
    code: str
    period: str
    value: str
    outcome: RowOutcome
    problems: tuple[str, ...] = ()
    previous: str = ""  # for an update: the recorded value it would replace, as text


@dataclass(slots=True)
class ImportPlan:
    """What importing a file would do: row by row, or why the file cannot be read."""

    path: Path
    added: list[PlannedReading] = field(default_factory=list)
    updated: list[PlannedReading] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)  # the file's own: nothing can be written
    rows: list[RowPreview] = field(default_factory=list)
    # Whether the rows that differ from a recorded reading replace it (else they are skipped).
    replace_existing: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.bad_rows

    @property
    def bad_rows(self) -> list[RowPreview]:
        return [row for row in self.rows if row.outcome is RowOutcome.BAD]

    @property
    def writes(self) -> int:
        """How many readings confirming would add or (when replacing) update."""
        return len(self.added) + self.replaced

    @property
    def replaced(self) -> int:
        """How many recorded readings confirming would replace."""
        return len(self.updated) if self.replace_existing else 0

    @property
    def kept(self) -> int:
        """How many rows differ from a recorded reading and are skipped, not replacing it."""
        return 0 if self.replace_existing else len(self.updated)

    def replace_note(self, previous: str) -> str:
        """What importing does with a row that differs from the recorded reading."""
        if self.replace_existing:
            message = translate("spreadsheets", "will replace the recorded value {0}.")
        else:
            message = translate(
                "spreadsheets",
                "differs from the recorded value {0}: skipped (recorded values are not replaced).",
            )
        return message.format(previous)

    def replace_lines(self) -> list[str]:
        """``Row 4: will replace the recorded value 3.2.`` for each row differing from one."""
        return [_row_problem(p.row, self.replace_note(p.previous)) for p in self.updated]

    def row_problems(self) -> list[str]:
        """``Row 3: …`` for each problem of each bad row, in the file's order."""
        return [
            _row_problem(row.number, problem) for row in self.bad_rows for problem in row.problems
        ]

    def all_problems(self) -> list[str]:
        return self.problems + self.row_problems()

    def summary(self) -> str:
        """``Readings to add: 3; to update: 1; already there and unchanged: 2.``"""
        if self.bad_rows:
            message = translate(
                "spreadsheets",
                "Readings to add: {0}; to update: {1}; already there and unchanged: {2}; "
                "bad rows that will be skipped: {3}.",
            )
        else:
            message = translate(
                "spreadsheets",
                "Readings to add: {0}; to update: {1}; already there and unchanged: {2}.",
            )
        text = message.format(len(self.added), self.replaced, self.unchanged, len(self.bad_rows))
        return self._with_kept(text)

    def _with_kept(self, text: str) -> str:
        if not self.kept:
            return text
        message = translate(
            "spreadsheets",
            "Rows that differ from a recorded reading, skipped without replacing it: {0}.",
        )
        return f"{text} {message.format(self.kept)}"

    def done_summary(self) -> str:
        """``Readings added: 3; updated: 1; already there and unchanged, skipped: 2.``"""
        if self.bad_rows:
            message = translate(
                "spreadsheets",
                "Readings added: {0}; updated: {1}; already there and unchanged, skipped: {2}; "
                "bad rows skipped: {3}.",
            )
        else:
            message = translate(
                "spreadsheets",
                "Readings added: {0}; updated: {1}; already there and unchanged, skipped: {2}.",
            )
        text = message.format(len(self.added), self.replaced, self.unchanged, len(self.bad_rows))
        return self._with_kept(text)


# --- reading the file ---------------------------------------------------------------------


def _normalise(text: object) -> str:
    return " ".join(str(text).replace("’", "'").split()).casefold()


def _accepted_headings(column: Column) -> set[str]:
    names = {
        _normalise(translator(lang).translate(CONTEXT, column.heading))
        for lang in available_languages()
    }
    names.update(ALIASES.get(column.key, ()))
    if column.key == "period":
        names.update(
            _normalise(translator(lang).translate("spreadsheets", "Date"))
            for lang in available_languages()
        )
    return names


def _column_keys(header: Sequence[object]) -> dict[int, str]:
    """Which reading field each heading of the file is (unknown headings are ignored)."""
    wanted = [c for c in READINGS.columns if c.key in REQUIRED + OPTIONAL]
    accepted = {column.key: _accepted_headings(column) for column in wanted}
    keys: dict[int, str] = {}
    for index, text in enumerate(header):
        if text is None:
            continue
        name = _normalise(text)
        for key, names in accepted.items():
            if name in names and key not in keys.values():
                keys[index] = key
                break
    return keys


def _not_a_spreadsheet(path: Path) -> ImportProblems:
    message = translate(
        "spreadsheets",
        "{0} is not a CSV file or an Excel workbook (.xlsx); save it as one of these and "
        "import it again.",
    )
    return ImportProblems([message.format(path.name)])


def read_sheet(path: Path) -> list[SheetRow]:
    """The data rows of the file, cells keyed by field; file-level problems are raised."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        message = translate("spreadsheets", "{0} does not exist.")
        raise ImportProblems([message.format(path)]) from None
    except OSError as exc:
        message = translate("spreadsheets", "{0} cannot be read ({1}).")
        raise ImportProblems([message.format(path, exc.strerror)]) from None
    if not data.strip():
        raise ImportProblems([translate("spreadsheets", "{0} is empty.").format(path.name)])
    if data.startswith(b"PK") or path.suffix.lower() in XLSX_SUFFIXES:
        tables = _workbook_tables(path, data)
    else:
        tables = [_csv_table(path, data)]
    return _rows_of(path, tables)


def _csv_table(path: Path, data: bytes) -> list[tuple[Any, ...]]:
    if b"\x00" in data:
        raise _not_a_spreadsheet(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows
    first_line = text.split("\n", 1)[0]
    # Excel writes ";" where the decimal point is a comma (French, Spanish).
    delimiter = max(",;\t", key=first_line.count)
    try:
        return [
            tuple(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error:
        raise _not_a_spreadsheet(path) from None


def _workbook_tables(path: Path, data: bytes) -> list[list[tuple[Any, ...]]]:
    from openpyxl import load_workbook  # here: the app's start-up does not need it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # a broken zip, openpyxl's InvalidFileException, a missing part…
        raise _not_a_spreadsheet(path) from None
    try:
        return [_sheet_table(path, sheet) for sheet in book]
    finally:
        book.close()


def _sheet_table(path: Path, sheet: Any) -> list[tuple[Any, ...]]:
    """A sheet's rows up to its heading row, and the rest only if it holds readings."""
    rows = sheet.iter_rows(values_only=True)
    table: list[tuple[Any, ...]] = []
    for row in rows:
        table.append(tuple(row))
        if not all(map(_is_blank, row)):
            break
    if set(REQUIRED) <= set(_column_keys(_header(table)).values()):
        _refuse_merged_cells(path, sheet)
        table.extend(tuple(row) for row in rows)
    return table


_MERGED = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*\bref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")


def _refuse_merged_cells(path: Path, sheet: Any) -> None:
    """Merged cells hide which row a value belongs to: the sheet of readings may have none.

    A read-only worksheet does not parse its merged cells, so its XML is searched (its
    part of the .xlsx zip, through openpyxl's own handles).
    """
    merged = _MERGED.findall(sheet.parent._archive.read(sheet._worksheet_path))
    if not merged:
        return
    cells = ", ".join(ref.decode() for ref in merged[:5]) + (", …" if len(merged) > 5 else "")
    message = translate(
        "spreadsheets",
        "{0} has merged cells on the sheet '{1}' ({2}); unmerge them so that each reading has "
        "its own row, and import it again.",
    )
    raise ImportProblems([message.format(path.name, sheet.title, cells)])


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _rows_of(path: Path, tables: list[list[tuple[Any, ...]]]) -> list[SheetRow]:
    """The rows of the first table whose headings name the needed columns."""
    found = [(table, _column_keys(_header(table))) for table in tables]
    chosen = next(((t, k) for t, k in found if set(REQUIRED) <= set(k.values())), None)
    if chosen is None:
        table, keys = next(((t, k) for t, k in found if _header(t)), (None, {}))
        if table is None:
            raise ImportProblems([translate("spreadsheets", "{0} is empty.").format(path.name)])
        raise ImportProblems([_missing_columns(path, keys)])
    table, keys = chosen
    start = _header_index(table)
    rows = [
        SheetRow(number, {key: row[i] if i < len(row) else None for i, key in keys.items()})
        for number, row in enumerate(table[start + 1 :], start=start + 2)
        if not all(_is_blank(value) for value in row)
    ]
    if not rows:
        message = translate("spreadsheets", "{0} has a heading row but no readings under it.")
        raise ImportProblems([message.format(path.name)])
    return rows


def _header_index(table: list[tuple[Any, ...]]) -> int:
    return next((i for i, row in enumerate(table) if not all(map(_is_blank, row))), 0)


def _header(table: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    return next((row for row in table if not all(map(_is_blank, row))), ())


def _missing_columns(path: Path, keys: dict[int, str]) -> str:
    missing = [
        translate(CONTEXT, column.heading)
        for column in READINGS.columns
        if column.key in REQUIRED and column.key not in keys.values()
    ]
    message = translate(
        "spreadsheets",
        "{0} has no column {1} in its first row; name the columns as an export does.",
    )
    return message.format(path.name, ", ".join(f"'{name}'" for name in missing))


# --- checking the rows --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    """What the rows are checked against: the partnership's indicators, utilities, readings."""

    partnership: Partnership
    indicators: dict[str, Indicator]
    utilities: dict[str, Utility]
    existing: dict[tuple[str, str, dt.date], IndicatorReading]
    confidences: dict[str, DataConfidence]
    indicators_by_id: dict[str, Indicator]
    # The reading rules' problems, by what they depend on (``_rule_key``): checked once per
    # distinct period, not once per row.
    checked: dict[tuple[Any, ...], list[str]] = field(default_factory=dict)
    # Each indicator's valid range, by id, read once.
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    # The names read from cells (indicator codes, utilities, confidences) by field and cell.
    read: dict[tuple[str, type, Any], "_Read"] = field(default_factory=dict)


def _context(session: Session, partnership_id: str) -> _Context:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or partnership.deleted:
        message = translate("spreadsheets", "No partnership with id {0} exists here.")
        raise NotFoundError(message.format(partnership_id))
    indicators: dict[str, Indicator] = {}
    for indicator in queries.indicators(session, partnership_id):
        indicators.setdefault(indicator.code.casefold(), indicator)
    utilities: dict[str, Utility] = {}
    for utility_id in (partnership.mentee_utility_id, partnership.mentor_utility_id):
        utility = session.get(Utility, utility_id)
        if utility is not None:
            utilities[_normalise(utility.name)] = utility
            utilities[utility.id.casefold()] = utility
    existing: dict[tuple[str, str, dt.date], IndicatorReading] = {}
    for reading in session.scalars(
        select(IndicatorReading)
        .where(
            IndicatorReading.partnership_id == partnership_id,
            IndicatorReading.deleted.is_(False),
        )
        .order_by(IndicatorReading.created_at)
    ):
        existing.setdefault((reading.utility_id, reading.indicator_id, reading.period), reading)
    by_id = {indicator.id: indicator for indicator in indicators.values()}
    ranges = {i.id: (i.min_value, i.max_value) for i in by_id.values()}
    return _Context(
        partnership, indicators, utilities, existing, _confidences(), by_id, ranges=ranges
    )


def _confidences() -> dict[str, DataConfidence]:
    names: dict[str, DataConfidence] = {}
    for member in DataConfidence:
        names[member.value] = member
        for language in available_languages():
            names[_normalise(translator(language).label(member))] = member
    return names


def _row_problem(row: int, problem: str) -> str:
    return translate("spreadsheets", "Row {0}: {1}").format(row, problem)


def _heading(key: str) -> str:
    column = next(c for c in READINGS.columns if c.key == key)
    return translate(CONTEXT, column.heading)


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _required(key: str) -> str:
    return translate("spreadsheets", "{0} is blank.").format(_heading(key))


def _indicator(ctx: _Context, value: Any) -> Indicator:
    code = _text(value)
    if not code:
        raise ValidationError(_required("code"))
    indicator = ctx.indicators.get(code.casefold())
    if indicator is None:
        message = translate("spreadsheets", "there is no indicator with the code '{0}' here.")
        raise ValidationError(message.format(code))
    return indicator


def _utility(ctx: _Context, value: Any) -> Utility:
    name = _text(value)
    if not name:
        return ctx.partnership.mentee_utility
    utility = ctx.utilities.get(_normalise(name))
    if utility is None:
        names = sorted({u.name for u in ctx.utilities.values()})
        message = translate("spreadsheets", "'{0}' is not a utility of this partnership ({1}).")
        raise ValidationError(message.format(name, ", ".join(names)))
    return utility


def _period(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if _is_blank(value):
        raise ValidationError(_required("period"))
    return parse_date(_text(value), _heading("period"))


def _value(value: Any) -> float:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
    elif _is_blank(value):
        raise ValidationError(_required("value"))
    else:
        try:
            number = Decimal(_text(value))
        except InvalidOperation:
            raise not_a_number(_heading("value"), _text(value)) from None
    if not number.is_finite():
        raise not_a_number(_heading("value"), _text(value))
    return float(number)


def _confidence_of(ctx: _Context, value: Any) -> DataConfidence:
    confidence = ctx.confidences.get(_normalise(value))
    if confidence is None:
        choices = ", ".join(translator().label(member) for member in DataConfidence)
        message = translate("spreadsheets", "'{0}' is not a data confidence; write one of: {1}.")
        raise ValidationError(message.format(_text(value), choices))
    return confidence


# How each field of a reading is read from its cell: the field, the cell's key, the
# reader, and whether its answer depends on the cell's value alone (a name looked up: the
# same few values on every row, so each distinct one is read once per import).
_READERS: tuple[tuple[str, str, Callable[[_Context, Any], Any], bool], ...] = (
    ("indicator_id", "code", lambda ctx, cell: _indicator(ctx, cell).id, True),
    ("utility_id", "utility", lambda ctx, cell: _utility(ctx, cell).id, True),
    ("period", "period", lambda ctx, cell: _period(cell), False),
    ("value", "value", lambda ctx, cell: _value(cell), False),
)
_CONFIDENCE = ("confidence", "confidence", _confidence_of, True)


def _row_values(ctx: _Context, row: SheetRow) -> tuple[dict[str, Any], list[str]]:
    """The reading a row describes, and the sentence of each of its problems."""
    cells = row.cells
    values: dict[str, Any] = {"partnership_id": ctx.partnership.id}
    found: list[str] = []
    for name, key, read, by_value in _READERS:
        _read_cell(ctx, values, found, name, read, cells.get(key), by_value)
    if "confidence" in cells and not _is_blank(cells["confidence"]):
        name, key, read, by_value = _CONFIDENCE
        _read_cell(ctx, values, found, name, read, cells[key], by_value)
    for name in ("source", "note"):
        if name in cells:
            values[name] = _text(cells[name]) or None
    return values, found


def _read_cell(
    ctx: _Context,
    values: dict[str, Any],
    found: list[str],
    name: str,
    read: Callable[[_Context, Any], Any],
    cell: Any,
    by_value: bool,
) -> None:
    """``values[name]`` read from ``cell``, or the sentence of its problem in ``found``."""
    # The cell's type is part of the key: True, 1 and 1.0 are equal but read differently.
    slot = (name, type(cell), cell)
    answer = ctx.read.get(slot, _UNREAD) if by_value else _UNREAD
    if answer is _UNREAD:
        try:
            answer = _Read(read(ctx, cell), None)
        except ValidationError as exc:
            answer = _Read(None, str(exc))
        if by_value:
            ctx.read[slot] = answer
    if answer.problem is None:
        values[name] = answer.value
    else:
        found.append(answer.problem)


class _Read(NamedTuple):
    """A cell read: its value, or the sentence of its problem."""

    value: Any
    problem: str | None


_UNREAD = _Read(None, "")


def _rule_fields(rules: EntityRules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fields the rules only need filled in, and those whose value a rule reads."""
    valued = {
        *rules.non_negative,
        *rules.ranges,
        *rules.max_length,
        *rules.not_future,
        *rules.currencies,
        *rules.emails,
        *rules.money,
        *rules.money.values(),
        *rules.exact,
        *(name for pair in rules.date_order for name in pair),
    }
    return tuple(f for f in rules.required if f not in valued), tuple(sorted(valued))


FILLED_ONLY, READ_BY_RULES = _rule_fields(IndicatorReading.rules)


def _rule_key(values: dict[str, Any]) -> tuple[Any, ...]:
    """What the reading rules' verdict on ``values`` depends on: whether each field they
    only need is filled, and the value of each field they read (for readings: the period)."""
    filled = tuple(_is_blank(values.get(name)) for name in FILLED_ONLY)
    return filled + tuple(values.get(name) for name in READ_BY_RULES)


def _rule_problems(ctx: _Context, values: dict[str, Any]) -> Iterator[str]:
    """The form's checks: the reading's rules, and the indicator's valid range."""
    key = _rule_key(values)
    found = ctx.checked.get(key)
    if found is None:
        full = IndicatorReading.new_values(values)
        found = ctx.checked[key] = [str(p) for p in problems(IndicatorReading.rules, full)]
    yield from found
    low, high = ctx.ranges[values["indicator_id"]]
    if (low is not None and values["value"] < low) or (high is not None and values["value"] > high):
        indicator = ctx.indicators_by_id[values["indicator_id"]]
        try:  # the indicator's name is looked up only for the message
            check_reading_in_range(indicator_text(indicator, "name"), values["value"], low, high)
        except ValidationError as exc:
            yield str(exc)


def plan_import(
    session: Session, partnership_id: str, path: Path, *, replace_existing: bool = False
) -> ImportPlan:
    """What importing ``path`` into the partnership would do; nothing is written."""
    plan = ImportPlan(path, replace_existing=replace_existing)
    ctx = _context(session, partnership_id)
    try:
        rows = read_sheet(path)
    except ImportProblems as exc:
        plan.problems = exc.problems
        return plan
    seen: dict[tuple[str, str, dt.date], int] = {}
    for row in rows:
        _plan_row(ctx, row, plan, seen)
    return plan


def _plan_row(
    ctx: _Context, row: SheetRow, plan: ImportPlan, seen: dict[tuple[str, str, dt.date], int]
) -> None:
    values, found = _row_values(ctx, row)
    if not found:
        found = list(_rule_problems(ctx, values))
    if not found:
        key = (values["utility_id"], values["indicator_id"], values["period"])
        if key in seen:
            message = translate(
                "spreadsheets",
                "this reading repeats row {0} (the same indicator, utility and period).",
            )
            found.append(message.format(seen[key]))
        seen.setdefault(key, row.number)
    outcome = RowOutcome.BAD if found else _add_to_plan(ctx, row.number, values, plan)
    previous = plan.updated[-1].previous if outcome is RowOutcome.UPDATE else ""
    plan.rows.append(_preview(row, outcome, found, previous))


def _preview(
    row: SheetRow, outcome: RowOutcome, found: list[str], previous: str = ""
) -> RowPreview:
    period = row.cells.get("period")
    if isinstance(period, dt.datetime):
        period = period.date()
    shown = period.isoformat() if isinstance(period, dt.date) else _text(period)
    cells = row.cells
    return RowPreview(
        row.number,
        _text(cells.get("code")),
        shown,
        _text(cells.get("value")),
        outcome,
        tuple(found),
        previous,
    )


def _add_to_plan(ctx: _Context, row: int, values: dict[str, Any], plan: ImportPlan) -> RowOutcome:
    existing = ctx.existing.get((values["utility_id"], values["indicator_id"], values["period"]))
    if existing is None:
        plan.added.append(PlannedReading(row, values))
        return RowOutcome.ADD
    changes = {
        name: value
        for name, value in values.items()
        if name in ("value", "confidence", "source", "note") and getattr(existing, name) != value
    }
    if changes:
        previous = csv_text(number(existing.value))
        plan.updated.append(PlannedReading(row, changes, existing.id, previous))
        return RowOutcome.UPDATE
    plan.unchanged += 1
    return RowOutcome.UNCHANGED


# --- writing ------------------------------------------------------------------------------


def preview_import(
    store: Store, partnership_id: str, path: Path, *, replace_existing: bool = False
) -> ImportPlan:
    """The plan of importing ``path``, read without writing (for a confirmation)."""
    with collector_paused(), store.reading() as session:
        return plan_import(session, partnership_id, path, replace_existing=replace_existing)


def import_readings(
    store: Store,
    partnership_id: str,
    path: Path,
    *,
    skip_bad_rows: bool = False,
    replace_existing: bool = False,
) -> ImportPlan:
    """Import ``path`` in one transaction.

    A problem with the file raises ImportProblems and writes nothing. So do bad rows,
    unless ``skip_bad_rows``: then every good row is written and the bad ones are left
    out (the plan returned lists them). Rows that differ from a recorded reading replace
    it only with ``replace_existing``; otherwise they are skipped (the plan counts them).
    """
    with collector_paused(), store.transaction() as session:
        plan = plan_import(session, partnership_id, path, replace_existing=replace_existing)
        if plan.problems or (plan.bad_rows and not skip_bad_rows):
            raise ImportProblems(plan.all_problems())
        write_plan(session, plan)
    return plan


def write_plan(session: Session, plan: ImportPlan) -> None:
    """Write the plan's new readings in bulk and, when it replaces recorded readings, its
    updates one by one.

    ``plan_import`` checked every new reading in this transaction with the rules ``create``
    applies and the indicator's range ``record_reading`` applies, so they are not checked
    again here; they are written with their outbox entries as ``create`` writes one.
    """
    # One time for the whole import, as for its one transaction (and converted once).
    now = utcnow()
    times = {"created_at": now, "updated_at": now}
    rows = [IndicatorReading.new_values({**times, **planned.values}) for planned in plan.added]
    session.flush()
    insert_new_many(session, IndicatorReading, rows)
    for planned in plan.updated if plan.replace_existing else ():
        assert planned.existing_id is not None
        commands.update(session, IndicatorReading, planned.existing_id, **planned.values)


def problem_lines(found: Iterable[str], limit: int = 50) -> list[str]:
    """At most ``limit`` problems, and a last line saying how many more there are."""
    listed = list(found)
    if len(listed) <= limit:
        return listed
    more = translate("spreadsheets", "… and {0} more problems.").format(len(listed) - limit)
    return [*listed[:limit], more]
