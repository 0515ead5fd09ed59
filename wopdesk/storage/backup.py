"""Full backup and restore of a data directory: the database and every blob, in one zip.

The database is copied with SQLite's online backup API, so a backup taken while the app
runs is consistent. A restore checks the archive whole before it touches anything.
"""

import errno
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from wopdesk import __version__
from wopdesk.errors import StorageError
from wopdesk.files import cannot_write, match_umask
from wopdesk.storage.blobs import BlobStore, sha256_of
from wopdesk.storage.database import open_engine
from wopdesk.storage.paths import BLOBS_DIR, DATABASE_NAME

MANIFEST = "wopdesk-backup.json"


def export_backup(data_dir: Path, output: Path) -> Path:
    """Write ``output`` atomically; return its path."""
    database = data_dir / DATABASE_NAME
    if not database.is_file():
        raise StorageError(f"There is no WOPdesk database in {data_dir} to back up.")
    output = output.expanduser().resolve()
    if not output.parent.is_dir():
        missing = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))
        raise StorageError(cannot_write(output, missing))
    try:
        _write_backup(data_dir, database, output)
    except OSError as exc:
        raise StorageError(cannot_write(output, exc)) from None
    return output


def _write_backup(data_dir: Path, database: Path, output: Path) -> None:
    """The zip written beside ``output`` and renamed into place (an OSError says why not)."""
    with tempfile.TemporaryDirectory() as work:
        snapshot = Path(work) / DATABASE_NAME
        source, target = sqlite3.connect(database), sqlite3.connect(snapshot)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        blob_root = data_dir / BLOBS_DIR
        blobs = sorted(
            p for p in blob_root.glob("??/*") if p.is_file() and not p.name.startswith(".")
        )
        fd, temp_name = tempfile.mkstemp(dir=output.parent, prefix=".backup-", suffix=".zip")
        os.close(fd)
        try:
            with zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(
                    MANIFEST, json.dumps({"version": __version__, "blobs": len(blobs)})
                )
                archive.write(snapshot, DATABASE_NAME)
                for blob in blobs:
                    archive.write(blob, f"{BLOBS_DIR}/{blob.parent.name}/{blob.name}")
            os.replace(temp_name, output)
            match_umask(output)  # the person's file, not the 0600 of a temporary one
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise


def import_backup(archive_path: Path, data_dir: Path, *, replace: bool = False) -> None:
    """Restore a backup into ``data_dir``; an existing database is only set aside if asked."""
    database = data_dir / DATABASE_NAME
    if database.exists() and not replace:
        raise StorageError(
            f"{data_dir} already holds a WOPdesk database; use --replace to set it aside "
            "and restore the backup in its place."
        )
    with tempfile.TemporaryDirectory() as work:
        staged = unpack_checked(archive_path, Path(work))
        # Opening it runs the same checks and migrations as the app: a foreign or
        # newer database is refused here, before anything in data_dir changes.
        open_engine(staged / DATABASE_NAME, backup_before_migration=False).dispose()
        if database.exists():
            from wopdesk.storage import auto_backup

            auto_backup.take(data_dir, auto_backup.BEFORE_RESTORE)
        store = BlobStore(data_dir / BLOBS_DIR)
        for blob in (staged / BLOBS_DIR).glob("??/*"):
            store.put_verified(blob.read_bytes(), blob.parent.name + blob.name)
        if database.exists():
            aside = database.with_name(f"{DATABASE_NAME}.before-import")
            for suffix in ("", "-wal", "-shm"):
                current = Path(f"{database}{suffix}")
                if current.exists():
                    os.replace(current, Path(f"{aside}{suffix}"))
        shutil.copyfile(staged / DATABASE_NAME, f"{database}.incoming")
        os.replace(f"{database}.incoming", database)


def unpack_checked(archive_path: Path, into: Path) -> Path:
    try:
        with zipfile.ZipFile(archive_path) as archive:
            names = archive.namelist()
            if MANIFEST not in names or DATABASE_NAME not in names:
                raise StorageError(f"{archive_path} is not a WOPdesk backup.")
            for name in names:
                if name.startswith("/") or ".." in Path(name).parts:
                    raise StorageError(f"{archive_path} holds an unsafe path: {name}.")
            archive.extractall(into)
    except FileNotFoundError:
        raise StorageError(f"{archive_path} does not exist.") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise StorageError(f"{archive_path} cannot be read as a backup: {exc}.") from None
    for blob in (into / BLOBS_DIR).glob("??/*"):
        if sha256_of(blob.read_bytes()) != blob.parent.name + blob.name:
            raise StorageError(f"{archive_path} is damaged: a file does not match its hash.")
    return into
