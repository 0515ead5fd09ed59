"""Sync from the main window against a real server on 127.0.0.1."""

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.sync_ui_support import (
    Server,
    answer_sign_in,
    headless_sync,
    quiet_environment_fixture,  # noqa: F401  (autouse fixture)
    server_fixture,  # noqa: F401  (fixture "server")
    sync_window,
)
from wopdesk.demo import DEMO_PARTNERSHIP_ID, DEMO_PARTNERSHIP_IDS, create_demo, demo_id
from wopdesk.operations.records import save_record
from wopdesk.server import accounts
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.sync.status import SERVER_URL, SERVER_USER, pending_changes
from wopdesk.ui.sign_in import SignInDialog

VISIT = demo_id("visit:second")  # the demo's draft visit


def waiting(store: Store) -> int:
    with store.reading() as session:
        return pending_changes(session)


def test_sign_in_and_sync_from_the_main_window(
    qtbot: QtBot, demo_store: Store, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sync_window(qtbot, demo_store)
    bar = window.statusBar()
    assert bar.online.text() == "○ Offline"
    assert bar.last_sync.text() == "Last sync: never"
    assert bar.pending.text().endswith("changes waiting to sync")
    assert waiting(demo_store) > 0
    answer_sign_in(monkeypatch, server.url, "maria", "maria-password")

    with qtbot.waitSignal(window.sync.finished, timeout=30000) as done:
        window.sync_now.trigger()
    report = done.args[0]
    assert report.sent > 0
    assert report.signed_in
    qtbot.waitUntil(lambda: bar.pending.text() == "No changes waiting to sync")
    assert bar.online.text() == "● Online"
    assert "never" not in bar.last_sync.text()
    assert bar.currentMessage().startswith(f"Synced: {report.sent} sent, 0 received")
    assert demo_store.get_setting(SERVER_URL) == server.url
    assert demo_store.get_setting(SERVER_USER) == "maria"
    assert server.value("partnership", DEMO_PARTNERSHIP_ID, "title") is not None

    # Next time: no dialog, the kept token signs in; nothing new goes either way.
    monkeypatch.setattr(SignInDialog, "exec", lambda _self: pytest.fail("asked to sign in"))
    with qtbot.waitSignal(window.sync.finished, timeout=30000) as done:
        window.sync_now.trigger()
    assert done.args[0].nothing_happened
    assert not done.args[0].signed_in


def test_an_edit_waits_then_syncs_when_the_network_returns(
    qtbot: QtBot, demo_store: Store, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sync_window(qtbot, demo_store)
    assert not window.sync.sync_now(automatic=True)  # never signed in: no automatic sync
    answer_sign_in(monkeypatch, server.url, "maria", "maria-password")
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync_now.trigger()
    bar = window.statusBar()

    title = "Audit of pump station 2"
    window.ctx.run_op(
        lambda store: save_record(store, m.Partnership, DEMO_PARTNERSHIP_ID, {"title": title})
    )
    qtbot.waitUntil(lambda: bar.pending.text() == "1 change waiting to sync")
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync.network_changed(True)  # what QNetworkInformation reports
    qtbot.waitUntil(lambda: bar.pending.text() == "No changes waiting to sync")
    assert server.value("partnership", DEMO_PARTNERSHIP_ID, "title") == title


def test_wrong_password_says_so_and_changes_nothing(
    qtbot: QtBot, demo_store: Store, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sync_window(qtbot, demo_store)
    before = waiting(demo_store)
    answer_sign_in(monkeypatch, server.url, "maria", "not-her-password")
    with qtbot.waitSignal(window.sync.failed, timeout=30000) as failed:
        window.sync_now.trigger()
    sentence = f"Wrong user name or password for maria on {server.url}; check both and sync again."
    assert failed.args == [sentence]
    assert window.statusBar().currentMessage() == sentence
    assert waiting(demo_store) == before
    assert demo_store.get_setting(SERVER_URL) is None  # not remembered: never signed in
    assert window.sync_now.isEnabled()
    assert server.value("partnership", DEMO_PARTNERSHIP_ID, "title") is None


def test_unreachable_server_shows_offline_and_loses_nothing(
    qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    window = sync_window(qtbot, demo_store)
    before = waiting(demo_store)
    answer_sign_in(monkeypatch, url, "maria", "maria-password")
    with qtbot.waitSignal(window.sync.failed, timeout=30000) as failed:
        window.sync_now.trigger()
    assert failed.args[0] == (
        f"The server at {url} refused the connection; check that it is running and that "
        "the address and port are right."
    )
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.online.text() == "○ Offline")
    assert waiting(demo_store) == before
    assert bar.pending.text() == f"{before} changes waiting to sync"


def test_an_open_visit_reloads_after_a_pull_unless_it_has_unsaved_typing(
    qtbot: QtBot, tmp_path: Path, server: Server
) -> None:
    maria, joao = Store.open(tmp_path / "maria"), Store.open(tmp_path / "joao")
    try:
        create_demo(maria)
        headless_sync(maria, server, "maria")
        headless_sync(joao, server, "joao")
        window = sync_window(qtbot, joao)
        page = window.show_page("visits")
        page.open_record(VISIT)
        editor = page.editor  # type: ignore[attr-defined]
        title = editor.form.field("title")
        qtbot.waitUntil(lambda: editor.visit_id == VISIT and title.text() != "")

        set_title(maria, "Second visit: DMAs (Maria)")
        headless_sync(maria, server, "maria")
        with qtbot.waitSignal(window.sync.finished, timeout=30000):
            window.sync_now.trigger()
        qtbot.waitUntil(lambda: title.text() == "Second visit: DMAs (Maria)")
        assert not editor.dirty
        assert not editor.message.isVisibleTo(editor)

        title.selectAll()
        qtbot.keyClicks(title, "Joao's title")
        assert editor.dirty
        set_title(maria, "Maria again")
        headless_sync(maria, server, "maria")
        with qtbot.waitSignal(window.sync.finished, timeout=30000):
            window.sync_now.trigger()
        qtbot.waitUntil(lambda: editor.message.isVisibleTo(editor))
        assert "changed this visit on the server" in editor.message.text.text()
        assert title.text() == "Joao's title"
        assert editor.dirty
        with joao.reading() as session:
            assert session.get(m.SiteVisit, VISIT).title == "Maria again"
    finally:
        maria.close()
        joao.close()


def set_title(store: Store, title: str) -> None:
    with store.transaction() as session:
        cmd.update(session, m.SiteVisit, VISIT, title=title)


def test_a_withdrawn_partnership_is_said_in_a_dialog_then_leaves_the_selector(
    qtbot: QtBot, demo_store: Store, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sync_window(qtbot, demo_store)
    answer_sign_in(monkeypatch, server.url, "maria", "maria-password")
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync_now.trigger()
    gone = DEMO_PARTNERSHIP_IDS[1]
    accounts.revoke(server.db, "maria", gone)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *_a: said.append(text))
    )
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync_now.trigger()
    assert len(said) == 1
    assert "was withdrawn on the server" in said[0]
    box = window.partnership_box
    assert any(box.itemData(i) == gone for i in range(box.count()))
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync_now.trigger()
    assert "was removed from this laptop" in said[1]
    qtbot.waitUntil(lambda: all(box.itemData(i) != gone for i in range(box.count())))


def test_the_sync_shows_its_progress_and_can_be_cancelled_with_the_mouse(
    qtbot: QtBot, demo_store: Store, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sync_window(qtbot, demo_store)
    answer_sign_in(monkeypatch, server.url, "maria", "maria-password")
    controller = window.sync
    shown: list[tuple[int, int, str]] = []
    controller.progressed.connect(
        lambda _p: shown.append(
            (
                controller.progress_bar.value(),
                controller.progress_bar.maximum(),
                controller.progress_bar.format(),
            )
        )
    )
    pressed: list[bool] = []

    def press_cancel_once(progress: object) -> None:
        if controller.cancel_button.isVisible() and not pressed:
            pressed.append(True)
            qtbot.mouseClick(controller.cancel_button, Qt.MouseButton.LeftButton)

    controller.progressed.connect(press_cancel_once)
    with qtbot.waitSignal(controller.failed, timeout=30000) as stopped:
        window.sync_now.trigger()
    assert "Sync cancelled" in stopped.args[0]
    assert shown
    assert shown[0][2].startswith("Sending")
    assert not controller.progress_bar.isVisible()
    assert waiting(demo_store) > 0  # the rest goes next time
    with qtbot.waitSignal(controller.finished, timeout=60000):
        window.sync_now.trigger()
    assert waiting(demo_store) == 0
    assert not controller.cancel_button.isVisible()
