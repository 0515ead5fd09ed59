"""File › Back up…, Restore… and Print learning record…: the command line's work, in the window."""

import datetime as dt
import os
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.demo_facts import PEOPLE
from tests.ui_helpers import open_window, settle
from wopdesk.demo import bobo, demo_id, karad
from wopdesk.storage.backup import MANIFEST, export_backup
from wopdesk.storage.store import Store
from wopdesk.ui.report_preview import ReportPreviewDialog, file_slug

MARIA = demo_id("person:maria")
DEMO_TITLES = [str(bobo.PARTNERSHIP["title"]), str(karad.PARTNERSHIP["title"])]


def save_dialog_answers(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """QFileDialog.getSaveFileName answers ``path``; returns the names it proposed."""
    proposed: list[str] = []

    def answer(_parent: object, _caption: str, directory: str, *_args: object) -> tuple[str, str]:
        proposed.append(directory)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return proposed


def open_dialog_answers(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def answer_question(monkeypatch: pytest.MonkeyPatch, button: object) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def partnership_titles(window: object) -> list[str]:
    box = window.partnership_box  # type: ignore[attr-defined]
    return [box.itemText(i) for i in range(box.count())]


# --- Back up ------------------------------------------------------------------------------


def test_back_up_writes_the_full_backup_with_a_name_that_says_what_it_is(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "chosen.zip"
    proposed = save_dialog_answers(monkeypatch, target)
    window = open_window(qtbot, demo_store)
    window.backup_action.trigger()
    assert Path(proposed[0]).name == f"WOPdesk_full-backup_{dt.date.today().isoformat()}.zip"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backed up to"))
    with zipfile.ZipFile(target) as archive:
        assert MANIFEST in archive.namelist()
        assert "wopdesk.db" in archive.namelist()
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask  # not the 0600 of a temp file


def test_a_backup_name_without_zip_gets_it(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "monday")
    window = open_window(qtbot, demo_store)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "monday.zip").is_file())


def test_a_backup_into_a_missing_folder_is_one_sentence(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_answers(monkeypatch, tmp_path / "gone" / "b.zip")
    window = open_window(qtbot, demo_store)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "does not exist" in window.statusBar().currentMessage())
    assert not (tmp_path / "gone").exists()


def test_cancelling_the_backup_dialog_writes_nothing(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: ("", "")))
    window = open_window(qtbot, demo_store)
    window.backup_action.trigger()
    assert not window.ctx.busy
    assert list(tmp_path.glob("*.zip")) == []


# --- Restore ------------------------------------------------------------------------------


@pytest.fixture
def backup_of_demo(demo_store: Store, tmp_path: Path) -> Path:
    return export_backup(demo_store.data_dir, tmp_path / "demo-backup.zip")


def test_restore_says_what_it_replaces_then_replaces_it(
    qtbot: QtBot,
    demo_store: Store,
    backup_of_demo: Path,
    second_partnership: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, demo_store)
    assert "A second WOP" in partnership_titles(window)
    open_dialog_answers(monkeypatch, backup_of_demo)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(asked))
    assert f"It holds: {DEMO_TITLES[0]}, {DEMO_TITLES[1]}" in asked[0]
    assert "It replaces everything in WOPdesk now (A second WOP, " in asked[0]
    qtbot.waitUntil(lambda: "A second WOP" not in partnership_titles(window), timeout=20000)
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Restored demo-backup.zip."
    assert partnership_titles(window) == DEMO_TITLES
    # The data before the restore was kept in an automatic backup.
    assert list((demo_store.data_dir / "backups").glob("*-before-restore.zip"))
    # The restored profile is the one the app now writes to.
    assert window.ctx.store is not demo_store
    window.ctx.store.close()


def test_restore_cancelled_changes_nothing(
    qtbot: QtBot,
    demo_store: Store,
    backup_of_demo: Path,
    second_partnership: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, demo_store)
    open_dialog_answers(monkeypatch, backup_of_demo)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(asked))
    settle(qtbot, window)
    assert "A second WOP" in partnership_titles(window)
    assert window.ctx.store is demo_store


def test_restoring_something_that_is_not_a_backup_is_one_sentence(
    qtbot: QtBot,
    demo_store: Store,
    second_partnership: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    bogus = tmp_path / "holiday.zip"
    with zipfile.ZipFile(bogus, "w") as archive:
        archive.writestr("photo.txt", "sun")
    window = open_window(qtbot, demo_store)
    open_dialog_answers(monkeypatch, bogus)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: "is not a WOPdesk backup" in window.statusBar().currentMessage())
    assert asked == []
    assert "A second WOP" in partnership_titles(window)


# --- Print learning record ----------------------------------------------------------------


def choose_item(monkeypatch: pytest.MonkeyPatch, pick: str | None) -> list[list[str]]:
    """QInputDialog.getItem picks the item starting with ``pick`` (None: cancel)."""
    offered: list[list[str]] = []

    def get_item(
        _parent: object, _title: str, _label: str, items: list[str], current: int, *_args: object
    ) -> tuple[str, bool]:
        offered.append([*items, f"current={items[current]}"])
        if pick is None:
            return "", False
        return next(item for item in items if item.startswith(pick)), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    return offered


def test_print_learning_record_asks_whose_starting_with_me(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fatou = PEOPLE["fatou"].name
    offered = choose_item(monkeypatch, fatou)
    window = open_window(qtbot, demo_store, me=MARIA)
    window.print_learning_action.trigger()
    qtbot.waitUntil(lambda: hasattr(window, "report_dialog"))
    assert offered[0][-1].startswith(f"current={PEOPLE['maria'].name}")
    dialog = window.report_dialog
    assert isinstance(dialog, ReportPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.file_name.startswith(f"{file_slug(fatou)}_learning-record_")
    assert "_learning-record_" in dialog.file_name
    with qtbot.waitSignal(dialog.built, timeout=30000):
        pass


def test_print_learning_record_cancelled_shows_nothing(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = choose_item(monkeypatch, None)
    window = open_window(qtbot, demo_store)
    window.print_learning_action.trigger()
    qtbot.waitUntil(lambda: bool(offered))
    settle(qtbot, window)
    assert not hasattr(window, "report_dialog")
