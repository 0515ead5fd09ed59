"""Tests never touch the person's own settings: QSettings, platformdirs and the log point
into the test run's sandbox, and a write into the real folders is refused."""

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest

from tests import settings_guard
from tests.settings_guard import Guard, RealFolderWritten, real_roots

GUARD = settings_guard.installed


def test_the_real_folders_are_read_from_the_environment_before_the_sandbox() -> None:
    home = Path("/home/awa")
    roots = real_roots({"XDG_CONFIG_HOME": "/cfg"}, home)
    assert roots == [Path("/cfg"), home / ".local/share", home / ".local/state", home / ".cache"]
    assert not any(
        root.is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]).parent) for root in GUARD.roots
    )


def test_qsettings_and_platformdirs_point_into_the_sandbox(qapp: object) -> None:
    from PySide6.QtCore import QSettings

    from wopdesk import logs
    from wopdesk.storage.paths import default_data_dir

    places = [
        Path(QSettings("WOPdesk", "WOPdesk").fileName()),
        Path(platformdirs.user_config_dir("WOPdesk", "WOPdesk")),
        Path(platformdirs.user_data_dir("WOPdesk", "WOPdesk")),
        default_data_dir(),
        logs.log_dir(),
    ]
    assert GUARD is not None
    for place in places:
        assert not GUARD.owned(place), place


@pytest.mark.parametrize(
    ("name", "write"),
    [
        ("WOPdesk/WOPdesk.conf", lambda p: p.write_text("x", encoding="utf-8")),
        ("WOPdesk/log.txt", lambda p: os.close(os.open(p, os.O_WRONLY | os.O_CREAT))),
        ("wopdesk/new", lambda p: p.mkdir()),
        ("WOPdesk/wopdesk.db", lambda p: sqlite3.connect(p).close()),
    ],
)
def test_a_write_into_a_real_folder_is_refused_and_recorded(
    tmp_path: Path, name: str, write: Callable[[Path], object]
) -> None:
    target = tmp_path / name
    target.parent.mkdir()
    guard = Guard([tmp_path])
    # Audit hooks cannot be removed; this one guards only this test's own folder.
    sys.addaudithook(guard)
    with pytest.raises(RealFolderWritten, match="own folder"):
        write(target)
    assert not target.exists()
    assert guard.written


def test_reads_and_other_folders_pass(tmp_path: Path) -> None:
    guard = Guard([tmp_path])
    guard("open", (str(tmp_path / "WOPdesk" / "WOPdesk.conf"), "r", os.O_RDONLY))
    guard("open", (str(tmp_path / "other" / "x.conf"), "w", os.O_WRONLY))
    guard("os.mkdir", (str(tmp_path / "fontconfig"), 0o777, -1))
    assert guard.written == []
