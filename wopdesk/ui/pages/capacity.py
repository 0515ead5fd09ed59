"""Capacity assessment page."""

from wopdesk.ui.pages.base import PlaceholderPage


class CapacityPage(PlaceholderPage):
    page_id = "capacity"

    def title(self) -> str:
        return self.tr("Capacity assessment")
