"""Unfinished uploads that nobody resumes are removed by the server's daily maintenance
and by ``wopdesk-server compact``, through a real server on 127.0.0.1 (SQLite, and
PostgreSQL when WOPDESK_TEST_PG_URL is set)."""

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.test_sync_compaction import FakeClock, call
from tests.test_sync_engine import (  # noqa: F401  (quiet_environment: autouse fixture)
    Replica,
    Server,
    _serve,
    quiet_environment,
)
from wopdesk.server import blobs, compaction
from wopdesk.server.db import Blob, BlobChunk
from wopdesk.storage.store import Store
from wopdesk.sync.client import ServerConnection

SIZE = 300_000
SENT = 100_000  # what reached the server before the link went


@pytest.fixture
def maria(server_db_url: str, tmp_path: Path) -> Iterator[Replica]:
    for server in _serve(server_db_url):
        replica = Replica(Store.open(tmp_path / "maria"), server, "maria")
        yield replica
        replica.store.close()


def file(name: str) -> tuple[str, bytes]:
    data = os.urandom(SIZE)
    return hashlib.sha256(data).hexdigest(), data


def start_upload(connection: ServerConnection, sha256: str, data: bytes) -> None:
    """The first part of a file, then the link goes: the upload stays unfinished."""
    connection.request(
        "PUT", f"/v1/blobs/{sha256}", params={"offset": 0, "total": len(data)}, content=data[:SENT]
    )


def received(connection: ServerConnection, sha256: str) -> int:
    return int(connection.request("GET", f"/v1/blobs/{sha256}/upload").json()["received"])


def age_every_chunk(server: Server, days: int) -> None:
    """Every chunk held so far arrived ``days`` ago."""
    with server.db.write() as session:
        session.execute(
            update(BlobChunk).values(at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days))
        )


def compact(server: Server, *args: str) -> tuple[int, str, str]:
    url = server.db.engine.url.render_as_string(hide_password=False)
    return call(["--db", url, "compact", *args])


def stored(server: Server, sha256: str) -> bytes | None:
    with server.db.read() as session:
        return session.scalar(select(Blob.data).where(Blob.sha256 == sha256))


def chunk_keys(server: Server) -> set[str]:
    with server.db.read() as session:
        return set(session.scalars(select(BlobChunk.sha256).distinct()))


def test_an_old_unfinished_upload_is_removed_and_a_recent_one_resumes(maria: Replica) -> None:
    server = maria.server
    (old, old_data), (recent, recent_data), (done, done_data) = map(file, "abc")
    with maria.connection() as connection:
        connection.upload_blob(done, done_data)
        start_upload(connection, old, old_data)
        age_every_chunk(server, 40)  # the finished file was uploaded 40 days ago too
        start_upload(connection, recent, recent_data)

        code, out, err = compact(server, "--older-than", "30")

        assert code == 0, err
        assert (
            "Removed 1 unfinished upload not resumed within the retention, "
            f"freeing {SENT:,} bytes." in out
        )
        assert received(connection, old) == 0
        assert received(connection, recent) == SENT
        assert stored(server, done) == done_data  # a finished file is never removed
        before = connection.bytes_moved
        connection.upload_blob(recent, recent_data)
        assert connection.bytes_moved - before < SIZE - SENT + 10_000  # resumed, not restarted
        assert stored(server, recent) == recent_data
        # Nothing left to remove: said so.
        code, out, _err = compact(server, "--older-than", "30")
        assert code == 0
        assert "No unfinished upload to remove." in out


def test_a_recent_upload_survives_even_a_retention_of_zero(maria: Replica) -> None:
    sha256, data = file("a")
    with maria.connection() as connection:
        start_upload(connection, sha256, data)
        code, out, err = compact(maria.server, "--older-than", "0")
        assert code == 0, err
        assert "No unfinished upload to remove." in out
        assert received(connection, sha256) == SENT


def test_chunks_under_the_old_per_file_key_are_removed(maria: Replica) -> None:
    server = maria.server
    sha256, data = file("a")
    with maria.connection() as connection:
        connection.upload_blob(sha256, data)
    with server.db.write() as session:  # left by a server from before per-account keys
        session.add(BlobChunk(sha256=sha256, position=0, total=SIZE, data=data[:SENT]))

    code, out, err = compact(server, "--older-than", "30")

    assert code == 0, err
    assert f"Removed 1 unfinished upload not resumed within the retention, freeing {SENT:,}" in out
    assert chunk_keys(server) == set()
    assert stored(server, sha256) == data


def test_the_daily_maintenance_removes_old_uploads_in_short_transactions(
    maria: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = maria.server
    monkeypatch.setattr(blobs, "UPLOAD_STEP", 1)
    key_of: dict[str, tuple[str, bytes]] = {}  # the key each upload is kept under
    steps: list[int] = []
    with maria.connection() as connection:
        for name in "abcd":
            sha256, data = file(name)
            before = chunk_keys(server)
            start_upload(connection, sha256, data)
            (key,) = chunk_keys(server) - before
            key_of[key] = (sha256, data)
        age_every_chunk(server, 40)
        last = max(key_of)  # removed in the last transaction
        resumed, resumed_data = key_of[last]

        def between() -> None:  # before each transaction; the second one resumes an upload
            steps.append(len(steps))
            if len(steps) == 2:
                connection.request(
                    "PUT",
                    f"/v1/blobs/{resumed}",
                    params={"offset": SENT, "total": SIZE},
                    content=resumed_data[SENT : 2 * SENT],
                )

        clock = FakeClock()
        compactor = compaction.AutoCompactor(
            server.db,
            dt.timedelta(days=30),
            first=dt.timedelta(minutes=10),
            clock=clock,
            between=between,
        ).start()
        try:
            compactor.wake()
            assert compactor.runs == []  # not due yet
            clock.now += 600
            compactor.wake()
            assert compactor.wait_for_runs(1, timeout=60)
        finally:
            compactor.stop()
        assert compactor.runs[0].uploads == blobs.Removed(3, 3 * SENT)
        # One short transaction per upload, then one per step giving the space back.
        given_back = compactor.runs[0].given_back
        assert given_back is not None
        assert steps == list(range(4 + given_back.steps))
        assert chunk_keys(server) == {last}
        assert received(connection, resumed) == 2 * SENT
        connection.upload_blob(resumed, resumed_data)
        assert stored(server, resumed) == resumed_data


def test_large_uploads_are_removed_a_few_megabytes_per_transaction(
    maria: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = maria.server
    monkeypatch.setattr(blobs, "UPLOAD_STEP_BYTES", 2 * SENT - 1)  # one upload at a time
    with maria.connection() as connection:
        for name in "abc":
            start_upload(connection, *file(name))
    age_every_chunk(server, 40)
    steps: list[int] = []

    done = blobs.remove_stale_uploads(
        server.db, dt.timedelta(days=30), between=lambda: steps.append(len(steps))
    )

    assert done == blobs.Removed(3, 3 * SENT)
    assert steps == [0, 1, 2]
    assert chunk_keys(server) == set()
