"""Reading what a page shows off the GUI thread, applying only the newest answer.

A page starts a read when it refreshes; the answer comes back on the GUI thread. What
the page shows stays as it is until then (no empty flash between two partnerships), and
an answer overtaken by a newer read, or read for a partnership that is no longer the
current one, is dropped: the newer read, or the refresh the switch triggers, applies. An
answer that arrives after its page was destroyed (the window closed) is dropped too.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wopdesk.ui.context import AppContext

T = TypeVar("T")


class LatestRead(QObject):
    """One part of a page read with ``ctx.run_read``; only the latest answer is applied."""

    applied = Signal()  # an answer was applied to the page

    def __init__(self, ctx: "AppContext", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loading = False
        self._generation = 0
        self._after: list[Callable[[], Any]] = []

    def start(self, work: "Callable[[Session], T]", apply: Callable[[T], None]) -> None:
        """Run ``work`` in a read session off the GUI thread, then ``apply`` its answer."""
        self._generation += 1
        generation, partnership_id = self._generation, self.ctx.partnership_id
        self.loading = True

        def done(answer: T) -> None:
            if not isValid(self):
                return  # the page is gone (its window closed while the read ran)
            if generation != self._generation:
                return  # a newer read is on its way
            self.loading = False
            if partnership_id != self.ctx.partnership_id:
                self._after.clear()  # the switch's own refresh reads again
                return
            apply(answer)
            self.applied.emit()
            self._run_after()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.loading = False
                self._after.clear()
            self.ctx.report_error(exc)

        self.ctx.run_read(work, done, failed)

    def cancel(self) -> None:
        """Forget the read under way (the page now shows something that needs no read)."""
        self._generation += 1
        self.loading = False
        self._run_after()

    def then(self, callback: Callable[[], Any]) -> None:
        """Call ``callback`` once the read under way is applied, or now if none is."""
        if self.loading:
            self._after.append(callback)
        else:
            callback()

    def _run_after(self) -> None:
        # A callback may start another read (choosing a filter): the rest wait for it.
        while self._after and not self.loading:
            self._after.pop(0)()
