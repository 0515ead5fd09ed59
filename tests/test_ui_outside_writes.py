"""What another process writes to the open profile shows in the window, in every
language; the window's own saves are not taken for such writes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui_helpers import window  # noqa: F401  (fixture)
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.operations import records
from wopdesk.storage.models import ENTITIES, Partnership
from wopdesk.storage.store import Store
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.outside_writes import OutsideWrites
from wopdesk.ui.pages.overview import OverviewPage


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OutsideWrites, "interval_ms", 100)


def watching(qtbot: QtBot, main: MainWindow) -> OutsideWrites:
    """The window's watcher, once it watches (it starts when the first page is shown)."""
    qtbot.waitUntil(lambda: main.outside_writes is not None, timeout=10000)
    watcher = main.outside_writes
    assert watcher is not None
    qtbot.waitSignal(watcher.checked, timeout=5000).wait()
    return watcher


def rename_elsewhere(data_dir: object, title: str) -> None:
    """As ``wopdesk`` on the command line would: its own engine and connections."""
    other = Store.open(data_dir)  # type: ignore[arg-type]
    try:
        with other.transaction() as session:
            partnership = session.get(Partnership, DEMO_PARTNERSHIP_ID)
            assert partnership is not None
            partnership.title = title
    finally:
        other.close()


def test_a_write_by_another_process_shows_in_the_open_window(
    window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    watching(qtbot, window)
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    assert page.heading_label.text() != "Renamed in a terminal"
    rename_elsewhere(window.ctx.store.data_dir, "Renamed in a terminal")
    qtbot.waitUntil(lambda: page.heading_label.text() == "Renamed in a terminal", timeout=10000)
    box = window.partnership_box
    qtbot.waitUntil(lambda: box.currentText() == "Renamed in a terminal", timeout=10000)


def test_coming_back_to_the_app_checks_at_once(
    window: MainWindow,  # noqa: F811
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watcher = watching(qtbot, window)
    watcher._timer.setInterval(3_600_000)  # no periodic check within the test
    rename_elsewhere(window.ctx.store.data_dir, "Renamed while away")
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    # A check already under way may answer first (it may have read before the rename):
    # coming back then checks once more after it, and that check sees the rename.
    with qtbot.waitSignal(watcher.checked, timeout=5000, check_params_cb=bool) as answer:
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert answer.args == [True]
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: page.heading_label.text() == "Renamed while away", timeout=10000)


def test_the_windows_own_save_is_not_taken_for_another_process(
    window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    watcher = watching(qtbot, window)
    everything: list[object] = []
    window.ctx.data_changed.connect(
        lambda entities: everything.append(entities) if entities == frozenset(ENTITIES) else None
    )
    answers: list[bool] = []
    watcher.checked.connect(answers.append)
    with qtbot.waitSignal(window.ctx.op_done, timeout=10000):
        window.ctx.run_op(
            lambda store: records.save_action(
                store, None, {"partnership_id": DEMO_PARTNERSHIP_ID, "description": "Map valves"}
            )
        )
    qtbot.waitUntil(lambda: len(answers) >= 3, timeout=10000)  # checks after the save
    assert not any(answers)
    assert everything == []


def test_a_closed_window_no_longer_checks(
    window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    watcher = watching(qtbot, window)
    window.close()
    rename_elsewhere(window.ctx.store.data_dir, "Renamed after closing")
    with qtbot.assertNotEmitted(watcher.checked, wait=500):
        watcher.check()
