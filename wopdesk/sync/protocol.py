"""The sync wire format, shared by the client engine and the server: pydantic models.

Every request carries the protocol version in ``PROTOCOL_HEADER``; a server that no
longer speaks a client's version answers 426 with a sentence telling it to update.
"""

from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator

from wopdesk.errors import ValidationError
from wopdesk.storage.changes import STAMP_PATTERN, FieldCodec, codecs
from wopdesk.storage.models import ENTITIES, SyncedRecord

# 2: a push's answer says where its changes were logged (``PushResponse.logged``).
PROTOCOL_VERSION = 2
OLDEST_SUPPORTED_PROTOCOL = 1
PROTOCOL_HEADER = "X-WOPdesk-Protocol"

MAX_BATCH_CHANGES = 2000
MAX_PAGE_CHANGES = 5000
DEFAULT_PAGE_CHANGES = 1000
MAX_JSON_BODY = 8 * 1024 * 1024
BLOB_CHUNK = 4 * 1024 * 1024
MAX_BLOB_SIZE = 200 * 1024 * 1024

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"

# A name typed by a person: no control characters (a NUL cannot even be stored).
NAME_PATTERN = r"^[^\x00-\x1f\x7f]+$"

StampText = Annotated[str, Field(pattern=STAMP_PATTERN)]
RowId = Annotated[str, Field(pattern=UUID_PATTERN)]
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN)]


class WireModel(BaseModel):
    """Strict: unknown keys and wrongly typed values are refused, never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Change(WireModel):
    """One field of one record set to a value at a stamp."""

    entity: Annotated[str, Field(max_length=40)]
    row_id: RowId
    field: Annotated[str, Field(max_length=64)]
    value: JsonValue
    stamp: StampText
    # The stamp of the value this change overwrote where it was made (None: a new record).
    replaced: StampText | None = None
    # Only for a delete: the record's field stamps the deleting replica had seen.
    seen: dict[str, StampText] | None = None

    @field_validator("value")
    @classmethod
    def _no_nul(cls, value: JsonValue) -> JsonValue:
        if _holds_nul(value):
            raise ValueError("a text value cannot contain a NUL character")
        return value


def _holds_nul(value: JsonValue) -> bool:
    """True if a string anywhere in ``value`` holds a NUL (which no database stores)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_holds_nul(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_nul(key) or _holds_nul(item) for key, item in value.items())
    return False


class PushRequest(WireModel):
    batch_id: Annotated[str, Field(pattern=UUID_PATTERN)]
    changes: Annotated[list[Change], Field(max_length=MAX_BATCH_CHANGES)]


ChangeStatus = Literal["accepted", "duplicate", "superseded", "refused"]


class ChangeResult(WireModel):
    """What the server did with one change. ``stamp`` is the stamp it kept (maybe clamped)."""

    status: ChangeStatus
    stamp: StampText | None = None
    reason: str | None = None


class LoggedRange(WireModel):
    """Where a batch went in the change log: sequence numbers ``after`` + 1 to ``last``
    (none when equal), all of them this batch's; ``scope``: the pusher's scope after it."""

    after: int
    last: int
    scope: str


class PushResponse(WireModel):
    batch_id: str
    results: list[ChangeResult]
    conflicts: int = 0
    replayed: bool = False
    server_id: str
    server_time: int
    # Protocol 2 on: lets the pusher skip pulling its own batch back (see docs/sync.md).
    logged: LoggedRange | None = None


class PulledChange(Change):
    by: str | None = None


class PullPage(WireModel):
    """Changes after a cursor, in server sequence order, and the cursor that follows them."""

    changes: list[PulledChange]
    cursor: int
    more: bool
    scope: str
    server_id: str
    server_time: int


class LoginRequest(WireModel):
    user: Annotated[str, Field(min_length=1, max_length=80, pattern=NAME_PATTERN)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class LoginResponse(WireModel):
    token: str
    expires_at: str
    user: str
    admin: bool


class MissingBlobsRequest(WireModel):
    hashes: Annotated[list[Sha256], Field(max_length=MAX_BATCH_CHANGES)]


class MissingBlobsResponse(WireModel):
    missing: list[str]


class UploadStatus(WireModel):
    """How much of a blob the server holds: resume an interrupted upload from ``received``."""

    sha256: str
    received: int
    complete: bool


class ServerInfo(WireModel):
    protocol: int
    oldest_protocol: int
    server_id: str
    server_time: int


class ErrorBody(WireModel):
    detail: str


def entity_model(name: str) -> type[SyncedRecord]:
    try:
        return ENTITIES[name]
    except KeyError:
        raise ValidationError(f"'{name}' is not a kind of record WOPdesk syncs.") from None


def field_codec(model: type[SyncedRecord], field: str) -> FieldCodec:
    try:
        return codecs(model)[field]
    except KeyError:
        raise ValidationError(f"{model.__tablename__} has no synced field '{field}'.") from None


@cache
def _codec(entity: str, field: str) -> FieldCodec:
    """The codec of a known entity's synced field (looked up once: a batch names few)."""
    return field_codec(entity_model(entity), field)


def check_change(change: Change) -> None:
    """Raise ValidationError naming what is wrong with a change's entity, field or value."""
    codec = _codec(change.entity, change.field)
    reason = codec.check(change.value)
    if reason is not None:
        raise ValidationError(f"{change.entity} {change.row_id}: {reason}.")
    if change.seen is not None and not (change.field == "deleted" and change.value is True):
        raise ValidationError("Only a delete carries the stamps it has seen.")


def wire_value_of(model: type[SyncedRecord], field: str, value: Any) -> Any:
    return field_codec(model, field).to_wire(value)
