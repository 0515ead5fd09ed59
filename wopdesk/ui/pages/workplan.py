"""Work plan page."""

from wopdesk.ui.pages.base import PlaceholderPage


class WorkPlanPage(PlaceholderPage):
    page_id = "workplan"

    def title(self) -> str:
        return self.tr("Work plan")
