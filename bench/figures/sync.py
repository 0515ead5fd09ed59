"""The sync figures: push and pull 20,000 field changes, a sync with nothing to do, and
50 clients syncing at once, each beside a floor measured against ``bench/floor_server.py``.

The product side uses the command-line contract of DESIGN.md (``wopdesk-server --db``,
``wopdesk-server add-user``, ``wopdesk --data-dir DIR sync --server URL --user NAME`` with
the password in ``WOPDESK_PASSWORD``), called in this process so that Python's start-up is
not counted and HTTP requests can be counted. Until ``wopdesk.sync`` and
``wopdesk.server`` exist, the floors are measured and the product side is skipped.
"""

import datetime as dt
import enum
import io
import json
import math
import os
import pkgutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import keyring
from keyring.backend import KeyringBackend
from sqlalchemy import func, select

from bench import data
from bench.harness import (
    Context,
    NotAvailable,
    Outcome,
    Stats,
    call_main,
    extra_at_least,
    extra_at_most,
    figure,
    ratio_at_most,
)
from bench.servers import floor_server, product_server
from wopdesk.storage.codecs import decimal_to_wire
from wopdesk.storage.models import ENTITIES, Attachment, Indicator, LearningActivity
from wopdesk.storage.store import Store

LOGIN_PATH = "/v1/login"
USER = "bench"
PASSWORD = "bench-sync-password"
PAGE = 1000  # changes per POST and per pulled page on the floor side


# --- the product, through its command-line contract ---------------------------------


def require_sync() -> None:
    """NotAvailable unless the sync client engine and the server are in this version."""
    import wopdesk.server
    import wopdesk.sync

    for package in (wopdesk.sync, wopdesk.server):
        modules = {module.name for module in pkgutil.iter_modules(package.__path__)}
        if modules <= {"cli"}:
            raise NotAvailable(
                "needs wopdesk.sync and wopdesk.server (only their command-line stubs exist)"
            )


def server_admin(db_url: str, *args: str) -> None:
    from wopdesk.server.cli import main

    code, said = call_main(main, ["--db", db_url, *args])
    if code != 0:
        raise RuntimeError(f"wopdesk-server {' '.join(args)} failed: {said}")


def sync_now(data_dir: Path, url: str, quiet: bool = True) -> None:
    """``wopdesk --data-dir DIR sync``; quiet=False from threads (output is caught outside)."""
    from wopdesk.cli import main

    argv = ["--data-dir", str(data_dir), "sync", "--server", url, "--user", USER]
    if quiet:
        code, said = call_main(main, argv)
    else:
        code, said = main(argv), "see the errors above"
    if code != 0:
        raise RuntimeError(f"wopdesk sync failed ({code}): {said}")


def sign_in(url: str, data_dir: Path) -> float:
    """Sign ``data_dir``'s laptop in once, as a person does before their first sync; the
    token goes where ``wopdesk sync`` looks for it (the keyring). Seconds it took."""
    from wopdesk.sync.client import ServerConnection
    from wopdesk.sync.tokens import token_store

    tokens = token_store(data_dir)
    started = time.perf_counter()
    with ServerConnection(url, USER, password=lambda: PASSWORD, tokens=tokens) as connection:
        connection.sign_in()
    return time.perf_counter() - started


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process: tokens are kept, the user's keyring untouched."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@contextmanager
def product_session(ctx: Context) -> Iterator[str]:
    """A fresh ``wopdesk-server`` with the bench account; yields its URL."""
    require_sync()
    db_url = f"sqlite:///{ctx.fresh_dir('server') / 'server.db'}"
    previous_keyring = keyring.get_keyring()
    previous_password = os.environ.get("WOPDESK_PASSWORD")
    os.environ["WOPDESK_PASSWORD"] = PASSWORD
    keyring.set_keyring(MemoryKeyring())
    try:
        server_admin(db_url, "add-user", USER, "--admin")
        with product_server(db_url) as url:
            yield url
    finally:
        keyring.set_keyring(previous_keyring)
        if previous_password is None:
            os.environ.pop("WOPDESK_PASSWORD", None)
        else:
            os.environ["WOPDESK_PASSWORD"] = previous_password


@dataclass
class Request:
    path: str
    seconds: float
    status: int  # 0 when the request failed without an answer


