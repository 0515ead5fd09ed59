"""The search box: full-text search over visit notes, findings, actions and learning.

Typing runs ``queries.search`` off the GUI thread a moment after the last key; results
drop down under the box; Up/Down move through them, Enter or a click opens one. They
close with Escape, when the focus leaves the box and the list, on a click anywhere else
(even where nothing takes the focus), when the window is left, and when the page or the
partnership changes: a list of results never stays over a page it does not belong to.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QListWidgetItem, QWidget

from wopdesk.ui.context import AppContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wopdesk.storage.queries import SearchHit

SEARCH_DELAY_MS = 250
HIT_ROLE = Qt.ItemDataRole.UserRole + 10

# Which page shows each kind of search result.
ENTITY_PAGE = {
    "site_visit": "visits",
    "diagnosis_finding": "diagnosis",
    "action": "workplan",
    "learning_activity": "learning",
    "progress_record": "progress",
    "output": "workplan",
    "track_stage": "partnerships",
    "health_review": "progress",
    "health_score": "progress",
    "phase_change": "overview",
    "partnership": "partnerships",
}


class SearchBox(QLineEdit):
    hit_chosen = Signal(object)  # the SearchHit a person opened

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(
            self.tr("Search notes, findings, actions, learning and progress  (Ctrl+F)")
        )
        self.setAccessibleName(self.tr("Search"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self._host: QWidget | None = None
        self._results: QListWidget | None = None  # built with the first results
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(self._open_current)
        self._watching_clicks = False  # the application's events, while results are shown
        ctx.partnership_changed.connect(lambda _pid: self.close_results())
        self._labels = {
            "site_visit": self.tr("Site visit"),
            "diagnosis_finding": self.tr("Finding"),
            "action": self.tr("Action"),
            "learning_activity": self.tr("Learning"),
            "progress_record": self.tr("Progress record"),
            "output": self.tr("Output"),
            "track_stage": self.tr("Stage of change"),
            "health_review": self.tr("Partnership health"),
            "health_score": self.tr("Partnership health"),
            "phase_change": self.tr("Phase change"),
            "partnership": self.tr("Partnership closing"),
        }

    def attach(self, host: QWidget) -> None:
        """Show results as an overlay inside ``host`` (the main window)."""
        self._host = host
        if self._results is not None:
            self._results.setParent(host)
            self._results.hide()

    @property
    def results(self) -> QListWidget:
        """The list of results, built the first time it is needed.

        Not at start-up: its event filter makes PySide wrap every event the list gets,
        and the first ones (while it joins the window) cost about 5 ms of type creation.
        """
        if self._results is None:
            results = QListWidget(self._host)
            results.setWindowFlags(Qt.WindowType.Widget)
            results.setAccessibleName(self.tr("Search results"))
            results.setWordWrap(True)
            results.setAlternatingRowColors(True)
            results.setFrameShape(QListWidget.Shape.Box)
            results.hide()
            results.itemActivated.connect(self._open_item)
            results.itemClicked.connect(self._open_item)
            results.installEventFilter(self)
            self._results = results
        return self._results

    def _results_shown(self) -> bool:
        return self._results is not None and self._results.isVisible()

    def close_results(self) -> None:
        """Hide the results (the words typed stay in the box)."""
        self.timer.stop()
        self._generation += 1  # a search still running shows nothing when it ends
        if self._results is not None:
            self._results.hide()
        self._watch_clicks(False)

    def _watch_clicks(self, on: bool) -> None:
        """Watch the whole application's events only while the results are shown: a
        filter there sees every event, which costs a little each time."""
        app = QApplication.instance()
        if app is None or on == self._watching_clicks:
            return
        self._watching_clicks = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def _outside(self, widget: object) -> bool:
        """True if ``widget`` is neither the box nor the results (nor inside them).

        Only widgets count: a press reaches the window (a QWindow) before the widget."""
        if not isinstance(widget, QWidget):
            return False
        results = self._results
        inside_results = results is not None and (widget is results or results.isAncestorOf(widget))
        return not (widget is self or self.isAncestorOf(widget) or inside_results)

    def run_search(self) -> None:
        self.timer.stop()
        words = self.text().strip()
        self._generation += 1
        generation = self._generation
        if not words or not self.ctx.is_open:
            self.close_results()
            return

        def find(session: "Session") -> "list[SearchHit]":
            from wopdesk.storage import queries

            return queries.search(session, words, limit=40)

        def done(hits: "list[SearchHit]") -> None:
            if generation == self._generation:
                self._show(hits)

        self.ctx.run_read(find, done)

    def _show(self, hits: "list[SearchHit]") -> None:
        # The rich-text drawing is imported with the first results, not at start-up.
        from wopdesk.ui.search_hits import HTML_ROLE, HitDelegate, hit_html

        if not isinstance(self.results.itemDelegate(), HitDelegate):
            self.results.setItemDelegate(HitDelegate(self.results))
        self.results.clear()
        current = self.ctx.partnership_id
        # Results of the partnership in view first, the others after, each in rank order.
        ordered = sorted(hits, key=lambda hit: hit.partnership_id != current)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for hit in ordered:
            snippet = hit.snippet.replace("[", "").replace("]", "")
            label = self._labels.get(hit.entity, hit.entity)
            item = QListWidgetItem(f"{label} · {hit.title}\n{snippet}".strip())
            item.setData(HIT_ROLE, hit)
            item.setData(HTML_ROLE, hit_html(label, hit.title, hit.snippet, muted))
            item.setToolTip(hit.title)
            self.results.addItem(item)
        if not hits:
            empty = QListWidgetItem(self.tr("Nothing found for “{0}”.").format(self.text()))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)
        else:
            self.results.setCurrentRow(0)
        self._place()
        self.results.show()
        self.results.raise_()
        self._watch_clicks(True)

    def reposition(self) -> None:
        """Follow the window when it is resized."""
        if self._results_shown():
            self._place()

    def _place(self) -> None:
        host = self.results.parentWidget()
        if host is None:
            return
        below = self.mapTo(host, QPoint(0, self.height()))
        width = max(self.width(), 460)
        self.results.resize(width, self.results.height())  # row heights depend on the width
        shown = min(self.results.count(), 8)
        wanted = sum(self.results.sizeHintForRow(r) for r in range(shown)) + 8
        height = min(max(wanted, 40), host.height() - below.y())
        self.results.setGeometry(below.x(), below.y(), width, height)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if self._results_shown() and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        if key == Qt.Key.Key_Escape:
            if not self._results_shown():
                self.clear()
            self.close_results()  # and forget a search under way
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        # Wait a turn: a click on a result moves the focus there, and must still open it.
        QTimer.singleShot(0, self._hide_if_unfocused)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if self._watching_clicks and (
            (kind == QEvent.Type.MouseButtonPress and self._outside(watched))
            or kind == QEvent.Type.ApplicationDeactivate
        ):
            self.close_results()
            return False
        if watched is self._results and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._hide_if_unfocused)
        if (
            watched is self._results
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.close_results()
            self.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _hide_if_unfocused(self) -> None:
        if self._results is not None and not (self.hasFocus() or self._results.hasFocus()):
            self.close_results()

    def _open_current(self) -> None:
        if self.timer.isActive():
            self.run_search()  # Enter before the delay: search now, open on the next Enter
            return
        if self._results_shown():
            item = self.results.currentItem()
            if item is not None:
                self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.close_results()
            self.hit_chosen.emit(hit)
