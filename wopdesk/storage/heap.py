"""Python's cycle collector paused for bulk jobs whose objects all live until they end.

An import of 20,000 readings holds every row it read, checked and wrote until its
transaction ends: about a million objects, nearly none of them in a cycle. The automatic
collector still walked them (and everything else in the process) again and again while
they piled up, about a fifth of the import's time. The app already turns automatic
collection off and collects on a timer of its GUI thread (``wopdesk.ui.workers``); the
command line and scripts collect automatically, so bulk jobs pause that here (as
``wopdesk sync`` does).
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class CollectorPause:
    """Counts the bulk jobs running in this process (threads may run several): the first
    switches automatic collection off, the last puts it back as it was. A lock, because
    each check-then-switch must not interleave with another's."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.was_enabled = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self.lock:
            if self.running == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.running += 1
        try:
            yield
        finally:
            with self.lock:
                self.running -= 1
                if self.running == 0 and self.was_enabled:
                    gc.enable()


collector_paused = CollectorPause()
