"""Files on the server, by sha256: resumable chunked uploads, checked before they count.

Chunks are rows, so an upload interrupted on one server process resumes on another.
A chunk's body is read as it arrives and kept every megabyte, and what arrived of it is
kept when the connection drops mid-body: on a link cut every 30 seconds a photo resumes
from the byte where it stopped, not from the start of its chunk. A chunk that starts
before what the server holds but goes beyond it (an older laptop sending a chunk again
after a cut) adds only its new bytes. Only when the last chunk arrives are the bytes
joined and hashed; a mismatch throws every chunk away, so a file is stored whole and
correct, or not at all. Downloads serve byte ranges (``Range: bytes=N-``), so a cut
download resumes too.

A hash is not a permission. An account *holds* a file once it has uploaded its bytes;
a partnership is *granted* a file when one of its attachments names it and the
attachment's author held it (or could read it already). A file is served only to
those who hold it or belong to a granted partnership, and asking whether the server
has a file answers "missing" to anyone else, so its existence stays private too: they
must send the bytes, which proves they have them.
"""

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass

from anyio import to_thread
from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.orm import Session

from wopdesk.server import scope
from wopdesk.server.accounts import Principal
from wopdesk.server.db import (
    IN_CHUNK,
    Blob,
    BlobChunk,
    BlobGrant,
    BlobHolder,
    ServerDatabase,
    ServerRecord,
    ServerState,
)
from wopdesk.server.errors import ApiError
from wopdesk.storage.file_cleanup import Removed
from wopdesk.storage.types import utcnow
from wopdesk.sync.protocol import MAX_BLOB_SIZE, UploadStatus


@dataclass(frozen=True, slots=True)
class _Outcome:
    status: UploadStatus
    mismatch: bool = False


def readable(session: Session, principal: Principal, hashes: list[str]) -> set[str]:
    """Which of ``hashes`` this person may read: held, or granted to one of their partnerships."""
    if not hashes:
        return set()
    if principal.admin:
        return set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(hashes))))
    held = session.scalars(
        select(BlobHolder.sha256).where(
            BlobHolder.sha256.in_(hashes), BlobHolder.account_id == principal.account_id
        )
    )
    granted = session.scalars(
        select(BlobGrant.sha256).where(
            BlobGrant.sha256.in_(hashes), BlobGrant.partnership_id.in_(list(principal.grants))
        )
    )
    return set(held) | set(granted)


def missing(db: ServerDatabase, principal: Principal, hashes: list[str]) -> list[str]:
    """The files this person must upload: all but those they may read and the server has."""
    with db.read() as session:
        return missing_in(session, principal, hashes)


def missing_in(session: Session, principal: Principal, hashes: list[str]) -> list[str]:
    """``missing``, read in ``session``."""
    present = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(hashes))))
    present &= readable(session, principal, hashes)
    return [h for h in dict.fromkeys(hashes) if h not in present]


def upload_status(db: ServerDatabase, principal: Principal, sha256: str) -> UploadStatus:
    with db.read() as session:
        size = session.scalar(select(Blob.size).where(Blob.sha256 == sha256))
        if size is not None and readable(session, principal, [sha256]):
            return UploadStatus(sha256=sha256, received=size, complete=True)
        received = session.scalar(
            select(func.coalesce(func.sum(func.length(BlobChunk.data)), 0)).where(
                BlobChunk.sha256 == scope.upload_key(principal, sha256)
            )
        )
        return UploadStatus(sha256=sha256, received=int(received or 0), complete=False)


KEEP_EVERY = 1024 * 1024  # bytes of a chunk's body kept as they arrive


def _check_fits(offset: int, size: int, total: int) -> None:
    if total < 0 or total > MAX_BLOB_SIZE:
        raise ApiError(
            413, f"Files larger than {MAX_BLOB_SIZE // (1024 * 1024)} MB are not accepted."
        )
    if offset < 0 or offset + size > total:
        raise ApiError(400, "The chunk does not fit in the file at that offset.")


