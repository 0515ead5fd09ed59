"""One rule, one sentence: the app's forms, the command line and the server refuse a bad
e-mail or currency with the same words (the domain's), not three wordings of their own."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from keyring.backends import fail

from wopdesk import cli
from wopdesk.demo import DEMO_PARTNERSHIP_ID, create_demo, demo_id
from wopdesk.domain.rules import problems
from wopdesk.errors import ValidationError
from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import ServerDatabase
from wopdesk.server.testing import running_server
from wopdesk.storage import commands
from wopdesk.storage.models import Partnership, Person
from wopdesk.storage.store import SKIP_VALIDATION, Store
from wopdesk.sync import client as sync_client
from wopdesk.sync import tokens as sync_tokens

PERSON = demo_id("person:mamadou")


@pytest.fixture
def server_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(sync_tokens.keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(sync_client, "RETRY_BACKOFF", 0.0)
    monkeypatch.setenv("WOPDESK_PASSWORD", "maria-password")
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}")
    accounts.add_user(db, "maria", "maria-password")
    accounts.grant(db, "maria", DEMO_PARTNERSHIP_ID, "coordinator")
    try:
        with running_server(create_app(db)) as url:
            yield url
    finally:
        db.close()


def domain_sentence(model: type[Person] | type[Partnership], field: str, value: str) -> str:
    """What the domain rules say of ``value`` in a form of ``model``."""
    found = [p for p in problems(model.rules, {field: value}) if p.field == field]
    assert len(found) == 1
    return str(found[0])


def test_the_server_refuses_a_pushed_bad_email_and_currency_and_the_cli_says_so(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "maria"
    store = Store.open(data_dir)
    try:
        create_demo(store)
    finally:
        store.close()
    sync = ["sync", "--server", server_url, "--user", "maria", "--data-dir", str(data_dir)]
    assert cli.main(sync) == 0, capsys.readouterr().err
    capsys.readouterr()
    # An older WOPdesk (or a hand-made push) sends what this one's rules refuse.
    store = Store.open(data_dir)
    try:
        with store.transaction(**{SKIP_VALIDATION: True}) as session:
            commands.update(session, Person, PERSON, email="m.diallo@see-kolda")
            commands.update(session, Partnership, DEMO_PARTNERSHIP_ID, currency="DOL")
        # The app's rule, as a form or the command line meets it.
        with pytest.raises(ValidationError) as app, store.transaction() as session:
            commands.update(session, Person, PERSON, job_title="Network engineer")
    finally:
        store.close()
    email = domain_sentence(Person, "email", "m.diallo@see-kolda")
    currency = domain_sentence(Partnership, "currency", "DOL")
    assert (
        email == "Person: 'm.diallo@see-kolda' is not an email address, such as name@utility.org."
    )
    assert currency == "'DOL' is not an ISO 4217 currency in use, such as XOF, EUR, USD or INR."
    assert str(app.value) == email

    assert cli.main(sync) == 0
    out = capsys.readouterr().out
    assert "Refused by the server (2):" in out
    assert f"  person {PERSON}: {email}\n" in out
    assert f"  partnership {DEMO_PARTNERSHIP_ID}: {currency}\n" in out
