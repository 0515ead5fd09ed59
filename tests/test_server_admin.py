"""An administrator's commands against a running server: reset a password, disable an
account, end its sessions; each one in the audit table with who ran it and when."""

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import ServerDatabase
from wopdesk.server.testing import running_server
from wopdesk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


@dataclass
class Site:
    url: str
    db_url: str
    db: ServerDatabase
    http: httpx.Client

    def login(self, user: str, password: str) -> httpx.Response:
        return self.http.post(
            self.url + "/v1/login", json={"user": user, "password": password}, headers=HEADERS
        )

    def token(self, user: str, password: str) -> str:
        response = self.login(user, password)
        assert response.status_code == 200, response.text
        return str(response.json()["token"])

    def pull(self, token: str) -> httpx.Response:
        headers = {**HEADERS, "Authorization": f"Bearer {token}"}
        return self.http.get(self.url + "/v1/changes", headers=headers)

    def admin(self, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
        """``wopdesk-server`` run as a program, as an administrator would, on this database."""
        env = {**os.environ, "WOPDESK_SERVER_DB": ""}
        env.pop("WOPDESK_PASSWORD", None)
        if password is not None:
            env["WOPDESK_PASSWORD"] = password
        return subprocess.run(
            [sys.executable, "-m", "wopdesk.server.cli", *args, "--db", self.db_url],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            stdin=subprocess.DEVNULL,
        )


@pytest.fixture
def site(server_db_url: str, fast_hashing: None) -> Iterator[Site]:
    db = ServerDatabase.open(server_db_url)
    accounts.add_user(db, "awa@example.org", "first password")
    try:
        with running_server(create_app(db)) as url, httpx.Client(timeout=30) as http:
            yield Site(url, server_db_url, db, http)
    finally:
        db.close()


def test_reset_password_ends_every_session(site: Site) -> None:
    token = site.token("awa@example.org", "first password")
    done = site.admin("reset-password", "awa@example.org", password="second password")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "New password set for awa@example.org; 1 session ended.\n"
    assert site.pull(token).status_code == 401
    assert site.login("awa@example.org", "first password").status_code == 401
    assert site.pull(site.token("awa@example.org", "second password")).status_code == 200


def test_a_disabled_account_cannot_sign_in_until_enabled(site: Site) -> None:
    token = site.token("awa@example.org", "first password")
    done = site.admin("disable", "awa@example.org")
    assert done.returncode == 0, done.stderr
    assert site.pull(token).status_code == 401
    refused = site.login("awa@example.org", "first password")
    assert refused.status_code == 401
    assert refused.json() == {"detail": "This account is disabled; ask the server's administrator."}
    # A wrong password still says only that: being disabled is no hint to a guesser.
    guess = site.login("awa@example.org", "a guess at it")
    assert guess.json() == {"detail": "Wrong user name or password."}
    assert site.admin("enable", "awa@example.org").returncode == 0
    assert site.pull(site.token("awa@example.org", "first password")).status_code == 200


def test_revoke_tokens_ends_the_sessions_of_a_lost_laptop(site: Site) -> None:
    tokens = [site.token("awa@example.org", "first password") for _ in range(2)]
    done = site.admin("revoke-tokens", "awa@example.org")
    assert done.stdout == "2 sessions of awa@example.org ended; they sign in again to sync.\n"
    assert [site.pull(t).status_code for t in tokens] == [401, 401]
    assert site.pull(site.token("awa@example.org", "first password")).status_code == 200


def test_every_action_is_in_the_audit_table_with_who_and_when(site: Site) -> None:
    site.admin("reset-password", "awa@example.org", password="second password")
    site.admin("disable", "awa@example.org")
    site.admin("enable", "awa@example.org")
    site.admin("revoke-tokens", "awa@example.org")
    rows = accounts.audit_log(site.db)
    assert [row.action for row in rows] == [
        "revoke-tokens",
        "enable",
        "disable",
        "reset-password",
        "add-user",
    ]
    assert {row.account for row in rows} == {"awa@example.org"}
    assert all(row.by.endswith("@" + socket.gethostname()) for row in rows[:4])
    assert [row.at for row in rows] == sorted((row.at for row in rows), reverse=True)
    listing = site.admin("audit").stdout
    assert "revoke-tokens" in listing
    assert "reset-password" in listing


@pytest.mark.parametrize("action", ["reset-password", "disable", "enable", "revoke-tokens"])
def test_an_unknown_user_is_one_sentence_and_changes_nothing(site: Site, action: str) -> None:
    done = site.admin(action, "nobody", password="a long password")
    assert done.returncode == 1
    assert done.stderr == "wopdesk-server: There is no user named nobody.\n"
    assert [row.action for row in accounts.audit_log(site.db)] == ["add-user"]


def test_a_short_new_password_is_refused_and_changes_nothing(site: Site) -> None:
    done = site.admin("reset-password", "awa@example.org", password="short")
    assert done.returncode == 1
    assert "at least 8 characters" in done.stderr
    assert site.login("awa@example.org", "first password").status_code == 200