async def receive_stream(
    db: ServerDatabase,
    principal: Principal,
    sha256: str,
    offset: int,
    total: int,
    body: AsyncIterator[bytes],
    dropped: type[Exception],
) -> UploadStatus:
    """Store a chunk's body as it arrives (``receive_chunk`` every ``KEEP_EVERY`` bytes and
    at its end). When the connection drops (``body`` raises ``dropped``), what arrived is
    kept, so the next try resumes from there; an error is raised after the body is read,
    so even a laptop that reads no answer before it has sent everything gets it."""
    buffer = bytearray()
    position = offset
    status: UploadStatus | None = None
    try:
        _check_fits(offset, 0, total)
        async for piece in body:
            buffer += piece
            _check_fits(position, len(buffer), total)
            if len(buffer) >= KEEP_EVERY and position + len(buffer) < total:
                status = await to_thread.run_sync(
                    receive_chunk, db, principal, sha256, position, total, bytes(buffer)
                )
                position += len(buffer)
                buffer.clear()
    except dropped:
        if buffer:
            return await to_thread.run_sync(
                receive_chunk, db, principal, sha256, position, total, bytes(buffer)
            )
        return status or UploadStatus(sha256=sha256, received=position, complete=False)
    except ApiError:
        with contextlib.suppress(dropped):
            async for _ in body:  # read to the end, then answer
                pass
        raise
    if buffer or status is None:
        status = await to_thread.run_sync(
            receive_chunk, db, principal, sha256, position, total, bytes(buffer)
        )
    return status


def receive_chunk(
    db: ServerDatabase, principal: Principal, sha256: str, offset: int, total: int, data: bytes
) -> UploadStatus:
    """Store one chunk at ``offset`` of a file of ``total`` bytes; finish it if it is the last."""
    _check_fits(offset, len(data), total)
    if not data and total:
        raise ApiError(400, "The chunk does not fit in the file at that offset.")
    outcome = _store_chunk(db, principal, sha256, offset, total, data)
    if outcome.mismatch:
        raise ApiError(
            422, "The file's bytes do not match its sha256; nothing was stored. Send it again."
        )
    return outcome.status


def _store_chunk(
    db: ServerDatabase, principal: Principal, sha256: str, offset: int, total: int, data: bytes
) -> _Outcome:
    # An upload in progress is this account's own: nobody else sees or finishes it.
    key = scope.upload_key(principal, sha256)
    with db.write() as session:
        stored = session.scalar(select(Blob.size).where(Blob.sha256 == sha256)) is not None
        if stored and readable(session, principal, [sha256]):
            return _Outcome(UploadStatus(sha256=sha256, received=total, complete=True))
        held = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(func.length(BlobChunk.data)), 0),
                func.max(BlobChunk.total),
            ).where(BlobChunk.sha256 == key)
        ).one()
        received = int(held[1] or 0)
        if held[0] and held[2] != total:
            raise ApiError(
                409, "This upload was started with another file size; resume it as it was."
            )
        if offset < received < offset + len(data):
            # Sent again from an earlier position (its first part arrived before a cut):
            # only the bytes beyond what is held are new.
            data = data[received - offset :]
            offset = received
        if offset != received:
            raise ApiError(
                409,
                f"The server holds the first {received} bytes of this file; "
                f"resume the upload from there, not from {offset}.",
            )
        if offset + len(data) < total:
            session.add(BlobChunk(sha256=key, position=offset, total=total, data=data))
            return _Outcome(
                UploadStatus(sha256=sha256, received=offset + len(data), complete=False)
            )
        earlier = session.scalars(
            select(BlobChunk.data).where(BlobChunk.sha256 == key).order_by(BlobChunk.position)
        )
        whole = b"".join([*earlier, data])
        session.execute(delete(BlobChunk).where(BlobChunk.sha256 == key))
        if hashlib.sha256(whole).hexdigest() != sha256:
            # Committed: the bad chunks are gone, so a new upload starts clean.
            return _Outcome(UploadStatus(sha256=sha256, received=0, complete=False), True)
        if not stored:
            session.add(Blob(sha256=sha256, size=len(whole), data=whole))
        _hold(session, principal, sha256)
        return _Outcome(UploadStatus(sha256=sha256, received=len(whole), complete=True))


