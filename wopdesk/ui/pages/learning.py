"""Learning log page."""

from wopdesk.ui.pages.base import PlaceholderPage


class LearningPage(PlaceholderPage):
    page_id = "learning"

    def title(self) -> str:
        return self.tr("Learning log")
