"""The benchmark harness: figures, goals, statistics, the printed table and the JSON file.

A figure is measured several times beside a floor measured in the same run; the median
is reported with its min and max, and the goal is checked against the median (usually
the ratio to the floor, because these machines are noisy).
"""

import datetime as dt
import io
import json
import math
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"


class NotAvailable(Exception):
    """The product code a figure measures does not exist yet in this version."""


# --- statistics ---------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """Several measurements of one quantity."""

    median: float
    min: float
    max: float
    n: int
    unit: str
    samples: tuple[float, ...] = ()

    @classmethod
    def of(cls, samples: Sequence[float], unit: str) -> "Stats":
        if not samples:
            raise ValueError("no samples")
        values = tuple(float(s) for s in samples)
        return cls(statistics.median(values), min(values), max(values), len(values), unit, values)

    def p(self, percent: float) -> float:
        """The ``percent`` percentile of the samples (nearest rank)."""
        ordered = sorted(self.samples)
        rank = min(len(ordered), max(1, math.ceil(percent / 100 * len(ordered))))
        return ordered[rank - 1]

    def text(self) -> str:
        spread = "" if self.n == 1 else f" [{fmt(self.min)}–{fmt(self.max)}]"
        return f"{fmt(self.median)} {self.unit}{spread}"


def fmt(number: float) -> str:
    """A number with about three significant digits."""
    size = abs(number)
    if size >= 1000:
        return f"{number:,.0f}"
    if size >= 100:
        return f"{number:.0f}"
    if size >= 10:
        return f"{number:.1f}"
    return f"{number:.2f}"


# --- goals --------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """One condition of a goal, checked against the medians (or an extra measured value).

    kinds: ``ratio_max`` (value / floor), ``value_max``, ``value_min``, ``excess_max``
    (value − floor), ``extra_max`` / ``extra_min`` (``extras[key]``).
    """

    kind: str
    limit: float
    text: str
    key: str = ""

    def met(self, result: "FigureResult") -> bool | None:
        """True or False, or None when the quantity was not measured."""
        value, floor = result.value, result.floor
        if self.kind.startswith("extra_"):
            measured = result.extras.get(self.key)
            if not isinstance(measured, int | float):
                return None
            return measured <= self.limit if self.kind == "extra_max" else measured >= self.limit
        if value is None:
            return None
        if self.kind == "value_max":
            return value.median <= self.limit
        if self.kind == "value_min":
            return value.median >= self.limit
        if floor is None:
            return None
        if self.kind == "ratio_max":
            return result.ratio is not None and result.ratio <= self.limit
        if self.kind == "excess_max":
            return value.median - floor.median <= self.limit
        raise ValueError(f"unknown check kind {self.kind}")


def ratio_at_most(limit: float) -> Check:
    return Check("ratio_max", limit, f"≤ {limit:g}× floor")


def value_at_most(limit: float, unit: str) -> Check:
    return Check("value_max", limit, f"< {limit:g} {unit}")


def value_at_least(limit: float, unit: str) -> Check:
    return Check("value_min", limit, f"≥ {limit:,.0f} {unit}")


def excess_at_most(limit: float, unit: str) -> Check:
    return Check("excess_max", limit, f"≤ floor + {limit:g} {unit}")


def extra_at_most(key: str, limit: float, text: str) -> Check:
    return Check("extra_max", limit, text, key)


def extra_at_least(key: str, limit: float, text: str) -> Check:
    return Check("extra_min", limit, text, key)


# --- figures ------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a figure's measuring function returns."""

    value: Stats | None = None
    floor: Stats | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    skipped: str = ""  # why the product side could not be measured (floor may still be)


@dataclass
class FigureResult:
    name: str
    title: str
    floor_title: str
    goal: list[Check]
    status: str  # measured, skipped, error
    value: Stats | None = None
    floor: Stats | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.floor is None or self.floor.median == 0:
            return None
        return self.value.median / self.floor.median

    @property
    def met(self) -> bool | None:
        """All checks met; None if any could not be judged."""
        if self.status != "measured":
            return None
        verdicts = [check.met(self) for check in self.goal]
        if any(v is False for v in verdicts):
            return False
        return None if any(v is None for v in verdicts) else True

    def to_json(self) -> dict[str, Any]:
        data = {
            "name": self.name,
            "title": self.title,
            "floor_title": self.floor_title,
            "status": self.status,
            "value": asdict(self.value) if self.value else None,
            "floor": asdict(self.floor) if self.floor else None,
            "ratio": self.ratio,
            "goal": [asdict(check) for check in self.goal],
            "met": self.met,
            "extras": self.extras,
            "notes": self.notes,
            "seconds": round(self.seconds, 2),
        }
        return data


