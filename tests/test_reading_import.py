"""Import of indicator readings: a round trip with the export, and all-or-nothing on bad input."""

import datetime as dt
import gc
from pathlib import Path

import openpyxl
import pytest

from tests.spreadsheet_support import (
    NRW,
    Built,
    build_partnership,
    indicator_id,
    reading_count,
    reading_rows,
)
from wopdesk.domain.vocab import DataConfidence
from wopdesk.errors import NotFoundError
from wopdesk.storage import commands, spreadsheets
from wopdesk.storage.models import IndicatorReading
from wopdesk.storage.reading_import import (
    ImportProblems,
    RowOutcome,
    import_readings,
    preview_import,
    problem_lines,
)
from wopdesk.storage.store import Store

HEADER = "Indicator code,Period ending,Value,Note\n"


@pytest.fixture
def built(store: Store) -> Built:
    return build_partnership(store)


def _forget_readings(store: Store, partnership_id: str) -> None:
    with store.transaction() as session:
        for reading in session.query(IndicatorReading).filter_by(partnership_id=partnership_id):
            commands.delete(session, IndicatorReading, reading.id)


def _export(store: Store, built: Built, kind: str, folder: Path, language: str = "en") -> Path:
    if kind == "xlsx":
        return spreadsheets.export_xlsx(store, built.partnership_id, folder / "r.xlsx", language)
    return spreadsheets.export_csv(store, built.partnership_id, folder / "csv", language)[0]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_an_export_imports_back_as_it_was(
    store: Store, built: Built, tmp_path: Path, kind: str, language: str
) -> None:
    before = reading_rows(store, built.partnership_id)
    exported = _export(store, built, kind, tmp_path, language)
    _forget_readings(store, built.partnership_id)
    assert reading_rows(store, built.partnership_id) == []
    plan = import_readings(store, built.partnership_id, exported)
    assert (len(plan.added), len(plan.updated), plan.unchanged) == (3, 0, 0)
    assert reading_rows(store, built.partnership_id) == before
    # The same file again adds nothing: every reading is already there, unchanged.
    count = reading_count(store)
    again = import_readings(store, built.partnership_id, exported)
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 3)
    assert again.summary() == "Readings to add: 0; to update: 0; already there and unchanged: 3."
    assert reading_count(store) == count


def _changed_export(store: Store, built: Built, folder: Path) -> Path:
    """An export whose NRW reading of March 2025 says 40 (recorded: 38.5) with a new note."""
    exported = _export(store, built, "xlsx", folder)
    book = openpyxl.load_workbook(exported)
    sheet = book["Indicator readings"]
    assert sheet["B3"].value == NRW
    assert sheet["D3"].value.date() == dt.date(2025, 3, 31)
    sheet["E3"].value = 40
    sheet["I3"].value = "Corrigé"
    book.save(exported)
    return exported


def _nrw_march(store: Store, built: Built) -> list[tuple[object, ...]]:
    rows = reading_rows(store, built.partnership_id)
    return [(r[3], r[4], r[6]) for r in rows if r[2] == dt.date(2025, 3, 31)]


def test_a_changed_value_is_skipped_and_reported_unless_replacing(
    store: Store, built: Built, tmp_path: Path
) -> None:
    exported = _changed_export(store, built, tmp_path)
    before = reading_rows(store, built.partnership_id)
    recorded = _nrw_march(store, built)
    plan = import_readings(store, built.partnership_id, exported)
    assert (len(plan.added), len(plan.updated), plan.unchanged) == (0, 1, 2)
    assert (plan.writes, plan.kept, plan.replaced) == (0, 1, 0)
    assert reading_rows(store, built.partnership_id) == before
    assert _nrw_march(store, built) == recorded
    previous = plan.updated[0].previous
    assert previous == f"{recorded[0][0]:g}"
    assert plan.replace_lines() == [
        f"Row 3: differs from the recorded value {previous}: skipped (recorded values are "
        "not replaced)."
    ]
    assert plan.done_summary() == (
        "Readings added: 0; updated: 0; already there and unchanged, skipped: 2. Rows that "
        "differ from a recorded reading, skipped without replacing it: 1."
    )
    [row] = [r for r in plan.rows if r.outcome is RowOutcome.UPDATE]
    assert (row.number, row.previous) == (3, previous)


