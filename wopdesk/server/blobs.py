"""Files on the server, by sha256: resumable chunked uploads, checked before they count.

Chunks are rows, so an upload interrupted on one server process resumes on another.
Only when the last chunk arrives are the bytes joined and hashed; a mismatch throws
every chunk away, so a file is stored whole and correct, or not at all.

A hash is not a permission. An account *holds* a file once it has uploaded its bytes;
a partnership is *granted* a file when one of its attachments names it and the
attachment's author held it (or could read it already). A file is served only to
those who hold it or belong to a granted partnership, and asking whether the server
has a file answers "missing" to anyone else, so its existence stays private too: they
must send the bytes, which proves they have them.
"""

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from wopdesk.server.accounts import Principal
from wopdesk.server.db import (
    Blob,
    BlobChunk,
    BlobGrant,
    BlobHolder,
    ServerDatabase,
    ServerRecord,
)
from wopdesk.server.errors import ApiError
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
                BlobChunk.sha256 == sha256
            )
        )
        return UploadStatus(sha256=sha256, received=int(received or 0), complete=False)


def receive_chunk(
    db: ServerDatabase, principal: Principal, sha256: str, offset: int, total: int, data: bytes
) -> UploadStatus:
    """Store one chunk at ``offset`` of a file of ``total`` bytes; finish it if it is the last."""
    if total < 0 or total > MAX_BLOB_SIZE:
        raise ApiError(
            413, f"Files larger than {MAX_BLOB_SIZE // (1024 * 1024)} MB are not accepted."
        )
    if offset < 0 or offset + len(data) > total or (not data and total):
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
    with db.write() as session:
        stored = session.scalar(select(Blob.size).where(Blob.sha256 == sha256)) is not None
        if stored and readable(session, principal, [sha256]):
            return _Outcome(UploadStatus(sha256=sha256, received=total, complete=True))
        held = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(func.length(BlobChunk.data)), 0),
                func.max(BlobChunk.total),
            ).where(BlobChunk.sha256 == sha256)
        ).one()
        received = int(held[1] or 0)
        if held[0] and held[2] != total:
            raise ApiError(
                409, "This upload was started with another file size; resume it as it was."
            )
        if offset != received:
            raise ApiError(
                409,
                f"The server holds the first {received} bytes of this file; "
                f"resume the upload from there, not from {offset}.",
            )
        if offset + len(data) < total:
            session.add(BlobChunk(sha256=sha256, position=offset, total=total, data=data))
            return _Outcome(
                UploadStatus(sha256=sha256, received=offset + len(data), complete=False)
            )
        earlier = session.scalars(
            select(BlobChunk.data).where(BlobChunk.sha256 == sha256).order_by(BlobChunk.position)
        )
        whole = b"".join([*earlier, data])
        session.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha256))
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


def download(db: ServerDatabase, principal: Principal, sha256: str) -> bytes:
    """A file's bytes, to someone who holds it or whose partnership was granted it."""
    with db.read() as session:
        if not readable(session, principal, [sha256]):
            raise ApiError(404, "No attachment you can see uses this file.")
        blob = session.get(Blob, sha256)
        if blob is None:
            raise ApiError(404, "The server does not have this file (yet).")
        return blob.data
