"""One function per user action, outside the UI (as Anki's ``pylib`` operations).

Each opens its own transaction through the ``Store``, validates, writes, and returns an
``OpResult``: its value and the ``OpChanges`` derived from the rows actually written
(see ``tracking``). The UI runs them with ``AppContext.run_op``. See docs/operations.md.
"""

from wopdesk.operations.tracking import OpChanges, Operation, OpResult, observe, run, tracked

__all__ = ["OpChanges", "OpResult", "Operation", "observe", "run", "tracked"]
