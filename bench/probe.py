"""Qt programs the desktop figures run, each in a fresh process; each prints one JSON line.

    python -m bench.probe bare-start             an empty QMainWindow (the floor)
    python -m bench.probe app-start DIR          ``wopdesk --data-dir DIR``, as a user starts it
    python -m bench.probe bare-memory            RSS of the empty QMainWindow once painted
    python -m bench.probe app-memory DIR         RSS after visiting every page
    python -m bench.probe learning-open DIR N    ms from show_page("learning") to rows painted,
                                                 then the same for a plain N-row QTableView

"Shown" is the same moment for the floor and the app: the end of the event that
delivered the main window's first Paint (a zero timer fires right after that paint pass).
The app's start also reports "ready": the end of the first paint of the overview page
with the partnership's data in it (the window shows its frame before the data is open).
The bare modes import nothing of WOPdesk.
"""

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTableView, QWidget

WINDOW_SIZE = (1280, 760)  # MainWindow's own size, so both paint the same area


def memory() -> dict[str, float]:
    """Resident and peak resident memory of this process in MB, from /proc."""
    found: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[{"VmRSS": "rss_mb", "VmHWM": "peak_rss_mb"}[key]] = int(rest.split()[0]) / 1024
    return found


def emit(data: dict[str, Any]) -> None:
    print(json.dumps(data), flush=True)


class FirstPaint(QObject):
    """Calls ``on_shown(monotonic time)`` once the watched main window has painted."""

    def __init__(self, on_shown: Callable[[float], None]) -> None:
        super().__init__()
        self.on_shown = on_shown
        self.seen = False
        self.window: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, lambda: self.on_shown(time.monotonic()))
        return False


def watch_first_main_window(on_shown: Callable[[float], None]) -> None:
    """Watch the first QMainWindow shown from Python, whoever builds it.

    The filter sits on that window only: an application-wide filter would see every
    event of the start-up and slow down the program it measures.
    """
    watcher = FirstPaint(on_shown)
    original_show = QMainWindow.show

    def show(window: QWidget) -> None:
        QMainWindow.show = original_show  # type: ignore[method-assign]
        watcher.window = window
        window.installEventFilter(watcher)
        original_show(window)

    QMainWindow.show = show  # type: ignore[method-assign]
    watch_first_main_window.watcher = watcher  # type: ignore[attr-defined]  # keep it alive


