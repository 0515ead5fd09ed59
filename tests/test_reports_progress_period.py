"""The progress report of one reporting period: status, summary, narrative and approvals."""

import datetime as dt
from pathlib import Path

import pytest

from wopdesk.cli import main
from wopdesk.demo import DEMO_PARTNERSHIP_ID, bobo, demo_id
from wopdesk.errors import ValidationError
from wopdesk.reports.progress import build_progress_report
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store

from .test_reports import pages_text, whole_text

TODAY = dt.date(2026, 11, 20)
APPROVED, DRAFT = bobo.PROGRESS  # 2026 Q2 approved by both partners, 2026 Q3 a draft
PEOPLE = {p.key: p for p in bobo.PEOPLE}


def _report(store: Store, tmp_path: Path, period: str | None = None) -> str:
    out = tmp_path / f"progress-{period}.pdf"
    build_progress_report(store, DEMO_PARTNERSHIP_ID, out, today=TODAY, period=period)
    return whole_text(out)


def test_by_default_the_latest_period_with_a_record(demo_store: Store, tmp_path: Path) -> None:
    text = _report(demo_store, tmp_path)
    assert "Reporting period 2026 Q3" in text
    assert "Overall status: At risk" in text
    assert DRAFT.reason in text
    assert "draft, not approved yet" in text
    assert DRAFT.summary.replace("\u202f", " ") in text.replace("\u202f", " ")
    for section in ("The period 2026 Q3", "Achievements", "Challenges", "Lessons learned"):
        assert section in text, section
    assert "Next steps" in text
    assert "This record is a draft until both partners approve it." in text
    assert text.count("Not approved yet") == 2


def test_a_period_chosen_by_its_label_prints_its_approvals(
    demo_store: Store, tmp_path: Path
) -> None:
    text = _report(demo_store, tmp_path, "2026-Q2")
    first_page = text.split("\n")[0]
    assert "Reporting period 2026 Q2" in first_page
    assert "Overall status: On track (approved by both partners)" in first_page
    for key, day in (APPROVED.mentor_approval, APPROVED.mentee_approval):
        assert PEOPLE[key].name in text
        assert PEOPLE[key].job_title in text
        assert day.strftime("%-d %b %Y") in text
    assert "Not approved yet" not in text
    assert f"Written by {PEOPLE['clara'].name}." in text


def test_a_period_without_a_record_says_so(demo_store: Store, tmp_path: Path) -> None:
    text = _report(demo_store, tmp_path, "2025-Q1")
    assert "Reporting period 2025 Q1" in text
    assert "No progress record has been written for this period yet." in text
    assert "Approval" not in text


def test_a_bad_period_label_is_one_sentence(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="'2026-Q7' is not a reporting period"):
        _report(demo_store, tmp_path, "2026-Q7")


def test_the_report_follows_a_reopened_and_edited_record(demo_store: Store, tmp_path: Path) -> None:
    record_id = demo_id("progress:0")
    with demo_store.transaction() as session:
        cmd.reopen_progress(session, record_id)
        cmd.update(session, m.ProgressRecord, record_id, next_steps="Étendre la sectorisation.")
    text = _report(demo_store, tmp_path, "2026-Q2")
    assert "Étendre la sectorisation." in text
    assert "draft, not approved yet" in text


def test_the_command_line_takes_a_period(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q2.pdf"
    code = main(["report", "progress", DEMO_PARTNERSHIP_ID, "--period", "2026-Q2", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "Reporting period 2026 Q2" in pages_text(out)[0]
    code = main(["report", "progress", DEMO_PARTNERSHIP_ID, "--period", "Q9", "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0
    assert "'Q9' is not a reporting period" in err
    assert "Traceback" not in err
