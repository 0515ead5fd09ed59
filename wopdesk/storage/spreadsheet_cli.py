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
    """Import (or with ``--dry-run`` only check) a file of readings; each problem on a line."""

    def run(store: Store, partnership_id: str) -> int:
        try:
            if args.dry_run:
                plan = reading_import.preview_import(store, partnership_id, args.file)
                if plan.problems:
                    raise reading_import.ImportProblems(plan.problems)
            else:
                plan = reading_import.import_readings(store, partnership_id, args.file)
        except reading_import.ImportProblems as exc:
            for line in reading_import.problem_lines(exc.problems):
                print(f"wopdesk: {line}", file=sys.stderr)
            message = translate("spreadsheets", "Nothing was imported from {0}.")
            print(f"wopdesk: {message.format(args.file.name)}", file=sys.stderr)
            return 1
        if args.dry_run:
            print(translate("spreadsheets", "{0} can be imported.").format(args.file.name))
            print(plan.summary())
        else:
            print(translate("spreadsheets", "{0} imported.").format(args.file.name))
            print(plan.done_summary())
        return 0

    return _with_partnership(args, run)
