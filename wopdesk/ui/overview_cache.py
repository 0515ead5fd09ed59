"""The last Overview shown, kept so the next start can draw it before the data is open.

Opening the profile imports SQLAlchemy and configures the mappers (about 400 ms of CPU);
the Overview's data rarely changes between two starts. At close the app reads the
Overview once more (another process may have written since the page last read) and saves
it as plain JSON, stamped with the database file's identity (path, size and
``mtime_ns`` of the database and its ``-wal``), the app's and the catalogue's versions,
the language and the day. At the next start, if the stamp still matches, the file has
not changed since, so that view *is* the current data: it is drawn at once, and the
real read that follows replaces it. Anything else (no file, another stamp, a damaged
file, a shape that changed) means "no cache": the start goes on as without one.

Nothing here imports Qt or the database layer; the file lives in the platform's cache
folder (``platformdirs``), one per data folder.
"""

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import types
import typing
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import platformdirs

from wopdesk import __version__
from wopdesk.domain.overview_view import PartnershipOverview

FORMAT = 1
DATABASE_NAME = "wopdesk.db"  # as wopdesk.storage.paths.DATABASE_NAME (a test checks)
DATA_DIR_ENV = "WOPDESK_DATA_DIR"  # likewise

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where the cache files live (tests point it elsewhere)."""
    return Path(platformdirs.user_cache_dir("WOPdesk", "WOPdesk"))


def data_dir_of(explicit: str | os.PathLike[str] | None) -> Path:
    """The data folder ``Store.open`` would use, without creating it."""
    from wopdesk.storage.paths import default_data_dir

    chosen = explicit or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return Path(chosen).expanduser().resolve()


def cache_file(data_dir: Path) -> Path:
    key = hashlib.sha256(str(data_dir).encode()).hexdigest()[:20]
    return cache_dir() / f"overview-{key}.json"


def stamp(data_dir: Path, language: str) -> dict[str, Any]:
    """What must be the same for a saved view to be the current one."""
    from wopdesk.domain.catalogue import CATALOGUE_VERSION

    database = data_dir / DATABASE_NAME
    files: list[list[int] | None] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            info = path.stat()
        except FileNotFoundError:
            files.append(None)
            continue
        # An empty -wal holds nothing: opening the database makes one, closing removes it.
        files.append([info.st_size, info.st_mtime_ns] if info.st_size else None)
    return {
        "format": FORMAT,
        "database": str(database),
        "files": files,
        "version": __version__,
        "catalogue": CATALOGUE_VERSION,
        "language": language,
        "day": dt.date.today().isoformat(),  # overdue and "next" depend on the day
    }


# --- plain JSON, both ways ---------------------------------------------------------------


def to_json(value: Any) -> Any:
    """``value`` (dataclasses, dates, Decimals, enums, containers) as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return [[to_json(k), to_json(v)] for k, v in value.items()]
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    return value


def from_json(kind: Any, value: Any) -> Any:
    """The ``kind`` (a type hint) that ``to_json`` wrote as ``value``; TypeError/ValueError
    if it does not fit (a file from another shape is no cache)."""
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [arg for arg in args if arg is not type(None)]
        return from_json(inner, value)
    if origin is list:
        return [from_json(args[0], item) for item in _expect(value, list)]
    if origin is tuple:
        items = _expect(value, list)
        if len(items) != len(args):
            raise ValueError("a tuple of another length")
        return tuple(from_json(arg, item) for arg, item in zip(args, items, strict=True))
    if origin is dict:
        return {from_json(args[0], k): from_json(args[1], v) for k, v in _expect(value, list)}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = _expect(value, dict)
        names = {f.name for f in dataclasses.fields(kind)}
        if set(fields) != names:
            raise ValueError(f"{kind.__name__} with other fields")
        return kind(**{name: from_json(hints[name], fields[name]) for name in names})
    return _scalar(kind, value)


def _scalar(kind: Any, value: Any) -> Any:
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is dt.date:
        return dt.date.fromisoformat(_expect(value, str))
    if kind is Decimal:
        return Decimal(_expect(value, str))
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError("not a number")
        return float(value)
    if kind in (int, str, bool):
        return _expect(value, kind)
    raise TypeError(f"cannot read a {kind!r}")


def _expect(value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


# --- saving and loading -----------------------------------------------------------------


def save(data_dir: Path, language: str, view: PartnershipOverview) -> None:
    """Keep ``view`` for the next start, stamped with the data as it is now (the profile
    closed). A failure is only logged: the cache is a nicety."""
    target = cache_file(data_dir)
    try:
        text = json.dumps({"stamp": stamp(data_dir, language), "view": to_json(view)})
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)  # whole or not at all
    except (OSError, TypeError, ValueError) as exc:
        log.warning("could not keep the Overview for the next start: %s", exc)


def load(data_dir: Path, language: str) -> PartnershipOverview | None:
    """The view kept for ``data_dir`` if its data is still current, else None (never
    raises: a damaged or old file is no cache)."""
    try:
        saved = json.loads(cache_file(data_dir).read_text(encoding="utf-8"))
        if saved["stamp"] != stamp(data_dir, language):
            return None
        view = from_json(PartnershipOverview, saved["view"])
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001  any damage: start as without a cache
        log.warning("ignored the kept Overview (%s: %s)", type(exc).__name__, exc)
        return None
    return view if isinstance(view, PartnershipOverview) else None


def forget(data_dir: Path) -> None:
    """Remove the kept view (the data changed in a way the stamp would not see)."""
    try:
        cache_file(data_dir).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the kept Overview: %s", exc)
