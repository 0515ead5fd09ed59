"""Automatic backups: daily, before a migration and a restore, verified, pruned, previewed."""

import datetime as dt
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from alembic import command

from wopdesk.cli import main
from wopdesk.demo import DEMOS
from wopdesk.errors import StorageError
from wopdesk.storage import auto_backup
from wopdesk.storage.backup import export_backup, import_backup
from wopdesk.storage.database import alembic_config, create_sqlite_engine, open_engine
from wopdesk.storage.paths import DATABASE_NAME
from wopdesk.storage.store import Store

TITLES = tuple(sorted(str(spec.partnership["title"]) for spec in DEMOS))
VISITS = sum(len(spec.visits) for spec in DEMOS)
NOON = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


def test_a_backup_is_verified_and_previewed(demo_store: Store) -> None:
    path = auto_backup.take(demo_store.data_dir, auto_backup.DAILY, now=NOON)
    assert path is not None
    assert path.parent == demo_store.data_dir / auto_backup.BACKUPS_DIR
    contents = auto_backup.preview(path)
    assert contents.partnerships == TITLES
    counts = dict(contents.counts)
    assert counts["partnerships"] == len(DEMOS)
    assert counts["site visits"] == VISITS
    assert counts["photos and files"] > 0
    assert contents.last_change is not None


def test_one_daily_backup_a_day(demo_store: Store) -> None:
    assert auto_backup.daily(demo_store.data_dir, now=NOON) is not None
    assert auto_backup.daily(demo_store.data_dir, now=NOON + dt.timedelta(hours=3)) is None
    assert auto_backup.daily(demo_store.data_dir, now=NOON + dt.timedelta(days=1)) is not None
    assert [b.reason for b in auto_backup.backups(demo_store.data_dir)] == ["daily", "daily"]


def test_only_the_newest_are_kept(demo_store: Store) -> None:
    for day in range(5):
        auto_backup.take(demo_store.data_dir, "daily", keep=3, now=NOON + dt.timedelta(days=day))
    kept = auto_backup.backups(demo_store.data_dir)
    assert [b.taken_at.day for b in kept] == [8, 7, 6]


def test_no_database_no_backup(tmp_path: Path) -> None:
    assert auto_backup.take(tmp_path, "daily") is None


def test_a_damaged_backup_is_refused(demo_store: Store, tmp_path: Path) -> None:
    good = export_backup(demo_store.data_dir, tmp_path / "good.zip")
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == DATABASE_NAME:
                data = data[:4096] + b"\x00" * 4096 + data[8192:]  # a page overwritten
            target.writestr(name, data)
    with pytest.raises(StorageError, match="damaged"):
        auto_backup.verify(bad)
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(StorageError, match="cannot be read as a backup"):
        auto_backup.verify(tmp_path / "junk.zip")


def test_a_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    database = tmp_path / DATABASE_NAME
    engine = create_sqlite_engine(database)
    config = alembic_config(engine)
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.commit()
    engine.dispose()
    open_engine(database).dispose()
    taken = auto_backup.backups(tmp_path)
    assert [b.reason for b in taken] == [auto_backup.BEFORE_MIGRATION]
    with zipfile.ZipFile(taken[0].path) as archive:
        assert DATABASE_NAME in archive.namelist()
    open_engine(database).dispose()  # up to date: no second backup
    assert len(auto_backup.backups(tmp_path)) == 1


def test_a_restore_is_preceded_by_a_backup_of_what_it_replaces(
    demo_store: Store, tmp_path: Path
) -> None:
    empty = Store.open(tmp_path / "empty")
    empty.close()
    archive = export_backup(tmp_path / "empty", tmp_path / "empty.zip")
    demo_store.close()
    import_backup(archive, demo_store.data_dir, replace=True)
    taken = auto_backup.backups(demo_store.data_dir)
    assert [b.reason for b in taken] == [auto_backup.BEFORE_RESTORE]
    assert auto_backup.preview(taken[0].path).partnerships == TITLES


def test_the_command_line_lists_the_backups(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    auto_backup.take(demo_store.data_dir, auto_backup.DAILY, now=NOON)
    assert main(["backups", "--data-dir", str(demo_store.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "2026-12-04 12:00 UTC  daily" in out
    assert "; ".join(TITLES) in out
    assert f"{VISITS} site visits" in out


def test_a_backup_exists_after_the_app_has_run_once(demo_store: Store) -> None:
    data_dir = demo_store.data_dir
    demo_store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WOPDESK_QUIT_AFTER_SHOW": "1"}
    finished = subprocess.run(
        [sys.executable, "-m", "wopdesk", "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert [b.reason for b in auto_backup.backups(data_dir)] == [auto_backup.DAILY]
