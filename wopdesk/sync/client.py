"""The client's HTTP connection to a WOPdesk server: retries, sign-in, typed calls.

Network faults and overloaded servers (502/503/504) are retried with exponential
back-off; a request that was received but whose answer was lost is safe to resend,
because every write is idempotent (batch ids, blob offsets). Anything else becomes one
clear sentence in a ``SyncError``.
"""

import datetime as dt
import email.utils
import gzip
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import tenacity
from pydantic import BaseModel
from pydantic import ValidationError as PydanticError

from wopdesk.domain.i18n import translate
from wopdesk.errors import WopdeskError
from wopdesk.storage.blobs import PartialBlob
from wopdesk.sync.protocol import (
    BLOB_CHUNK,
    MAX_MISSING_HASHES,
    OLDEST_CLIENT_PROTOCOL,
    PROTOCOL_HEADER,
    PROTOCOL_MAX_HEADER,
    PROTOCOL_VERSION,
    LoginResponse,
    MissingBlobsResponse,
    PullPage,
    PushRequest,
    PushResponse,
    ServerInfo,
    UploadStatus,
)
from wopdesk.sync.tokens import TokenStore

M = TypeVar("M", bound=BaseModel)
# A server that inflates gzip request bodies says so on every answer (older ones do not).
GZIP_HEADER = "X-WOPdesk-Accept-Encoding"
GZIP_FROM = 1024  # bytes of JSON from which a push is compressed
RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_ATTEMPTS = 5
RETRY_BACKOFF = 0.5  # seconds before the first retry; doubles each time, up to 30 s
RETRY_LONGEST = 30.0  # the longest wait between two tries, Retry-After included


@dataclass(frozen=True, slots=True)
class PushBody:
    """A push as it goes on the wire: its bytes (JSON, maybe gzip) and their headers."""

    content: bytes
    headers: dict[str, str]


def _retry_after(response: httpx.Response) -> float | None:
    """The seconds a ``Retry-After`` header asks for (a number or an HTTP date), if any."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _worth_retrying(response: httpx.Response) -> bool:
    if response.status_code not in RETRY_STATUSES:
        return False
    wait = _retry_after(response)
    return wait is None or wait <= RETRY_LONGEST


class _Wait(tenacity.wait.wait_base):
    """Exponential back-off with jitter, or the server's own ``Retry-After``."""

    def __init__(self, first: float) -> None:
        self.backoff = tenacity.wait_exponential_jitter(
            multiplier=first, max=RETRY_LONGEST, jitter=first
        )

    def __call__(self, retry_state: tenacity.RetryCallState) -> float:
        outcome = retry_state.outcome
        if outcome is not None and not outcome.failed:
            asked = _retry_after(outcome.result())
            if asked is not None:
                return asked
        return float(self.backoff(retry_state))


# How the system says a host name could not be looked up (glibc, macOS, Windows).
DNS_FAILURES = (
    "name or service not known",
    "nodename nor servname",
    "temporary failure in name resolution",
    "getaddrinfo",
    "no address associated",
)


def unreachable_sentence(base: str, exc: httpx.TransportError) -> str:
    """What went wrong on the way to the server, and what to do, without "[Errno 111]"."""
    text = str(exc).lower()
    host = urlsplit(base).hostname or base
    if isinstance(exc, httpx.TimeoutException):
        message = translate(
            "sync",
            "The server at {server} did not answer in time; the network may be slow or down, "
            "so sync again later.",
        )
    elif "certificate" in text:
        message = translate(
            "sync",
            "The server at {server} could not prove who it is (its certificate was refused); "
            "check the address, or ask its administrator about its certificate.",
        )
    elif "ssl" in text or "tls" in text:
        message = translate(
            "sync",
            "No secure connection could be set up with {server}; check that the address "
            "starts with https:// only if the server uses it, and that the port is right.",
        )
    elif any(sign in text for sign in DNS_FAILURES):
        message = translate(
            "sync",
            "The server name {host} cannot be found; check the address, or the network if "
            "you are offline.",
        )
    elif "network is unreachable" in text or "no route to host" in text:
        message = translate(
            "sync",
            "This computer has no way to the server at {server} (no network, or no route to "
            "it); connect to a network, then sync again.",
        )
    elif "refused" in text:
        message = translate(
            "sync",
            "The server at {server} refused the connection; check that it is running and that "
            "the address and port are right.",
        )
    else:
        message = translate(
            "sync",
            "Cannot reach the server at {server}; check the address and the network, then "
            "sync again.",
        )
    return message.format(server=base, host=host)


