"""Network and file failures read as one sentence that says what happened and what to do,
in the command line as in the app, in its language: never "[Errno 28]" or a traceback."""

import errno
import os
import socket
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from keyring.backends import fail

from wopdesk import cli
from wopdesk.demo import DEMO_PARTNERSHIP_ID, create_demo
from wopdesk.domain import i18n
from wopdesk.files import cannot_write
from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import ServerDatabase
from wopdesk.server.testing import running_server
from wopdesk.storage.store import Store
from wopdesk.sync import client as sync_client
from wopdesk.sync import tokens as sync_tokens
from wopdesk.sync.client import AuthenticationError, ServerConnection, unreachable_sentence
from wopdesk.sync.tokens import FileTokens

FULL = OSError(errno.ENOSPC, "No space left on device")
DENIED = PermissionError(errno.EACCES, "Permission denied")


@pytest.fixture(autouse=True)
def quiet_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(sync_tokens.keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(sync_client, "RETRY_BACKOFF", 0.0)
    monkeypatch.setenv("WOPDESK_PASSWORD", "maria-password")


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language(None)


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    store = Store.open(folder)
    try:
        create_demo(store)
    finally:
        store.close()
    return folder


def one_sentence(capsys: pytest.CaptureFixture[str]) -> str:
    """What the command printed on stderr: one line, no system error number."""
    err = capsys.readouterr().err
    assert err.startswith("wopdesk: ")
    assert err.count("\n") == 1, err
    assert "Errno" not in err
    assert "Traceback" not in err
    return err.removeprefix("wopdesk: ").rstrip("\n")


# --- files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (FULL, "There is no room left on the disk to save {file}; free some space"),
        (DENIED, "You may not save files in {folder}; choose another folder"),
        (OSError(errno.EROFS, "Read-only file system"), "{folder} is read-only"),
        (FileNotFoundError(errno.ENOENT, "No such file"), "The folder {folder} does not exist"),
        (OSError(errno.EIO, "Input/output error"), "could not be saved (Input/output error)"),
    ],
)
def test_each_file_error_says_what_happened_and_what_to_do(
    tmp_path: Path, error: OSError, says: str
) -> None:
    target = tmp_path / "reports" / "summary.pdf"
    sentence = cannot_write(target, error)
    assert sentence.startswith(says.format(file=target, folder=target.parent)) or (
        says.format(file=target, folder=target.parent) in sentence
    )
    assert "again" in sentence
    assert sentence.endswith(".")
    assert "Errno" not in sentence


def test_file_errors_are_translated(tmp_path: Path, french: None) -> None:
    target = tmp_path / "summary.pdf"
    sentence = cannot_write(target, FULL)
    assert sentence.startswith("Il n’y a plus de place sur le disque"), sentence


def test_an_export_to_a_full_disk_is_one_sentence_and_leaves_nothing(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    out.mkdir()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    target = out / "backup.zip"
    assert cli.main(["export", "-o", str(target), "--data-dir", str(demo_dir)]) == 1
    assert one_sentence(capsys) == cannot_write(target, FULL)
    assert list(out.iterdir()) == []  # no half-written zip left behind


def test_an_export_where_one_may_not_write_is_one_sentence(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Tests run as root, whom no folder refuses: the refusal is made by hand.
    def denied(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    target = tmp_path / "backup.zip"
    assert cli.main(["export", "-o", str(target), "--data-dir", str(demo_dir)]) == 1
    assert one_sentence(capsys) == cannot_write(target, DENIED)


def test_a_report_to_a_full_disk_is_one_sentence(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wopdesk.reports import layout

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(layout.os, "fsync", full)
    target = tmp_path / "summary.pdf"
    args = ["report", "visit", "--latest", "-o", str(target), "--data-dir", str(demo_dir)]
    assert cli.main(args) == 1
    assert one_sentence(capsys) == cannot_write(target, FULL)
    assert [p.name for p in tmp_path.iterdir()] == ["profile"]


# --- the network --------------------------------------------------------------------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, ServerDatabase]]:
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}")
    accounts.add_user(db, "maria", "maria-password")
    accounts.grant(db, "maria", DEMO_PARTNERSHIP_ID, "coordinator")
    try:
        with running_server(create_app(db)) as url:
            yield url, db
    finally:
        db.close()


def sync(demo_dir: Path, url: str) -> int:
    return cli.main(["sync", "--server", url, "--user", "maria", "--data-dir", str(demo_dir)])


def test_an_unknown_server_name_is_one_sentence(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync(demo_dir, "http://wop.example.invalid:8080") == 1
    assert one_sentence(capsys) == (
        "The server name wop.example.invalid cannot be found; check the address, or the "
        "network if you are offline."
    )


def test_https_to_a_server_without_tls_is_one_sentence(
    demo_dir: Path, server: tuple[str, ServerDatabase], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server[0].replace("http://", "https://")
    assert sync(demo_dir, url) == 1
    assert one_sentence(capsys) == (
        f"No secure connection could be set up with {url}; check that the address starts "
        "with https:// only if the server uses it, and that the port is right."
    )


def test_a_disabled_account_is_told_so_not_a_wrong_password(
    demo_dir: Path, server: tuple[str, ServerDatabase], capsys: pytest.CaptureFixture[str]
) -> None:
    url, db = server
    accounts.set_disabled(db, "maria", True, by="admin")
    assert sync(demo_dir, url) == 1
    assert one_sentence(capsys) == (
        f"The account maria is disabled on {url}; ask the server's administrator to enable it."
    )


def test_a_sign_in_refused_after_signing_in_is_one_sentence(tmp_path: Path) -> None:
    """The token just given is refused (revoked meanwhile): say so, and what to do."""
    answers = [
        httpx.Response(
            200,
            json={
                "token": "t",
                "expires_at": "2099-01-01T00:00:00Z",
                "user": "maria",
                "admin": False,
            },
        ),
        httpx.Response(401, json={"detail": "The sign-in token is not valid; sign in again."}),
    ]
    connection = ServerConnection(
        "http://wop.test",
        "maria",
        password=lambda: "maria-password",
        tokens=FileTokens(tmp_path / "tokens.json"),
        http=httpx.Client(transport=httpx.MockTransport(lambda _request: answers.pop(0))),
        sleep=lambda _seconds: None,
    )
    with pytest.raises(AuthenticationError) as refused:
        connection.pull(0, None, 10)
    assert str(refused.value) == (
        "The server at http://wop.test did not accept the sign-in (The sign-in token is not "
        "valid; sign in again.); sync again and enter your password when asked."
    )


@pytest.mark.parametrize(
    ("error", "start"),
    [
        (httpx.ConnectError("[Errno 101] Network is unreachable"), "This computer has no way"),
        (httpx.ConnectError("[Errno -3] Temporary failure in name resolution"), "The server name"),
        (httpx.ConnectError("[SSL: WRONG_VERSION_NUMBER] wrong version"), "No secure connection"),
    ],
)
def test_more_network_failures_say_what_to_do(error: httpx.TransportError, start: str) -> None:
    assert unreachable_sentence("http://wop.test", error).startswith(start)


def test_network_failures_are_translated(french: None) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    sentence = unreachable_sentence(url, httpx.ConnectError("[Errno 111] Connection refused"))
    assert sentence.startswith(f"Le serveur {url} a refusé la connexion"), sentence
    assert os.strerror(errno.ECONNREFUSED) not in sentence
