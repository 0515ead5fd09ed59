"""Diagnosis page."""

from wopdesk.ui.pages.base import PlaceholderPage


class DiagnosisPage(PlaceholderPage):
    page_id = "diagnosis"

    def title(self) -> str:
        return self.tr("Diagnosis")
