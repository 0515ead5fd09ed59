"""``wopdesk report`` finds a partnership by its title, a person by their name, as typed."""

from pathlib import Path

import pytest

from wopdesk.cli import main
from wopdesk.storage.store import Store

from .test_reports import pages_text


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("wanted", ["Bobo-Dioulasso", "bobo", "ONEE et ONEA"])
def test_progress_report_by_part_of_the_title(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], wanted: str
) -> None:
    out = tmp_path / "progress.pdf"
    code, err = _run(["report", "progress", wanted, "-o", str(out)], capsys)
    assert code == 0, err
    assert "Bobo-Dioulasso" in pages_text(out)[0]


def test_an_ambiguous_or_unknown_title_is_one_sentence(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "progress.pdf"
    code, err = _run(["report", "progress", "—", "-o", str(out)], capsys)
    assert code != 0
    assert "Bobo-Dioulasso" in err  # both are named, to choose from
    assert "Karad" in err
    code, err = _run(["report", "progress", "Ouagadougou", "-o", str(out)], capsys)
    assert code != 0
    assert "'Ouagadougou'" in err
    assert "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("wanted", ["Nadia Benjelloun", "benjelloun"])
def test_learning_record_by_name(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], wanted: str
) -> None:
    out = tmp_path / "learning.pdf"
    code, err = _run(["report", "learning", wanted, "-o", str(out)], capsys)
    assert code == 0, err
    assert "Nadia Benjelloun" in pages_text(out)[0]
