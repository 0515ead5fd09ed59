"""Files on the server, by sha256: resumable chunked uploads, checked before they count.

Chunks are rows, so an upload interrupted on one server process resumes on another.
Only when the last chunk arrives are the bytes joined and hashed; a mismatch throws
every chunk away, so a file is stored whole and correct, or not at all.
"""

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select

from wopdesk.server.accounts import Principal
from wopdesk.server.db import Blob, BlobChunk, ServerDatabase, ServerRecord
from wopdesk.server.errors import ApiError
from wopdesk.sync.protocol import MAX_BLOB_SIZE, UploadStatus


@dataclass(frozen=True, slots=True)
class _Outcome:
    status: UploadStatus
    mismatch: bool = False


def missing(db: ServerDatabase, hashes: list[str]) -> list[str]:
    with db.read() as session:
        present = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(hashes))))
    return [h for h in dict.fromkeys(hashes) if h not in present]


def upload_status(db: ServerDatabase, sha256: str) -> UploadStatus:
    with db.read() as session:
        size = session.scalar(select(Blob.size).where(Blob.sha256 == sha256))
        if size is not None:
            return UploadStatus(sha256=sha256, received=size, complete=True)
        received = session.scalar(
            select(func.coalesce(func.sum(func.length(BlobChunk.data)), 0)).where(
                BlobChunk.sha256 == sha256
            )
        )
        return UploadStatus(sha256=sha256, received=int(received or 0), complete=False)


def receive_chunk(
    db: ServerDatabase, sha256: str, offset: int, total: int, data: bytes
) -> UploadStatus:
    """Store one chunk at ``offset`` of a file of ``total`` bytes; finish it if it is the last."""
    if total < 0 or total > MAX_BLOB_SIZE:
        raise ApiError(
            413, f"Files larger than {MAX_BLOB_SIZE // (1024 * 1024)} MB are not accepted."
        )
    if offset < 0 or offset + len(data) > total or (not data and total):
        raise ApiError(400, "The chunk does not fit in the file at that offset.")
    outcome = _store_chunk(db, sha256, offset, total, data)
    if outcome.mismatch:
        raise ApiError(
            422, "The file's bytes do not match its sha256; nothing was stored. Send it again."
        )
    return outcome.status


def _store_chunk(db: ServerDatabase, sha256: str, offset: int, total: int, data: bytes) -> _Outcome:
    with db.write() as session:
        if session.scalar(select(Blob.size).where(Blob.sha256 == sha256)) is not None:
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
        session.add(Blob(sha256=sha256, size=len(whole), data=whole))
        return _Outcome(UploadStatus(sha256=sha256, received=len(whole), complete=True))


def download(db: ServerDatabase, principal: Principal, sha256: str) -> bytes:
    """A file's bytes, to someone who can see an attachment that uses it."""
    with db.read() as session:
        if not principal.admin:
            in_scope = or_(
                ServerRecord.partnership_id.is_(None),
                ServerRecord.partnership_id.in_(list(principal.grants)),
            )
            visible = session.scalar(
                select(ServerRecord.row_id)
                .where(ServerRecord.blob_sha256 == sha256, in_scope)
                .limit(1)
            )
            if visible is None:
                raise ApiError(404, "No attachment you can see uses this file.")
        blob = session.get(Blob, sha256)
        if blob is None:
            raise ApiError(404, "The server does not have this file (yet).")
        return blob.data