def test_a_changed_value_replaces_the_reading_when_asked(
    store: Store, built: Built, tmp_path: Path
) -> None:
    exported = _changed_export(store, built, tmp_path)
    count = reading_count(store)
    plan = preview_import(store, built.partnership_id, exported, replace_existing=True)
    assert (len(plan.added), len(plan.updated), plan.unchanged) == (0, 1, 2)
    assert plan.replace_lines() == [
        f"Row 3: will replace the recorded value {plan.updated[0].previous}."
    ]
    assert reading_count(store) == count  # a preview writes nothing
    done = import_readings(store, built.partnership_id, exported, replace_existing=True)
    assert (done.writes, done.replaced, done.kept) == (1, 1, 0)
    assert done.done_summary() == (
        "Readings added: 0; updated: 1; already there and unchanged, skipped: 2."
    )
    assert reading_count(store) == count
    assert _nrw_march(store, built) == [(40.0, DataConfidence.RELIABLE, "Corrigé")]


def test_a_minimal_csv_adds_readings_for_the_mentee(
    store: Store, built: Built, tmp_path: Path
) -> None:
    path = tmp_path / "few.csv"
    path.write_text(HEADER + f"{NRW},2024-12-31,44.2,typed by hand\n", encoding="utf-8")
    plan = import_readings(store, built.partnership_id, path)
    assert len(plan.added) == 1
    added = [r for r in reading_rows(store, built.partnership_id) if r[2] == dt.date(2024, 12, 31)]
    assert added == [
        (
            built.mentee_id,
            indicator_id(store, NRW),
            dt.date(2024, 12, 31),
            44.2,
            DataConfidence.FAIR,
            None,
            "typed by hand",
        )
    ]


def test_a_semicolon_csv_as_french_excel_saves_it(
    store: Store, built: Built, tmp_path: Path
) -> None:
    path = tmp_path / "fr.csv"
    text = "Code de l’indicateur;Fin de période;Valeur;Opérateur\n"
    text += f"{NRW};2024-12-31;44;Eaux de Nîmes\n"
    path.write_bytes(text.encode("cp1252"))  # Excel's "CSV" on Windows is not UTF-8
    plan = import_readings(store, built.partnership_id, path)
    assert [p.values["utility_id"] for p in plan.added] == [built.mentor_id]


# --- bad input: one sentence per problem, with its row, and nothing written --------------


def _refused(store: Store, built: Built, path: Path) -> list[str]:
    before = reading_rows(store, built.partnership_id)
    count = reading_count(store)
    with pytest.raises(ImportProblems) as raised:
        import_readings(store, built.partnership_id, path)
    assert reading_count(store) == count
    assert reading_rows(store, built.partnership_id) == before
    assert str(raised.value) == "\n".join(raised.value.problems)
    return raised.value.problems


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("NOPE-1,2024-12-31,40,", "Row 3: there is no indicator with the code 'NOPE-1' here."),
        (
            f"{NRW},31/12/2024,40,",
            "Row 3: Period ending '31/12/2024' is not a date in the form YYYY-MM-DD "
            "(for example 2026-03-31).",
        ),
        (f"{NRW},2024-12-31,forty,", "Row 3: Value 'forty' is not a number."),
        (f"{NRW},2024-12-31,nan,", "Row 3: Value 'nan' is not a number."),
        (
            f"{NRW},2024-12-31,140,",
            "Row 3: Indicator reading: 140 is outside the valid range of Non-revenue water "
            "(% of water supplied) (0 to 100).",
        ),
        (
            f"{NRW},2999-01-31,40,",
            "Row 3: Indicator reading: Period (31 January 2999) is in the future.",
        ),
        (f"{NRW},,40,", "Row 3: Period ending is blank."),
        (f"{NRW},2024-12-31,,", "Row 3: Value is blank."),
        (
            f"{NRW},2024-09-30,40,",
            "Row 3: this reading repeats row 2 (the same indicator, utility and period).",
        ),
    ],
)
def test_a_bad_row_is_one_sentence_and_nothing_is_written(
    store: Store, built: Built, tmp_path: Path, row: str, problem: str
) -> None:
    path = tmp_path / "bad.csv"
    # A good row first: it is not written either.
    path.write_text(HEADER + f"{NRW},2024-09-30,39,good\n{row}\n", encoding="utf-8")
    assert _refused(store, built, path) == [problem]