@contextmanager
def recording_requests() -> Iterator[list[Request]]:
    """Every HTTP request httpx sends in this process while the block runs."""
    calls: list[Request] = []
    sync_send, async_send = httpx.Client.send, httpx.AsyncClient.send

    def send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        status = 0
        try:
            response = sync_send(self, request, **kwargs)
            status = response.status_code
            return response
        finally:
            calls.append(Request(request.url.path, time.perf_counter() - started, status))

    async def asend(
        self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any
    ) -> httpx.Response:
        started = time.perf_counter()
        status = 0
        try:
            response = await async_send(self, request, **kwargs)
            status = response.status_code
            return response
        finally:
            calls.append(Request(request.url.path, time.perf_counter() - started, status))

    httpx.Client.send = send  # type: ignore[method-assign]
    httpx.AsyncClient.send = asend  # type: ignore[method-assign]
    try:
        yield calls
    finally:
        httpx.Client.send = sync_send  # type: ignore[method-assign]
        httpx.AsyncClient.send = async_send  # type: ignore[method-assign]


@contextmanager
def counting_bytes() -> Iterator[list[int]]:
    """Bytes on the wire (request bodies as sent, answers as received, compressed or not)
    of every request httpx sends in this process while the block runs: ``[total]``."""
    total = [0]
    sync_send = httpx.Client.send

    def send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = sync_send(self, request, **kwargs)
        try:
            sent = len(request.content)
        except httpx.RequestNotRead:
            sent = 0
        total[0] += sent + response.num_bytes_downloaded
        return response

    httpx.Client.send = send  # type: ignore[method-assign]
    try:
        yield total
    finally:
        httpx.Client.send = sync_send  # type: ignore[method-assign]


def learning_count(data_dir: Path) -> int:
    store = Store.open(data_dir)
    try:
        with store.reading() as session:
            query = (
                select(func.count())
                .select_from(LearningActivity)
                .where(LearningActivity.deleted.is_(False))
            )
            return int(session.scalar(query) or 0)
    finally:
        store.close()


# --- the floor: the same JSON with httpx, inserted with executemany -----------------


def _wire(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):  # money is exact since round five: as the client sends it
        return decimal_to_wire(value)
    return value


def field_changes(data_dir: Path) -> list[dict[str, Any]]:
    """Every synced field of every record, as a full push of this profile sends them."""
    store = Store.open(data_dir)
    node = uuid.uuid4().hex[:16]
    wall = int(time.time() * 1000)
    changes: list[dict[str, Any]] = []
    try:
        with store.reading() as session:
            for name, model in ENTITIES.items():
                fields = model.synced_fields()
                for record in session.scalars(select(model)):
                    if isinstance(record, Indicator) and record.builtin:
                        continue  # the built-in catalogue is the same everywhere, never sent
                    for field_name in fields:
                        stamp = f"{wall:013d}:{len(changes) % 10000:04d}:{node}"
                        changes.append(
                            {
                                "entity": name,
                                "row_id": record.id,
                                "field": field_name,
                                "value": _wire(getattr(record, field_name)),
                                "stamp": stamp,
                                "replaced": None,
                            }
                        )
    finally:
        store.close()
    return changes


def _floor_client_db(path: Path) -> Any:
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute(
        "CREATE TABLE change (entity TEXT, row_id TEXT, field TEXT, value TEXT, "
        "stamp TEXT, replaced TEXT)"
    )
    conn.execute("CREATE TABLE cursor (last INTEGER)")
    conn.execute("INSERT INTO cursor VALUES (0)")
    return conn


def floor_push(client: httpx.Client, changes: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(changes), PAGE):
        batch = {"batch_id": str(uuid.uuid4()), "changes": list(changes[start : start + PAGE])}
        response = client.post(
            "/push", content=json.dumps(batch), headers={"content-type": "application/json"}
        )
        response.raise_for_status()


def floor_pull(client: httpx.Client, conn: Any, after: int = 0) -> int:
    """Pull every change after ``after`` into ``conn``, a page per transaction."""
    while True:
        response = client.get("/pull", params={"after": after, "limit": PAGE})
        response.raise_for_status()
        page = response.json()
        if not page["changes"]:
            return after
        rows = [
            (
                c["entity"],
                c["row_id"],
                c["field"],
                json.dumps(c["value"]),
                c["stamp"],
                c["replaced"],
            )
            for c in page["changes"]
        ]
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?)", rows)
        conn.execute("UPDATE cursor SET last = ?", (page["last"],))
        conn.execute("COMMIT")
        after = page["last"]


def attached_files(data_dir: Path) -> dict[str, Path]:
    """The files the profile's attachments name (what a full sync uploads), by sha256."""
    store = Store.open(data_dir)
    try:
        with store.reading() as session:
            hashes = session.scalars(
                select(Attachment.sha256).where(Attachment.deleted.is_(False)).distinct()
            )
            return {sha256: store.blobs.path_for(sha256) for sha256 in hashes}
    finally:
        store.close()


