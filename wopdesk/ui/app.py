"""Start the desktop app: the application object, translations, the main window."""

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from wopdesk.domain.resources import resources_dir
from wopdesk.errors import WopdeskError
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.style import app_icon

APP_ID = "org.wopdesk.WOPdesk"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("WOPdesk")
    app.setOrganizationName("WOPdesk")
    app.setApplicationDisplayName("WOPdesk")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_translations(app)
    return app


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and WOPdesk's translations for the person's language, where they exist.

    Every string goes through ``tr()``; ``resources/translations/wopdesk_<lang>.qm`` files
    (built with pyside6-lupdate and pyside6-lrelease) are picked up here without code.
    """
    locale = locale or QLocale.system()
    loaded = []
    sources = [
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("wopdesk", str(resources_dir() / "translations")),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


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
