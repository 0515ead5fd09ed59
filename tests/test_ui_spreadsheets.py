"""File › Export to spreadsheet… and File › Import indicator readings…, in the window."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.spreadsheet_support import (
    NRW,
    Built,
    build_partnership,
    indicator_id,
    reading_count,
    reading_rows,
)
from tests.test_ui_file_menu import answer_question, open_dialog_answers, save_dialog_answers
from tests.test_ui_page_tables import cut_headings
from tests.ui_helpers import open_window, settle
from wopdesk.storage.store import Store
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.export_dialog import ExportChoiceDialog
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.reading_import_dialog import ImportPreviewDialog, ImportRowsModel

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


def export_choice(qtbot: QtBot, window: MainWindow) -> ExportChoiceDialog:
    """The choice of what to export, once File › Export to spreadsheet has shown it."""
    qtbot.waitUntil(lambda: _shown_choice(window) is not None)
    dialog = _shown_choice(window)
    assert dialog is not None
    return dialog


def _shown_choice(window: MainWindow) -> ExportChoiceDialog | None:
    found = window.findChildren(ExportChoiceDialog)
    return next((d for d in found if d.isVisible()), None)


def export_all_tables(qtbot: QtBot, window: MainWindow) -> None:
    """File › Export to spreadsheet, then Enter on the first choice (every table)."""
    window.export_tables_action.trigger()
    dialog = export_choice(qtbot, window)
    assert dialog.choices.currentRow() == 0
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)


def test_export_writes_a_workbook_named_after_the_partnership(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    proposed = save_dialog_answers(monkeypatch, tmp_path / "chosen")
    export_all_tables(qtbot, window)
    qtbot.waitUntil(lambda: status(window).startswith("Exported to"))
    assert Path(proposed[0]).name == f"Nimes-Kolda_tables_{dt.date.today().isoformat()}.xlsx"
    written = tmp_path / "chosen.xlsx"
    assert status(window) == f"Exported to {written}."
    book = openpyxl.load_workbook(written)
    assert book.sheetnames[:4] == ["Indicator readings", "Work plan", "Expenses", "Contributions"]
    assert book.sheetnames[4:] == ["Budget lines", "Exchange rates", "Learning", "Site visits"]
    assert book["Expenses"]["A2"].is_date


def test_export_as_csv_writes_a_folder_of_tables(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "kolda.csv")
    export_all_tables(qtbot, window)
    qtbot.waitUntil(lambda: status(window).startswith("Exported to"))
    assert sorted(p.name for p in (tmp_path / "kolda").iterdir()) == [
        "actions.csv",
        "budget-lines.csv",
        "contributions.csv",
        "exchange-rates.csv",
        "expenses.csv",
        "learning.csv",
        "readings.csv",
        "visits.csv",
    ]


def test_an_export_into_a_missing_folder_is_one_sentence(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "gone" / "x.xlsx")
    export_all_tables(qtbot, window)
    qtbot.waitUntil(lambda: "does not exist" in status(window))
    assert not (tmp_path / "gone").exists()


def preview(qtbot: QtBot, window: MainWindow) -> ImportPreviewDialog:
    """The import preview, once it is shown."""
    qtbot.waitUntil(lambda: _shown_preview(window) is not None)
    dialog = _shown_preview(window)
    assert dialog is not None
    return dialog


def _shown_preview(window: MainWindow) -> ImportPreviewDialog | None:
    found = window.findChildren(ImportPreviewDialog)
    return next((d for d in found if d.isVisible()), None)


def click_row(qtbot: QtBot, dialog: ImportPreviewDialog, row: int) -> None:
    view = dialog.table
    index = dialog.model.index(row, ImportRowsModel.CODE)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def shown_rows(dialog: ImportPreviewDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


MIXED = (
    HEADER
    + f"{NRW},2024-12-31,44,\n"  # row 2: new
    + "NOPE,2024-12-31,40,\n"  # row 3: unknown indicator
    + f"{NRW},2999-01-31,40,\n"  # row 4: in the future
    + f"{NRW},2025-06-30,38.25,\n"  # row 5: already there
    + f"{NRW},2025-06-30,39,\n"  # row 6: repeats row 5
    + f"{NRW},2024-09-30,39.5,\n"  # row 7: new
)
# What the preview and the result say, in each language the app speaks.
SHOWN = {
    "en": {
        "summary": "Readings to add: 2; to update: 0; already there and unchanged: 1; "
        "bad rows that will be skipped: 3.",
        "added": "Added",
        "unchanged": "Already there, unchanged: skipped",
        "row 3": "There is no indicator with the code 'NOPE' here.",
        "row 4": "Indicator reading: Period (31 January 2999) is in the future.",
        "detail": "Row 3: There is no indicator with the code 'NOPE' here.",
        "import": "Import",
        "done": "Imported mixed.csv. Readings added: 2; updated: 0; already there and "
        "unchanged, skipped: 1; bad rows skipped: 3.",
    },
    "fr": {
        "summary": "Relevés à ajouter : 2 ; à mettre à jour : 0 ; déjà présents et inchangés : 1 ; "
        "lignes erronées qui seront ignorées : 3.",
        "added": "Ajouté",
        "unchanged": "Déjà présent, inchangé : ignoré",
        "row 3": "Aucun indicateur ici n’a le code « NOPE ».",
        "row 4": None,
        "detail": "Ligne 3 : Aucun indicateur ici n’a le code « NOPE ».",
        "import": "Importer",
        "done": "mixed.csv importé. Relevés ajoutés : 2 ; mis à jour : 0 ; déjà présents et "
        "inchangés, ignorés : 1 ; lignes erronées ignorées : 3.",
    },
    "es": {
        "summary": "Lecturas por añadir: 2; por actualizar: 0; ya presentes y sin cambios: 1; "
        "filas erróneas que se omitirán: 3.",
        "added": "Añadida",
        "unchanged": "Ya presente, sin cambios: omitida",
        "row 3": "Aquí no hay ningún indicador con el código «NOPE».",
        "row 4": None,
        "detail": "Fila 3: Aquí no hay ningún indicador con el código «NOPE».",
        "import": "Importar",
        "done": "mixed.csv importado. Lecturas añadidas: 2; actualizadas: 0; ya presentes y "
        "sin cambios, omitidas: 1; filas erróneas omitidas: 3.",
    },
}


@pytest.fixture(params=["en", "fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    ui_i18n.install_translators(qapp, request.param)
    yield request.param
    ui_i18n.remove_translators(qapp)


def test_import_previews_every_row_and_writes_only_the_good_ones_once_confirmed(
    language: str,
    qtbot: QtBot,
    store: Store,
    built: Built,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = open_window(qtbot, store)
    shown = SHOWN[language]
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    before = reading_rows(store, built.partnership_id)
    window.import_readings_action.trigger()
    dialog = preview(qtbot, window)
    assert dialog.summary.text() == shown["summary"]
    qtbot.waitUntil(lambda: cut_headings(dialog.table) == [])
    rows = shown_rows(dialog)
    assert [row[:4] for row in rows] == [
        ["2", NRW, "2024-12-31", "44"],
        ["3", "NOPE", "2024-12-31", "40"],
        ["4", NRW, "2999-01-31", "40"],
        ["5", NRW, "2025-06-30", "38.25"],
        ["6", NRW, "2025-06-30", "39"],
        ["7", NRW, "2024-09-30", "39.5"],
    ]
    results = [row[4] for row in rows]
    assert results[0] == results[5] == shown["added"]
    assert results[3] == shown["unchanged"]
    assert results[1] == shown["row 3"]
    if shown["row 4"]:
        assert results[2] == shown["row 4"]
    assert all(results[n] not in (shown["added"], shown["unchanged"]) for n in (2, 4))
    click_row(qtbot, dialog, 1)
    assert dialog.detail.text() == shown["detail"]
    # Shown and clicked around in: nothing is written yet.
    settle(qtbot, window)
    assert reading_rows(store, built.partnership_id) == before
    assert dialog.import_button.text() == shown["import"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window) == shown["done"])
    nrw = indicator_id(store, NRW)
    after = reading_rows(store, built.partnership_id)
    assert sorted({row[:4] for row in after} - {row[:4] for row in before}, key=str) == [
        (built.mentee_id, nrw, dt.date(2024, 12, 31), 44.0),
        (built.mentee_id, nrw, dt.date(2024, 9, 30), 39.5),
    ]
    assert len(after) == len(before) + 2


def test_a_preview_cancelled_with_the_mouse_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "more.csv"
    path.write_text(HEADER + f"{NRW},2024-12-31,44,\n", encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    count = reading_count(store)
    window.import_readings_action.trigger()
    dialog = preview(qtbot, window)
    assert dialog.summary.text() == (
        "Readings to add: 1; to update: 0; already there and unchanged: 0."
    )
    assert dialog.note.text() == ""  # no bad rows: nothing to warn about
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown_preview(window) is None)
    settle(qtbot, window)
    assert reading_count(store) == count


def test_a_file_of_bad_rows_only_cannot_be_confirmed(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "NOPE,31/12/2024,44,\n", encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    count = reading_count(store)
    window.import_readings_action.trigger()
    dialog = preview(qtbot, window)
    assert shown_rows(dialog) == [
        [
            "2",
            "NOPE",
            "31/12/2024",
            "44",
            "There is no indicator with the code 'NOPE' here. Period ending '31/12/2024' is "
            "not a date in the form YYYY-MM-DD (for example 2026-03-31).",
        ]
    ]
    assert not dialog.import_button.isEnabled()
    assert dialog.note.text() == (
        "Every row has a problem or is already here: there is nothing to import."
    )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert dialog.isVisible()
    dialog.reject()
    settle(qtbot, window)
    assert reading_count(store) == count


def test_the_rows_model_passes_the_model_tester(
    qtmodeltester: ModelTester, store: Store, built: Built, tmp_path: Path
) -> None:
    from wopdesk.storage.reading_import import preview_import

    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    plan = preview_import(store, built.partnership_id, path)
    qtmodeltester.check(ImportRowsModel(plan.rows, plan.replace_note), force_py=True)


def test_import_of_an_unreadable_file_lists_its_problem_and_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"Code,When,Value\n{NRW},2024-12-31,44\n", encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warned.append(text))
    )
    count = reading_count(store)
    window.import_readings_action.trigger()
    qtbot.waitUntil(lambda: bool(warned))
    assert warned[0].splitlines() == [
        "bad.csv cannot be imported; nothing was written.",
        "",
        "bad.csv has no column 'Period ending' in its first row; name the columns as an "
        "export does.",
    ]
    assert status(window) == "Nothing was imported from bad.csv."
    assert _shown_preview(window) is None
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
    assert _shown_preview(window) is None


def test_cancelling_the_open_dialog_does_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: ("", "")))
    qtbot.waitUntil(lambda: not window.ctx.busy)  # the window's own first reads are done
    window.import_readings_action.trigger()
    assert not window.ctx.busy  # nothing was started
    assert _shown_preview(window) is None


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
    export_all_tables(qtbot, window)
    qtbot.waitUntil(lambda: status(window).startswith("Exporté vers"))
    book = openpyxl.load_workbook(tmp_path / "fr.xlsx")
    assert book.sheetnames[0] == "Relevés d’indicateurs"
    assert book["Dépenses"]["F1"].value == "En espèces ou en nature"
    path = tmp_path / "plus.csv"
    path.write_text(f"Code de l’indicateur,Fin de période,Valeur\n{NRW},2024-12-31,44\n")
    open_dialog_answers(monkeypatch, path)
    window.import_readings_action.trigger()
    dialog = preview(qtbot, window)
    assert dialog.windowTitle() == "Importer des relevés d’indicateurs"
    assert dialog.heading.text() == "Importer plus.csv ?"
    assert dialog.summary.text() == (
        "Relevés à ajouter : 1 ; à mettre à jour : 0 ; déjà présents et inchangés : 0."
    )
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Ligne",
        "Code de l’indicateur",
        "Fin de période",
        "Valeur",
        "À l’import",
    ]
    dialog.reject()
    settle(qtbot, window)


CHANGED = HEADER + f"{NRW},2025-06-30,37,\n" + f"{NRW},2024-12-31,44,\n"  # 38.25 recorded
REPLACING = {
    "en": {
        "box": "Replace recorded values",
        "skipped": "Differs from the recorded value 38.25: skipped (recorded values are not "
        "replaced).",
        "replaces": "Will replace the recorded value 38.25.",
        "summary off": "Readings to add: 1; to update: 0; already there and unchanged: 0. Rows "
        "that differ from a recorded reading, skipped without replacing it: 1.",
        "summary on": "Readings to add: 1; to update: 1; already there and unchanged: 0.",
        "done": "Imported changed.csv. Readings added: 1; updated: 1; already there and "
        "unchanged, skipped: 0.",
    },
    "fr": {
        "box": "Remplacer les valeurs enregistrées",
        "skipped": "Diffère de la valeur enregistrée 38.25 : ignorée (les valeurs enregistrées "
        "ne sont pas remplacées).",
        "replaces": "Remplacera la valeur enregistrée 38.25.",
        "summary off": None,
        "summary on": None,
        "done": None,
    },
    "es": {
        "box": "Reemplazar los valores registrados",
        "skipped": "Difiere del valor registrado 38.25: omitida (los valores registrados no se "
        "reemplazan).",
        "replaces": "Reemplazará el valor registrado 38.25.",
        "summary off": None,
        "summary on": None,
        "done": None,
    },
}


def click_box(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its indicator (its widget may be wider than indicator and text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _changed_preview(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> tuple[MainWindow, ImportPreviewDialog]:
    window = open_window(qtbot, store)
    path = tmp_path / "changed.csv"
    path.write_text(CHANGED, encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    window.import_readings_action.trigger()
    return window, preview(qtbot, window)


def _june_values(store: Store, built: Built) -> list[float]:
    rows = reading_rows(store, built.partnership_id)
    nrw = indicator_id(store, NRW)
    return [row[3] for row in rows if row[1] == nrw and row[2] == dt.date(2025, 6, 30)]


def test_replacing_recorded_values_is_a_choice_off_by_default(
    language: str,
    qtbot: QtBot,
    store: Store,
    built: Built,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    shown = REPLACING[language]
    window, dialog = _changed_preview(qtbot, store, monkeypatch, tmp_path)
    box = dialog.replace_box
    assert box.isVisible()
    assert not box.isChecked()
    assert box.text() == shown["box"]
    assert [row[4] for row in shown_rows(dialog)][0] == shown["skipped"]
    if shown["summary off"]:
        assert dialog.summary.text() == shown["summary off"]
    # Ticked with the mouse: the row now replaces the recorded value.
    click_box(qtbot, box)
    assert box.isChecked()
    assert dialog.plan.replace_existing
    assert shown_rows(dialog)[0][4] == shown["replaces"]
    if shown["summary on"]:
        assert dialog.summary.text() == shown["summary on"]
    # Unticked and ticked again with the keyboard (space on the focused box).
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert shown_rows(dialog)[0][4] == shown["skipped"]
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    settle(qtbot, window)
    assert _june_values(store, built) == [38.25]  # nothing written before Import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _june_values(store, built) == [37.0])
    if shown["done"]:
        qtbot.waitUntil(lambda: status(window) == shown["done"])


def test_left_off_the_changed_row_is_skipped_and_the_new_one_written(
    qtbot: QtBot,
    store: Store,
    built: Built,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, dialog = _changed_preview(qtbot, store, monkeypatch, tmp_path)
    count = reading_count(store)
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)  # Import, from the keyboard
    qtbot.waitUntil(
        lambda: (
            status(window)
            == "Imported changed.csv. Readings added: 1; updated: 0; already there and unchanged, "
            "skipped: 0. Rows that differ from a recorded reading, skipped without replacing it: 1."
        )
    )
    assert _june_values(store, built) == [38.25]
    assert reading_count(store) == count + 1


def test_a_file_whose_only_row_differs_still_offers_to_replace(
    qtbot: QtBot,
    store: Store,
    built: Built,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = open_window(qtbot, store)
    path = tmp_path / "one.csv"
    path.write_text(HEADER + f"{NRW},2025-06-30,37,\n", encoding="utf-8")
    open_dialog_answers(monkeypatch, path)
    window.import_readings_action.trigger()
    dialog = preview(qtbot, window)
    assert not dialog.import_button.isEnabled()  # replacing is off: nothing to write
    click_box(qtbot, dialog.replace_box)
    assert dialog.import_button.isEnabled()
