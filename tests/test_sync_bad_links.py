"""Sync over a bad link: a real server on 127.0.0.1 behind the throttling proxy
(``bench/throttle.py``) that limits the bandwidth, adds latency and cuts every connection.

A sync finishes across cuts, a cut photo (up or down) resumes from where it stopped
instead of from zero, nothing is stored twice, and a busy server's 429/503 with
``Retry-After`` is waited for as it asks. Scaled down (photos of ~150 KB, links of a few
hundred KB/s) so the whole file runs in well under a minute; ``python -m bench --only
bad_link`` measures the full-sized day.
"""

import hashlib
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from keyring.backends import fail
from sqlalchemy import func, select
from starlette.types import ASGIApp, Receive, Scope, Send

from bench.throttle import Link, ThrottleProxy, throttled_url
from bench.visit_day import DayShape, add_day, jpeg
from wopdesk.demo import DEMO_PARTNERSHIP_IDS, create_demo
from wopdesk.server import accounts, blobs
from wopdesk.server.app import create_app
from wopdesk.server.db import Blob, BlobChunk, ServerDatabase, ServerRecord
from wopdesk.server.testing import running_server
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.sync import tokens as sync_tokens
from wopdesk.sync.client import ServerConnection, SyncError
from wopdesk.sync.engine import SyncCancelled, SyncEngine, SyncReport
from wopdesk.sync.tokens import FileTokens

SMALL_DAY = DayShape(photo_bytes=150_000, photos=5, actions=3, learning=20)


@pytest.fixture(autouse=True)
def quiet_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Light argon2, no real keyring."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(sync_tokens.keyring, "get_keyring", fail.Keyring)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A server holding the demo and Maria's laptop after its first sync, made once."""
    root = tmp_path_factory.mktemp("bad-links")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
        db = ServerDatabase.open(f"sqlite:///{root / 'server.db'}")
        for name in ("maria", "joao"):
            accounts.add_user(db, name, f"{name}-password")
            for partnership_id in DEMO_PARTNERSHIP_IDS:
                accounts.grant(db, name, partnership_id, "mentor")
        store = Store.open(root / "maria")
        create_demo(store)
        with running_server(create_app(db)) as url:
            Laptop(store, url, "maria").sync()
        store.close()
        db.close()
    return root


@dataclass
class Laptop:
    store: Store
    url: str
    user: str

    def connection(self, url: str | None = None, **kw: object) -> ServerConnection:
        return ServerConnection(
            url or self.url,
            self.user,
            password=lambda: f"{self.user}-password",
            tokens=FileTokens(self.store.data_dir / "tokens.json"),
            **kw,  # type: ignore[arg-type]
        )

    def sync(self, url: str | None = None, **kw: object) -> SyncReport:
        with self.connection(url, **kw) as connection:
            return SyncEngine(self.store, connection).sync()


@dataclass
class World:
    db: ServerDatabase
    url: str
    maria: Laptop
    joao: Laptop

    def count(self, entity: str) -> int:
        with self.db.read() as session:
            query = select(func.count()).where(ServerRecord.entity == entity)
            return int(session.scalar(query.select_from(ServerRecord)) or 0)


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Iterator[World]:
    shutil.copytree(template, tmp_path, dirs_exist_ok=True)
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}")
    maria = Store.open(tmp_path / "maria")
    joao = Store.open(tmp_path / "joao")
    try:
        with running_server(create_app(db)) as url:
            yield World(db, url, Laptop(maria, url, "maria"), Laptop(joao, url, "joao"))
    finally:
        maria.close()
        joao.close()
        db.close()


def local_count(store: Store, model: type[m.SyncedRecord]) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def blob_files(store: Store) -> dict[str, bytes]:
    root = store.data_dir / "blobs"
    return {
        p.parent.name + p.name: p.read_bytes()
        for p in root.glob("??/*")
        if not p.name.startswith(".")
    }


# --- a day's visit across cuts --------------------------------------------------------


