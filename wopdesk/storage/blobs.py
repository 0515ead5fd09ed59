"""Content-addressed store for photos and files: ``blobs/ab/cdef…`` named by sha256.

Writes go to a temporary file that is fsynced and renamed into place, so a blob is
either whole or absent. Reads check the hash, so a damaged file is never shown as good.
A download in progress grows in a ``.partial-…`` file beside where the blob will be (kept
across syncs, so a cut download resumes; backups skip dot files) and becomes the blob
only once its bytes match its hash.
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

    def stored(self) -> list[tuple[str, Path]]:
        """Every whole blob here, as (sha256, path): not the downloads in progress."""
        if not self.root.is_dir():
            return []
        return [
            (path.parent.name + path.name, path)
            for path in self.root.glob("??/*")
            if not path.name.startswith(".") and _SHA256.match(path.parent.name + path.name)
        ]

    def partial(self, sha256: str) -> "PartialBlob":
        """The download in progress of ``sha256`` (empty if none was started)."""
        target = self.path_for(sha256)
        return PartialBlob(target.parent / f".partial-{target.name}", sha256, self)


class PartialBlob:
    """A blob being downloaded: bytes appended as they come, checked when all are here."""

    def __init__(self, path: Path, sha256: str, store: BlobStore) -> None:
        self.path = path
        self.sha256 = sha256
        self.store = store

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def append(self, data: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as handle:
            handle.write(data)

    def restart(self) -> None:
        """Throw away what was received (the server sent the whole file after all)."""
        self.path.unlink(missing_ok=True)

    def finish(self) -> str:
        """Store the bytes received as the blob if they match its hash; otherwise they
        are thrown away (the next download starts from zero) and StorageError says so."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            data = b""
        try:
            return self.store.put_verified(data, self.sha256)
        finally:
            self.restart()


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
