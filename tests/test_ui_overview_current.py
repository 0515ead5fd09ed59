"""The Overview is always current: its next-visit card follows visits as they are
planned and finished, and a new day is read afresh when the page is shown again."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_ID, bobo, demo_id
from wopdesk.storage import commands
from wopdesk.storage.models import SiteVisit
from wopdesk.storage.store import Store
from wopdesk.ui.forms import vocab_label
from wopdesk.ui.pages import overview as overview_page

from .ui_helpers import answer_yes, open_window, settle

MARIA = demo_id("person:maria")


def _visit_under_way(store: Store) -> str:
    """A visit that started yesterday and ends tomorrow, agreeing the next one in May."""
    today = dt.date.today()
    with store.transaction() as session:
        return commands.create(
            session,
            SiteVisit,
            partnership_id=DEMO_PARTNERSHIP_ID,
            title="Third visit: pressure management",
            start_date=today - dt.timedelta(days=1),
            end_date=today + dt.timedelta(days=1),
            next_visit_date=today + dt.timedelta(days=150),
        ).id


def test_finishing_a_visit_moves_the_card_to_the_next_one(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit_id = _visit_under_way(demo_store)
    window = open_window(qtbot, demo_store, me=MARIA)
    card = window.page("overview")
    assert "Third visit" in card.visit_text.text()  # type: ignore[attr-defined]
    visits = window.show_page("visits")
    assert visits is not None
    visits.open_record(visit_id)
    editor = visits.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.visit_id == visit_id and not window.ctx.busy)
    answer_yes(monkeypatch)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    text = card.visit_text.text()  # type: ignore[attr-defined]
    assert "Third visit" not in text
    assert "not planned in WOPdesk yet" in text


def test_a_new_day_is_read_when_the_overview_is_shown_again(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _visit_under_way(demo_store)
    window = open_window(qtbot, demo_store, me=MARIA)
    card = window.page("overview")
    assert "Third visit" in card.visit_text.text()  # type: ignore[attr-defined]
    window.show_page("workplan")
    settle(qtbot, window)
    # Three days later (the app left open), the visit is over.
    later = dt.date.today() + dt.timedelta(days=3)
    monkeypatch.setattr(overview_page, "today", lambda: later)
    window.show_page("overview")
    settle(qtbot, window)
    assert "Third visit" not in card.visit_text.text()  # type: ignore[attr-defined]


def test_the_overview_says_how_the_last_progress_report_stands(
    qtbot: QtBot, demo_store: Store
) -> None:
    """The demo's latest record (2026 Q3) is at risk and not approved yet."""
    latest = max(bobo.PROGRESS, key=lambda p: p.start)
    window = open_window(qtbot, demo_store)
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    label = f"{latest.start.year} Q{(latest.start.month - 1) // 3 + 1}"
    approved = latest.mentor_approval is not None and latest.mentee_approval is not None
    said = "approved by both partners" if approved else "not approved yet"
    assert f"Progress report {label}: {vocab_label(latest.status)}, {said}" in (
        page.subtitle.text()
    )
