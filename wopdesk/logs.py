"""Where WOPdesk writes what happened: one rotating log, and every crash caught in it.

Configured once per process, by the app and the command line alike. The log lives in
the platform's log folder (``~/.local/state/WOPdesk/log`` on Linux,
``%LOCALAPPDATA%\\WOPdesk\\WOPdesk\\Logs`` on Windows), or in ``WOPDESK_LOG_DIR``;
``WOPDESK_LOG_LEVEL`` (DEBUG, INFO, WARNING…) sets how much it says. A windowed build
has no console, so an error nobody catches, in any thread, is written there with its
traceback; a hard crash (a segmentation fault in Qt, say) is written by
``faulthandler`` into ``crash.log`` beside it, which the next start reports.
"""

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs

LOG_DIR_ENV = "WOPDESK_LOG_DIR"
LOG_LEVEL_ENV = "WOPDESK_LOG_LEVEL"
LOG_NAME = "wopdesk.log"
CRASH_NAME = "crash.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
DEFAULT_LEVEL = "INFO"

ExceptionHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]

_lock = threading.Lock()
_handler: logging.Handler | None = None
_crash_file: IO[str] | None = None
_faulthandler_before = False
_previous_hooks: list[tuple[ExceptionHook, Callable[[threading.ExceptHookArgs], object]]] = []


def log_dir() -> Path:
    """The folder of the log files: ``WOPDESK_LOG_DIR``, else the platform's log folder."""
    chosen = os.environ.get(LOG_DIR_ENV)
    return Path(chosen) if chosen else Path(platformdirs.user_log_dir("WOPdesk", "WOPdesk"))


def level_from(name: str | None) -> int:
    """A logging level from its name (``debug``, ``WARNING``…); INFO for a name it is not."""
    level = logging.getLevelName((name or DEFAULT_LEVEL).strip().upper())
    return level if isinstance(level, int) else logging.INFO


def configure_logging(level: str | None = None) -> Path | None:
    """Send the ``wopdesk`` loggers to the rotating log file; the folder, or None if unusable.

    Safe to call again: a later call only changes the level. A log folder that cannot be
    created never stops the program; it then logs to stderr only.
    """
    global _handler
    chosen = level_from(level or os.environ.get(LOG_LEVEL_ENV))
    root = logging.getLogger("wopdesk")
    root.setLevel(chosen)
    with _lock:
        if _handler is not None:
            return log_dir()
        folder = log_dir()
        handler = _file_handler(folder)
        written_to: Path | None = folder
        if handler is None:
            handler, written_to = logging.StreamHandler(sys.stderr), None
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
        _handler = handler
    return written_to


def _file_handler(folder: Path) -> logging.Handler | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None


def install_crash_handlers(show: ExceptionHook | None = None) -> None:
    """Log every uncaught exception, in any thread, and hard crashes into ``crash.log``.

    ``show`` is called after an uncaught exception of the main thread is logged (the
    app shows a dialog); without it, the exception is also printed to stderr.
    """
    _enable_faulthandler()

    def on_exception(
        kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        logging.getLogger("wopdesk").critical("Unhandled error", exc_info=(kind, value, trace))
        if show is not None:
            show(kind, value, trace)
        else:
            sys.__excepthook__(kind, value, trace)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        logging.getLogger("wopdesk").critical(
            "Unhandled error in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    _previous_hooks.append((sys.excepthook, threading.excepthook))
    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def uninstall_crash_handlers() -> None:
    """Put back the exception hooks ``install_crash_handlers`` replaced (tests, embedding),
    and hard crashes to stderr where they went before (pytest's own handler, say)."""
    global _crash_file
    if _previous_hooks:
        sys.excepthook, threading.excepthook = _previous_hooks.pop()
    with _lock:
        if _crash_file is None:
            return
        if _faulthandler_before:
            faulthandler.enable(file=sys.__stderr__ or sys.stderr, all_threads=True)
        else:
            faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def _enable_faulthandler() -> None:
    global _crash_file
    with _lock:
        if _crash_file is not None:
            return
        try:
            folder = log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            # Kept open for the life of the process: faulthandler writes to its descriptor.
            _crash_file = (folder / CRASH_NAME).open("a", encoding="utf-8")
        except OSError:
            return
        global _faulthandler_before
        _faulthandler_before = faulthandler.is_enabled()
        faulthandler.enable(file=_crash_file, all_threads=True)


def earlier_crash() -> str | None:
    """What ``crash.log`` says of a hard crash since it was last read, then set it aside.

    The text moves to ``crash-previous.log`` (kept for a problem report), so each crash
    is reported once.
    """
    path = log_dir() / CRASH_NAME
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not text.strip():
        return None
    try:
        path.replace(path.with_name("crash-previous.log"))
    except OSError:
        return None
    return text
