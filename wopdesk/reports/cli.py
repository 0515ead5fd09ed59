"""``wopdesk report …``: build a PDF from the local data."""

import argparse
import sys

from wopdesk.domain.i18n import set_language, translate
from wopdesk.reports.layout import ReportResult
from wopdesk.reports.text import _
from wopdesk.storage.lookup import partnership_named, person_named
from wopdesk.storage.store import Store


def run_report(args: argparse.Namespace) -> int:
    """Build the report asked for; an unknown id raises NotFoundError (one sentence, exit 1)."""
    chosen = getattr(args, "language", None)
    if chosen:
        set_language(chosen)
    store = Store.open(args.data_dir)
    try:
        result, what = _build(store, args)
        for note in result.notes:
            print(f"wopdesk: note: {note}", file=sys.stderr)
        pages = translate("reports", "%n page(s)", None, result.pages)
        print(
            _("{what} written to {path} ({pages}).").format(
                what=what, path=result.path, pages=pages
            )
        )
    finally:
        store.close()
        if chosen:
            set_language(None)  # in-process callers (tests) get the default back
    return 0


def _build(store: Store, args: argparse.Namespace) -> tuple[ReportResult, str]:
    if args.report_kind == "visit":
        from wopdesk.reports.visit import build_latest_visit_summary, build_visit_summary

        if args.latest:
            return build_latest_visit_summary(store, args.output), _("Visit summary")
        return build_visit_summary(store, args.visit_id, args.output), _("Visit summary")
    if args.report_kind == "progress":
        from wopdesk.reports.progress import build_progress_report

        period = getattr(args, "period", None)
        with store.reading() as session:
            partnership_id = partnership_named(session, args.partnership_id).id
        report = build_progress_report(store, partnership_id, args.output, period=period)
        return report, _("Progress report")
    from wopdesk.reports.learning import build_learning_record

    with store.reading() as session:
        person_id = person_named(session, args.person_id).id
    return build_learning_record(store, person_id, args.output), _("Learning record")
