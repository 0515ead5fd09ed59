"""Expenses and contributions page."""

from wopdesk.ui.pages.base import PlaceholderPage


class FinancePage(PlaceholderPage):
    page_id = "finance"

    def title(self) -> str:
        return self.tr("Expenses and contributions")
