"""``wopdesk-server``: run the central server and manage its accounts.

    wopdesk-server [--db URL] [--host H] [--port P] [--compact-after DAYS|off]
    wopdesk-server add-user NAME [--admin]
    wopdesk-server grant NAME PARTNERSHIP ROLE
    wopdesk-server revoke NAME PARTNERSHIP
    wopdesk-server reset-password NAME / disable NAME / enable NAME / revoke-tokens NAME
    wopdesk-server audit [--limit N]
    wopdesk-server compact [--older-than DAYS]

Passwords come from WOPDESK_PASSWORD or a prompt, never from the command line. Every
change to an account is written to the audit table with who ran it and when.
"""

import argparse
import datetime as dt
import gc
import getpass
import importlib
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs

from wopdesk.errors import WopdeskError
from wopdesk.server import accounts, compaction
from wopdesk.server.db import ServerDatabase
from wopdesk.server.errors import ServerError

DB_ENV = "WOPDESK_SERVER_DB"
PASSWORD_ENV = "WOPDESK_PASSWORD"
DEFAULT_PORT = 8765
# How long an idle connection stays open. uvicorn's 5 s is shorter than a busy client's
# pause between two requests of one sync (applying a pulled page): the server closed
# the connection just as the next request went out, and that request got no answer.
KEEP_ALIVE_SECONDS = 75
# How long superseded values stay in the change log (docs/sync.md, "Compaction").
DEFAULT_RETENTION_DAYS = 30


def default_database_url() -> str:
    """An SQLite file in the platform's data folder for the server (not the app's)."""
    folder = Path(platformdirs.user_data_dir("WOPdesk-server", "WOPdesk"))
    return f"sqlite:///{folder / 'server.db'}"


