"""``wopdesk export KIND PARTNERSHIP -o FILE``, ``wopdesk export --csv DIR | --xlsx FILE``
and ``wopdesk import-readings FILE``.

Every mistake in the words of the command (an unknown KIND, a format that is not csv or
xlsx or that the file's name contradicts, ``--template`` with another KIND) is one
sentence, found before the profile is opened; nothing is written.
"""

import argparse
import errno
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from wopdesk.domain.i18n import current_language, set_language, translate
from wopdesk.errors import StorageError, ValidationError
from wopdesk.files import cannot_write
from wopdesk.storage import reading_import, spreadsheets
from wopdesk.storage.store import Store

FORMATS = ("csv", "xlsx")


@contextmanager
def _language(chosen: str | None) -> Iterator[None]:
    """Speak ``chosen`` for the command; in-process callers (tests) get the default back."""
    if chosen:
        set_language(chosen)
    try:
        yield
    finally:
        if chosen:
            set_language(None)


def _with_partnership(
    args: argparse.Namespace, work: Callable[[Store, str], int], wanted: str | None = None
) -> int:
    with _language(args.language):
        return _in_partnership(args.data_dir, wanted or args.partnership, work)


def _in_partnership(
    data_dir: str | None, wanted: str | None, work: Callable[[Store, str], int]
) -> int:
    store = Store.open(data_dir)
    try:
        with store.reading() as session:
            partnership_id = spreadsheets.find_partnership(session, wanted).id
        return work(store, partnership_id)
    finally:
        store.close()


# --- one table: wopdesk export KIND PARTNERSHIP [--format csv|xlsx] -o FILE ---------------


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What ``wopdesk export KIND …`` was asked to write, checked."""

    kind: str
    partnership: str | None
    fmt: str
    target: Path
    template: bool


def _refused(message: str, *values: object) -> ValidationError:
    """The sentence ``message`` (already translated) with ``values`` put in."""
    return ValidationError(message.format(*values))


def export_request(args: argparse.Namespace) -> ExportRequest:
    """The request of ``wopdesk export KIND …``, or ValidationError with one sentence."""
    kind = args.kind
    if kind not in spreadsheets.EXPORT_KINDS:
        raise _refused(
            translate(
                "spreadsheets", "'{0}' is not something wopdesk export writes; name one of: {1}."
            ),
            kind,
            ", ".join(spreadsheets.EXPORT_KINDS),
        )
    if args.template and kind != spreadsheets.READINGS.name:
        raise _template_misused()
    if args.csv is not None or args.xlsx is not None:
        raise _refused(
            translate(
                "spreadsheets",
                "--csv and --xlsx write every table; to write one, name the file with -o FILE "
                "(and the format with --format csv or xlsx).",
            )
        )
    if args.output is None:
        raise _refused(
            translate(
                "spreadsheets", "Name the file to write with -o FILE (ending in .csv or .xlsx)."
            )
        )
    named, option = args.partnership_name, args.partnership
    if named and option and named != option:
        raise _refused(
            translate(
                "spreadsheets", "The partnership is named twice ('{0}' and '{1}'); name it once."
            ),
            named,
            option,
        )
    if args.output.expanduser().is_dir():
        error = IsADirectoryError(errno.EISDIR, "folder")
        raise StorageError(cannot_write(args.output.expanduser().resolve(), error))
    fmt, target = output_format(args.output, args.format)
    return ExportRequest(kind, named or option, fmt, target, bool(args.template))


def _template_misused() -> ValidationError:
    return _refused(
        translate(
            "spreadsheets",
            "--template writes the file an import of readings reads; write it with: "
            "wopdesk export readings PARTNERSHIP --template -o FILE.",
        )
    )


def output_format(target: Path, chosen: str | None) -> tuple[str, Path]:
    """The format to write and the file: ``--format`` or the file's ending, which must agree.

    A name with no ending gets the format's (``kolda`` -> ``kolda.csv``).
    """
    if chosen is not None and chosen.casefold() not in FORMATS:
        raise _refused(
            translate(
                "spreadsheets",
                "'{0}' is not a format wopdesk export writes; use --format csv or --format xlsx.",
            ),
            chosen,
        )
    fmt = chosen.casefold() if chosen else None
    ending = target.suffix.casefold()
    named = ending[1:] if ending[1:].isalpha() else ""
    if named and fmt and named != fmt:
        raise _refused(
            translate(
                "spreadsheets",
                "{0} ends in {1}, but --format says {2}; make them agree or leave --format out.",
            ),
            target.name,
            target.suffix,
            fmt,
        )
    if fmt is None:
        if named not in FORMATS:
            raise _refused(
                translate(
                    "spreadsheets",
                    "Say which format to write: end {0} with .csv or .xlsx, or add --format csv "
                    "or --format xlsx.",
                ),
                target.name,
            )
        fmt = named
    if not named:
        target = target.with_name(f"{target.name}.{fmt}")
    return fmt, target


def run_export_table(args: argparse.Namespace) -> int:
    """Write one table of a partnership, or the readings' import template, to one file."""
    with _language(args.language):
        request = export_request(args)

        def export(store: Store, partnership_id: str) -> int:
            language = current_language()
            if request.template:
                from wopdesk.storage.reading_template import export_template

                path = export_template(store, partnership_id, request.target, request.fmt, language)
                message = translate(
                    "spreadsheets", "Template for importing readings written to {0}."
                )
                print(message.format(path))
                return 0
            path = spreadsheets.export_table(
                store, partnership_id, request.kind, request.target, request.fmt, language
            )
            title = translate(spreadsheets.CONTEXT, spreadsheets.EXPORT_KINDS[request.kind].title)
            print(translate("spreadsheets", "{0} written to {1}.").format(title, path))
            return 0

        return _in_partnership(args.data_dir, request.partnership, export)


