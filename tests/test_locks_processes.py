"""The command line in a second process while the app saves: nothing fails, nothing is lost.

The app keeps its profile open and saves an action's description every few milliseconds
(as its writer thread does) while ``wopdesk backup``, ``wopdesk export`` (the full
backup and the spreadsheets), ``wopdesk import-readings`` or ``wopdesk import`` run in
another process on the same profile. Both sides count zero failures, and every value
the app saved is in the database afterwards, as a fresh open reads it.
"""

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_concurrent_writes import ACTION, READINGS, Saver, _add_readings, _description
from wopdesk.demo import DEMO_PARTNERSHIP_ID, create_demo
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.backup import export_backup, import_backup
from wopdesk.storage.paths import DATABASE_NAME
from wopdesk.storage.store import Store


@pytest.fixture
def app_store(tmp_path: Path) -> Iterator[Store]:
    """The app's open profile: the demo and thousands of readings."""
    store = Store.open(tmp_path / "profile")
    create_demo(store)
    _add_readings(store, READINGS)
    yield store
    store.close()


def wopdesk(store: Store, *argv: str) -> subprocess.Popen[str]:
    """``wopdesk ARGV --data-dir`` the app's profile, started in another process."""
    return subprocess.Popen(
        [sys.executable, "-m", "wopdesk", *argv, "--data-dir", str(store.data_dir)],
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def saving_while(store: Store, *argv: str) -> tuple[Saver, str]:
    """Run ``wopdesk ARGV`` while the app saves; both must succeed. Its output."""
    saver = Saver(store)
    thread = threading.Thread(target=saver.run)
    thread.start()
    try:
        process = wopdesk(store, *argv)
        out, err = process.communicate(timeout=300)
    finally:
        saver.stop.set()
        thread.join()
    assert process.returncode == 0, err
    assert saver.failures == []
    assert saver.saved > 0
    print(f"\n{argv[0]}: {saver.saved} saves, longest {max(saver.waits) * 1000:.0f} ms")
    return saver, out


def reopened_description(store: Store) -> str:
    """The action's description as a new process opening the profile reads it."""
    other = Store.open(store.data_dir)
    try:
        return _description(other)
    finally:
        other.close()


@pytest.mark.parametrize("command", ["backup", "export"])
def test_a_backup_in_another_process_while_the_app_saves(
    app_store: Store, tmp_path: Path, command: str
) -> None:
    archive = tmp_path / "backup.zip"
    saver, _out = saving_while(app_store, command, "-o", str(archive))
    assert reopened_description(app_store) == saver.last
    with zipfile.ZipFile(archive) as backup:
        assert backup.testzip() is None


def test_a_spreadsheet_export_in_another_process_while_the_app_saves(
    app_store: Store, tmp_path: Path
) -> None:
    workbook = tmp_path / "all.xlsx"
    argv = ("export", "--xlsx", str(workbook), "--partnership", DEMO_PARTNERSHIP_ID)
    saver, _out = saving_while(app_store, *argv)
    assert workbook.stat().st_size > 0
    assert reopened_description(app_store) == saver.last


def test_an_import_of_readings_in_another_process_while_the_app_saves(
    app_store: Store, tmp_path: Path
) -> None:
    rows = [
        f"IBNET-NRW-PCT,{dt.date(1980, 1, 1) + dt.timedelta(days=n)},{n % 90}" for n in range(3000)
    ]
    sheet = tmp_path / "readings.csv"
    sheet.write_text("Indicator code,Period ending,Value\n" + "\n".join(rows) + "\n", "utf-8")
    with app_store.reading() as session:
        before = session.query(m.IndicatorReading).count()
    argv = ("import-readings", str(sheet), "--partnership", DEMO_PARTNERSHIP_ID)
    saver, out = saving_while(app_store, *argv)
    assert "Readings added: 3000;" in out
    with app_store.reading() as session:
        assert session.query(m.IndicatorReading).count() == before + 3000
    assert reopened_description(app_store) == saver.last


def test_a_restore_in_another_process_keeps_what_the_app_saves_afterwards(
    app_store: Store, tmp_path: Path
) -> None:
    """``wopdesk import --replace`` while the app is open: the app's next saves go into
    the restored profile, where every later open finds them, not into the one set aside."""
    archive = export_backup(app_store.data_dir, tmp_path / "backup.zip")
    saving_while(app_store, "import", str(archive), "--replace")  # replaces those saves
    with app_store.transaction() as session:  # the app saves once more, after the restore
        cmd.update(session, m.Action, ACTION, description="Saved after the restore")
    assert _description(app_store) == "Saved after the restore"
    assert reopened_description(app_store) == "Saved after the restore"
    aside = sqlite3.connect(app_store.data_dir / f"{DATABASE_NAME}.before-import")
    try:  # what was there before the restore, the app's saves included, is kept aside
        (kept,) = aside.execute("SELECT description FROM action WHERE id = ?", (ACTION,)).fetchone()
    finally:
        aside.close()
    assert kept.startswith("Install bulk meters, save ")


def test_a_backup_with_other_page_sizes_is_restored_into_the_open_profile(
    app_store: Store, tmp_path: Path
) -> None:
    """SQLite copies a database into one in WAL mode only page for page: a backup made
    with another page size is converted before it is written in."""
    archive = export_backup(app_store.data_dir, tmp_path / "backup.zip")
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(archive) as backup:
        backup.extractall(unpacked)
        names = backup.namelist()
    small = sqlite3.connect(unpacked / DATABASE_NAME, isolation_level=None)
    small.execute("PRAGMA journal_mode=DELETE")
    small.execute("PRAGMA page_size=1024")
    small.execute("VACUUM")
    assert small.execute("PRAGMA page_size").fetchone() == (1024,)
    small.close()
    repacked = tmp_path / "small-pages.zip"
    with zipfile.ZipFile(repacked, "w") as backup:
        for name in names:
            backup.write(unpacked / name, name)
    with app_store.transaction() as session:
        cmd.update(session, m.Action, ACTION, description="Not in the backup")
    import_backup(repacked, app_store.data_dir, replace=True)
    assert _description(app_store) != "Not in the backup"
    assert reopened_description(app_store) == _description(app_store)
