"""``wopdesk export --csv DIR | --xlsx FILE`` and ``wopdesk import-readings FILE``."""

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from wopdesk.domain.i18n import current_language, set_language, translate
from wopdesk.storage import reading_import, spreadsheets
from wopdesk.storage.store import Store


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


def _with_partnership(args: argparse.Namespace, work: Callable[[Store, str], int]) -> int:
    with _language(args.language):
        store = Store.open(args.data_dir)
        try:
            with store.reading() as session:
                partnership_id = spreadsheets.find_partnership(session, args.partnership).id
            return work(store, partnership_id)
        finally:
            store.close()


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
