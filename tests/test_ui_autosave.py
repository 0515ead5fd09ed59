"""Nothing typed is lost: drafts written on a debounce survive the app being killed."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wopdesk.demo import demo_id
from wopdesk.storage import commands
from wopdesk.storage.drafts import DraftStore
from wopdesk.storage.models import SiteVisit
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.visit_editor import VisitEditor

from .ui_helpers import choose_files, open_window, photo_file, settle

MARIA = demo_id("person:maria")
SECOND = demo_id("visit:second")
TYPED = " Night flow logger moved to the zone 3 inlet chamber."


def test_draft_store_round_trip_and_atomic_files(tmp_path: Path) -> None:
    drafts = DraftStore(tmp_path)
    assert drafts.load("site_visit/x") is None
    path = drafts.save("site_visit/x", {"notes": "Réservoir — 3 m³"})
    assert path.parent == tmp_path / "drafts"
    draft = drafts.load("site_visit/x")
    assert draft is not None
    assert draft.fields == {"notes": "Réservoir — 3 m³"}
    drafts.save("site_visit/x", {"notes": "second"})
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == [path.name]  # no temp left
    assert drafts.keys() == ["site_visit/x"]
    drafts.clear("site_visit/x")
    assert drafts.load("site_visit/x") is None


def test_a_damaged_draft_is_ignored(tmp_path: Path) -> None:
    drafts = DraftStore(tmp_path)
    path = drafts.save("site_visit/y", {"notes": "kept"})
    path.write_text('{"key": "site_visit/y", "saved_at": "yesterday"')
    assert drafts.load("site_visit/y") is None
    path.write_text(json.dumps({"key": "k", "saved_at": "2026-01-01T00:00:00", "fields": []}))
    assert drafts.load("site_visit/y") is None


def open_second(qtbot: QtBot, window: MainWindow) -> VisitEditor:
    page = window.show_page("visits")
    page.open_record(SECOND)
    editor = page.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.visit_id == SECOND and not window.ctx.busy)
    return editor


def test_visit_note_survives_a_crash(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA, killed_later=True)
    editor = open_second(qtbot, window)
    notes = editor.form.field("notes")
    original = notes.toPlainText()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, TYPED)
    draft_file = window.ctx.drafts.path_for(f"site_visit/{SECOND}")
    qtbot.waitUntil(lambda: draft_file.exists(), timeout=5000)
    assert TYPED in json.loads(draft_file.read_text())["fields"]["notes"]

    # The app is killed: no save, no close event, the window just goes away.
    settle(qtbot, window)
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    with demo_store.reading() as session:
        assert commands.get(session, SiteVisit, SECOND).notes == original

    reopened = MainWindow(AppContext(demo_store))
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitUntil(lambda: reopened.is_ready, timeout=10000)
    editor = open_second(qtbot, reopened)
    assert not editor.draft_banner.isHidden()
    assert editor.form.field("notes").toPlainText() == original  # offered, not imposed
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.form.field("notes").toPlainText() == original + TYPED
    assert editor.dirty
    assert editor.draft_banner.isHidden()

    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    settle(qtbot, reopened)
    assert not draft_file.exists()  # saved: the draft is cleared
    with demo_store.reading() as session:
        assert commands.get(session, SiteVisit, SECOND).notes == original + TYPED


def test_a_new_visit_draft_is_offered_again(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.show_page("visits")
    page.new_record()
    editor = page.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.detail is None)
    qtbot.keyClicks(editor.form.field("title"), "Emergency visit after the flood")
    qtbot.keyClicks(editor.action_text, "Disinfect the reservoir")
    qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    choose_files(monkeypatch, [photo_file(tmp_path, "flooded_chamber.png")])
    qtbot.mouseClick(editor.add_photos_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.photos.count() == 1)
    key = editor.draft_key()
    qtbot.waitUntil(lambda: window.ctx.drafts.load(key) is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: bool(window.ctx.drafts.load(key).fields.get("new_photos")),  # type: ignore[union-attr]
        timeout=5000,
    )
    window.close()  # a normal close keeps the draft as well

    again = open_window(qtbot, demo_store, me=MARIA)
    page = again.show_page("visits")
    page.new_record()
    editor = page.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not editor.draft_banner.isHidden())
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.form.field("title").text() == "Emergency visit after the flood"
    assert [a.description for a in editor.new_actions] == ["Disinfect the reservoir"]
    qtbot.waitUntil(lambda: editor.photos.count() == 1)
    assert editor.photos.item(0).text() == "flooded chamber"
    assert again.ctx.drafts.load(key) is not None  # kept until the visit is saved


def test_discarding_a_draft_removes_it(qtbot: QtBot, demo_store: Store) -> None:
    demo_store_drafts = DraftStore(demo_store.data_dir)
    demo_store_drafts.save(f"site_visit/{SECOND}", {"notes": "old typing"})
    window = open_window(qtbot, demo_store, me=MARIA)
    editor = open_second(qtbot, window)
    assert not editor.draft_banner.isHidden()
    qtbot.mouseClick(editor.discard_button, Qt.MouseButton.LeftButton)
    assert demo_store_drafts.load(f"site_visit/{SECOND}") is None
    assert "old typing" not in editor.form.field("notes").toPlainText()


def test_learning_typing_is_kept_as_a_draft(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA, killed_later=True)
    page = window.show_page("learning")
    editor = page.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.partnership_id is not None and not window.ctx.busy)
    qtbot.keyClicks(editor.form.field("topic"), "Pressure logger installation")
    key = editor.draft_key()
    qtbot.waitUntil(lambda: window.ctx.drafts.load(key) is not None, timeout=5000)
    settle(qtbot, window)
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    again = open_window(qtbot, demo_store, me=MARIA)
    editor = again.show_page("learning").editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.form.field("topic").text() == "Pressure logger installation")
    assert editor.status.text() == "Unsaved typing restored."


def test_steady_typing_reaches_the_disk_within_the_delay(qtbot: QtBot, tmp_path: Path) -> None:
    """A keystroke every 0.1 s for 3 s: the draft is written during the typing, not only
    after it stops, so a crash loses at most the delay's worth."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPlainTextEdit

    from wopdesk.storage.drafts import DraftStore
    from wopdesk.ui.drafts import DraftKeeper

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    store = DraftStore(tmp_path)
    keeper = DraftKeeper(store, {"notes": edit}, delay_ms=300)
    keeper.watch("site_visit:new")
    typed: list[str] = []

    def type_one() -> None:
        typed.append("x")
        edit.insertPlainText("x")

    typist = QTimer()
    typist.setInterval(100)
    typist.timeout.connect(type_one)
    typist.start()
    with qtbot.waitSignal(keeper.saved, timeout=1000):
        pass  # saved while the typing goes on
    assert typist.isActive()
    draft = store.load("site_visit:new")
    assert draft is not None
    assert draft.fields["notes"] == "x" * len(draft.fields["notes"])
    assert len(draft.fields["notes"]) >= 2
    typist.stop()


