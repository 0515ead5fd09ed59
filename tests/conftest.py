"""Shared fixtures: every test gets its own data directory; Qt runs offscreen."""

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests import settings_guard

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The smallest screen WOPdesk supports, a 1366×768 laptop (the default is 800×800).
    _SCREEN = Path(__file__).with_name("screen-1366x768.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.pop("WOPDESK_DATA_DIR", None)
# Nothing a test does reaches the person's own settings, data or logs: QSettings and
# platformdirs follow the XDG folders, pointed here into a folder of this test run, and
# a write into the real ones is refused and fails the test (real_folders_untouched).
GUARD = settings_guard.install(os.environ, Path.home())
_SANDBOX = Path(tempfile.mkdtemp(prefix="wopdesk-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
os.environ["WOPDESK_LOG_DIR"] = str(_SANDBOX / "log")
# Property tests: 200 examples in every run (CI included); `make test-deep` runs 5,000,
# with fresh random examples each time. The "ci" profile draws the same examples on every
# run (derandomize), so a run of the suite is reproducible and a red CI means a change.
settings.register_profile("ci", max_examples=200, derandomize=True)
settings.register_profile("deep", max_examples=5000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
os.environ["WOPDESK_LANGUAGE"] = "en"  # tests must not depend on the machine locale


from wopdesk.demo import create_demo, demo_id  # noqa: E402
from wopdesk.server.db import ServerDatabase  # noqa: E402
from wopdesk.storage import commands  # noqa: E402
from wopdesk.storage.models import Partnership  # noqa: E402
from wopdesk.storage.store import Store  # noqa: E402


@pytest.fixture(autouse=True)
def real_folders_untouched() -> Iterator[None]:
    """Fails the test that wrote into the person's own WOPdesk folders (the write itself was
    refused), even when the code under test caught the refusal."""
    yield
    written, GUARD.written[:] = list(GUARD.written), []
    assert not written, f"Written into the person's own folders: {written}"


@pytest.fixture(autouse=True)
def own_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test has QSettings of its own: what one window remembers (its size, its
    columns) does not reach the next test's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


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


@pytest.fixture
def second_partnership(demo_store: Store) -> str:
    """Another partnership in the demo profile, with nothing recorded in it yet."""
    with demo_store.transaction() as session:
        return commands.create(
            session,
            Partnership,
            title="A second WOP",
            mentor_utility_id=demo_id("utility:mentee"),
            mentee_utility_id=demo_id("utility:mentor"),
            currency="XOF",
        ).id


PG_URL = os.environ.get("WOPDESK_TEST_PG_URL")


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param(
            "postgresql",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not PG_URL, reason="WOPDESK_TEST_PG_URL is not set"),
            ],
        ),
    ]
)
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A server database URL: an SQLite file, and an emptied PostgreSQL when one is given."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    from wopdesk.server.testing import empty_postgres

    assert PG_URL is not None
    empty_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def server_db(server_db_url: str) -> Iterator[ServerDatabase]:
    """The server's database at ``server_db_url``, migrated, closed after the test."""
    database = ServerDatabase.open(server_db_url)
    yield database
    database.close()


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2, with light parameters so server tests stay quick."""
    from argon2 import PasswordHasher

    from wopdesk.server import accounts

    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a Qt application are marked ``gui``."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)
