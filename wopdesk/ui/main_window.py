"""The main window: partnership selector, sidebar of pages, status bar."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wopdesk.storage import queries
from wopdesk.ui.context import AppContext
from wopdesk.ui.pages import PAGE_CLASSES, Page


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("WOPdesk"))
        self.resize(1280, 760)
        self.pages: dict[str, Page] = {}

        self.partnership_box = QComboBox()
        self.partnership_box.setAccessibleName(self.tr("Partnership"))
        self.partnership_box.currentIndexChanged.connect(self._partnership_chosen)
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(220)
        self.stack = QStackedWidget()
        for page_class in PAGE_CLASSES:
            page = page_class(ctx)
            self.pages[page.page_id] = page
            self.stack.addWidget(page)
            self.sidebar.addItem(page.title())
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel(self.tr("Partnership")))
        side_layout.addWidget(self.partnership_box)
        side_layout.addWidget(self.sidebar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        central = QWidget()
        QHBoxLayout(central).addWidget(splitter)
        self.setCentralWidget(central)
        ctx.error.connect(lambda message: self.statusBar().showMessage(message, 10000))
        ctx.data_changed.connect(self._on_data_changed)
        self.load_partnerships()
        self.sidebar.setCurrentRow(0)

    def show_page(self, page_id: str) -> Page:
        page = self.pages[page_id]
        self.sidebar.setCurrentRow(self.stack.indexOf(page))
        return page

    def load_partnerships(self) -> None:
        with self.ctx.store.reading() as session:
            choices = [(p.id, p.title) for p in queries.partnerships(session)]
        self.partnership_box.blockSignals(True)
        self.partnership_box.clear()
        for pid, title in choices:
            self.partnership_box.addItem(title, pid)
        self.partnership_box.blockSignals(False)
        ids = [pid for pid, _ in choices]
        current = self.ctx.partnership_id if self.ctx.partnership_id in ids else None
        if current is None and ids:
            current = ids[0]
        if current is not None:
            self.partnership_box.setCurrentIndex(ids.index(current))
        self.ctx.set_partnership(current)

    def _partnership_chosen(self, index: int) -> None:
        self.ctx.set_partnership(self.partnership_box.itemData(index) if index >= 0 else None)

    def _on_data_changed(self, entities: frozenset[str]) -> None:
        if "partnership" in entities:
            self.load_partnerships()

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.ctx.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]
