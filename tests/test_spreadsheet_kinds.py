"""``wopdesk export KIND PARTNERSHIP -o FILE``: one table to one CSV file or workbook, the
readings' import template, the full backup under its own name, and each mistake in one
sentence with nothing written."""

import csv
import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.spreadsheet_support import NRW, Built, build_partnership, reading_count, reading_rows
from wopdesk.cli import main
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain.vocab import ExpenseCategory
from wopdesk.storage import commands, overview, queries, spreadsheets
from wopdesk.storage.backup import MANIFEST
from wopdesk.storage.models import BudgetLine, ExchangeRate, Expense, SiteVisit
from wopdesk.storage.reading_import import OPTIONAL, REQUIRED
from wopdesk.storage.reading_template import TEMPLATE
from wopdesk.storage.store import Store

Capture = pytest.CaptureFixture[str]
KINDS = ["readings", "learning", "actions", "expenses", "visits"]


@pytest.fixture
def built(store: Store) -> Built:
    return build_partnership(store)


def export(store: Store, *words: str) -> int:
    return main(["export", *words, "--data-dir", str(store.data_dir)])


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


# --- one table, two formats ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_leaves_as_one_csv_file_and_as_one_typed_sheet(
    kind: str, demo_store: Store, tmp_path: Path, capsys: Capture
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    assert export(demo_store, kind, "Bobo", "-o", str(tmp_path / "t.xlsx")) == 0
    title = spreadsheets.EXPORT_KINDS[kind].title
    assert capsys.readouterr().out == f"{title} written to {tmp_path / 't.xlsx'}.\n"
    assert export(demo_store, kind, "Bobo", "--format", "csv", "-o", str(tmp_path / "t")) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t.xlsx"]
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    (sheet,) = book.worksheets
    assert sheet.title == title
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert all(cell.font.bold for cell in sheet[1])
    for index, text in enumerate(header, start=1):
        width = sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width
        assert width >= len(text)
    rows = read_csv(tmp_path / "t.csv")
    assert rows[0] == header
    assert len(rows) - 1 == sheet.max_row - 1 > 0
    columns = spreadsheets.EXPORT_KINDS[kind].columns
    for cells in sheet.iter_rows(min_row=2):
        for column, cell in zip(columns, cells, strict=True):
            if cell.value is None or isinstance(cell.value, str) and column.kind == "money":
                continue
            if column.kind == "date":
                assert cell.is_date, (column.key, cell.value)
            elif column.kind in ("number", "whole", "money"):
                assert isinstance(cell.value, int | float), (column.key, cell.value)


