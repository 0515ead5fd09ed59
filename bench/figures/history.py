"""A server holding a year of edits: a new laptop's first sync after compaction, against
the same first sync from a server holding only the current state.

The year is written straight into the server's database (SQLite, through ``sqlite3``'s
``executemany``), not through HTTP: the demo plus learning entries to 20,000 records,
made one after the other over 365 days, each edited again and again (text, numbers and
dates) in the 60 days after it was made, until the log holds 1,000,000 changes, in
batches of 500, each with its stored answer as a push leaves it (``BENCH_HISTORY_CHANGES``
sets another size). Then ``wopdesk-server compact --older-than 30`` (the default
retention) runs (``BENCH_HISTORY_COMPACTION=auto``: the compaction a serving server runs
by itself instead, ``serve --compact-after 30``, due at once), and a fresh data
directory syncs with ``wopdesk sync`` against each server.

Photos too: the demo's live ones, and ``DELETED_PHOTOS`` more attached over the year and
deleted the day after (a wrong photo), each with its bytes in the server's ``blob``
table, stored when it was attached. The server holding only the current state has the
deleted photos' records (tombstones) but not their bytes, as compaction should leave it.
"""

import datetime as dt
import hashlib
import json
import math
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import select

from bench import data
from bench.figures.sync import (
    PASSWORD,
    USER,
    MemoryKeyring,
    counting_bytes,
    require_sync,
    server_admin,
    sync_now,
)
from bench.harness import Context, NotAvailable, Outcome, Stats, extra_at_most, figure
from bench.servers import product_server
from wopdesk.server import compaction
from wopdesk.server.db import ServerDatabase
from wopdesk.storage.codecs import FieldCodec, codecs, wire_values
from wopdesk.storage.models import ENTITIES, SyncedRecord
from wopdesk.storage.progress import SIDES, approval_fields
from wopdesk.storage.store import Store
from wopdesk.storage.visit_followup import SIGNING_FIELDS

BATCH = 500
RETENTION_DAYS = 30
NODE = "00000000benchyear"[:16]
DAY_MS = 24 * 3600 * 1000
YEAR_MS = 365 * DAY_MS
# How long after it is made a record goes on being edited.
EDITING_DAYS = 60
# Kinds of record left out: conflicts (only the server writes them).
LEFT_OUT = {"conflict"}
# Photos attached over the year and deleted the next day, and the size of each.
DELETED_PHOTOS = 250
PHOTO_BYTES = 200_000

Record = tuple[str, str, str | None, dict[str, Any]]  # entity, id, partnership, wire values
Change = tuple[int, str, str, str, Any]  # received at (ms), entity, id, field, wire value
Files = dict[str, bytes]  # a photo's bytes by sha256


def current_state(profile: Path) -> list[Record]:
    """Every synced record of a profile, parents first (the order of ENTITIES)."""
    store = Store.open(profile)
    records: list[Record] = []
    try:
        with store.reading() as session:
            for name, model in ENTITIES.items():
                if name in LEFT_OUT:
                    continue
                for record in session.scalars(select(model)):
                    if getattr(record, "builtin", False):
                        continue  # the built-in catalogue is on every replica, never synced
                    values = wire_values(record)
                    records.append((name, record.id, _partnership(model, record), values))
    finally:
        store.close()
    return records


def _partnership(model: type[SyncedRecord], record: SyncedRecord) -> str | None:
    column = model.partnership_column
    if column is None:
        return None
    return str(getattr(record, column))


# Signed last: a visit is finalised, a progress record approved, after its content is
# refined, as people do; an edit stamped after a sign-off would (rightly) reopen it.
SIGN_OFF: dict[str, frozenset[str]] = {
    "site_visit": SIGNING_FIELDS,
    "progress_record": frozenset(name for side in SIDES for name in approval_fields(side)),
}


def editable(entity: str) -> list[str]:
    """The fields a year of work edits: free text, numbers and dates (not references),
    except the sign-off, which is given once, after the edits; not a photo's."""
    if entity == "attachment":
        return []
    signing = SIGN_OFF.get(entity, frozenset())
    return [
        name
        for name, codec in codecs(ENTITIES[entity]).items()
        if codec.references is None
        and codec.kind in ("str", "float", "int", "date")
        and name not in signing
    ]


def draft(value: Any, codec: FieldCodec, round_: int) -> Any:
    """A field's value ``round_`` edits before its current one (a valid one: a code of
    three letters stays as it is); round 0 is the current value."""
    if round_ == 0 or value is None:
        return value
    if codec.kind == "str":
        text = f"{value} (draft {round_})"
        return text if codec.max_length is None or len(text) <= codec.max_length else value
    if codec.kind == "float":
        return float(value) + round_ / 2
    if codec.kind == "int":
        return int(value) + round_
    return (dt.date.fromisoformat(value) - dt.timedelta(days=round_)).isoformat()


