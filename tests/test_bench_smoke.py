"""The benchmark harness imports and reports a trivial figure; no benchmark runs here."""

import json
from pathlib import Path

import pytest

from bench.harness import (
    Context,
    Figure,
    NotAvailable,
    Outcome,
    Stats,
    format_table,
    ratio_at_most,
    run_figure,
    value_at_most,
    write_json,
)


def _context(tmp_path: Path) -> Context:
    return Context(quick=True, work_dir=tmp_path, cache_dir=tmp_path, log=lambda _line: None)


def test_every_figure_is_registered_in_the_table_order() -> None:
    from bench.figures import ORDER
    from bench.harness import FIGURES

    assert sorted(ORDER) == sorted(FIGURES)


def test_trivial_figure_goes_to_the_table_and_the_json(tmp_path: Path) -> None:
    def measure(_ctx: Context) -> Outcome:
        return Outcome(value=Stats.of([3.0, 1.0, 2.0], "ms"), floor=Stats.of([1.0, 1.0, 1.0], "ms"))

    trivial = Figure("trivial", "a trivial figure", "nothing", [ratio_at_most(1.5)], measure)
    result = run_figure(trivial, _context(tmp_path))

    assert result.status == "measured"
    assert result.value is not None
    assert result.value.median == 2.0
    assert result.ratio == 2.0
    assert result.met is False
    table = format_table([result])
    assert "trivial" in table
    assert "2.00×" in table
    assert "NO" in table

    path = write_json([result], {"cpu": "test"}, tmp_path / "results", command="test")
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["machine"] == {"cpu": "test"}
    [figure] = written["figures"]
    assert figure["name"] == "trivial"
    assert figure["value"]["samples"] == [3.0, 1.0, 2.0]
    assert figure["met"] is False


def test_missing_product_part_is_skipped_with_its_reason(tmp_path: Path) -> None:
    def measure(_ctx: Context) -> Outcome:
        raise NotAvailable("needs wopdesk.example")

    figure = Figure("later", "not yet", "—", [value_at_most(1, "ms")], measure)
    result = run_figure(figure, _context(tmp_path))

    assert result.status == "skipped"
    assert result.met is None
    assert "not available yet: needs wopdesk.example" in format_table([result])


def test_percentile_is_the_nearest_rank() -> None:
    stats = Stats.of([float(n) for n in range(1, 21)], "ms")
    assert stats.p(95) == 19.0
    assert stats.p(100) == 20.0
    assert stats.p(0) == 1.0


def test_stats_need_samples() -> None:
    with pytest.raises(ValueError):
        Stats.of([], "ms")
