"""With the mouse, in English, French and Spanish: a visit's follow-up of earlier actions,
its sign-off, and documents on a visit and on a progress record."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from tests.test_documents import pdf_bytes
from tests.ui_helpers import LANGUAGES, shown_window, translated
from wopdesk.demo import demo_id
from wopdesk.domain import vocab as v
from wopdesk.storage import models as m
from wopdesk.storage import visit_snapshot
from wopdesk.storage.store import Store
from wopdesk.ui.documents import DocumentList
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.progress import ProgressPage
from wopdesk.ui.visit_editor import VisitEditor

# Pick lists pop up in a window of their own, which the offscreen platform cannot raise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

SECOND = demo_id("visit:second")  # the demo's draft visit, after four final ones
NIGHT_TEST = demo_id("action:a3")  # agreed at the first visit, in progress (40 %)
MENTOR = demo_id("person:maria")
DRAFT_RECORD = demo_id("progress:1")
ATTACH = {"en": "Attach document…", "fr": "Joindre un document…", "es": "Adjuntar documento…"}
FOLLOW_UP = {
    "en": "Follow-up of earlier actions",
    "fr": "Suivi des actions antérieures",
    "es": "Seguimiento de acciones anteriores",
}
DONE = {"en": "Done", "fr": "Terminée", "es": "Terminada"}


@pytest.fixture(params=LANGUAGES)
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo_store: Store) -> Iterator[MainWindow]:
    demo_store.set_setting("me_person_id", MENTOR)
    with translated(request.param):
        main = shown_window(qtbot, demo_store)
        main.language = request.param  # type: ignore[attr-defined]
        yield main
    # Closing waits for the workers; their answers are delivered while the widgets exist.
    main.close()
    QApplication.processEvents()


def _visit(qtbot: QtBot, window: MainWindow, visit_id: str) -> VisitEditor:
    page = window.show_page("visits")
    page.open_record(visit_id)
    editor = page.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.visit_id == visit_id and not window.ctx.busy, timeout=10000)
    return editor


def _scroll_to(widget: QWidget) -> None:
    """Scrolled into view first: the editor is taller than the window."""
    scroll = widget.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(widget)  # type: ignore[attr-defined]


def _click(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    _scroll_to(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the pick list and click the entry showing ``text`` (as test_ui_validation does:
    a popup opened by a click ignores a click that follows within the double-click time)."""
    _scroll_to(combo)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    row = combo.findText(text.strip(), Qt.MatchFlag.MatchContains)
    assert row >= 0, text
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5000)
    assert combo.currentIndex() == row


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    _click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _save(qtbot: QtBot, editor: VisitEditor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=10000):
        _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.saving and not editor.dirty, timeout=10000)


def _action(store: Store, action_id: str) -> m.Action:
    with store.reading() as session:
        action = session.get(m.Action, action_id)
        assert action is not None
        return action


def _row_of(editor: VisitEditor, action_id: str) -> int:
    return [line.id for line in editor.followups].index(action_id)


