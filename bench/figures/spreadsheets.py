"""Spreadsheets: a partnership's learning log out to .xlsx and CSV, readings in from .xlsx.

Export: the demo partnership with 100,000 learning entries (bulk-inserted, see
``bench/data.py``), written by the product's ``export_xlsx`` / ``export_csv`` (every table
of the partnership, the learning log being nearly all of it). The floor reads the same
learning rows (date, form, topic, track, trainer, trainees, hours, and where the schema
has them the counts by sex and person-hours: the product table's columns) straight from
SQLite with plain sqlite3 and writes them with openpyxl in write-only mode, or with the
``csv`` module, in the same run. The figure is skipped where the export has no learning
table (before the learning-people work is merged); its floor is still measured.

Import: 20,000 readings of the demo's two utilities in one .xlsx (written once per run,
outside the timing), imported by ``reading_import.import_readings`` into a fresh copy of
the profile (validated, written in one transaction with change capture). The floor reads
the same workbook with openpyxl (read-only) and INSERTs the rows with sqlite3
``executemany`` in one transaction into a copy of the same database.
"""

import csv
import datetime as dt
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import data
from bench.harness import Context, NotAvailable, Outcome, Stats, figure, ratio_at_most
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.storage import spreadsheets
from wopdesk.storage.store import Store

LEARNING_SQL = """
SELECT date, form, topic, track, trainer, coalesce(trainees, ''), hours{counts}
  FROM (SELECT a.date, a.form, a.topic, t.title AS track, p.name AS trainer, a.hours,
               (SELECT group_concat(name, ', ') FROM
                  (SELECT tp.name FROM learning_trainee lt
                     JOIN person tp ON tp.id = lt.person_id
                    WHERE lt.activity_id = a.id AND lt.deleted = 0
                    ORDER BY tp.name)) AS trainees,
               (SELECT count(*) FROM learning_trainee lt
                 WHERE lt.activity_id = a.id AND lt.deleted = 0) AS named{count_columns}
          FROM learning_activity a
          LEFT JOIN improvement_track t ON t.id = a.track_id
          LEFT JOIN person p ON p.id = a.trainer_id
         WHERE a.partnership_id = ? AND a.deleted = 0
         ORDER BY a.date, a.topic)
"""
# Where learning entries count their people by sex (a later schema), the floor writes them
# too, with person-hours, as the product's table shows them: blank counts filled by the
# rule of ``domain/people.py`` (participants left empty are the sum of the counts given,
# or with none the named trainees; what the counts do not describe is "not stated"), so
# that the floor writes the same cells as the product.
COUNT_COLUMNS = ", a.participants, a.women, a.men, a.not_stated"
PARTICIPANTS = """coalesce(participants,
         CASE WHEN women IS NULL AND men IS NULL AND not_stated IS NULL THEN named
              ELSE coalesce(women, 0) + coalesce(men, 0) + coalesce(not_stated, 0) END)"""
COUNTS = f"""
       , {PARTICIPANTS}, coalesce(women, 0), coalesce(men, 0),
       max({PARTICIPANTS} - coalesce(women, 0) - coalesce(men, 0), 0),
       coalesce(hours, 0) * {PARTICIPANTS}"""
LEARNING_HEADINGS = ("Date", "Form", "Topic", "Track", "Trainer", "Trainees", "Hours")
COUNT_HEADINGS = ("Participants", "Women", "Men", "Sex not stated", "Person-hours")


def _has_learning_table() -> None:
    if not any(kind.name == "learning" for kind in spreadsheets.TABLE_KINDS):
        raise NotAvailable("the export has no learning table in this version")


def _floor_rows(db: Path) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """The headings and the learning rows, read straight from SQLite."""
    conn = sqlite3.connect(db)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(learning_activity)")}
        counted = "participants" in columns
        sql = LEARNING_SQL.format(
            counts=COUNTS if counted else "", count_columns=COUNT_COLUMNS if counted else ""
        )
        rows = conn.execute(sql, (DEMO_PARTNERSHIP_ID,)).fetchall()
    finally:
        conn.close()
    headings = LEARNING_HEADINGS + (COUNT_HEADINGS if counted else ())
    # Typed as the product writes them: dates as dates.
    return headings, [(dt.date.fromisoformat(row[0]), *row[1:]) for row in rows]


