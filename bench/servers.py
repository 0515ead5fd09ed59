"""Start a local HTTP server in its own process on a free 127.0.0.1 port, and stop it."""

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO

import httpx

from bench.harness import ROOT

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve(command: list[str], env: dict[str, str] | None = None) -> Iterator[str]:
    """Run ``command --host 127.0.0.1 --port P``; yield its base URL once it answers."""
    port = free_port()
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [*command, "--host", HOST, "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://{HOST}:{port}"
    try:
        _wait_until_up(process, url, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_until_up(process: subprocess.Popen[bytes], url: str, log: IO[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped at start: {_tail(log)}")
        try:
            httpx.get(url + "/", timeout=1)
            return  # any HTTP answer, even 404, means it is listening
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError(f"the server did not answer within 30 s: {_tail(log)}")


def _tail(log: IO[bytes]) -> str:
    log.seek(0)
    text = log.read().decode(errors="replace")
    return " | ".join(text.strip().splitlines()[-5:])


def floor_server(db: Path) -> AbstractContextManager[str]:
    """The floor server (``bench/floor_server.py``) storing into ``db``."""
    command = [sys.executable, "-m", "uvicorn", "bench.floor_server:app"]
    command += ["--log-level", "warning", "--no-access-log"]
    return serve(command, {"BENCH_FLOOR_DB": str(db)})


PRODUCT_SERVER = "import sys; from wopdesk.server.cli import main; sys.exit(main())"


def product_server(db_url: str) -> AbstractContextManager[str]:
    """``wopdesk-server --db URL`` as the contract in DESIGN.md says it runs."""
    return serve([sys.executable, "-c", PRODUCT_SERVER, "--db", db_url])
