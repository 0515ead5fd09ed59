"""The hybrid logical clock that stamps every field write, and its stamps.

Stamps are fixed-width text (``1795431568548.0000.4d46b6257f0d7be2``: wall time in
milliseconds, a counter, the replica's node id), so comparing the strings compares
(time, counter, node). See docs/sync.md, "The clock".
"""

import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeGuard

NODE_PATTERN = r"[0-9a-z]{16}"
STAMP_PATTERN = r"^\d{13}\.[0-9a-f]{4}\.[0-9a-z]{16}$"
_STAMP = re.compile(STAMP_PATTERN)
_COUNTER_MAX = 0xFFFF


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    """A hybrid-logical-clock stamp; stamps order by (wall time, counter, node)."""

    wall: int
    counter: int
    node: str

    def encode(self) -> str:
        """Fixed width, so encoded stamps compare as strings exactly as stamps do."""
        return f"{self.wall:013d}.{self.counter:04x}.{self.node}"

    @classmethod
    def decode(cls, text: str) -> "Stamp":
        if not _STAMP.match(text):
            raise ValueError(f"'{text}' is not a clock stamp.")
        wall, counter, node = text.split(".")
        return cls(int(wall), int(counter, 16), node)

    def successor(self, node: str) -> "Stamp":
        """The smallest stamp of ``node`` that is greater than this one."""
        if self.counter < _COUNTER_MAX:
            return Stamp(self.wall, self.counter + 1, node)
        return Stamp(self.wall + 1, 0, node)


def is_stamp(text: object) -> TypeGuard[str]:
    return isinstance(text, str) and _STAMP.match(text) is not None


def stamp_node(text: str) -> str:
    return text.rsplit(".", 1)[-1]


def new_node_id() -> str:
    return secrets.token_hex(8)


class HybridClock:
    """Wall time in ms plus a counter: never goes backwards, and passes every stamp it saw."""

    def __init__(
        self, node: str, last: Stamp | None = None, now: Callable[[], int] = wall_ms
    ) -> None:
        if not re.fullmatch(NODE_PATTERN, node):
            raise ValueError(f"'{node}' is not a clock node id.")
        self.node = node
        self._now = now
        self._last = last or Stamp(0, 0, node)
        self._lock = threading.Lock()

    @property
    def last(self) -> Stamp:
        return self._last

    def tick(self) -> Stamp:
        """A new stamp, greater than every stamp this clock made or observed."""
        with self._lock:
            now = self._now()
            if now > self._last.wall:
                self._last = Stamp(now, 0, self.node)
            else:
                self._last = self._last.successor(self.node)
            return self._last

    def observe(self, stamp: Stamp) -> None:
        """Remember a stamp seen elsewhere so the next tick is later than it."""
        with self._lock:
            if (stamp.wall, stamp.counter) > (self._last.wall, self._last.counter):
                self._last = Stamp(stamp.wall, stamp.counter, self.node)