def _add_db(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database URL: sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
        f"(default: {DB_ENV}, then an SQLite file in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wopdesk-server",
        description="The central WOPdesk sync server. With no command, serves HTTP.",
    )
    _add_db(parser, None)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port to listen on")
    parser.add_argument("--ssl-certfile", metavar="FILE", help="serve HTTPS with this certificate")
    parser.add_argument("--ssl-keyfile", metavar="FILE", help="the certificate's private key")
    parser.add_argument(
        "--compact-after",
        type=_auto_retention,
        default=compaction.check_days(DEFAULT_RETENTION_DAYS),
        metavar="DAYS",
        help="while serving, compact the change log once a day, keeping changes received "
        "in the last DAYS as they are, and remove unfinished uploads not resumed in them "
        f"(default {DEFAULT_RETENTION_DAYS}; 'off': only by the compact command)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_db(sub, argparse.SUPPRESS)
        return sub

    command("serve", "serve HTTP (the default)")
    add_user = command("add-user", "create an account (password from WOPDESK_PASSWORD or a prompt)")
    add_user.add_argument("name", metavar="NAME")
    add_user.add_argument("--admin", action="store_true", help="may see and change everything")
    grant = command("grant", "make a user a member of a partnership")
    grant.add_argument("name", metavar="NAME")
    grant.add_argument("partnership", metavar="PARTNERSHIP", help="the partnership's id")
    grant.add_argument("role", metavar="ROLE", help="mentor, mentee, coordinator or observer")
    revoke = command("revoke", "remove a user from a partnership")
    revoke.add_argument("name", metavar="NAME")
    revoke.add_argument("partnership", metavar="PARTNERSHIP")
    for name, help_text in (
        ("reset-password", "give a user a new password and end their sessions"),
        ("disable", "stop a user signing in and end their sessions"),
        ("enable", "let a disabled user sign in again"),
        ("revoke-tokens", "end every session of a user (a lost laptop)"),
    ):
        command(name, help_text).add_argument("name", metavar="NAME")
    compact = command(
        "compact",
        "keep only the latest value of each field in the change log's older part, "
        "remove unfinished uploads nobody resumed and files no attachment needs any more",
    )
    compact.add_argument(
        "--older-than",
        type=_retention,
        default=compaction.check_days(DEFAULT_RETENTION_DAYS),
        metavar="DAYS",
        help=f"compact changes received more than DAYS ago, remove uploads not resumed in "
        f"DAYS and files of attachments deleted more than DAYS ago (at least one; default "
        f"{DEFAULT_RETENTION_DAYS})",
    )
    audit = command("audit", "list the administrators' actions, newest first")
    audit.add_argument("--limit", type=int, default=50, metavar="N")
    return parser


def _retention(text: str) -> dt.timedelta:
    """``--older-than DAYS``, checked before the database is opened."""
    try:
        days = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days.") from None
    try:
        return compaction.check_days(days)
    except ServerError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _auto_retention(text: str) -> dt.timedelta | None:
    """``--compact-after DAYS`` or ``off``."""
    return None if text.strip().lower() == "off" else _retention(text)


def operator() -> str:
    """Who runs an admin command, for the audit table: the system user and the machine."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def _database(args: argparse.Namespace) -> ServerDatabase:
    return ServerDatabase.open(args.db or os.environ.get(DB_ENV) or default_database_url())


def new_password(name: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise ServerError(
            f"Give the password of {name} in {PASSWORD_ENV} or run this in a terminal."
        )
    try:
        first = getpass.getpass(f"New password for {name}: ")
        second = getpass.getpass("The same password again: ")
    except (EOFError, KeyboardInterrupt):
        raise ServerError("No password was given; nothing was changed.") from None
    if first != second:
        raise ServerError("The two passwords differ; nothing was changed.")
    return first


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from wopdesk.server.app import create_app

    db = _database(args)
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise ServerError("HTTPS needs both --ssl-certfile and --ssl-keyfile.")
    shown = db.engine.url.render_as_string(hide_password=True)
    scheme = "https" if args.ssl_certfile else "http"
    # FastAPI runs each endpoint in anyio's thread pool, whose asyncio backend anyio
    # imports on first use: ~70 ms the first request after every start would wait for.
    importlib.import_module("anyio._backends._asyncio")
    app = create_app(db)
    settle_heap()
    print(f"WOPdesk server on {scheme}://{args.host}:{args.port} with {shown}", file=sys.stderr)
    compactor = None
    if args.compact_after is not None:
        compactor = compaction.AutoCompactor(db, args.compact_after).start()
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            ssl_certfile=args.ssl_certfile,
            ssl_keyfile=args.ssl_keyfile,
            log_level="info",
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
        )
    finally:
        if compactor is not None:
            compactor.stop()
        db.close()
    return 0


def _with_db(action: Callable[[ServerDatabase, argparse.Namespace], str]) -> Callable[..., int]:
    def run(args: argparse.Namespace) -> int:
        db = _database(args)
        try:
            print(action(db, args))
        finally:
            db.close()
        return 0

    return run


def _add_user(db: ServerDatabase, args: argparse.Namespace) -> str:
    accounts.check_name(args.name)
    accounts.add_user(db, args.name, new_password(args.name), admin=args.admin, by=operator())
    return f"User {args.name} added{' as an administrator' if args.admin else ''}."


def _grant(db: ServerDatabase, args: argparse.Namespace) -> str:
    accounts.grant(db, args.name, args.partnership, args.role, by=operator())
    return f"{args.name} is now {args.role.lower()} of partnership {args.partnership}."


def _revoke(db: ServerDatabase, args: argparse.Namespace) -> str:
    accounts.revoke(db, args.name, args.partnership, by=operator())
    return f"{args.name} is no longer a member of partnership {args.partnership}."


def _reset_password(db: ServerDatabase, args: argparse.Namespace) -> str:
    ended = accounts.reset_password(db, args.name, new_password(args.name), operator())
    return f"New password set for {args.name}; {_sessions(ended)} ended."


def _disable(db: ServerDatabase, args: argparse.Namespace) -> str:
    ended = accounts.set_disabled(db, args.name, True, operator())
    return f"{args.name} is disabled and cannot sign in; {_sessions(ended)} ended."


def _enable(db: ServerDatabase, args: argparse.Namespace) -> str:
    accounts.set_disabled(db, args.name, False, operator())
    return f"{args.name} can sign in again."


def _revoke_tokens(db: ServerDatabase, args: argparse.Namespace) -> str:
    ended = accounts.revoke_tokens(db, args.name, operator())
    return f"{_sessions(ended).capitalize()} of {args.name} ended; they sign in again to sync."


def _audit(db: ServerDatabase, args: argparse.Namespace) -> str:
    rows = accounts.audit_log(db, args.limit)
    if not rows:
        return "No administrator's action is recorded yet."
    return "\n".join(
        f"{row.at:%Y-%m-%d %H:%M:%S} UTC  {row.action:<15} {row.account:<24} by {row.by}"
        + (f"  ({row.detail})" if row.detail else "")
        for row in rows
    )


def _compact(db: ServerDatabase, args: argparse.Namespace) -> str:
    done = compaction.compact(db, args.older_than)
    # Also a file made before the server gave space back by itself: this VACUUM switches
    # it to auto_vacuum=INCREMENTAL (docs/sync.md, "Compaction").
    if done.removed or done.uploads.freed or done.files.freed or not compaction.gives_back(db):
        compaction.reclaim(db)
    return done.sentence()


def _sessions(count: int) -> str:
    return "1 session" if count == 1 else f"{count} sessions"


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "serve": _serve,
    "add-user": _with_db(_add_user),
    "grant": _with_db(_grant),
    "revoke": _with_db(_revoke),
    "reset-password": _with_db(_reset_password),
    "disable": _with_db(_disable),
    "enable": _with_db(_enable),
    "revoke-tokens": _with_db(_revoke_tokens),
    "audit": _with_db(_audit),
    "compact": _with_db(_compact),
}


# Allocations between two automatic collections of the youngest generation (Python's
# default is 700). A pushed batch of 2,000 changes makes hundreds of thousands of objects,
# nearly all freed by reference counting as soon as they are dropped; at 700 the collector
# ran about 250 times in a sync of 20,000 changes and, through them, full collections
# that took 10-30 % of the server's time (docs/performance.md, eighth round). Objects in
# reference cycles are still collected, a little later, by the same collector.
GC_YOUNG_THRESHOLD = 50_000


def settle_heap() -> None:
    """Once the app is loaded: what exists now (modules, the app, the models) lives as
    long as the server, so it is kept out of the garbage collector's sight, and the
    collector runs less often (``GC_YOUNG_THRESHOLD``)."""
    gc.collect()
    gc.freeze()
    _young, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, older, oldest)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return HANDLERS[args.command or "serve"](args)
    except WopdeskError as exc:
        print(f"wopdesk-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
