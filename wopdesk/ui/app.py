"""Start the desktop app: the application object, translations, the main window."""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wopdesk.errors import WopdeskError
from wopdesk.storage.store import Store
from wopdesk.sync.status import StoreSyncStatus
from wopdesk.ui.context import AppContext
from wopdesk.ui.i18n import install_translators
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.style import APP_ID, app_icon

# Set by the package smoke test: start, open the profile, show the window, then quit.
QUIT_AFTER_SHOW_ENV = "WOPDESK_QUIT_AFTER_SHOW"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("WOPdesk")
    app.setOrganizationName("WOPdesk")
    app.setApplicationDisplayName("WOPdesk")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def run_app(data_dir: str | None) -> int:
    """Open the main window on the profile at ``data_dir`` and run until it closes."""
    app = create_application()
    install_translators(app)
    try:
        store = Store.open(data_dir)
    except WopdeskError as exc:
        QMessageBox.critical(None, "WOPdesk", str(exc))
        return 1
    window = MainWindow(AppContext(store, sync_status=StoreSyncStatus(store)))
    window.show()
    if os.environ.get(QUIT_AFTER_SHOW_ENV):
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    store.close()
    return code
