"""``Store.transaction()`` keeps its writer connection between transactions (a save does
not check one out of the pool), never shares one between two open transactions, never
keeps one in a transaction, and gives them all back on ``close``."""

import threading
from typing import Any

import pytest
from sqlalchemy import event, func, select

from wopdesk.errors import ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.changes import OutboxEntry
from wopdesk.storage.store import Store


def _utility(session: Any, name: str = "Kisumu Water") -> m.Utility:
    return cmd.create(session, m.Utility, name=name, country="KE")


def _count(store: Store, model: type[Any]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_saves_reuse_one_connection(store: Store) -> None:
    checkouts: list[object] = []
    event.listen(store.engine.pool, "checkout", lambda *args: checkouts.append(args))
    for number in range(10):
        with store.transaction() as session:
            _utility(session, f"Utility {number}")
    assert len(checkouts) <= 1
    assert _count(store, m.Utility) == 10


def test_a_refused_save_changes_nothing_and_the_next_one_works(store: Store) -> None:
    before = (_count(store, m.Utility), _count(store, OutboxEntry))
    with pytest.raises(ValidationError), store.transaction() as session:
        _utility(session, "Kept only if the block ends well")
        cmd.create(session, m.Utility, name="", country="KE")
    assert (_count(store, m.Utility), _count(store, OutboxEntry)) == before
    with store.transaction() as session:
        _utility(session)
    assert (_count(store, m.Utility), _count(store, OutboxEntry)) == (before[0] + 1, before[1] + 1)


def test_an_error_inside_the_block_rolls_back(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        _utility(session)
        raise RuntimeError("the caller failed after writing")
    assert _count(store, m.Utility) == 0
    with store.transaction() as session:
        _utility(session)
    assert _count(store, m.Utility) == 1


def test_two_open_transactions_never_share_a_connection(store: Store) -> None:
    with store.transaction() as first:
        outer = first.connection().connection.driver_connection
        seen: list[Any] = []

        def other_thread() -> None:
            # Takes its own connection; it waits for the first transaction's write lock.
            with store.transaction() as second:
                seen.append(second.connection().connection.driver_connection)
                _utility(second, "From the other thread")

        worker = threading.Thread(target=other_thread)
        worker.start()
        _utility(first, "From this thread")
    worker.join(timeout=20)
    assert not worker.is_alive()
    assert len(seen) == 1
    assert seen[0] is not outer
    assert _count(store, m.Utility) == 2


def test_close_gives_every_connection_back(store: Store) -> None:
    with store.transaction() as session:
        _utility(session)
    assert store.engine.pool.checkedout() >= 1  # type: ignore[attr-defined]
    store.close()
    assert store.engine.pool.checkedout() == 0  # type: ignore[attr-defined]


def test_a_session_used_after_its_block_is_not_handed_out_again(store: Store) -> None:
    with store.transaction() as stale:
        _utility(stale)
    stale.connection()  # a mistake: it begins a transaction of its own
    connection, session = store._take_writer()
    assert session is not stale
    assert not session.in_transaction()
    assert not stale.in_transaction()  # closed: what it began is rolled back
    session.close()
    connection.close()
    with store.transaction() as session:
        _utility(session, "After the mistake")
    assert _count(store, m.Utility) == 2


def test_each_transaction_starts_with_its_own_info(store: Store) -> None:
    with store.transaction(skip_validation=True) as session:
        session.info["left behind"] = True
    with store.transaction() as again:
        assert "skip_validation" not in again.info
        assert "left behind" not in again.info
        assert again.info.get("change_capture") is store.capture
