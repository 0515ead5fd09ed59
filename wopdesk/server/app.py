"""The HTTP API of the WOPdesk server (FastAPI).

Every answer other than success is JSON ``{"detail": "one sentence"}``. A client's
mistake (bad JSON, wrong types, unknown fields, too large a body, a file that does not
match its hash) is a 4xx; only a fault of the server itself is ever a 500.
"""

import logging
import re
import zlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pydantic import ValidationError as PydanticError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wopdesk.server import accounts, blobs, records
from wopdesk.server.accounts import Principal
from wopdesk.server.db import ServerDatabase
from wopdesk.server.errors import ApiError
from wopdesk.storage.changes import wall_ms
from wopdesk.sync.protocol import (
    DEFAULT_PAGE_CHANGES,
    MAX_BATCH_CHANGES,
    MAX_JSON_BODY,
    MAX_PAGE_CHANGES,
    OLDEST_SUPPORTED_PROTOCOL,
    PROTOCOL_HEADER,
    PROTOCOL_MAX_HEADER,
    PROTOCOL_VERSION,
    SHA256_PATTERN,
    LoginRequest,
    LoginResponse,
    MissingBlobsRequest,
    MissingBlobsResponse,
    PullPage,
    PushRequest,
    PushResponse,
    ServerInfo,
    UploadStatus,
)

log = logging.getLogger("wopdesk.server")


class ErrorDetail(BaseModel):
    """Every answer other than success: one sentence saying what went wrong and what to do."""

    detail: str


def _answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers a route may give, declared for the OpenAPI document."""
    return {status: {"model": ErrorDetail, "description": _MEANING[status]} for status in statuses}


_MEANING = {
    400: "Malformed request: no or unknown protocol version, bad JSON or gzip, a bad hash.",
    401: "No token, an unknown, expired or revoked one, or a wrong password.",
    404: "No such file, or none this account may read.",
    409: "A clash with another request: a batch id or an upload position.",
    413: "The body or the file is larger than allowed.",
    416: "The byte range asked for is outside the file.",
    422: "The request's content is not valid; the sentence says which part.",
    426: "This copy of WOPdesk is too old for the server; update it.",
    429: "Too many failed sign-ins; wait before trying again.",
    503: "The server's database is busy or unreachable; try again shortly.",
}
# Any route may be sent a body, which may be damaged gzip (400) or too large (413); a
# busy database can fail any of them.
_ANY = (400, 413, 503)
# Every /v1 route checks the protocol header.
_EVERY = (*_ANY, 426)
_SIGNED_IN = (*_EVERY, 401, 422)


def _sha256_path(
    # Declared with its pattern for the OpenAPI document; checked here for the sentence.
    sha256: Annotated[str, Path(json_schema_extra={"pattern": SHA256_PATTERN})],
) -> str:
    if not re.match(SHA256_PATTERN, sha256):
        raise ApiError(400, f"'{sha256[:80]}' is not a sha256 content hash.")
    return sha256


Sha256Path = Annotated[str, Depends(_sha256_path)]


class _BodyTooLarge(StarletteHTTPException):
    """Raised while a body streams in; an HTTP exception, so FastAPI passes it through."""

    def __init__(self, limit: int) -> None:
        megabytes = limit // (1024 * 1024)
        super().__init__(413, f"The request body is larger than the {megabytes} MB allowed.")


class BodyLimit:
    """Refuse a request body over ``limit`` bytes, announced or streamed, with a 413."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(self.limit)(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _BodyTooLarge(self.limit)
            return message

        await self.app(scope, limited, send)


ACCEPTS_GZIP = b"x-wopdesk-accept-encoding"


