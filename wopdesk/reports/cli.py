"""``wopdesk report …``: build a PDF from the local data."""

import argparse

from wopdesk.errors import WopdeskError


def run_report(args: argparse.Namespace) -> int:
    raise WopdeskError("Reports are not built yet in this version of WOPdesk.")
