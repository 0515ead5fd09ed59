"""The Overview kept from the last run: drawn before the profile opens if its data is
unchanged, replaced by the real read, ignored when stale or damaged (never a crash)."""

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain.overview_view import PartnershipOverview
from wopdesk.storage import overview, paths
from wopdesk.storage.models import Partnership
from wopdesk.storage.store import Store
from wopdesk.ui import app as ui_app
from wopdesk.ui import overview_cache
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.overview import OverviewPage

from .ui_helpers import settle


@pytest.fixture(autouse=True)
def cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(overview_cache, "cache_dir", lambda: folder)
    return folder


def read_view(store: Store) -> PartnershipOverview:
    with store.reading() as session:
        found = overview.partnership_overview(session, DEMO_PARTNERSHIP_ID, dt.date.today())
    assert found is not None
    return found


@pytest.fixture
def kept(demo_store: Store) -> tuple[Path, PartnershipOverview]:
    """The demo's overview, kept as the app keeps it at close (the profile closed)."""
    view = read_view(demo_store)
    data_dir = demo_store.data_dir.resolve()
    demo_store.close()
    overview_cache.save(data_dir, "en", view)
    return data_dir, view


def test_the_start_path_imports_no_database_layer_nor_other_heavy_modules() -> None:
    code = (
        "import sys\n"
        "import wopdesk.ui.app, wopdesk.ui.main_window, wopdesk.ui.pages.overview\n"
        "import wopdesk.ui.overview_cache\n"
        "heavy = ('sqlalchemy', 'wopdesk.storage.models', 'wopdesk.storage.store',\n"
        "         'pydantic', 'httpx', 'reportlab', 'alembic')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_the_constants_copied_to_stay_light_match_the_storage_layer() -> None:
    assert overview_cache.DATABASE_NAME == paths.DATABASE_NAME
    assert overview_cache.DATA_DIR_ENV == paths.ENV_VAR


def test_a_kept_view_reads_back_equal_while_the_data_is_unchanged(
    kept: tuple[Path, PartnershipOverview],
) -> None:
    data_dir, view = kept
    assert view.indicators
    assert view.learning_hours
    assert overview_cache.load(data_dir, "en") == view


def test_a_kept_view_is_no_cache_once_the_data_changed(
    kept: tuple[Path, PartnershipOverview],
) -> None:
    data_dir, _view = kept
    with sqlite3.connect(data_dir / paths.DATABASE_NAME) as db:
        db.execute("UPDATE partnership SET title = title || ' (renamed)'")
    db.close()
    assert overview_cache.load(data_dir, "en") is None


def test_a_kept_view_is_no_cache_in_another_language_or_another_day(
    kept: tuple[Path, PartnershipOverview], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, _view = kept
    assert overview_cache.load(data_dir, "fr") is None
    stamp = overview_cache.stamp

    def tomorrow(folder: Path, language: str) -> dict[str, object]:
        return {**stamp(folder, language), "day": "2999-01-01"}

    monkeypatch.setattr(overview_cache, "stamp", tomorrow)
    assert overview_cache.load(data_dir, "en") is None


def damaged(text: str) -> str:
    saved = json.loads(text)
    saved["view"]["indicators"][0]["baseline"] = "a lot"
    return json.dumps(saved)


def missing_field(text: str) -> str:
    saved = json.loads(text)
    del saved["view"]["phase"]
    return json.dumps(saved)


def unknown_phase(text: str) -> str:
    saved = json.loads(text)
    saved["view"]["phase"] = "no such phase"
    return json.dumps(saved)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda _text: "\x00\xff not json",
        lambda _text: "[]",
        lambda _text: '{"stamp": 1}',
        damaged,
        missing_field,
        unknown_phase,
    ],
    ids=["truncated", "garbage", "a list", "no view", "wrong type", "missing field", "enum"],
)
def test_a_damaged_cache_is_no_cache_and_the_app_still_starts(
    kept: tuple[Path, PartnershipOverview],
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    spoil: object,
) -> None:
    data_dir, _view = kept
    file = overview_cache.cache_file(data_dir)
    file.write_text(spoil(file.read_text()), encoding="utf-8")  # type: ignore[operator]
    assert overview_cache.load(data_dir, "en") is None
    monkeypatch.setenv(ui_app.QUIT_AFTER_SHOW_ENV, "1")
    assert ui_app.run_app(str(data_dir)) == 0


def test_the_app_keeps_the_overview_at_close_and_draws_it_first_at_the_next_start(
    demo_store: Store, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = read_view(demo_store)
    data_dir = demo_store.data_dir.resolve()
    demo_store.close()
    # Close as a person would, once the first page's reads are done (idle building).
    monkeypatch.setattr(MainWindow, "_build_next_page", MainWindow.close)
    shown: list[PartnershipOverview] = []
    original = MainWindow.show_remembered_overview

    def remember(window: MainWindow, kept_view: PartnershipOverview) -> None:
        shown.append(kept_view)
        original(window, kept_view)

    monkeypatch.setattr(MainWindow, "show_remembered_overview", remember)
    assert not overview_cache.cache_file(data_dir).exists()
    assert ui_app.run_app(str(data_dir)) == 0
    assert shown == []  # nothing kept yet: today's path
    assert overview_cache.load(data_dir, "en") == view
    assert ui_app.run_app(str(data_dir)) == 0
    assert shown == [view]


def test_the_kept_view_is_drawn_before_the_profile_opens_then_replaced_by_the_read(
    kept: tuple[Path, PartnershipOverview], qtbot: QtBot
) -> None:
    data_dir, view = kept
    # A kept view that no longer says what the data says (as if stamped wrongly).
    stale = replace(view, title="An old title")
    ctx = AppContext()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_remembered_overview(stale)
    window.show()
    qtbot.waitExposed(window)
    page = window.stack.currentWidget()
    assert isinstance(page, OverviewPage)
    assert not ctx.is_open
    assert page.isVisible()
    assert page.heading_label.text() == "An old title"
    assert page.remembered  # not read this run
    with qtbot.waitSignal(window.ready, timeout=20000):
        ctx.open_profile(data_dir, lambda exc: None)
    qtbot.waitUntil(lambda: page.data == view, timeout=20000)
    assert page.heading_label.text() == view.title
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.cycle is not None and page.cycle.isVisible(), timeout=20000)
    assert not page.remembered
    assert page.data == view
    settle(qtbot, window)
    window.close()
    ctx.close()


def test_a_write_by_another_process_while_the_app_is_open_is_in_the_kept_view(
    demo_store: Store, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page read before the other write; the view kept at close is read after it."""
    data_dir = demo_store.data_dir.resolve()
    demo_store.close()

    def renamed_elsewhere_then_closed(window: MainWindow) -> None:
        other = Store.open(data_dir)  # its own engine and connections, as the CLI's
        try:
            with other.transaction() as session:
                partnership = session.get(Partnership, DEMO_PARTNERSHIP_ID)
                assert partnership is not None
                partnership.title = "Renamed by the command line"
        finally:
            other.close()
        window.close()

    monkeypatch.setattr(MainWindow, "_build_next_page", renamed_elsewhere_then_closed)
    assert ui_app.run_app(str(data_dir)) == 0
    kept_view = overview_cache.load(data_dir, "en")
    assert kept_view is not None
    assert kept_view.title == "Renamed by the command line"