def test_a_days_visit_syncs_across_cuts_without_duplicates(world: World) -> None:
    add_day(world.maria.store, SMALL_DAY)
    learning = world.count("learning_activity") + SMALL_DAY.learning
    actions = world.count("action") + SMALL_DAY.actions
    attachments = world.count("attachment") + SMALL_DAY.photos
    # About 0.9 MB each way through a link cut every 200 KB: four or more cuts.
    link = Link(bandwidth=600_000, latency=0.02, cut_every_bytes=200_000)
    with throttled_url(world.url, link) as proxy:
        sent = world.maria.sync(proxy.url)
        received = world.joao.sync(proxy.url)
    assert proxy.stats.cuts >= 4
    assert sent.files_sent == SMALL_DAY.photos
    assert not sent.files_waiting
    assert received.files_waiting == []
    assert (world.count("learning_activity"), world.count("action")) == (learning, actions)
    assert world.count("attachment") == attachments
    for model in (m.LearningActivity, m.Action, m.Attachment, m.SiteVisit):
        assert local_count(world.joao.store, model) == local_count(world.maria.store, model)
    assert blob_files(world.joao.store) == blob_files(world.maria.store)
    # Sent again with nothing new: nothing is stored twice.
    world.maria.sync()
    assert world.count("learning_activity") == learning


# --- a photo resumes where it stopped -----------------------------------------------


def offsets_of(requests: list[httpx.Request]) -> list[int]:
    return [int(r.url.params["offset"]) for r in requests if r.method == "PUT"]


def test_a_cut_photo_upload_resumes_from_its_offset(world: World) -> None:
    photo = jpeg(600_000, seed=3)
    sha = hashlib.sha256(photo).hexdigest()
    requests: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [requests.append]})
    # Cut when 60 % of the photo has gone through, and again 60 % later.
    link = Link(bandwidth=2_000_000, cut_every_bytes=int(len(photo) * 0.6))
    with throttled_url(world.url, link) as proxy:
        with world.maria.connection(proxy.url, http=http, backoff=0.05) as connection:
            connection.sign_in()
            proxy.stats.up = 0
            connection.upload_blob(sha, photo, missing=True)
        http.close()
    assert proxy.stats.cuts >= 1
    with world.db.read() as session:
        assert session.scalar(select(Blob.data).where(Blob.sha256 == sha)) == photo
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
    offsets = offsets_of(requests)
    assert offsets[0] == 0
    assert any(0 < offset < len(photo) for offset in offsets)  # resumed, not restarted
    resent = proxy.stats.up - len(photo)
    assert resent < len(photo) // 4, f"{resent} bytes sent again"


def test_a_cut_photo_download_resumes_from_its_offset(world: World) -> None:
    photo = jpeg(600_000, seed=4)
    sha = hashlib.sha256(photo).hexdigest()
    with world.maria.connection() as connection:
        connection.upload_blob(sha, photo)
    requests: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [requests.append]})
    partial = world.maria.store.blobs.partial(sha)
    link = Link(bandwidth=2_000_000, cut_every_bytes=int(len(photo) * 0.6))
    with throttled_url(world.url, link) as proxy:
        with world.maria.connection(proxy.url, http=http, backoff=0.05) as connection:
            connection.sign_in()
            proxy.stats.down = 0
            connection.download_blob(sha, partial)
        http.close()
    assert proxy.stats.cuts >= 1
    ranges = [r.headers.get("Range") for r in requests if r.url.path.endswith(sha)]
    assert ranges[0] is None
    assert any(ranges[1:]), ranges
    assert partial.finish() == sha
    assert world.maria.store.blobs.get(sha) == photo
    resent = proxy.stats.down - len(photo)
    assert resent < len(photo) // 4, f"{resent} bytes received again"


