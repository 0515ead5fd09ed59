"""The progress report and the learning record are reachable from the window's menus,
with file names that say what they are."""

from pytestqt.qtbot import QtBot

from tests.ui_helpers import open_window
from wopdesk.demo import DEMO_PARTNERSHIP_TITLE, demo_id
from wopdesk.storage.store import Store
from wopdesk.ui.report_preview import ReportPreviewDialog, file_slug

MARIA = demo_id("person:maria")


def test_file_print_progress_report_previews_it(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    window.print_progress_action.trigger()
    dialog = window.report_dialog
    assert isinstance(dialog, ReportPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.file_name.startswith(file_slug(DEMO_PARTNERSHIP_TITLE))
    assert "_progress-report_" in dialog.file_name
    qtbot.waitSignal(dialog.built, timeout=30000).wait()


# File › Print learning record asks whose: see test_ui_file_menu.py.


def test_file_names_are_plain_ascii() -> None:
    assert file_slug("Santa Clara – Kolda WOP: water for every household") == (
        "Santa-Clara-Kolda-WOP-water-for-every-household"
    )
    assert file_slug("प्रिया") == "WOPdesk"
