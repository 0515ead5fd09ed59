"""The WOP cycle on the Overview and in the partnership editor, with the mouse and the
keyboard, in English, French and Spanish at 1366×768."""

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import i18n
from wopdesk.domain import vocab as v
from wopdesk.storage import cycle
from wopdesk.storage.store import Store
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import open_editor
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.cycle import CycleCard, MentoringPairEditor, PracticeLabel
from wopdesk.ui.pages.overview import OverviewPage
from wopdesk.ui.pages.partnership_dialogs import PartnershipEditor


@pytest.fixture(params=["en", "fr", "es"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo_store: Store) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    ui_i18n.install_translators(app, request.param)
    i18n.set_language(request.param)
    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.is_ready and not main.ctx.busy, timeout=10000)
    yield main
    ui_i18n.remove_translators(app)
    i18n.set_language(None)
    QLocale.setDefault(previous)


def _card(qtbot: QtBot, window: MainWindow) -> CycleCard:
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    card = page.cycle
    qtbot.waitUntil(lambda: card.isVisible() and len(card.checks) == 5, timeout=10000)
    return card


def _ticked(store: Store) -> set[str]:
    with store.reading() as session:
        return cycle.ticked(session, DEMO_PARTNERSHIP_ID)


def test_the_phase_checklist_is_ticked_and_unticked_with_the_mouse(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    card = _card(qtbot, window)
    box = card.checks["implementation_structures"]
    assert not box.isChecked()
    page = window.current_page()
    assert page is not None
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(box)  # the card is below the others: scroll to it
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    qtbot.waitUntil(lambda: "implementation_structures" in _ticked(demo_store), timeout=10000)
    box = card.checks["implementation_structures"]
    qtbot.waitUntil(box.isChecked, timeout=10000)
    # A click on the practice's text (it wraps, the box has none) unticks it too.
    (label,) = [w for w in card.findChildren(PracticeLabel) if w.box is box]
    scroll.ensureWidgetVisible(label)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    qtbot.waitUntil(lambda: "implementation_structures" not in _ticked(demo_store), timeout=10000)
    assert card.checks["implementation_advisory"].toolTip().count("seeds/001") == 1
    # Long French and Spanish practices wrap: the Overview never scrolls sideways.
    assert scroll.horizontalScrollBar().maximum() == 0


def test_changing_the_phase_in_the_editor_records_it_in_the_history(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    card = _card(qtbot, window)
    editor = open_editor(PartnershipEditor(window.ctx, DEMO_PARTNERSHIP_ID, parent=window))
    qtbot.waitExposed(editor)
    phase = editor.form.field("phase")
    phase.setFocus()
    qtbot.keyClick(phase, Qt.Key.Key_Down)  # implementation -> progress assessment
    assert phase.value() == v.WopPhase.PROGRESS_ASSESSMENT
    date = editor.form.field("phase_date")
    qtbot.keyClicks(date.edit, (dt.date.today() + dt.timedelta(days=5)).isoformat())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(editor.form.error_text("phase_date")), timeout=5000)
    date.edit.selectAll()
    qtbot.keyClicks(date.edit, dt.date.today().isoformat())
    note = editor.form.field("phase_note")
    note.setFocus()
    qtbot.keyClicks(note, "Mid-term review with the funder")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with demo_store.reading() as session:
        last = cycle.phase_history(session, DEMO_PARTNERSHIP_ID)[-1]
    assert (last.phase, last.date, last.note) == (
        v.WopPhase.PROGRESS_ASSESSMENT,
        dt.date.today(),
        "Mid-term review with the funder",
    )
    qtbot.waitUntil(lambda: "Mid-term review" in card.history.text(), timeout=10000)
    qtbot.waitUntil(lambda: "assessment_regular" in card.checks, timeout=10000)


def test_closing_fields_show_only_for_a_closed_partnership(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_editor(PartnershipEditor(window.ctx, DEMO_PARTNERSHIP_ID, parent=window))
    qtbot.waitExposed(editor)
    results = editor.form.field("closing_results")
    assert not results.isVisibleTo(editor)
    editor.form.field("status").set_value(v.PartnershipStatus.CLOSED)
    assert results.isVisibleTo(editor)
    editor.close()


def test_a_mentoring_pair_is_recorded_from_the_overview(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    card = _card(qtbot, window)
    before = card.pair_list.count()
    qtbot.mouseClick(card.add_pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, MentoringPairEditor)
    editor.form.field("mentor_id").set_value(demo_id("person:joao"))
    editor.form.field("mentee_id").set_value(demo_id("person:fatou"))
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.pair_list.count() == before + 1, timeout=10000)
