"""Files that no attachment needs any more (deleted long ago, replaced, never attached)
are removed by ``wopdesk-server compact`` and the server's daily maintenance; every
other file stays. Through a real server on 127.0.0.1 (SQLite, and PostgreSQL when
WOPDESK_TEST_PG_URL is set), with two laptops syncing the demo."""

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.test_server_upload_cleanup import compact, stored
from tests.test_sync_engine import (  # noqa: F401  (quiet_environment: autouse fixture)
    VISIT,
    Replica,
    Server,
    _serve,
    blobs,
    quiet_environment,
)
from wopdesk.demo import create_demo
from wopdesk.server import blobs as blobs_module
from wopdesk.server import compaction
from wopdesk.server.db import Blob, ServerRecord
from wopdesk.storage import commands as cmd
from wopdesk.storage import deletions, file_cleanup
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.sync.cli import describe
from wopdesk.sync.client import ServerConnection
from wopdesk.sync.files import FILES_CLEANED
from wopdesk.sync.status import set_state

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def laptops(server_db_url: str, tmp_path: Path) -> Iterator[tuple[Replica, Replica]]:
    """Maria's laptop with the demo and Joao's, both synced with a fresh server."""
    for server in _serve(server_db_url):
        maria = Replica(Store.open(tmp_path / "maria"), server, "maria")
        joao = Replica(Store.open(tmp_path / "joao"), server, "joao")
        create_demo(maria.store)
        maria.sync()
        joao.sync()
        yield maria, joao
        maria.store.close()
        joao.store.close()


def attach(replica: Replica, name: str) -> tuple[str, str, bytes]:
    """A new file attached to the demo's draft visit: (attachment id, sha256, bytes)."""
    data = os.urandom(40_000)
    with replica.store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, VISIT)
        added = cmd.add_attachment(session, replica.store.blobs, visit, data, f"{name}.bin", name)
        return added.id, added.sha256, data


def delete(replica: Replica, attachment_id: str) -> None:
    with replica.store.transaction() as session:
        cmd.delete(session, m.Attachment, attachment_id)


def stored_long_ago(server: Server, days: int = 40) -> None:
    """Every file the server holds so far was stored ``days`` ago."""
    with server.db.write() as session:
        session.execute(
            update(Blob).values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days))
        )


def deleted_long_ago(server: Server, attachment_id: str, days: int = 40) -> None:
    """The server's copy of an attachment says it was deleted ``days`` ago."""
    with server.db.write() as session:
        record = session.scalars(
            select(ServerRecord).where(
                ServerRecord.entity == "attachment", ServerRecord.row_id == attachment_id
            )
        ).one()
        fields = dict(record.fields)
        deletion = dict(fields["deleted"])
        assert deletion["v"] is True
        earlier = int(deletion["s"][:13]) - days * DAY_MS
        deletion["s"] = f"{earlier:013d}{deletion['s'][13:]}"
        record.fields = {**fields, "deleted": deletion}


def deleted_long_ago_but_held(laptops: tuple[Replica, Replica]) -> tuple[str, str, bytes]:
    """A photo Maria deleted (and uploaded) long ago, which Joao's laptop still holds."""
    maria, joao = laptops
    attachment_id, sha256, data = attach(maria, "photo")
    maria.sync()
    joao.sync()
    delete(maria, attachment_id)
    maria.sync()
    stored_long_ago(maria.server)
    deleted_long_ago(maria.server, attachment_id)
    return attachment_id, sha256, data


def upload_unattached(replica: Replica) -> tuple[str, bytes]:
    """A file sent to the server that no attachment ever named (its push never came)."""
    data = os.urandom(30_000)
    sha256 = hashlib.sha256(data).hexdigest()
    with replica.connection() as connection:
        connection.upload_blob(sha256, data)
    return sha256, data


