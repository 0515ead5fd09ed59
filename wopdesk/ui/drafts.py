"""Autosave of an editor's typing: on disk at most a moment after it was typed.

``DraftKeeper`` watches an editor's text widgets; within ``DRAFT_DELAY_MS`` of a keystroke
it writes their text to the ``DraftStore`` (a small atomic file write, so it is done on
the GUI thread where the text is; it never touches the database). The editor clears
the draft when it saves and offers it back when it opens the same record again.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from wopdesk.storage.drafts import Draft, DraftStore

DRAFT_DELAY_MS = 800
TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


def widget_text(widget: TextWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def set_widget_text(widget: TextWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)


class DraftKeeper(QObject):
    """Saves the watched widgets' text under ``key`` shortly after each change."""

    saved = Signal(str)  # the draft key, after each write

    def __init__(
        self,
        store: DraftStore,
        widgets: dict[str, TextWidget],
        extra: Callable[[], dict[str, Any]] | None = None,
        delay_ms: int = DRAFT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.widgets = widgets
        self.extra = extra
        self.key: str | None = None
        self._paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        for widget in widgets.values():
            widget.textChanged.connect(self.touch)

    def watch(self, key: str | None) -> None:
        """Keep drafts under ``key`` from now on (None: keep none)."""
        self.timer.stop()
        self.key = key

    def pause(self) -> "_Paused":
        """While an editor fills its fields from the database, that is not typing."""
        return _Paused(self)

    def touch(self, *_args: Any) -> None:
        """Something was typed: save it within the delay, even while typing goes on.

        The timer is not restarted by each keystroke (that would wait for a pause, and a
        crash during a minute of steady typing would lose the minute): whatever is typed
        is on disk at most ``delay_ms`` later.
        """
        if self.key is not None and not self._paused and not self.timer.isActive():
            self.timer.start()

    def save_now(self) -> None:
        self.timer.stop()
        if self.key is None:
            return
        fields: dict[str, Any] = {name: widget_text(w) for name, w in self.widgets.items()}
        if self.extra is not None:
            fields.update(self.extra())
        self.store.save(self.key, fields)
        self.saved.emit(self.key)

    def load(self) -> Draft | None:
        return self.store.load(self.key) if self.key is not None else None

    def restore(self, draft: Draft) -> None:
        """Put a draft's text back into the widgets."""
        with self.pause():
            for name, widget in self.widgets.items():
                value = draft.fields.get(name)
                if isinstance(value, str):
                    set_widget_text(widget, value)

    def clear(self) -> None:
        self.timer.stop()
        if self.key is not None:
            self.store.clear(self.key)

    def flush(self) -> None:
        """Write a pending draft at once (the window is closing)."""
        if self.timer.isActive():
            self.save_now()


class _Paused:
    def __init__(self, keeper: DraftKeeper) -> None:
        self.keeper = keeper

    def __enter__(self) -> None:
        self.keeper._paused = True

    def __exit__(self, *_exc: object) -> None:
        self.keeper._paused = False
