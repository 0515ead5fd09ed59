"""The ``wopdesk`` command line: the desktop app by default, and the commands of DESIGN.md.

A user mistake prints one sentence to stderr and exits non-zero, never a traceback.
"""

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from wopdesk.domain.i18n import available_languages
from wopdesk.errors import WopdeskError

Handler = Callable[[argparse.Namespace], int]


def _add_data_dir(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="profile folder (default: WOPDESK_DATA_DIR, then the platform's data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wopdesk",
        description="WOPdesk: the offline-first companion of Water Operators' Partnerships. "
        "With no command, opens the desktop app.",
    )
    _add_data_dir(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        # Accepted after the command word too; SUPPRESS keeps the value given before it.
        _add_data_dir(sub, argparse.SUPPRESS)
        return sub

    command("app", "open the desktop app (the default)")
    command("demo", "create the two demo partnerships (running it again adds nothing)")

    report = command("report", "build a PDF report")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    visit = kinds.add_parser(
        "visit", help="visit summary: wopdesk report visit (ID|--latest) -o FILE"
    )
    target = visit.add_mutually_exclusive_group(required=True)
    target.add_argument("visit_id", nargs="?", metavar="ID")
    target.add_argument("--latest", action="store_true", help="the visit that started last")
    progress = kinds.add_parser("progress", help="partnership progress report")
    progress.add_argument("partnership_id", metavar="PARTNERSHIP")
    progress.add_argument(
        "--period",
        metavar="LABEL",
        help="reporting period such as 2026-Q3, 2026-H1 or 2026 (default: the latest "
        "with a progress record)",
    )
    learning = kinds.add_parser("learning", help="one person's learning record")
    learning.add_argument("person_id", metavar="PERSON")
    for sub in (visit, progress, learning):
        sub.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)
        sub.add_argument(
            "--language",
            choices=available_languages(),
            help="language of the report (default: WOPDESK_LANGUAGE, then the system's)",
        )
        _add_data_dir(sub, argparse.SUPPRESS)

    sync = command("sync", "sync now with a WOPdesk server")
    sync.add_argument("--server", required=True, metavar="URL")
    sync.add_argument("--user", required=True, metavar="NAME")

    export = command(
        "export",
        "write one table of a partnership as a CSV file or an Excel workbook: wopdesk export "
        "KIND PARTNERSHIP [--format csv|xlsx] -o FILE; with --csv DIR or --xlsx FILE, every "
        "table; with -o FILE.zip alone, the full backup (as wopdesk backup)",
    )
    export.add_argument(
        "kind",
        nargs="?",
        metavar="KIND",
        help="readings, learning, actions, expenses or visits",
    )
    export.add_argument(
        "partnership_name",
        nargs="?",
        metavar="PARTNERSHIP",
        help="its id, its title or a part of the title only it has (default: the only one)",
    )
    written = export.add_mutually_exclusive_group()
    written.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="the file to write (.csv or .xlsx; without a KIND, the full backup zip)",
    )
    written.add_argument(
        "--csv", metavar="DIR", type=Path, help="a folder for one CSV file per table"
    )
    written.add_argument(
        "--xlsx", metavar="FILE", type=Path, help="an Excel workbook with one sheet per table"
    )
    export.add_argument(
        "--format",
        metavar="csv|xlsx",
        help="the kind of file to write (default: from the ending of FILE)",
    )
    export.add_argument(
        "--template",
        action="store_true",
        help="with KIND readings: the file an import of readings reads (its heading row; "
        "a workbook adds the partnership's utilities and indicator codes)",
    )
    backup = command("backup", "write a full backup (database and files) to a zip")
    backup.add_argument("-o", "--output", required=True, metavar="FILE.zip", type=Path)
    readings = command(
        "import-readings", "import indicator readings from a CSV file or an Excel workbook"
    )
    readings.add_argument("file", metavar="FILE", type=Path)
    readings.add_argument(
        "--dry-run", action="store_true", help="check the file and say what it would do"
    )
    readings.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and leave out the bad ones (each is named); without it, "
        "any bad row means nothing is imported",
    )
    readings.add_argument(
        "--replace-existing",
        action="store_true",
        help="let rows that differ from a reading already recorded (same utility, indicator "
        "and period) replace its value; without it, such rows are named and skipped",
    )
    for sub in (export, readings):
        sub.add_argument(
            "--partnership",
            metavar="ID|TITLE",
            help="the partnership (by id or title); needed when there is more than one",
        )
        sub.add_argument(
            "--language",
            choices=available_languages(),
            help="language of headings and messages (default: WOPDESK_LANGUAGE, then the system's)",
        )
    restore = command("import", "restore a full backup zip into the data directory")
    restore.add_argument("archive", metavar="FILE.zip", type=Path)
    restore.add_argument(
        "--replace", action="store_true", help="set the current database aside and replace it"
    )
    command("backups", "list the automatic backups of the data directory, newest first")
    return parser