def _body_size(request: httpx.Request) -> int:
    try:
        return len(request.content)
    except httpx.RequestNotRead:  # a streamed body: not counted
        return 0


# Bytes of an upload's body handed to the network at once: between two, a cancelled sync
# stops (16 KiB leave in half a second at 256 kbit/s), so it never waits for a 4 MiB chunk.
UPLOAD_PIECE = 16 * 1024


# Unsent bytes the system may hold for a connection: without a limit it takes megabytes
# of an upload at once (the whole chunk), and a cancel would wait for them all to leave.
# Bytes in flight are not limited, so the throughput is not either (Linux, macOS).
SOCKET_OPTIONS = (
    [(socket.IPPROTO_TCP, socket.TCP_NOTSENT_LOWAT, UPLOAD_PIECE)]
    if hasattr(socket, "TCP_NOTSENT_LOWAT")
    else []
)


class _Pieces:
    """A chunk's body sent piece by piece, calling ``checkpoint`` before each piece (it
    may raise to stop: the connection is closed and the server keeps what reached it).

    Iterable again for each try of the request, and counts the bytes it hands over
    (``httpx`` does not know a streamed body's size)."""

    def __init__(
        self,
        data: memoryview,
        checkpoint: Callable[[], None] | None,
        moved: Callable[[int], None],
    ) -> None:
        self.data = data
        self.checkpoint = checkpoint
        self.moved = moved

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), UPLOAD_PIECE):
            if self.checkpoint is not None:
                self.checkpoint()
            piece = bytes(self.data[start : start + UPLOAD_PIECE])
            self.moved(len(piece))
            yield piece


class SyncError(WopdeskError):
    """Sync could not finish; nothing half-applied was kept, and the message says why."""


class AuthenticationError(SyncError):
    """The server did not accept the user name and password (or refused to check them)."""


class ServerUnreachable(SyncError):
    """No answer from the server, even after retrying."""


class OutdatedClient(SyncError):
    """The server no longer speaks this version's sync protocol."""


class NotOnServer(SyncError):
    """The server does not have what was asked for (a file not uploaded yet)."""


@cache
def tls_context() -> ssl.SSLContext:
    """httpx's default verifying context, made once: loading the CA bundle costs ~30 ms."""
    return httpx.create_ssl_context()


def check_server_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        message = translate(
            "sync", "'{url}' is not a server address; write it like https://wop.example.org."
        )
        raise SyncError(message.format(url=url))
    return url.strip().rstrip("/")


