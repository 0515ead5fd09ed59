"""The main window: partnership selector, sidebar of pages, search, status bar, first run.

Start-up shows the window's frame first (menus, toolbar, the sidebar's page names, the
status bar, and a note that the data is being opened), importing nothing heavy; the
icons, shortcuts and the menus' contents follow right after that first paint
(``finish_frame``). The profile opens on the writer thread (``AppContext.open_profile``);
then the partnerships load, the current page is built, and the other pages are built one
at a time whenever the app is idle, so that switching to them later is instant. If any
of that fails, the window says so in one sentence (``start_failed``).
"""

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QIcon,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from wopdesk.ui.context import AppContext
from wopdesk.ui.i18n import (
    available_languages,
    language_override,
    save_language,
    saved_language,
    system_language,
)
from wopdesk.ui.pages.base import NEW_RECORD, Page
from wopdesk.ui.pages.registry import PAGE_ENTRIES
from wopdesk.ui.search import ENTITY_PAGE, SearchBox
from wopdesk.ui.status import SyncStatusBar
from wopdesk.ui.style import (
    app_icon,
    fit_to_screen,
    focus_first_field,
    muted,
    scaled_font,
    status_colour,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.orm import Session

    from wopdesk.domain.overview_view import PartnershipOverview
    from wopdesk.storage.overview import PersonChoice
    from wopdesk.storage.queries import SearchHit
    from wopdesk.ui.first_run import FirstRunPanel
    from wopdesk.ui.outside_writes import OutsideWrites
    from wopdesk.ui.pages.overview import OverviewPage
    from wopdesk.ui.sync_controller import SyncController

PAGE_ROLE = Qt.ItemDataRole.UserRole + 20

# Pages built first in idle time: building the learning log starts its id query, the
# slowest read of any page (every entry, sorted), so it is ready before anyone clicks.
BUILD_FIRST = ("learning",)
IDLE_PAUSE_MS = 300  # after the person opens a page, before idle building goes on
FIRST_IDLE_MS = 150  # after the first page's data arrived, before idle work begins

# Sidebar sections: a heading, then the pages under it (page ids, in registry order).
SECTIONS = [
    ("partnership", ("overview", "partnerships")),
    ("fieldwork", ("visits", "diagnosis", "workplan", "learning")),
    ("results", ("indicators", "capacity", "finance", "progress")),
    ("sync", ("conflicts",)),
]


def blank_icon(size: int = 32) -> QIcon:
    """A transparent icon: keeps an icon's room in a layout until the real one is set."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class OpeningPanel(QWidget):
    """The page area while the profile opens: a calm note, no spinner needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addStretch(1)
        self.note = muted(self.tr("Opening your data…"))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """The main window on ``ctx``; if its profile is not open yet, the frame waits for it."""

    # The partnerships are loaded and the current page is built (its data may follow).
    ready = Signal()
    first_painted = Signal()  # the first paint pass of the window is over
    # Opening could not finish (a bug after the profile opened): the sentence shown.
    start_failed = Signal(str)
    sync_now: QAction  # "Sync now": a disabled stand-in until the profile is open

    def __init__(self, ctx: AppContext, settings: "QSettings | None" = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.is_ready = False
        self._sync: SyncController | None = None  # see ``sync``
        self.outside_writes: OutsideWrites | None = None  # once the first page is shown
        self._painted = False
        self._frame_finished = False  # icons, shortcuts and menus: after the first paint
        self.settings = settings  # None: the person's own (QSettings of the app)
        self.language_notice: QMessageBox | None = None
        self._language_actions: dict[str | None, QAction] = {}  # once the frame is finished
        self._page_actions: dict[str, QAction] = {}  # likewise
        self.setWindowTitle(self.tr("WOPdesk"))
        self.setWindowIcon(app_icon())
        # Fits a 1366×768 screen with the taskbar; larger screens can maximise.
        fit_to_screen(self, 1280, 720)
        self.setMinimumSize(QSize(1000, 600))
        self.page_ids = list(PAGE_ENTRIES)
        self.pages: dict[str, Page] = {}  # the pages built so far
        self._current_id = "overview"  # the page shown, or to show once it can be built
        self._people_ids: list[str | None] = []
        self._people_generation = 0
        self._creating_first = False  # the person chose "create" on the first-run panel
        self._closing = False
        # Builds the next page in idle time; a child, so it dies with the window.
        self._idle_build = QTimer(self)
        self._idle_build.setSingleShot(True)
        self._idle_build.setInterval(0)
        self._idle_build.timeout.connect(self._build_next_page)
        # A page the person opens paints before idle building goes on.
        self._idle_pause = QTimer(self)
        self._idle_pause.setSingleShot(True)
        self._idle_pause.setInterval(IDLE_PAUSE_MS)
        self._idle_pause.timeout.connect(self._build_when_idle)

        self.stack = QStackedWidget()
        self.opening = OpeningPanel()
        self.stack.addWidget(self.opening)

        self.partnership_box = QComboBox()
        self.partnership_box.setAccessibleName(self.tr("Partnership"))
        self.partnership_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.partnership_box.setMinimumContentsLength(18)
        self.partnership_box.currentIndexChanged.connect(self._partnership_chosen)
        self.me_box = QComboBox()
        self.me_box.setAccessibleName(self.tr("You are"))
        self.me_box.setToolTip(self.tr("Who uses WOPdesk on this computer (used for defaults)"))
        self.me_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.me_box.setMinimumContentsLength(18)
        self.me_box.currentIndexChanged.connect(self._me_chosen)
        self._blank_icon = blank_icon()
        self.sidebar = self._build_sidebar()

        side = QWidget()
        side.setMaximumWidth(300)
        side.setMinimumWidth(210)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 4, 8)
        partnership_label = QLabel(self.tr("&Partnership"))
        partnership_label.setBuddy(self.partnership_box)
        side_layout.addWidget(partnership_label)
        side_layout.addWidget(self.partnership_box)
        me_label = QLabel(self.tr("&You are"))
        me_label.setBuddy(self.me_box)
        side_layout.addWidget(me_label)
        side_layout.addWidget(self.me_box)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.sidebar, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1050])
        self.splitter.setChildrenCollapsible(False)
        self._first_run: FirstRunPanel | None = None  # built if there is no partnership
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self.search = SearchBox(ctx)
        self.search.attach(self)
        self.search.hit_chosen.connect(self.open_hit)
        self.stack.currentChanged.connect(lambda _index: self.search.close_results())
        self._build_toolbar_and_menus()
        self.setStatusBar(SyncStatusBar(ctx, self))

        ctx.error.connect(self.show_error)
        ctx.notice.connect(lambda message: self.statusBar().showMessage(message, 10000))
        ctx.data_changed.connect(self._on_data_changed)
        ctx.partnership_changed.connect(lambda _pid: self.load_people())
        self._restore_layout()
        self.show_page(self._current_id)
        if ctx.is_open:
            self._profile_opened()
        else:
            self.search.setEnabled(False)
            ctx.opened.connect(self._profile_opened)

    def show_remembered_overview(self, view: "PartnershipOverview") -> "OverviewPage | None":
        """Show the Overview kept from the last run before the profile is open (its data
        did not change since: see ``wopdesk.ui.overview_cache``); once the profile is
        open the page reads again and replaces it. The page, or None if not shown."""
        if self.is_ready or self._current_id != "overview" or "overview" not in PAGE_ENTRIES:
            return None
        from wopdesk.ui.pages.overview import OverviewPage

        page = self.page("overview")
        if not isinstance(page, OverviewPage):
            return None
        page.show_remembered(view)
        self.stack.setCurrentWidget(page)
        return page

    def _profile_opened(self) -> None:
        """The store is there: sync, search, then the partnerships and the first page."""
        try:
            self.search.setEnabled(True)
            self.load_partnerships()
        except Exception as exc:  # a bug: say so rather than wait for ever
            self._start_failed(exc, logged=False)

    @property
    def started(self) -> bool:
        """The start is over: the first page and what waited for its data (sync)."""
        return self.is_ready and self._sync is not None

    @property
    def sync(self) -> "SyncController | None":
        """Syncing, once the profile is open. Made when the first page's data is shown
        (importing it took ~95 ms on the way to that data), or when first asked for."""
        if self._sync is None and self.ctx.is_open:
            from wopdesk.ui.sync_controller import SyncController

            self._sync = SyncController(self.ctx, self)
            for widget in (self.sync_menu, self.toolbar):
                widget.insertAction(self.sync_now, self._sync.action)
                widget.removeAction(self.sync_now)
            self._sync.action.setIcon(self.sync_now.icon())
            self.sync_now.deleteLater()  # the stand-in
            self.sync_now = self._sync.action
        return self._sync

    def _start_failed(self, exc: Exception, logged: bool = True) -> None:
        """Opening could not finish: one sentence where the page would have been.

        Without it the window would say "Opening your data…" for ever, and only stderr
        would know why. Nothing is written on this path. ``logged``: the traceback is in
        the log already (a background task logs its own).
        """
        if not logged:
            import logging

            logging.getLogger(__name__).error(
                "the window could not finish opening the profile", exc_info=exc
            )
        detail = str(exc).rstrip(".") or type(exc).__name__
        sentence = self.tr("WOPdesk could not finish opening your data: {0}.").format(detail)
        note = self.opening.note
        note.setText(sentence)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, status_colour("bad", palette))
        note.setPalette(palette)
        note.setForegroundRole(QPalette.ColorRole.WindowText)
        self.central.setCurrentWidget(self.splitter)
        self.stack.setCurrentWidget(self.opening)
        self.start_failed.emit(sentence)

    # --- building ---------------------------------------------------------------------

    @property
    def first_run(self) -> "FirstRunPanel":
        """What a new user sees instead of the pages (built the first time it is needed)."""
        if self._first_run is None:
            from wopdesk.ui.first_run import FirstRunPanel

            self._first_run = FirstRunPanel()
            self._first_run.create_requested.connect(self.create_first_partnership)
            self._first_run.demo_requested.connect(self.open_demo)
            self.central.addWidget(self._first_run)
        return self._first_run

    def _build_sidebar(self) -> QListWidget:
        sidebar = QListWidget()
        sidebar.setAccessibleName(self.tr("Pages"))
        sidebar.setIconSize(QSize(18, 18))
        sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        sidebar.setBackgroundRole(self.backgroundRole())
        # The pages sit on the window's background: the viewport's fill (its palette's
        # Base) is see-through. Not ``viewport().setAutoFillBackground(False)``: asking for
        # the viewport from Python makes PySide create the types of every QWidget subclass
        # to find its own (about 15 ms before the first paint).
        palette = sidebar.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(Qt.GlobalColor.transparent))
        sidebar.setPalette(palette)
        headings = {
            "partnership": self.tr("Partnership"),
            "fieldwork": self.tr("Field work"),
            "results": self.tr("Results"),
            "sync": self.tr("Sync"),
        }
        heading_font = scaled_font(sidebar, 0.85, bold=True)
        listed: set[str] = set()
        for section, page_ids in SECTIONS:
            present = [pid for pid in page_ids if pid in PAGE_ENTRIES]
            if not present:
                continue
            head = QListWidgetItem(headings[section].upper())
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            head.setFont(heading_font)
            head.setSizeHint(QSize(0, 30))
            sidebar.addItem(head)
            for pid in present:
                sidebar.addItem(self._page_item(pid))
                listed.add(pid)
        for pid in self.page_ids:  # pages added later that no section names yet
            if pid not in listed:
                sidebar.addItem(self._page_item(pid))
        sidebar.currentItemChanged.connect(self._sidebar_moved)
        return sidebar

    def _page_item(self, page_id: str) -> QListWidgetItem:
        item = QListWidgetItem(PAGE_ENTRIES[page_id].translated_title())
        item.setData(PAGE_ROLE, page_id)
        item.setIcon(self._blank_icon)  # keeps the icon's room until it is there
        item.setSizeHint(QSize(0, 30))
        return item

    def _build_toolbar_and_menus(self) -> None:
        """What the first paint shows: the menus' titles, the toolbar, "Sync now"."""
        self.file_menu: QMenu = self.menuBar().addMenu(self.tr("&File"))
        self.edit_menu: QMenu = self.menuBar().addMenu(self.tr("&Edit"))
        self.go_menu: QMenu = self.menuBar().addMenu(self.tr("&Go"))
        # Replaced by the SyncController's action once the profile is open.
        self.sync_now = QAction(QCoreApplication.translate("SyncController", "Sync now"), self)
        self.sync_now.setEnabled(False)
        self.sync_menu: QMenu = self.menuBar().addMenu(self.tr("S&ync"))
        self.sync_menu.addAction(self.sync_now)
        self.help_menu: QMenu = self.menuBar().addMenu(self.tr("&Help"))

        self.new_action = QAction(self.tr("&New record"), self)
        self.new_action.setToolTip(self.tr("Start a new record on this page (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_record)
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setToolTip(self.tr("Save the record being edited (Ctrl+S)"))
        self.save_action.triggered.connect(self.save_current)
        self.toolbar: QToolBar = QToolBar(self.tr("Main toolbar"))
        toolbar = self.toolbar
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.sync_now)
        for action in (self.new_action, self.save_action, self.sync_now):
            action.setIcon(self._blank_icon)
        self.addToolBar(toolbar)

    def finish_frame(self) -> None:
        """Icons, shortcuts and the menus' contents, right after the frame's first paint.

        Nothing here changes the frame's layout (blank icons kept the icons' room), and it
        is done before the event loop handles input again. It waits for the paint because
        QStyle's and QKeySequence's Python types take 15–20 ms to create on first use.
        Runs once; the first paint calls it, anything that needs it earlier may too.
        """
        if self._frame_finished:
            return
        self._frame_finished = True
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QStyle

        style = self.style()
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            page_id = item.data(PAGE_ROLE)
            if page_id in PAGE_ENTRIES:
                item.setIcon(PAGE_ENTRIES[page_id].standard_icon(self))
        icon = QStyle.StandardPixmap
        self.new_action.setIcon(style.standardIcon(icon.SP_FileIcon))
        self.save_action.setIcon(style.standardIcon(icon.SP_DialogSaveButton))
        self.sync_now.setIcon(style.standardIcon(icon.SP_BrowserReload))

        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.new_action, self.save_action])
        self.file_menu.addSeparator()
        self.print_progress_action = QAction(self.tr("Print &progress report…"), self)
        self.print_progress_action.triggered.connect(self.print_progress_report)
        self.print_learning_action = QAction(self.tr("Print &learning record…"), self)
        self.print_learning_action.triggered.connect(self.print_learning_record)
        self.file_menu.addActions([self.print_progress_action, self.print_learning_action])
        self.file_menu.addSeparator()
        self._add_file_actions()
        self.file_menu.addMenu(self._build_language_menu())
        self.file_menu.addSeparator()
        self.file_menu.addAction(quit_action)

        from wopdesk.ui.undo import UndoDelete

        self.undo_delete = UndoDelete(self.ctx, self.statusBar(), self)
        self.edit_menu.addAction(self.undo_delete.undo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.undo_delete.recent_action)

        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.go_menu.addAction(self.find_action)
        self.go_menu.addSeparator()
        for number, page_id in enumerate(self.page_ids, start=1):
            action = QAction(PAGE_ENTRIES[page_id].translated_title(), self)
            if number <= 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _checked=False, pid=page_id: self.open_page(pid))
            self.go_menu.addAction(action)
            self._page_actions[page_id] = action
        self._add_sidebar_tooltips()

        self.report_problem_action = QAction(self.tr("&Report a problem…"), self)
        self.report_problem_action.triggered.connect(self.report_problem)
        self.help_menu.addAction(self.report_problem_action)
        about = QAction(self.tr("&About WOPdesk"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    @property
    def page_actions(self) -> dict[str, QAction]:
        """The Go menu's action for each page (finishing the frame now if it was not)."""
        self.finish_frame()
        return self._page_actions

    @property
    def language_actions(self) -> dict[str | None, QAction]:
        """The Language menu's choices, None for the system's (see ``page_actions``)."""
        self.finish_frame()
        return self._language_actions

    def _add_sidebar_tooltips(self) -> None:
        """Each page's name with its shortcut, as the platform writes it."""
        from PySide6.QtGui import QKeySequence

        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            action = self._page_actions.get(item.data(PAGE_ROLE))
            if action is not None and not action.shortcut().isEmpty():
                key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                item.setToolTip(self.tr("{0}  ({1})").format(item.text(), key))

    def _build_language_menu(self) -> QMenu:
        """The languages offered, each in its own name; the saved choice is checked."""
        from PySide6.QtGui import QActionGroup

        menu = QMenu(self.tr("&Language"), self)
        group = QActionGroup(menu)
        names = available_languages()
        system = QAction(self.tr("System language ({0})").format(names[system_language()]), menu)
        choices: list[tuple[QAction, str | None]] = [(system, None)]
        choices += [(QAction(name, menu), code) for code, name in names.items()]
        # The language in effect is ticked: one set for this run by WOPDESK_LANGUAGE wins
        # over the one saved, as it does for the windows.
        chosen = language_override() or saved_language(self.settings)
        for action, code in choices:
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
            self._language_actions[code] = action
        menu.insertSeparator(menu.actions()[1])
        return menu

    def choose_language(self, language: str | None) -> None:
        """Remember the language (None: the system's); windows already built keep theirs."""
        from PySide6.QtWidgets import QMessageBox

        save_language(language, self.settings)
        name = available_languages()[language or system_language()]
        self.language_notice = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("Language: {0}. It applies the next time WOPdesk starts.").format(name),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.language_notice.open()

    # --- navigation -------------------------------------------------------------------

    def current_page(self) -> Page | None:
        """The page shown, or None while the profile opens."""
        page = self.stack.currentWidget()
        return page if isinstance(page, Page) else None

    def page(self, page_id: str) -> Page:
        """The page ``page_id``, built now if it was not yet (the profile must be open)."""
        page = self.pages.get(page_id)
        if page is None:
            page = PAGE_ENTRIES[page_id].page_class()(self.ctx)
            page.navigate.connect(self.go_to)
            self.pages[page_id] = page
            self.stack.addWidget(page)
            from wopdesk.ui.remembered import app_settings, restore_page

            restore_page(page, page_id, app_settings(self.settings))
        return page

    def show_page(self, page_id: str) -> Page | None:
        """Show a page (building it if needed); None while the profile opens: it shows then."""
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(PAGE_ROLE) == page_id:
                self.sidebar.setCurrentRow(row)
                break
        return self._show(page_id)

    def open_page(self, page_id: str) -> None:
        """Show a page from its shortcut and put the focus in it, so typing goes there
        (left in the sidebar, the next letter typed would jump to another page)."""
        page = self.show_page(page_id)
        if page is not None:
            focus_first_field(page)

    def _show(self, page_id: str, *, pause_building: bool = True) -> Page | None:
        self._current_id = page_id
        if not self.is_ready:
            return None
        page = self.page(page_id)
        if pause_building and len(self.pages) < len(self.page_ids):
            self._idle_build.stop()
            self._idle_pause.start()
        self.stack.setCurrentWidget(page)
        return page

    def _sidebar_moved(self, item: QListWidgetItem | None, _previous: object) -> None:
        page_id = item.data(PAGE_ROLE) if item is not None else None
        if page_id in PAGE_ENTRIES:
            self._show(page_id)

    def go_to(self, page_id: str, record_id: str) -> None:
        if page_id not in PAGE_ENTRIES:
            return
        page = self.show_page(page_id)
        if page is None:
            return
        if record_id == NEW_RECORD:
            page.new_record()
        elif record_id:
            page.open_record(record_id)

    def _read_ahead(self) -> None:
        """Start the slowest page's first read now, before its page is built."""
        pid = self.ctx.partnership_id
        if pid and "learning" not in self.pages:
            from wopdesk.ui.pages.learning_reads import first_view, first_view_key

            self.ctx.read_ahead(first_view_key(pid), partial(first_view, pid))

    def _build_when_idle(self, busy: bool = False) -> None:
        """Build the next page not built yet once background work is done, one per turn.

        Waiting for the reads of the page built before keeps the app responsive (they
        compete for the one interpreter) and lets the first page's data come first.
        """
        if busy or self.ctx.busy or self._closing or self._idle_pause.isActive():
            return
        if not self._idle_build.isActive():
            # The first step waits a little: the first page's data is painted, and the
            # person can act on it, before anything else takes the interpreter.
            self._idle_build.start(0 if self._sync is not None else FIRST_IDLE_MS)

    def _watch_outside_writes(self) -> None:
        """Reload the pages when another process writes to the profile (see there)."""
        from wopdesk.ui.outside_writes import OutsideWrites

        if self.outside_writes is None:
            self.outside_writes = OutsideWrites(self.ctx, self)
            self.outside_writes.start()

    def _build_next_page(self) -> None:
        if self.ctx.busy or self._closing:
            return  # busy_changed(False) calls again
        if self._sync is None:  # the first page's data is shown: what waited for it
            _ = self.sync
            self.ctx.first_page_shown()
            self._watch_outside_writes()
            self._build_when_idle()
            return
        first = [page_id for page_id in BUILD_FIRST if page_id in self.page_ids]
        order = [*first, *(page_id for page_id in self.page_ids if page_id not in first)]
        remaining = [page_id for page_id in order if page_id not in self.pages]
        if not remaining:
            self.ctx.busy_changed.disconnect(self._build_when_idle)
            return
        self._prepare(self.page(remaining[0]))
        self._build_when_idle()

    def _prepare(self, page: Page) -> None:
        """Lay a hidden page out at the size it will have, so its first show only paints."""
        page.resize(self.stack.size())
        page.ensurePolished()
        layout = page.layout()
        if layout is not None:
            layout.activate()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_record(self) -> None:
        if self._first_run is not None and self.central.currentWidget() is self._first_run:
            self.create_first_partnership()
            return
        page = self.current_page()
        if page is not None:
            page.new_record()

    def save_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.save()

    def open_hit(self, hit: "SearchHit") -> None:
        """Open a search result on its page, switching partnership if needed."""
        if hit.partnership_id and hit.partnership_id != self.ctx.partnership_id:
            self.select_partnership(hit.partnership_id)
        page_id = ENTITY_PAGE.get(hit.entity)
        page = self.show_page(page_id) if page_id in PAGE_ENTRIES else None
        if page is not None:
            page.open_record(hit.row_id)

    # --- partnerships and people ------------------------------------------------------

    def load_partnerships(self) -> None:
        """Read the partnerships off the GUI thread, then fill the selector."""

        def read(session: "Session") -> list[tuple[str, str]]:
            from wopdesk.storage import queries

            return [(p.id, p.title) for p in queries.partnerships(session)]

        self.ctx.run_read(read, self._show_partnerships, self._partnerships_failed)

    def _partnerships_failed(self, exc: Exception) -> None:
        if self.is_ready:
            self.ctx.report_error(exc)
        else:
            self._start_failed(exc)

    def _show_partnerships(self, choices: list[tuple[str, str]]) -> None:
        if not isValid(self):  # read after the window closed
            return
        if self.is_ready:
            self._fill_partnerships(choices)
            return
        chosen_before = self.ctx.partnership_id
        try:
            # Remembered once the window is ready: a start that fails writes nothing.
            self._fill_partnerships(choices, remember=False)
            self.page(self._current_id)  # built now, so that a failure is said, not raised
        except Exception as exc:  # a bug: say so rather than wait for ever
            self._start_failed(exc, logged=False)
            return
        self.is_ready = True
        if self.ctx.partnership_id != chosen_before:
            self.ctx.remember_partnership()
        self._show(self._current_id, pause_building=False)
        overview = self.pages.get("overview")
        if getattr(overview, "remembered", False):
            overview.refresh()  # type: ignore[union-attr]  # the kept view, now read for real
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.ready.emit()
        self._offer_recovered_drafts()
        self._read_ahead()
        self.ctx.busy_changed.connect(self._build_when_idle)
        self._build_when_idle()

    def _fill_partnerships(self, choices: list[tuple[str, str]], remember: bool = True) -> None:
        self.partnership_box.blockSignals(True)
        self.partnership_box.clear()
        for pid, title in choices:
            self.partnership_box.addItem(title, pid)
            self.partnership_box.setItemData(
                self.partnership_box.count() - 1, title, Qt.ItemDataRole.ToolTipRole
            )
        self.partnership_box.blockSignals(False)
        ids = [pid for pid, _ in choices]
        current = self.ctx.partnership_id if self.ctx.partnership_id in ids else None
        if current is None and ids:
            current = ids[0]
        if current is not None:
            self.partnership_box.setCurrentIndex(ids.index(current))
            self.partnership_box.setToolTip(self.partnership_box.currentText())
        self.ctx.set_partnership(current, remember=remember)
        first_run = not ids and not self._creating_first
        self.central.setCurrentWidget(self.first_run if first_run else self.splitter)
        self.load_people()

    def select_partnership(self, partnership_id: str) -> None:
        index = self.partnership_box.findData(partnership_id)
        if index >= 0:
            self.partnership_box.setCurrentIndex(index)

    def _partnership_chosen(self, index: int) -> None:
        self.partnership_box.setToolTip(self.partnership_box.currentText())
        self.ctx.set_partnership(self.partnership_box.itemData(index) if index >= 0 else None)

    def load_people(self) -> None:
        """Read the people of the partnership off the GUI thread, then fill "You are"."""
        pid = self.ctx.partnership_id
        self._people_generation += 1
        generation = self._people_generation
        if not pid:
            self._show_people([])
            return

        def read(session: "Session") -> "list[PersonChoice]":
            from wopdesk.storage import overview

            return overview.partnership_people(session, pid)

        def done(people: "list[PersonChoice]") -> None:
            # The read may end after the window closed (its widgets are gone by then).
            if generation == self._people_generation and isValid(self.me_box):
                self._show_people(people)

        self.ctx.run_read(read, done)

    def _show_people(self, people: "list[PersonChoice]") -> None:
        self.me_box.blockSignals(True)
        self.me_box.clear()
        self.me_box.addItem(self.tr("(not chosen)"), None)
        self._people_ids = [None]
        for person in people:
            self.me_box.addItem(person.name, person.id)
            self._people_ids.append(person.id)
        me = self.ctx.me if self.ctx.me in self._people_ids else None
        self.me_box.setCurrentIndex(self._people_ids.index(me))
        self.me_box.blockSignals(False)

    def _me_chosen(self, index: int) -> None:
        if index >= 0:
            self.ctx.set_me(self.me_box.itemData(index))

    def _on_data_changed(self, entities: frozenset[str]) -> None:
        if "partnership" in entities:
            self.load_partnerships()
        elif entities & {"person", "membership", "utility"}:
            self.load_people()

    # --- first run --------------------------------------------------------------------

    def create_first_partnership(self) -> None:
        self._creating_first = True
        self.central.setCurrentWidget(self.splitter)
        page = self.show_page("partnerships")
        if page is not None:
            opener = getattr(page, "new_partnership", None)
            (opener or page.new_record)()

    def open_demo(self) -> None:
        """Create the demo partnership on the writer thread, then show it."""
        from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
        from wopdesk.operations.bulk import create_demo

        self.first_run.set_working(True)

        def done(_created: bool) -> None:
            self.first_run.set_working(False)
            # The selector refills on data_changed; it keeps the current partnership.
            self.ctx.set_partnership(DEMO_PARTNERSHIP_ID)
            if self.ctx.me is None:
                # Look around as the mentors' programme manager, as the demo's story goes.
                self.ctx.set_me(demo_id("person:maria"))
                self.load_people()
            self.central.setCurrentWidget(self.splitter)
            self.show_page("overview")

        def failed(exc: Exception) -> None:
            self.first_run.set_working(False)
            self.ctx.report_error(exc)

        self.ctx.run_op(create_demo, done, failed)

    # --- messages and closing ---------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def print_progress_report(self) -> None:
        """File › Print progress report: the current partnership's, previewed."""
        from wopdesk.ui.report_preview import show_progress_report

        if not self.ctx.is_open or not self.ctx.partnership_id:
            self.show_error(self.tr("Choose a partnership first."))
            return
        self.report_dialog = show_progress_report(self, self.ctx, self.ctx.partnership_id)

    def print_learning_record(self) -> None:
        """File › Print learning record: whose is asked ("me" first), then it is previewed."""
        from wopdesk.ui import file_actions

        file_actions.print_learning_record(
            self, self.ctx, lambda dialog: setattr(self, "report_dialog", dialog)
        )

    def _add_file_actions(self) -> None:
        """File › Export to spreadsheet…, Import indicator readings…, Back up…, Restore… and
        Settings… (their work: ``ui/file_actions.py``)."""
        self.backup_action = QAction(self.tr("&Back up…"), self)
        self.backup_action.triggered.connect(lambda: self._file_action("back_up"))
        self.restore_action = QAction(self.tr("&Restore…"), self)
        self.restore_action.triggered.connect(lambda: self._file_action("restore"))
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.export_tables_action = QAction(self.tr("&Export to spreadsheet…"), self)
        self.export_tables_action.triggered.connect(lambda: self._file_action("export_spreadsheet"))
        self.import_readings_action = QAction(self.tr("&Import indicator readings…"), self)
        self.import_readings_action.triggered.connect(lambda: self._file_action("import_readings"))
        self.save_template_action = QAction(self.tr("Save a readings te&mplate…"), self)
        self.save_template_action.triggered.connect(
            lambda: self._file_action("save_reading_template")
        )
        self.file_menu.addActions(
            [self.export_tables_action, self.import_readings_action, self.save_template_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)

    def _file_action(self, name: str) -> None:
        from wopdesk.ui import file_actions

        if not self.ctx.is_open:
            self.show_error(self.tr("Your data is still being opened."))
            return
        getattr(file_actions, name)(self, self.ctx, self.settings)

    def open_settings(self) -> None:
        from wopdesk.ui import file_actions

        self.settings_dialog = file_actions.open_settings(self, self.ctx, self.settings)

    def _offer_recovered_drafts(self) -> None:
        """Every draft a crash left is offered at once (read off the GUI thread)."""
        from wopdesk.ui.recovered import recovered_drafts

        store, drafts = self.ctx.store, self.ctx.drafts
        self.ctx.run_task(lambda: recovered_drafts(store, drafts), self._show_recovered)

    def _show_recovered(self, items: list[Any]) -> None:
        if not items or self._closing:
            return
        from wopdesk.ui.recovered import NEW, RecoveredDraftsDialog

        def open_one(item: Any) -> None:
            self.go_to(item.page_id, NEW_RECORD if item.record_id == NEW else item.record_id)

        self.recovered_dialog = RecoveredDraftsDialog(items, open_one, self)
        self.recovered_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovered_dialog.open()

    def crashed_last_time(self) -> str:
        return self.tr(
            "WOPdesk stopped unexpectedly the last time it ran. Help › Report a problem "
            "saves the details for whoever supports you."
        )

    def report_problem(self) -> None:
        """Help › Report a problem: logs and versions in a zip, data only if ticked."""
        from wopdesk.ui.crash import ProblemReportDialog

        data_dir = self.ctx.store.data_dir if self.ctx.is_open else None
        dialog = ProblemReportDialog(self, data_dir, self.ctx.run_task, self.show_error)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.problem_report_dialog = dialog
        dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About WOPdesk"),
            self.tr(
                "WOPdesk keeps the record of Water Operators' Partnerships, offline first.\n\n"
                "Shortcuts: Ctrl+1…9 and Ctrl+0 pages, Ctrl+F search, Ctrl+N new record, "
                "Ctrl+S save."
            ),
        )

    def _restore_layout(self) -> None:
        """The size, place and sidebar width the window had when it last closed."""
        from wopdesk.ui.remembered import app_settings, restore_window

        restore_window(self, self.splitter, app_settings(self.settings))

    def _save_layout(self) -> None:
        """Remember the window, and each page's splitters and hand-sized columns."""
        from wopdesk.ui.remembered import app_settings, save_page, save_window

        settings = app_settings(self.settings)
        save_window(self, self.splitter, settings)
        for page_id, page in self.pages.items():
            save_page(page, page_id, settings)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The children paint in the same pass: finish the frame once it is over.
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.finish_frame()
        self.first_painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.search.reposition()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closing = True
        if self.outside_writes is not None:
            self.outside_writes.stop()
        self._idle_build.stop()
        self._idle_pause.stop()
        for page in self.pages.values():
            page.before_close()
        self._save_layout()
        self.ctx.shutdown()
        super().closeEvent(event)