def test_every_bad_row_is_listed(store: Store, built: Built, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER + "X,2024-12-31,1,\n\n" + f"{NRW},2024-12-31,abc,\n{NRW},2024-12-31,-1,\n",
        encoding="utf-8",
    )
    problems = _refused(store, built, path)
    assert [p.split(":")[0] for p in problems] == ["Row 2", "Row 4", "Row 5"]


def test_a_bad_cell_of_a_workbook_is_found_by_its_row(
    store: Store, built: Built, tmp_path: Path
) -> None:
    exported = _export(store, built, "xlsx", tmp_path)
    book = openpyxl.load_workbook(exported)
    book["Indicator readings"]["E4"].value = "n/a"
    book.save(exported)
    assert _refused(store, built, exported) == ["Row 4: Value 'n/a' is not a number."]


def test_an_unknown_utility_is_named(store: Store, built: Built, tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_text(f"Utility,{HEADER}Elsewhere,{NRW},2024-12-31,40,\n", encoding="utf-8")
    assert _refused(store, built, path) == [
        "Row 2: 'Elsewhere' is not a utility of this partnership (Eaux de Nîmes, Régie de Kolda)."
    ]


def test_an_unknown_confidence_is_named(store: Store, built: Built, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f"Data confidence,{HEADER}sure,{NRW},2024-12-31,40,\n", encoding="utf-8")
    assert _refused(store, built, path) == [
        "Row 2: 'sure' is not a data confidence; write one of: Reliable, Fair, Unreliable."
    ]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.csv", b"", "empty.csv is empty."),
        ("blank.xlsx", b"  \n", "blank.xlsx is empty."),
        ("head.csv", HEADER.encode(), "head.csv has a heading row but no readings under it."),
        (
            "photo.csv",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "photo.csv is not a CSV file or an Excel workbook (.xlsx); save it as one of these "
            "and import it again.",
        ),
        (
            "report.xlsx",
            b"%PDF-1.7 not a workbook",
            "report.xlsx is not a CSV file or an Excel workbook (.xlsx); save it as one of "
            "these and import it again.",
        ),
        (
            "cols.csv",
            b"Code,When,Value\nX,2024-01-01,1\n",
            "cols.csv has no column 'Period ending' in its first row; name the columns as an "
            "export does.",
        ),
    ],
)
def test_a_file_that_cannot_be_read_is_one_sentence(
    store: Store, built: Built, tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _refused(store, built, path) == [problem]


def test_a_missing_file_is_one_sentence(store: Store, built: Built, tmp_path: Path) -> None:
    assert _refused(store, built, tmp_path / "gone.csv") == [
        f"{tmp_path / 'gone.csv'} does not exist."
    ]


def test_an_unknown_partnership_is_one_sentence(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "few.csv"
    path.write_text(HEADER + f"{NRW},2024-12-31,44.2,\n", encoding="utf-8")
    with pytest.raises(NotFoundError, match="No partnership with id nope exists here."):
        import_readings(store, "nope", path)


def test_problems_speak_the_language(
    store: Store, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WOPDESK_LANGUAGE", "fr")
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "NOPE,2024-12-31,40,\n", encoding="utf-8")
    assert _refused(store, built, path) == ["Ligne 2 : aucun indicateur ici n’a le code « NOPE »."]


def test_a_long_list_of_problems_is_cut_short() -> None:
    lines = problem_lines([f"Row {n}: bad." for n in range(60)], limit=50)
    assert len(lines) == 51
    assert lines[-1] == "… and 10 more problems."


def test_the_readings_may_be_on_any_sheet(store: Store, built: Built, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["Filled in by the mentee's planning unit"])
    sheet = book.create_sheet("Data")
    sheet.append([])
    sheet.append(["Period ending", "Value", "Indicator code", "Remarks"])
    sheet.append([dt.datetime(2024, 12, 31), 44, NRW, "ignored column"])
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    plan = import_readings(store, built.partnership_id, path)
    assert [(p.row, p.values["period"], p.values["value"]) for p in plan.added] == [
        (3, dt.date(2024, 12, 31), 44.0)
    ]


# --- bad rows skipped once asked: the good rows in one transaction -----------------------

MIXED = (
    HEADER
    + f"{NRW},2024-09-30,39,good\n"  # row 2: new
    + "NOPE,2024-12-31,40,\n"  # row 3: unknown indicator
    + f"{NRW},2024-12-31,140,\n"  # row 4: outside the range
    + f"{NRW},2999-01-31,40,\n"  # row 5: in the future
    + f"{NRW},2025-06-30,38.25,\n"  # row 6: already there, unchanged
    + f"{NRW},2024-09-30,41,\n"  # row 7: repeats row 2
    + f"{NRW},2024-12-31,44,also good\n"  # row 8: new
)
MIXED_PROBLEMS = [
    "Row 3: there is no indicator with the code 'NOPE' here.",
    "Row 4: Indicator reading: 140 is outside the valid range of Non-revenue water "
    "(% of water supplied) (0 to 100).",
    "Row 5: Indicator reading: Period (31 January 2999) is in the future.",
    "Row 7: this reading repeats row 2 (the same indicator, utility and period).",
]


def _mixed(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    return path


def test_the_preview_names_each_bad_row_and_each_good_one(
    store: Store, built: Built, tmp_path: Path
) -> None:
    count = reading_count(store)
    plan = preview_import(store, built.partnership_id, _mixed(tmp_path))
    assert plan.problems == []
    assert plan.row_problems() == MIXED_PROBLEMS
    assert [(r.number, r.outcome.value) for r in plan.rows] == [
        (2, "add"),
        (3, "bad"),
        (4, "bad"),
        (5, "bad"),
        (6, "unchanged"),
        (7, "bad"),
        (8, "add"),
    ]
    assert [(r.code, r.period, r.value) for r in plan.rows[:2]] == [
        (NRW, "2024-09-30", "39"),
        ("NOPE", "2024-12-31", "40"),
    ]
    assert [r.number for r in plan.bad_rows] == [3, 4, 5, 7]
    assert plan.summary() == (
        "Readings to add: 2; to update: 0; already there and unchanged: 1; "
        "bad rows that will be skipped: 4."
    )
    assert reading_count(store) == count


def test_bad_rows_refuse_the_whole_file_unless_skipped(
    store: Store, built: Built, tmp_path: Path
) -> None:
    assert _refused(store, built, _mixed(tmp_path)) == MIXED_PROBLEMS


def test_skipping_bad_rows_writes_only_the_good_ones(
    store: Store, built: Built, tmp_path: Path
) -> None:
    path = _mixed(tmp_path)
    before = reading_rows(store, built.partnership_id)
    plan = import_readings(store, built.partnership_id, path, skip_bad_rows=True)
    assert [p.row for p in plan.added] == [2, 8]
    assert plan.done_summary() == (
        "Readings added: 2; updated: 0; already there and unchanged, skipped: 1; "
        "bad rows skipped: 4."
    )
    nrw = indicator_id(store, NRW)
    added = sorted(set(reading_rows(store, built.partnership_id)) - set(before), key=str)
    assert added == [
        (
            built.mentee_id,
            nrw,
            dt.date(2024, 12, 31),
            44.0,
            DataConfidence.FAIR,
            None,
            "also good",
        ),
        (built.mentee_id, nrw, dt.date(2024, 9, 30), 39.0, DataConfidence.FAIR, None, "good"),
    ]
    count = reading_count(store)
    again = import_readings(store, built.partnership_id, path, skip_bad_rows=True)
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 3)
    assert reading_count(store) == count


def test_the_good_rows_are_written_in_one_transaction(
    store: Store, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wopdesk.storage import rows as driver_rows

    calls: list[str] = []
    real = driver_rows.many_on_driver

    def fail_on_the_outbox(connection: object, sql: str, rows: list[tuple[object, ...]]) -> None:
        calls.append(sql.split("(")[0])
        if "sync_outbox" in sql:
            raise OSError("disk full")
        real(connection, sql, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(driver_rows, "many_on_driver", fail_on_the_outbox)
    count = reading_count(store)
    with pytest.raises(OSError, match="disk full"):
        import_readings(store, built.partnership_id, _mixed(tmp_path), skip_bad_rows=True)
    # The readings were inserted, then their outbox entries failed: the readings went too.
    assert calls == ["INSERT INTO indicator_reading ", "INSERT INTO sync_outbox "]
    assert reading_count(store) == count


def test_imported_readings_are_captured_for_sync(
    store: Store, built: Built, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from wopdesk.storage.changes import OutboxEntry

    plan = import_readings(store, built.partnership_id, _mixed(tmp_path), skip_bad_rows=True)
    ids = {row.id for row in _readings_of(store, built, plan)}
    with store.reading() as session:
        entries = session.scalars(select(OutboxEntry).where(OutboxEntry.row_id.in_(ids))).all()
        readings = [session.get(IndicatorReading, row_id) for row_id in ids]
    assert len(entries) == 2
    for entry in entries:
        assert entry.entity == "indicator_reading"
        assert entry.changes["value"][0] in (39.0, 44.0)
    assert all(r is not None and set(r.clocks) >= {"value", "period"} for r in readings)


def _readings_of(store: Store, built: Built, plan: object) -> list[IndicatorReading]:
    from sqlalchemy import select

    with store.reading() as session:
        return list(
            session.scalars(
                select(IndicatorReading).where(
                    IndicatorReading.partnership_id == built.partnership_id,
                    IndicatorReading.note.in_(["good", "also good"]),
                )
            )
        )


def test_a_file_level_problem_writes_nothing_even_when_skipping(
    store: Store, built: Built, tmp_path: Path
) -> None:
    path = tmp_path / "cols.csv"
    path.write_text(f"Code,When,Value\n{NRW},2024-12-31,40\n", encoding="utf-8")
    count = reading_count(store)
    with pytest.raises(ImportProblems) as raised:
        import_readings(store, built.partnership_id, path, skip_bad_rows=True)
    assert raised.value.problems == [
        "cols.csv has no column 'Period ending' in its first row; name the columns as an "
        "export does."
    ]
    assert reading_count(store) == count


def test_merged_cells_in_the_readings_refuse_the_file_even_when_skipping(
    store: Store, built: Built, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(["Indicator code", "Period ending", "Value"])
    sheet.append([NRW, dt.date(2024, 12, 31), 44])
    sheet.append([None, dt.date(2024, 9, 30), 39])
    sheet.merge_cells("A2:A3")  # one code for two rows, as people lay out a sheet
    path = tmp_path / "merged.xlsx"
    book.save(path)
    count = reading_count(store)
    with pytest.raises(ImportProblems) as raised:
        import_readings(store, built.partnership_id, path, skip_bad_rows=True)
    assert raised.value.problems == [
        "merged.xlsx has merged cells on the sheet 'Data' (A2:A3); unmerge them so that each "
        "reading has its own row, and import it again."
    ]
    assert reading_count(store) == count


def test_the_rule_cache_knows_every_kind_of_rule() -> None:
    """A new kind of rule must be added to ``_rule_fields``, or cached verdicts could be wrong."""
    import dataclasses

    from wopdesk.domain.rules import EntityRules
    from wopdesk.storage import reading_import

    kinds = {f.name for f in dataclasses.fields(EntityRules)} - {"label", "required"}
    rules = EntityRules(
        "x",
        required=("a", "b"),
        ranges={"b": (0, 1)},
        money={"c": "d"},
        date_order=(("e", "f"),),
    )
    assert kinds == {
        "date_order",
        "non_negative",
        "ranges",
        "max_length",
        "not_future",
        "currencies",
        "emails",
        "money",
        "exact",
    }
    assert reading_import.READ_BY_RULES == ("period",)
    assert "value" in reading_import.FILLED_ONLY
    assert reading_import._rule_fields(rules) == (("a",), ("b", "c", "d", "e", "f"))


def test_rules_checked_once_per_period_give_each_row_its_own_verdict(
    store: Store, built: Built, tmp_path: Path
) -> None:
    """Rows sharing a period share the rules' verdict; each bad row still names its own row."""
    future = dt.date.today() + dt.timedelta(days=40)
    lines = [HEADER]
    for n in range(60):
        period = future if n % 7 == 3 else dt.date(1990 + n // 12, n % 12 + 1, 1)
        lines.append(f"{NRW},{period.isoformat()},{40 + n % 5},\n")
    path = tmp_path / "many.csv"
    path.write_text("".join(lines), encoding="utf-8")
    plan = preview_import(store, built.partnership_id, path)
    bad = {row.number for row in plan.bad_rows}
    assert bad == {n + 2 for n in range(60) if n % 7 == 3}
    first = plan.bad_rows[0].problems
    assert all(row.problems == first for row in plan.bad_rows)
    assert "is in the future" in first[0]
    assert len(plan.added) == 60 - len(bad)


def test_a_replaced_value_is_captured_for_sync_and_a_skipped_one_is_not(
    store: Store, built: Built, tmp_path: Path
) -> None:
    from sqlalchemy import func, select

    from wopdesk.storage.changes import OutboxEntry

    exported = _changed_export(store, built, tmp_path)

    def outbox() -> int:
        with store.reading() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    before = outbox()
    import_readings(store, built.partnership_id, exported)
    assert outbox() == before  # skipped: nothing written, nothing to send
    plan = import_readings(store, built.partnership_id, exported, replace_existing=True)
    reading_id = plan.updated[0].existing_id
    with store.reading() as session:
        entries = session.scalars(select(OutboxEntry).where(OutboxEntry.row_id == reading_id))
        latest = max(entries, key=lambda entry: entry.stamp)
    assert outbox() == before + 1
    assert latest.changes["value"][0] == 40.0
    assert latest.changes["note"][0] == "Corrigé"


def test_an_import_and_its_preview_run_without_automatic_collection(
    store: Store, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wopdesk.storage import reading_import

    seen: list[bool] = []
    plan = reading_import.plan_import

    def watched(*args: object, **kwargs: object) -> reading_import.ImportPlan:
        seen.append(gc.isenabled())
        return plan(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reading_import, "plan_import", watched)
    csv_file = tmp_path / "r.csv"
    csv_file.write_text(HEADER + f"{NRW},2030-01-31,12,\n" + "NOPE,2030-01-31,1,\n")
    was = gc.isenabled()
    try:
        gc.enable()
        preview_import(store, built.partnership_id, csv_file)
        with pytest.raises(ImportProblems):  # a bad row: nothing written, collection back on
            import_readings(store, built.partnership_id, csv_file)
        assert gc.isenabled()
        import_readings(store, built.partnership_id, csv_file, skip_bad_rows=True)
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False, False]


def test_names_repeated_on_many_rows_are_checked_on_each_row(
    store: Store, built: Built, tmp_path: Path
) -> None:
    # Codes, utilities and confidences are read once per distinct cell; each row still
    # gets its own sentence, and cells that are equal but of another type (True, 1, 1.0)
    # are read each as itself.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Utility", "Data confidence", "Indicator code", "Period ending", "Value"])
    sheet.append(["Elsewhere", "sure", "NOPE", dt.date(2021, 1, 31), 40])
    sheet.append(["Elsewhere", "sure", "NOPE", dt.date(2021, 2, 28), 41])
    sheet.append([None, "fair", True, dt.date(2021, 3, 31), 42])
    sheet.append([None, "fair", 1, dt.date(2021, 3, 31), 42])
    sheet.append([None, "fair", 1.5, dt.date(2021, 3, 31), 42])
    sheet.append([None, "fair", NRW, dt.date(2021, 3, 31), 42])
    path = tmp_path / "repeated.xlsx"
    book.save(path)
    elsewhere = "'Elsewhere' is not a utility of this partnership (Eaux de Nîmes, Régie de Kolda)."
    sure = "'sure' is not a data confidence; write one of: Reliable, Fair, Unreliable."
    assert _refused(store, built, path) == [
        "Row 2: there is no indicator with the code 'NOPE' here.",
        f"Row 2: {elsewhere}",
        f"Row 2: {sure}",
        "Row 3: there is no indicator with the code 'NOPE' here.",
        f"Row 3: {elsewhere}",
        f"Row 3: {sure}",
        "Row 4: there is no indicator with the code 'True' here.",
        "Row 5: there is no indicator with the code '1' here.",
        "Row 6: there is no indicator with the code '1.5' here.",
    ]
    plan = import_readings(store, built.partnership_id, path, skip_bad_rows=True)
    assert [p.row for p in plan.added] == [7]