def test_every_recovered_draft_is_offered_at_start(qtbot: QtBot, demo_store: Store) -> None:
    drafts = DraftStore(demo_store.data_dir)
    drafts.save(f"site_visit/{SECOND}", {"notes": "typed before the crash"})
    drafts.save(f"learning_activity/new/{demo_id('partnership')}", {"topic": "Pump curves"})
    window = open_window(qtbot, demo_store, me=MARIA)
    qtbot.waitUntil(lambda: getattr(window, "recovered_dialog", None) is not None)
    dialog = window.recovered_dialog
    qtbot.waitExposed(dialog)
    texts = sorted(dialog.list.item(row).text() for row in range(dialog.list.count()))
    with demo_store.reading() as session:
        visit = session.get(SiteVisit, SECOND)
        assert visit is not None
        title = visit.title
    assert texts == ["A new learning entry", f"Site visit: {title}"]
    row = next(r for r in range(dialog.list.count()) if "Site visit" in dialog.list.item(r).text())
    dialog.list.setCurrentRow(row)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    visits = window.page("visits")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is visits)
    assert dialog.list.count() == 1


TYPIST = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from wopdesk.storage.drafts import DraftStore
from wopdesk.ui.drafts import DraftKeeper

app = QApplication([])
edit = QPlainTextEdit()
keeper = DraftKeeper(DraftStore(Path(sys.argv[1])), {"notes": edit})
keeper.watch("site_visit/new")

def type_one() -> None:
    edit.insertPlainText("x")
    print(len(edit.toPlainText()), time.monotonic(), flush=True)

typist = QTimer()
typist.timeout.connect(type_one)
typist.start(40)
app.exec()
"""


def test_kill_9_loses_at_most_a_second_of_typing(tmp_path: Path) -> None:
    """A real process types a key every 40 ms for 4 s; all along, the draft on disk holds
    what was typed a second before, and so it does after the process is killed with
    SIGKILL."""
    import os
    import signal
    import subprocess
    import sys
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    typed: list[tuple[int, float]] = []  # (characters typed, when), as the child says
    drafts = DraftStore(tmp_path)

    def typed_by(moment: float) -> int:
        return max((count for count, when in typed if when <= moment), default=0)

    def check(moment: float) -> None:
        draft = drafts.load("site_visit/new")
        kept = len(draft.fields["notes"]) if draft is not None else 0
        assert kept >= typed_by(moment - 1.0), (kept, typed_by(moment - 1.0))

    try:
        # Each key the child types, it reports: the parent checks the disk at that pace,
        # reading the report (a blocking read of the pipe, no timer of its own).
        for line in child.stdout:
            count, when = line.split()
            typed.append((int(count), float(when)))
            check(time.monotonic())  # the moment is taken before the file is read
            if typed[-1][1] - typed[0][1] >= 4.0:
                break
        else:
            pytest.fail("the typing process ended by itself")
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    check(killed_at)