def year_of_edits(records: list[Record], total: int) -> list[Change]:
    """Every change of the year, in the order received: the records created one after the
    other over the year, each record's text, numbers and dates edited again and again in
    the EDITING_DAYS after it was made (an entry written, then refined), until ``total``
    changes; each field's last edit writes its current value."""
    end = int(time.time() * 1000) - DAY_MS
    start = end - YEAR_MS
    created = sum(len(values) for *_k, values in records)
    edited = {
        (entity, row_id): [n for n in editable(entity) if values[n] is not None]
        for entity, row_id, _p, values in records
    }
    per_round = sum(len(names) for names in edited.values())
    rounds = 0 if total <= created else max(1, math.ceil((total - created) / max(1, per_round)))
    span = YEAR_MS - EDITING_DAYS * DAY_MS  # the last record still has its weeks of edits
    changes: list[Change] = []
    for n, (entity, row_id, _p, values) in enumerate(records):
        made = start + span * n // max(1, len(records))
        names = edited[(entity, row_id)] if rounds else []
        model_codecs = codecs(ENTITIES[entity])
        signed = made + EDITING_DAYS * DAY_MS + 1 if rounds else made
        for name, value in values.items():
            if name in names:
                value = draft(value, model_codecs[name], rounds)
            when = signed if name in SIGN_OFF.get(entity, ()) else made
            if name == "deleted" and value is True and rounds:  # deleted the next day
                changes.append((made, entity, row_id, name, False))
                when = made + DAY_MS
            changes.append((when, entity, row_id, name, value))
        for round_ in range(rounds - 1, -1, -1):
            when = made + EDITING_DAYS * DAY_MS * (rounds - round_) // rounds
            for name in names:
                changes.append(
                    (when, entity, row_id, name, draft(values[name], model_codecs[name], round_))
                )
    changes.sort(key=lambda change: change[0])  # stable: a record's fields stay together
    return changes


def batches(changes: list[Change]) -> Iterator[tuple[int, int]]:
    """(start, end) of batches of about BATCH changes that never cut a record's changes
    in two, as a laptop pushes them: a record created by a batch arrives whole."""
    first = 0
    for n in range(1, len(changes)):
        if n - first >= BATCH and changes[n][:3] != changes[n - 1][:3]:
            yield first, n
            first = n
    if changes:
        yield first, len(changes)


