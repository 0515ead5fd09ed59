"""The lazy id models and the database-sorting proxy, checked with qtmodeltester."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.demo_facts import LEARNING
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.storage import overview
from wopdesk.storage.overview import LearningRow
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.models import (
    BLOCK,
    ID_ROLE,
    Column,
    IdLoader,
    LazyRecordModel,
    SqlSortFilterProxy,
)


def learning_model(store: Store, loads: list[int]) -> LazyRecordModel:
    def load(ids: Sequence[str]) -> dict[str, LearningRow]:
        loads.append(len(ids))
        with store.reading() as session:
            return overview.learning_rows(session, ids)

    columns = [
        Column("Date", lambda r: r.date.isoformat(), sort_key="date"),
        Column("Topic", lambda r: r.topic, sort_key="topic", tooltip=lambda r: r.topic),
        Column("Trainees", lambda r: r.trainee_names),
    ]
    return LazyRecordModel(columns, load)


def test_lazy_learning_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_store: Store
) -> None:
    loads: list[int] = []
    model = learning_model(demo_store, loads)
    with demo_store.reading() as session:
        model.set_ids(overview.learning_ids(session, DEMO_PARTNERSHIP_ID))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(LEARNING)
    assert model.columnCount() == 3
    newest = max(LEARNING.values(), key=lambda row: row.date)
    assert model.data(model.index(0, 1)) == newest.topic
    assert model.data(model.index(0, 0), ID_ROLE) == model.id_at(0)
    assert loads == [len(LEARNING)]  # one block read for the whole table


def test_proxy_passes_the_model_tester_and_sorts_by_asking(
    qtmodeltester: ModelTester, demo_store: Store, qtbot: QtBot
) -> None:
    loads: list[int] = []
    model = learning_model(demo_store, loads)
    with demo_store.reading() as session:
        model.set_ids(overview.learning_ids(session, DEMO_PARTNERSHIP_ID))
    proxy = SqlSortFilterProxy(model)
    qtmodeltester.check(proxy, force_py=True)
    loads.clear()
    with qtbot.waitSignal(proxy.query_changed):
        proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert (proxy.sort_key, proxy.descending) == ("topic", False)
    assert loads == []  # sorting read no row: the page re-reads ids in that order
    with qtbot.assertNotEmitted(proxy.query_changed):
        proxy.sort(2, Qt.SortOrder.AscendingOrder)  # trainees: not sortable
        proxy.sort(1, Qt.SortOrder.AscendingOrder)  # the same sort again
    with qtbot.waitSignal(proxy.query_changed):
        proxy.set_words("  chlorine ")
    assert proxy.words == "chlorine"
    assert proxy.row_of(model.id_at(3)) == 3
    assert proxy.id_at(3) == model.id_at(3)


def test_rows_are_read_a_block_at_a_time() -> None:
    loads: list[list[str]] = []

    def load(ids: Sequence[str]) -> dict[str, tuple[str]]:
        loads.append(list(ids))
        return {i: (i,) for i in ids if i != "row-5"}  # row 5 was deleted meanwhile

    model = LazyRecordModel([Column("Id", lambda r: r[0])], load)
    model.set_ids([f"row-{n}" for n in range(BLOCK * 3)])
    assert model.data(model.index(BLOCK + 3, 0)) == f"row-{BLOCK + 3}"
    assert loads == [[f"row-{n}" for n in range(BLOCK, BLOCK * 2)]]
    assert model.data(model.index(5, 0)) is None
    assert model.data(model.index(6, 0)) == "row-6"
    assert model.data(model.index(5, 0)) is None
    assert len(loads) == 2  # the deleted row is not read again and again
    assert model.row_of(f"row-{BLOCK * 2}") == BLOCK * 2
    assert model.row_of("nope") == -1
    model.invalidate(["row-6"])
    assert model.data(model.index(6, 0)) == "row-6"
    assert len(loads) == 3


def test_id_loader_drops_an_answer_overtaken_by_a_newer_one(
    qtbot: QtBot, demo_store: Store
) -> None:
    ctx = AppContext(demo_store)
    model = learning_model(demo_store, [])
    loader = IdLoader(ctx, model, lambda s: overview.learning_ids(s, DEMO_PARTNERSHIP_ID))
    loader.reload()
    loader.fetch = lambda s: overview.learning_ids(s, DEMO_PARTNERSHIP_ID, words="chlore")
    with qtbot.waitSignal(loader.loaded, timeout=10000):
        loader.reload()
    qtbot.waitUntil(lambda: not ctx.busy)
    assert model.rowCount() == 1
    assert not loader.loading
    ctx.shutdown()


def test_visit_list_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_store: Store
) -> None:
    def load(ids: Sequence[str]) -> dict[str, overview.VisitLine]:
        with demo_store.reading() as session:
            return overview.visit_rows(session, ids)

    model = LazyRecordModel(
        [Column("Visit", lambda r: r.title), Column("State", lambda r: r.state.label)], load
    )
    with demo_store.reading() as session:
        model.set_ids(overview.visit_ids(session, DEMO_PARTNERSHIP_ID))
    qtmodeltester.check(model, force_py=True)
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["Draft", "Final"]
