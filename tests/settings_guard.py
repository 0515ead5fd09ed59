"""A guard for the person's own folders: no test writes WOPdesk's real settings, data, logs
or cache. ``conftest`` points QSettings and platformdirs at a sandbox; this audit hook
refuses (and records) any write this test process still makes into the real ones."""

import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

# The XDG folders and where they are when the variable is not set, below the home folder.
XDG_DEFAULTS = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
    "XDG_CACHE_HOME": ".cache",
}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {
    "os.mkdir",
    "os.remove",
    "os.rmdir",
    "os.rename",
    "shutil.rmtree",
    "shutil.copyfile",
}


def real_roots(environ: Mapping[str, str], home: Path) -> list[Path]:
    """The person's own XDG folders, read before the tests move them."""
    return [Path(environ.get(name) or home / default) for name, default in XDG_DEFAULTS.items()]


class RealFolderWritten(AssertionError):
    """A test wrote into the person's own WOPdesk folders."""


class Guard:
    """An audit hook: a write below ``root/WOPdesk*`` for any of ``roots`` is refused."""

    def __init__(self, roots: Iterable[Path]) -> None:
        self.roots = [Path(os.path.realpath(root)) for root in roots]
        self.written: list[str] = []

    def owned(self, path: Any) -> bool:
        """Whether ``path`` lies in a WOPdesk folder of one of the real roots."""
        if isinstance(path, int) or path is None:
            return False
        full = Path(os.path.realpath(os.fsdecode(path)))
        for root in self.roots:
            if full.is_relative_to(root) and full != root:
                first = full.relative_to(root).parts[0]
                if first.lower().startswith("wopdesk"):
                    return True
        return False

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path, mode, flags = args
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            targets = [path] if writes else []
        elif event == "sqlite3.connect":
            targets = [args[0]] if str(args[0]) not in ("", ":memory:") else []
        elif event in _PATH_EVENTS:
            targets = list(args[:2]) if event in ("os.rename", "shutil.copyfile") else [args[0]]
        else:
            return
        for target in targets:
            if isinstance(target, str | bytes | os.PathLike) and self.owned(target):
                self.written.append(f"{event} {os.fsdecode(target)}")
                raise RealFolderWritten(f"A test wrote into the person's own folder: {target}")


installed: Guard | None = None


def install(environ: Mapping[str, str], home: Path) -> Guard:
    """Guard the real folders ``environ`` names, for the rest of this process; once."""
    global installed
    if installed is None:
        installed = Guard(real_roots(environ, home))
        sys.addaudithook(installed)
    return installed
