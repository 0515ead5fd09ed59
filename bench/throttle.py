"""A bad network in a box: a TCP proxy on 127.0.0.1 for tests and benchmarks.

It forwards every connection to one target and makes the way there as bad as a
satellite or 3G link: a bandwidth shared by all connections (bytes per second, each
direction), a latency added in each direction, connections dropped at random, and
cut-offs that close every connection at once (every N seconds, or every N bytes moved,
so tests can cut at a known point). A new connection pays a round trip, as a TCP
handshake does. It counts the bytes it delivered each way.

    with throttled("127.0.0.1", 8765, Link(bandwidth=32_000, latency=0.3, cut_every=30)) as proxy:
        sync(proxy.url)
        print(proxy.stats.up, proxy.stats.cuts)

or from a shell, to try the app over a bad link:

    python -m bench.throttle --to 127.0.0.1:8765 --port 9000 --kbit 256 --rtt-ms 600 --cut-every 30
"""

import argparse
import asyncio
import contextlib
import random
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

PIECE = 8 * 1024  # bytes read at once: small, so pacing is smooth at low bandwidths
SOCKET_BUFFER = 64 * 1024  # kernel buffers kept small, as on a slow link (no 4 MB in flight)
UP, DOWN = 0, 1  # client to target, target to client
_Queue = asyncio.Queue[tuple[float, bytes]]  # (when to deliver, bytes); b"" ends the stream


@dataclass(frozen=True)
class Link:
    """How bad the link is. ``None`` or 0 means "not limited" / "never"."""

    bandwidth: float | None = None  # bytes per second, each direction, shared by all connections
    latency: float = 0.0  # seconds added to each direction (a round trip pays it twice)
    loss: float = 0.0  # chance that forwarding a piece (up to 8 KiB) drops its connection
    cut_every: float | None = None  # seconds between two cuts of every connection
    cut_every_bytes: int | None = None  # bytes moved (both ways) between two cuts
    outage: float = 0.0  # seconds after a cut during which new connections are dropped
    seed: int | None = None  # for the random drops


@dataclass
class Stats:
    """What went through the proxy: bytes delivered each way, connections, cuts, drops."""

    up: int = 0  # bytes delivered to the target
    down: int = 0  # bytes delivered back to the client
    connections: int = 0
    cuts: int = 0
    drops: int = 0
    cut_times: list[float] = field(default_factory=list)


class _Wire:
    """One direction of the link: bytes leave it one after the other at the bandwidth."""

    def __init__(self, bandwidth: float | None) -> None:
        self.bandwidth = bandwidth
        self.free_at = 0.0

    def reserve(self, size: int) -> float:
        """When the last of ``size`` bytes sent now will have left (monotonic seconds)."""
        now = time.monotonic()
        if not self.bandwidth:
            return now
        self.free_at = max(now, self.free_at) + size / self.bandwidth
        return self.free_at


