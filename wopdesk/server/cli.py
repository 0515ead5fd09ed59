"""``wopdesk-server``: run the central server and manage its accounts."""

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    print("wopdesk-server: the server is not built yet in this version.", file=sys.stderr)
    return 1