def _hold(session: Session, principal: Principal, sha256: str) -> None:
    """Record that this account has the file, and grant it to the partnerships where
    the account attached it before uploading it."""
    held = session.get(BlobHolder, (sha256, principal.account_id))
    if held is None:
        session.add(BlobHolder(sha256=sha256, account_id=principal.account_id))
    attachments = session.execute(
        select(ServerRecord.partnership_id, ServerRecord.fields).where(
            ServerRecord.entity == "attachment", ServerRecord.blob_sha256 == sha256
        )
    )
    granted = set(
        session.scalars(select(BlobGrant.partnership_id).where(BlobGrant.sha256 == sha256))
    )
    for partnership_id, fields in attachments:
        author = (fields.get("sha256") or {}).get("by")
        if partnership_id and author == principal.name and partnership_id not in granted:
            session.execute(insert(BlobGrant).values(sha256=sha256, partnership_id=partnership_id))
            granted.add(partnership_id)


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The ``(start, end)`` (end excluded) a ``Range`` header asks of ``size`` bytes.

    None: no range, or one this server does not serve (several ranges, another unit), so
    the whole file is the answer, as RFC 9110 allows. A range past the end is a 416.
    """
    found = _RANGE.match(header.strip()) if header else None
    if found is None or found.groups() == ("", ""):
        return None
    first, last = found.groups()
    if first == "":  # the last N bytes
        return max(0, size - int(last)), size
    start = int(first)
    end = size if last == "" else min(size, int(last) + 1)
    if start >= size or end <= start:
        raise ApiError(
            416,
            f"The file has {size} bytes; that range is outside it.",
            {"Content-Range": f"bytes */{size}"},
        )
    return start, end


def download(db: ServerDatabase, principal: Principal, sha256: str) -> bytes:
    """A file's bytes, to someone who holds it or whose partnership was granted it."""
    with db.read() as session:
        if not readable(session, principal, [sha256]):
            raise ApiError(404, "No attachment you can see uses this file.")
        blob = session.get(Blob, sha256)
        if blob is None:
            raise ApiError(404, "The server does not have this file (yet).")
        return blob.data


# Unfinished uploads are kept at least this long, whatever the retention (``compact
# --older-than 0``): a laptop on a bad link may be in the middle of one.
UPLOAD_MIN_AGE = dt.timedelta(days=1)
# Uploads removed per write transaction, and their bytes at most (or one larger upload).
UPLOAD_STEP = 200
UPLOAD_STEP_BYTES = 32 * 1024 * 1024


def remove_stale_uploads(
    db: ServerDatabase,
    older_than: dt.timedelta,
    *,
    step: int | None = None,
    between: Callable[[], None] | None = None,
) -> Removed:
    """Remove the unfinished uploads no chunk of which arrived within ``older_than`` (at
    least ``UPLOAD_MIN_AGE``), and those kept under the old per-file key, which nobody
    can resume since chunks are kept per account (``scope.upload_key``).

    Finished files are never touched: they are in ``blob``, not ``blob_chunk``. In short
    transactions (``_parts``; ``between`` is called before each), each of which looks at
    the chunks' times again: an upload resumed meanwhile stays.
    """
    cutoff = utcnow() - max(older_than, UPLOAD_MIN_AGE)
    with db.read() as session:
        size = func.coalesce(func.sum(func.length(BlobChunk.data)), 0)
        stale: dict[str, int] = dict(
            session.execute(
                select(BlobChunk.sha256, size)
                .group_by(BlobChunk.sha256)
                .having(func.max(BlobChunk.at) < cutoff)
            ).all()
        )
        orphaned = _old_keys(session)
        sizes = stale | dict(
            session.execute(
                select(BlobChunk.sha256, size)
                .where(BlobChunk.sha256.in_(orphaned))
                .group_by(BlobChunk.sha256)
            ).all()
        )
    uploads = freed = 0
    for part in _parts(sizes, step or UPLOAD_STEP):
        if between is not None:
            between()
        with db.write() as session:
            gone = session.execute(
                delete(BlobChunk)
                .where(
                    _removable([k for k in part if k not in orphaned], cutoff) | _of(part, orphaned)
                )
                .returning(BlobChunk.sha256, func.length(BlobChunk.data))
            ).all()
        uploads += len({key for key, _ in gone})
        freed += sum(int(size or 0) for _, size in gone)
    return Removed(uploads, freed)


