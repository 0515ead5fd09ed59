"""The command line: help, demo, and one-sentence errors without tracebacks."""

import subprocess
import sys
from pathlib import Path

import pytest

from wopdesk.cli import _plain_start, build_parser, main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wopdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_help_lists_the_contract() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in ("demo", "report", "sync", "export", "backup", "import", "--data-dir"):
        assert word in result.stdout


def test_demo_twice_and_data_dir_after_command(tmp_path: Path) -> None:
    first = run("demo", "--data-dir", str(tmp_path))
    assert first.returncode == 0, first.stderr
    second = run("--data-dir", str(tmp_path), "demo")
    assert "already" in second.stdout


def test_unusable_data_dir_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    assert main(["demo", "--data-dir", str(afile)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wopdesk: ")
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_corrupt_database_is_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "wopdesk.db").write_text("garbage")
    result = run("demo", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "not an SQLite file" in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "/tmp/profile"],
        ["--data-dir=/tmp/profile"],
        ["--data-dir="],
        ["--data-dir", "-x"],
        ["app"],
        ["--data-dir", "/tmp/profile", "app"],
        ["demo", "--data-dir", "/tmp/profile"],
    ],
)
def test_the_plain_start_reads_its_arguments_as_argparse_does(argv: list[str]) -> None:
    # ``wopdesk [--data-dir DIR]`` skips building the parser; anything else goes to it.
    fast = _plain_start(argv)
    if fast is not None:
        assert fast == build_parser().parse_args(argv)
    else:
        assert argv not in ([], ["--data-dir", "/tmp/profile"], ["--data-dir=/tmp/profile"])
