"""Start the desktop app."""

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from wopdesk.errors import WopdeskError
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow

APP_ID = "org.wopdesk.WOPdesk"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("WOPdesk")
    app.setOrganizationName("WOPdesk")
    app.setDesktopFileName(APP_ID)
    return app


def run_app(data_dir: str | None) -> int:
    """Open the main window on the profile at ``data_dir`` and run until it closes."""
    app = create_application()
    try:
        store = Store.open(data_dir)
    except WopdeskError as exc:
        QMessageBox.critical(None, "WOPdesk", str(exc))
        return 1
    window = MainWindow(AppContext(store))
    window.show()
    code = app.exec()
    store.close()
    return code
