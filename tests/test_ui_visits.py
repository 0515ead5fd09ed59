"""Site visits from the main window: record one with a photo and actions, finalise, refuse."""

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from wopdesk.demo import DEMO_PARTNERSHIP_ID, DEMOS, bobo, demo_id
from wopdesk.domain.vocab import VisitState
from wopdesk.errors import ValidationError
from wopdesk.storage import commands, queries, visit_followup
from wopdesk.storage.models import Action, Attachment, SiteVisit, SyncedRecord
from wopdesk.storage.store import Store
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.visit_editor import VisitEditor

from .ui_helpers import answer_yes, choose_files, open_window, photo_file, settle, shortcut

MARIA = demo_id("person:maria")
MAMADOU = demo_id("person:mamadou")
SECOND = demo_id("visit:second")
FIRST = demo_id("visit:first")


def count(store: Store, model: type[SyncedRecord]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def new_visit(qtbot: QtBot, window: MainWindow) -> VisitEditor:
    shortcut(qtbot, window, "Ctrl+3")
    shortcut(qtbot, window, "Ctrl+N")
    editor = window.page("visits").editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.detail is None)
    return editor


def open_visit(qtbot: QtBot, window: MainWindow, visit_id: str) -> VisitEditor:
    page = window.show_page("visits")
    page.open_record(visit_id)
    editor = page.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.visit_id == visit_id and not window.ctx.busy)
    return editor


def test_record_a_site_visit_with_a_photo_and_two_agreed_actions(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = new_visit(qtbot, window)
    form = editor.form
    qtbot.keyClicks(form.field("title"), "Third visit: pressure management")
    qtbot.keyClicks(form.field("site"), "Zone 4 booster")
    qtbot.keyClicks(form.field("notes"), "Pressure logger shows 6 bar at night in zone 4.")
    # Mamadou took part too.
    for row in range(editor.participants.count()):
        item = editor.participants.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 30) == MAMADOU:
            item.setCheckState(Qt.CheckState.Checked)

    for text, due in (("Install a PRV at the zone 4 inlet", "2027-03-31"), ("Log pressure", "")):
        qtbot.keyClicks(editor.action_text, text)
        editor.action_owner.setCurrentIndex(editor.action_owner.findData(MAMADOU))
        editor.action_due.setText(due)
        qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    assert editor.action_table.rowCount() == 2

    choose_files(monkeypatch, [photo_file(tmp_path)])
    qtbot.mouseClick(editor.add_photos_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.photos.count() == 1)
    assert editor.photos.item(0).text() == "valve chamber"
    assert not editor.photos.item(0).icon().isNull()

    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        shortcut(qtbot, window, "Ctrl+S")
    visit_id = saved.args[0]
    settle(qtbot, window)

    with demo_store.reading() as session:
        visit = commands.get(session, SiteVisit, visit_id)
        assert visit.title == "Third visit: pressure management"
        assert visit.start_date == dt.date.today()
        assert visit.state == VisitState.DRAFT
        actions = queries.actions(session, DEMO_PARTNERSHIP_ID, visit_id)
        assert sorted(a.description for a in actions) == [
            "Install a PRV at the zone 4 inlet",
            "Log pressure",
        ]
        assert {a.owner_id for a in actions} == {MAMADOU}
        assert {a.due_date for a in actions} == {dt.date(2027, 3, 31), None}
        photos = queries.attachments(session, visit_id)
        assert [(p.media_type, p.caption) for p in photos] == [("image/png", "valve chamber")]
        assert demo_store.blobs.has(photos[0].sha256)
        people = {p.person_id for p in queries.visit_participants(session, visit_id)}
        assert people == {MARIA, MAMADOU}
    # The editor now shows the stored visit, and the list has it selected.
    assert editor.visit_id == visit_id
    assert not editor.dirty
    assert editor.action_table.rowCount() == 2
    assert editor.photos.count() == 1
    page = window.page("visits")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(bobo.VISITS) + 1)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("title", "", "Site visit: Title is required."),
        ("next_visit_date", "31/12/2026", "is not a date in the form YYYY-MM-DD"),
        ("end_date", "2000-01-01", "is before start date"),
        ("latitude", "95", "Latitude must be between -90 and 90"),
        ("longitude", "east", "Longitude"),
    ],
)
def test_bad_visit_input_shows_a_message_and_saves_nothing(
    qtbot: QtBot, demo_store: Store, field: str, text: str, message: str
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = new_visit(qtbot, window)
    qtbot.keyClicks(editor.form.field("title"), "A visit")
    widget = editor.form.field(field)
    widget.setText(text)
    before = count(demo_store, SiteVisit)
    assert editor.save() is False
    assert message in editor.form.error_text(field)
    settle(qtbot, window)
    assert count(demo_store, SiteVisit) == before


def test_a_file_that_is_not_a_photo_is_refused(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, SECOND)
    fake = tmp_path / "notes.jpg"
    fake.write_text("this is not a picture")
    choose_files(monkeypatch, [fake])
    qtbot.mouseClick(editor.add_photos_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.photo_error.isHidden())
    assert "notes.jpg is not an image" in editor.photo_error.message()
    assert editor.photos.count() == 3
    assert editor.new_photos == []
    assert not editor.dirty


def test_bad_action_input_adds_nothing(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, SECOND)
    qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    assert editor.action_error.message() == "Describe the action before adding it."
    qtbot.keyClicks(editor.action_text, "Buy spare valves")
    editor.action_due.setText("next week")
    qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    assert "is not a date in the form YYYY-MM-DD" in editor.action_error.message()
    editor.action_due.setText("2020-01-01")
    qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    assert "before the visit starts" in editor.action_error.message()
    assert editor.new_actions == []
    assert editor.action_table.rowCount() == 2


def test_finalise_makes_the_visit_read_only_until_reopened(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, SECOND)
    editor.form.field("notes").appendPlainText("Closing meeting with the director.")
    asked = answer_yes(monkeypatch)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.final and not window.ctx.busy)
    assert asked
    assert "read-only" in asked[0]

    with demo_store.reading() as session:
        visit = commands.get(session, SiteVisit, SECOND)
        assert visit.state == VisitState.FINAL
        assert visit.notes is not None
        assert visit.notes.endswith("with the director.")
    assert editor.form.field("notes").isReadOnly()
    assert editor.form.field("title").isReadOnly()
    assert not editor.save_button.isEnabled()
    assert not editor.add_photos_button.isEnabled()
    assert editor.add_action_row.isHidden()
    assert not editor.final_banner.isHidden()
    assert editor.save() is False  # Ctrl+S on a final visit writes nothing
    # The storage refuses an edit whatever the UI does.
    with pytest.raises(ValidationError, match="final"), demo_store.transaction() as session:
        commands.update(session, SiteVisit, SECOND, notes="changed behind the UI's back")

    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.final and not window.ctx.busy)
    assert not editor.form.field("notes").isReadOnly()
    assert editor.save_button.isEnabled()


