"""Shared fixtures: every test gets its own data directory; Qt runs offscreen."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("WOPDESK_DATA_DIR", None)
os.environ["WOPDESK_LANGUAGE"] = "en"  # tests must not depend on the machine locale

from wopdesk.demo import create_demo  # noqa: E402
from wopdesk.storage.store import Store  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "profile"
    monkeypatch.setenv("WOPDESK_DATA_DIR", str(path))
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    create_demo(store)
    return store


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a Qt application are marked ``gui``."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)
