"""Local write of one synced record, in its own transaction, as the app saves a form.

The product side goes through ``Store.transaction()`` and ``commands.create``, so whatever
the Store does on a write (validation, and change capture once sync is there) is in the
figure by itself. The floor is the same INSERT through plain sqlite3 with the same pragmas
(WAL, synchronous=FULL), committed per row, into a copy of the same database (same
indexes and search triggers).
"""

import datetime as dt
import enum
import json
import random
import sqlite3
import time
import uuid
from typing import Any

from bench import data
from bench.harness import Context, Outcome, Stats, figure, ratio_at_most
from wopdesk.storage import commands
from wopdesk.storage.models import LearningActivity
from wopdesk.storage.store import Store


def _sql_value(value: Any) -> Any:
    """A Python value as SQLAlchemy stores it in SQLite."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict):
        return json.dumps(value)
    return value


COLUMNS = [c.key for c in LearningActivity.__table__.columns]


def _floor_row(values: dict[str, Any]) -> dict[str, Any]:
    """Every column's value, as the ORM would write this new entry."""
    now = dt.datetime.now(dt.UTC)
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(id=str(uuid.uuid4()), created_at=now, updated_at=now, deleted=False, clocks={})
    row.update(values)
    return {key: _sql_value(value) for key, value in row.items()}


def _floor_connection(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=10000", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


@figure(
    "local_write",
    "local write of one synced record (own transaction, incl. change capture)",
    "the same INSERT through plain sqlite3, WAL + synchronous=FULL, commit per row",
    [ratio_at_most(2)],
)
def local_write(ctx: Context) -> Outcome:
    base = data.cached_profile(ctx.cache_dir, log=ctx.log)
    product_dir = data.copy_profile(base, ctx.fresh_dir("write-product"))
    floor_dir = data.copy_profile(base, ctx.fresh_dir("write-floor"))
    store = Store.open(product_dir)
    conn = _floor_connection(str(floor_dir / "wopdesk.db"))
    insert_sql = (
        f"INSERT INTO learning_activity ({', '.join(COLUMNS)}) "
        f"VALUES ({', '.join(':' + c for c in COLUMNS)})"
    )
    rng = random.Random(5)
    per_block = ctx.runs(50, 20)
    product: list[float] = []
    floor: list[float] = []
    cpu: list[float] = []
    floor_cpu: list[float] = []
    try:
        for block in range(ctx.runs(5, 2) + 1):
            for _ in range(per_block):
                row = _floor_row(data.learning_values(rng))
                started, cpu_started = time.perf_counter(), time.process_time()
                conn.execute("BEGIN")
                conn.execute(insert_sql, row)
                conn.execute("COMMIT")
                if block:
                    floor.append((time.perf_counter() - started) * 1000)
                    floor_cpu.append((time.process_time() - cpu_started) * 1000)
            for _ in range(per_block):
                values = data.learning_values(rng)
                started, cpu_started = time.perf_counter(), time.process_time()
                with store.transaction() as session:
                    commands.create(session, LearningActivity, **values)
                if block:
                    product.append((time.perf_counter() - started) * 1000)
                    cpu.append((time.process_time() - cpu_started) * 1000)
    finally:
        conn.close()
        store.close()
    cpu_ms, floor_cpu_ms = Stats.of(cpu, "ms").median, Stats.of(floor_cpu, "ms").median
    return Outcome(
        value=Stats.of(product, "ms"),
        floor=Stats.of(floor, "ms"),
        extras={"writes_per_side": len(product), "cpu_ms": cpu_ms, "floor_cpu_ms": floor_cpu_ms},
        notes=[f"CPU per write: {cpu_ms:.2f} ms vs {floor_cpu_ms:.2f} ms for the floor"],
    )
