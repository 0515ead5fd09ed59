"""The partnerships page: a new partnership with two new utilities, members, tracks, bad input."""

import datetime as dt

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui_pages_support import count, fill, refused, save, shown, window
from wopdesk.demo import DEMO_PARTNERSHIP_ID, DEMO_PARTNERSHIP_TITLE, DEMOS, bobo, demo_id
from wopdesk.domain.catalogue import builtin_indicator_id
from wopdesk.domain.vocab import PartnershipType, Role, WopPhase, WorkingArea
from wopdesk.storage.models import (
    ImprovementTrack,
    Membership,
    Partnership,
    Person,
    TrackIndicator,
    Utility,
)
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.partnership_dialogs import (
    CreatingPicker,
    MembershipEditor,
    PartnershipEditor,
    PersonEditor,
    TrackEditor,
    TrackIndicatorEditor,
    UtilityEditor,
)
from wopdesk.ui.pages.partnerships import PartnershipsPage

__all__ = ["window"]

UTILITIES = sum(len(spec.utilities) for spec in DEMOS)


def partnerships(qtbot: QtBot, window: MainWindow) -> PartnershipsPage:
    page = shown(qtbot, window, "partnerships")
    assert isinstance(page, PartnershipsPage)
    return page


def new_utility(qtbot: QtBot, picker: CreatingPicker, name: str, country: str) -> str:
    """Create a utility from a picker's New… button; the picker then holds it."""
    picker.new_button.click()
    editor = picker.current_editor()
    assert isinstance(editor, UtilityEditor)
    fill(editor, name=name, country=country, population_served="420000")
    utility_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: picker.value() == utility_id)
    return utility_id


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = partnerships(qtbot, window)
    page.tabs.setCurrentWidget(page.tracks_tab)
    tables = [
        page.table,
        page.member_table,
        page.track_table,
        page.link_table,
        page.utility_table,
        page.people_table,
    ]
    first_track = min(bobo.TRACKS, key=lambda t: t.title)
    links = [t for t in bobo.TARGETS if t.track == first_track.key]
    assert [t.model.rowCount() for t in tables] == [
        len(DEMOS),
        len(bobo.PEOPLE),
        len(bobo.TRACKS),
        len(links),
        UTILITIES,
        sum(len(spec.people) for spec in DEMOS),
    ]
    for table in tables:
        qtmodeltester.check(table.model)
        qtmodeltester.check(table.proxy)


def test_create_a_partnership_with_two_new_utilities(qtbot: QtBot, window: MainWindow) -> None:
    page = partnerships(qtbot, window)
    editor = page.new_partnership()
    assert isinstance(editor, PartnershipEditor)
    assert editor.form.field("planned_start").value() == dt.date.today()
    mentor = new_utility(qtbot, editor.form.field("mentor_utility_id"), "Eau de Lyon", "France")
    mentee = new_utility(
        qtbot, editor.form.field("mentee_utility_id"), "Régie des Eaux de Thiès", "Senegal"
    )
    fill(
        editor,
        title="Lyon – Thiès WOP",
        planned_end="2028-06-30",
        currency="EUR",
        objectives="Halve the time to repair a leak.",
        location="Thiès, Senegal",
    )
    editor.form.field("type").set_value(PartnershipType.NORTH_SOUTH)
    editor.form.field("phase").set_value(WopPhase.STRUCTURING)
    with qtbot.waitSignal(window.ctx.partnership_changed) as changed:
        partnership_id = save(qtbot, editor)
    assert changed.args == [partnership_id]
    assert window.ctx.partnership_id == partnership_id
    with window.ctx.store.reading() as session:
        partnership = session.get(Partnership, partnership_id)
        assert partnership is not None
        assert (partnership.mentor_utility_id, partnership.mentee_utility_id) == (mentor, mentee)
        assert partnership.currency == "EUR"
        assert partnership.planned_end == dt.date(2028, 6, 30)
        assert partnership.type is PartnershipType.NORTH_SOUTH
        utility = session.get(Utility, mentee)
        assert utility is not None
        assert utility.population_served == 420000
    qtbot.waitUntil(lambda: page.table.current_id() == partnership_id)
    utilities = "Eau de Lyon → Régie des Eaux de Thiès"
    qtbot.waitUntil(lambda: page.detail_labels["utilities"].text() == utilities)
    assert page.table.model.rowCount() == len(DEMOS) + 1


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"title": ""}, "title", "Title is required"),
        ({"planned_end": "2024-01-01"}, "planned_end", "is before planned start"),
        ({"actual_start": "2025-3-1"}, "actual_start", "YYYY-MM-DD"),
        ({"currency": "E1"}, "currency", "not an ISO 4217 currency"),
        ({"currency": "DOL"}, "currency", "'DOL' is not an ISO 4217 currency in use"),
        ({"mentee_utility_id": demo_id("utility:mentor")}, "mentee_utility_id", "two different"),
        ({"mentor_utility_id": None}, "mentor_utility_id", "Mentor utility is required"),
    ],
)
def test_bad_partnership_is_refused(
    qtbot: QtBot, window: MainWindow, values: dict[str, str], field: str, message: str
) -> None:
    page = partnerships(qtbot, window)
    editor = page.new_partnership()
    fill(
        editor,
        title="Another WOP",
        mentor_utility_id=demo_id("utility:mentor"),
        mentee_utility_id=demo_id("utility:mentee"),
        planned_start="2026-01-01",
    )
    fill(editor, **values)
    assert message in refused(qtbot, editor, field)
    assert count(window.ctx.store, Partnership) == len(DEMOS)


