"""The conflicts page: a conflict made by two data directories, resolved from the window."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.sync_ui_support import (
    Server,
    headless_sync,
    quiet_environment_fixture,  # noqa: F401  (autouse fixture)
    server_fixture,  # noqa: F401  (fixture "server")
    sync_window,
)
from wopdesk.demo import create_demo, demo_id
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.sync.status import open_conflicts
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.conflicts import ConflictsPage

VISIT = demo_id("visit:second")
MARIA = "Maria: valve 3 leaks."
JOAO = "João: valve 3 replaced."


@pytest.fixture
def laptops(tmp_path: Path, server: Server) -> Iterator[tuple[Store, Store]]:
    """Maria's and João's data directories after both edited the same visit's notes."""
    maria, joao = Store.open(tmp_path / "maria"), Store.open(tmp_path / "joao")
    create_demo(maria)
    headless_sync(maria, server, "maria")
    headless_sync(joao, server, "joao")
    for store, notes in ((maria, MARIA), (joao, JOAO)):
        with store.transaction() as session:
            cmd.update(session, m.SiteVisit, VISIT, notes=notes)
    headless_sync(maria, server, "maria")
    headless_sync(joao, server, "joao")  # João's edit wins; Maria's is set aside
    yield maria, joao
    maria.close()
    joao.close()


def conflicts_page(qtbot: QtBot, store: Store) -> tuple[MainWindow, ConflictsPage]:
    window = sync_window(qtbot, store)
    page = window.show_page("conflicts")
    assert isinstance(page, ConflictsPage)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    return window, page


def notes(store: Store) -> str | None:
    with store.reading() as session:
        return session.get(m.SiteVisit, VISIT).notes


def unresolved(store: Store) -> int:
    with store.reading() as session:
        return len(open_conflicts(session))


def test_conflict_shows_both_sides_and_keeping_the_other_side_updates_the_record(
    qtbot: QtBot, laptops: tuple[Store, Store], server: Server
) -> None:
    maria, joao = laptops
    window, page = conflicts_page(qtbot, joao)
    assert page.list.item(0).text().startswith("Site visit: ")
    assert "notes" in page.list.item(0).text()
    assert page.kept.value.toPlainText() == JOAO
    assert page.kept.author.text().startswith("By joao, ")
    assert page.set_aside.value.toPlainText() == MARIA
    assert page.set_aside.author.text().startswith("By maria, ")
    assert page.merged.toPlainText() == f"{JOAO}\n\n{MARIA}"
    bar = window.statusBar()
    assert bar.conflicts.isVisibleTo(bar)
    assert bar.conflicts.text() == "⚠ 1 conflict to resolve"
    window.grab().save("/tmp/conflicts-page.png")

    page.set_aside.keep.click()  # keep Maria's value after all
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert notes(joao) == MARIA
    assert unresolved(joao) == 0
    assert page.empty.isVisibleTo(page)
    qtbot.waitUntil(lambda: not bar.conflicts.isVisibleTo(bar))

    # The resolution is an ordinary edit: it reaches Maria and settles it there too.
    headless_sync(joao, server, "joao")
    headless_sync(maria, server, "maria")
    assert notes(maria) == MARIA
    assert unresolved(maria) == 0


def test_merged_text_becomes_the_value_everywhere(
    qtbot: QtBot, laptops: tuple[Store, Store], server: Server
) -> None:
    maria, joao = laptops
    headless_sync(maria, server, "maria")  # Maria now has the conflict too
    _window, page = conflicts_page(qtbot, maria)
    merged = "Valve 3 leaked; João replaced it."
    page.merged.setPlainText(merged)
    page.save_merged.click()
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert notes(maria) == merged
    assert unresolved(maria) == 0
    headless_sync(maria, server, "maria")
    headless_sync(joao, server, "joao")
    assert notes(joao) == merged
    assert unresolved(joao) == 0