def _floor_xlsx(db: Path, target: Path) -> int:
    from openpyxl import Workbook

    headings, rows = _floor_rows(db)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Learning")
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    book.save(target)
    return len(rows)


def _floor_csv(db: Path, target: Path) -> int:
    headings, rows = _floor_rows(db)
    with target.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headings)
        writer.writerows((row[0].isoformat(), *row[1:]) for row in rows)
    return len(rows)


def _export_figure(ctx: Context, kind: str) -> Outcome:
    entries = ctx.scale(100_000, 2_000)
    profile = data.cached_profile(ctx.cache_dir, learning=entries, log=ctx.log)
    db = profile / "wopdesk.db"
    out = ctx.fresh_dir(f"export-{kind}")
    floor_write = _floor_xlsx if kind == "xlsx" else _floor_csv
    floor: list[float] = []
    try:
        _has_learning_table()
    except NotAvailable as exc:
        for _ in range(ctx.runs(3, 1)):
            floor.append(_timed(lambda: floor_write(db, out / f"floor.{kind}")))
        return Outcome(floor=Stats.of(floor, "s"), skipped=str(exc))
    store = Store.open(profile)
    product: list[float] = []
    written_rows = 0
    try:
        for run in range(ctx.runs(3, 1) + 1):
            seconds = _timed(lambda: floor_write(db, out / f"floor.{kind}"))
            started = time.perf_counter()
            if kind == "xlsx":
                spreadsheets.export_xlsx(store, DEMO_PARTNERSHIP_ID, out / "product.xlsx", "en")
            else:
                spreadsheets.export_csv(store, DEMO_PARTNERSHIP_ID, out / "product", "en")
            if run:  # the first run warms the page cache and the imports
                floor.append(seconds)
                product.append(time.perf_counter() - started)
        written_rows = _learning_rows_written(out, kind)
    finally:
        store.close()
    return Outcome(
        value=Stats.of(product, "s"),
        floor=Stats.of(floor, "s"),
        extras={"learning_entries": entries, "learning_rows_written": written_rows},
        notes=[f"{written_rows:,} learning rows in the product's file"],
    )


def _learning_rows_written(out: Path, kind: str) -> int:
    if kind == "csv":
        with (out / "product" / "learning.csv").open(encoding="utf-8-sig", newline="") as file:
            return sum(1 for _ in csv.reader(file)) - 1
    from openpyxl import load_workbook

    book = load_workbook(out / "product.xlsx", read_only=True)
    try:
        sheet = next(s for s in book if s.title == "Learning")
        return sum(1 for _ in sheet.iter_rows(values_only=True)) - 1
    finally:
        book.close()


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


@figure(
    "export_learning_xlsx",
    "export of a partnership with 100,000 learning entries to .xlsx",
    "the learning rows read with sqlite3 and written with openpyxl (write-only)",
    [ratio_at_most(1.5)],
)
def export_learning_xlsx(ctx: Context) -> Outcome:
    return _export_figure(ctx, "xlsx")


@figure(
    "export_learning_csv",
    "export of a partnership with 100,000 learning entries to CSV",
    "the learning rows read with sqlite3 and written with the csv module",
    [ratio_at_most(1.5)],
)
def export_learning_csv(ctx: Context) -> Outcome:
    return _export_figure(ctx, "csv")


# --- import ---------------------------------------------------------------------------