def test_a_final_visit_opens_read_only(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, FIRST)
    assert editor.final
    assert editor.form.field("notes").isReadOnly()
    assert editor.state_label.text() == "Final"


def test_a_visit_reopened_by_sync_says_why_until_it_is_finalised_again(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_store.transaction() as session:
        commands.finalise_visit(session, SECOND)
    with demo_store.transaction() as session:  # as a sync does on an unseen change
        told = visit_followup.reopen_outdated(session, [SECOND])
    assert len(told) == 1
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, SECOND)
    assert not editor.final
    assert not editor.reopened_banner.isHidden()
    assert "arrived after this visit was signed" in editor.reopened_text.text()
    answer_yes(monkeypatch)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.final and not window.ctx.busy)
    assert editor.reopened_banner.isHidden()
    with demo_store.reading() as session:
        assert commands.get(session, SiteVisit, SECOND).reopened_note is None
    with qtbot.waitSignal(editor.saved, timeout=10000):  # reopened by hand: no note
        qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.final and not window.ctx.busy)
    assert editor.reopened_banner.isHidden()


def test_removing_a_photo_tombstones_it_and_captions_are_saved(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, SECOND)
    answer_yes(monkeypatch)
    removed = editor.photos.item(0).data(Qt.ItemDataRole.UserRole + 30)[1]
    editor.photos.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_photo_button, Qt.MouseButton.LeftButton)
    editor.photos.item(0).setText("New bulk meter, zone 3 inlet")
    kept = editor.photos.item(0).data(Qt.ItemDataRole.UserRole + 30)[1]
    assert editor.photos.count() == 2
    assert editor.dirty
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    settle(qtbot, window)
    with demo_store.reading() as session:
        tombstone = session.get(Attachment, removed)
        assert tombstone is not None
        assert tombstone.deleted
        assert len(queries.attachments(session, SECOND)) == 2
        caption = session.get(Attachment, kept)
        assert caption is not None
        assert caption.caption == "New bulk meter, zone 3 inlet"
    assert editor.photos.count() == 2


