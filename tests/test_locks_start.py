"""Several processes opening one profile at once: each starts, none fails.

The app and ``wopdesk sync`` (or ``wopdesk demo``) may start together on a new data
directory, or on one an update must migrate: exactly one creates or upgrades the schema,
the others wait for it under the write lock and then find it done.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from tests.migration_support import database_at
from wopdesk.storage import models as m
from wopdesk.storage.database import alembic_config, migration_revisions
from wopdesk.storage.paths import DATABASE_NAME
from wopdesk.storage.store import Store

PROCESSES = 4
# The revision before the newest: a profile the last update must migrate.
PREVIOUS = str(
    ScriptDirectory.from_config(alembic_config())
    .get_revision(migration_revisions()[1])
    .down_revision
)
# Imported first, then told to go together: the opens race, not the imports.
OPEN = (
    "import sys\n"
    "from wopdesk.storage.store import Store\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "Store.open(sys.argv[1]).close()\n"
)


def open_at_once(folder: Path) -> list[str]:
    """Open the profile at ``folder`` from several processes at once; their errors."""
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    for process in starts:
        assert process.stdout is not None
        assert process.stdout.readline() == "ready\n"
    for process in starts:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    errors = []
    for process in starts:
        _out, err = process.communicate(timeout=120)
        if process.returncode != 0:
            errors.append(err.strip().splitlines()[-1])
    return errors


def revision(folder: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(folder / DATABASE_NAME)
    try:
        (found,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return str(found)


@pytest.mark.parametrize("attempt", range(3))
def test_processes_starting_together_on_a_new_profile_all_open_it(
    tmp_path: Path, attempt: int
) -> None:
    folder = tmp_path / f"new-{attempt}"
    assert open_at_once(folder) == []
    assert revision(folder) == migration_revisions()[1]
    Store.open(folder).close()


def test_processes_starting_together_on_a_profile_to_migrate_all_open_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    database_at(folder, PREVIOUS)
    assert revision(folder) == PREVIOUS
    assert open_at_once(folder) == []
    assert revision(folder) == migration_revisions()[1]
    store = Store.open(folder)
    try:
        with store.reading() as session:
            assert session.get(m.Partnership, "p") is not None
    finally:
        store.close()
