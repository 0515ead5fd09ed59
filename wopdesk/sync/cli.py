"""``wopdesk sync``: push local changes and pull the server's, then say what happened."""

import argparse
import getpass
import os
import sys

from wopdesk.storage.heap import collector_paused
from wopdesk.storage.paths import resolve_data_dir
from wopdesk.storage.store import Store
from wopdesk.sync.client import ServerConnection, SyncError
from wopdesk.sync.engine import SyncEngine, SyncReport
from wopdesk.sync.tokens import token_store

PASSWORD_ENV = "WOPDESK_PASSWORD"


def password_source(user: str, server: str) -> str:
    """The password from WOPDESK_PASSWORD, else asked for on the terminal (never argv)."""
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise SyncError(
            f"A password is needed for {user}: set {PASSWORD_ENV} or run this in a terminal."
        )
    try:
        return getpass.getpass(f"Password for {user} on {server}: ")
    except (EOFError, KeyboardInterrupt):
        raise SyncError("No password was given; nothing was synced.") from None


def describe(report: SyncReport, server: str) -> list[str]:
    """The lines printed after a sync."""
    if (
        report.nothing_happened
        and not report.refused
        and not report.set_aside
        and not report.kept_for_update
        and not report.withdrawn
        and not report.reopened_visits
        and not report.files_waiting
    ):
        lines = [f"Synced with {server}: nothing to send or receive."]
    else:
        lines = [
            f"Synced with {server}: sent {report.sent} change{_s(report.sent)}, "
            f"received {report.received} change{_s(report.received)}."
        ]
        if report.files_sent or report.files_received:
            lines.append(f"Files: sent {report.files_sent}, received {report.files_received}.")
    if report.new_conflicts or report.open_conflicts:
        lines.append(
            f"Conflicts: {report.new_conflicts} new, {report.open_conflicts} open; both values "
            "of each are kept on the Sync conflicts page."
        )
    if report.refused:
        lines.append(f"Refused by the server ({len(report.refused)}):")
        lines += [f"  {reason}" for reason in report.refused[:20]]
        if len(report.refused) > 20:
            lines.append(f"  … and {len(report.refused) - 20} more.")
    if report.set_aside:
        lines.append(f"Kept aside until what they refer to arrives ({len(report.set_aside)}):")
        lines += [f"  {note}" for note in report.set_aside[:20]]
    if report.kept_for_update:
        lines.append(
            f"Kept until this WOPdesk is updated: {report.kept_for_update} "
            f"change{_s(report.kept_for_update)} made with a newer version."
        )
    lines += report.withdrawn
    lines += report.reopened_visits
    lines += [f"Waiting: {note}" for note in report.files_waiting[:20]]
    if report.files_removed:
        lines.append(
            f"Removed {report.files_removed} file{_s(report.files_removed)} no attachment "
            f"needs any more from this laptop, freeing {report.bytes_freed:,} bytes."
        )
    return lines


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def run_sync(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    tokens = token_store(data_dir)
    connection = ServerConnection(
        args.server,
        args.user,
        password=lambda: password_source(args.user, args.server),
        tokens=tokens,
    )
    # No automatic collection while a sync runs, as in the app (which collects on its own
    # timer): a big sync makes hundreds of thousands of short-lived objects, and the
    # collector walked the whole process again and again (a quarter of the client's time
    # on 20,000 changes). One pause shared with the other bulk jobs (storage.heap).
    with connection, collector_paused():
        # The server checks the password while the profile opens.
        connection.sign_in_early()
        store = Store.open(data_dir)
        try:
            report = SyncEngine(store, connection).sync()
        finally:
            store.close()
    for line in describe(report, connection.base):
        print(line)
    if report.signed_in:
        print(f"Signed in as {args.user}; the sign-in token is kept in {tokens.description}.")
    return 0