def with_photos(records: list[Record], profile: Path, count: int) -> tuple[list[Record], Files]:
    """``records`` and ``count`` photos attached over the year and deleted the next day,
    spread among the records that follow the site visits (each is attached to one of
    the profile's visits); the bytes of every photo, the profile's live ones included."""
    store = Store.open(profile)
    try:
        files = {
            values["sha256"]: store.blobs.get(values["sha256"])
            for entity, _r, _p, values in records
            if entity == "attachment"
        }
    finally:
        store.close()
    template = next(record for record in records if record[0] == "attachment")
    rng = random.Random(17)
    photos: list[Record] = []
    for n in range(count):
        data = rng.randbytes(PHOTO_BYTES)
        sha256 = hashlib.sha256(data).hexdigest()
        files[sha256] = data
        values = {**template[3], "sha256": sha256, "size": len(data), "deleted": True}
        values.update(file_name=f"photo-{n}.jpg", caption=f"Photo {n}")
        row_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"wopdesk-bench-photo-{n}"))
        photos.append(("attachment", row_id, template[2], values))
    first = max(n for n, record in enumerate(records) if record[0] == "site_visit") + 1
    merged = records[:first]
    step = max(1, (len(records) - first) // max(1, count))
    for n, record in enumerate(records[first:]):
        merged.append(record)
        if n % step == 0 and photos:
            merged.append(photos.pop())
    return merged + photos, files


def live_files(records: list[Record], files: Files) -> Files:
    """The bytes of the photos whose attachments are live: what the current state holds."""
    live = {v["sha256"] for e, _r, _p, v in records if e == "attachment" and not v["deleted"]}
    return {sha256: data for sha256, data in files.items() if sha256 in live}


def write_server(
    db_path: Path, records: list[Record], total: int, answers: bool, files: Files
) -> int:
    """Fill a migrated server database with ``records`` and their history, and ``files``
    (stored when their attachment was made); the count of changes."""
    owners = {(e, r): p for e, r, p, _v in records}
    changes = year_of_edits(records, total)
    attached = {value: when for when, e, _r, name, value in changes if name == "sha256"}
    fields: dict[tuple[str, str], dict[str, Any]] = {}
    log: list[tuple[Any, ...]] = []
    pushed: list[tuple[Any, ...]] = []
    for first, end in batches(changes):
        batch_id = str(uuid.uuid4())
        results = []
        for seq, (when, entity, row_id, name, value) in enumerate(
            changes[first:end], start=first + 1
        ):
            stamp = f"{when:013d}.{seq % 10_000:04d}.{NODE}"
            fields.setdefault((entity, row_id), {})[name] = {"v": value, "s": stamp, "by": USER}
            log.append(
                (seq, batch_id, entity, row_id, owners[(entity, row_id)], name, json.dumps(value))
                + (stamp, USER)
            )
            results.append({"status": "accepted", "stamp": stamp, "reason": None})
        last = first + len(results)
        received = _utc(changes[last - 1][0])
        answer = {
            "batch_id": batch_id,
            "results": results,
            "conflicts": 0,
            "replayed": False,
            "server_id": "bench",
            "server_time": changes[last - 1][0],
            "logged": {"after": first, "last": last, "scope": "admin"},
        }
        pushed.append((batch_id, 1, f"{received:%Y-%m-%d %H:%M:%S.%f}", json.dumps(answer)))
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO record (entity, row_id, partnership_id, blob_sha256, fields) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (e, r, owners[(e, r)], (f.get("sha256") or {}).get("v"), json.dumps(f))
                for (e, r), f in fields.items()
            ],
        )
        conn.executemany(
            "INSERT INTO blob (sha256, size, data, created_at) VALUES (?, ?, ?, ?)",
            [
                (sha256, len(data), data, f"{_utc(attached[sha256]):%Y-%m-%d %H:%M:%S.%f}")
                for sha256, data in files.items()
            ],
        )
        conn.executemany("INSERT INTO change_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", log)
        if answers:
            conn.executemany(
                "INSERT INTO pushed_batch (batch_id, account_id, received_at, result) "
                "VALUES (?, ?, ?, ?)",
                pushed,
            )
        conn.execute("UPDATE server_state SET last_seq = ?", (len(changes),))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return len(changes)


def _utc(ms: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC)


def db_bytes(db_path: Path) -> int:
    """The database's size on disk, its write-ahead log included."""
    return sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))


@contextmanager
def bench_account() -> Iterator[None]:
    previous_keyring = keyring.get_keyring()
    previous_password = os.environ.get("WOPDESK_PASSWORD")
    os.environ["WOPDESK_PASSWORD"] = PASSWORD
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous_keyring)
        if previous_password is None:
            os.environ.pop("WOPDESK_PASSWORD", None)
        else:
            os.environ["WOPDESK_PASSWORD"] = previous_password


def new_server(
    ctx: Context, name: str, records: list[Record], total: int, answers: bool, files: Files
) -> Path:
    db_path = ctx.fresh_dir(name) / "server.db"
    server_admin(f"sqlite:///{db_path}", "add-user", USER, "--admin")
    write_server(db_path, records, total, answers, files)
    return db_path


def first_sync(ctx: Context, db_path: Path) -> tuple[float, int, Path]:
    """Seconds and bytes of a fresh data directory's first ``wopdesk sync``."""
    with product_server(f"sqlite:///{db_path}") as url:
        fresh = ctx.fresh_dir("history-laptop")
        with counting_bytes() as moved:
            started = time.perf_counter()
            sync_now(fresh, url)
            elapsed = time.perf_counter() - started
    return elapsed, moved[0], fresh


def records_of(profile: Path) -> dict[tuple[str, str], dict[str, Any]]:
    return {(e, r): v for e, r, _p, v in current_state(profile)}


def profile_with(ctx: Context, records: int) -> Path:
    """The demo plus enough learning entries (each with its trainees) for about
    ``records`` synced records."""
    demo = len(current_state(data.cached_profile(ctx.cache_dir, log=ctx.log)))
    sample = len(current_state(data.cached_profile(ctx.cache_dir, learning=100, log=ctx.log)))
    per_entry = max(1.0, (sample - demo) / 100)
    entries = max(0, round((records - demo) / per_entry))
    return data.cached_profile(ctx.cache_dir, learning=entries, log=ctx.log)


