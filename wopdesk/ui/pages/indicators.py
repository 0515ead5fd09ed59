"""Indicators page."""

from wopdesk.ui.pages.base import PlaceholderPage


class IndicatorsPage(PlaceholderPage):
    page_id = "indicators"

    def title(self) -> str:
        return self.tr("Indicators")
