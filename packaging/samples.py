"""Write the sample PDFs of both demo partnerships into ``docs/samples/``.

Each demo in the language its members write: the francophone one (Bobo-Dioulasso) in
French, the Indian one (Karad) in English, plus the francophone progress report in
Spanish. For each: the summary of the last final visit and of the draft visit, the
progress report and a mentee's learning record. Printed as of a fixed day, so running the
script again gives the same pages.

Usage: python packaging/samples.py [--out docs/samples]
"""

import argparse
import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from wopdesk.demo import (
    DEMO_PARTNERSHIP_ID,
    INDIA_PARTNERSHIP_ID,
    bobo,
    create_demo,
    demo_id,
    karad,
)
from wopdesk.demo.spec import Visit
from wopdesk.domain import i18n
from wopdesk.domain.vocab import VisitState
from wopdesk.reports.layout import ReportResult
from wopdesk.reports.learning import build_learning_record
from wopdesk.reports.progress import build_progress_report
from wopdesk.reports.visit import build_visit_summary
from wopdesk.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
PRINTED = dt.date(2026, 11, 20)

Build = Callable[[Store, Path], ReportResult]


def _visits(prefix: str, visits: tuple[Visit, ...]) -> tuple[str, str]:
    """Ids of the last final visit and of the draft one."""
    final = [v for v in visits if v.state == VisitState.FINAL][-1]
    (draft,) = [v for v in visits if v.state == VisitState.DRAFT]
    return demo_id(f"{prefix}visit:{final.key}"), demo_id(f"{prefix}visit:{draft.key}")


def samples() -> list[tuple[str, str, Build]]:
    """(file name, language, builder) of every sample."""
    bobo_final, bobo_draft = _visits(bobo.SPEC.prefix, bobo.VISITS)
    karad_final, karad_draft = _visits(karad.PREFIX, karad.VISITS)

    def visit(visit_id: str) -> Build:
        return lambda store, out: build_visit_summary(store, visit_id, out, PRINTED)

    def progress(partnership_id: str) -> Build:
        return lambda store, out: build_progress_report(store, partnership_id, out, PRINTED)

    def learning(person: str) -> Build:
        person_id = demo_id(f"person:{person}")
        return lambda store, out: build_learning_record(store, person_id, out, PRINTED)

    return [
        ("bobo-dioulasso_visit-summary_final_fr.pdf", "fr", visit(bobo_final)),
        ("bobo-dioulasso_visit-summary_draft_fr.pdf", "fr", visit(bobo_draft)),
        ("bobo-dioulasso_progress-report_fr.pdf", "fr", progress(DEMO_PARTNERSHIP_ID)),
        ("bobo-dioulasso_learning-record_fr.pdf", "fr", learning("mamadou")),
        ("bobo-dioulasso_progress-report_es.pdf", "es", progress(DEMO_PARTNERSHIP_ID)),
        ("karad_visit-summary_final_en.pdf", "en", visit(karad_final)),
        ("karad_visit-summary_draft_en.pdf", "en", visit(karad_draft)),
        ("karad_progress-report_en.pdf", "en", progress(INDIA_PARTNERSHIP_ID)),
        ("karad_learning-record_en.pdf", "en", learning("rahul")),
    ]


def write_samples(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="wopdesk-samples-") as data_dir:
        store = Store.open(data_dir)
        try:
            create_demo(store)
            for name, language, build in samples():
                i18n.set_language(language)
                try:
                    result = build(store, out_dir / name)
                finally:
                    i18n.set_language(None)
                print(f"{result.path.relative_to(out_dir.parent.parent)}: {result.pages} pages")
                written.append(result.path)
        finally:
            store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    args = parser.parse_args(argv)
    write_samples(args.out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
