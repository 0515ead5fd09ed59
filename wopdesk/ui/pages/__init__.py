"""The pages of the main window, in sidebar order."""

from wopdesk.ui.pages.base import Page
from wopdesk.ui.pages.capacity import CapacityPage
from wopdesk.ui.pages.conflicts import ConflictsPage
from wopdesk.ui.pages.diagnosis import DiagnosisPage
from wopdesk.ui.pages.finance import FinancePage
from wopdesk.ui.pages.indicators import IndicatorsPage
from wopdesk.ui.pages.learning import LearningPage
from wopdesk.ui.pages.overview import OverviewPage
from wopdesk.ui.pages.partnerships import PartnershipsPage
from wopdesk.ui.pages.visits import VisitsPage
from wopdesk.ui.pages.workplan import WorkPlanPage

PAGE_CLASSES: list[type[Page]] = [
    OverviewPage,
    PartnershipsPage,
    VisitsPage,
    DiagnosisPage,
    WorkPlanPage,
    LearningPage,
    IndicatorsPage,
    CapacityPage,
    FinancePage,
    ConflictsPage,
]
