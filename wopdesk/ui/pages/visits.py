"""Site visits page."""

from wopdesk.ui.pages.base import PlaceholderPage


class VisitsPage(PlaceholderPage):
    page_id = "visits"

    def title(self) -> str:
        return self.tr("Site visits")
