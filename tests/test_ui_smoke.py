"""The main window opens on the demo partnership with every page."""

from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow


def test_main_window_opens_on_demo(qtbot: QtBot, demo_store: Store) -> None:
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    window.show()
    assert window.ctx.partnership_id == DEMO_PARTNERSHIP_ID
    assert window.sidebar.count() == 10
    page = window.show_page("learning")
    assert window.stack.currentWidget() is page
