"""Retries: exponential back-off with jitter, the server's Retry-After honoured when short,
never waited for when long, and a network that stays down said in one sentence."""

from pathlib import Path

import httpx
import pytest

from wopdesk.sync import client as sync_client
from wopdesk.sync.client import ServerConnection, ServerUnreachable, SyncError
from wopdesk.sync.tokens import FileTokens

INFO = {"protocol": 2, "oldest_protocol": 1, "server_id": "srv", "server_time": 1}


def connection(
    tmp_path: Path, answers: list[httpx.Response | Exception], sleeps: list[float]
) -> ServerConnection:
    def handle(request: httpx.Request) -> httpx.Response:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return ServerConnection(
        "http://wop.test",
        "maria",
        password=lambda: "maria-password",
        tokens=FileTokens(tmp_path / "tokens.json"),
        http=httpx.Client(transport=httpx.MockTransport(handle)),
        sleep=sleeps.append,
        backoff=0.5,
    )


def test_a_busy_server_is_tried_again_with_growing_jittered_waits(tmp_path: Path) -> None:
    sleeps: list[float] = []
    answers: list[httpx.Response | Exception] = [httpx.Response(503) for _ in range(3)]
    answers.append(httpx.Response(200, json=INFO))
    info = connection(tmp_path, answers, sleeps).info()
    assert info.server_id == "srv"
    assert len(sleeps) == 3
    for n, waited in enumerate(sleeps):
        assert 0.5 * 2**n <= waited <= 0.5 * 2**n + 0.5  # back-off plus up to 0.5 s jitter


def test_a_short_retry_after_is_waited_exactly(tmp_path: Path) -> None:
    sleeps: list[float] = []
    answers: list[httpx.Response | Exception] = [
        httpx.Response(429, headers={"Retry-After": "7"}, json={"detail": "Slow down."}),
        httpx.Response(200, json=INFO),
    ]
    connection(tmp_path, answers, sleeps).info()
    assert sleeps == [7.0]


def test_a_long_retry_after_is_not_waited_for_but_said(tmp_path: Path) -> None:
    sleeps: list[float] = []
    locked = "Too many failed sign-ins; wait 15 minutes before trying again."
    answers: list[httpx.Response | Exception] = [
        httpx.Response(429, headers={"Retry-After": "900"}, json={"detail": locked})
    ]
    with pytest.raises(SyncError, match="Too many failed sign-ins"):
        connection(tmp_path, answers, sleeps).info()
    assert sleeps == []


def test_a_network_that_stays_down_is_one_sentence(tmp_path: Path) -> None:
    sleeps: list[float] = []
    answers: list[httpx.Response | Exception] = [
        httpx.ConnectError("refused") for _ in range(sync_client.RETRY_ATTEMPTS)
    ]
    with pytest.raises(ServerUnreachable, match="The server at http://wop.test refused"):
        connection(tmp_path, answers, sleeps).info()
    assert len(sleeps) == sync_client.RETRY_ATTEMPTS - 1


def test_a_dropped_connection_then_an_answer_goes_on(tmp_path: Path) -> None:
    sleeps: list[float] = []
    answers: list[httpx.Response | Exception] = [
        httpx.ReadError("dropped"),
        httpx.Response(200, json=INFO),
    ]
    assert connection(tmp_path, answers, sleeps).info().server_id == "srv"
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), "refused the connection"),
        (
            httpx.ConnectError("[Errno -2] Name or service not known"),
            "name wop.test cannot be found",
        ),
        (httpx.ReadTimeout("timed out"), "did not answer in time"),
        (httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED]"), "could not prove who it is"),
        (httpx.RemoteProtocolError("peer closed"), "Cannot reach the server"),
    ],
)
def test_each_network_failure_is_a_sentence_without_error_numbers(
    tmp_path: Path, error: httpx.TransportError, sentence: str
) -> None:
    answers: list[httpx.Response | Exception] = [error] * sync_client.RETRY_ATTEMPTS
    with pytest.raises(ServerUnreachable) as raised:
        connection(tmp_path, answers, []).info()
    message = str(raised.value)
    assert sentence in message
    assert "Errno" not in message
    assert message.endswith(".")


def test_a_chunk_tried_again_after_a_busy_answer_is_sent_whole_again(tmp_path: Path) -> None:
    """An upload's body goes piece by piece; a retry (503) sends all its pieces again."""
    data = bytes(range(256)) * 300  # several pieces
    bodies: list[bytes] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sign-in") or "token" in request.url.path:
            return httpx.Response(200, json={"token": "t"})
        bodies.append(request.read())
        if len(bodies) == 1:
            return httpx.Response(503)
        return httpx.Response(
            200, json={"sha256": "a" * 64, "received": len(data), "complete": True}
        )

    tokens = FileTokens(tmp_path / "tokens.json")
    with ServerConnection(
        "http://wop.test",
        "maria",
        password=lambda: "maria-password",
        tokens=tokens,
        http=httpx.Client(transport=httpx.MockTransport(handle)),
        sleep=lambda _seconds: None,
    ) as sent:
        sent._token = "t"
        sent.upload_blob("a" * 64, data, missing=True)
        assert sent.bytes_moved >= 2 * len(data)
    assert bodies == [data, data]
