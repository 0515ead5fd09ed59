"""Start-up: the window's frame first, the profile opened off the GUI thread, pages later."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_TITLE
from wopdesk.storage import queries
from wopdesk.storage.paths import DATABASE_NAME
from wopdesk.storage.store import Store
from wopdesk.ui import app as ui_app
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import PAGE_ROLE, MainWindow
from wopdesk.ui.pages.diagnosis import DiagnosisPage
from wopdesk.ui.pages.learning import LearningPage
from wopdesk.ui.pages.overview import OverviewPage
from wopdesk.ui.pages.registry import PAGES

from .ui_helpers import settle, shortcut


def test_the_frame_shows_while_the_profile_opens_then_the_data(
    qtbot: QtBot, demo_store: Store
) -> None:
    data_dir = demo_store.data_dir
    demo_store.close()
    ctx = AppContext()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The frame: page names, menus, a note where the page will be; nothing to act on yet.
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert {entry.translated_title() for entry in PAGES} <= set(titles)
    assert window.current_page() is None
    assert window.opening.isVisible()
    assert window.opening.note.text() == "Opening your data…"
    assert not window.search.isEnabled()
    assert not window.sync_now.isEnabled()
    assert not window.statusBar().pending.isVisible()  # nothing true to say yet
    assert window.pages == {}
    # Choosing a page before the data is there shows that page once it is.
    window.show_page("learning")

    errors: list[Exception] = []
    with qtbot.waitSignal(window.ready, timeout=20000):
        ctx.open_profile(data_dir, errors.append)
    assert errors == []
    assert window.partnership_box.currentText() == DEMO_PARTNERSHIP_TITLE
    assert isinstance(window.current_page(), LearningPage)
    assert window.search.isEnabled()
    # Syncing comes right after the first page's data, which does not wait for it.
    qtbot.waitUntil(lambda: window.sync_now.isEnabled())
    pending = window.statusBar().pending  # its figures are read off the GUI thread
    qtbot.waitUntil(lambda: pending.isVisible())
    assert pending.text().endswith("changes waiting to sync")
    settle(qtbot, window)


def test_every_page_is_built_in_idle_time_without_taking_the_focus(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_ready, timeout=10000)
    assert set(window.pages) == {"overview"}  # the rest comes when the app is idle
    qtbot.waitUntil(lambda: len(window.pages) == len(PAGES) and not window.ctx.busy, timeout=20000)
    # Building a page never flashes a stray window nor takes the keyboard from the app.
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [window]
    assert QApplication.activeWindow() is window


def test_a_page_not_built_yet_is_built_when_chosen_and_answers_mouse_and_keys(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_ready, timeout=10000)
    assert "diagnosis" not in window.pages  # idle building has not reached it yet
    sidebar = window.sidebar
    item = next(
        sidebar.item(row)
        for row in range(sidebar.count())
        if sidebar.item(row).data(PAGE_ROLE) == "diagnosis"
    )
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center()
    )
    page = window.current_page()
    assert isinstance(page, DiagnosisPage)
    assert window.pages["diagnosis"] is page
    table = page.table
    qtbot.waitUntil(lambda: table.proxy.rowCount() > 1, timeout=10000)
    # The mouse: a click on a row chooses it, and Edit and Delete act on it.
    first = table.view.visualRect(table.proxy.index(0, 0)).center()
    with qtbot.waitSignal(table.current_changed) as chosen:
        qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert chosen.args == [table.visible_ids()[0]]
    assert page.edit_button.isEnabled()
    assert page.delete_button.isEnabled()
    # The keyboard: the arrow moves to the next finding, Ctrl+N starts a new one.
    with qtbot.waitSignal(table.current_changed) as moved:
        qtbot.keyClick(table.view, Qt.Key.Key_Down)
    assert moved.args == [table.visible_ids()[1]]
    shortcut(qtbot, window, "Ctrl+N")
    qtbot.waitUntil(lambda: page.current_editor() is not None, timeout=5000)
    editor = page.current_editor()
    assert editor is not None
    assert editor.isVisible()
    editor.close()
    settle(qtbot, window)


def newer_database(data_dir: Path) -> None:
    Store.open(data_dir).close()
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()


def corrupt_database(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_NAME).write_bytes(b"this is a shopping list, not a database")


@pytest.mark.parametrize(
    ("damage", "sentence"),
    [(newer_database, "newer version of WOPdesk"), (corrupt_database, "not an SQLite file")],
)
def test_a_profile_that_cannot_open_ends_with_one_message_and_code_1(
    qapp: QApplication,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage: object,
    sentence: str,
) -> None:
    damage(data_dir)  # type: ignore[operator]
    before = (data_dir / DATABASE_NAME).read_bytes()
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    assert ui_app.run_app(str(data_dir)) == 1
    assert len(shown) == 1
    assert sentence in shown[0]
    assert "Traceback" not in shown[0]
    assert (data_dir / DATABASE_NAME).read_bytes() == before  # nothing changed
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def database_dump(data_dir: Path) -> list[str]:
    """Every row and every table of the profile's database, as SQL."""
    conn = sqlite3.connect(f"file:{data_dir / DATABASE_NAME}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def break_the_partnership_list(monkeypatch: pytest.MonkeyPatch) -> None:
    def partnerships(_session: object) -> object:
        raise OSError("disk I/O error")

    monkeypatch.setattr(queries, "partnerships", partnerships)


def break_the_first_page(monkeypatch: pytest.MonkeyPatch) -> None:
    def build(_page: object, _ctx: object) -> None:
        raise RuntimeError("the overview could not be laid out")

    monkeypatch.setattr(OverviewPage, "__init__", build)


@pytest.mark.parametrize(
    ("breakage", "cause"),
    [
        (break_the_partnership_list, "disk I/O error"),
        (break_the_first_page, "the overview could not be laid out"),
    ],
)
def test_a_failure_after_the_profile_opened_is_one_sentence_in_the_window(
    qtbot: QtBot,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    breakage: object,
    cause: str,
) -> None:
    data_dir = demo_store.data_dir
    demo_store.close()
    before = database_dump(data_dir)
    breakage(monkeypatch)  # type: ignore[operator]
    ctx = AppContext()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    failures: list[str] = []
    window.start_failed.connect(failures.append)
    window.show()
    qtbot.waitExposed(window)
    errors: list[Exception] = []
    ctx.open_profile(data_dir, errors.append)
    qtbot.waitUntil(lambda: window.opening.note.text() != "Opening your data…", timeout=20000)
    sentence = window.opening.note.text()
    assert sentence == f"WOPdesk could not finish opening your data: {cause}."
    assert failures == [sentence]
    assert errors == []
    assert window.opening.isVisible()
    assert not window.is_ready
    qtbot.waitUntil(lambda: not ctx.busy)
    window.close()
    ctx.close()
    assert database_dump(data_dir) == before  # nothing written


def test_a_failure_after_the_profile_opened_ends_the_smoke_start_with_code_1(
    qapp: QApplication, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = demo_store.data_dir
    demo_store.close()
    break_the_first_page(monkeypatch)
    monkeypatch.setenv(ui_app.QUIT_AFTER_SHOW_ENV, "1")
    assert ui_app.run_app(str(data_dir)) == 1
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_bundled_fonts_are_known_to_qt(qapp: object) -> None:
    """Devanagari names are drawn with the bundled Noto font, not boxes."""
    from PySide6.QtGui import QFontDatabase

    from wopdesk.ui.app import register_fonts

    assert "Noto Sans Devanagari" in register_fonts()
    assert "Noto Sans Devanagari" in QFontDatabase.families()
