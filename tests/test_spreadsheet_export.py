"""Export to CSV and Excel: typed cells, exact amounts, headings in the user's language."""

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from tests.spreadsheet_support import build_partnership
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.errors import NotFoundError, StorageError
from wopdesk.storage import overview, spreadsheets
from wopdesk.storage.store import Store

EXPENSES = [
    (dt.date(2025, 4, 2), Decimal("0.10"), "EUR", "Cash"),
    (dt.date(2025, 4, 3), Decimal("0.20"), "EUR", "Cash"),
    (dt.date(2025, 4, 4), Decimal("1234567"), "XOF", "In kind"),
    (dt.date(2025, 4, 5), Decimal("1999.99"), "EUR", "Cash"),
]


def test_the_workbook_has_one_typed_sheet_per_table(store: Store, tmp_path: Path) -> None:
    built = build_partnership(store)
    written = spreadsheets.export_xlsx(store, built.partnership_id, tmp_path / "kolda")
    assert written == (tmp_path / "kolda.xlsx").resolve()
    book = openpyxl.load_workbook(written)
    assert book.sheetnames == [
        "Indicator readings",
        "Work plan",
        "Expenses",
        "Contributions",
        "Budget lines",
        "Exchange rates",
        "Learning",
        "Site visits",
    ]
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        for letter, cell in zip("ABCDEFGHI", sheet[1], strict=False):
            assert sheet.column_dimensions[letter].width >= len(str(cell.value))
    expenses = book["Expenses"]
    assert [c.value for c in expenses[1]] == [
        "Date",
        "Category",
        "Description",
        "Amount",
        "Currency",
        "Cash or in kind",
        "Budget line",
        "Funder or partner",
        "Rate used",
        "Rate date",
        "Rate source",
        "Amount in reporting currency",
        "Reporting currency",
    ]
    rows = list(expenses.iter_rows(min_row=2))
    assert len(rows) == len(EXPENSES)
    for row, (day, amount, currency, kind) in zip(rows, EXPENSES, strict=True):
        assert row[0].is_date
        assert row[0].value.date() == day
        assert isinstance(row[3].value, int | float)
        assert not isinstance(row[3].value, bool)
        assert Decimal(str(row[3].value)) == amount  # exact: 0.1, never 0.1000000000000000055
        assert row[3].number_format == ("#,##0" if currency == "XOF" else "#,##0.00")
        assert (row[4].value, row[5].value) == (currency, kind)


def test_the_readings_sheet_carries_what_an_import_needs(store: Store, tmp_path: Path) -> None:
    built = build_partnership(store)
    book = openpyxl.load_workbook(
        spreadsheets.export_xlsx(store, built.partnership_id, tmp_path / "r.xlsx")
    )
    sheet = book["Indicator readings"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Utility", "Indicator code", "Indicator", "Period ending", "Value"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(v[0], v[1], v[3].date(), v[4]) for v in values] == [
        ("Eaux de Nîmes", "IBNET-METERING", dt.date(2025, 6, 30), 100),
        ("Régie de Kolda", "IBNET-NRW-PCT", dt.date(2025, 3, 31), 41.5),
        ("Régie de Kolda", "IBNET-NRW-PCT", dt.date(2025, 6, 30), 38.25),
    ]
    assert values[1][6] == "Reliable"
    assert values[1][8] == "Relevé « compteurs »"


def test_contributions_without_a_currency_are_in_the_partnership_currency(
    store: Store, tmp_path: Path
) -> None:
    built = build_partnership(store)
    book = openpyxl.load_workbook(
        spreadsheets.export_xlsx(store, built.partnership_id, tmp_path / "c.xlsx")
    )
    rows = [[c.value for c in row] for row in book["Contributions"].iter_rows(min_row=2)]
    assert [(r[0], r[1], Decimal(str(r[2])), r[3], r[4]) for r in rows] == [
        ("Fondation Eau", "Cash", Decimal("15000000"), None, "XOF"),
        ("Régie de Kolda", "In kind", Decimal("2500000.5"), None, "XOF"),  # never rounded away
    ]


def test_the_work_plan_sheet(store: Store, tmp_path: Path) -> None:
    built = build_partnership(store)
    book = openpyxl.load_workbook(
        spreadsheets.export_xlsx(store, built.partnership_id, tmp_path / "w.xlsx")
    )
    rows = [[c.value for c in row] for row in book["Work plan"].iter_rows(min_row=2)]
    assert rows[0][:4] == ["Sectoriser le réseau", None, None, "Aïssatou Diallo"]
    assert rows[0][5] == dt.datetime(2025, 9, 30)
    assert rows[0][6:] == ["In progress", 40, None, None]
    assert rows[1] == ["Open question", None, None, None, None, None, "Planned", 0, None, None]