def test_findings_are_created_in_place(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, SECOND)
    qtbot.mouseClick(editor.add_finding_button, Qt.MouseButton.LeftButton)
    assert editor.finding_error.message() == "Type the finding before adding it."
    qtbot.keyClicks(editor.finding_text, "Valve chambers flood in the rainy season")
    qtbot.keyClick(editor.finding_text, Qt.Key.Key_Return)
    assert editor.findings.count() == 2
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    settle(qtbot, window)
    with demo_store.reading() as session:
        texts = {f.finding for f in queries.findings(session, DEMO_PARTNERSHIP_ID, SECOND)}
    assert "Valve chambers flood in the rainy season" in texts
    assert count(demo_store, Action) == sum(len(spec.actions) for spec in DEMOS)


def test_print_visit_summary_without_the_report_module(qtbot: QtBot, demo_store: Store) -> None:
    if importlib.util.find_spec("wopdesk.ui.report_preview") is not None:
        pytest.skip("the report preview is installed; its own tests cover the button")
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, SECOND)
    assert editor.print_button.isEnabled()
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    assert "not available" in editor.message.message()


def test_a_save_refused_by_storage_writes_nothing_at_all(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = new_visit(qtbot, window)
    qtbot.keyClicks(editor.form.field("title"), "Visit whose photo disappears")
    qtbot.keyClicks(editor.action_text, "An action that must not be saved alone")
    qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    photo = photo_file(tmp_path)
    choose_files(monkeypatch, [photo])
    qtbot.mouseClick(editor.add_photos_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.photos.count() == 1)
    photo.unlink()  # the memory card was pulled out before Save
    visits, actions = count(demo_store, SiteVisit), count(demo_store, Action)
    assert editor.save() is True
    qtbot.waitUntil(lambda: not editor.saving and not window.ctx.busy)
    assert "Cannot read" in editor.form.error_text()
    assert (count(demo_store, SiteVisit), count(demo_store, Action)) == (visits, actions)
    assert editor.visit_id is None
    assert editor.dirty


def test_a_thumbnail_is_upright_as_the_pdf_shows_it(qapp: object) -> None:
    """A portrait photo stored sideways with EXIF orientation 6 shows taller than wide."""
    import io

    from PIL import Image

    from wopdesk.ui.visit_editor import thumbnail

    sideways = Image.new("RGB", (400, 300), "white")  # the pixels, as the camera stored them
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show
    out = io.BytesIO()
    sideways.save(out, format="JPEG", exif=exif)
    image = thumbnail(out.getvalue())
    assert image.height() > image.width()


# Columns of a site visit that no person types: everything else has a widget in the editor,
# so a field added to the model and forgotten in the editor fails here (see
# docs/adding-a-field.md).
NOT_TYPED = {"id", "partnership_id", "state", "action_snapshot", "created_at", "updated_at"}
NOT_TYPED |= {"followup_snapshot"}
NOT_TYPED |= {"deleted", "clocks"}
NOT_TYPED |= {"reopened_note"}  # written by sync, shown as a note above the editor


def test_every_typed_field_of_a_visit_is_in_its_editor(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = new_visit(qtbot, window)
    columns = {c.key for c in SiteVisit.__table__.columns}
    assert set(editor.form.fields) == columns - NOT_TYPED


def test_the_gps_position_is_typed_kept_synced_as_a_field_and_printed(
    qtbot: QtBot, demo_store: Store, tmp_path: Path
) -> None:
    """Wired through the editor alone: the model, sync and the PDF already knew it."""
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_visit(qtbot, window, SECOND)
    for name, text in (("latitude", "11.177112"), ("longitude", "-4.297901")):
        field = editor.form.field(name).edit
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(editor.form.field("title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.saving and not editor.dirty)
    with demo_store.reading() as session:
        visit = session.get(SiteVisit, SECOND)
        assert visit is not None
        assert (visit.latitude, visit.longitude) == (11.177112, -4.297901)
    editor = open_visit(qtbot, window, FIRST)
    editor = open_visit(qtbot, window, SECOND)
    assert editor.form.field("latitude").value() == 11.177112
    from tests.test_reports import whole_text
    from wopdesk.reports.visit import build_visit_summary

    pdf = tmp_path / "visit.pdf"
    build_visit_summary(demo_store, SECOND, pdf)
    assert "GPS 11.1771, -4.2979" in whole_text(pdf)
