"""Background work for the UI: one writer thread for the database, a pool for the rest.

Results come back to the GUI thread through queued signals, never by touching widgets
from a worker (Picard's run_task, Anki's CollectionOp).
"""

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal


class _TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Run ``work`` off the GUI thread; report its result or exception by signal."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _TaskSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the GUI thread, which shows it
            if not isinstance(exc, _EXPECTED):
                import logging  # here: start-up imports no more than it needs

                logging.getLogger(__name__).exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def _expected_errors() -> tuple[type[Exception], ...]:
    from wopdesk.errors import WopdeskError

    return (WopdeskError,)


_EXPECTED = _expected_errors()


class Workers:
    """The pools: a single database writer (so writes never race) and a general pool."""

    def __init__(self) -> None:
        self.database = QThreadPool()
        self.database.setMaxThreadCount(1)
        self.general = QThreadPool()
        self.general.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._running: set[Task] = set()

    def start(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None],
    ) -> Task:
        task = Task(work)
        self._running.add(task)

        def finished(result: Any) -> None:
            self._running.discard(task)
            if on_done is not None:
                on_done(result)

        def failed(exc: Exception) -> None:
            self._running.discard(task)
            on_error(exc)

        task.signals.done.connect(finished)
        task.signals.failed.connect(failed)
        pool.start(task)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every pool is idle (at shutdown only)."""
        return self.database.waitForDone(msecs) and self.general.waitForDone(msecs)


GC_INTERVAL_MS = 1000
# Like CPython's own thresholds: the middle generation every tenth collection, everything
# every ten minutes. A full collection walks every object of the app (about 150 ms with
# the pages built), so it must stay rare; young objects are few and quick to walk.
MIDDLE_EVERY = 10
FULL_EVERY = 600
_gc_timers: dict[int, tuple[QTimer, "_Collector"]] = {}  # kept alive with the app


class _Collector:
    """Collects one generation per tick, the older ones less often."""

    def __init__(self) -> None:
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1
        if self.ticks % FULL_EVERY == 0:
            gc.collect(2)
        elif self.ticks % MIDDLE_EVERY == 0:
            gc.collect(1)
        else:
            gc.collect(0)


def collect_garbage_on_gui_thread() -> None:
    """Run Python's cycle collector only on the GUI thread, as Anki does.

    Left automatic, the collector runs in whichever thread happens to allocate, so a
    worker can end up destroying Qt objects that belong to the GUI thread, and Qt
    crashes. Collection is switched off and a timer on the GUI thread does it instead,
    by generation as the automatic collector would: a full collection every few
    seconds would freeze the window for a noticeable moment each time.
    """
    app = QCoreApplication.instance()
    if app is None or id(app) in _gc_timers:
        return
    gc.disable()
    timer = QTimer(app)
    collector = _Collector()
    timer.timeout.connect(collector.tick)
    timer.start(GC_INTERVAL_MS)
    _gc_timers[id(app)] = (timer, collector)
