"""The search box: a word in a note, a finding, an action or a topic opens its record."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.demo_facts import VISITS
from wopdesk.demo import demo_id
from wopdesk.storage.store import Store

from .ui_helpers import open_window, settle, shortcut

MARIA = demo_id("person:maria")


def search(qtbot: QtBot, window: object, words: str) -> None:
    box = window.search  # type: ignore[attr-defined]
    shortcut(qtbot, window, "Ctrl+F")  # type: ignore[arg-type]
    qtbot.keyClicks(box, words)
    qtbot.waitUntil(lambda: box.results.isVisible() and box.results.count() > 0)


def test_search_a_word_in_a_visit_note_and_open_it(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "courbe")  # a word only the first visit's notes hold
    box = window.search
    assert box.results.count() == 1
    assert box.results.item(0).text().startswith(f"Site visit · {VISITS['first'].title}")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.results.isVisible()
    assert window.current_page().page_id == "visits"
    editor = window.page("visits").editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.visit_id == demo_id("visit:first"))
    settle(qtbot, window)
    assert "la courbe de débit de nuit" in editor.form.field("notes").toPlainText()
    page = window.page("visits")
    qtbot.waitUntil(
        lambda: page.table.currentIndex().row() == page.model.row_of(demo_id("visit:first"))  # type: ignore[attr-defined]
    )


def test_arrow_keys_choose_among_results_and_learning_opens(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "fuites")
    box = window.search
    texts = [box.results.item(r).text() for r in range(box.results.count())]
    learning_rows = [n for n, text in enumerate(texts) if text.startswith("Learning ·")]
    assert learning_rows, texts
    for _ in range(learning_rows[0]):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page().page_id == "learning"
    editor = window.page("learning").editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.activity_id is not None and not window.ctx.busy)
    assert "fuites" in editor.form.field("topic").text().lower()


def test_a_click_on_a_result_opens_it(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "membrane")
    box = window.search
    item = box.results.item(0)
    rect = box.results.visualItemRect(item)
    with qtbot.waitSignal(box.hit_chosen) as chosen:
        qtbot.mouseClick(box.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args[0].entity in ("site_visit", "action")


def test_nothing_found_says_so_and_escape_closes(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "zzzqqq")
    box = window.search
    assert box.results.item(0).text() == "Nothing found for “zzzqqq”."
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page().page_id == "overview"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.results.isVisible()


def test_a_click_where_nothing_takes_the_focus_closes_the_results(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "leak")
    box = window.search
    bar = window.statusBar()
    assert bar.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.results.isVisible())
    assert box.text() == "leak"


def test_changing_page_closes_the_results(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "leak")
    box = window.search
    box.setFocus()
    window.show_page("workplan")  # as a link on a card or a menu would
    assert not box.results.isVisible()


def test_leaving_the_application_closes_the_results(qtbot: QtBot, demo_store: Store) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "leak")
    box = window.search
    QCoreApplication.sendEvent(
        QCoreApplication.instance(), QEvent(QEvent.Type.ApplicationDeactivate)
    )
    assert not box.results.isVisible()


def test_a_search_still_running_does_not_reopen_closed_results(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    box = window.search
    shortcut(qtbot, window, "Ctrl+F")
    qtbot.keyClicks(box, "leak")
    box.run_search()  # the read is under way
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert not box.results.isVisible()


def test_a_document_name_finds_the_visit_it_is_attached_to(qtbot: QtBot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "attendance-first")
    box = window.search
    texts = [box.results.item(r).text() for r in range(box.results.count())]
    assert texts[0].startswith("Site visit · attendance-first.csv"), texts
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page().page_id == "visits"
    editor = window.page("visits").editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.visit_id == demo_id("visit:first"))