class GzipBodies:
    """Take request bodies sent with ``Content-Encoding: gzip``; say so on every answer.

    A laptop on a slow link compresses what it pushes once a server has told it (by the
    ``X-WOPdesk-Accept-Encoding: gzip`` header) that it understands it; an older server
    never says so and gets plain JSON. The body is inflated with a bound, so a small
    compressed body cannot become a huge one (413); a damaged one is a 400.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def advertise(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (ACCEPTS_GZIP, b"gzip")]
            await send(message)

        headers = dict(scope["headers"])
        if headers.get(b"content-encoding", b"").lower() != b"gzip":
            await self.app(scope, receive, advertise)
            return
        compressed = bytearray()
        while True:
            message = await receive()
            compressed += message.get("body", b"")
            if len(compressed) > self.limit:
                await _too_large(self.limit)(scope, receive, advertise)
                return
            if not message.get("more_body"):
                break
        inflater = zlib.decompressobj(wbits=31)
        try:
            body = inflater.decompress(bytes(compressed), self.limit + 1)
        except zlib.error:
            await _error(400, "The request body is not valid gzip.")(scope, receive, advertise)
            return
        if len(body) > self.limit or inflater.unconsumed_tail:
            await _too_large(self.limit)(scope, receive, advertise)
            return
        plain = [
            (k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")
        ]
        scope = {**scope, "headers": [*plain, (b"content-length", str(len(body)).encode())]}
        delivered = False

        async def inflated() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, inflated, advertise)


# gzip level of answers. Starlette's default, 9, took 19 ms to compress a pulled page of
# 5,000 changes (1.1 MB of JSON) to 71 kB; 5 takes 6 ms for 73 kB (docs/performance.md).
ANSWER_GZIP_LEVEL = 5


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"detail": _BodyTooLarge(limit).detail}, status_code=413)


JSON = "application/json"


async def _push_body(request: Request) -> PushRequest:
    """A push's body, parsed and checked by pydantic straight from the bytes.

    FastAPI would decode the JSON with the json module and then validate the objects:
    about three times pydantic's own parser on a 2,000-change batch. Errors are the same
    ``RequestValidationError`` (malformed JSON is ``json_invalid``, a 400).
    """
    try:
        return PushRequest.model_validate_json(await request.body())
    except PydanticError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from None


def _error(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("body",))
    message = str(error.get("msg", "is not valid")).rstrip(".")
    return f"{where}: {message}" if where else message


def create_app(db: ServerDatabase) -> FastAPI:
    """The API over ``db``; every request reads what it needs from the database."""
    app = FastAPI(title="WOPdesk server", version=str(PROTOCOL_VERSION), docs_url=None)
    app.state.db = db
    _add_error_handlers(app)
    app.add_middleware(BodyLimit, limit=MAX_JSON_BODY)
    # Outermost: the limit above then applies to the inflated body too.
    app.add_middleware(GzipBodies, limit=MAX_JSON_BODY)
    # Answers (pulled pages) compressed for clients that accept gzip, as httpx does.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=ANSWER_GZIP_LEVEL)

    async def protocol(
        version: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
    ) -> int:
        # async: checking a header needs no worker thread, which busy servers lack.
        if version is None:
            raise ApiError(
                400, f"The request does not say which sync protocol it speaks ({PROTOCOL_HEADER})."
            )
        if not version.isdigit():
            raise ApiError(400, f"'{version[:20]}' is not a sync protocol version.")
        number = int(version)
        if number < OLDEST_SUPPORTED_PROTOCOL:
            raise ApiError(
                426,
                f"This copy of WOPdesk is too old for the server (sync protocol {number}; the "
                f"server needs {OLDEST_SUPPORTED_PROTOCOL} or newer). Update WOPdesk, then sync.",
            )
        if number > PROTOCOL_VERSION:
            raise ApiError(  # the laptop may speak an older protocol: it is told which
                400,
                f"The server is older than this copy of WOPdesk (sync protocol {number}; the "
                f"server speaks up to {PROTOCOL_VERSION}). Ask its administrator to update it.",
                {PROTOCOL_MAX_HEADER: str(PROTOCOL_VERSION)},
            )
        return number

    def principal(
        authorization: Annotated[str | None, Header()] = None,
    ) -> Principal:
        token = None
        if authorization and authorization.lower().startswith("bearer "):
            token = authorization[7:].strip()
        return accounts.authenticate(db, token)

    Who = Annotated[Principal, Depends(principal)]
    api = APIRouter(prefix="/v1", dependencies=[Depends(protocol)])

    @app.get("/v1/info", responses=_answers(*_ANY))
    def info() -> ServerInfo:
        return ServerInfo(
            protocol=PROTOCOL_VERSION,
            oldest_protocol=OLDEST_SUPPORTED_PROTOCOL,
            server_id=db.server_id(),
            server_time=wall_ms(),
            max_batch_changes=MAX_BATCH_CHANGES,
        )

    @api.post("/login", responses=_answers(*_EVERY, 401, 422, 429))
    def login(body: LoginRequest, request: Request) -> LoginResponse:
        address = request.client.host if request.client else "unknown"
        token, expires = accounts.login(db, body.user, body.password, address)
        who = accounts.authenticate(db, token)
        return LoginResponse(
            token=token, expires_at=expires.isoformat(), user=who.name, admin=who.admin
        )

    @api.post("/logout", status_code=204, responses=_answers(*_EVERY, 422))
    def logout(authorization: Annotated[str | None, Header()] = None) -> Response:
        if authorization and authorization.lower().startswith("bearer "):
            accounts.logout(db, authorization[7:].strip())
        return Response(status_code=204)

    # Push and pull answer with the JSON of what records made: checked data, built for
    # the wire, which FastAPI would validate once more on another worker-thread trip.
    @api.post(
        "/push",
        response_model=PushResponse,
        responses=_answers(*_SIGNED_IN, 409),
        openapi_extra=_body(JSON, {"$ref": _REF.format(model="PushRequest")}),
    )
    def push(
        who: Who,
        version: Annotated[int, Depends(protocol)],
        # After ``who``: dependencies run in order, so a stranger gets a 401 first.
        body: Annotated[PushRequest, Depends(_push_body)],
    ) -> Response:
        return Response(records.push_json(db, who, body, version).encode(), media_type=JSON)

    @api.get("/changes", response_model=PullPage, responses=_answers(*_SIGNED_IN))
    def changes(
        who: Who,
        after: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE_CHANGES)] = DEFAULT_PAGE_CHANGES,
        scope: Annotated[str | None, Query(max_length=64)] = None,
        version: Annotated[int, Depends(protocol)] = PROTOCOL_VERSION,
    ) -> Response:
        page = records.pull(db, who, after, scope, limit, version)
        return Response(page.encode(), media_type=JSON)

    @api.post("/blobs/missing", responses=_answers(*_SIGNED_IN))
    def missing_blobs(body: MissingBlobsRequest, who: Who) -> MissingBlobsResponse:
        return MissingBlobsResponse(missing=blobs.missing(db, who, body.hashes))

    @api.get("/blobs/{sha256}/upload", responses=_answers(*_SIGNED_IN))
    def upload_status(sha256: Sha256Path, who: Who) -> UploadStatus:
        return blobs.upload_status(db, who, sha256)

    @api.put(
        "/blobs/{sha256}",
        responses=_answers(*_SIGNED_IN, 409),
        openapi_extra=_body("application/octet-stream", {"type": "string", "format": "binary"}),
    )
    async def upload(
        sha256: Sha256Path,
        request: Request,
        who: Who,
        offset: Annotated[int, Query(ge=0)],
        total: Annotated[int, Query(ge=0)],
    ) -> UploadStatus:
        # Any account may upload (a new partnership's photos come before its grant); the
        # bytes prove it has the file. Only holders and granted partnerships download it.
        # Read as it arrives: what reaches the server before a cut is kept.
        return await blobs.receive_stream(
            db, who, sha256, offset, total, request.stream(), ClientDisconnect
        )

    @api.get(
        "/blobs/{sha256}",
        responses={
            **_answers(*_SIGNED_IN, 404, 416),
            200: {"content": {"application/octet-stream": {}}, "description": "The file."},
            206: {
                "content": {"application/octet-stream": {}},
                "description": "The part of the file a Range header asked for.",
            },
        },
    )
    def download(
        sha256: Sha256Path,
        who: Who,
        wanted: Annotated[str | None, Header(alias="Range")] = None,
    ) -> Response:
        data = blobs.download(db, who, sha256)
        headers = {"Accept-Ranges": "bytes"}
        part = blobs.byte_range(wanted, len(data))
        if part is None:
            return Response(data, media_type="application/octet-stream", headers=headers)
        start, end = part
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{len(data)}"
        return Response(
            data[start:end], 206, media_type="application/octet-stream", headers=headers
        )

    app.include_router(api)
    _complete_document(app)
    return app


_REF = "#/components/schemas/{model}"


def _body(media_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A request body the route reads itself, declared for the OpenAPI document."""
    return {"requestBody": {"required": True, "content": {media_type: {"schema": schema}}}}


