"""Shared by the UI sync tests: a real server on 127.0.0.1, laptops, the main window."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from keyring.backends import fail
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_IDS
from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import ServerDatabase, ServerRecord
from wopdesk.server.testing import running_server
from wopdesk.storage.store import Store
from wopdesk.sync import client as sync_client
from wopdesk.sync import tokens as sync_tokens
from wopdesk.sync.engine import SyncReport, sync_with_server
from wopdesk.sync.status import StoreSyncStatus
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.sign_in import SignInDialog


@dataclass
class Server:
    url: str
    db: ServerDatabase

    def value(self, entity: str, row_id: str, field: str) -> object:
        """A field as the server holds it, or None if the record is not there."""
        with self.db.read() as session:
            record = session.get(ServerRecord, (entity, row_id))
            return None if record is None else record.fields[field]["v"]


@pytest.fixture(autouse=True, name="quiet_environment")
def quiet_environment_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Light argon2, no real keyring (tokens go to the data directory), no retry waits."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(sync_tokens.keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(sync_client, "RETRY_BACKOFF", 0.0)


@pytest.fixture(name="server")
def server_fixture(tmp_path: Path) -> Iterator[Server]:
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}")
    for name in ("maria", "joao"):
        accounts.add_user(db, name, f"{name}-password")
    for partnership_id in DEMO_PARTNERSHIP_IDS:  # both demo partnerships
        accounts.grant(db, "maria", partnership_id, "coordinator")
        accounts.grant(db, "joao", partnership_id, "mentor")
    try:
        with running_server(create_app(db)) as url:
            yield Server(url, db)
    finally:
        db.close()


def headless_sync(store: Store, server: Server, user: str) -> SyncReport:
    return sync_with_server(store, server.url, user, lambda: f"{user}-password")


def sync_window(qtbot: QtBot, store: Store) -> MainWindow:
    """The main window with the store's real sync figures, as ``run_app`` builds it."""
    window = MainWindow(AppContext(store, sync_status=StoreSyncStatus(store)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_ready and not window.ctx.busy, timeout=10000)
    return window


def answer_sign_in(
    monkeypatch: pytest.MonkeyPatch, url: str, user: str, password: str
) -> list[str]:
    """Make the sign-in dialog answer with these values; returns the messages it showed."""
    shown: list[str] = []

    def execute(dialog: SignInDialog) -> int:
        shown.append(dialog.message.text())
        dialog.url.setText(url)
        dialog.user.setText(user)
        dialog.password.setText(password)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SignInDialog, "exec", execute)
    return shown
