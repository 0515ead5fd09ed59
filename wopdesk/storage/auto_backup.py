"""Automatic local backups, so nothing is lost even to one's own mistakes.

One backup a day the app is used, one before every migration and one before every
restore; each is the same zip as a full backup (``backup.export_backup``), kept in the
profile's ``backups`` folder, verified after it is written (the archive reads back, the
database passes SQLite's check, every file matches its hash), and only the newest
``keep`` are kept. A backup that fails verification is deleted and the failure said,
never silently kept.
"""

import datetime as dt
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from wopdesk.errors import StorageError
from wopdesk.storage.backup import export_backup, unpack_checked
from wopdesk.storage.paths import DATABASE_NAME

BACKUPS_DIR = "backups"
DEFAULT_KEEP = 10
DAILY = "daily"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
_NAME = re.compile(r"^wopdesk-(\d{8}T\d{6}Z)-([a-z-]+)\.zip$")
_STAMP = "%Y%m%dT%H%M%SZ"
# What a preview counts: the table, and what it is called.
_PREVIEW_TABLES = (
    ("partnership", "partnerships"),
    ("site_visit", "site visits"),
    ("action", "actions"),
    ("indicator_reading", "indicator readings"),
    ("learning_activity", "learning activities"),
    ("attachment", "photos and files"),
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One automatic backup: where, when (UTC), why, and how big."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class BackupPreview:
    """What a backup holds, to choose one before restoring it."""

    partnerships: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]
    last_change: dt.datetime | None


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_DIR


def take(
    data_dir: Path, reason: str, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None
) -> Path | None:
    """Back the profile up now; the verified zip, or None when there is no database yet."""
    if not (data_dir / DATABASE_NAME).is_file():
        return None
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = backups_dir(data_dir)
    folder.mkdir(exist_ok=True)
    target = folder / f"wopdesk-{moment.strftime(_STAMP)}-{reason}.zip"
    export_backup(data_dir, target)
    try:
        verify(target)
    except StorageError:
        target.unlink(missing_ok=True)
        raise
    prune(data_dir, keep)
    return target


def verify(path: Path) -> None:
    """Read ``path`` back whole: every file's hash, and SQLite's own check of the database."""
    with tempfile.TemporaryDirectory() as work:
        staged = unpack_checked(path, Path(work))
        connection = sqlite3.connect(f"file:{staged / DATABASE_NAME}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            verdict = str(exc)
        finally:
            connection.close()
    if verdict != "ok":
        raise StorageError(f"The backup {path.name} is damaged ({verdict}); it was not kept.")


def backups(data_dir: Path) -> list[BackupInfo]:
    """The automatic backups of a profile, newest first."""
    found = []
    for path in backups_dir(data_dir).glob("wopdesk-*.zip"):
        match = _NAME.match(path.name)
        if match is None:
            continue
        taken = dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)
        found.append(BackupInfo(path, taken, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def prune(data_dir: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups (at least one is always kept)."""
    for info in backups(data_dir)[max(1, keep) :]:
        info.path.unlink(missing_ok=True)


def daily(data_dir: Path, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None) -> Path | None:
    """Today's backup, taken if the profile has none from today (UTC) yet."""
    moment = now or dt.datetime.now(dt.UTC)
    if any(info.taken_at.date() == moment.date() for info in backups(data_dir)):
        return None
    return take(data_dir, DAILY, keep, moment)


def preview(path: Path) -> BackupPreview:
    """The partnerships a backup holds, how many records of each kind, its newest change."""
    with tempfile.TemporaryDirectory() as work:
        staged = unpack_checked(path, Path(work))
        connection = sqlite3.connect(f"file:{staged / DATABASE_NAME}?mode=ro", uri=True)
        try:
            titles = tuple(
                title
                for (title,) in connection.execute(
                    "SELECT title FROM partnership WHERE NOT deleted ORDER BY title"
                )
            )
            counts = tuple((label, _count(connection, table)) for table, label in _PREVIEW_TABLES)
            latest = max(
                (_latest(connection, table) for table, _label in _PREVIEW_TABLES),
                default=None,
                key=lambda value: value or "",
            )
        finally:
            connection.close()
    return BackupPreview(titles, counts, _parse_time(latest))


def _count(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f"SELECT count(*) FROM {table} WHERE NOT deleted").fetchone()[0])


def _latest(connection: sqlite3.Connection, table: str) -> str | None:
    value = connection.execute(f"SELECT max(updated_at) FROM {table}").fetchone()[0]
    return str(value) if value else None


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
