"""At start, every draft a crash left behind is offered at once, not only when its record
happens to be opened again."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wopdesk.storage.drafts import DraftStore
from wopdesk.storage.models import LearningActivity, SiteVisit
from wopdesk.storage.store import Store

NEW = "new"


@dataclass(frozen=True, slots=True)
class Recovered:
    """One draft left unsaved: where it opens (page, record id or ``new``) and its name."""

    page_id: str
    record_id: str
    title: str


_PAGES = {
    "site_visit": ("visits", SiteVisit, "title"),
    "learning_activity": ("learning", LearningActivity, "topic"),
}


def recovered_drafts(store: Store, drafts: DraftStore) -> list[Recovered]:
    """The drafts on disk, each with the name of its record (read off the GUI thread)."""
    found = []
    with store.reading() as session:
        for key in drafts.keys():
            kind, _, rest = key.partition("/")
            if kind not in _PAGES:
                continue
            page_id, model, field = _PAGES[kind]
            if rest.startswith(NEW + "/"):
                found.append(Recovered(page_id, NEW, ""))
                continue
            record = session.get(model, rest)
            if record is not None and not record.deleted:
                found.append(Recovered(page_id, rest, str(getattr(record, field) or "")))
    return found


class RecoveredDraftsDialog(QDialog):
    """Lists the unsaved work found at start; opening one goes to its editor."""

    def __init__(
        self,
        items: list[Recovered],
        open_one: Callable[[Recovered], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unsaved work recovered"))
        self.open_one = open_one
        intro = QLabel(
            self.tr(
                "WOPdesk stopped before this typing was saved; it was kept. Open each to "
                "continue, then save or discard it there."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for item in items:
            text = self._describe(item)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def _describe(self, item: Recovered) -> str:
        if item.page_id == "visits":
            return (
                self.tr("Site visit: {0}").format(item.title)
                if item.record_id != NEW
                else self.tr("A new site visit")
            )
        return (
            self.tr("Learning entry: {0}").format(item.title)
            if item.record_id != NEW
            else self.tr("A new learning entry")
        )

    def _open(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        self.open_one(entry.data(Qt.ItemDataRole.UserRole))
        self.list.takeItem(self.list.row(entry))
        if self.list.count() == 0:
            self.accept()
