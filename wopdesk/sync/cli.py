"""``wopdesk sync``: push local changes and pull the server's."""

import argparse

from wopdesk.errors import WopdeskError


def run_sync(args: argparse.Namespace) -> int:
    raise WopdeskError("Sync is not built yet in this version of WOPdesk.")
