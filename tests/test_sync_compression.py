"""Sync bodies compressed both ways where both sides know how: gzip, negotiated."""

import gzip
from pathlib import Path

import httpx
import pytest
from fastapi.middleware.gzip import GZipMiddleware

from tests.test_server_api import World, new_id, world  # noqa: F401
from wopdesk.demo import create_demo
from wopdesk.server.app import ANSWER_GZIP_LEVEL, create_app
from wopdesk.server.db import ServerDatabase
from wopdesk.storage.store import Store
from wopdesk.sync.client import GZIP_HEADER, ServerConnection
from wopdesk.sync.engine import SyncEngine
from wopdesk.sync.protocol import MAX_JSON_BODY
from wopdesk.sync.tokens import FileTokens

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _push_gzip(w: World, body: bytes) -> httpx.Response:
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    return w.call("POST", "/v1/push", "member", content=body, headers=headers)


def test_the_server_takes_a_gzip_push_and_says_it_does(world: World) -> None:  # noqa: F811
    plain = f'{{"batch_id": "{new_id()}", "changes": []}}'.encode()
    response = _push_gzip(world, gzip.compress(plain))
    assert response.status_code == 200, response.text
    assert response.headers[GZIP_HEADER] == "gzip"


def test_damaged_gzip_is_one_sentence(world: World) -> None:  # noqa: F811
    response = _push_gzip(world, b"\x1f\x8b not gzip at all")
    assert response.status_code == 400
    assert response.json() == {"detail": "The request body is not valid gzip."}


def test_a_small_body_that_inflates_past_the_limit_is_refused(world: World) -> None:  # noqa: F811
    bomb = gzip.compress(b" " * (MAX_JSON_BODY + 10))
    assert len(bomb) < 100_000
    response = _push_gzip(world, bomb)
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]


def test_a_laptop_compresses_its_pushes_and_pulls_compressed_pages(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    sent: list[tuple[str, int]] = []
    received: list[str] = []

    def on_request(request: httpx.Request) -> None:
        if request.url.path == "/v1/push":
            sent.append((request.headers.get("Content-Encoding", ""), len(request.content)))

    def on_response(response: httpx.Response) -> None:
        if response.request.url.path == "/v1/changes":
            received.append(response.headers.get("Content-Encoding", ""))

    store = Store.open(tmp_path / "laptop")
    create_demo(store)
    http = httpx.Client(event_hooks={"request": [on_request], "response": [on_response]})
    connection = ServerConnection(
        world.url,
        "member",
        password=lambda: "member-password",
        tokens=FileTokens(tmp_path / "tokens.json"),
        http=http,
    )
    with connection:
        report = SyncEngine(store, connection).sync()
    store.close()
    assert report.sent > 1000
    assert sent
    assert {encoding for encoding, _size in sent} == {"gzip"}
    compressed = sum(size for _e, size in sent)
    print(f"push: {compressed / report.sent:.1f} bytes per change, gzip")
    assert compressed / report.sent < 40  # the demo's plain JSON is about 200 bytes a change
    assert "gzip" in received


def test_answers_are_compressed_at_a_level_that_keeps_up_with_loopback(
    server_db: ServerDatabase,
) -> None:
    """Starlette's default level 9 took three times level 5's time on a pulled page for
    about 3 % fewer bytes (docs/performance.md, eighth round)."""
    app = create_app(server_db)
    options = [m.kwargs for m in app.user_middleware if m.cls is GZipMiddleware]
    assert options == [{"minimum_size": 1024, "compresslevel": ANSWER_GZIP_LEVEL}]
    assert ANSWER_GZIP_LEVEL < 9
