"""Start the desktop app: the application object, translations, the main window.

The window's frame is painted first; the profile opens after that, off the GUI thread
(see ``wopdesk.ui.main_window``). Only light modules are imported on this path.
"""

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wopdesk.ui.style import APP_ID, app_icon
from wopdesk.ui.workers import collect_garbage_on_gui_thread

if TYPE_CHECKING:
    from wopdesk.domain.overview_view import PartnershipOverview
    from wopdesk.ui.context import AppContext
    from wopdesk.ui.main_window import MainWindow

DATA_DIR_ENV = "WOPDESK_DATA_DIR"  # as in wopdesk.storage.paths, not imported before the paint
# Set by the package smoke test: start, open the profile, show the window, then quit.
QUIT_AFTER_SHOW_ENV = "WOPDESK_QUIT_AFTER_SHOW"
KEPT_PAINT_WAIT_MS = 500  # the longest the profile waits for the kept Overview's paint


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
        collect_garbage_on_gui_thread()  # from now on, as the app does: see there
    app.setApplicationName("WOPdesk")
    app.setOrganizationName("WOPdesk")
    app.setApplicationDisplayName("WOPdesk")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def register_fonts() -> list[str]:
    """Make the bundled Noto fonts known to Qt, so Devanagari names do not show as boxes
    on a system without such a font (the PDFs embed the same fonts); their families."""
    from PySide6.QtGui import QFontDatabase

    from wopdesk.domain.resources import resources_dir

    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def chosen_data_dir(explicit: str | None) -> str | None:
    """``--data-dir``, else ``WOPDESK_DATA_DIR``, else the folder of Settings (None: the
    platform's usual one, which ``Store.open`` resolves)."""
    if explicit or os.environ.get(DATA_DIR_ENV):
        return explicit
    from wopdesk.ui import settings

    return settings.value(settings.DATA_FOLDER) or None


def draw_kept_overview(
    window: "MainWindow", data_dir: Path, language: str, then: Callable[[], None]
) -> None:
    """Show the Overview kept from the last run if it is still current, then call
    ``then`` (open the profile) once it is painted; at once if there is none."""
    from wopdesk.ui import overview_cache

    view = overview_cache.load(data_dir, language)
    page = window.show_remembered_overview(view) if view is not None else None
    if page is None:
        then()
        return
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            then()

    page.remembered_painted.connect(once)
    # Should the page not paint (a hidden window), the profile opens all the same.
    QTimer.singleShot(KEPT_PAINT_WAIT_MS, once)


def overview_at_close(ctx: "AppContext") -> "PartnershipOverview | None":
    """The current partnership's Overview read once more as the app closes, to be kept for
    the next start: another process (the command line, a sync) may have written since the
    page last read. None if there is nothing to keep or the read fails (only logged)."""
    from wopdesk.storage.overview import partnership_overview

    partnership_id = ctx.partnership_id
    if partnership_id is None:
        return None
    try:
        with ctx.store.reading() as session:
            return partnership_overview(session, partnership_id, dt.date.today())
    except Exception:  # noqa: BLE001  the kept view is a nicety; closing must go on
        logging.getLogger(__name__).exception("could not read the Overview to keep")
        return None


def run_app(data_dir: str | None) -> int:
    """Open the main window on the profile at ``data_dir`` and run until it closes."""
    from wopdesk import logs
    from wopdesk.ui import overview_cache
    from wopdesk.ui.context import AppContext
    from wopdesk.ui.crash import install_error_reporting, uninstall_error_reporting
    from wopdesk.ui.i18n import install_translators
    from wopdesk.ui.main_window import MainWindow

    earlier_crash = logs.earlier_crash()  # before this run's crash log is opened
    logs.configure_logging()
    app = create_application()
    data_dir = chosen_data_dir(data_dir)
    language = install_translators(app)
    ctx = AppContext()
    window = MainWindow(ctx)
    reporter = install_error_reporting(lambda: window, window.report_problem)
    window.ready.connect(lambda: logging.getLogger("wopdesk").info("The window is ready."))
    if earlier_crash:
        logging.getLogger("wopdesk").error("The last run crashed:\n%s", earlier_crash)
        window.ready.connect(lambda: window.show_error(window.crashed_last_time()))

    def cannot_open(exc: Exception) -> None:
        # A newer or damaged database: one sentence, then the app ends with code 1.
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, "WOPdesk", ctx.error_message(exc))
        window.hide()
        app.exit(1)

    # The fonts (a few MB to read) after the empty frame, before any name is drawn in it.
    window.first_painted.connect(register_fonts)
    # Then the Overview kept from the last run, if its data is unchanged; the profile
    # opens once the frame (and that Overview) have been painted: they must not wait.
    kept = overview_cache.data_dir_of(data_dir)
    window.first_painted.connect(
        lambda: draw_kept_overview(
            window, kept, language, lambda: ctx.open_profile(data_dir, cannot_open)
        )
    )
    # A failure after the profile opened stays said in the window; the app ends with 1.
    failed: list[str] = []
    window.start_failed.connect(failed.append)
    if os.environ.get(QUIT_AFTER_SHOW_ENV):

        def give_up(_sentence: str) -> None:
            window.hide()
            app.exit(1)

        window.ready.connect(app.quit)
        window.start_failed.connect(give_up)
    window.show()
    try:
        code = app.exec()
    finally:
        uninstall_error_reporting(reporter)
    view = None
    if ctx.is_open:
        kept = ctx.store.data_dir.resolve()
        ctx.first_page_shown()  # today's backup, if the app closed before it began
        ctx.shutdown()  # every write of this run done before the last read
        if not (code or failed):
            view = overview_at_close(ctx)
    ctx.close()
    if view is not None:
        overview_cache.save(kept, language, view)  # stamped with the files as closed
    return code or (1 if failed else 0)