def remove_unused_files(
    db: ServerDatabase,
    older_than: dt.timedelta,
    *,
    step: int | None = None,
    between: Callable[[], None] | None = None,
) -> Removed:
    """Remove the stored files that no attachment needs any more: stored more than
    ``older_than`` ago (at least ``UPLOAD_MIN_AGE``: an upload comes before the push that
    names it), and named by no live attachment, by none deleted within ``older_than``
    (an edit made without seeing the delete brings an attachment back), and by no open
    conflict about an attachment's file (resolving it may choose that file again).

    Who held a file and which partnerships it was granted to stay (a row each): should a
    laptop send the same bytes again, they are readable by the same people as before.
    The files to remove are found with no lock held (most files are needed: they are
    never looked at again), then removed in short write transactions (``_parts``;
    ``between`` is called before each), each of which looks at their attachments again,
    after pushes that came meanwhile.
    """
    cutoff = utcnow() - max(older_than, UPLOAD_MIN_AGE)
    with db.read() as session:
        sizes: dict[str, int] = dict(
            session.execute(select(Blob.sha256, Blob.size).where(Blob.created_at < cutoff)).all()
        )
        needed = _still_needed(session, list(sizes), cutoff)
    unused_sizes = {sha256: size for sha256, size in sizes.items() if sha256 not in needed}
    files = freed = 0
    for part in _parts(unused_sizes, step or UPLOAD_STEP):
        if between is not None:
            between()
        with db.write() as session:
            # Pushes take this row first (PostgreSQL): none names a file while it goes.
            session.execute(select(ServerState.id).where(ServerState.id == 1).with_for_update())
            unused = set(part) - _still_needed(session, part, cutoff)
            if not unused:
                continue
            gone = session.execute(
                delete(Blob).where(Blob.sha256.in_(unused)).returning(Blob.size)
            ).all()
        files += len(gone)
        freed += sum(int(size) for (size,) in gone)
    return Removed(files, freed)


def _still_needed(session: Session, hashes: list[str], cutoff: dt.datetime) -> set[str]:
    """Which of ``hashes`` an attachment may still need (see ``remove_unused_files``)."""
    cutoff_ms = int(cutoff.timestamp() * 1000)
    needed: set[str] = set()
    for start in range(0, len(hashes), IN_CHUNK):
        attachments = session.execute(
            select(ServerRecord.blob_sha256, ServerRecord.fields).where(
                ServerRecord.entity == "attachment",
                ServerRecord.blob_sha256.in_(hashes[start : start + IN_CHUNK]),
            )
        )
        for sha256, fields in attachments:
            deleted = fields.get("deleted") or {}
            # A stamp begins with its wall time in milliseconds.
            if deleted.get("v") is not True or int(deleted["s"][:13]) >= cutoff_ms:
                needed.add(sha256)
    wanted = set(hashes)
    conflicts = session.scalars(
        select(ServerRecord.fields).where(ServerRecord.entity == "conflict")
    )
    for fields in conflicts:
        values = {name: (state or {}).get("v") for name, state in fields.items()}
        about_a_file = values.get("entity") == "attachment" and values.get("field") == "sha256"
        if about_a_file and not values.get("resolved"):
            named = (values.get("kept_value"), values.get("set_aside_value"))
            needed.update(sha256 for sha256 in named if sha256 in wanted)
    return needed


def _parts(sizes: dict[str, int], step: int) -> Iterator[list[str]]:
    """The uploads (or files) in parts of at most ``step`` of them and ``UPLOAD_STEP_BYTES``
    (or one larger alone), so that each transaction stays short."""
    part: list[str] = []
    held = 0
    for key in sorted(sizes):
        if part and (len(part) >= step or held + sizes[key] > UPLOAD_STEP_BYTES):
            yield part
            part, held = [], 0
        part.append(key)
        held += int(sizes[key])
    if part:
        yield part


def _old_keys(session: Session) -> set[str]:
    """Chunks kept under a file's own hash (the key before ``scope.upload_key``): that of
    a file the server holds or an attachment names."""
    keys = select(BlobChunk.sha256).distinct()
    held = session.scalars(keys.where(BlobChunk.sha256.in_(select(Blob.sha256))))
    named = session.scalars(
        keys.where(
            BlobChunk.sha256.in_(
                select(ServerRecord.blob_sha256).where(ServerRecord.blob_sha256.is_not(None))
            )
        )
    )
    return set(held) | set(named)


def _removable(keys: list[str], cutoff: dt.datetime) -> ColumnElement[bool]:
    """The chunks of these uploads, unless one of an upload's chunks is recent: checked in
    the deleting statement itself. A chunk that arrives during it is recent, so at worst
    an upload resumed at that moment is left with a gap, and its file fails the hash
    check when it ends and is sent again whole: never a wrong file."""
    recent = select(BlobChunk.sha256).where(BlobChunk.sha256.in_(keys), BlobChunk.at >= cutoff)
    return BlobChunk.sha256.in_(keys) & BlobChunk.sha256.not_in(recent) & (BlobChunk.at < cutoff)


def _of(part: list[str], orphaned: set[str]) -> ColumnElement[bool]:
    return BlobChunk.sha256.in_([k for k in part if k in orphaned])
