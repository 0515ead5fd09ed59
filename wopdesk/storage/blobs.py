"""Content-addressed store for photos and files: ``blobs/ab/cdef…`` named by sha256.

Writes go to a temporary file that is fsynced and renamed into place, so a blob is
either whole or absent. Reads check the hash, so a damaged file is never shown as good.
"""

import hashlib
import io
import os
import re
import tempfile
from pathlib import Path

from wopdesk.domain.i18n import translate
from wopdesk.errors import StorageError

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1 << 20


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_sha256(text: str) -> str:
    if not _SHA256.match(text):
        raise StorageError(f"'{text}' is not a sha256 content hash.")
    return text


def image_media_type(data: bytes, name: str = "the file") -> str:
    """The media type of an image Pillow can read, or a clear error for anything else."""
    from PIL import Image, UnidentifiedImageError  # here: not on the app's way to its first page

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            fmt = image.format or ""
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        message = translate("storage", "{name} is not an image WOPdesk can read ({reason}).")
        raise StorageError(message.format(name=name, reason=exc)) from None
    return Image.MIME.get(fmt, f"image/{fmt.lower()}")


class BlobStore:
    """Blobs of one data directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put(self, data: bytes) -> str:
        """Store ``data`` and return its sha256; storing the same bytes twice is free."""
        digest = sha256_of(data)
        target = self.path_for(digest)
        if target.is_file():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        _fsync_dir(target.parent)
        return digest

    def put_verified(self, data: bytes, expected_sha256: str) -> str:
        """Store bytes received from elsewhere only if they match the hash announced."""
        check_sha256(expected_sha256)
        actual = sha256_of(data)
        if actual != expected_sha256:
            raise StorageError(
                f"The file's content does not match its hash (expected {expected_sha256[:12]}…, "
                f"got {actual[:12]}…); it was not stored."
            )
        return self.put(data)

    def get(self, sha256: str) -> bytes:
        """The bytes of a blob, checked against its hash."""
        path = self.path_for(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StorageError(f"The file {sha256[:12]}… is missing from the blob store.") from None
        if sha256_of(data) != sha256:
            raise StorageError(
                f"The file {sha256[:12]}… in the blob store is damaged (its content no longer "
                "matches its hash)."
            )
        return data


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
