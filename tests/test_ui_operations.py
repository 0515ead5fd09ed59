"""The UI's one runner of operations: off the GUI thread, then the derived changes."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.errors import ValidationError
from wopdesk.operations import OpChanges
from wopdesk.operations import records as ops
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext

VISIT = demo_id("visit:second")


@pytest.fixture
def ctx(demo_store: Store) -> Iterator[AppContext]:
    context = AppContext(demo_store)
    yield context
    context.shutdown()


def test_an_operation_announces_the_tables_and_records_it_wrote(
    qtbot: QtBot, ctx: AppContext
) -> None:
    done: list[str] = []
    with (
        qtbot.waitSignal(ctx.op_done) as op_done,
        qtbot.waitSignal(ctx.data_changed) as data_changed,
    ):
        ctx.run_op(
            lambda store: ops.save_record(store, m.SiteVisit, VISIT, {"notes": "Seen."}),
            done.append,
        )
    changes = op_done.args[0]
    assert isinstance(changes, OpChanges)
    assert ("site_visit", VISIT) in changes.written
    assert data_changed.args[0] == frozenset({"site_visit", "sync_outbox"})
    assert done == [VISIT]


def test_a_refused_operation_reports_its_sentence_and_announces_nothing(
    qtbot: QtBot, ctx: AppContext
) -> None:
    announced: list[object] = []
    ctx.data_changed.connect(announced.append)
    failures: list[Exception] = []
    ctx.run_op(
        lambda store: ops.save_action(store, None, {"partnership_id": DEMO_PARTNERSHIP_ID}),
        None,
        failures.append,
    )
    qtbot.waitUntil(lambda: not ctx.busy)
    assert len(failures) == 1
    assert isinstance(failures[0], ValidationError)
    assert announced == []
