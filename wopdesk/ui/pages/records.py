"""What the record pages share: a heading, a tool row, an empty state, editors, deleting."""

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from wopdesk.storage.models import SyncedRecord
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import RecordEditorDialog, hint_label, open_editor
from wopdesk.ui.loading import LatestRead
from wopdesk.ui.pages.base import Page
from wopdesk.ui.undo import ask, delete_with_undo

D = TypeVar("D", bound=RecordEditorDialog)


def heading_label(text: str, scale: float = 1.35) -> QLabel:
    """A page or section heading in the palette's text colour, just larger and bold."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def muted_label(text: str = "") -> QLabel:
    """Secondary text (counts, explanations) in the palette's placeholder colour."""
    return hint_label(text)


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class DetailsBox(QGroupBox):
    """The full text of the selected row, for fields too long for a table cell."""

    def __init__(
        self, title: str, fields: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, caption in fields:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.labels[key] = value
        self.setEnabled(False)

    def show_texts(self, texts: Mapping[str, str] | None) -> None:
        """Fill the labels (None: nothing selected)."""
        for key, label in self.labels.items():
            label.setText((texts or {}).get(key, ""))
        self.setEnabled(texts is not None)


class RecordPage(Page):
    """A page that lists records of the current partnership and opens their editors.

    Hidden pages do not reload on every change: they are marked stale and reload when
    shown, so a save costs one query for the page in front, not one for every page.
    """

    needs_partnership = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editor: RecordEditorDialog | None = None
        self._stale = True
        # ``reload`` reads through this, off the GUI thread.
        self.reader = LatestRead(ctx, self)
        self.heading = heading_label(self.title())
        self.summary = muted_label()
        # Buttons and filters; disabled as a whole when there is no partnership, so each
        # keeps its own state (Edit stays off with nothing selected).
        self.tool_row = QWidget()
        self.tools = QHBoxLayout(self.tool_row)
        self.tools.setContentsMargins(0, 0, 0, 0)
        # Ctrl+F belongs to the window's search box; this only narrows the page's tables.
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter this page"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMaximumWidth(260)
        self.filter_box.hide()

        self.body = QWidget()
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(0, 8, 0, 0)
        self.empty = QLabel(
            self.tr(
                "No partnership is chosen. Choose one in the partnership selector, "
                "or create one on the Partnerships page."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.states = QStackedWidget()
        self.states.addWidget(self.body)
        self.states.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.filter_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tool_row)
        layout.addWidget(self.states, 1)

    # --- tools ---

    def add_button(
        self, text: str, slot: Callable[[], Any], *, shortcut: str | None = None, tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        if shortcut:
            # The main window owns the shortcut (its File menu), so only the tip names it.
            tip = f"{tip} ({shortcut})".strip() if tip else shortcut
        if tip:
            button.setToolTip(tip)
        self.tools.addWidget(button)
        return button

    def enable_filter(self, apply: Callable[[str], None]) -> None:
        self.filter_box.show()
        self.filter_box.textChanged.connect(apply)

    def add_table_and_details(self, table: QWidget, details: QWidget, table_share: int) -> None:
        """The page's list above the selected record's details, split ``table_share`` to 1."""
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, table_share)
        splitter.setStretchFactor(1, 1)
        self.content.addWidget(splitter, 1)

    # --- refreshing ---

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        has_partnership = bool(self.ctx.partnership_id) or not self.needs_partnership
        self.states.setCurrentWidget(self.body if has_partnership else self.empty)
        self.tool_row.setEnabled(has_partnership)
        self.reload()

    def reload(self) -> None:
        """Read what the page shows (only called while the page is visible)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def ensure_loaded(self) -> None:
        """Reload now if a change arrived while hidden (before showing a record)."""
        if self._stale:
            self._stale = False
            self.reload()

    def when_loaded(self, callback: Callable[[], Any]) -> None:
        """Call ``callback`` once the page's read under way is applied (now if none is)."""
        self.reader.then(callback)

    def selector(self, table: Any) -> Callable[[str], None]:
        """Select a record in ``table`` once the read under way shows it (after a save)."""
        return lambda record_id: self.when_loaded(lambda: table.select_id(record_id))

    # --- editors ---

    def show_editor(self, dialog: D, on_saved: Callable[[str], object] | None = None) -> D:
        if self.editor is not None and isValid(self.editor) and self.editor.isVisible():
            self.editor.close()
        self.editor = open_editor(dialog, on_saved)
        return dialog

    def save(self) -> None:
        """Save the open editor, if any (the window's Ctrl+S)."""
        editor = self.current_editor()
        if editor is not None and editor.isVisible():
            editor.save()

    def current_editor(self) -> RecordEditorDialog | None:
        """The editor this page opened last, if it is still open."""
        if self.editor is None or not isValid(self.editor):
            return None
        return self.editor

    def confirm(self, question: str) -> bool:
        return ask(self, question)

    def delete_record(
        self,
        model: type[SyncedRecord],
        record_id: str | None,
        what: str,
        *,
        question: str = "",
    ) -> None:
        """Ask, then tombstone the record (it syncs as deleted; Edit › Undo takes it back)."""
        if record_id is None:
            return
        if self.confirm(question or self.tr("Delete {0}?").format(what)):
            delete_with_undo(self.ctx, model, record_id)
