"""The base of every page in the main window's sidebar."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wopdesk.ui.context import AppContext
from wopdesk.ui.pages.registry import page_title
from wopdesk.ui.style import heading, muted

NEW_RECORD = "new"


class Page(QWidget):
    """A page shows one part of the current partnership and refreshes when told.

    Subclasses set ``page_id`` (listed with its title in ``registry.PAGES``);
    ``watched`` lists the entities whose change makes the page refresh.
    """

    page_id = "page"
    watched: frozenset[str] = frozenset()

    # Ask the main window to show another page: (page id, a record id, "" for the page
    # alone, or NEW_RECORD to start a new record there).
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.partnership_changed.connect(lambda _pid: self.refresh())
        ctx.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        return page_title(self.page_id)

    def refresh(self) -> None:
        """Reload what the page shows for ``ctx.partnership_id``."""

    def open_record(self, record_id: str) -> None:
        """Show one record of this page (from search results or links)."""

    def new_record(self) -> None:
        """Start entering a new record of this page's main kind (Ctrl+N)."""

    def save(self) -> None:
        """Save the record being edited on this page, if any (Ctrl+S)."""

    def before_close(self) -> None:
        """The window is closing: write any pending draft now."""

    def _on_data_changed(self, entities: frozenset[str]) -> None:
        if entities & self.watched:
            self.refresh()


class PlaceholderPage(Page):
    """A page whose content arrives later: its title and a calm empty state."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(heading(self.title(), 1))
        layout.addWidget(muted(self.placeholder_text()))
        layout.addStretch(1)

    def placeholder_text(self) -> str:
        return self.tr("Nothing to show here yet.")