def _readings_workbook(db: Path, count: int, target: Path) -> list[tuple[Any, ...]]:
    """``count`` readings none of which the demo has: month ends from 1970, values in range.

    Returns the rows as the floor inserts them (utility id, indicator id, period, value).
    """
    from openpyxl import Workbook

    conn = sqlite3.connect(db)
    try:
        partnership = conn.execute(
            "SELECT mentee_utility_id, mentor_utility_id FROM partnership WHERE id = ?",
            (DEMO_PARTNERSHIP_ID,),
        ).fetchone()
        utilities = conn.execute(
            "SELECT id, name FROM utility WHERE id IN (?, ?)", partnership
        ).fetchall()
        indicators = conn.execute(
            "SELECT id, code, min_value, max_value FROM indicator "
            "WHERE partnership_id IS NULL AND deleted = 0 ORDER BY code"
        ).fetchall()
    finally:
        conn.close()
    per_month = len(utilities) * len(indicators)
    months = [dt.date(1970 + m // 12, m % 12 + 1, 1) for m in range(1, count // per_month + 2)]
    month_ends = [day - dt.timedelta(days=1) for day in months]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Indicator readings")
    sheet.append(["Utility", "Indicator code", "Period ending", "Value", "Data confidence"])
    rows: list[tuple[Any, ...]] = []
    for n in range(count):
        utility_id, utility_name = utilities[n % len(utilities)]
        indicator_id, code, low, high = indicators[(n // len(utilities)) % len(indicators)]
        period = month_ends[n // (len(utilities) * len(indicators))]
        low = 0.0 if low is None else low
        high = low + 100.0 if high is None else high
        value = round(low + (high - low) * ((n * 37) % 100) / 100, 2)
        sheet.append([utility_name, code, period, value, "fair"])
        rows.append((utility_id, indicator_id, period.isoformat(), value))
    book.save(target)
    return rows


def _floor_import(path: Path, db: Path) -> int:
    """Read the workbook with openpyxl and INSERT its rows in one sqlite3 transaction."""
    from openpyxl import load_workbook

    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    try:
        codes = dict(conn.execute("SELECT code, id FROM indicator").fetchall())
        names = dict(conn.execute("SELECT name, id FROM utility").fetchall())
        book = load_workbook(path, read_only=True, data_only=True)
        rows = book.worksheets[0].iter_rows(min_row=2, values_only=True)
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        values = [
            (
                str(uuid.uuid4()),
                now,
                now,
                DEMO_PARTNERSHIP_ID,
                names[utility],
                codes[code],
                period.date().isoformat(),
                value,
                confidence,
            )
            for utility, code, period, value, confidence in rows
        ]
        book.close()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO indicator_reading (id, created_at, updated_at, deleted, clocks, "
            "partnership_id, utility_id, indicator_id, period, value, confidence) "
            "VALUES (?, ?, ?, 0, '{}', ?, ?, ?, ?, ?, ?)",
            values,
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return len(values)


@figure(
    "import_readings_xlsx",
    "import of 20,000 indicator readings from .xlsx (checked, one transaction, captured)",
    "openpyxl reads the same workbook; sqlite3 inserts its rows in one transaction",
    [ratio_at_most(1.5)],
)
def import_readings_xlsx(ctx: Context) -> Outcome:
    from wopdesk.storage.reading_import import import_readings

    count = ctx.scale(20_000, 500)
    base = data.cached_profile(ctx.cache_dir, log=ctx.log)
    workbook = ctx.fresh_dir("import-file") / "readings.xlsx"
    _readings_workbook(base / "wopdesk.db", count, workbook)
    product: list[float] = []
    floor: list[float] = []
    added = 0
    for run in range(ctx.runs(3, 1) + 1):
        floor_db = data.copy_profile(base, ctx.fresh_dir("import-floor")) / "wopdesk.db"
        seconds = _timed(lambda db=floor_db: _floor_import(workbook, db))  # type: ignore[misc]
        store = Store.open(data.copy_profile(base, ctx.fresh_dir("import-product")))
        try:
            started = time.perf_counter()
            plan = import_readings(store, DEMO_PARTNERSHIP_ID, workbook)
            elapsed = time.perf_counter() - started
        finally:
            store.close()
        added = len(plan.added)
        if run:
            floor.append(seconds)
            product.append(elapsed)
    return Outcome(
        value=Stats.of(product, "s"),
        floor=Stats.of(floor, "s"),
        extras={"readings": count, "added": added},
        notes=[f"{added:,} readings added per run"],
    )