def test_expenses_carry_their_line_funder_rate_and_reporting_amount(
    store: Store, built: Built, tmp_path: Path
) -> None:
    """XOF partnership; EUR at 655.957 from 1 January 2025; a dollar with no rate."""
    with store.transaction() as session:
        commands.create(
            session,
            ExchangeRate,
            partnership_id=built.partnership_id,
            from_currency="EUR",
            to_currency="XOF",
            rate=Decimal("655.957"),
            date=dt.date(2025, 1, 1),
            source="BCEAO",
        )
        line = commands.create(
            session,
            BudgetLine,
            partnership_id=built.partnership_id,
            category=ExpenseCategory.TRAVEL,
            funder="Fondation Eau",
            description="Missions",
            amount=Decimal("20000.00"),
            currency="EUR",
        )
        big = session.scalar(select(Expense).where(Expense.amount == Decimal("1999.99")))
        assert big is not None
        commands.update(session, Expense, big.id, budget_line_id=line.id)
        commands.create(
            session,
            Expense,
            partnership_id=built.partnership_id,
            date=dt.date(2025, 4, 6),
            category=ExpenseCategory.EQUIPMENT,
            amount=Decimal("40.00"),
            currency="USD",
            description="Clamp meter",
        )
    path = spreadsheets.export_table(
        store, built.partnership_id, "expenses", tmp_path / "e", "xlsx"
    )
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert header[6:] == [
        "Budget line",
        "Funder or partner",
        "Rate used",
        "Rate date",
        "Rate source",
        "Amount in reporting currency",
        "Reporting currency",
    ]
    rows = [[cell for cell in row] for row in sheet.iter_rows(min_row=2)]
    shown = [
        (
            row[3].value and Decimal(str(row[3].value)),
            row[4].value,
            row[6].value,
            row[7].value,
            row[8].value and Decimal(str(row[8].value)),
            row[9].value,
            row[10].value,
            row[11].value if isinstance(row[11].value, str) else Decimal(str(row[11].value)),
            row[12].value,
        )
        for row in rows
    ]
    jan = dt.datetime(2025, 1, 1)
    rate = Decimal("655.957")
    # By hand: 0.10 x 655.957 = 65.5957 -> 66; 0.20 x 655.957 = 131.1914 -> 131;
    # 1999.99 x 655.957 = 1,311,907.44043 -> 1,311,907 (XOF has no minor unit).
    assert shown == [
        (Decimal("0.1"), "EUR", None, None, rate, jan, "BCEAO", Decimal(66), "XOF"),
        (Decimal("0.2"), "EUR", None, None, rate, jan, "BCEAO", Decimal(131), "XOF"),
        (Decimal(1234567), "XOF", None, None, 1, None, None, Decimal(1234567), "XOF"),
        (
            Decimal("1999.99"),
            "EUR",
            "Travel · Missions",
            "Fondation Eau",
            rate,
            jan,
            "BCEAO",
            Decimal(1311907),
            "XOF",
        ),
        (Decimal(40), "USD", None, None, None, None, None, "not converted", "XOF"),
    ]
    assert rows[0][9].is_date
    assert [row[11].number_format for row in rows[:4]] == ["#,##0"] * 4
    assert rows[3][3].number_format == "#,##0.00"
    # The CSV file says the same, with exact text.
    csv_path = spreadsheets.export_table(
        store, built.partnership_id, "expenses", tmp_path / "e.csv", "csv", "fr"
    )
    lines = read_csv(csv_path)
    assert lines[0][6:] == [
        "Ligne budgétaire",
        "Bailleur ou partenaire",
        "Taux appliqué",
        "Date du taux",
        "Source du taux",
        "Montant dans la monnaie de compte",
        "Monnaie de compte",
    ]
    assert lines[4][3:] == [
        "1999.99",
        "EUR",
        "En espèces",
        "Déplacements · Missions",
        "Fondation Eau",
        "655.957",
        "2025-01-01",
        "BCEAO",
        "1311907",
        "XOF",
    ]
    assert lines[5][-2:] == ["non converti", "XOF"]


def test_visits_list_dates_state_people_and_what_each_holds(
    demo_store: Store, tmp_path: Path
) -> None:
    path = spreadsheets.export_table(
        demo_store, DEMO_PARTNERSHIP_ID, "visits", tmp_path / "v.xlsx", "xlsx", "es"
    )
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.title == "Visitas técnicas"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    with demo_store.reading() as session:
        visits = session.scalars(
            select(SiteVisit)
            .where(SiteVisit.partnership_id == DEMO_PARTNERSHIP_ID, SiteVisit.deleted.is_(False))
            .order_by(SiteVisit.start_date)
        ).all()
        details = [overview.visit_detail(session, visit.id) for visit in visits]
        people = [
            sorted(p.person.name for p in queries.visit_participants(session, visit.id))
            for visit in visits
        ]
    assert len(rows) == len(visits) > 1
    states = {"draft": "Borrador", "final": "Definitiva"}
    for row, visit, detail, names in zip(rows, visits, details, people, strict=True):
        assert detail is not None
        assert row[0] == dt.datetime.combine(visit.start_date, dt.time())
        assert row[1] == dt.datetime.combine(visit.end_date, dt.time())
        assert row[2:5] == (visit.title, visit.site, visit.purpose)
        assert row[5] == states[visit.state.value]
        assert row[6] == ", ".join(names)
        assert row[7:10] == (len(detail.photos), len(detail.findings), len(detail.actions))
    assert any(row[7] for row in rows)  # the demo's visits have photos
    assert {row[5] for row in rows} == {"Borrador", "Definitiva"}


# --- the import template ------------------------------------------------------------------


def test_the_template_has_exactly_the_columns_the_import_reads() -> None:
    assert [column.key for column in TEMPLATE.columns] == [
        key for key in ("utility", "code", "period", "value", "confidence", "source", "note")
    ]
    assert {column.key for column in TEMPLATE.columns} == set(REQUIRED + OPTIONAL)