def close_all(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        widget.close()
    app.quit()


def report_shown(app: QApplication) -> Callable[[float], None]:
    """Print when the window was shown, and how much CPU and memory it took, then quit."""

    def shown(when: float) -> None:
        emit({"shown": when, "cpu_ms": time.process_time() * 1000, **memory()})
        close_all(app)

    return shown


def bare_start() -> None:
    app = QApplication(sys.argv[:1])
    watch_first_main_window(report_shown(app))
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    app.exec()


class DataPainted(QObject):
    """Calls ``on_painted(monotonic time)`` after ``page`` first paints with ``page.data``."""

    def __init__(self, page: QWidget, on_painted: Callable[[float], None]) -> None:
        super().__init__()
        self.page = page
        self.on_painted = on_painted
        self.seen = False
        page.installEventFilter(self)
        page.update()  # in case the data arrived with the page: it paints once more

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.seen and event.type() == QEvent.Type.Paint:
            if getattr(self.page, "data", None) is not None:
                self.seen = True
                QTimer.singleShot(0, lambda: self.on_painted(time.monotonic()))
        return False


def report_shown_and_ready(app: QApplication) -> Callable[[float], None]:
    """Note when the window was shown, then wait until the overview shows its data."""
    found: dict[str, Any] = {}
    watchers: list[DataPainted] = []

    def ready(when: float) -> None:
        emit({**found, "ready": when, "ready_cpu_ms": time.process_time() * 1000})
        close_all(app)

    def watch_overview() -> None:
        if not watchers:
            page = found_window.pages["overview"]  # type: ignore[attr-defined]
            watchers.append(DataPainted(page, ready))

    def watch_kept_overview(_index: int) -> None:
        # The overview kept from the last run may be drawn right after the frame, before
        # the profile is open (its data did not change): it counts once painted with data.
        early = found_window.pages.get("overview")
        if early is not None and getattr(early, "data", None) is not None:
            watch_overview()

    def shown(when: float) -> None:
        found.update({"shown": when, "cpu_ms": time.process_time() * 1000, **memory()})
        nonlocal found_window
        found_window = watch_first_main_window.watcher.window  # type: ignore[attr-defined]
        if found_window.is_ready:
            watch_overview()
        else:
            found_window.stack.currentChanged.connect(watch_kept_overview)
            found_window.ready.connect(watch_overview)

    found_window: Any = None
    return shown


def app_start(data_dir: str) -> None:
    """The real start-up path, ``wopdesk.cli.main``, with a watcher on its main window."""
    from wopdesk.ui.app import create_application

    app = create_application(sys.argv[:1])
    watch_first_main_window(report_shown_and_ready(app))
    from wopdesk.cli import main

    code = main(["--data-dir", data_dir])
    if code != 0:
        raise SystemExit(code)


class Settler:
    """Runs the event loop until background work is done and nothing is left to paint."""

    def __init__(self, app: QApplication, ctx: Any = None) -> None:
        self.app = app
        self.ctx = ctx
        self.busy = False
        if ctx is not None:
            ctx.busy_changed.connect(self._set_busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy

    def _working(self) -> bool:
        if self.ctx is None:
            return False
        pools = (self.ctx.workers.database, self.ctx.workers.general)
        return self.busy or any(pool.activeThreadCount() for pool in pools)

    def settle(self, quiet_s: float = 0.15, timeout_s: float = 120.0) -> None:
        deadline = time.monotonic() + timeout_s
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._working():
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= quiet_s:
                return
            time.sleep(0.002)
        raise TimeoutError("the app was still busy after two minutes")


def open_main_window(data_dir: str, settle: bool = True) -> tuple[QApplication, Any, Settler]:
    """The main window on the profile, built as ``run_app`` builds it, shown (and settled)."""
    from wopdesk.storage.store import Store
    from wopdesk.ui.app import create_application
    from wopdesk.ui.context import AppContext
    from wopdesk.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    ctx = AppContext(Store.open(data_dir))
    settler = Settler(app, ctx)
    window = MainWindow(ctx)
    window.show()
    if settle:
        settler.settle()
    return app, window, settler


def bare_memory() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    Settler(app).settle()
    emit(memory())


def app_memory(data_dir: str) -> None:
    app, window, settler = open_main_window(data_dir)
    visited = []
    for page_id in window.page_ids:
        window.show_page(page_id)
        settler.settle()
        visited.append(page_id)
    emit({**memory(), "pages": visited})
    window.close()
    window.ctx.store.close()


class RowsPainted(QObject):
    """Notes when ``area`` first paints, and when one of its tables first paints rows.

    Filters sit on the area and on the viewports of the tables it holds when it is
    shown (a table the page creates later is not seen: the area's paint counts then).
    """

    def __init__(self, area: QWidget, loop: QEventLoop) -> None:
        super().__init__()
        self.area = area
        self.loop = loop
        self.views = {view.viewport(): view for view in area.findChildren(QAbstractItemView)}
        if isinstance(area, QAbstractItemView):
            self.views[area.viewport()] = area
        self.area_painted: float | None = None
        self.rows_painted: float | None = None
        for widget in (area, *self.views):
            widget.installEventFilter(self)

    def remove(self) -> None:
        for widget in (self.area, *self.views):
            widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint:
            return False
        if watched is self.area and self.area_painted is None:
            QTimer.singleShot(0, self._area_done)
        view = self.views.get(watched)  # type: ignore[call-overload]
        if self.rows_painted is None and view is not None:
            model = view.model()
            if model is not None and model.rowCount() > 0:
                QTimer.singleShot(0, self._rows_done)
        return False

    def _area_done(self) -> None:
        if self.area_painted is None:
            self.area_painted = time.perf_counter()
            if not self.views:
                self.loop.quit()  # a page without any table (a placeholder)

    def _rows_done(self) -> None:
        if self.rows_painted is None:
            self.rows_painted = time.perf_counter()
            self.loop.quit()


def time_until_painted(show: Callable[[], QWidget], timeout_s: float = 30) -> dict[str, Any]:
    """Milliseconds from calling ``show`` until the area it returns paints rows (or itself).

    ``show`` may build the area (a page not built yet): that counts. The watcher goes on
    once ``show`` returns, before the event loop runs, so no paint is missed.
    """
    loop = QEventLoop()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    started = time.perf_counter()
    area = show()
    watcher = RowsPainted(area, loop)
    loop.exec()
    watcher.remove()
    if watcher.rows_painted is not None:
        return {"ms": (watcher.rows_painted - started) * 1000, "rows": True}
    if watcher.area_painted is not None:
        return {"ms": (watcher.area_painted - started) * 1000, "rows": False}
    raise TimeoutError(f"nothing was painted within {timeout_s} s")


class PlainModel(QAbstractTableModel):
    """The floor's model: ``n`` rows of text computed on the fly."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.n

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row()} column {index.column()}"
        return None


def run_for(app: QApplication, seconds: float) -> None:
    """Let the app run as it would with nobody touching it."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


# A person opens the app, sees the overview, and clicks "Learning log" a second later:
# whatever the app does in its idle time by then (building pages) is done, the rest counts.
CLICK_AFTER_READY_S = 1.0


def learning_open(data_dir: str, rows: int) -> None:
    app, window, settler = open_main_window(data_dir, settle=False)
    if not window.is_ready:
        until_ready = QEventLoop()
        window.ready.connect(until_ready.quit)
        until_ready.exec()
    run_for(app, CLICK_AFTER_READY_S)
    page = window.pages.get("learning")
    views = page.findChildren(QAbstractItemView) if page is not None else []
    rows_before = any(view.model() is not None and view.model().rowCount() for view in views)
    product = time_until_painted(lambda: window.show_page("learning"))
    product["page_built_before"] = page is not None
    product["rows_read_before"] = rows_before
    settler.settle()

    table = QTableView()
    table.setModel(PlainModel(rows))
    window.stack.addWidget(table)
    window.show_page("overview")
    settler.settle()

    def show_table() -> QWidget:
        window.stack.setCurrentWidget(table)
        return table

    floor = time_until_painted(show_table)
    emit({"product": product, "floor": floor})
    window.close()
    window.ctx.store.close()


def main(argv: list[str]) -> None:
    mode, *rest = argv
    modes: dict[str, Callable[[], None]] = {
        "bare-start": bare_start,
        "app-start": lambda: app_start(rest[0]),
        "bare-memory": bare_memory,
        "app-memory": lambda: app_memory(rest[0]),
        "learning-open": lambda: learning_open(rest[0], int(rest[1])),
    }
    modes[mode]()


if __name__ == "__main__":
    main(sys.argv[1:])
