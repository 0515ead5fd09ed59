"""Commits by another process are noticed; the store's own commits are not taken for them."""

from collections.abc import Iterator

import pytest

from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.operations import records
from wopdesk.storage.models import Partnership
from wopdesk.storage.outside_commits import OutsideCommits
from wopdesk.storage.store import Store


@pytest.fixture
def watch(demo_store: Store) -> Iterator[OutsideCommits]:
    watching = OutsideCommits(demo_store)
    yield watching
    watching.close()


def rename(store: Store, title: str) -> None:
    with store.transaction() as session:
        partnership = session.get(Partnership, DEMO_PARTNERSHIP_ID)
        assert partnership is not None
        partnership.title = title


def test_nothing_happened_while_nobody_wrote(watch: OutsideCommits) -> None:
    assert not watch.happened()


def test_the_stores_own_commits_are_not_outside_ones(
    demo_store: Store, watch: OutsideCommits
) -> None:
    rename(demo_store, "Renamed here")
    demo_store.set_setting("some.setting", "1")
    assert not watch.happened()


def test_a_commit_by_another_process_is_noticed_once(
    demo_store: Store, watch: OutsideCommits
) -> None:
    other = Store.open(demo_store.data_dir)  # its own engine and connections
    try:
        rename(other, "Renamed elsewhere")
    finally:
        other.close()
    assert watch.happened()
    assert not watch.happened()  # told once
    rename(demo_store, "Renamed here")
    assert not watch.happened()


def test_an_operation_of_the_store_is_its_own(demo_store: Store, watch: OutsideCommits) -> None:
    result = records.save_action(
        demo_store, None, {"partnership_id": DEMO_PARTNERSHIP_ID, "description": "Map valves"}
    )
    assert "action" in result.changes.tables
    assert not watch.happened()


def test_once_closed_it_no_longer_listens(demo_store: Store) -> None:
    watching = OutsideCommits(demo_store)
    watching.close()
    rename(demo_store, "After the watch")  # would fail on a closed connection if it listened
