"""Small file helpers shared by the reports, exports and problem reports."""

import errno
import os
from pathlib import Path


def match_umask(path: Path) -> None:
    """Give ``path`` the permissions any file the person saves gets (their umask), not the
    0600 of the temporary file it was written as before being renamed into place."""
    mask = os.umask(0)
    os.umask(mask)
    try:
        os.chmod(path, 0o666 & ~mask)
    except OSError:
        pass


def cannot_write(target: Path, exc: OSError) -> str:
    """Why ``target`` could not be written, and what to do, in one sentence (translated).

    The system's own words ("[Errno 28] No space left on device") name a cause but not a
    way out; a person saving a report or a backup needs both.
    """
    from wopdesk.domain.i18n import translate  # not needed before a write fails

    folder = target.parent
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        message = translate(
            "files",
            "There is no room left on the disk to save {file}; free some space or choose "
            "another drive, then save again.",
        )
    elif code in (errno.EACCES, errno.EPERM):
        message = translate(
            "files",
            "You may not save files in {folder}; choose another folder, such as your "
            "Documents, and save again.",
        )
    elif code == errno.EROFS:
        message = translate(
            "files",
            "{folder} is read-only (a locked card or a write-protected drive); choose another "
            "folder and save again.",
        )
    elif code == errno.ENOENT:
        message = translate(
            "files",
            "The folder {folder} does not exist (any more); choose another folder and save again.",
        )
    elif code == errno.EISDIR:
        message = translate(
            "files", "{file} is a folder, not a file; choose another name and save again."
        )
    else:
        message = translate(
            "files",
            "{file} could not be saved ({reason}); choose another folder and save again.",
        )
    reason = exc.strerror or type(exc).__name__
    return message.format(file=target, folder=folder, reason=reason)
