"""Files move a few at a time; the first goes alone only while the connection's token has
not been accepted yet, so an expired token is renewed once, not once per file."""

import threading

from tests.test_sync_engine import (  # noqa: F401  (fixtures)
    VISIT,
    Replica,
    attach_photos,
    blobs,
    login_requests,
    quiet_environment,
    replicas,
    template,
)
from wopdesk.server.db import AuthToken
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.sync.engine import SyncEngine
from wopdesk.sync.files import each_file

WAIT = 10.0  # seconds: a bound for a deadlock, never reached when the code is right


def test_files_start_together_once_the_token_is_accepted() -> None:
    """The first file waits for the second to start: only possible if they run together."""
    second_started = threading.Event()
    seen: list[bool] = []

    def move(sha256: str) -> str | None:
        if sha256 == "a":
            seen.append(second_started.wait(WAIT))
        else:
            second_started.set()
        return None

    assert each_file(move, ["a", "b", "c"], first_alone=False) == [None, None, None]
    assert seen == [True]


def test_the_first_file_goes_alone_while_the_token_is_unproven() -> None:
    first_done = threading.Event()
    started_before_first_ended: list[str] = []

    def move(sha256: str) -> str | None:
        if sha256 == "a":
            first_done.set()
        elif not first_done.is_set():
            started_before_first_ended.append(sha256)
        return f"waits: {sha256}"

    assert each_file(move, ["a", "b", "c"]) == ["waits: a", "waits: b", "waits: c"]
    assert started_before_first_ended == []
    assert each_file(move, []) == []


def test_an_expired_token_is_renewed_once_for_many_files(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    maria, joao = replicas
    attach_photos(maria, 6)
    with maria.server.db.write() as session:
        session.query(AuthToken).delete()  # every session ended: both must sign in again

    sent = maria.sync()
    received = joao.sync()

    assert sent.files_sent == 6
    assert received.files_received == 6
    assert login_requests(maria) == 1
    assert login_requests(joao) == 1
    assert blobs(joao.store) == blobs(maria.store)


def test_the_token_is_read_from_its_store_once_per_connection(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    """A keyring may be a D-Bus call away: a sync of many requests asks it once."""
    maria, _joao = replicas
    maria.sync()  # signs in: the token is kept for this server
    maria.write(cmd.update, m.SiteVisit, VISIT, notes="one more change to send")
    with maria.connection() as connection:
        reads: list[str] = []
        tokens = connection.tokens
        get = tokens.get

        def counted_get(key: str) -> str | None:
            reads.append(key)
            return get(key)

        tokens.get = counted_get  # type: ignore[method-assign]
        SyncEngine(maria.store, connection).sync()
        assert connection.token_accepted
        assert not connection.signed_in
        assert connection.round_trips >= 2
    assert len(reads) == 1
