"""The spreadsheet figures' floors write the same cells as the product (an honest floor)."""

from decimal import Decimal
from pathlib import Path
from typing import Any

from bench import data
from bench.figures.spreadsheets import _floor_rows
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain.i18n import translator
from wopdesk.domain.vocab import LearningForm
from wopdesk.storage import spreadsheets
from wopdesk.storage.store import Store


def _plain(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Numbers as decimals (the product writes Decimal, the floor SQLite's floats)."""
    return tuple(Decimal(str(v)).normalize() if isinstance(v, float | Decimal) else v for v in row)


def test_the_learning_floor_writes_the_products_cells(tmp_path: Path) -> None:
    profile = data.cached_profile(tmp_path, learning=300, log=lambda _line: None)
    headings, floor = _floor_rows(profile / "wopdesk.db")
    store = Store.open(profile)
    try:
        with store.reading() as session:
            tables = spreadsheets.partnership_tables(session, DEMO_PARTNERSHIP_ID, "en")
    finally:
        store.close()
    learning = next(t for t in tables if t.kind.name == "learning")
    assert len(headings) == len(learning.headings)
    tr = translator("en")
    floor_shown = [(row[0], tr.label(LearningForm(row[1])), *row[2:]) for row in floor]
    assert len(floor_shown) == len(learning.rows) > 300
    # Some entries give their counts, most leave them blank (filled by the same rule).
    assert any(row[8] for row in learning.rows)
    assert sorted(map(_plain, floor_shown), key=str) == sorted(map(_plain, learning.rows), key=str)
