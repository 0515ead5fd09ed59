"""Every figure, registered by importing its module; ``ORDER`` is the table's order."""

from bench.figures import bad_link, desktop, history, reports, search, spreadsheets, sync, write

__all__ = [
    "ORDER",
    "bad_link",
    "desktop",
    "history",
    "reports",
    "search",
    "spreadsheets",
    "sync",
    "write",
]

ORDER = [
    "cold_start",
    "overview_ready",
    "learning_open",
    "memory",
    "search",
    "local_write",
    "sync_push_pull",
    "sync_noop",
    "sync_concurrent",
    "sync_history",
    "bad_link",
    "visit_summary",
    "export_learning_xlsx",
    "export_learning_csv",
    "import_readings_xlsx",
]
