"""File › Export to spreadsheet… chooses what to export (every table, or one), and File ›
Save a readings template… writes the file an import reads; driven by mouse and keyboard in
English, French and Spanish."""

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.spreadsheet_support import NRW, Built, build_partnership, reading_count
from tests.test_ui_file_menu import save_dialog_answers
from tests.test_ui_spreadsheets import export_choice, status
from tests.ui_helpers import open_window, settle
from wopdesk.storage import reading_import
from wopdesk.storage.store import Store
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.file_actions import tr
from wopdesk.ui.main_window import MainWindow

CHOICES = {
    "en": [
        "All tables (a workbook, or one CSV file per table)",
        "Indicator readings",
        "Learning",
        "Work plan",
        "Expenses",
        "Site visits",
    ],
    "fr": [
        "Toutes les tables (un classeur, ou un fichier CSV par table)",
        "Relevés d’indicateurs",
        "Apprentissage",
        "Plan de travail",
        "Dépenses",
        "Visites techniques",
    ],
    "es": [
        "Todas las tablas (un libro, o un archivo CSV por tabla)",
        "Lecturas de indicadores",
        "Aprendizaje",
        "Plan de trabajo",
        "Gastos",
        "Visitas técnicas",
    ],
}
EXPENSE_HEADINGS = {
    "en": ["Date", "Category", "Description", "Amount", "Currency"],
    "fr": ["Date", "Catégorie", "Description", "Montant", "Monnaie"],
    "es": ["Fecha", "Categoría", "Descripción", "Monto", "Moneda"],
}


@pytest.fixture(params=["en", "fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    ui_i18n.install_translators(qapp, request.param)
    yield request.param
    ui_i18n.remove_translators(qapp)


@pytest.fixture
def built(store: Store) -> Built:
    return build_partnership(store)


@pytest.fixture
def window(qtbot: QtBot, store: Store, built: Built) -> MainWindow:
    opened = open_window(qtbot, store)
    assert opened.ctx.partnership_id == built.partnership_id
    return opened


def click_choice(qtbot: QtBot, dialog: object, row: int) -> None:
    view = dialog.choices  # type: ignore[attr-defined]
    index = view.model().index(row, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_one_table_chosen_with_the_mouse_leaves_as_one_sheet(
    language: str,
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    proposed = save_dialog_answers(monkeypatch, tmp_path / "money")
    window.export_tables_action.trigger()
    dialog = export_choice(qtbot, window)
    choices = dialog.choices
    assert [choices.item(row).text() for row in range(choices.count())] == CHOICES[language]
    click_choice(qtbot, dialog, 4)
    assert dialog.chosen() == "expenses"
    assert proposed == []  # nothing asked, nothing written until the button is pressed
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "money.xlsx"
    qtbot.waitUntil(lambda: status(window) == tr("Exported to {0}.").format(written))
    today = dt.date.today().isoformat()
    assert Path(proposed[0]).name == f"Nimes-Kolda_expenses_{today}.xlsx"
    book = openpyxl.load_workbook(written)
    assert book.sheetnames == [CHOICES[language][4]]
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:5] == EXPENSE_HEADINGS[language]
    assert sheet["A2"].is_date
    assert isinstance(sheet["D2"].value, int | float)
    assert sheet.max_row == 5


def test_one_table_chosen_with_the_keyboard_leaves_as_one_csv_file(
    language: str,
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "money.csv")
    window.export_tables_action.trigger()
    dialog = export_choice(qtbot, window)
    dialog.choices.setFocus()
    qtbot.waitUntil(dialog.choices.hasFocus)
    for _ in range(4):
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    assert dialog.chosen() == "expenses"
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    written = tmp_path / "money.csv"
    qtbot.waitUntil(lambda: status(window) == tr("Exported to {0}.").format(written))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("money")] == ["money.csv"]
    with written.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][:5] == EXPENSE_HEADINGS[language]
    assert [row[3] for row in rows[1:]] == ["0.10", "0.20", "1234567", "1999.99"]


def test_escape_closes_the_choice_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    proposed = save_dialog_answers(monkeypatch, tmp_path / "never.xlsx")
    window.export_tables_action.trigger()
    dialog = export_choice(qtbot, window)
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, window)
    assert proposed == []
    assert not (tmp_path / "never.xlsx").exists()


def test_the_visits_table_is_a_choice_too(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "visits.xlsx")
    window.export_tables_action.trigger()
    dialog = export_choice(qtbot, window)
    index = dialog.choices.model().index(5, 0)
    where = dialog.choices.visualRect(index).center()
    # A double-click is a click, then the second press (Qt reads them as one gesture).
    qtbot.mouseClick(dialog.choices.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(dialog.choices.viewport(), Qt.MouseButton.LeftButton, pos=where)
    written = tmp_path / "visits.xlsx"
    qtbot.waitUntil(lambda: status(window) == f"Exported to {written}.")
    sheet = openpyxl.load_workbook(written).active
    assert sheet is not None
    assert sheet.title == "Site visits"
    assert [c.value for c in sheet[1]][:3] == ["Start date", "End date", "Visit"]


# --- File › Save a readings template… -----------------------------------------------------

TEMPLATE_HEADINGS = {
    "en": ["Utility", "Indicator code", "Period ending", "Value", "Data confidence"],
    "fr": ["Opérateur", "Code de l’indicateur", "Fin de période", "Valeur"],
    "es": ["Operador", "Código del indicador", "Fin del período", "Valor"],
}


def test_a_saved_template_filled_in_imports(
    language: str,
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    built: Built,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    proposed = save_dialog_answers(monkeypatch, tmp_path / "template")
    assert window.save_template_action.text() == QCoreApplication.translate(
        "MainWindow", "Save a readings te&mplate…"
    )
    window.save_template_action.trigger()
    written = tmp_path / "template.xlsx"
    qtbot.waitUntil(lambda: status(window) == tr("Template saved to {0}.").format(written))
    assert Path(proposed[0]).name == "Nimes-Kolda_readings-template.xlsx"
    book = openpyxl.load_workbook(written)
    assert len(book.sheetnames) == 3
    sheet = book.worksheets[0]
    headings = [c.value for c in sheet[1]]
    assert headings[: len(TEMPLATE_HEADINGS[language])] == TEMPLATE_HEADINGS[language]
    assert len(headings) == 7
    sheet.append([None, NRW, dt.datetime(2024, 12, 31), 44])
    book.save(written)
    count = reading_count(store)
    plan = reading_import.import_readings(store, built.partnership_id, written)
    assert (len(plan.added), plan.bad_rows) == (1, [])
    assert reading_count(store) == count + 1


def test_a_template_asked_for_as_csv_is_its_heading_row(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "template.csv")
    window.save_template_action.trigger()
    written = tmp_path / "template.csv"
    qtbot.waitUntil(lambda: status(window) == f"Template saved to {written}.")
    with written.open(encoding="utf-8-sig", newline="") as file:
        assert list(csv.reader(file)) == [
            [
                "Utility",
                "Indicator code",
                "Period ending",
                "Value",
                "Data confidence",
                "Source",
                "Note",
            ]
        ]


def test_a_template_into_a_missing_folder_is_one_sentence(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "gone" / "template.xlsx")
    window.save_template_action.trigger()
    qtbot.waitUntil(lambda: "does not exist" in status(window))
    assert not (tmp_path / "gone").exists()
