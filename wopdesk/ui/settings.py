"""The person's settings: each declared once, with its type and default, kept in QSettings.

Read with ``value(REPORT_AUTHOR)`` and write with ``set_value(REPORT_AUTHOR, "Maria")``;
a value equal to its default is removed, so a later default applies to it. Tests pass a
``QSettings`` of their own (an INI file in a temporary folder).
"""

from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, bool)


class Setting(Generic[T]):
    """One setting: where QSettings keeps it, its Python type and its default.

    (A plain class: ``dataclasses`` is not imported on the start-up path.)
    """

    __slots__ = ("default", "key", "kind")

    def __init__(self, key: str, kind: type[T], default: T) -> None:
        self.key = key
        self.kind: type[T] = kind
        self.default: T = default

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.kind.__name__}, {self.default!r})"


# "" means "the usual": the system's language, the platform's data folder, Documents.
LANGUAGE: Setting[str] = Setting("ui/language", str, "")
SERVER_ADDRESS: Setting[str] = Setting("sync/server_address", str, "")
DATA_FOLDER: Setting[str] = Setting("storage/data_folder", str, "")
BACKUP_FOLDER: Setting[str] = Setting("storage/backup_folder", str, "")
REPORT_AUTHOR: Setting[str] = Setting("reports/author", str, "")
REPORT_ORGANISATION: Setting[str] = Setting("reports/organisation", str, "")

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE,
    SERVER_ADDRESS,
    DATA_FOLDER,
    BACKUP_FOLDER,
    REPORT_AUTHOR,
    REPORT_ORGANISATION,
)


def qsettings(settings: QSettings | None = None) -> QSettings:
    """``settings``, or the person's own (the application's QSettings)."""
    return settings if settings is not None else QSettings("WOPdesk", "WOPdesk")


def value(setting: Setting[T], settings: QSettings | None = None) -> T:
    """The value kept for ``setting``, or its default when none (or an unusable one) is."""
    raw = qsettings(settings).value(setting.key, setting.default)
    return _convert(setting, raw)


def set_value(setting: Setting[T], new: T, settings: QSettings | None = None) -> None:
    """Keep ``new`` for ``setting`` (written to disk now); the default is kept as no value."""
    if not isinstance(new, setting.kind):
        raise TypeError(f"{setting.key} takes a {setting.kind.__name__}, not {new!r}.")
    store = qsettings(settings)
    if new == setting.default:
        store.remove(setting.key)
    else:
        store.setValue(setting.key, new)
    store.sync()


def _convert(setting: Setting[T], raw: object) -> T:
    # INI files give back strings; the native formats give back what was stored.
    converted: Any
    try:
        if setting.kind is bool:
            converted = raw.lower() in ("true", "1", "yes") if isinstance(raw, str) else bool(raw)
        elif setting.kind is int:
            converted = int(raw)  # type: ignore[call-overload]
        else:
            converted = setting.default if raw is None else str(raw)
    except (TypeError, ValueError):
        return setting.default
    return cast(T, converted)
