"""Partnerships page."""

from wopdesk.ui.pages.base import PlaceholderPage


class PartnershipsPage(PlaceholderPage):
    page_id = "partnerships"

    def title(self) -> str:
        return self.tr("Partnerships")
