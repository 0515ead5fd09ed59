"""Full-text search over 100,000 visit notes, as the search box runs it."""

import sqlite3
import time

from bench import data
from bench.harness import Context, Outcome, Stats, figure, value_at_most
from wopdesk.storage import queries
from wopdesk.storage.store import Store

# What people type: frequent and rare words, accents, two words, a word still being typed.
QUERIES = (
    "leak",
    "meter",
    "chlorine",
    "billing",
    "pump",
    "valve",
    "tariff",
    "reservoir",
    "logger",
    "customers",
    "diaphragm",
    "transformer",
    "Bantanguel",
    "Médina",
    "medina cherif",
    "night flow",
    "zone 3",
    "step test",
    "chlor",
    "disconn",
    "illegal connections",
    "desalination",
)


RANKED = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50"
# For comparison only: the newest 50 matches, which FTS5 finds without scoring them all.
NEWEST = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 50"


def _raw_query(conn: sqlite3.Connection, sql: str, typed: str) -> float:
    """Milliseconds for one query through plain sqlite3."""
    started = time.perf_counter()
    conn.execute(sql, (queries.fts_query(typed),)).fetchall()
    return (time.perf_counter() - started) * 1000


@figure(
    "search",
    "full-text search over 100,000 visit notes (median per query)",
    "the same FTS5 MATCH, top 50 ids by rank, through plain sqlite3",
    [value_at_most(20, "ms")],
)
def search(ctx: Context) -> Outcome:
    notes = ctx.scale(100_000, 5_000)
    profile = data.cached_profile(ctx.cache_dir, visit_notes=notes, log=ctx.log)
    store = Store.open(profile)
    conn = sqlite3.connect(profile / "wopdesk.db")
    product: list[float] = []
    floor: list[float] = []
    newest: list[float] = []
    slowest: dict[str, float] = {}
    try:
        for run in range(ctx.runs(5, 2) + 1):
            for typed in QUERIES:
                ranked = _raw_query(conn, RANKED, typed)
                unranked = _raw_query(conn, NEWEST, typed)
                started = time.perf_counter()
                with store.reading() as session:
                    queries.search(session, typed)
                elapsed = (time.perf_counter() - started) * 1000
                if run == 0:
                    continue  # warm-up pass
                floor.append(ranked)
                newest.append(unranked)
                product.append(elapsed)
                slowest[typed] = max(slowest.get(typed, 0.0), elapsed)
    finally:
        conn.close()
        store.close()
    value = Stats.of(product, "ms")
    worst = sorted(slowest.items(), key=lambda item: -item[1])[:3]
    return Outcome(
        value=value,
        floor=Stats.of(floor, "ms"),
        extras={
            "visit_notes": notes,
            "queries": list(QUERIES),
            "p95_ms": value.p(95),
            "slowest_ms": dict(worst),
            "newest_50_unranked_ms": Stats.of(newest, "ms").median,
        },
        notes=[
            f"p95 {value.p(95):.1f} ms; slowest: "
            + ", ".join(f"'{q}' {ms:.0f} ms" for q, ms in worst),
            f"for comparison, the newest 50 matches unranked: "
            f"{Stats.of(newest, 'ms').median:.1f} ms median",
        ],
    )
