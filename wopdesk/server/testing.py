"""Run a WOPdesk server inside the current process: for tests and for trying sync locally.

``running_server`` serves real HTTP with uvicorn on 127.0.0.1 and a free port, in a
thread. ``InProcessTransport`` lets a plain ``httpx.Client`` call the app with no socket
at all (fast, for property tests that make thousands of requests).
"""

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import anyio.from_thread
import httpx
import uvicorn
from fastapi import FastAPI
from sqlalchemy import create_engine

from wopdesk.server.cli import KEEP_ALIVE_SECONDS


@contextmanager
def running_server(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1; yields its base URL, stops it on exit."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Inherited by accepted connections; without it Nagle and delayed ACKs add ~40 ms to
    # every request on a kept-alive connection (asyncio only sets it for proto=TCP sockets).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    # Listening before uvicorn starts: early connections wait in the backlog, so the
    # caller can send requests at once without polling for readiness.
    sock.listen(128)
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


class InProcessTransport(httpx.BaseTransport):
    """A synchronous httpx transport that runs requests through the ASGI app directly."""

    def __init__(self, app: FastAPI) -> None:
        self._asgi = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        self._portal_cm = anyio.from_thread.start_blocking_portal()
        self._portal = self._portal_cm.__enter__()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def call() -> httpx.Response:
            forwarded = httpx.Request(
                request.method, request.url, headers=request.headers, content=body
            )
            response = await self._asgi.handle_async_request(forwarded)
            content = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return self._portal.call(call)

    def close(self) -> None:
        self._portal_cm.__exit__(None, None, None)


def empty_postgres(url: str) -> None:
    """Drop every table of a PostgreSQL test database (its ``public`` schema)."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()
