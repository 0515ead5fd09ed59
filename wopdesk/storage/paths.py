"""Where a profile's data lives: ``--data-dir``, then ``WOPDESK_DATA_DIR``, then platformdirs."""

import os
from pathlib import Path

import platformdirs

from wopdesk.errors import StorageError

DATABASE_NAME = "wopdesk.db"
BLOBS_DIR = "blobs"
ENV_VAR = "WOPDESK_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("WOPdesk", "WOPdesk"))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use, created if missing; one clear error if it cannot be used."""
    chosen = explicit or os.environ.get(ENV_VAR) or default_data_dir()
    path = Path(chosen).expanduser()
    if path.exists() and not path.is_dir():
        raise StorageError(f"The data directory {path} is a file, not a folder.")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the data directory {path}: {exc.strerror}.") from None
    if not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise StorageError(f"The data directory {path} is not readable and writable by you.")
    return path
