"""The sync figures' floor: the least a server can do with posted changes.

    BENCH_FLOOR_DB=/tmp/floor.db uvicorn bench.floor_server:app --host 127.0.0.1 --port P

``POST /push`` takes ``{"batch_id": ..., "changes": [...]}`` and inserts the changes with
one ``executemany`` in one transaction (SQLite, WAL, synchronous=FULL: as durable as the
product's storage); ``GET /pull?after=SEQ&limit=N`` returns them in order of arrival;
``GET /ping`` is one round trip. No accounts, no merge rule, no validation.
"""

import json
import os
import sqlite3
import threading

from fastapi import FastAPI, Request, Response

app = FastAPI()
_local = threading.local()

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS change (seq INTEGER PRIMARY KEY, entity TEXT, row_id TEXT, "
    "field TEXT, value TEXT, stamp TEXT, replaced TEXT)"
)


def _db() -> sqlite3.Connection:
    conn: sqlite3.Connection | None = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(os.environ["BENCH_FLOOR_DB"], isolation_level=None)
        for pragma in ("journal_mode=WAL", "busy_timeout=10000", "synchronous=FULL"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute(SCHEMA)
        _local.conn = conn
    return conn


def _json(data: object) -> Response:
    return Response(json.dumps(data), media_type="application/json")


@app.get("/ping")
def ping() -> Response:
    return _json({"ok": True})


@app.post("/push")
async def push(request: Request) -> Response:
    batch = json.loads(await request.body())
    rows = [
        (c["entity"], c["row_id"], c["field"], json.dumps(c["value"]), c["stamp"], c["replaced"])
        for c in batch["changes"]
    ]
    conn = _db()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO change (entity, row_id, field, value, stamp, replaced) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    return _json({"accepted": len(rows)})


@app.get("/count")
def count() -> Response:
    (n,) = _db().execute("SELECT count(*) FROM change").fetchone()
    return _json({"count": n})


@app.get("/pull")
def pull(after: int = 0, limit: int = 1000) -> Response:
    rows = (
        _db()
        .execute(
            "SELECT seq, entity, row_id, field, value, stamp, replaced FROM change "
            "WHERE seq > ? ORDER BY seq LIMIT ?",
            (after, limit),
        )
        .fetchall()
    )
    changes = [
        {"entity": e, "row_id": r, "field": f, "value": json.loads(v), "stamp": s, "replaced": p}
        for _seq, e, r, f, v, s, p in rows
    ]
    return _json({"changes": changes, "last": rows[-1][0] if rows else after})