_PROTOCOLS = [str(v) for v in range(OLDEST_SUPPORTED_PROTOCOL, PROTOCOL_VERSION + 1)]


def _complete_document(app: FastAPI) -> None:
    """Say in the OpenAPI document what the routes check themselves.

    The push route parses its body itself (see ``_push_body``), so FastAPI does not know
    ``PushRequest``. The protocol header is optional to FastAPI only so that its absence
    gets a sentence of ours; the server requires it and speaks only these versions.
    """
    make_document = app.openapi

    def document() -> dict[str, Any]:
        if app.openapi_schema is None:
            made = make_document()
            schemas = made.setdefault("components", {}).setdefault("schemas", {})
            push = PushRequest.model_json_schema(ref_template=_REF)
            for name, schema in push.pop("$defs", {}).items():
                schemas.setdefault(name, schema)
            schemas["PushRequest"] = push
            for operations in made["paths"].values():
                for operation in operations.values():
                    for parameter in operation.get("parameters", []):
                        if parameter["name"] == PROTOCOL_HEADER:
                            parameter["required"] = True
                            parameter["schema"] = {"type": "string", "enum": _PROTOCOLS}
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = document  # type: ignore[method-assign]


def _allowed(app: FastAPI, request: Request) -> str:
    """The methods an address takes, as the OpenAPI document declares them for every path
    it matches: Starlette's own ``Allow`` names only the first route's (PUT alone for a
    file, which GET reads too)."""
    methods: set[str] = set()
    for template, operations in app.openapi()["paths"].items():
        if compile_path(template)[0].match(request.url.path):
            methods |= {method.upper() for method in operations}
    return ", ".join(sorted(methods))


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        if errors and errors[0].get("type") == "json_invalid":
            return _error(400, "The request body is not valid JSON.")
        if not errors:
            return _error(422, "The request is not valid.")
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        return _error(422, f"The request is not valid: {_describe(errors[0])}{more}.")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else "The request cannot be served."
        if detail.startswith("There was an error parsing the body"):
            detail = "The request body cannot be read as JSON text."
        elif exc.status_code == 404:
            detail = "There is no such address on this WOPdesk server."
        elif exc.status_code == 405:
            detail = "This address does not accept that method."
            return _error(405, detail, {"Allow": _allowed(app, request)})
        return _error(exc.status_code, detail, getattr(exc, "headers", None))

    @app.exception_handler(IntegrityError)
    async def clash(_request: Request, exc: IntegrityError) -> JSONResponse:
        # Two requests wrote the same row at once (the same chunk uploaded twice, say).
        log.info("concurrent write refused: %s", exc)
        return _error(409, "Another request changed the same data at the same time; try again.")

    @app.exception_handler(OperationalError)
    @app.exception_handler(PoolTimeout)
    async def database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
        # PoolTimeout: every connection stayed busy for the pool's timeout (30 s).
        log.warning("database unavailable: %s", exc)
        return _error(503, "The server's database is busy or unreachable; try again shortly.")