def test_a_sync_cut_before_a_download_ends_resumes_it_at_the_next_sync(world: World) -> None:
    """What a cancelled or failed sync received of a photo stays and is not fetched again."""
    world.joao.sync()  # the demo, over a good link
    add_day(world.maria.store, DayShape(photo_bytes=300_000, photos=1, actions=0, learning=0))
    world.maria.sync()
    # A link that drops and stays down: the first sync ends with the photo half here.
    link = Link(bandwidth=1_000_000, cut_every_bytes=200_000, outage=60)
    with throttled_url(world.url, link) as proxy, pytest.raises(SyncError):
        world.joao.sync(proxy.url, backoff=0.01, attempts=2)
    parts = list((world.joao.store.data_dir / "blobs").glob("??/.partial-*"))
    assert len(parts) == 1
    held = parts[0].stat().st_size
    assert 0 < held < 300_000
    with throttled_url(world.url, Link()) as proxy:
        report = world.joao.sync(proxy.url)
    assert report.files_received >= 1
    assert proxy.stats.down < 300_000 + 100_000 - held  # only the rest, plus the records
    assert blob_files(world.joao.store) == blob_files(world.maria.store)


class CancelWhenPartial(threading.Event):
    """The person presses Cancel once ``at_least`` bytes of a photo are here."""

    def __init__(self, root: Path, at_least: int) -> None:
        super().__init__()
        self.root = root
        self.at_least = at_least

    def is_set(self) -> bool:
        parts = self.root.glob("??/.partial-*")
        return any(p.stat().st_size >= self.at_least for p in parts)


def test_a_sync_cancelled_during_a_photo_keeps_its_part_and_resumes(world: World) -> None:
    world.joao.sync()  # the demo, over a good link
    add_day(world.maria.store, DayShape(photo_bytes=400_000, photos=1, actions=0, learning=0))
    world.maria.sync()
    cancel = CancelWhenPartial(world.joao.store.data_dir / "blobs", 100_000)
    with throttled_url(world.url, Link(bandwidth=400_000)) as proxy:
        with world.joao.connection(proxy.url) as connection:
            engine = SyncEngine(world.joao.store, connection, cancel=cancel)
            with pytest.raises(SyncCancelled):
                engine.sync()
    [part] = (world.joao.store.data_dir / "blobs").glob("??/.partial-*")
    held = part.stat().st_size
    assert 100_000 <= held < 400_000  # stopped mid-photo, not at its end
    with throttled_url(world.url, Link()) as proxy:
        assert world.joao.sync(proxy.url).files_received == 1
    assert proxy.stats.down < 400_000 - held + 50_000  # only the rest of the photo
    assert blob_files(world.joao.store) == blob_files(world.maria.store)


def test_a_download_received_whole_but_not_stored_is_not_fetched_again(world: World) -> None:
    """A sync that stopped between the last byte and storing the file: the server's 416
    says the part here is the whole file, which is then checked and stored."""
    photo = jpeg(200_000, seed=9)
    sha = hashlib.sha256(photo).hexdigest()
    with world.maria.connection() as connection:
        connection.upload_blob(sha, photo)
    partial = world.joao.store.blobs.partial(sha)
    partial.append(photo)
    with throttled_url(world.url, Link()) as proxy:
        with world.maria.connection(proxy.url) as connection:
            connection.sign_in()
            proxy.stats.down = 0
            connection.download_blob(sha, partial)
    assert proxy.stats.down < 2_000
    assert partial.finish() == sha


# --- server side: byte ranges, a chunk sent again after a cut -------------------------


