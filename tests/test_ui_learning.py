"""The learning log from the main window: quick entry, bad input, sorting and filtering."""

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select

from tests.demo_facts import LEARNING
from wopdesk.demo import DEMO_PARTNERSHIP_ID, DEMOS, demo_id
from wopdesk.domain.vocab import LearningForm
from wopdesk.storage import commands, queries
from wopdesk.storage.models import LearningActivity
from wopdesk.storage.store import SKIP_CAPTURE, Store
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.learning import LearningPage

from .ui_helpers import open_window, settle, shortcut

EVERY_DEMO_ENTRY = sum(len(spec.learning) for spec in DEMOS)
MARIA = demo_id("person:maria")
FATOU = demo_id("person:fatou")
IBRAHIMA = demo_id("person:ibrahima")


def learning_page(qtbot: QtBot, window: MainWindow) -> LearningPage:
    shortcut(qtbot, window, "Ctrl+6")
    page = window.current_page()
    assert isinstance(page, LearningPage)
    qtbot.waitUntil(lambda: page.editor.partnership_id is not None and not window.ctx.busy)
    return page


def entries(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(LearningActivity)) or 0


def test_log_a_learning_activity_with_defaults(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=FATOU)
    page = learning_page(qtbot, window)
    form = page.editor.form
    # Defaults: today, the signed-in mentee as trainee, one hour.
    assert form.field("date").value() == dt.date.today()
    assert form.field("trainees").value() == [FATOU]
    assert form.field("hours").value() == 1
    qtbot.keyClicks(form.field("topic"), "Reading customer meters with the handheld app")
    form.field("form").set_value(LearningForm.PEER_PROBLEM_SOLVING)
    form.field("trainer_id").set_value(demo_id("person:joao"))
    form.field("hours").setText("2.5")
    # Set, not typed: the completion popup cannot grab the keyboard offscreen.
    form.field("competency").setText("Meter reading")
    form.field("level_before").set_value(1)
    form.field("level_after").set_value(3)
    with qtbot.waitSignal(page.editor.saved, timeout=10000) as saved:
        shortcut(qtbot, window, "Ctrl+S")
    settle(qtbot, window)

    with demo_store.reading() as session:
        entry = commands.get(session, LearningActivity, saved.args[0])
        assert entry.topic == "Reading customer meters with the handheld app"
        assert entry.hours == 2.5
        assert entry.form == LearningForm.PEER_PROBLEM_SOLVING
        assert (entry.level_before, entry.level_after) == (1, 3)
        assert entry.partnership_id == DEMO_PARTNERSHIP_ID
        assert [p.id for p in queries.trainees(session, entry.id)] == [FATOU]
    qtbot.waitUntil(lambda: page.model.rowCount() == len(LEARNING) + 1)
    assert page.count.text() == f"{len(LEARNING) + 1} entries"


def test_save_and_new_keeps_the_form_and_starts_again(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = learning_page(qtbot, window)
    form = page.editor.form
    assert form.field("trainer_id").value() == MARIA  # a mentor logs as trainer
    form.field("form").set_value(LearningForm.REMOTE_SESSION)
    qtbot.keyClicks(form.field("topic"), "Remote review of the DMA logger data")
    form.field("trainees").set_value([IBRAHIMA])
    with qtbot.waitSignal(page.editor.saved, timeout=10000):
        qtbot.mouseClick(page.editor.save_new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.activity_id is None and form.field("topic").text() == "")
    settle(qtbot, window)
    assert form.field("form").value() == LearningForm.REMOTE_SESSION  # the last form used
    assert entries(demo_store) == EVERY_DEMO_ENTRY + 1


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("topic", "", "Topic is required."),
        ("hours", "0", "Hours must be between 0.25 and 1,000"),
        ("hours", "two", "Hours 'two' is not a number."),
        ("date", "23.11.2026", "is not a date in the form YYYY-MM-DD"),
        ("applied_date", "2000-01-01", "is before date"),
    ],
)
def test_bad_learning_input_shows_a_message_and_saves_nothing(
    qtbot: QtBot, demo_store: Store, field: str, text: str, message: str
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = learning_page(qtbot, window)
    form = page.editor.form
    form.field("topic").setText("Pump maintenance")
    form.field(field).setText(text)
    assert page.editor.save() is False
    assert message in form.error_text(field)
    settle(qtbot, window)
    assert entries(demo_store) == EVERY_DEMO_ENTRY


def test_opening_an_entry_from_the_table_edits_it(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = learning_page(qtbot, window)
    first = page.proxy.id_at(0)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.activity_id == first and not window.ctx.busy)
    topic = page.editor.form.field("topic")
    newest = max(LEARNING.values(), key=lambda row: row.date)
    assert topic.text() == newest.topic
    topic.setText(f"{newest.topic}, zone 3")
    with qtbot.waitSignal(page.editor.saved, timeout=10000):
        page.editor.save()
    settle(qtbot, window)
    with demo_store.reading() as session:
        assert commands.get(session, LearningActivity, first).topic.endswith("zone 3")
    assert entries(demo_store) == EVERY_DEMO_ENTRY


def test_header_sort_and_filter_run_in_the_database(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = learning_page(qtbot, window)
    hours = 5
    with qtbot.waitSignal(page.loader.loaded, timeout=10000):
        page.table.horizontalHeader().setSortIndicator(hours, Qt.SortOrder.DescendingOrder)
    assert page.proxy.data(page.proxy.index(0, hours)) == "32"
    with qtbot.waitSignal(page.loader.loaded, timeout=10000):
        page.table.horizontalHeader().setSortIndicator(hours, Qt.SortOrder.AscendingOrder)
    assert page.proxy.data(page.proxy.index(0, hours)) == "2"

    with qtbot.waitSignal(page.loader.loaded, timeout=10000):
        qtbot.keyClicks(page.filter, "fuites")
    leaks = [row for row in LEARNING.values() if "fuites" in row.topic]
    assert page.proxy.rowCount() == len(leaks) > 1
    assert page.count.text() == f"{len(leaks)} entries"
    with qtbot.waitSignal(page.loader.loaded, timeout=10000):
        page.form_filter.setCurrentIndex(page.form_filter.findData("site_visit"))
    assert page.proxy.rowCount() == len([r for r in leaks if r.form == LearningForm.SITE_VISIT])


def test_sorting_many_entries_reads_only_the_rows_shown(qtbot: QtBot, demo_store: Store) -> None:
    rows = [
        {
            "id": str(uuid.uuid4()),
            "partnership_id": DEMO_PARTNERSHIP_ID,
            "date": dt.date(2020, 1, 1) + dt.timedelta(days=n % 2000),
            "form": LearningForm.ON_THE_JOB,
            "topic": f"Session {n:05d}",
            "hours": 1 + n % 40,
            "deleted": False,
            "clocks": {},
        }
        for n in range(3000)
    ]
    with demo_store.transaction(**{SKIP_CAPTURE: True}) as session:
        session.execute(insert(LearningActivity), rows)
    window = open_window(qtbot, demo_store, me=MARIA)
    page = learning_page(qtbot, window)
    assert page.model.rowCount() == 3000 + len(LEARNING)
    with qtbot.waitSignal(page.loader.loaded, timeout=10000):
        page.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    assert page.proxy.data(page.proxy.index(0, 2)) == LEARNING["l1"].topic  # "Bilan…"
    # Only the blocks the view showed were read, not the 3,010 rows.
    assert 0 < len(page.model._cache) <= 512