class ThrottleProxy:
    """The proxy's state; runs on its own event loop (see ``throttled``)."""

    def __init__(self, target: tuple[str, int], link: Link, port: int = 0) -> None:
        self.target = target
        self.link = link
        self.stats = Stats()
        self.port = port
        self._wires = (_Wire(link.bandwidth), _Wire(link.bandwidth))
        self._open: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task[None]] = set()
        self._random = random.Random(link.seed)
        self._moved_since_cut = 0
        self._down_until = 0.0
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- cuts --------------------------------------------------------------------------

    def cut(self) -> None:
        """Close every open connection at once (thread-safe)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._cut)

    def _cut(self) -> None:
        self.stats.cuts += 1
        self.stats.cut_times.append(time.monotonic())
        self._moved_since_cut = 0
        self._down_until = time.monotonic() + self.link.outage
        for writer in list(self._open):
            writer.transport.abort()  # a reset, as a link that dies mid-transfer
        self._open.clear()

    async def _cut_periodically(self, every: float) -> None:
        while True:
            await asyncio.sleep(every)
            self._cut()

    # -- connections -------------------------------------------------------------------

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        if time.monotonic() < self._down_until:
            client_w.transport.abort()
            return
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
            task.add_done_callback(self._handlers.discard)
        self.stats.connections += 1
        _small_buffers(client_w)
        self._open.add(client_w)
        try:
            await asyncio.sleep(2 * self.link.latency)  # the handshake's round trip
            target_r, target_w = await asyncio.open_connection(*self.target)
        except (OSError, asyncio.CancelledError):
            client_w.transport.abort()
            self._open.discard(client_w)
            return
        _small_buffers(target_w)
        self._open.add(target_w)
        if client_w.transport.is_closing():  # cut during the handshake
            target_w.transport.abort()
            return
        await asyncio.gather(
            self._pipe(client_r, target_w, UP, client_w),
            self._pipe(target_r, client_w, DOWN, target_w),
            return_exceptions=True,
        )
        for writer in (client_w, target_w):
            self._open.discard(writer)
            writer.transport.abort()

    async def _pipe(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        direction: int,
        other: asyncio.StreamWriter,
    ) -> None:
        """Read, pace at the bandwidth, delay by the latency, deliver; in order."""
        queue: _Queue = asyncio.Queue()
        deliver = asyncio.create_task(self._deliver(queue, writer, direction))
        try:
            while not writer.transport.is_closing():
                data = await reader.read(PIECE)
                if not data:
                    break
                if self.link.loss and self._random.random() < self.link.loss:
                    self.stats.drops += 1
                    for end in (writer, other):
                        end.transport.abort()
                    break
                leaves = self._wires[direction].reserve(len(data))
                queue.put_nowait((leaves + self.link.latency, data))
                # Read no further ahead than the wire: the sender feels the bandwidth.
                await asyncio.sleep(max(0.0, leaves - time.monotonic()))
            queue.put_nowait((0.0, b""))  # end of stream: half-close after the rest
            await deliver
        finally:
            deliver.cancel()

    async def _deliver(
        self,
        queue: "asyncio.Queue[tuple[float, bytes]]",
        writer: asyncio.StreamWriter,
        direction: int,
    ) -> None:
        while True:
            at, data = await queue.get()
            if not data:
                if writer.can_write_eof() and not writer.transport.is_closing():
                    writer.write_eof()
                return
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            if writer.transport.is_closing():
                return
            writer.write(data)
            await writer.drain()
            if direction == UP:
                self.stats.up += len(data)
            else:
                self.stats.down += len(data)
            self._moved_since_cut += len(data)
            limit = self.link.cut_every_bytes
            if limit and self._moved_since_cut >= limit:
                self._cut()

    # -- running -----------------------------------------------------------------------

    async def serve(self, ready: threading.Event, stop: asyncio.Event) -> None:
        self._loop = asyncio.get_running_loop()
        server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        self.port = server.sockets[0].getsockname()[1]
        cutter = None
        if self.link.cut_every:
            cutter = asyncio.create_task(self._cut_periodically(self.link.cut_every))
        ready.set()
        async with server:
            await stop.wait()
            if cutter is not None:
                cutter.cancel()
            server.close()
            self._cut()
            if self._handlers:  # let the cut connections' handlers end
                await asyncio.wait(set(self._handlers), timeout=5)


def _small_buffers(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, SOCKET_BUFFER)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SOCKET_BUFFER)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


@contextlib.contextmanager
def throttled(host: str, port: int, link: Link, listen: int = 0) -> Iterator[ThrottleProxy]:
    """Run a proxy to ``host:port`` on its own thread, listening on 127.0.0.1:``listen``
    (a free port by default); yields it (``.url``, ``.stats``, ``.cut()``)."""
    proxy = ThrottleProxy((host, port), link, listen)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop = asyncio.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(proxy.serve(ready, stop))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()

    thread = threading.Thread(target=run, name="throttle-proxy", daemon=True)
    thread.start()
    if not ready.wait(10):
        raise RuntimeError("the throttling proxy did not start")
    try:
        yield proxy
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(10)


def throttled_url(url: str, link: Link) -> contextlib.AbstractContextManager[ThrottleProxy]:
    """``throttled`` in front of an ``http://127.0.0.1:PORT`` address."""
    host, _, port = url.removeprefix("http://").partition(":")
    return throttled(host, int(port.rstrip("/")), link)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.throttle", description=__doc__)
    parser.add_argument("--to", required=True, metavar="HOST:PORT", help="where to forward")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (127.0.0.1)")
    parser.add_argument("--kbit", type=float, default=None, help="bandwidth, kbit/s each way")
    parser.add_argument("--rtt-ms", type=float, default=0.0, help="round trip added, ms")
    parser.add_argument("--loss", type=float, default=0.0, help="chance a piece drops its link")
    parser.add_argument("--cut-every", type=float, default=None, help="seconds between cuts")
    args = parser.parse_args(argv)
    host, _, port = args.to.rpartition(":")
    link = Link(
        bandwidth=args.kbit * 1000 / 8 if args.kbit else None,
        latency=args.rtt_ms / 2000,
        loss=args.loss,
        cut_every=args.cut_every,
    )
    with throttled(host, int(port), link, args.port) as proxy:
        print(f"Forwarding {proxy.url} to {args.to}; Ctrl+C stops.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