def _run_app(args: argparse.Namespace) -> int:
    from wopdesk.ui.app import run_app

    return run_app(args.data_dir)


def _run_demo(args: argparse.Namespace) -> int:
    from wopdesk.demo import create_demo
    from wopdesk.storage.store import Store

    store = Store.open(args.data_dir)
    try:
        created = create_demo(store)
    finally:
        store.close()
    where = store.data_dir
    print(f"Demo partnerships created in {where}." if created else f"Demo already in {where}.")
    return 0


def _run_report(args: argparse.Namespace) -> int:
    from wopdesk.reports.cli import run_report

    return run_report(args)


def _run_sync(args: argparse.Namespace) -> int:
    from wopdesk.sync.cli import run_sync

    return run_sync(args)


def _run_export(args: argparse.Namespace) -> int:
    from wopdesk.storage import spreadsheet_cli

    if args.kind is not None:
        return spreadsheet_cli.run_export_table(args)
    spreadsheet_cli.check_without_kind(args)
    if args.output is None:
        return spreadsheet_cli.run_export(args)
    return _run_backup(args)  # the name of the full backup before ``wopdesk backup``


def _run_backup(args: argparse.Namespace) -> int:
    from wopdesk.storage.backup import export_backup
    from wopdesk.storage.paths import resolve_data_dir

    written = export_backup(resolve_data_dir(args.data_dir), args.output)
    print(f"Backup written to {written}.")
    return 0


def _run_import(args: argparse.Namespace) -> int:
    from wopdesk.storage.backup import import_backup
    from wopdesk.storage.paths import resolve_data_dir

    import_backup(args.archive, resolve_data_dir(args.data_dir), replace=args.replace)
    print(f"Backup {args.archive} restored.")
    return 0


def _run_import_readings(args: argparse.Namespace) -> int:
    from wopdesk.storage.spreadsheet_cli import run_import_readings

    return run_import_readings(args)


def _run_backups(args: argparse.Namespace) -> int:
    from wopdesk.storage import auto_backup
    from wopdesk.storage.paths import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    found = auto_backup.backups(data_dir)
    if not found:
        print(f"No automatic backup in {data_dir} yet.")
    for info in found:
        contents = auto_backup.preview(info.path)
        counts = ", ".join(f"{n} {label}" for label, n in contents.counts)
        taken = info.taken_at.strftime("%Y-%m-%d %H:%M UTC")
        print(f"{taken}  {info.reason:<16} {info.size / 1e6:7.1f} MB  {info.path.name}")
        print(f"    {'; '.join(contents.partnerships) or 'no partnership'}: {counts}")
    return 0


HANDLERS: dict[str, Handler] = {
    "app": _run_app,
    "demo": _run_demo,
    "report": _run_report,
    "sync": _run_sync,
    "export": _run_export,
    "backup": _run_backup,
    "import": _run_import,
    "import-readings": _run_import_readings,
    "backups": _run_backups,
}


def _plain_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """``wopdesk`` or ``wopdesk --data-dir DIR``: the desktop app, parsed without argparse.

    Building every command's parser takes about 5 ms (argparse looks up gettext
    catalogues for its own texts), all of it before the app's window can appear.
    """
    words = list(argv)
    if len(words) == 1 and words[0].startswith("--data-dir="):
        words = ["--data-dir", words[0].removeprefix("--data-dir=")]
    if not words:
        return argparse.Namespace(data_dir=None, command=None)
    if len(words) == 2 and words[0] == "--data-dir" and words[1][:1] not in ("", "-"):
        return argparse.Namespace(data_dir=words[1], command=None)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = _plain_start(words) or build_parser().parse_args(words)
    handler = HANDLERS[args.command or "app"]
    try:
        return handler(args)
    except WopdeskError as exc:
        print(f"wopdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("wopdesk: interrupted.", file=sys.stderr)
        return 130


def entry() -> int:
    """The ``wopdesk`` program: ``main`` with logging and crash capture for the process.

    The desktop app installs its own (with an error dialog) when it starts; a command
    logs to the same file, and a crash of either leaves its traceback in the log folder.
    """
    from wopdesk import logs

    logs.configure_logging()
    words = sys.argv[1:]
    if words and words[0] in HANDLERS and words[0] != "app":
        logs.install_crash_handlers()
    return main(words)


if __name__ == "__main__":
    raise SystemExit(entry())