def test_downloads_serve_byte_ranges(world: World) -> None:
    data = jpeg(50_000, seed=5)
    sha = hashlib.sha256(data).hexdigest()
    with world.maria.connection() as connection:
        connection.upload_blob(sha, data)

        def get(wanted: str | None) -> httpx.Response:
            headers = {"Range": wanted} if wanted else {}
            return connection.request(
                "GET", f"/v1/blobs/{sha}", headers=headers, accept=frozenset({416})
            )

        whole = get(None)
        assert whole.status_code == 200
        assert whole.content == data
        part = get("bytes=1000-")
        assert part.status_code == 206
        assert part.content == data[1000:]
        assert part.headers["Content-Range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
        assert get("bytes=10-19").content == data[10:20]
        assert get("bytes=-100").content == data[-100:]
        assert get("bytes=0-1, 5-6").content == data  # several ranges: the whole file
        outside = get(f"bytes={len(data)}-")
        assert outside.status_code == 416
        assert outside.headers["Content-Range"] == f"bytes */{len(data)}"


def test_a_chunk_sent_again_from_before_what_the_server_holds_adds_only_its_new_bytes(
    world: World,
) -> None:
    """An older laptop resends a whole chunk after a cut the server kept part of."""
    data = jpeg(100_000, seed=6)
    sha = hashlib.sha256(data).hexdigest()
    with world.maria.connection() as connection:

        def put(offset: int, chunk: bytes) -> httpx.Response:
            return connection.request(
                "PUT",
                f"/v1/blobs/{sha}",
                params={"offset": offset, "total": len(data)},
                content=chunk,
                accept=frozenset({409}),
            )

        assert put(0, data[:40_000]).json()["received"] == 40_000
        assert put(0, data[:40_000]).status_code == 409  # nothing new in it
        assert put(0, data).json() == {"sha256": sha, "received": len(data), "complete": True}
    with world.db.read() as session:
        assert session.scalar(select(Blob.data).where(Blob.sha256 == sha)) == data


def test_a_new_laptop_reads_a_server_that_ignores_ranges_from_the_start(
    world: World,
) -> None:
    """An older server sends the whole file to a Range request: what was here is dropped."""
    data = jpeg(50_000, seed=7)
    sha = hashlib.sha256(data).hexdigest()
    with world.maria.connection() as connection:
        connection.upload_blob(sha, data)
    partial = world.joao.store.blobs.partial(sha)
    partial.append(b"bytes of another file")

    def ignore_ranges(app: ASGIApp) -> ASGIApp:
        async def older(scope: Scope, receive: Receive, send: Send) -> None:
            headers = [(k, v) for k, v in scope.get("headers", []) if k != b"range"]
            await app({**scope, "headers": headers}, receive, send)

        return older

    with running_server(ignore_ranges(create_app(world.db))) as url:  # type: ignore[arg-type]
        with world.maria.connection(url) as connection:
            connection.download_blob(sha, partial)
    assert partial.finish() == sha


# --- a busy server: 429 and 503 with Retry-After --------------------------------------


class Busy:
    """Answers the first request to each of ``paths`` with ``status`` and a Retry-After."""

    def __init__(self, app: ASGIApp, answers: dict[str, tuple[int, str]]) -> None:
        self.app = app
        self.answers = dict(answers)
        self.seen: list[str] = []  # the paths asked, in order (and the waits, see below)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        self.seen.append(path)
        answer = self.answers.pop(path, None)
        if answer is None:
            await self.app(scope, receive, send)
            return
        status, wait = answer
        headers = [(b"retry-after", wait.encode()), (b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"detail": "Busy, come back."}'})


def test_429_and_503_are_retried_after_the_wait_the_server_asks(world: World) -> None:
    add_day(world.maria.store, DayShape(photo_bytes=20_000, photos=1, actions=1, learning=2))
    busy = Busy(create_app(world.db), {"/v1/push": (429, "1"), "/v1/changes": (503, "1")})
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:  # a fake clock: the wait is recorded among requests
        sleeps.append(seconds)
        busy.seen.append(f"wait {seconds:g}")

    with running_server(busy) as url:  # type: ignore[arg-type]
        report = world.maria.sync(url, sleep=sleep)
    assert report.sent > 0
    assert sleeps == [1.0, 1.0]  # exactly what Retry-After said, no back-off of our own
    for path in ("/v1/push", "/v1/changes"):
        first = busy.seen.index(path)
        again = busy.seen.index(path, first + 1)
        assert "wait 1" in busy.seen[first + 1 : again]  # asked again only after the wait


def test_a_retry_after_too_long_to_wait_is_said_not_waited(world: World) -> None:
    busy = Busy(create_app(world.db), {"/v1/changes": (503, "600")})
    sleeps: list[float] = []
    with running_server(busy) as url, pytest.raises(SyncError, match="Busy, come back"):  # type: ignore[arg-type]
        world.maria.sync(url, sleep=sleeps.append)
    assert sleeps == []


def test_a_proxy_link_is_as_slow_as_its_bandwidth(world: World) -> None:
    """The proxy itself: 200 KB through 400 KB/s take about half a second, not less."""
    data = jpeg(200_000, seed=8)
    sha = hashlib.sha256(data).hexdigest()
    with throttled_url(world.url, Link(bandwidth=400_000, latency=0.05)) as proxy:
        with world.maria.connection(proxy.url) as connection:
            connection.sign_in()
            started = time.perf_counter()
            connection.upload_blob(sha, data, missing=True)
            elapsed = time.perf_counter() - started
    assert isinstance(proxy, ThrottleProxy)
    assert len(data) / 400_000 <= elapsed < len(data) / 400_000 + 1.0


class CancelWhenSent(threading.Event):
    """The person presses Cancel once the server has received ``at_least`` bytes."""

    def __init__(self, at_least: int) -> None:
        super().__init__()
        self.at_least = at_least
        self.proxy: ThrottleProxy | None = None

    def is_set(self) -> bool:
        return self.proxy is not None and self.proxy.stats.up >= self.at_least


def server_parts(db: ServerDatabase, sha: str) -> tuple[bytes | None, int]:
    """The file the server holds whole (or None), and how many bytes it holds in parts
    (uploads in progress are kept per account, under a key that hides the file's hash:
    this world's tests have at most one at a time)."""
    with db.read() as session:
        whole = session.get(Blob, sha)
        parts = session.scalars(select(BlobChunk.data))
        return (whole.data if whole else None), sum(len(part) for part in parts)


def uploads_ending(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set once the server has finished with an upload's body, what arrived stored (for a
    cut upload it does so when it notices the connection closed, after the laptop gave up)."""
    ended = threading.Event()
    receive = blobs.receive_stream

    async def noting_the_end(*args: Any, **kwargs: Any) -> Any:
        try:
            return await receive(*args, **kwargs)
        finally:
            ended.set()

    monkeypatch.setattr(blobs, "receive_stream", noting_the_end)
    return ended


def test_a_sync_cancelled_inside_an_upload_chunk_stops_there_and_resumes(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 1.2 MB photo is one 4 MiB chunk: Cancel stops it mid-chunk, not at its end, the
    server keeps the part it received, and the next sync sends only the rest."""
    size = 1_200_000
    add_day(world.maria.store, DayShape(photo_bytes=size, photos=1, actions=0, learning=0))
    [sha] = [h for h in blob_files(world.maria.store) if server_parts(world.db, h)[0] is None]
    cancel = CancelWhenSent(200_000)
    upload_ended = uploads_ending(monkeypatch)
    with throttled_url(world.url, Link(bandwidth=300_000)) as proxy:
        cancel.proxy = proxy
        with world.maria.connection(proxy.url) as connection:
            engine = SyncEngine(world.maria.store, connection, cancel=cancel)
            with pytest.raises(SyncCancelled):
                engine.sync()
        stopped_at = proxy.stats.up
    assert stopped_at < size // 2  # stopped within the chunk, not after it
    assert upload_ended.wait(timeout=30)
    whole, held = server_parts(world.db, sha)
    assert whole is None
    assert 0 < held < size // 2  # the server kept what reached it
    with throttled_url(world.url, Link()) as proxy:
        report = world.maria.sync(proxy.url)
    assert report.files_sent == 1
    assert proxy.stats.up < size - held + 100_000  # only the rest of the photo, and records
    assert server_parts(world.db, sha) == (blob_files(world.maria.store)[sha], 0)
    assert world.count("attachment") == local_count(world.maria.store, m.Attachment)