def test_files_no_attachment_needs_are_removed_and_every_other_stays(
    laptops: tuple[Replica, Replica], tmp_path: Path
) -> None:
    maria, _joao = laptops
    server = maria.server
    kept_id, kept, kept_data = attach(maria, "kept")
    old_id, old, _old_data = attach(maria, "deleted long ago")
    recent_id, recent, recent_data = attach(maria, "deleted lately")
    maria.sync()
    delete(maria, old_id)
    delete(maria, recent_id)
    maria.sync()
    unattached, _data = upload_unattached(maria)
    demo_files = blobs(maria.store) - {kept, old, recent}
    stored_long_ago(server)
    deleted_long_ago(server, old_id)

    code, out, err = compact(server, "--older-than", "30")

    assert code == 0, err
    freed = 40_000 + 30_000
    assert (
        "Removed 2 files no attachment needs any more (deleted, replaced or never "
        f"attached), freeing {freed:,} bytes." in out
    )
    assert stored(server, old) is None
    assert stored(server, unattached) is None
    assert stored(server, kept) == kept_data
    assert stored(server, recent) == recent_data  # deleted within the retention
    assert all(stored(server, sha256) is not None for sha256 in demo_files)
    # A new laptop gets every live attachment's file, and waits for none.
    third = Replica(Store.open(tmp_path / "third"), server, "joao")
    received = third.sync()
    assert received.files_waiting == []
    assert blobs(third.store) == demo_files | {kept}
    third.store.close()
    code, out, _err = compact(server, "--older-than", "30")
    assert code == 0
    assert "No unused file to remove." in out


def test_a_recent_file_stays_even_with_a_retention_of_zero(
    laptops: tuple[Replica, Replica],
) -> None:
    """An upload comes before the push that names its attachment: a day at least."""
    maria, _joao = laptops
    unattached, data = upload_unattached(maria)
    attachment_id, deleted, deleted_data = attach(maria, "deleted now")
    maria.sync()
    delete(maria, attachment_id)
    maria.sync()

    code, out, err = compact(maria.server, "--older-than", "0")

    assert code == 0, err
    assert "No unused file to remove." in out
    assert stored(maria.server, unattached) == data
    assert stored(maria.server, deleted) == deleted_data


def test_a_file_an_open_conflict_names_stays(laptops: tuple[Replica, Replica]) -> None:
    """Two laptops put different files on one attachment: the file set aside stays while
    the conflict is open, since resolving it may choose that file again."""
    maria, joao = laptops
    attachment_id, first, _data = attach(maria, "photo")
    maria.sync()
    joao.sync()
    files = {}
    for replica in (maria, joao):
        data = os.urandom(20_000)
        with replica.store.transaction() as session:
            sha256 = replica.store.blobs.put(data)
            cmd.update(session, m.Attachment, attachment_id, sha256=sha256, size=len(data))
        files[replica.user] = (sha256, data)
    maria.sync()
    joao.sync()
    assert any(c.entity == "attachment" and c.field == "sha256" for c in joao.conflicts())
    stored_long_ago(maria.server)

    code, out, err = compact(maria.server, "--older-than", "30")

    assert code == 0, err
    # The first file was replaced on both laptops: nothing names it any more.
    assert "Removed 1 file no attachment needs any more" in out
    assert stored(maria.server, first) is None
    for sha256, data in files.values():
        assert stored(maria.server, sha256) == data


def test_an_attachment_brought_back_after_its_file_was_removed_gets_it_again(
    laptops: tuple[Replica, Replica], tmp_path: Path
) -> None:
    """Joao, offline for longer than the retention, edits a photo Maria deleted: his edit
    brings it back (an edit made without seeing a delete wins), and with it its file,
    which his laptop sends again since the server no longer has it."""
    maria, joao = laptops
    attachment_id, sha256, data = deleted_long_ago_but_held(laptops)
    code, out, err = compact(maria.server, "--older-than", "30")
    assert code == 0, err
    assert stored(maria.server, sha256) is None
    with joao.store.transaction() as session:
        cmd.update(session, m.Attachment, attachment_id, caption="Pump house, east wall")

    sent = joao.sync()

    assert sent.files_sent == 1
    assert stored(maria.server, sha256) == data
    third = Replica(Store.open(tmp_path / "third"), maria.server, "maria")
    received = third.sync()
    assert received.files_waiting == []
    assert sha256 in blobs(third.store)
    assert third.get(m.Attachment, attachment_id).deleted is False
    third.store.close()


