"""The desktop figures: cold start, opening the learning log, memory.

Each measurement runs ``bench/probe.py`` in a fresh process; floor and app runs are
interleaved, after one warm-up run of each that is not counted (so both find the
program files and the profile in the OS cache: "cold" means a fresh process).
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import data
from bench.harness import (
    ROOT,
    Context,
    Outcome,
    Stats,
    excess_at_most,
    figure,
    ratio_at_most,
    value_at_most,
)

# Qt says this on the offscreen platform; it is not a problem of the program measured.
HARMLESS = ("This plugin does not support propagateSizeHints",)


def probe(mode: str, *args: str, timeout: float = 300) -> tuple[dict[str, Any], float]:
    """Run one probe; its JSON line and the monotonic time just before the process started."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("WOPDESK_DATA_DIR", None)
    command = [sys.executable, "-m", "bench.probe", mode, *args]
    started = time.monotonic()
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        errors = [e for e in done.stderr.splitlines() if e and not e.startswith(HARMLESS)]
        raise RuntimeError(f"probe {mode} failed ({done.returncode}): {' | '.join(errors[-5:])}")
    return json.loads(lines[-1]), started


def _profile(ctx: Context, learning: int, name: str) -> Path:
    """A private copy of the cached profile (the app writes its settings at start)."""
    cached = data.cached_profile(ctx.cache_dir, learning=learning, log=ctx.log)
    return data.copy_profile(cached, ctx.fresh_dir(name))


@figure(
    "cold_start",
    "cold start to the main window shown, demo + 20,000 learning entries",
    "a bare PySide6 script showing an empty QMainWindow",
    [ratio_at_most(1.5)],
)
def cold_start(ctx: Context) -> Outcome:
    entries = ctx.scale(20_000, 2_000)
    profile = str(_profile(ctx, entries, "cold-start"))
    floor: list[float] = []
    app: list[float] = []
    rss: list[float] = []
    floor_cpu: list[float] = []
    app_cpu: list[float] = []
    ready: list[float] = []
    ready_cpu: list[float] = []
    for run in range(ctx.runs(7, 3) + 1):
        bare, started = probe("bare-start")
        shown, app_started = probe("app-start", profile)
        if run == 0:
            continue  # warm-up
        floor.append((bare["shown"] - started) * 1000)
        app.append((shown["shown"] - app_started) * 1000)
        floor_cpu.append(bare["cpu_ms"])
        app_cpu.append(shown["cpu_ms"])
        rss.append(shown["rss_mb"])
        ready.append((shown["ready"] - app_started) * 1000)
        ready_cpu.append(shown["ready_cpu_ms"])
    # CPU time until shown is steadier than wall time on a busy machine: kept beside it.
    cpu = Stats.of(app_cpu, "ms").median
    cpu_floor = Stats.of(floor_cpu, "ms").median
    # The goal is on "shown" (the frame); "ready" is the overview painted with its data.
    ready_stats = Stats.of(ready, "ms")
    ready_cpu_ms = Stats.of(ready_cpu, "ms").median
    return Outcome(
        value=Stats.of(app, "ms"),
        floor=Stats.of(floor, "ms"),
        extras={
            "learning_entries": entries,
            "rss_at_shown_mb": Stats.of(rss, "MB").median,
            "cpu_ms": cpu,
            "floor_cpu_ms": cpu_floor,
            "cpu_ratio": cpu / cpu_floor,
            "ready_ms": ready_stats.median,
            "ready_min_ms": ready_stats.min,
            "ready_max_ms": ready_stats.max,
            "ready_cpu_ms": ready_cpu_ms,
        },
        notes=[
            f"CPU time until shown: {cpu:.0f} ms vs {cpu_floor:.0f} ms ({cpu / cpu_floor:.2f}×)",
            f"ready (overview painted with the partnership's data): {ready_stats.median:,.0f} ms "
            f"[{ready_stats.min:,.0f}–{ready_stats.max:,.0f}], CPU {ready_cpu_ms:,.0f} ms",
        ],
    )


@figure(
    "overview_ready",
    "start to the overview of the demo partnership painted with its data (a fresh process)",
    "a bare PySide6 script showing an empty QMainWindow, in the same run",
    [ratio_at_most(2.0)],
)
def overview_ready(ctx: Context) -> Outcome:
    """What a person waits for: not the window's frame but the overview with its figures.

    The app's "ready" moment (see ``bench/probe.py``) is the end of the first paint of the
    overview page with the partnership's data in it; the floor is the bare window shown.
    """
    profile = str(_profile(ctx, 0, "overview-ready"))
    floor: list[float] = []
    ready: list[float] = []
    shown: list[float] = []
    for run in range(ctx.runs(7, 3) + 1):
        bare, started = probe("bare-start")
        app, app_started = probe("app-start", profile)
        if run == 0:
            continue  # warm-up
        floor.append((bare["shown"] - started) * 1000)
        ready.append((app["ready"] - app_started) * 1000)
        shown.append((app["shown"] - app_started) * 1000)
    frame = Stats.of(shown, "ms")
    return Outcome(
        value=Stats.of(ready, "ms"),
        floor=Stats.of(floor, "ms"),
        extras={"frame_shown_ms": frame.median},
        notes=[f"the frame itself was shown after {frame.median:,.0f} ms"],
    )


@figure(
    "learning_open",
    "opening the learning log with 100,000 entries (first rows painted)",
    "a plain QTableView over a 100,000-row in-memory model, same window",
    [value_at_most(100, "ms")],
)
def learning_open(ctx: Context) -> Outcome:
    entries = ctx.scale(100_000, 5_000)
    profile = str(_profile(ctx, entries, "learning-open"))
    product: list[float] = []
    floor: list[float] = []
    rows_painted = True
    for run in range(ctx.runs(5, 2) + 1):
        result, _ = probe("learning-open", profile, str(entries))
        if run == 0:
            continue
        product.append(result["product"]["ms"])
        floor.append(result["floor"]["ms"])
        rows_painted = rows_painted and result["product"]["rows"]
    notes = []
    if not rows_painted:
        notes.append(
            "the learning page shows no table yet (placeholder): measured until the page "
            "painted, not until rows painted"
        )
    return Outcome(
        value=Stats.of(product, "ms"),
        floor=Stats.of(floor, "ms"),
        extras={"learning_entries": entries, "rows_painted": rows_painted},
        notes=notes,
    )


@figure(
    "memory",
    "memory (RSS) after visiting every page, 100,000 learning entries",
    "the bare QMainWindow script, painted",
    [excess_at_most(150, "MB")],
)
def memory(ctx: Context) -> Outcome:
    entries = ctx.scale(100_000, 5_000)
    profile = str(_profile(ctx, entries, "memory"))
    floor: list[float] = []
    app: list[float] = []
    peak: list[float] = []
    pages: list[str] = []
    for _ in range(ctx.runs(3, 1)):
        bare, _ = probe("bare-memory")
        visited, _ = probe("app-memory", profile)
        floor.append(bare["rss_mb"])
        app.append(visited["rss_mb"])
        peak.append(visited["peak_rss_mb"])
        pages = visited["pages"]
    value = Stats.of(app, "MB")
    floor_stats = Stats.of(floor, "MB")
    return Outcome(
        value=value,
        floor=floor_stats,
        extras={
            "learning_entries": entries,
            "above_floor_mb": value.median - floor_stats.median,
            "peak_rss_mb": Stats.of(peak, "MB").median,
            "pages": pages,
        },
        notes=[f"{value.median - floor_stats.median:.0f} MB above the floor"],
    )