def test_progress_of_an_earlier_action_is_recorded_from_the_visit(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    language = window.language  # type: ignore[attr-defined]
    editor = _visit(qtbot, window, SECOND)
    assert editor.followup_table.accessibleName() == FOLLOW_UP[language]
    assert NIGHT_TEST in {line.id for line in editor.followups}
    row = _row_of(editor, NIGHT_TEST)
    status = editor.followup_table.cellWidget(row, 4)
    progress = editor.followup_table.cellWidget(row, 5)
    assert isinstance(status, QComboBox)
    assert isinstance(progress, QSpinBox)
    assert progress.value() == 40
    _choose(qtbot, status, DONE[language])
    _type(qtbot, progress.lineEdit(), "100")
    assert editor.dirty
    _save(qtbot, editor)
    action = _action(demo_store, NIGHT_TEST)
    assert (action.status, action.progress) == (v.ActionStatus.DONE, 100)
    with demo_store.reading() as session:
        visit = session.get(m.SiteVisit, SECOND)
        assert visit is not None
        kept = visit_snapshot.read(visit.followup_snapshot) or []
    assert NIGHT_TEST in {a.action_id for a in kept}
    # Done now, it stays on the list of the visit where it was recorded.
    assert NIGHT_TEST in {line.id for line in editor.followups}


def test_a_sign_off_is_recorded_and_one_before_the_visit_is_refused(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    editor = _visit(qtbot, window, SECOND)
    form = editor.form
    _choose(qtbot, form.field("mentor_signer_id"), "Nadia Benjelloun")
    _type(qtbot, form.field("mentor_signer_role"), "Cheffe de division")
    _choose(qtbot, form.field("mentee_signer_id"), "Aïssata Traoré")
    _type(qtbot, form.field("signed_on").edit, "2026-10-01")  # the visit starts on 12 Oct
    how = form.field("signed_how")
    _choose(qtbot, how, how.itemText(how.findData(v.SignOffMethod.ON_PAPER.value)))
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: bool(form.error_text("signed_on")), timeout=5000)
    assert "2026" in form.error_text("signed_on")
    with demo_store.reading() as session:
        visit = session.get(m.SiteVisit, SECOND)
        assert visit is not None
        assert visit.signed_on is None
    _type(qtbot, form.field("signed_on").edit, "2026-10-16")
    _save(qtbot, editor)
    with demo_store.reading() as session:
        visit = session.get(m.SiteVisit, SECOND)
        assert visit is not None
        assert visit.mentor_signer_id == MENTOR
        assert visit.mentor_signer_role == "Cheffe de division"
        assert visit.mentee_signer_id == demo_id("person:aissatou")
        assert (visit.signed_on, visit.signed_how) == (
            dt.date(2026, 10, 16),
            v.SignOffMethod.ON_PAPER,
        )


def _pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def _attach_and_open(
    qtbot: QtBot, documents: DocumentList, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Refuse a fake PDF, attach a real one, open it by double-clicking it."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    before = documents.count()
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf at all")
    _pick_file(monkeypatch, fake)
    _click(qtbot, documents.attach_button)
    qtbot.waitUntil(lambda: bool(documents.error.message()), timeout=5000)
    assert "fake.pdf" in documents.error.message()
    assert documents.count() == before
    real = tmp_path / "night-flow.pdf"
    real.write_bytes(pdf_bytes())
    _pick_file(monkeypatch, real)
    _click(qtbot, documents.attach_button)
    qtbot.waitUntil(lambda: documents.count() == before + 1, timeout=5000)
    assert not documents.error.message()
    urls = _opened(monkeypatch)
    view = documents.documents
    item = view.item(view.count() - 1)
    assert "night-flow.pdf" in item.text()
    position: QPoint = view.visualItemRect(item).center()
    with qtbot.waitSignal(documents.opened, timeout=5000) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    copy = Path(opened.args[0])
    assert urls == [QUrl.fromLocalFile(str(copy))]
    assert copy.name == "night-flow.pdf"
    assert copy.read_bytes() == real.read_bytes()
    assert copy.is_relative_to(tmp_path / "temp")  # a copy, never the blob itself


def test_a_document_is_attached_to_a_visit_and_opened(
    qtbot: QtBot,
    window: MainWindow,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    editor = _visit(qtbot, window, SECOND)
    documents = editor.documents
    assert documents.attach_button.text() == ATTACH[window.language]  # type: ignore[attr-defined]
    _attach_and_open(qtbot, documents, monkeypatch, tmp_path)
    with demo_store.reading() as session:
        names = {
            a.file_name
            for a in session.query(m.Attachment).filter_by(owner_id=SECOND, deleted=False)
        }
    assert "night-flow.pdf" in names
    assert "fake.pdf" not in names


def test_a_document_is_attached_to_a_progress_record_and_opened(
    qtbot: QtBot,
    window: MainWindow,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = window.show_page("progress")
    assert isinstance(page, ProgressPage)
    table = page.table
    qtbot.waitUntil(lambda: DRAFT_RECORD in table.visible_ids(), timeout=10000)
    row = table.visible_ids().index(DRAFT_RECORD)
    position = table.view.visualRect(table.proxy.index(row, 0)).center()
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    documents = page.documents
    qtbot.waitUntil(lambda: documents.owner_id == DRAFT_RECORD, timeout=5000)
    assert documents.attach_button.isEnabled()
    _attach_and_open(qtbot, documents, monkeypatch, tmp_path)
    with demo_store.reading() as session:
        attached = session.query(m.Attachment).filter_by(owner_id=DRAFT_RECORD).one()
    assert (attached.owner_entity, attached.media_type) == ("progress_record", "application/pdf")
