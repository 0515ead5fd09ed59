"""A problem report: the logs, the versions and the system's facts in one zip for support.

Nothing of a partnership goes in unless the person asks for it: the logs say what the
program did, not what anyone typed. With ``include_data`` the report also carries a
full backup of the profile (database and files), for a problem that needs the data.
"""

import datetime as dt
import importlib.metadata
import locale
import os
import platform
import sys
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path

from wopdesk import __version__
from wopdesk.errors import StorageError
from wopdesk.files import cannot_write, match_umask
from wopdesk.logs import log_dir

DISTRIBUTIONS = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "pydantic",
    "httpx",
    "reportlab",
    "Pillow",
    "platformdirs",
    "keyring",
)


def system_facts(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The program's and the machine's versions and settings a support person asks first."""
    facts = {
        "WOPdesk": __version__,
        "Python": sys.version.replace("\n", " "),
        "Platform": platform.platform(),
        "Machine": platform.machine(),
        "Locale": ".".join(filter(None, locale.getlocale())) or "?",
        "Frozen": str(getattr(sys, "frozen", False)),
        "Written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    for name in DISTRIBUTIONS:
        try:
            facts[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            facts[name] = "not installed"
    facts.update(extra or {})
    return facts


def write_problem_report(
    output: Path,
    data_dir: Path | None = None,
    include_data: bool = False,
    extra_facts: Mapping[str, str] | None = None,
) -> Path:
    """Write the report zip atomically to ``output``; return its path.

    ``extra_facts`` are facts only the caller knows (the Qt version, the screen).
    """
    output = output.expanduser()
    if not output.parent.is_dir():
        raise StorageError(f"Cannot write {output}: the folder {output.parent} does not exist.")
    facts = system_facts(extra_facts)
    fd, temp_name = tempfile.mkstemp(dir=output.parent, prefix=".report-", suffix=".zip")
    os.close(fd)
    try:
        with zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("system.txt", "".join(f"{k}: {v}\n" for k, v in facts.items()))
            for log in sorted(log_dir().glob("*.log*")):
                archive.write(log, f"logs/{log.name}")
            if include_data and data_dir is not None:
                _add_profile(archive, data_dir, output.parent)
        os.replace(temp_name, output)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise StorageError(cannot_write(output, exc)) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    match_umask(output)
    return output


def _add_profile(archive: zipfile.ZipFile, data_dir: Path, scratch: Path) -> None:
    from wopdesk.storage.backup import export_backup

    with tempfile.TemporaryDirectory(dir=scratch) as work:
        backup = export_backup(data_dir, Path(work) / "profile-backup.zip")
        archive.write(backup, "profile-backup.zip")
