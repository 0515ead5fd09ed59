"""A day's visit synced over a bad link: 256 kbit/s each way, 600 ms round trips and every
connection cut each 30 seconds (``bench/throttle.py`` in front of ``wopdesk-server``).

Maria's laptop sends the day (the visit and its notes, 5 photos, 3 actions, 20 learning
entries), then Joao's receives it, both through the proxy. Each leg is run twice, on two
fresh servers: once through the proxy with no limit (the bytes the day needs) and once
through the bad link. The floor is the ideal time, those bytes ÷ the bandwidth (the
busier direction); the value is the time taken. The figure also checks that no photo
restarted from zero (bytes sent again, in all, below one photo) and that nothing was
stored twice (both laptops end with the same records and no conflicts).

Photos of 4 MB make each leg about 11 minutes, so the default run keeps the link as it
is and the day's shape, with photos of 400 kB (each leg about a minute, crossing two
cuts); ``python -m bench --only bad_link --full-size`` runs the day at full size.
"""

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench import data
from bench.figures.sync import product_session, sync_now
from bench.harness import Context, Outcome, Stats, extra_at_most, figure, ratio_at_most
from bench.throttle import Link, throttled_url
from bench.visit_day import DayShape, add_day
from wopdesk.storage import models as m
from wopdesk.storage.store import Store

BANDWIDTH = 256_000 / 8  # bytes per second, each way
BAD_LINK = Link(bandwidth=BANDWIDTH, latency=0.3, cut_every=30.0, seed=17)
FULL_DAY = DayShape(photo_bytes=4_000_000, photos=5, actions=3, learning=20)
SCALED_DAY = DayShape(photo_bytes=400_000, photos=5, actions=3, learning=20)
COUNTED = (m.SiteVisit, m.Attachment, m.Action, m.LearningActivity, m.Conflict)


@dataclass
class Leg:
    """One laptop's sync through the proxy."""

    seconds: float
    up: int
    down: int
    cuts: int

    def ideal(self) -> float:
        return max(self.up, self.down) / BANDWIDTH


def counts(data_dir: Path) -> dict[str, int]:
    store = Store.open(data_dir)
    try:
        with store.reading() as session:
            return {
                model.__tablename__: int(
                    session.scalar(
                        select(func.count()).select_from(model).where(model.deleted.is_(False))
                    )
                    or 0
                )
                for model in COUNTED
            }
    finally:
        store.close()


def day_over(ctx: Context, link: Link, shape: DayShape) -> tuple[Leg, Leg, dict[str, int]]:
    """Send a day from one laptop and receive it on another, both through ``link``."""
    cached = data.cached_profile(ctx.cache_dir, log=ctx.log)
    with product_session(ctx) as url:
        maria = data.copy_profile(cached, ctx.fresh_dir("bad-link-maria"))
        joao = ctx.fresh_dir("bad-link-joao")
        sync_now(maria, url)  # the demo, over a good link
        sync_now(joao, url)
        store = Store.open(maria)
        try:
            add_day(store, shape)
        finally:
            store.close()
        legs = []
        for laptop in (maria, joao):
            with throttled_url(url, link) as proxy:
                started = time.perf_counter()
                sync_now(laptop, proxy.url)
                seconds = time.perf_counter() - started
                stats = proxy.stats
                legs.append(Leg(seconds, stats.up, stats.down, stats.cuts))
        sent, received = counts(maria), counts(joao)
    if sent != received or sent["conflict"] != 0:
        raise RuntimeError(f"the two laptops differ after the day: {sent} and {received}")
    return legs[0], legs[1], sent


@figure(
    "bad_link",
    "a day's visit (5 photos) sent and received over 256 kbit/s, 600 ms RTT, cut every 30 s",
    "the day's bytes ÷ the bandwidth (bytes measured through the proxy with no limit)",
    [
        ratio_at_most(1.5),
        extra_at_most("photos_restarted", 0, "no photo restarted from zero"),
    ],
)
def bad_link(ctx: Context) -> Outcome:
    shape = FULL_DAY if ctx.full_size else SCALED_DAY
    if ctx.quick:
        shape = DayShape(photo_bytes=100_000, photos=2, actions=3, learning=20)
    clean_up, clean_down, _ = day_over(ctx, Link(), shape)
    bad_up, bad_down, records = day_over(ctx, BAD_LINK, shape)
    ideal = clean_up.ideal() + clean_down.ideal()
    actual = bad_up.seconds + bad_down.seconds
    needed = clean_up.up + clean_up.down + clean_down.up + clean_down.down
    moved = bad_up.up + bad_up.down + bad_down.up + bad_down.down
    resent = moved - needed
    extras: dict[str, Any] = {
        "photo_bytes": shape.photo_bytes,
        "photos": shape.photos,
        "bytes_needed": needed,
        "bytes_moved": moved,
        "bytes_sent_again": resent,
        "photos_restarted": max(0, resent) // shape.photo_bytes,
        "ideal_s": round(ideal, 1),
        "actual_s": round(actual, 1),
        "ratio": round(actual / ideal, 3),
        "cuts": bad_up.cuts + bad_down.cuts,
        "records": records,
        "legs": {
            "send": vars(bad_up) | {"ideal_s": round(clean_up.ideal(), 1)},
            "receive": vars(bad_down) | {"ideal_s": round(clean_down.ideal(), 1)},
        },
    }
    notes = [
        f"{'full-size' if ctx.full_size else 'scaled'} day: {shape.photos} photos of "
        f"{shape.photo_bytes:,} bytes, {shape.actions} actions, {shape.learning} learning entries",
        f"bytes: {needed:,} needed, {moved:,} moved ({resent:,} sent again over "
        f"{extras['cuts']} cuts)",
        f"send: ideal {clean_up.ideal():.1f} s, actual {bad_up.seconds:.1f} s; receive: ideal "
        f"{clean_down.ideal():.1f} s, actual {bad_down.seconds:.1f} s; ratio {actual / ideal:.2f}",
        "no duplicates: both laptops hold the same visits, photos, actions and learning "
        "entries, and no conflict",
    ]
    return Outcome(
        value=Stats.of([actual], "s"),
        floor=Stats.of([ideal], "s"),
        extras=extras,
        notes=notes,
    )
