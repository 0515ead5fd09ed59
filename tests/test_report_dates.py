"""The progress report gives the partnership's planned dates as the Overview does, and its
actual start apart, labelled: a reader never sees two start dates for one thing."""

from pathlib import Path

from tests.test_reports import TODAY, whole_text
from wopdesk.demo import DEMO_PARTNERSHIP_ID, bobo
from wopdesk.reports.progress import build_progress_report
from wopdesk.reports.text import format_date, format_period
from wopdesk.storage.store import Store


def test_progress_report_labels_planned_and_actual_dates(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "progress.pdf"
    build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, out, today=TODAY)
    text = " ".join(whole_text(out).split())
    p = bobo.PARTNERSHIP
    planned = format_period(p["planned_start"], p["planned_end"])
    assert f"Planned {planned}" in text
    assert f"Actual since {format_date(p['actual_start'])}" in text
    # Not the actual start run into the planned end under one heading.
    assert format_period(p["actual_start"], p["planned_end"]) not in text
