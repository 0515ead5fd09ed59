"""The sync wire format, shared by the client engine and the server: pydantic models.

Every request carries the protocol version in ``PROTOCOL_HEADER``; a server that no
longer speaks a client's version answers 426 with a sentence telling it to update.
"""

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator

from wopdesk.errors import ValidationError
from wopdesk.storage.clock import STAMP_PATTERN
from wopdesk.storage.codecs import FieldCodec, codecs
from wopdesk.storage.models import ENTITIES, SyncedRecord

# 2: a push's answer says where its changes were logged (``PushResponse.logged``).
# 3: a change the server cannot keep is refused alone (the batch goes on); a field it
#    does not know is kept and forwarded; answers may gain keys, which readers ignore;
#    a server answering an unknown protocol says the newest it speaks (docs/sync.md).
PROTOCOL_VERSION = 3
OLDEST_SUPPORTED_PROTOCOL = 1  # the oldest a server still answers
OLDEST_CLIENT_PROTOCOL = 2  # the oldest a laptop still speaks, to an older server
PROTOCOL_HEADER = "X-WOPdesk-Protocol"
PROTOCOL_MAX_HEADER = "X-WOPdesk-Protocol-Max"

# The changes a server takes in one push, said in ``ServerInfo.max_batch_changes``; a
# server that does not say (older than this field) takes ``LEGACY_BATCH_CHANGES``. Bounded
# so that one push stays one short write transaction (~0.1 s) and its parsed changes a
# few tens of MB; its body is bounded by ``MAX_JSON_BODY`` besides, inflated or not.
MAX_BATCH_CHANGES = 5000
LEGACY_BATCH_CHANGES = 2000
# The hashes one ``/v1/blobs/missing`` asks about (every server since protocol 1).
MAX_MISSING_HASHES = 2000
MAX_PAGE_CHANGES = 5000
DEFAULT_PAGE_CHANGES = 1000
MAX_JSON_BODY = 8 * 1024 * 1024
BLOB_CHUNK = 4 * 1024 * 1024
MAX_BLOB_SIZE = 200 * 1024 * 1024

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"

FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
# A name typed by a person: no control characters (a NUL cannot even be stored).
NAME_PATTERN = r"^[^\x00-\x1f\x7f]+$"

StampText = Annotated[str, Field(pattern=STAMP_PATTERN)]
RowId = Annotated[str, Field(pattern=UUID_PATTERN)]
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN)]


class WireModel(BaseModel):
    """Strict: unknown keys and wrongly typed values are refused, never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class WireAnswer(BaseModel):
    """An answer of the server: strict types, but keys a newer server adds are ignored,
    so a laptop keeps reading a server one version ahead (protocol 3 on)."""

    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)


class Change(WireModel):
    """One field of one record set to a value at a stamp."""

    entity: Annotated[str, Field(max_length=40)]
    row_id: RowId
    field: Annotated[str, Field(max_length=64)]
    # Any JSON value (parsed JSON holds nothing else); typed Any rather than JsonValue,
    # whose per-value Python discriminator, with a per-change NUL check, cost more than
    # the rest of a batch's checks. The NUL check is made once per message instead
    # (``_no_nul_in``), and each field's codec checks the value itself.
    value: Any
    stamp: StampText
    # The stamp of the value this change overwrote where it was made (None: a new record).
    replaced: StampText | None = None
    # Only for a delete: the record's field stamps the deleting replica had seen.
    seen: dict[str, StampText] | None = None


def _holds_nul(value: JsonValue) -> bool:
    """True if a string anywhere in ``value`` holds a NUL (which no database stores)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_holds_nul(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_nul(key) or _holds_nul(item) for key, item in value.items())
    return False


def _no_nul_in(changes: "list[Change] | list[PulledChange]") -> None:
    """Refuse a message whose changes hold a NUL in a value: one pass for all of them."""
    for index, change in enumerate(changes):
        value = change.value
        if value.__class__ is str:
            if "\x00" not in value:
                continue
        elif value is None or value.__class__ in (bool, int, float):
            continue
        if _holds_nul(value):
            raise ValueError(f"changes.{index}.value: a text value cannot contain a NUL character")


class PushRequest(WireModel):
    batch_id: Annotated[str, Field(pattern=UUID_PATTERN)]
    changes: Annotated[list[Change], Field(max_length=MAX_BATCH_CHANGES)]

    @model_validator(mode="after")
    def _no_nul(self) -> "PushRequest":
        _no_nul_in(self.changes)
        return self