def test_a_file_removed_between_the_question_and_the_push_is_sent_after_the_push(
    laptops: tuple[Replica, Replica], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one moment the removal cannot see: Joao's laptop asks whether the server has
    the photo's file (it has), the file is removed, then his edit brings the attachment
    back. The push's answer names the file, and his laptop sends it right away."""
    maria, joao = laptops
    attachment_id, sha256, data = deleted_long_ago_but_held(laptops)
    with joao.store.transaction() as session:
        cmd.update(session, m.Attachment, attachment_id, caption="Pump house, east wall")
    asked = ServerConnection.missing_blobs
    answers: list[list[str]] = []

    def then_compacted(self: ServerConnection, hashes: list[str]) -> list[str]:
        missing = asked(self, hashes)
        answers.append(missing)
        code, _out, err = compact(maria.server, "--older-than", "30")
        assert code == 0, err
        assert stored(maria.server, sha256) is None
        return missing

    monkeypatch.setattr(ServerConnection, "missing_blobs", then_compacted)

    sent = joao.sync()

    assert answers == [[]]  # told the server had it
    assert sent.files_sent == 1
    assert stored(maria.server, sha256) == data
    monkeypatch.undo()
    third = Replica(Store.open(tmp_path / "third"), maria.server, "maria")
    received = third.sync()
    assert received.files_waiting == []
    assert sha256 in blobs(third.store)
    third.store.close()


def test_the_daily_maintenance_removes_unused_files(laptops: tuple[Replica, Replica]) -> None:
    maria, _joao = laptops
    unattached, _data = upload_unattached(maria)
    stored_long_ago(maria.server)

    done = compaction.compact(maria.server.db, dt.timedelta(days=30), between=lambda: None)

    assert done.files.count == 1
    assert "Removed 1 file no attachment needs any more" in done.sentence()
    assert stored(maria.server, unattached) is None


def test_a_laptop_removes_the_files_of_attachments_deleted_long_ago_once_a_day(
    laptops: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    maria, joao = laptops
    attachment_id, sha256, _data = attach(maria, "photo")
    maria.sync()
    joao.sync()
    assert sha256 in blobs(joao.store)
    delete(maria, attachment_id)
    maria.sync()
    report = joao.sync()  # the first sync today: deleted just now, so kept
    assert report.files_removed == 0
    assert sha256 in blobs(joao.store)

    class FortyDaysLater:
        @staticmethod
        def time() -> float:
            return real_time() + 40 * 24 * 3600

    real_time = file_cleanup.time.time
    monkeypatch.setattr(file_cleanup, "time", FortyDaysLater)
    assert joao.sync().files_removed == 0  # once a day: already done today
    with joao.store.transaction() as session:
        set_state(session, FILES_CLEANED, "2026-01-01")
    report = joao.sync()

    assert report.files_removed == 1
    assert report.bytes_freed == 40_000
    assert sha256 not in blobs(joao.store)
    assert (
        "Removed 1 file no attachment needs any more from this laptop, freeing 40,000 bytes."
        in describe(report, maria.server.url)
    )
    assert blobs(joao.store) == blobs(maria.store) - {sha256}


def test_many_files_are_looked_at_in_chunks_and_removed_in_short_transactions(
    laptops: tuple[Replica, Replica],
) -> None:
    maria, _joao = laptops
    server = maria.server
    unused = [os.urandom(64) for _ in range(1_200)]
    with server.db.write() as session:
        session.add_all(
            Blob(sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data)
            for data in unused
        )
    stored_long_ago(server)  # the demo's live photos too
    transactions: list[int] = []

    done = blobs_module.remove_unused_files(
        server.db, dt.timedelta(days=30), step=500, between=lambda: transactions.append(1)
    )

    assert done == blobs_module.Removed(1_200, 1_200 * 64)
    assert len(transactions) == 3  # 500, 500 and 200 files
    assert all(stored(server, sha256) is not None for sha256 in blobs(maria.store))


def test_a_photo_restored_after_the_server_removed_its_file_is_sent_again(
    laptops: tuple[Replica, Replica],
) -> None:
    """A server compacting after 7 days, a laptop that offers a delete back for 30."""
    maria, _joao = laptops
    attachment_id, sha256, data = attach(maria, "photo")
    maria.sync()
    delete(maria, attachment_id)
    maria.sync()
    stored_long_ago(maria.server, days=10)
    deleted_long_ago(maria.server, attachment_id, days=10)
    code, _out, err = compact(maria.server, "--older-than", "7")
    assert code == 0, err
    assert stored(maria.server, sha256) is None
    with maria.store.transaction() as session:
        deletions.restore(session, "attachment", attachment_id)

    sent = maria.sync()

    assert sent.files_sent == 1
    assert stored(maria.server, sha256) == data
