"""The merge rule, shared by the server and the client: last writer wins, field by field.

A change wins when its stamp is greater than the field's current stamp. It was made
*concurrently* with the current value when another replica wrote that value and the
change's author had not seen it (its replaced stamp differs): then the losing value,
whichever it is, is set aside in the Conflict table instead of disappearing.
"""

from dataclasses import dataclass
from typing import Any

from wopdesk.storage.clock import stamp_node


@dataclass(frozen=True, slots=True)
class FieldState:
    """A field's value on one side, with its stamp and (on the server) who wrote it."""

    value: Any
    stamp: str
    by: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    apply: bool
    duplicate: bool = False
    # The change and the current value were concurrent and differ: set the loser aside.
    conflict: bool = False


def newer(stamp: str, than: str | None) -> bool:
    """Whether a change stamped ``stamp`` overwrites a field stamped ``than``."""
    return than is None or stamp > than


def decide(current: FieldState | None, value: Any, stamp: str, replaced: str | None) -> Decision:
    """What to do with a change arriving at a field whose current state is ``current``."""
    if current is None:
        return Decision(apply=True)
    if stamp == current.stamp:
        return Decision(apply=False, duplicate=True)
    # One replica's writes are sequential: it always saw its own previous value.
    concurrent = (
        stamp_node(stamp) != stamp_node(current.stamp)
        and replaced != current.stamp
        and value != current.value
    )
    return Decision(apply=stamp > current.stamp, conflict=concurrent)
