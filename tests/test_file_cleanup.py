"""Files on a laptop that no attachment needs any more are removed a retention after,
and every file something may still need stays (``wopdesk/storage/file_cleanup.py``)."""

import datetime as dt
import os
import time

import pytest

from wopdesk.demo import demo_id
from wopdesk.errors import ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.changes import SyncRefusal
from wopdesk.storage.file_cleanup import Removed, remove_unused_files
from wopdesk.storage.store import Store

VISIT = demo_id("visit:second")
DAY = 24 * 3600.0


def attach(store: Store, name: str) -> tuple[str, str]:
    """A new file attached to the demo's draft visit: (attachment id, sha256)."""
    with store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, VISIT)
        added = cmd.add_attachment(session, store.blobs, visit, os.urandom(5_000), f"{name}.bin")
        return added.id, added.sha256


def delete(store: Store, attachment_id: str) -> None:
    with store.transaction() as session:
        cmd.delete(session, m.Attachment, attachment_id)


def clean(store: Store, days_later: float) -> Removed:
    with store.transaction() as session:
        return remove_unused_files(session, store.blobs, now=time.time() + days_later * DAY)


def held(store: Store) -> set[str]:
    return {sha256 for sha256, _path in store.blobs.stored()}


def test_a_deleted_file_stays_for_the_retention_then_goes(demo_store: Store) -> None:
    live_id, live = attach(demo_store, "live")
    deleted_id, deleted = attach(demo_store, "deleted")
    delete(demo_store, deleted_id)
    unnamed = demo_store.blobs.put(os.urandom(3_000))  # a file no record names
    before = held(demo_store)

    assert clean(demo_store, 0) == Removed()  # everything is recent
    assert clean(demo_store, 10) == Removed(1, 3_000)  # unnamed, and a day old
    assert held(demo_store) == before - {unnamed}
    assert clean(demo_store, 31) == Removed(1, 5_000)  # deleted 31 days ago
    assert held(demo_store) == before - {unnamed, deleted}
    assert live in held(demo_store)
    assert demo_store.blobs.get(live)  # whole, still readable
    assert live_id


def test_files_an_open_conflict_or_a_refused_change_names_stay(demo_store: Store) -> None:
    attachment_id, first = attach(demo_store, "photo")
    aside = demo_store.blobs.put(os.urandom(4_000))
    refused = demo_store.blobs.put(os.urandom(4_000))
    with demo_store.transaction() as session:
        cmd.update(session, m.Attachment, attachment_id, sha256=aside)
    with demo_store.transaction() as session:
        conflict = m.Conflict(
            id="c" * 36,
            partnership_id=demo_id("partnership"),
            entity="attachment",
            row_id=attachment_id,
            field="sha256",
            kept_value=aside,
            set_aside_value=first,
            resolved=False,
        )
        session.add(conflict)
        session.add(
            SyncRefusal(
                entity="attachment",
                row_id=attachment_id,
                field="sha256",
                value=refused,
                reason="refused",
            )
        )

    assert clean(demo_store, 40) == Removed()
    with demo_store.transaction() as session:
        session.get(m.Conflict, "c" * 36).resolved = True
        session.query(SyncRefusal).delete()
    assert clean(demo_store, 40) == Removed(2, 5_000 + 4_000)
    assert held(demo_store) >= {aside}
    assert not {first, refused} & held(demo_store)


def test_an_attachment_its_rules_refuse_leaves_no_file(demo_store: Store) -> None:
    before = held(demo_store)
    with pytest.raises(ValidationError), demo_store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, VISIT)
        cmd.add_attachment(session, demo_store.blobs, visit, b"bytes", "")
    assert held(demo_store) == before


def test_a_file_attached_again_after_its_attachment_went_stays(demo_store: Store) -> None:
    """The same bytes attached anew after the first attachment was deleted long ago."""
    data = os.urandom(6_000)
    with demo_store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, VISIT)
        first = cmd.add_attachment(session, demo_store.blobs, visit, data, "a.bin")
    delete(demo_store, first.id)
    with demo_store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, VISIT)
        again = cmd.add_attachment(session, demo_store.blobs, visit, data, "again.bin")
    assert again.sha256 == first.sha256
    assert clean(demo_store, 40) == Removed()
    assert demo_store.blobs.get(again.sha256) == data


def test_the_retention_is_the_servers_default() -> None:
    from wopdesk.server.cli import DEFAULT_RETENTION_DAYS
    from wopdesk.storage.file_cleanup import RETENTION

    assert dt.timedelta(days=DEFAULT_RETENTION_DAYS) == RETENTION
