"""The sync figures' floor: the least a server can do with posted changes.

    BENCH_FLOOR_DB=/tmp/floor.db uvicorn bench.floor_server:app --host 127.0.0.1 --port P

``POST /push`` takes ``{"batch_id": ..., "changes": [...]}`` and inserts the changes with
one ``executemany`` in one transaction (SQLite, WAL, synchronous=FULL: as durable as the
product's storage); ``GET /pull?after=SEQ&limit=N`` returns them in order of arrival;
``GET /ping`` is one round trip. ``PUT /blob/SHA256`` stores a file's bytes in the same
database, one transaction each (as ``wopdesk-server`` keeps files: rows in its database,
committed with an fsync), and ``GET /blob/SHA256`` returns them. No accounts, no merge
rule, no validation, no hash check.
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
BLOB_SCHEMA = "CREATE TABLE IF NOT EXISTS blob (sha256 TEXT PRIMARY KEY, data BLOB)"


def _db() -> sqlite3.Connection:
    conn: sqlite3.Connection | None = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(os.environ["BENCH_FLOOR_DB"], isolation_level=None)
        for pragma in ("journal_mode=WAL", "busy_timeout=10000", "synchronous=FULL"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute(SCHEMA)
        conn.execute(BLOB_SCHEMA)
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


@app.put("/blob/{sha256}")
async def put_blob(sha256: str, request: Request) -> Response:
    data = await request.body()
    conn = _db()
    conn.execute("BEGIN")
    conn.execute("INSERT OR REPLACE INTO blob (sha256, data) VALUES (?, ?)", (sha256, data))
    conn.execute("COMMIT")
    return _json({"stored": len(data)})


@app.get("/blob/{sha256}")
def get_blob(sha256: str) -> Response:
    row = _db().execute("SELECT data FROM blob WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        return Response(status_code=404)
    return Response(bytes(row[0]), media_type="application/octet-stream")