def compact_year(year: Path) -> compaction.GivenBack | None:
    """``compact --older-than``, or with ``BENCH_HISTORY_COMPACTION=auto`` the automatic
    compaction of ``wopdesk-server serve --compact-after`` (the same ``AutoCompactor``,
    in short transactions, without the final VACUUM, then giving the freed pages back
    to the file system in short steps), made due at once; what that gave back."""
    if os.environ.get("BENCH_HISTORY_COMPACTION") != "auto":
        server_admin(f"sqlite:///{year}", "compact", "--older-than", str(RETENTION_DAYS))
        return None
    db = ServerDatabase.open(f"sqlite:///{year}")
    try:
        retention = compaction.check_days(RETENTION_DAYS)
        compactor = compaction.AutoCompactor(db, retention, first=dt.timedelta(0)).start()
        try:
            if not compactor.wait_for_runs(1, timeout=3600):
                raise RuntimeError("the automatic compaction did not end within an hour")
        finally:
            compactor.stop()
        return compactor.runs[0].given_back
    finally:
        db.close()


@figure(
    "sync_history",
    "sync: a new laptop's first sync from a server holding a year of edits, compacted",
    "the same first sync from a server holding only the current state (same run)",
    [
        extra_at_most("time_ratio", 1.2, "≤ 1.2× floor time"),
        extra_at_most("bytes_ratio", 1.2, "≤ 1.2× floor bytes"),
    ],
)
def sync_history(ctx: Context) -> Outcome:
    try:
        require_sync()
    except NotAvailable as exc:
        return Outcome(skipped=str(exc))
    total = int(os.environ.get("BENCH_HISTORY_CHANGES") or ctx.scale(1_000_000, 50_000))
    profile = profile_with(ctx, ctx.scale(20_000, 1_000))
    photos = ctx.scale(DELETED_PHOTOS, 20)
    records, files = with_photos(current_state(profile), profile, photos)
    state = {(e, r): v for e, r, _p, v in records}
    runs = ctx.runs(5, 1)
    with bench_account():
        started = time.perf_counter()
        year = new_server(ctx, "history-year", records, total, answers=True, files=files)
        written = time.perf_counter() - started
        current = live_files(records, files)
        floor_db = new_server(ctx, "history-floor", records, 0, answers=False, files=current)
        before = db_bytes(year)
        started = time.perf_counter()
        given_back = compact_year(year)
        compacted_in = time.perf_counter() - started
        after = db_bytes(year)
        floor_size = db_bytes(floor_db)
        product, floor, product_bytes, floor_bytes = [], [], 0, 0
        for _ in range(runs):  # interleaved, so both meet the same machine
            seconds, floor_bytes, laptop = first_sync(ctx, floor_db)
            floor.append(seconds * 1000)
            seconds, product_bytes, laptop_after = first_sync(ctx, year)
            product.append(seconds * 1000)
        if records_of(laptop_after) != state or records_of(laptop) != state:
            raise RuntimeError("a first sync did not end with the current state")
    value, floor_stats = Stats.of(product, "ms"), Stats.of(floor, "ms")
    extras: dict[str, Any] = {
        "changes": total,
        "records": len(records),
        "deleted_photos": photos,
        "photo_bytes_deleted": sum(len(d) for sha, d in files.items() if sha not in current),
        "current_fields": sum(len(v) for *_k, v in records),
        "written_s": written,
        "compact_s": compacted_in,
        "compaction": os.environ.get("BENCH_HISTORY_COMPACTION") or "command",
        "db_before_bytes": before,
        "db_after_bytes": after,
        "db_floor_bytes": floor_size,
        "given_back_bytes": given_back.freed if given_back else None,
        "given_back_steps": given_back.steps if given_back else None,
        "given_back_longest_ms": given_back.longest * 1000 if given_back else None,
        "bytes": product_bytes,
        "floor_bytes": floor_bytes,
        "time_ratio": value.median / floor_stats.median,
        "bytes_ratio": product_bytes / floor_bytes,
    }
    mb = 1024 * 1024
    return Outcome(
        value=value,
        floor=floor_stats,
        extras=extras,
        notes=[
            f"{written:.0f} s to write {total:,} changes over {len(records):,} records "
            f"({extras['current_fields']:,} current field values), with {len(current)} live "
            f"photos and {photos} deleted over the year "
            f"({extras['photo_bytes_deleted'] / mb:,.0f} MB of their files)",
            f"server database: {before / mb:,.0f} MB before, {after / mb:,.0f} MB after "
            f"{extras['compaction']} compaction, {RETENTION_DAYS} days ({compacted_in:.0f} s); "
            f"current state alone: {floor_size / mb:,.0f} MB",
            *([given_back.sentence()] if given_back else []),
            f"first sync: {product_bytes / mb:,.1f} MB on the wire, floor "
            f"{floor_bytes / mb:,.1f} MB ({extras['bytes_ratio']:.2f}×); time "
            f"{extras['time_ratio']:.2f}× floor",
        ],
    )
