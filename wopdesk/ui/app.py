"""Start the desktop app."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from wopdesk.storage.store import Store


def run_app(data_dir: str | None) -> int:
    """Open the main window on the profile at ``data_dir`` and run until it closes."""
    store = Store.open(data_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("WOPdesk")
    window.setCentralWidget(QLabel(f"WOPdesk — {store.data_dir}"))
    window.resize(1280, 760)
    window.show()
    return app.exec()
