"""File › Export to spreadsheet… and File › Import indicator readings…, in the window."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.spreadsheet_support import NRW, Built, build_partnership, reading_count
from tests.test_ui_file_menu import answer_question, open_dialog_answers, save_dialog_answers
from tests.ui_helpers import open_window, settle
from wopdesk.storage.store import Store
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.main_window import MainWindow

HEADER = "Indicator code,Period ending,Value,Note\n"


@pytest.fixture
def built(store: Store) -> Built:
    return build_partnership(store)


@pytest.fixture
def window(qtbot: QtBot, store: Store, built: Built) -> MainWindow:
    opened = open_window(qtbot, store)
    assert opened.ctx.partnership_id == built.partnership_id
    return opened


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_export_writes_a_workbook_named_after_the_partnership(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    proposed = save_dialog_answers(monkeypatch, tmp_path / "chosen")
    window.export_tables_action.trigger()
    qtbot.waitUntil(lambda: status(window).startswith("Exported to"))
    assert Path(proposed[0]).name == f"Nimes-Kolda_tables_{dt.date.today().isoformat()}.xlsx"
    written = tmp_path / "chosen.xlsx"
    assert status(window) == f"Exported to {written}."
    book = openpyxl.load_workbook(written)
    assert book.sheetnames[:4] == ["Indicator readings", "Work plan", "Expenses", "Contributions"]
    assert book.sheetnames[4:] == ["Budget lines", "Exchange rates", "Learning"]
    assert book["Expenses"]["A2"].is_date


def test_export_as_csv_writes_a_folder_of_tables(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "kolda.csv")
    window.export_tables_action.trigger()
    qtbot.waitUntil(lambda: status(window).startswith("Exported to"))
    assert sorted(p.name for p in (tmp_path / "kolda").iterdir()) == [
        "actions.csv",
        "budget-lines.csv",
        "contributions.csv",
        "exchange-rates.csv",
        "expenses.csv",
        "learning.csv",
        "readings.csv",
    ]


def test_an_export_into_a_missing_folder_is_one_sentence(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "gone" / "x.xlsx")
    window.export_tables_action.trigger()
    qtbot.waitUntil(lambda: "does not exist" in status(window))
    assert not (tmp_path / "gone").exists()


def test_import_shows_what_it_will_do_then_writes_it(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "more.csv"
    # One new reading, one the partnership already has with the same value.
    path.write_text(HEADER + f"{NRW},2024-12-31,44,\n{NRW},2025-06-30,38.25,\n", encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    count = reading_count(store)
    window.import_readings_action.trigger()
    qtbot.waitUntil(lambda: status(window).startswith("Imported"))
    assert asked == [
        "Import more.csv?\n\nReadings to add: 1; to update: 0; already there and unchanged: 1."
    ]
    assert status(window) == (
        "Imported more.csv. Readings added: 1; updated: 0; already there and unchanged, skipped: 1."
    )
    assert reading_count(store) == count + 1


def test_import_cancelled_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "more.csv"
    path.write_text(HEADER + f"{NRW},2024-12-31,44,\n", encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    count = reading_count(store)
    window.import_readings_action.trigger()
    qtbot.waitUntil(lambda: bool(asked))
    settle(qtbot, window)
    assert reading_count(store) == count


def test_import_of_a_bad_file_lists_its_problems_and_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + f"{NRW},2024-12-31,44,\nNOPE,31/12/2024,44,\n", encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warned.append(text))
    )
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    count = reading_count(store)
    window.import_readings_action.trigger()
    qtbot.waitUntil(lambda: bool(warned))
    assert warned[0].splitlines() == [
        "bad.csv cannot be imported; nothing was written.",
        "",
        "Row 3: there is no indicator with the code 'NOPE' here.",
        "Row 3: Period ending '31/12/2024' is not a date in the form YYYY-MM-DD "
        "(for example 2026-03-31).",
    ]
    assert status(window) == "Nothing was imported from bad.csv."
    assert asked == []
    settle(qtbot, window)
    assert reading_count(store) == count


def test_a_file_already_imported_says_so(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    built: Built,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from wopdesk.storage import spreadsheets

    exported = spreadsheets.export_xlsx(store, built.partnership_id, tmp_path / "same.xlsx")
    open_dialog_answers(monkeypatch, exported)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    window.import_readings_action.trigger()
    qtbot.waitUntil(lambda: status(window).startswith("Nothing to import"))
    assert status(window) == "Nothing to import: every reading in same.xlsx is already here."
    assert asked == []


def test_cancelling_the_open_dialog_does_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: ("", "")))
    window.import_readings_action.trigger()
    assert not window.ctx.busy


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    ui_i18n.install_translators(qapp, "fr")
    yield
    ui_i18n.remove_translators(qapp)


def test_in_french_the_menu_the_headings_and_the_question_are_french(
    french: None,
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert window.export_tables_action.text() == "&Exporter vers un tableur…"
    assert window.import_readings_action.text() == "&Importer des relevés d’indicateurs…"
    save_dialog_answers(monkeypatch, tmp_path / "fr.xlsx")
    window.export_tables_action.trigger()
    qtbot.waitUntil(lambda: status(window).startswith("Exporté vers"))
    book = openpyxl.load_workbook(tmp_path / "fr.xlsx")
    assert book.sheetnames[0] == "Relevés d’indicateurs"
    assert book["Dépenses"]["F1"].value == "En espèces ou en nature"
    path = tmp_path / "plus.csv"
    path.write_text(f"Code de l’indicateur,Fin de période,Valeur\n{NRW},2024-12-31,44\n")
    open_dialog_answers(monkeypatch, path)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.import_readings_action.trigger()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0] == (
        "Importer plus.csv ?\n\nRelevés à ajouter : 1 ; à mettre à jour : 0 ; "
        "déjà présents et inchangés : 0."
    )
    settle(qtbot, window)
