"""Settings: declared once with type and default, kept in QSettings, edited in one dialog."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui_helpers import settle
from wopdesk.demo import demo_id
from wopdesk.reports.layout import Author, current_author, set_author
from wopdesk.reports.progress import build_progress_report
from wopdesk.storage.store import Store
from wopdesk.sync.status import SERVER_URL
from wopdesk.ui import settings as app_settings
from wopdesk.ui.app import chosen_data_dir
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "wopdesk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def own_settings() -> Iterator[QSettings]:
    """The person's own QSettings (in this test run's folder), emptied afterwards."""
    settings = QSettings("WOPdesk", "WOPdesk")
    yield settings
    for setting in app_settings.ALL:
        settings.remove(setting.key)
    settings.sync()


def test_a_setting_gives_its_default_until_set(ini: QSettings) -> None:
    assert app_settings.value(app_settings.REPORT_AUTHOR, ini) == ""
    app_settings.set_value(app_settings.REPORT_AUTHOR, "Aminata Diallo", ini)
    reread = QSettings(ini.fileName(), QSettings.Format.IniFormat)
    assert app_settings.value(app_settings.REPORT_AUTHOR, reread) == "Aminata Diallo"


def test_the_default_is_kept_as_no_value(ini: QSettings) -> None:
    app_settings.set_value(app_settings.SERVER_ADDRESS, "https://wop.example.org", ini)
    app_settings.set_value(app_settings.SERVER_ADDRESS, "", ini)
    assert not ini.contains(app_settings.SERVER_ADDRESS.key)


def test_a_value_of_the_wrong_type_is_refused_and_nothing_kept(ini: QSettings) -> None:
    with pytest.raises(TypeError, match="reports/author takes a str"):
        app_settings.set_value(app_settings.REPORT_AUTHOR, 3, ini)  # type: ignore[arg-type]
    assert not ini.contains(app_settings.REPORT_AUTHOR.key)


def test_an_unreadable_stored_value_gives_the_default(ini: QSettings) -> None:
    number = app_settings.Setting("test/number", int, 7)
    ini.setValue("test/number", "seven")
    assert app_settings.value(number, ini) == 7
    flag = app_settings.Setting("test/flag", bool, False)
    ini.setValue("test/flag", "true")
    assert app_settings.value(flag, ini) is True


def test_every_setting_has_a_key_of_its_own() -> None:
    keys = [setting.key for setting in app_settings.ALL]
    assert len(keys) == len(set(keys))


# --- the dialog ---------------------------------------------------------------------------


def open_settings(qtbot: QtBot, store: Store, ini: QSettings) -> tuple[MainWindow, SettingsDialog]:
    window = MainWindow(AppContext(store), settings=ini)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    return window, dialog


def click_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def test_file_settings_keeps_every_value(
    qtbot: QtBot, demo_store: Store, ini: QSettings, tmp_path: Path
) -> None:
    window, dialog = open_settings(qtbot, demo_store, ini)
    assert dialog.focusWidget() is dialog.language
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    type_into(qtbot, dialog.server, "https://wop.example.org/")
    type_into(qtbot, dialog.data_folder, str(tmp_path / "new-profile"))
    type_into(qtbot, dialog.backup_folder, str(tmp_path))
    type_into(qtbot, dialog.author, "Aminata Diallo")
    type_into(qtbot, dialog.organisation, "ONEA")
    with qtbot.waitSignal(dialog.saved):
        click_ok(qtbot, dialog)
    assert app_settings.value(app_settings.LANGUAGE, ini) == "fr"
    assert app_settings.value(app_settings.SERVER_ADDRESS, ini) == "https://wop.example.org"
    assert app_settings.value(app_settings.DATA_FOLDER, ini) == str(tmp_path / "new-profile")
    assert app_settings.value(app_settings.BACKUP_FOLDER, ini) == str(tmp_path)
    assert app_settings.value(app_settings.REPORT_AUTHOR, ini) == "Aminata Diallo"
    assert app_settings.value(app_settings.REPORT_ORGANISATION, ini) == "ONEA"
    # The open profile syncs with the server named from now on.
    qtbot.waitUntil(lambda: demo_store.get_setting(SERVER_URL) == "https://wop.example.org")
    assert window.statusBar().currentMessage() == "Settings saved."


@pytest.mark.parametrize(
    ("field", "text", "sentence"),
    [
        ("server", "wop.example.org", "A server address starts with https://"),
        ("server", "ftp://wop.example.org", "A server address starts with https://"),
        ("backup_folder", "/no/such/folder", "The folder /no/such/folder does not exist."),
        ("data_folder", "/no/such/folder", "/no/such/folder is not a folder WOPdesk can use"),
    ],
)
def test_a_bad_value_is_said_next_to_its_field_and_nothing_is_kept(
    qtbot: QtBot, demo_store: Store, ini: QSettings, field: str, text: str, sentence: str
) -> None:
    _window, dialog = open_settings(qtbot, demo_store, ini)
    type_into(qtbot, dialog.author, "Aminata Diallo")
    type_into(qtbot, getattr(dialog, field), text)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    shown = [label.text() for label in dialog.errors.values() if label.isVisible()]
    assert len(shown) == 1
    assert shown[0].startswith(sentence)
    assert ini.allKeys() == []


def test_a_file_is_not_a_data_folder(
    qtbot: QtBot, demo_store: Store, ini: QSettings, tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    _window, dialog = open_settings(qtbot, demo_store, ini)
    type_into(qtbot, dialog.data_folder, str(a_file))
    click_ok(qtbot, dialog)
    assert dialog.errors["data"].isVisible()
    assert ini.allKeys() == []


def test_the_data_folder_of_settings_opens_at_the_next_start(
    own_settings: QSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("WOPDESK_DATA_DIR", raising=False)
    assert chosen_data_dir(None) is None  # the platform's usual folder
    app_settings.set_value(app_settings.DATA_FOLDER, str(tmp_path / "p"), own_settings)
    assert chosen_data_dir(None) == str(tmp_path / "p")
    assert chosen_data_dir("/given") == "/given"  # --data-dir wins
    monkeypatch.setenv("WOPDESK_DATA_DIR", str(tmp_path / "env"))
    assert chosen_data_dir(None) is None  # Store.open follows WOPDESK_DATA_DIR


# --- the report author --------------------------------------------------------------------


@pytest.fixture
def no_author() -> Iterator[None]:
    yield
    set_author(Author())


def test_reports_name_their_author_and_organisation(
    demo_store: Store, tmp_path: Path, no_author: None
) -> None:
    set_author(Author("Aminata Diallo", "ONEA"))
    pdf = build_progress_report(demo_store, demo_id("partnership"), tmp_path / "p.pdf").path
    reader = PdfReader(pdf)
    assert reader.metadata is not None
    assert reader.metadata.author == "Aminata Diallo, ONEA"
    assert "Prepared by Aminata Diallo, ONEA" in reader.pages[0].extract_text()


def test_the_preview_builds_reports_as_the_author_of_settings(
    qtbot: QtBot, demo_store: Store, own_settings: QSettings, no_author: None
) -> None:
    from tests.ui_helpers import open_window

    app_settings.set_value(app_settings.REPORT_AUTHOR, "Aminata Diallo", own_settings)
    app_settings.set_value(app_settings.REPORT_ORGANISATION, "ONEA", own_settings)
    window = open_window(qtbot, demo_store)
    window.print_progress_action.trigger()
    dialog = window.report_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.built, timeout=30000):
        pass
    assert current_author() == Author("Aminata Diallo", "ONEA")
    assert PdfReader(dialog.pdf_path).metadata.author == "Aminata Diallo, ONEA"  # type: ignore[union-attr]
