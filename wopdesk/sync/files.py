"""Photos and files moved a few at a time (each is a round trip or more, mostly waiting)."""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

FILE_TRANSFERS = 4  # files moved at once: each is a round trip or more, mostly waiting


def each_file(move: Callable[[str], str | None], hashes: list[str]) -> list[str | None]:
    """``move`` for each file, in order: the first alone (it signs in again should the
    token have expired), the others a few at a time, as they only wait on the network."""
    if not hashes:
        return []
    first = move(hashes[0])
    if len(hashes) == 1:
        return [first]
    with ThreadPoolExecutor(FILE_TRANSFERS, thread_name_prefix="wopdesk-files") as pool:
        return [first, *pool.map(move, hashes[1:])]