def check_without_kind(args: argparse.Namespace) -> None:
    """``wopdesk export`` with no KIND: every table (``--csv``/``--xlsx``) or the full
    backup (``-o FILE.zip``); a KIND's options, or a spreadsheet name for the backup, are
    one sentence."""
    with _language(args.language):
        if args.template:
            raise _template_misused()
        if args.format is not None:
            raise _refused(
                translate(
                    "spreadsheets",
                    "--format goes with a KIND: wopdesk export KIND PARTNERSHIP --format csv|xlsx "
                    "-o FILE.",
                )
            )
        if args.csv is not None or args.xlsx is not None:
            return
        if args.output is None:
            raise _refused(
                translate(
                    "spreadsheets",
                    "Say what to write: wopdesk export KIND PARTNERSHIP -o FILE (KIND one of {0}), "
                    "or wopdesk backup -o FILE.zip.",
                ),
                ", ".join(spreadsheets.EXPORT_KINDS),
            )
        if args.output.suffix.casefold() in (".csv", ".xlsx"):
            raise _refused(
                translate(
                    "spreadsheets",
                    "Name what to write into {0} before the partnership (one of {1}): "
                    "wopdesk export KIND PARTNERSHIP -o FILE; the full backup is wopdesk "
                    "backup -o FILE.zip.",
                ),
                args.output.name,
                ", ".join(spreadsheets.EXPORT_KINDS),
            )


def run_export(args: argparse.Namespace) -> int:
    """Write the partnership's tables as CSV files (``--csv``) or a workbook (``--xlsx``)."""

    def export(store: Store, partnership_id: str) -> int:
        language = current_language()
        if args.csv is not None:
            written = spreadsheets.export_csv(store, partnership_id, args.csv, language)
            message = translate("spreadsheets", "{0} CSV files written to {1}.")
            print(message.format(len(written), written[0].parent))
        else:
            path = spreadsheets.export_xlsx(store, partnership_id, args.xlsx, language)
            print(translate("spreadsheets", "Workbook written to {0}.").format(path))
        return 0

    return _with_partnership(args, export)


def run_import_readings(args: argparse.Namespace) -> int:
    """Import (or with ``--dry-run`` only check) a file of readings; each problem on a line.

    Bad rows refuse the whole file unless ``--skip-bad-rows``: then the good rows are
    written (in one transaction) and each bad one is still named on stderr. Rows that
    differ from a recorded reading replace it only with ``--replace-existing``; otherwise
    each is named and skipped.
    """
    replace = bool(getattr(args, "replace_existing", False))

    def run(store: Store, partnership_id: str) -> int:
        plan = reading_import.preview_import(
            store, partnership_id, args.file, replace_existing=replace
        )
        if plan.problems or (plan.bad_rows and not args.skip_bad_rows):
            return _refuse(plan)
        if not args.dry_run:
            try:
                plan = reading_import.import_readings(
                    store,
                    partnership_id,
                    args.file,
                    skip_bad_rows=args.skip_bad_rows,
                    replace_existing=replace,
                )
            except reading_import.ImportProblems as exc:  # the file changed meanwhile
                return _refuse(reading_import.ImportPlan(args.file, problems=exc.problems))
        _say_done(plan, dry_run=args.dry_run)
        return 0

    return _with_partnership(args, run)


def _refuse(plan: reading_import.ImportPlan) -> int:
    _print_problems(plan.all_problems())
    message = translate("spreadsheets", "Nothing was imported from {0}.")
    print(f"wopdesk: {message.format(plan.path.name)}", file=sys.stderr)
    good = len(plan.rows) - len(plan.bad_rows)
    if not plan.problems and good:
        hint = translate(
            "spreadsheets",
            "To import the good rows ({0}) and leave out the bad ones, add --skip-bad-rows.",
        )
        print(f"wopdesk: {hint.format(good)}", file=sys.stderr)
    return 1


def _print_problems(found: list[str]) -> None:
    for line in reading_import.problem_lines(found):
        print(f"wopdesk: {line}", file=sys.stderr)


def _say_replaced(plan: reading_import.ImportPlan) -> None:
    """Each row that differs from a recorded reading: replacing it, or skipped (and how not to)."""
    for line in reading_import.problem_lines(plan.replace_lines()):
        print(line)
    if plan.kept:
        hint = translate(
            "spreadsheets",
            "To replace the recorded values with those of these rows ({0}), add "
            "--replace-existing.",
        )
        print(hint.format(plan.kept))


def _say_done(plan: reading_import.ImportPlan, *, dry_run: bool) -> None:
    _print_problems(plan.row_problems())
    _say_replaced(plan)
    name = plan.path.name
    if dry_run:
        if plan.bad_rows:
            text = translate("spreadsheets", "{0} can be imported without its bad rows.")
        else:
            text = translate("spreadsheets", "{0} can be imported.")
        print(text.format(name))
        print(plan.summary())
        return
    if plan.bad_rows:
        print(translate("spreadsheets", "{0} imported without its bad rows.").format(name))
    else:
        print(translate("spreadsheets", "{0} imported.").format(name))
    print(plan.done_summary())