def test_a_filled_workbook_template_imports_its_row(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    target = tmp_path / "template.xlsx"
    assert export(store, "readings", "Kolda", "--template", "-o", str(target)) == 0
    assert capsys.readouterr().out == f"Template for importing readings written to {target}.\n"
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Indicator readings", "How to fill", "Indicator codes"]
    sheet = book["Indicator readings"]
    assert sheet.max_row == 1
    assert [c.value for c in sheet[1]] == [
        "Utility",
        "Indicator code",
        "Period ending",
        "Value",
        "Data confidence",
        "Source",
        "Note",
    ]
    help_rows = list(book["How to fill"].iter_rows(min_row=2, values_only=True))
    assert help_rows[0][1] == (
        "The utility the reading is for: Régie de Kolda, Eaux de Nîmes. Left blank: Régie de Kolda."
    )
    assert "Reliable, Fair, Unreliable" in help_rows[4][1]
    codes = {row[0]: row for row in book["Indicator codes"].iter_rows(values_only=True)}
    assert codes[NRW][4:] == (0, 100)
    sheet.append(["Eaux de Nîmes", NRW, dt.datetime(2024, 12, 31), 27.5, "Fair", "SIG", "Filled"])
    book.save(target)
    count = reading_count(store)
    assert main(["import-readings", str(target), "--data-dir", str(store.data_dir)]) == 0
    assert "Readings added: 1;" in capsys.readouterr().out
    assert reading_count(store) == count + 1
    stored = [row for row in reading_rows(store, built.partnership_id) if row[6] == "Filled"]
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in stored] == [
        (built.mentor_id, dt.date(2024, 12, 31), 27.5, "fair", "SIG")
    ]


