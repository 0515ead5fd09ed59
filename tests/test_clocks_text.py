"""A new record's clocks are stored as the very JSON text encoding the mapping gives."""

import sqlite3

import pytest

from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.changes import _fields, new_clocks_text
from wopdesk.storage.store import Store
from wopdesk.storage.types import json_text

STAMPS = ["0001733300000000.0000.ab12cd34ef56", 'a "quoted" stamp \\ é', ""]


@pytest.mark.parametrize("model", sorted(m.ENTITIES.values(), key=lambda e: e.__tablename__))
@pytest.mark.parametrize("stamp", STAMPS)
def test_the_text_is_the_mapping_encoded(model: type[m.SyncedRecord], stamp: str) -> None:
    assert new_clocks_text(model, stamp) == json_text(dict.fromkeys(_fields(model), stamp))


def test_a_saved_record_stores_that_text(store: Store) -> None:
    with store.transaction() as session:
        utility = cmd.create(session, m.Utility, name="Kisumu Water", country="KE")
    with sqlite3.connect(store.database_path) as conn:
        (stored,) = conn.execute(
            "SELECT clocks FROM utility WHERE id = ?", (utility.id,)
        ).fetchone()
    assert stored == json_text(utility.clocks)
    assert set(utility.clocks) == set(_fields(m.Utility))