def floor_upload(client: httpx.Client, files: dict[str, Path]) -> None:
    """Each file's bytes read from disk and sent in one PUT."""
    for sha256, path in files.items():
        client.put(f"/blob/{sha256}", content=path.read_bytes()).raise_for_status()


def floor_download(client: httpx.Client, hashes: Sequence[str], into: Path) -> None:
    """Each file fetched in one GET and stored as the laptop stores one: a temporary
    file, fsync, renamed into place, then the folder's fsync."""
    for sha256 in hashes:
        response = client.get(f"/blob/{sha256}")
        response.raise_for_status()
        temp = into / f".incoming-{sha256}"
        with temp.open("wb") as handle:
            handle.write(response.content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, into / sha256)
    folder = os.open(into, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def floor_push_pull(
    ctx: Context, changes: Sequence[dict[str, Any]], files: dict[str, Path] | None = None
) -> float:
    """Seconds to upload ``files`` and push ``changes`` to a fresh floor server, then pull
    the changes into a fresh file and download the files into a fresh folder."""
    files = files or {}
    with floor_server(ctx.fresh_dir("floor-server") / "floor.db") as url:
        client_dir = ctx.fresh_dir("floor-client")
        conn = _floor_client_db(client_dir / "client.db")
        (client_dir / "blobs").mkdir()
        try:
            with httpx.Client(base_url=url) as client:
                started = time.perf_counter()
                floor_upload(client, files)
                floor_push(client, changes)
                floor_pull(client, conn)
                floor_download(client, list(files), client_dir / "blobs")
                elapsed = time.perf_counter() - started
            (pulled,) = conn.execute("SELECT count(*) FROM change").fetchone()
        finally:
            conn.close()
    if pulled != len(changes):
        raise RuntimeError(f"the floor lost changes: pulled {pulled} of {len(changes)}")
    for sha256, path in files.items():
        if (client_dir / "blobs" / sha256).read_bytes() != path.read_bytes():
            raise RuntimeError(f"the floor changed the file {sha256[:12]}…")
    return elapsed


def round_trip(url: str, path: str) -> float:
    """Seconds for one request on a new connection, as a sync that opens one would pay."""
    started = time.perf_counter()
    with httpx.Client(base_url=url) as client:
        client.get(path)
    return time.perf_counter() - started


# --- figures ------------------------------------------------------------------------


def _client_with_changes(ctx: Context, total: int) -> tuple[Path, int]:
    """The demo profile plus learning entries (through commands) to about ``total`` changes."""
    base = data.cached_profile(ctx.cache_dir, log=ctx.log)
    client = data.copy_profile(base, ctx.fresh_dir("sync-client"))
    already = len(field_changes(client))
    per_entry = len(LearningActivity.synced_fields())
    entries = max(0, math.ceil((total - already) / per_entry))
    store = Store.open(client)
    try:
        data.learning_through_commands(store, entries)
    finally:
        store.close()
    return client, entries


@dataclass
class PushPull:
    """One product run: the pusher's sync and a fresh laptop's, timed together."""

    seconds: float
    sign_in_seconds: list[float]  # before the timing: one per laptop
    requests: list[Request]  # every request sent while timed
    wire_bytes: int
    pulled_entries: int
    files: int  # files the fresh laptop holds afterwards


def product_push_pull(ctx: Context, url: str, client: Path) -> PushPull:
    """Copy ``client``, sign both laptops in (untimed: a laptop signs in once and keeps
    its token), then time the copy's sync and a fresh data directory's sync."""
    pusher = data.copy_profile(client, ctx.fresh_dir("sync-pusher"))
    fresh = ctx.fresh_dir("sync-fresh")
    sign_ins = [sign_in(url, pusher), sign_in(url, fresh)]
    with recording_requests() as calls, counting_bytes() as moved:
        started = time.perf_counter()
        sync_now(pusher, url)
        sync_now(fresh, url)
        seconds = time.perf_counter() - started
    if any(call.path == LOGIN_PATH for call in calls):
        raise RuntimeError("a laptop signed in again inside the timed part")
    store = Store.open(fresh)
    try:
        files = sum(1 for path in store.blobs.root.rglob("*") if path.is_file())
    finally:
        store.close()
    return PushPull(seconds, sign_ins, calls, moved[0], learning_count(fresh), files)


@figure(
    "sync_push_pull",
    "sync: push 20,000 field changes and the profile's files, pull them into a fresh data "
    "dir (local server; both laptops signed in before)",
    "the same JSON posted with httpx, inserted with executemany, pulled the same way; "
    "the same files PUT and fetched one request each",
    [ratio_at_most(1.5), extra_at_least("changes_per_s", 20_000, "≥ 20,000 changes/s")],
)
def sync_push_pull(ctx: Context) -> Outcome:
    client, _entries = _client_with_changes(ctx, ctx.scale(20_000, 2_000))
    changes = field_changes(client)
    files = attached_files(client)
    expected_entries = learning_count(client)
    runs = ctx.runs(5, 2)
    floor = [floor_push_pull(ctx, changes, files) * 1000 for _ in range(runs)]
    floor_stats = Stats.of(floor, "ms")
    extras: dict[str, Any] = {
        "changes": len(changes),
        "files": len(files),
        "file_bytes": sum(path.stat().st_size for path in files.values()),
        "floor_changes_per_s": len(changes) / (floor_stats.median / 1000),
    }
    try:
        require_sync()
    except NotAvailable as exc:
        return Outcome(floor=floor_stats, extras=extras, skipped=str(exc))
    done: list[PushPull] = []
    for _ in range(runs):
        with product_session(ctx) as url:
            done.append(product_push_pull(ctx, url, client))
        if done[-1].pulled_entries != expected_entries:
            raise RuntimeError(
                f"pulled {done[-1].pulled_entries} learning entries of {expected_entries}"
            )
        if done[-1].files != len(files):
            raise RuntimeError(f"the fresh laptop holds {done[-1].files} files of {len(files)}")
    value = Stats.of([run.seconds * 1000 for run in done], "ms")
    sign_in_ms = Stats.of([s * 1000 for run in done for s in run.sign_in_seconds], "ms")
    extras["changes_per_s"] = len(changes) / (value.median / 1000)
    # Pushed once and pulled once: each change crosses the wire twice.
    extras["bytes_per_change"] = done[-1].wire_bytes / len(changes)
    extras["sign_in_ms"] = sign_in_ms.median
    extras["timed_requests"] = len(done[-1].requests)
    return Outcome(
        value=value,
        floor=floor_stats,
        extras=extras,
        notes=[
            f"{extras['changes_per_s']:,.0f} changes/s end to end ({len(changes):,} changes, "
            f"and {len(files)} files of {extras['file_bytes'] / 1e6:,.1f} MB both ways)",
            f"{extras['bytes_per_change']:,.0f} bytes per change on the wire, pushed and "
            "pulled (bodies as sent: gzip both ways; files included)",
            f"sign-in, untimed (each laptop signs in once, before its first sync): "
            f"{sign_in_ms.text()} a laptop",
        ],
    )


@figure(
    "sync_noop",
    "sync with nothing to do",
    "one HTTP round trip to the same server, on a new connection",
    [extra_at_most("round_trips", 2, "≤ 2 round trips")],
)
def sync_noop(ctx: Context) -> Outcome:
    runs = ctx.runs(9, 3)
    try:
        require_sync()
    except NotAvailable as exc:
        with floor_server(ctx.fresh_dir("floor-server") / "floor.db") as url:
            round_trip(url, "/ping")
            floor = [round_trip(url, "/ping") * 1000 for _ in range(runs)]
        return Outcome(
            floor=Stats.of(floor, "ms"),
            skipped=str(exc),
            notes=["floor measured against the floor server until wopdesk-server exists"],
        )
    with product_session(ctx) as url:
        cached = data.cached_profile(ctx.cache_dir, log=ctx.log)
        profile = data.copy_profile(cached, ctx.fresh_dir("noop"))
        sync_now(profile, url)  # everything is sent; the next syncs have nothing to do
        sync_now(profile, url)
        floor, product, trips = [], [], []
        for _ in range(runs):
            floor.append(round_trip(url, "/") * 1000)
            with recording_requests() as calls:
                started = time.perf_counter()
                sync_now(profile, url)
                product.append((time.perf_counter() - started) * 1000)
            trips.append(len(calls))
    return Outcome(
        value=Stats.of(product, "ms"),
        floor=Stats.of(floor, "ms"),
        extras={"round_trips": max(trips), "requests_per_run": trips},
        notes=[f"{max(trips)} HTTP round trips (most in one run)"],
    )


@dataclass
class Crowd:
    """What 50 clients syncing at once saw."""

    latencies: list[float]
    errors: list[str]
    lost: int


def _run_threads(count: int, work: Callable[[int], None]) -> list[str]:
    errors: list[str] = []
    start = threading.Barrier(count)

    def run(n: int) -> None:
        try:
            start.wait()
            work(n)
        except Exception as exc:  # counted as an error of that client
            errors.append(f"client {n}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def floor_crowd(ctx: Context, clients: int, rounds: int, per_round: int) -> Crowd:
    with floor_server(ctx.fresh_dir("crowd-floor") / "floor.db") as url:

        def client(n: int) -> None:
            conn = _floor_client_db(ctx.fresh_dir(f"crowd-floor-{n}") / "client.db")
            after = 0
            with httpx.Client(base_url=url, timeout=60) as http:
                for r in range(rounds):
                    changes = [
                        {
                            "entity": "learning_activity",
                            "row_id": f"{n}-{r}-{i // 16}",
                            "field": f"field{i % 16}",
                            "value": "Night step test in zone 3",
                            "stamp": f"{time.time_ns()}:{n}",
                            "replaced": None,
                        }
                        for i in range(per_round)
                    ]
                    floor_push(http, changes)
                    after = floor_pull(http, conn, after)
            conn.close()

        with recording_requests() as calls:
            errors = _run_threads(clients, client)
        stored = httpx.get(url + "/count").json()["count"]
    errors += _http_errors(calls)
    return Crowd([c.seconds for c in calls], errors, clients * rounds * per_round - stored)


def _http_errors(calls: Sequence[Request]) -> list[str]:
    return [f"HTTP {c.status} on {c.path}" for c in calls if c.status == 0 or c.status >= 500]


def product_crowd(ctx: Context, url: str, clients: int, rounds: int, per_round: int) -> Crowd:
    """Each client: a fresh profile that first pulls the demo, then adds and syncs."""
    cached = data.cached_profile(ctx.cache_dir, log=ctx.log)
    seed = data.copy_profile(cached, ctx.fresh_dir("crowd-seed"))
    sync_now(seed, url)
    before = learning_count(seed)
    profiles = [ctx.fresh_dir(f"crowd-{n}") for n in range(clients)]
    for profile in profiles:
        sync_now(profile, url)  # setup: every client has the partnership
    entries = max(1, per_round // len(LearningActivity.synced_fields()))

    def client(n: int) -> None:
        store = Store.open(profiles[n])
        try:
            for r in range(rounds):
                data.learning_through_commands(store, entries, seed=n * 1000 + r)
                sync_now(profiles[n], url, quiet=False)
        finally:
            store.close()

    said = io.StringIO()  # fifty clients' messages; the exit codes tell what matters
    with recording_requests() as calls, redirect_stdout(said), redirect_stderr(said):
        errors = _run_threads(clients, client)
    errors += _http_errors(calls)
    check = ctx.fresh_dir("crowd-check")
    sync_now(check, url)
    lost = before + clients * rounds * entries - learning_count(check)
    return Crowd([c.seconds for c in calls], errors, lost)


@figure(
    "sync_concurrent",
    "server under 50 concurrent syncing clients on 127.0.0.1 (p95 per request)",
    "50 threads posting and pulling the same way against the floor server",
    [extra_at_most("errors", 0, "no errors"), extra_at_most("lost", 0, "no lost changes")],
)
def sync_concurrent(ctx: Context) -> Outcome:
    clients = ctx.scale(50, 10)
    rounds = ctx.runs(5, 2)
    per_round = 32  # two learning entries of 16 fields
    runs = ctx.runs(3, 1)
    floor = [floor_crowd(ctx, clients, rounds, per_round) for _ in range(runs)]
    floor_p95 = Stats.of([Stats.of(c.latencies, "s").p(95) * 1000 for c in floor], "ms")
    floor_errors = sum(len(c.errors) for c in floor) + sum(abs(c.lost) for c in floor)
    notes = [f"floor: {floor_errors} errors or lost changes"] if floor_errors else []
    extras: dict[str, Any] = {"clients": clients, "rounds": rounds, "changes_per_round": per_round}
    try:
        require_sync()
    except NotAvailable as exc:
        return Outcome(floor=floor_p95, extras=extras, notes=notes, skipped=str(exc))
    crowds = []
    for _ in range(runs):
        with product_session(ctx) as url:
            crowds.append(product_crowd(ctx, url, clients, rounds, per_round))
    errors = [e for c in crowds for e in c.errors]
    extras.update(
        errors=len(errors),
        lost=sum(abs(c.lost) for c in crowds),
        requests=sum(len(c.latencies) for c in crowds),
        first_errors=errors[:5],
    )
    notes += [f"product error: {e}" for e in errors[:3]]
    return Outcome(
        value=Stats.of([Stats.of(c.latencies, "s").p(95) * 1000 for c in crowds], "ms"),
        floor=floor_p95,
        extras=extras,
        notes=notes,
    )
