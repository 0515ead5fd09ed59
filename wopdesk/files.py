"""Small file helpers shared by the reports, exports and problem reports."""

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
