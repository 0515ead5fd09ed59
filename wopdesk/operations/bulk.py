"""Actions that write many records in transactions of their own: an import, the demo."""

from pathlib import Path
from typing import TYPE_CHECKING

from wopdesk.operations.tracking import OpResult, observe
from wopdesk.storage.store import Store

if TYPE_CHECKING:
    from wopdesk.storage.reading_import import ImportPlan


def import_readings(
    store: Store, partnership_id: str, path: Path, *, replace_existing: bool = False
) -> "OpResult[ImportPlan]":
    """Import the good rows of a readings spreadsheet (bad rows are skipped and listed);
    ``replace_existing``: a row that differs from a recorded reading replaces it."""
    from wopdesk.storage.reading_import import import_readings as import_now

    return observe(
        lambda: import_now(
            store, partnership_id, path, skip_bad_rows=True, replace_existing=replace_existing
        )
    )


def create_demo(store: Store) -> OpResult[bool]:
    """Fill the profile with the demo partnerships; False if they were all there."""
    from wopdesk.demo import create_demo as fill

    return observe(lambda: fill(store))
