"""The text a PDF reader extracts from the reports: what search and copy-paste get.

Read with poppler's ``pdftotext`` (what most Linux readers and many indexers use) and,
where it can, with pypdf. pypdf ignores ``/ActualText``, so shaped Devanagari is checked
with ``pdftotext`` only.
"""

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader
from reportlab.platypus import Flowable

from tests.test_reports import SECOND_VISIT, TODAY, whole_text
from wopdesk.demo import DEMO_PARTNERSHIP_ID, INDIA_PARTNERSHIP_ID, bobo, demo_id, karad
from wopdesk.domain import i18n
from wopdesk.domain.catalogue import by_code
from wopdesk.reports.layout import PageDecor, para, write_report
from wopdesk.reports.learning import build_learning_record
from wopdesk.reports.progress import build_progress_report
from wopdesk.reports.text import _
from wopdesk.reports.visit import build_visit_summary
from wopdesk.storage.store import Store

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)

LANGUAGES = ["en", "fr", "es"]
_DEVANAGARI = re.compile(r"[\u0900-\u097f][\u0900-\u097f ]*[\u0900-\u097f]")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language(None)


def pdftotext(path: Path, *options: str) -> str:
    """The document's text as poppler reads it, white space run together."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        check=True,
    )
    return " ".join(unicodedata.normalize("NFC", done.stdout.decode("utf-8")).split())


def devanagari_of(text: str) -> list[str]:
    """The Devanagari runs of ``text`` ("अनिल पवार" from "Anil Pawar (अनिल पवार)")."""
    return _DEVANAGARI.findall(unicodedata.normalize("NFC", text))


# --- shaped Devanagari comes back as typed ---------------------------------------------


def test_devanagari_names_extract_as_typed(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "karad.pdf"
    build_progress_report(demo_store, INDIA_PARTNERSHIP_ID, out, today=TODAY)
    priya = tmp_path / "priya.pdf"  # the coordinator, in no partnership's report
    build_learning_record(demo_store, demo_id("person:priya"), priya, today=TODAY)
    text = pdftotext(out) + pdftotext(priya)
    names = [n for row in (*karad.PEOPLE, *karad.UTILITIES) for n in devanagari_of(row.name)]
    # Vowel signs drawn before their consonant (ि), conjuncts (स्न) and ligatures (हु):
    # the names whose glyphs do not map back one to one are the ones this guards.
    assert {"अनिल पवार", "स्नेहल पाटील", "राहुल जाधव", "कराड नगर परिषद"} <= set(names)
    for name in names:
        # A name may wrap in a narrow column: compare with its words joined by spaces.
        assert name in text, name


def test_text_that_maps_one_to_one_carries_no_replacement(tmp_path: Path) -> None:
    out = tmp_path / "latin.pdf"
    story = [para("Zoë Lefèvre-Ñúñez, João Conceição, Dmitri Иванов"), para("राम")]
    write_report(out, story, PageDecor("Report", "Subject", "", TODAY), "Title")
    content = b"".join(page.get_contents().get_data() for page in PdfReader(out).pages)
    assert b"/ActualText" not in content
    assert "Zoë Lefèvre-Ñúñez, João Conceição, Dmitri Иванов" in pdftotext(out)
    assert "राम" in pdftotext(out)


@pytest.mark.parametrize("style", ["body", "cell_bold", "title", "footer"])
def test_shaped_text_extracts_as_typed_in_every_style(tmp_path: Path, style: str) -> None:
    out = tmp_path / "styles.pdf"
    names = ["अनिल पवार", "स्नेहल पाटील", "Priya (प्रिया रघुनाथन), कृष्ण", "श्री क्षेत्र"]
    story = [para(name, style) for name in names]
    write_report(out, story, PageDecor("अनिल", "राहुल जाधव", "", TODAY), "Title")
    text = pdftotext(out)
    for name in [*names, "अनिल", "राहुल जाधव"]:
        assert name in text, name


# --- the draft watermark is not text --------------------------------------------------


def _draft_and_final(tmp_path: Path) -> tuple[Path, Path]:
    def story() -> list[Flowable]:
        return [para(f"Paragraph {n}: " + "water supply and sanitation " * 8) for n in range(60)]

    paths = []
    for draft in (True, False):
        out = tmp_path / f"{'draft' if draft else 'final'}.pdf"
        decor = PageDecor("Visit summary", "Partnership", "", TODAY, draft=draft)
        write_report(out, story, decor, "Title")
        paths.append(out)
    return paths[0], paths[1]


def test_the_watermark_leaves_the_text_as_it_reads(tmp_path: Path, language: str) -> None:
    draft, final = _draft_and_final(tmp_path)
    mark = _("DRAFT")
    for read in (pdftotext, whole_text):
        draft_text, final_text = read(draft), read(final)
        # The band's badge and the footer say DRAFT in words; nothing else differs.
        unmarked = draft_text.replace(f"· {mark}", " ").replace(mark, " ")
        assert " ".join(unmarked.split()) == " ".join(final_text.split())
        assert draft_text.count(mark) == 2 * len(PdfReader(draft).pages)


def test_the_demo_draft_visit_has_no_stray_letters(
    demo_store: Store, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "visit.pdf"
    build_visit_summary(demo_store, SECOND_VISIT, out, today=TODAY)
    for page in range(1, len(PdfReader(out).pages) + 1):
        words = pdftotext(out, "-f", str(page), "-l", str(page)).split()
        # The watermark's letters came out as "O", "UI", "LL", "BR" between the words.
        stray = [w for w in words if w.isalpha() and w.isupper() and set(w) <= set(_("DRAFT"))]
        assert not [w for w in stray if w != _("DRAFT")], (page, stray)


def _middle_of_first_page(path: Path) -> Image.Image:
    """The middle of the first page, rendered by poppler in shades of grey."""
    subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", "-png", "-singlefile", str(path), str(path)],
        check=True,
    )
    with Image.open(f"{path}.png") as image:
        width, height = image.size
        return image.convert("L").crop((width // 4, height // 3, 3 * width // 4, 2 * height // 3))


def test_the_watermark_still_prints(tmp_path: Path, language: str) -> None:
    draft, final = (_middle_of_first_page(path) for path in _draft_and_final(tmp_path))
    # The same page with and without the mark: its faint letters darken a good share of
    # the middle of the page, and nothing there gets lighter.
    darker = ImageChops.subtract(final, draft)
    lighter = ImageChops.subtract(draft, final)
    histogram = darker.histogram()
    share = 1 - histogram[0] / sum(histogram)
    assert share > 0.1, share
    assert lighter.getextrema() == (0, 0)


# --- indicators are named by their framework's own number --------------------------------


@pytest.mark.parametrize(
    ("partnership", "demo"), [(DEMO_PARTNERSHIP_ID, bobo), (INDIA_PARTNERSHIP_ID, karad)]
)
def test_indicators_show_their_framework_number(
    demo_store: Store, tmp_path: Path, language: str, partnership: str, demo: ModuleType
) -> None:
    out = tmp_path / "progress.pdf"
    build_progress_report(demo_store, partnership, out, today=TODAY)
    text = pdftotext(out)
    for target in demo.TARGETS:
        definition = by_code()[target.code]
        # Once in the table, once above the indicator's chart.
        assert text.count(f"{definition.framework} {definition.number}") >= 2, target.code
        assert target.code not in text


def test_watermark_survives_an_empty_story(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    decor = PageDecor("Visit summary", "Partnership", "", dt.date(2026, 1, 2), draft=True)
    result = write_report(out, [para("")], decor, "Title")
    assert result.pages == 1
    assert pdftotext(out).count(_("DRAFT")) == 2
