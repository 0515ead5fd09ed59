"""The sync_push_pull figure compares like with like: the floor moves the same files,
and the product's timed part holds no sign-in."""

import sqlite3
from pathlib import Path

import httpx
import pytest

from bench import data
from bench.figures import sync
from bench.harness import Context
from bench.servers import floor_server


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bench's demo profile (with its photos), built once for this module."""
    return data.cached_profile(tmp_path_factory.mktemp("cache"), log=lambda _line: None)


def _context(tmp_path: Path) -> Context:
    work = tmp_path / "work"
    work.mkdir()
    return Context(quick=True, work_dir=work, cache_dir=tmp_path / "cache", log=print)


def test_the_floor_stores_and_returns_the_profiles_file_bytes(
    demo_profile: Path, tmp_path: Path
) -> None:
    files = sync.attached_files(demo_profile)
    assert len(files) >= 10  # the demo's photos
    received = tmp_path / "received"
    received.mkdir()
    with floor_server(tmp_path / "floor.db") as url, httpx.Client(base_url=url) as client:
        sync.floor_upload(client, files)
        sync.floor_download(client, list(files), received)
    for sha256, path in files.items():
        assert (received / sha256).read_bytes() == path.read_bytes()
    # Kept in the floor's database, as wopdesk-server keeps files in its own.
    with sqlite3.connect(tmp_path / "floor.db") as conn:
        stored = dict(conn.execute("SELECT sha256, length(data) FROM blob"))
    assert stored == {sha256: path.stat().st_size for sha256, path in files.items()}


def test_the_floor_run_moves_the_files_and_the_changes(demo_profile: Path, tmp_path: Path) -> None:
    ctx = _context(tmp_path)
    changes = sync.field_changes(demo_profile)[:500]
    files = sync.attached_files(demo_profile)
    assert sync.floor_push_pull(ctx, changes, files) > 0
    (client_dir,) = ctx.work_dir.glob("floor-client-*")
    assert sorted(p.name for p in (client_dir / "blobs").iterdir()) == sorted(files)


def test_a_sign_in_is_seen_by_the_request_recorder(tmp_path: Path) -> None:
    """So that the check below could fail: a sign-in is a request the bench records."""
    ctx = _context(tmp_path)
    with sync.product_session(ctx) as url, sync.recording_requests() as calls:
        sync.sign_in(url, ctx.fresh_dir("laptop"))
    assert [call.path for call in calls] == [sync.LOGIN_PATH]


def test_the_timed_push_and_pull_hold_no_sign_in(demo_profile: Path, tmp_path: Path) -> None:
    ctx = _context(tmp_path)
    with sync.product_session(ctx) as url:
        run = sync.product_push_pull(ctx, url, demo_profile)
    paths = [call.path for call in run.requests]
    assert sync.LOGIN_PATH not in paths
    assert "/v1/push" in paths
    assert "/v1/changes" in paths
    assert len(run.sign_in_seconds) == 2  # both laptops, before the timing
    assert run.files == len(sync.attached_files(demo_profile))
    assert run.pulled_entries == sync.learning_count(demo_profile)