def test_csv_files_are_utf8_with_a_bom_and_read_back_exactly(store: Store, tmp_path: Path) -> None:
    built = build_partnership(store)
    written = spreadsheets.export_csv(store, built.partnership_id, tmp_path / "csv")
    assert [p.name for p in written] == [
        "readings.csv",
        "actions.csv",
        "expenses.csv",
        "contributions.csv",
        "budget-lines.csv",
        "exchange-rates.csv",
        "learning.csv",
        "visits.csv",
    ]
    raw = (tmp_path / "csv" / "expenses.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel then reads the accents as UTF-8
    with (tmp_path / "csv" / "expenses.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][:6] == [
        "Date",
        "Category",
        "Description",
        "Amount",
        "Currency",
        "Cash or in kind",
    ]
    assert [(r[0], r[3], r[4], r[5]) for r in rows[1:]] == [
        (day.isoformat(), str(amount), currency, kind) for day, amount, currency, kind in EXPENSES
    ]
    readings = (tmp_path / "csv" / "readings.csv").read_text(encoding="utf-8-sig")
    assert "Régie de Kolda,IBNET-NRW-PCT" in readings
    assert ",2025-03-31,41.5," in readings


def test_headings_follow_the_language(store: Store, tmp_path: Path) -> None:
    built = build_partnership(store)
    book = openpyxl.load_workbook(
        spreadsheets.export_xlsx(store, built.partnership_id, tmp_path / "fr.xlsx", "fr")
    )
    assert book.sheetnames == [
        "Relevés d’indicateurs",
        "Plan de travail",
        "Dépenses",
        "Contributions",
        "Lignes budgétaires",
        "Taux de change",
        "Apprentissage",
        "Visites techniques",
    ]
    assert [c.value for c in book["Dépenses"][1]][:4] == [
        "Date",
        "Catégorie",
        "Description",
        "Montant",
    ]
    spanish = openpyxl.load_workbook(
        spreadsheets.export_xlsx(store, built.partnership_id, tmp_path / "es.xlsx", "es")
    )
    assert spanish.sheetnames[0] == "Lecturas de indicadores"
    assert [c.value for c in spanish["Gastos"][1]][5] == "En efectivo o en especie"


def test_an_export_into_a_missing_folder_is_one_sentence(store: Store, tmp_path: Path) -> None:
    built = build_partnership(store)
    with pytest.raises(StorageError, match="does not exist") as raised:
        spreadsheets.export_xlsx(store, built.partnership_id, tmp_path / "gone" / "x.xlsx")
    assert str(raised.value).count(".") >= 1
    assert not (tmp_path / "gone").exists()
    with pytest.raises(StorageError, match="does not exist"):
        spreadsheets.export_csv(store, built.partnership_id, tmp_path / "gone" / "deeper")


def test_an_unknown_partnership_is_one_sentence(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="No partnership with id nope exists here."):
        spreadsheets.export_xlsx(store, "nope", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_an_empty_partnership_exports_headers_only(store: Store, tmp_path: Path) -> None:
    built = build_partnership(store)
    with store.reading() as session:
        tables = spreadsheets.partnership_tables(session, built.partnership_id)
    empty = [spreadsheets.Table(t.kind, t.title, t.headings, []) for t in tables]
    path = spreadsheets.write_xlsx(empty, tmp_path / "empty.xlsx")
    book = openpyxl.load_workbook(path)
    assert [sheet.max_row for sheet in book] == [1] * len(spreadsheets.TABLE_KINDS)


def test_sheet_titles_are_ones_excel_accepts() -> None:
    assert spreadsheets.sheet_title("Budget: 2025/2026 [draft]?") == "Budget  2025 2026  draft"
    assert len(spreadsheets.sheet_title("x" * 40)) == 31


def test_budget_lines_and_rates_leave_with_their_figures(demo_store: Store, tmp_path: Path) -> None:
    """The demo's grant line in euros, with what was spent on it, and the franc's parity."""
    written = spreadsheets.export_xlsx(demo_store, DEMO_PARTNERSHIP_ID, tmp_path / "bobo")
    book = openpyxl.load_workbook(written)
    lines = [row for row in book["Budget lines"].iter_rows(min_row=2, values_only=True)]
    with demo_store.reading() as session:
        expected = {
            line.funder: line for line in overview.budget_lines(session, DEMO_PARTNERSHIP_ID)
        }
    for _category, _description, funder, budget, spent, currency in lines:
        line = expected[funder]
        assert (Decimal(str(budget)), Decimal(str(spent)), currency) == (
            line.budget,
            line.spent,
            line.currency,
        )
    (rate,) = book["Exchange rates"].iter_rows(min_row=2, values_only=True)
    assert rate[0] == dt.datetime(1999, 1, 1)
    assert rate[1:4] == ("EUR", 655.957, "XOF")