@dataclass
class Context:
    """What every figure gets: the run's mode and where to put data."""

    quick: bool
    work_dir: Path  # removed at the end of the run
    cache_dir: Path  # generated data kept between runs
    log: Callable[[str], None]
    full_size: bool = False  # figures scaled down by default (bad_link) run at full size

    def runs(self, full: int, quick: int = 2) -> int:
        return quick if self.quick else full

    def scale(self, full: int, quick: int) -> int:
        """A data size: the real one, or a small one for ``--quick``."""
        return quick if self.quick else full

    def fresh_dir(self, name: str) -> Path:
        path = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.work_dir))
        return path


@dataclass(frozen=True)
class Figure:
    name: str
    title: str
    floor_title: str
    goal: list[Check]
    measure: Callable[[Context], Outcome]


FIGURES: dict[str, Figure] = {}


def figure(
    name: str, title: str, floor_title: str, goal: list[Check]
) -> Callable[[Callable[[Context], Outcome]], Callable[[Context], Outcome]]:
    """Register a measuring function as a figure (in the order figures are defined)."""

    def register(measure: Callable[[Context], Outcome]) -> Callable[[Context], Outcome]:
        FIGURES[name] = Figure(name, title, floor_title, goal, measure)
        return measure

    return register


def run_figure(fig: Figure, ctx: Context) -> FigureResult:
    """Measure one figure; a missing product part or a failure is reported, not raised."""
    started = time.perf_counter()
    result = FigureResult(fig.name, fig.title, fig.floor_title, fig.goal, "measured")
    try:
        outcome = fig.measure(ctx)
    except NotAvailable as exc:
        result.status = "skipped"
        result.notes.append(f"not available yet: {exc}")
    except Exception as exc:  # one broken figure must not hide the others
        traceback.print_exc(file=sys.stderr)
        result.status = "error"
        result.notes.append(f"error: {type(exc).__name__}: {exc}")
    else:
        result.value, result.floor = outcome.value, outcome.floor
        result.extras, result.notes = outcome.extras, outcome.notes
        if outcome.skipped:
            result.status = "skipped"
            result.notes.insert(0, f"not available yet: {outcome.skipped}")
    result.seconds = time.perf_counter() - started
    return result


@contextmanager
def bench_context(
    quick: bool, cache_dir: Path | None = None, full_size: bool = False
) -> Iterator[Context]:
    work = Path(tempfile.mkdtemp(prefix="wopdesk-bench-"))
    cache = cache_dir or RESULTS_DIR / "data"
    cache.mkdir(parents=True, exist_ok=True)
    try:
        yield Context(
            quick, work, cache, lambda line: print(f"  {line}", file=sys.stderr), full_size
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def call_main(main: Callable[[list[str]], int], argv: list[str]) -> tuple[int, str]:
    """Run a command-line entry point in this process; its exit code and what it printed."""
    out = io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(out):
            code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue().strip()


def not_built(said: str) -> bool:
    """Whether a command answered that its part of WOPdesk is not built yet (a stub)."""
    return "not built yet" in said


# --- output -------------------------------------------------------------------------


def _verdict(result: FigureResult) -> str:
    if result.status != "measured":
        return result.status.upper()
    return {True: "yes", False: "NO", None: "?"}[result.met]


def table_rows(results: Sequence[FigureResult]) -> list[list[str]]:
    rows = [["figure", "floor", "value", "ratio", "goal", "met?"]]
    for r in results:
        ratio = r.ratio
        rows.append(
            [
                r.name,
                r.floor.text() if r.floor else "—",
                r.value.text() if r.value else ("skipped" if r.status == "skipped" else "—"),
                f"{ratio:.2f}×" if ratio is not None else "—",
                "; ".join(check.text for check in r.goal),
                _verdict(r),
            ]
        )
    return rows


def format_table(results: Sequence[FigureResult], markdown: bool = False) -> str:
    """The results as an aligned text table (or a Markdown one), with notes below."""
    rows = table_rows(results)
    if markdown:
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
    else:
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines = [
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
        ]
        lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"{r.name}: {note}" for r in results for note in r.notes]
    if notes:
        lines.append("")
        lines.extend(f"- {note}" if markdown else note for note in notes)
    return "\n".join(line.rstrip() for line in lines)


def write_json(
    results: Sequence[FigureResult],
    machine: dict[str, Any],
    directory: Path = RESULTS_DIR,
    *,
    quick: bool = False,
    command: str = "",
) -> Path:
    """Write the run to ``directory/<UTC timestamp>.json`` and return the path."""
    directory.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    path = directory / f"{now:%Y%m%dT%H%M%SZ}{'-quick' if quick else ''}.json"
    n = 1
    while path.exists():  # two runs in the same second keep both files
        path = path.with_name(f"{path.stem}-{n}.json")
        n += 1
    data = {
        "timestamp": now.isoformat(timespec="seconds"),
        "command": command,
        "quick": quick,
        "machine": machine,
        "figures": [r.to_json() for r in results],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
