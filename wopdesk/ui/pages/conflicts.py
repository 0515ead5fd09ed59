"""Sync conflicts page."""

from wopdesk.ui.pages.base import PlaceholderPage


class ConflictsPage(PlaceholderPage):
    page_id = "conflicts"

    def title(self) -> str:
        return self.tr("Sync conflicts")