class ServerConnection:
    """One person's connection to one server."""

    def __init__(
        self,
        server_url: str,
        user: str,
        *,
        password: Callable[[], str],
        tokens: TokenStore,
        http: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        attempts: int | None = None,
        backoff: float | None = None,
    ) -> None:
        self.base = check_server_url(server_url)
        self.user = user
        self._password = password
        self.tokens = tokens
        self.http = http or httpx.Client(
            transport=httpx.HTTPTransport(verify=tls_context(), socket_options=SOCKET_OPTIONS),
            timeout=httpx.Timeout(60.0, connect=10.0),
        )
        self._owns_http = http is None
        self.sleep = sleep
        self.attempts = RETRY_ATTEMPTS if attempts is None else attempts
        # Learnt from the server's answers: push bodies then go gzip-compressed.
        self.server_takes_gzip = False
        self.backoff = RETRY_BACKOFF if backoff is None else backoff
        self.chunk_size = BLOB_CHUNK
        self.round_trips = 0
        self._counting = threading.Lock()
        self.signed_in = False
        # A request signed with the token was answered on this connection (not a 401):
        # files then move several at once from the first (``files.each_file``).
        self.token_accepted = False
        self._token: str | None = None
        self._early: Future[str] | None = None
        # The newest protocol both speak: this version's, until an older server says less.
        self.protocol = PROTOCOL_VERSION
        self.bytes_moved = 0  # request and answer bodies, as sent (compressed or not)

    @property
    def token_key(self) -> str:
        return f"{self.user}@{self.base}"

    def close(self) -> None:
        if self._early is not None:
            # Not left running after the sync: its answer (or error) is simply dropped.
            wait([self._early])
            self._early = None
        if self._owns_http:
            self.http.close()

    def __enter__(self) -> "ServerConnection":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transport ---------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        *,
        network_retry: bool = True,
        stream: bool = False,
        **kw: Any,
    ) -> httpx.Response:
        """One request, retried (tenacity) when the network or the server stumbles.

        Waits grow exponentially with jitter, so laptops that lost the server together
        do not come back together; a ``Retry-After`` the server sends (429, 503) is
        honoured when it is short, and a long one (a sign-in locked for 15 minutes) is
        not waited for: its sentence is the answer.

        ``network_retry=False``: a network failure is raised as it is (``httpx``'s), for
        file transfers that resume from where they stopped rather than start again.
        ``stream``: the answer's body is left to read (error answers are read here).
        """

        def attempt() -> httpx.Response:
            with self._counting:  # files move a few at a time, from several threads
                self.round_trips += 1
            sent = {**headers, PROTOCOL_HEADER: str(self.protocol)}
            request = self.http.build_request(method, self.base + path, headers=sent, **kw)
            response = self.http.send(request, stream=stream)
            if stream and response.status_code >= 400:
                response.read()  # errors are read whole, to be said or retried
            if response.headers.get(GZIP_HEADER) == "gzip":
                self.server_takes_gzip = True
            moved = _body_size(response.request) + response.num_bytes_downloaded
            with self._counting:
                self.bytes_moved += moved
            return response

        response = self._retried(attempt, network_retry)
        if self._speak_older(response):
            response = self._retried(attempt, network_retry)  # once more, in its protocol
        return response

    def _speak_older(self, response: httpx.Response) -> bool:
        """Whether an older server's answer made this connection speak its protocol.

        A server older than this laptop answers 400 and says the newest protocol it
        speaks (a header from protocol 3 on; the sentence before). This laptop still
        speaks it, down to ``OLDEST_CLIENT_PROTOCOL``: see docs/sync.md, "Versions".
        """
        if response.status_code != 400:
            return False
        speaks = response.headers.get(PROTOCOL_MAX_HEADER)
        if speaks is None:
            found = re.search(r"speaks up to (\d+)", _detail(response))
            speaks = found.group(1) if found else None
        if speaks is None or not speaks.isdigit():
            return False
        number = int(speaks)
        if not OLDEST_CLIENT_PROTOCOL <= number < self.protocol:
            return False
        self.protocol = number
        return True

    def _retried(
        self, attempt: Callable[[], httpx.Response], network: bool = True
    ) -> httpx.Response:
        """``attempt`` until it gets an answer worth keeping (see ``_send``)."""
        retry: tenacity.retry_base = tenacity.retry_if_result(_worth_retrying)
        if network:
            retry |= tenacity.retry_if_exception_type(httpx.TransportError)
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.attempts),
            wait=_Wait(self.backoff),
            retry=retry,
            sleep=self.sleep,
            retry_error_callback=lambda state: state.outcome.result(),  # type: ignore[union-attr]
        )
        try:
            return retrying(attempt)
        except httpx.TransportError as exc:
            if not network:
                raise
            raise ServerUnreachable(unreachable_sentence(self.base, exc)) from None

    def _resuming(
        self, step: Callable[[], bool], position: Callable[[], int], unfinished: str
    ) -> None:
        """Run ``step`` (one request of a file transfer) until it says the file is done.

        A network failure is retried by tenacity with the back-off of ``_send``; each
        time the transfer moved forward (``position`` grew) the patience starts afresh,
        so a photo on a link cut every 30 seconds goes on to its end, while a link that
        moves nothing at all gives up after ``attempts`` tries, as any request does.
        ``unfinished`` is the sentence when steps keep ending without moving forward.
        """
        stalled = 0
        while stalled < self.attempts:
            start = position()
            if self._leg(step, position, start):
                return
            stalled = 0 if position() > start else stalled + 1
        raise SyncError(unfinished)

    def _leg(self, step: Callable[[], bool], position: Callable[[], int], start: int) -> bool:
        """``step`` retried until it is done (True) or the transfer moved past ``start``."""
        tries = 0

        def attempt() -> bool:
            nonlocal tries
            tries += 1
            if tries > 1 and position() > start:
                return False  # moved forward before it failed: fresh patience
            return step()

        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.attempts),
            wait=_Wait(self.backoff),
            retry=tenacity.retry_if_exception_type(httpx.TransportError),
            sleep=self.sleep,
            reraise=True,
        )
        try:
            return bool(retrying(attempt))
        except httpx.TransportError as exc:
            raise ServerUnreachable(unreachable_sentence(self.base, exc)) from None

    def request(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        accept: frozenset[int] = frozenset(),
        headers: dict[str, str] | None = None,
        **kw: Any,
    ) -> httpx.Response:
        """A request signed with the token (signing in first if needed); errors raised.

        Statuses in ``accept`` are returned to the caller instead of raised; ``kw`` may
        hold ``_send``'s ``network_retry`` and ``stream``.
        """
        headers = {**(headers or {}), PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if not auth:
            return self._checked(self._send(method, path, headers, **kw), accept)
        fresh = False
        token = self._token or self.tokens.get(self.token_key)
        if token is None:
            token, fresh = self._new_token(), True
        response = self._send(method, path, {**headers, "Authorization": f"Bearer {token}"}, **kw)
        if response.status_code == 401 and not fresh:
            # Expired or revoked: sign in again once, then repeat the request.
            self.tokens.delete(self.token_key)
            token = self.sign_in()
            response = self._send(
                method, path, {**headers, "Authorization": f"Bearer {token}"}, **kw
            )
        if response.status_code != 401:
            # Kept for the connection: the token store (a keyring) is asked once.
            self._token, self.token_accepted = token, True
        return self._checked(response, accept)

    def _checked(
        self, response: httpx.Response, accept: frozenset[int] = frozenset()
    ) -> httpx.Response:
        status = response.status_code
        if status < 400 or status in accept:
            return response
        detail = _detail(response)
        if status == 426:
            raise OutdatedClient(detail)
        if status == 401:
            message = translate(
                "sync",
                "The server at {server} did not accept the sign-in ({detail}); sync again and "
                "enter your password when asked.",
            )
            raise AuthenticationError(message.format(server=self.base, detail=detail))
        if status == 404:
            raise NotOnServer(detail)
        if status >= 500:
            message = translate(
                "sync", "The server at {server} failed ({status}: {detail}); sync again later."
            )
            raise SyncError(message.format(server=self.base, status=status, detail=detail))
        message = translate("sync", "The server refused the request: {detail}")
        raise SyncError(message.format(detail=detail))

    def _parse(self, model: type[M], response: httpx.Response) -> M:
        try:
            return model.model_validate_json(response.content)
        except PydanticError:
            message = translate(
                "sync",
                "The server at {server} did not answer like a WOPdesk server; check the address.",
            )
            raise SyncError(message.format(server=self.base)) from None

    # -- calls -------------------------------------------------------------------------

    def sign_in_early(self) -> None:
        """Start signing in on a thread when no token is kept, as every sync needs one.

        The server's password check (argon2, about a quarter of a second) then runs
        while this side opens the profile and reads what to send. The password is asked
        for here, on the caller's thread; the first request that needs the token waits
        for the sign-in and raises its error, as if it had signed in itself.
        """
        if self._early is not None or self._token or self.tokens.get(self.token_key):
            return
        password = self._password()
        pool = ThreadPoolExecutor(1, thread_name_prefix="wopdesk-sign-in")
        self._early = pool.submit(self._sign_in_with, password)
        pool.shutdown(wait=False)  # the thread ends with the sign-in

    def _new_token(self) -> str:
        """The early sign-in's token (or its error), else a sign-in now."""
        early, self._early = self._early, None
        if early is not None:
            return early.result()
        return self.sign_in()

    def sign_in(self) -> str:
        return self._sign_in_with(self._password())

    def _sign_in_with(self, password: str) -> str:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        response = self._send(
            "POST", "/v1/login", headers, json={"user": self.user, "password": password}
        )
        if response.status_code == 401:
            raise AuthenticationError(self._refused_sign_in(_detail(response)))
        token = self._parse(LoginResponse, self._checked(response)).token
        self.tokens.set(self.token_key, token)
        self._token = token
        self.signed_in = True
        return token

    def _refused_sign_in(self, detail: str) -> str:
        if "disabled" in detail:
            message = translate(
                "sync",
                "The account {user} is disabled on {server}; ask the server's administrator "
                "to enable it.",
            )
        else:
            message = translate(
                "sync",
                "Wrong user name or password for {user} on {server}; check both and sync again.",
            )
        return message.format(user=self.user, server=self.base)

    def info(self) -> ServerInfo:
        """The server's identity and protocol versions (no sign-in needed)."""
        return self._parse(ServerInfo, self.request("GET", "/v1/info", auth=False))

    def encode_push(self, batch: PushRequest) -> PushBody:
        """A push's body, ready to send: written apart from ``push`` so that the next
        batch's body is written while the previous batch is on the wire."""
        # Serialised by pydantic in one call, not dumped to dicts and then to JSON.
        body = batch.model_dump_json().encode()
        headers = {"Content-Type": "application/json"}
        if self.server_takes_gzip and len(body) >= GZIP_FROM:
            # A batch's JSON shrinks to about a tenth: what a 3G or satellite link wants.
            body = gzip.compress(body, compresslevel=6, mtime=0)
            headers["Content-Encoding"] = "gzip"
        return PushBody(body, headers)

    def push(self, body: PushBody) -> PushResponse:
        """Send a push written by ``encode_push``; the server's answer."""
        response = self.request("POST", "/v1/push", content=body.content, headers=body.headers)
        return self._parse(PushResponse, response)

    def pull(self, after: int, scope: str | None, limit: int) -> PullPage:
        params: dict[str, Any] = {"after": after, "limit": limit}
        if scope is not None:
            params["scope"] = scope
        return self._parse(PullPage, self.request("GET", "/v1/changes", params=params))

    def missing_blobs(self, hashes: list[str]) -> list[str]:
        """Which of ``hashes`` the server lacks, asked as many at a time as it takes."""
        missing: list[str] = []
        for start in range(0, len(hashes), MAX_MISSING_HASHES):
            asked = {"hashes": hashes[start : start + MAX_MISSING_HASHES]}
            response = self.request("POST", "/v1/blobs/missing", json=asked)
            missing += self._parse(MissingBlobsResponse, response).missing
        return missing

    def upload_blob(
        self,
        sha256: str,
        data: bytes,
        *,
        missing: bool = False,
        checkpoint: Callable[[], None] | None = None,
    ) -> None:
        """Send a file in chunks, resuming after whatever part the server already holds.

        ``missing``: the server just said it has no such file, so the first chunk goes out
        at once, without asking where the upload stands (a round trip); should the server
        hold part of it after all, it answers 409 and the upload resumes from there.
        A chunk cut by the network is not sent again: the server keeps what reached it
        (an older server, the chunks it received whole), so the client asks where the
        upload stands and sends the rest. ``checkpoint`` is called before each piece of
        a chunk is sent: it may raise to stop (a cancelled sync) within a piece, and the
        part the server received is kept for the next time.
        """
        held: list[UploadStatus | None] = [
            UploadStatus(sha256=sha256, received=0, complete=False) if missing else None
        ]

        def where() -> UploadStatus:
            status = held[0]
            if status is None:
                status = self._upload_status(sha256)
                held[0] = status
            return status

        def step() -> bool:
            offset = where().received
            if where().complete:
                return True
            held[0] = None  # unknown until the server answers
            status = self._put_chunk(sha256, data, offset, checkpoint)
            held[0] = status
            return status.complete

        message = translate("sync", "The upload of file {file}… did not finish; sync again.")
        self._resuming(step, lambda: where().received, message.format(file=sha256[:12]))

    def _count_moved(self, size: int) -> None:
        with self._counting:
            self.bytes_moved += size

    def _upload_status(self, sha256: str) -> UploadStatus:
        return self._parse(UploadStatus, self.request("GET", f"/v1/blobs/{sha256}/upload"))

    def _put_chunk(
        self,
        sha256: str,
        data: bytes,
        offset: int,
        checkpoint: Callable[[], None] | None = None,
    ) -> UploadStatus:
        """One chunk from ``offset``; what the server then holds (after a 409, where it stands)."""
        chunk = memoryview(data)[offset : offset + self.chunk_size]
        response = self.request(
            "PUT",
            f"/v1/blobs/{sha256}",
            params={"offset": offset, "total": len(data)},
            headers={"Content-Length": str(len(chunk))},
            content=_Pieces(chunk, checkpoint, self._count_moved),
            accept=frozenset({409}),
            network_retry=False,
        )
        if response.status_code == 409:
            # The server got a chunk whose answer was lost: ask where it stands.
            return self._upload_status(sha256)
        return self._parse(UploadStatus, response)

    def download_blob(
        self, sha256: str, into: PartialBlob, checkpoint: Callable[[], None] | None = None
    ) -> None:
        """Receive a file into ``into``, resuming after what it holds (``Range``); a cut
        download goes on from its last byte. An older server that sends the whole file
        anyway is read from the start. ``into.finish()`` then checks and stores it.
        ``checkpoint`` is called after each piece received: it may raise to stop (a
        cancelled sync), and what was received stays for the next time."""

        def step() -> bool:
            have = into.size
            headers = {"Accept-Encoding": "identity"}  # a photo does not compress
            if have:
                headers["Range"] = f"bytes={have}-"
            response = self.request(
                "GET",
                f"/v1/blobs/{sha256}",
                headers=headers,
                accept=frozenset({416}),
                network_retry=False,
                stream=True,
            )
            if response.status_code == 416:
                # All of it was here already (a sync stopped before storing it), or what
                # is here is not a part of the file this server has.
                size = response.headers.get("Content-Range", "").rpartition("/")[2]
                if size == str(have):
                    return True
                into.restart()
                return False
            try:
                if have and response.status_code != 206:
                    into.restart()  # an older server sends the whole file
                for piece in response.iter_bytes():
                    into.append(piece)
                    if checkpoint is not None:
                        checkpoint()
            finally:
                response.close()
                with self._counting:
                    self.bytes_moved += response.num_bytes_downloaded
            return True

        message = translate("sync", "The download of file {file}… did not finish; sync again.")
        self._resuming(step, lambda: into.size, message.format(file=sha256[:12]))


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, str) and detail:
        return detail
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()