ChangeStatus = Literal["accepted", "duplicate", "superseded", "refused"]


class ChangeResult(WireAnswer):
    """What the server did with one change. ``stamp`` is the stamp it kept (maybe clamped)."""

    status: ChangeStatus
    stamp: StampText | None = None
    reason: str | None = None


class LoggedRange(WireAnswer):
    """Where a batch went in the change log: sequence numbers ``after`` + 1 to ``last``
    (none when equal), all of them this batch's; ``scope``: the pusher's scope after it."""

    after: int
    last: int
    scope: str


class PushResponse(WireAnswer):
    batch_id: str
    results: list[ChangeResult]
    conflicts: int = 0
    replayed: bool = False
    server_id: str
    server_time: int
    # Protocol 2 on: lets the pusher skip pulling its own batch back (see docs/sync.md).
    logged: LoggedRange | None = None
    # Protocol 3 on: the files of the batch's live attachments the pusher should send
    # now (as ``/v1/blobs/missing`` would say); see docs/sync.md, "Compaction".
    files_wanted: list[Sha256] = Field(default_factory=list)


class PulledChange(Change):
    """A change as pulled: keys a newer server adds are ignored (see ``WireAnswer``)."""

    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)
    by: str | None = None


class PullPage(WireAnswer):
    """Changes after a cursor, in server sequence order, and the cursor that follows them."""

    changes: list[PulledChange]
    cursor: int
    more: bool
    scope: str
    server_id: str
    server_time: int
    # Protocol 3 on: the partnerships the puller may hold (None: all, an administrator's);
    # a laptop removes the others' data (see docs/sync.md, "People who leave").
    partnerships: list[str] | None = None
    # Protocol 3 on: the log's last sequence number now, for a progress bar.
    last: int | None = None

    @model_validator(mode="after")
    def _no_nul(self) -> "PullPage":
        _no_nul_in(self.changes)
        return self


class LoginRequest(WireModel):
    user: Annotated[str, Field(min_length=1, max_length=80, pattern=NAME_PATTERN)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class LoginResponse(WireAnswer):
    token: str
    expires_at: str
    user: str
    admin: bool


class MissingBlobsRequest(WireModel):
    hashes: Annotated[list[Sha256], Field(max_length=MAX_MISSING_HASHES)]


class MissingBlobsResponse(WireAnswer):
    missing: list[str]


class UploadStatus(WireAnswer):
    """How much of a blob the server holds: resume an interrupted upload from ``received``."""

    sha256: str
    received: int
    complete: bool


class ServerInfo(WireAnswer):
    protocol: int
    oldest_protocol: int
    server_id: str
    server_time: int
    # The most changes a push may hold; absent from older servers' answers: 2,000.
    max_batch_changes: int = LEGACY_BATCH_CHANGES


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


def is_known(entity: str, field: str) -> bool:
    """Whether this version of WOPdesk knows the field (a newer one may have added it)."""
    model = ENTITIES.get(entity)
    return model is not None and field in codecs(model)


def change_problem(change: Change) -> str | None:
    """Why a pushed change cannot be kept, in one sentence, or None.

    A field this version does not know, of a kind of record it knows, is kept: a newer
    WOPdesk added it, and the server stores and forwards it (docs/sync.md, "Versions").
    A kind of record it does not know cannot be scoped to a partnership, so it is refused
    with what to do; the laptop keeps it and sends it again after the server's update.
    """
    model = ENTITIES.get(change.entity)
    if model is None:
        return (
            f"This server does not know '{change.entity}' records yet; they stay on the "
            "laptop and are sent again once the server is updated."
        )
    codec = codecs(model).get(change.field)
    if codec is None:
        if change.field in model.LOCAL_COLUMNS or not FIELD_NAME.fullmatch(change.field):
            return f"{change.entity} has no synced field '{change.field}'."
        return None
    reason = codec.check(change.value)
    if reason is not None:
        return f"{change.entity} {change.row_id}: {reason}."
    if change.seen is not None and not (change.field == "deleted" and change.value is True):
        return "Only a delete carries the stamps it has seen."
    return None


def wire_value_of(model: type[SyncedRecord], field: str, value: Any) -> Any:
    return field_codec(model, field).to_wire(value)


def scope_grants(scope: str | None) -> str | None:
    """The part of a page's scope that names the person's grants: what follows a dot is
    the server's compaction horizon, which changes no right (docs/sync.md, "Compaction")."""
    return None if scope is None else scope.partition(".")[0]
