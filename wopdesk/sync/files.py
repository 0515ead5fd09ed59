"""Photos and files moved a few at a time (each is a round trip or more, mostly waiting)."""

import datetime as dt
import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.errors import StorageError
from wopdesk.storage import file_cleanup
from wopdesk.storage.changes import SKIP_CAPTURE
from wopdesk.storage.models import Attachment
from wopdesk.sync.client import NotOnServer
from wopdesk.sync.job import SyncJob
from wopdesk.sync.report import SyncProgress, SyncReport
from wopdesk.sync.status import get_state, set_state

# Files whose upload stopped midway (a cut, a cancel): the server may hold a part of them.
CUT_UPLOADS = "sync.cut_uploads"
# The day files no attachment needs any more were last removed.
FILES_CLEANED = "sync.files_cleaned"
FILE_TRANSFERS = 4  # files moved at once: each is a round trip or more, mostly waiting


def each_file(
    move: Callable[[str], str | None], hashes: list[str], first_alone: bool = True
) -> list[str | None]:
    """``move`` for each file, in order, a few at a time, as they only wait on the network;
    the first alone if ``first_alone`` (a token not yet accepted on this connection: it
    signs in again should the token have expired, once, not once per file)."""
    first = [move(hashes[0])] if first_alone and hashes else []
    rest = hashes[len(first) :]
    if not rest:
        return first
    with ThreadPoolExecutor(FILE_TRANSFERS, thread_name_prefix="wopdesk-files") as pool:
        return [*first, *pool.map(move, rest)]


class FileMover(SyncJob):
    """Moves the bytes of attachments: uploads for a push, downloads after a pull."""

    def _counted(
        self, move: Callable[[str], str | None], total: int
    ) -> Callable[[str], str | None]:
        """``move``, saying after each file how many of ``total`` have moved."""
        moved = itertools.count(1)
        lock = threading.Lock()
        if total:
            self._progress("files", 0, total)

        def counted(sha256: str) -> str | None:
            self._stop_if_cancelled()
            waiting = move(sha256)
            with lock:
                done = next(moved)
            self.on_progress(SyncProgress("files", done, total, self.connection.bytes_moved))
            return waiting

        return counted

    def fetch_files(self, report: SyncReport) -> None:
        """Download the file of every live attachment whose bytes are not here yet."""
        with self.store.reading() as session:
            hashes = set(
                session.scalars(select(Attachment.sha256).where(Attachment.deleted.is_(False)))
            )
        wanted = sorted(h for h in hashes if not self.store.blobs.has(h))
        move = self._counted(self._download, len(wanted))
        for waiting in each_file(move, wanted, not self.connection.token_accepted):
            if waiting is None:
                report.files_received += 1
            else:
                report.files_waiting.append(waiting)

    def remove_unused_files(self, session: Session, report: SyncReport) -> None:
        """Once a day, in the transaction that ends a sync (after the files were fetched):
        remove the files no attachment here needs any more (``storage.file_cleanup``;
        the server does the same)."""
        today = dt.date.today().isoformat()
        if get_state(session, FILES_CLEANED) == today:
            return
        done = file_cleanup.remove_unused_files(session, self.store.blobs)
        set_state(session, FILES_CLEANED, today)
        report.files_removed, report.bytes_freed = done.count, done.freed

    def _upload(self, sha256: str) -> str | None:
        """Upload one file the server said it is missing; why it waits, or None."""
        try:
            data = self.store.blobs.get(sha256)
        except StorageError as exc:
            return str(exc)
        cut = sha256 in self._cut_uploads()
        try:
            # A photo takes minutes on a slow link: a cancel stops it between two pieces.
            # A file whose upload stopped midway is resumed from where the server stands.
            self.connection.upload_blob(
                sha256, data, missing=not cut, checkpoint=self._stop_if_cancelled
            )
        except BaseException:
            self._note_cut_upload(sha256, True)
            raise
        if cut:
            self._note_cut_upload(sha256, False)
        return None

    def _cut_uploads(self) -> list[str]:
        with self.store.reading() as session:
            return list(get_state(session, CUT_UPLOADS) or [])

    def _note_cut_upload(self, sha256: str, cut: bool) -> None:
        """Remember (or forget) that the server may hold part of this file."""
        with self.store.transaction(**{SKIP_CAPTURE: True}) as session:
            noted = [h for h in get_state(session, CUT_UPLOADS) or [] if h != sha256]
            set_state(session, CUT_UPLOADS, [*noted, sha256] if cut else noted)

    def _download(self, sha256: str) -> str | None:
        """Download and store one file (resuming a part left by an earlier sync); why it
        waits, or None."""
        partial = self.store.blobs.partial(sha256)
        try:
            # A photo takes minutes on a slow link: a cancel stops it between two pieces.
            self.connection.download_blob(sha256, partial, self._stop_if_cancelled)
            partial.finish()
        except NotOnServer:
            return f"The file {sha256[:12]}… is not on the server yet."
        except StorageError:
            # Damaged on the way (the part is thrown away): one more try, from zero.
            self.connection.download_blob(sha256, partial)
            try:
                partial.finish()
            except StorageError as exc:
                return str(exc)
        return None
