"""Overview page."""

from wopdesk.ui.pages.base import PlaceholderPage


class OverviewPage(PlaceholderPage):
    page_id = "overview"

    def title(self) -> str:
        return self.tr("Overview")
