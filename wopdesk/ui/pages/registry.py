"""The pages of the main window, in sidebar order, known without importing them.

The window lists every page (sidebar, Go menu, shortcuts) at start-up from this light
table, and imports a page's module only when it builds the page: the pages pull in the
storage layer, SQLAlchemy and the charts, which the first paint must not wait for.
"""

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

    from wopdesk.ui.pages.base import Page


class PageEntry(NamedTuple):
    page_id: str
    module: str  # under wopdesk.ui.pages
    class_name: str  # also the context of the title's translation
    title: str  # untranslated: use ``translated_title()``
    # A ``QStyle.StandardPixmap`` by name: the first paint must not wait for QStyle's
    # Python type (its enums take about 10 ms to create), so icons are looked up after it.
    icon: str

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)

    def standard_icon(self, widget: "QWidget") -> "QIcon":
        """The page's icon in ``widget``'s style."""
        from PySide6.QtWidgets import QStyle

        return widget.style().standardIcon(getattr(QStyle.StandardPixmap, self.icon))

    def page_class(self) -> "type[Page]":
        """Import the page's module (the first time) and return its class."""
        from importlib import import_module

        module = import_module(f"wopdesk.ui.pages.{self.module}")
        page_class: type[Page] = getattr(module, self.class_name)
        return page_class


# QT_TRANSLATE_NOOP lets lupdate find the titles, each in its page class's context.
PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "overview",
        "overview",
        "OverviewPage",
        str(QT_TRANSLATE_NOOP("OverviewPage", "Overview")),
        "SP_DesktopIcon",
    ),
    PageEntry(
        "partnerships",
        "partnerships",
        "PartnershipsPage",
        str(QT_TRANSLATE_NOOP("PartnershipsPage", "Partnerships")),
        "SP_DirHomeIcon",
    ),
    PageEntry(
        "visits",
        "visits",
        "VisitsPage",
        str(QT_TRANSLATE_NOOP("VisitsPage", "Site visits")),
        "SP_DriveNetIcon",
    ),
    PageEntry(
        "diagnosis",
        "diagnosis",
        "DiagnosisPage",
        str(QT_TRANSLATE_NOOP("DiagnosisPage", "Diagnosis")),
        "SP_FileDialogContentsView",
    ),
    PageEntry(
        "workplan",
        "workplan",
        "WorkPlanPage",
        str(QT_TRANSLATE_NOOP("WorkPlanPage", "Work plan")),
        "SP_FileDialogDetailedView",
    ),
    PageEntry(
        "learning",
        "learning",
        "LearningPage",
        str(QT_TRANSLATE_NOOP("LearningPage", "Learning log")),
        "SP_FileDialogInfoView",
    ),
    PageEntry(
        "indicators",
        "indicators",
        "IndicatorsPage",
        str(QT_TRANSLATE_NOOP("IndicatorsPage", "Indicators")),
        "SP_ArrowUp",
    ),
    PageEntry(
        "capacity",
        "capacity",
        "CapacityPage",
        str(QT_TRANSLATE_NOOP("CapacityPage", "Capacity assessment")),
        "SP_DialogApplyButton",
    ),
    PageEntry(
        "finance",
        "finance",
        "FinancePage",
        str(QT_TRANSLATE_NOOP("FinancePage", "Expenses and contributions")),
        "SP_DriveHDIcon",
    ),
    PageEntry(
        "progress",
        "progress",
        "ProgressPage",
        str(QT_TRANSLATE_NOOP("ProgressPage", "Progress")),
        "SP_FileDialogListView",
    ),
    PageEntry(
        "conflicts",
        "conflicts",
        "ConflictsPage",
        str(QT_TRANSLATE_NOOP("ConflictsPage", "Sync conflicts")),
        "SP_BrowserReload",
    ),
)

PAGE_ENTRIES: dict[str, PageEntry] = {entry.page_id: entry for entry in PAGES}


def page_title(page_id: str) -> str:
    """The translated title of a page, or its id for a page the table does not list."""
    entry = PAGE_ENTRIES.get(page_id)
    return entry.translated_title() if entry is not None else page_id