def test_edit_the_demo_partnership_phase(qtbot: QtBot, window: MainWindow) -> None:
    page = partnerships(qtbot, window)
    page.edit_current()
    editor = page.current_editor()
    assert isinstance(editor, PartnershipEditor)
    assert editor.form.field("title").value() == DEMO_PARTNERSHIP_TITLE
    editor.form.field("phase").set_value(WopPhase.PROGRESS_ASSESSMENT)
    save(qtbot, editor)
    qtbot.waitUntil(lambda: page.detail_labels["phase"].text() == "Progress assessment")


def test_add_a_member_with_a_new_person(qtbot: QtBot, window: MainWindow) -> None:
    page = partnerships(qtbot, window)
    page.add_member()
    editor = page.current_editor()
    assert isinstance(editor, MembershipEditor)
    picker = editor.form.field("person_id")
    picker.new_button.click()
    person_editor = picker.current_editor()
    assert isinstance(person_editor, PersonEditor)
    fill(person_editor, name="Awa Kaboré", email="awa.ba@")
    assert "not an email address" in refused(qtbot, person_editor, "email")
    fill(person_editor, email="awa.ba@onea.example", utility_id=demo_id("utility:mentee"))
    person_id = save(qtbot, person_editor)
    qtbot.waitUntil(lambda: picker.value() == person_id)
    editor.form.field("role").set_value(Role.OBSERVER)
    membership_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: membership_id in page.member_table.model.ids)
    assert page.member_table.cell(membership_id, 1) == "Observer"
    assert count(window.ctx.store, Person) == sum(len(spec.people) for spec in DEMOS) + 1
    # The same person twice is refused.
    page.add_member()
    again = page.current_editor()
    assert again is not None
    fill(again, person_id=person_id)
    assert "already a member" in refused(qtbot, again, "person_id")
    assert count(window.ctx.store, Membership, partnership_id=DEMO_PARTNERSHIP_ID) == 9


def test_add_a_track_and_link_an_indicator(qtbot: QtBot, window: MainWindow) -> None:
    page = partnerships(qtbot, window)
    page.tabs.setCurrentWidget(page.tracks_tab)
    page.new_track()
    editor = page.current_editor()
    assert isinstance(editor, TrackEditor)
    assert editor.form.field("title").value() is None
    assert "Title is required" in refused(qtbot, editor, "title")
    fill(
        editor,
        title="Energy efficiency of pumping",
        mentor_lead_id=demo_id("person:andres"),
        mentee_lead_id=demo_id("person:mamadou"),
        initial_situation="Pumps run at a third of their best efficiency.",
    )
    editor.form.field("working_area").set_value(WorkingArea.ENERGY_EFFICIENCY)
    track_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: page.track_table.current_id() == track_id)
    with window.ctx.store.reading() as session:
        track = session.get(ImprovementTrack, track_id)
        assert track is not None
        assert track.partnership_id == DEMO_PARTNERSHIP_ID

    page.link_indicator()  # reads the mentee utility off the GUI thread, then opens
    qtbot.waitUntil(lambda: isinstance(page.current_editor(), TrackIndicatorEditor))
    link_editor = page.current_editor()
    assert isinstance(link_editor, TrackIndicatorEditor)
    assert link_editor.form.field("utility_id").value() == demo_id("utility:mentee")
    fill(
        link_editor,
        indicator_id=builtin_indicator_id("IBNET-CONTINUITY"),
        baseline_value="14",
        baseline_date="2026-01-31",
        target_value="22",
        target_date="2025-12-31",
    )
    assert link_editor.baseline.unit.text() == "hours/day"
    assert "is before baseline date" in refused(qtbot, link_editor, "target_date")
    assert count(window.ctx.store, TrackIndicator, track_id=track_id) == 0
    fill(link_editor, target_date="2027-12-31", baseline_value="fourteen")
    assert "not a number" in refused(qtbot, link_editor, "baseline_value")
    fill(link_editor, baseline_value="14")
    link_id = save(qtbot, link_editor)
    qtbot.waitUntil(lambda: link_id in page.link_table.model.ids)
    assert page.link_table.cell(link_id, 3) == "22 hours/day (31 Dec 2027)"
    assert page.track_table.cell(track_id, 4) == "1"


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": ""}, "name", "Name is required"),
        ({"country": ""}, "country", "Country is required"),
        ({"connections": "-20"}, "connections", "cannot be negative"),
        ({"population_served": "12.5"}, "population_served", "not a whole number"),
    ],
)
def test_bad_utility_is_refused(
    qtbot: QtBot, window: MainWindow, values: dict[str, str], field: str, message: str
) -> None:
    page = partnerships(qtbot, window)
    page.new_utility()
    editor = page.current_editor()
    assert isinstance(editor, UtilityEditor)
    fill(editor, name="Water board", country="Ghana")
    fill(editor, **values)
    assert message in refused(qtbot, editor, field)
    assert count(window.ctx.store, Utility) == UTILITIES


def test_every_error_is_shown_at_once_next_to_its_field(qtbot: QtBot, window: MainWindow) -> None:
    page = partnerships(qtbot, window)
    editor = page.new_partnership()
    fill(
        editor,
        title="",
        mentor_utility_id=demo_id("utility:mentor"),
        mentee_utility_id=demo_id("utility:mentee"),
        planned_start="2026-01-01",
        planned_end="2025-01-01",
        currency="DOL",
    )
    assert "Title is required" in refused(qtbot, editor, "title")
    assert "is before planned start" in editor.form.error_text("planned_end")
    assert "'DOL' is not an ISO 4217 currency" in editor.form.error_text("currency")
