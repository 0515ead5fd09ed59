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
from wopdesk.storage.database import BUSY_SECONDS, open_engine
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
        _copy_database(database, snapshot)
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
            _restore_in_place(staged / DATABASE_NAME, database)
        else:
            shutil.copyfile(staged / DATABASE_NAME, f"{database}.incoming")
            os.replace(f"{database}.incoming", database)


def _restore_in_place(staged: Path, database: Path) -> None:
    """Copy ``database`` aside (``.before-import``), then write ``staged`` into it.

    Both through SQLite's backup API, not by moving files: the app or a sync may have
    the profile open in another process, and a file moved under them would keep their
    connections, and every save made through them, on the copy set aside, while new
    ones opened the restored file. Written into the live file as one write transaction
    (waiting for the lock like any writer), the restored data is what every connection
    sees next, and what they write afterwards stays in it.
    """
    aside = database.with_name(f"{DATABASE_NAME}.before-import")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{aside}{suffix}").unlink(missing_ok=True)
    _copy_database(database, aside)
    _match_page_size(staged, database)
    _copy_database(staged, database)


def _copy_database(source_path: Path, target_path: Path) -> None:
    """One consistent copy of a database into another (created or replaced whole)."""
    source = sqlite3.connect(source_path, timeout=BUSY_SECONDS)
    target = sqlite3.connect(target_path, timeout=BUSY_SECONDS)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def _match_page_size(staged: Path, database: Path) -> None:
    """Give the staged copy the live file's page size: SQLite cannot copy a database into
    one in WAL mode whose pages have another size."""
    live = sqlite3.connect(database, timeout=BUSY_SECONDS)
    try:
        (size,) = live.execute("PRAGMA page_size").fetchone()
    finally:
        live.close()
    copy = sqlite3.connect(staged, isolation_level=None)
    try:
        if copy.execute("PRAGMA page_size").fetchone()[0] != size:
            copy.execute("PRAGMA journal_mode=DELETE")
            copy.execute(f"PRAGMA page_size={int(size)}")
            copy.execute("VACUUM")
    finally:
        copy.close()


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