def test_a_filled_csv_template_imports_its_row(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    target = tmp_path / "template.csv"
    argv = ["readings", "Kolda", "--template", "-o", str(target), "--language", "es"]
    assert export(store, *argv) == 0
    assert read_csv(target) == [
        [
            "Operador",
            "Código del indicador",
            "Fin del período",
            "Valor",
            "Confiabilidad de los datos",
            "Fuente",
            "Nota",
        ]
    ]
    with target.open("a", encoding="utf-8", newline="") as file:
        csv.writer(file).writerow(["", NRW, "2024-12-31", "43", "", "", "CSV"])
    count = reading_count(store)
    capsys.readouterr()
    assert main(["import-readings", str(target), "--data-dir", str(store.data_dir)]) == 0
    assert reading_count(store) == count + 1
    stored = [row for row in reading_rows(store, built.partnership_id) if row[6] == "CSV"]
    assert [(r[0], r[2], r[3]) for r in stored] == [(built.mentee_id, dt.date(2024, 12, 31), 43)]


# --- mistakes: one sentence, nothing written ----------------------------------------------


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (
            ["budgets", "Kolda", "-o", "x.csv"],
            "'budgets' is not something wopdesk export writes; name one of: readings, "
            "learning, actions, expenses, visits.",
        ),
        (
            ["readings", "Nowhere", "-o", "x.csv"],
            "No partnership here has the id or title 'Nowhere'.",
        ),
        (
            ["readings", "Kolda", "--format", "pdf", "-o", "x.csv"],
            "'pdf' is not a format wopdesk export writes; use --format csv or --format xlsx.",
        ),
        (
            ["readings", "Kolda", "--format", "xlsx", "-o", "x.csv"],
            "x.csv ends in .csv, but --format says xlsx; make them agree or leave --format out.",
        ),
        (
            ["readings", "Kolda", "-o", "x.xls"],
            "Say which format to write: end x.xls with .csv or .xlsx, or add --format csv or "
            "--format xlsx.",
        ),
        (
            ["learning", "Kolda", "--template", "-o", "x.xlsx"],
            "--template writes the file an import of readings reads; write it with: wopdesk "
            "export readings PARTNERSHIP --template -o FILE.",
        ),
        (
            ["--template", "-o", "x.xlsx"],
            "--template writes the file an import of readings reads; write it with: wopdesk "
            "export readings PARTNERSHIP --template -o FILE.",
        ),
        (
            ["readings", "Kolda"],
            "Name the file to write with -o FILE (ending in .csv or .xlsx).",
        ),
        (
            ["readings", "Kolda", "--partnership", "Nîmes", "-o", "x.csv"],
            "The partnership is named twice ('Kolda' and 'Nîmes'); name it once.",
        ),
        (
            ["-o", "x.xlsx"],
            "Name what to write into x.xlsx before the partnership (one of readings, learning, "
            "actions, expenses, visits): wopdesk export KIND PARTNERSHIP -o FILE; the full "
            "backup is wopdesk backup -o FILE.zip.",
        ),
        (
            [],
            "Say what to write: wopdesk export KIND PARTNERSHIP -o FILE (KIND one of readings, "
            "learning, actions, expenses, visits), or wopdesk backup -o FILE.zip.",
        ),
    ],
)
def test_each_mistake_is_one_sentence_and_writes_nothing(
    words: list[str],
    sentence: str,
    store: Store,
    built: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Capture,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    assert export(store, *words) == 1
    captured = capsys.readouterr()
    assert captured.err == f"wopdesk: {sentence}\n"
    assert captured.out == ""
    assert list(out.iterdir()) == []


def test_an_ambiguous_partnership_names_the_candidates(
    demo_store: Store, tmp_path: Path, capsys: Capture
) -> None:
    target = tmp_path / "x.csv"
    assert export(demo_store, "visits", "o", "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert err.startswith("wopdesk: 'o' matches 2 partnerships; type more of the title: Bobo")
    assert err.count("\n") == 1
    assert not target.exists()


@pytest.mark.parametrize("where", ["missing folder", "a folder", "under a file"])
def test_an_unwritable_output_is_one_sentence(
    where: str, store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    (tmp_path / "afile").write_text("kept")
    (tmp_path / "afolder").mkdir()
    target = {
        "missing folder": tmp_path / "gone" / "x.csv",
        "a folder": tmp_path / "afolder",
        "under a file": tmp_path / "afile" / "x.csv",
    }[where]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert export(store, "actions", "Kolda", "--format", "csv", "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert err.startswith("wopdesk: ")
    assert err.count("\n") == 1
    assert "choose another" in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert (tmp_path / "afile").read_text() == "kept"


# --- the full backup keeps its two names --------------------------------------------------


def test_backup_writes_the_full_backup_and_export_o_zip_still_does(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    data_dir = str(store.data_dir)
    assert main(["backup", "-o", str(tmp_path / "new.zip"), "--data-dir", data_dir]) == 0
    assert main(["export", "-o", str(tmp_path / "old.zip"), "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Backup written to {tmp_path / 'new.zip'}.",
        f"Backup written to {tmp_path / 'old.zip'}.",
    ]
    for name in ("new.zip", "old.zip"):
        with zipfile.ZipFile(tmp_path / name) as archive:
            assert {MANIFEST, "wopdesk.db"} <= set(archive.namelist())


def test_the_help_names_the_kinds_and_the_backup(capsys: Capture) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for word in ("KIND", "PARTNERSHIP", "--format", "--template", "visits", "wopdesk backup"):
        assert word in text
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "backup" in capsys.readouterr().out


def test_an_expense_uses_the_nearest_earlier_rate_even_recorded_the_other_way_round(
    store: Store, built: Built, tmp_path: Path
) -> None:
    """GBP 2.50 on 1 March 2025; 1 XOF = 0.00125 GBP from 1 January (so 1 GBP = 800 XOF),
    0.002 from 1 June (later than the expense: not used). By hand: 2.50 x 800 = 2,000."""
    with store.transaction() as session:
        for day, rate in ((dt.date(2025, 1, 1), "0.00125"), (dt.date(2025, 6, 1), "0.002")):
            commands.create(
                session,
                ExchangeRate,
                partnership_id=built.partnership_id,
                from_currency="XOF",
                to_currency="GBP",
                rate=Decimal(rate),
                date=day,
                source="Bank of England",
            )
        commands.create(
            session,
            Expense,
            partnership_id=built.partnership_id,
            date=dt.date(2025, 3, 1),
            category=ExpenseCategory.OTHER,
            amount=Decimal("2.50"),
            currency="GBP",
        )
    path = spreadsheets.export_table(
        store, built.partnership_id, "expenses", tmp_path / "gbp.csv", "csv"
    )
    (row,) = [line for line in read_csv(path) if line[4] == "GBP"]
    assert row[3:5] == ["2.50", "GBP"]
    assert row[8:] == ["800", "2025-01-01", "Bank of England", "2000", "XOF"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_readings_file_imports_back_unchanged(
    suffix: str, store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    target = tmp_path / f"readings{suffix}"
    assert export(store, "readings", built.partnership_id, "-o", str(target)) == 0
    before = reading_rows(store, built.partnership_id)
    capsys.readouterr()
    assert main(["import-readings", str(target), "--data-dir", str(store.data_dir)]) == 0
    assert "Readings added: 0; updated: 0; already there and unchanged, skipped: 3." in (
        capsys.readouterr().out
    )
    assert reading_rows(store, built.partnership_id) == before
