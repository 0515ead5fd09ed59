"""Typographic faults of the PDF reports: broken words, wrapped footers, fonts, metadata."""

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from tests.test_reports import SECOND_VISIT, TODAY, whole_text
from wopdesk.demo import DEMO_PARTNERSHIP_ID, bobo
from wopdesk.domain import i18n
from wopdesk.domain import vocab as v
from wopdesk.reports import charts
from wopdesk.reports.layout import FRAME_WIDTH, data_table, fit_widths, para
from wopdesk.reports.progress import build_progress_report
from wopdesk.reports.text import actions_done_label, format_position, unbreakable
from wopdesk.reports.visit import build_visit_summary
from wopdesk.storage.report_data import IndicatorStatus
from wopdesk.storage.store import Store

LANGUAGES = ["en", "fr", "es"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language(None)


@pytest.fixture
def reports(demo_store: Store, tmp_path: Path, language: str) -> list[Path]:
    """A draft visit summary and the progress report of the demo, in ``language``."""
    visit = build_visit_summary(demo_store, SECOND_VISIT, tmp_path / "visit.pdf", today=TODAY)
    progress = build_progress_report(
        demo_store, DEMO_PARTNERSHIP_ID, tmp_path / "progress.pdf", today=TODAY
    )
    return [visit.path, progress.path]


def _lines_of(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 1000)
    return [" ".join(line[1]) for line in paragraph.blPara.lines]


# --- words are never cut -----------------------------------------------------------------


def test_a_narrow_column_is_widened_to_its_longest_word() -> None:
    header = para("Importante", "head")
    cells = [para("2", "cell"), para("1", "cell")]
    long_text = [para("Factores favorables: una frase larga " * 4, "cell")] * 3
    widths = fit_widths([[header, *cells], long_text], [0.05 * FRAME_WIDTH, 0.95 * FRAME_WIDTH])
    assert _lines_of(header, widths[0] - 10) == ["Importante"]
    assert sum(widths) == pytest.approx(FRAME_WIDTH)


def test_short_columns_give_their_room_to_text_that_wraps() -> None:
    dates = [para("Due date", "head"), para("30 Sep 2026", "cell")]
    text = [para("What", "head"), para("Repeat the night step test in zones 1 and 2 " * 3, "cell")]
    widths = fit_widths([dates, text], [0.5 * FRAME_WIDTH, 0.5 * FRAME_WIDTH])
    assert widths[0] < 0.25 * FRAME_WIDTH
    assert _lines_of(dates[1], widths[0] - 10) == ["30 Sep 2026"]
    assert sum(widths) == pytest.approx(FRAME_WIDTH)


def test_words_wider_than_the_page_still_make_a_table() -> None:
    giant = "x" * 400
    table = data_table(["A", "B"], [[giant, giant]], [0.5, 0.5])
    width, _height = table.wrap(FRAME_WIDTH, 2000)
    assert width == pytest.approx(FRAME_WIDTH)


def test_no_table_word_is_cut_in_the_demo_reports(reports: list[Path], language: str) -> None:
    words = {
        "en": ["Activities", "Hours", "Share"],
        "fr": ["Heures", "Activités", "Transformationnel"],
        "es": ["Actividades", "Importante", "Proporción"],
    }[language]
    text = "\n".join(whole_text(path) for path in reports)
    for word in words:
        assert word in text, word


# --- numbers and units stay whole -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Reste -527\u202f200,00 INR pour finir le budget", "-527\u00a0200,00\u00a0INR"),
        ("Dépensé à ce jour (129 %) sur la période", "(129\u00a0%)"),
        ("Ramener l'eau non facturée de 27,6\u202f% à 22\u202f% en deux ans", "27,6\u00a0%"),
        ("Sur la période : 2\u202f327\u202f200,00 INR", "période\u00a0:"),
        ("Formation formelle en salle 12 h puis visite", "12\u00a0h"),
    ],
)
def test_a_number_keeps_its_digits_and_its_unit_on_one_line(text: str, whole: str) -> None:
    # ReportLab breaks lines at a narrow no-break space (the French digit group separator)
    # and at the plain space before "%" or ":", leaving "200,00 INR" or "%" alone on a line.
    for width in range(100, 400, 4):
        lines = _lines_of(para(text), width)
        assert any(whole in line for line in lines), (width, lines)


def test_a_column_is_widened_to_its_longest_unbreakable_amount() -> None:
    amount = [para("Reste", "head"), para("1\u202f800\u202f000,00 INR", "cell")]
    text = [para("Note", "head"), para("Une longue explication qui peut passer à la ligne " * 4)]
    widths = fit_widths([amount, text], [0.05 * FRAME_WIDTH, 0.95 * FRAME_WIDTH])
    assert _lines_of(amount[1], widths[0] - 10) == ["1\u00a0800\u00a0000,00\u00a0INR"]


def test_the_reporting_period_is_written_the_readers_way(
    reports: list[Path], language: str
) -> None:
    text = whole_text(reports[1])
    english = re.findall(r"\b20\d\d [QH][1-4]\b", text)
    if language == "en":
        assert english
    else:
        assert not english
        assert re.search(r"\b[TS][1-4] 20\d\d\b", text)


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", "GPS 17.2833, 74.1833"),
        ("fr", "GPS 17,2833\u00a0; 74,1833"),
        ("es", "GPS 17,2833; 74,1833"),
    ],
)
def test_a_position_keeps_its_two_coordinates_apart(language: str, written: str) -> None:
    # With a decimal comma, "17,2833, 74,1833" reads as four numbers.
    i18n.set_language(language)
    try:
        assert unbreakable(format_position(17.2833, 74.1833)) == written
    finally:
        i18n.set_language(None)


@pytest.mark.parametrize(
    ("language", "north_south", "south_south"),
    [("fr", "Nord-Sud", "Sud-Sud"), ("es", "Norte-Sur", "Sur-Sur")],
)
def test_partnership_types_join_their_poles_with_a_hyphen(
    language: str, north_south: str, south_south: str
) -> None:
    # French and Spanish write "coopération Sud-Sud", "cooperación Sur-Sur": a hyphen, where
    # English typesetting uses an en dash.
    assert i18n.label(v.PartnershipType.NORTH_SOUTH, language) == north_south
    assert i18n.label(v.PartnershipType.SOUTH_SOUTH, language) == south_south


# --- footer, fonts and metadata ------------------------------------------------------------


def _baselines_below(page: PageObject, height: float) -> set[float]:
    """The baselines of the text a page writes below ``height`` points (its footer)."""
    found: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y < height:
            found.add(round(y))

    page.extract_text(visitor_text=visit)
    return found


def _footer_baselines(path: Path) -> list[set[float]]:
    return [_baselines_below(page, 26 * mm) for page in PdfReader(path).pages]


def test_the_footer_is_one_line_on_every_page(reports: list[Path]) -> None:
    for path in reports:
        for baselines in _footer_baselines(path):
            assert baselines
            assert max(baselines) - min(baselines) <= 3, baselines


def _fonts(path: Path) -> Iterator[dict[str, object]]:
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font", {})
        for key in fonts:
            yield fonts[key].get_object()


def test_every_font_is_embedded(reports: list[Path]) -> None:
    for path in reports:
        for font in _fonts(path):
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_pdfs_carry_title_author_subject_and_language(reports: list[Path], language: str) -> None:
    for path in reports:
        reader = PdfReader(path)
        metadata = reader.metadata
        assert metadata is not None
        assert metadata.title
        assert metadata.author
        assert metadata.subject
        assert reader.trailer["/Root"]["/Lang"] == language
        keywords = str(metadata.get("/Keywords", ""))
        assert "'" not in keywords
        if language != "en":
            assert "Water Operators" not in keywords


# --- figures agree with their tables ------------------------------------------------------


def test_the_headline_counts_the_actions_the_table_lists(demo_store: Store, tmp_path: Path) -> None:
    i18n.set_language("en")
    try:
        out = build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, tmp_path / "p.pdf", TODAY)
        text = whole_text(out.path)
    finally:
        i18n.set_language(None)
    # One of the demo's actions is dropped: the headline says what it leaves out.
    done = [a for a in bobo.ACTIONS if a.status == v.ActionStatus.DONE]
    dropped = [a for a in bobo.ACTIONS if a.status == v.ActionStatus.DROPPED]
    assert len(dropped) == 1
    assert f"{len(done)} / {len(bobo.ACTIONS) - len(dropped)}" in text
    assert "actions done (1 dropped, not counted)" in text


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("fr", "actions terminées (1 abandonnée, non comptée)", "(2 abandonnées, non comptées)"),
        ("es", "acciones terminadas (1 descartada, no contada)", "(2 descartadas, no contadas)"),
    ],
)
def test_the_dropped_actions_agree_in_number(language: str, one: str, two: str) -> None:
    # Not "1 abandonnée(s), non comptée(s)".
    i18n.set_language(language)
    try:
        assert actions_done_label(1) == one
        assert actions_done_label(2).endswith(two)
        assert "(" not in actions_done_label(0)
    finally:
        i18n.set_language(None)


# --- charts ---------------------------------------------------------------------------------


def _status(target: float | None, benchmark: float | None) -> IndicatorStatus:
    return IndicatorStatus(
        name="Residual chlorine",
        code="X",
        unit="%",
        better_when=v.BetterWhen.HIGHER,
        utility="U",
        track="T",
        baseline_value=70.0,
        baseline_date=dt.date(2024, 3, 1),
        target_value=target,
        target_date=dt.date(2027, 1, 1),
        benchmark=benchmark,
        benchmark_source=None,
        readings=((dt.date(2024, 6, 1), 71.0), (dt.date(2025, 6, 1), 85.0)),
    )


def _series_names(status: IndicatorStatus) -> list[str]:
    drawing = charts.trend_chart(status, 80 * mm, 62 * mm)
    assert drawing is not None
    plot = next(c for c in drawing.contents if hasattr(c, "lines"))
    return [plot.lines[i].name for i in range(len(plot.data))]


def _plot_lines(status: IndicatorStatus) -> dict[str, Any]:
    drawing = charts.trend_chart(status, 80 * mm, 62 * mm)
    assert drawing is not None
    plot = next(c for c in drawing.contents if hasattr(c, "lines"))
    return {plot.lines[i].name: plot.lines[i] for i in range(len(plot.data))}


def test_a_target_at_the_benchmark_keeps_both_lines_and_both_legend_entries() -> None:
    names = _series_names(_status(95.0, 95.0))
    assert names == ["Actual", "Baseline", "Benchmark (= target)", "Target", "Target date"]
    lines = _plot_lines(_status(95.0, 95.0))
    target, benchmark = lines["Target"], lines["Benchmark (= target)"]
    # Drawn one over the other, they differ in dash, colour and width, so both show.
    assert target.strokeDashArray != benchmark.strokeDashArray
    assert target.strokeColor != benchmark.strokeColor
    assert benchmark.strokeWidth > target.strokeWidth
    assert _series_names(_status(90.0, 95.0)) == [
        "Actual",
        "Baseline",
        "Benchmark",
        "Target",
        "Target date",
    ]


def test_the_legend_drawn_names_the_target_and_the_benchmark_when_they_are_equal() -> None:
    drawing = charts.trend_chart(_status(95.0, 95.0), 80 * mm, 62 * mm)
    assert drawing is not None
    pdf = renderPDF.drawToString(drawing)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Target" in text
    assert "Benchmark (= target)" in text


def test_milestones_and_the_target_date_are_marked() -> None:
    status = replace(
        _status(95.0, 90.0),
        milestones=((dt.date(2025, 3, 1), 78.0), (dt.date(2026, 3, 1), 88.0)),
    )
    lines = _plot_lines(status)
    milestones, target_date = lines["Milestones"], lines["Target date"]
    plot_data = _plot_data(status)
    assert plot_data["Milestones"] == [(2025 + 59 / 365, 78.0), (2026 + 59 / 365, 88.0)]
    assert plot_data["Target date"] == [(2027.0, 95.0)]
    assert milestones.symbol.kind == "FilledSquare"
    assert target_date.symbol.kind == "FilledDiamond"
    assert milestones.lineStyle == target_date.lineStyle == "line"  # marks, no line


def _plot_data(status: IndicatorStatus) -> dict[str, list[tuple[float, float]]]:
    drawing = charts.trend_chart(status, 80 * mm, 62 * mm)
    assert drawing is not None
    plot = next(c for c in drawing.contents if hasattr(c, "lines"))
    return {plot.lines[i].name: list(plot.data[i]) for i in range(len(plot.data))}


def test_a_long_legend_takes_two_lines_instead_of_running_on(language: str) -> None:
    width = 80 * mm
    drawing = charts.trend_chart(_status(90.0, 95.0), width, 62 * mm)
    assert drawing is not None
    renderPDF.drawToString(drawing)  # the legend reads its names from the drawn plot
    legend = next(c for c in drawing.contents if hasattr(c, "colorNamePairs"))
    x0, _y0, x1, _y1 = legend.getBounds()
    assert x0 >= 0
    assert x1 <= width


def test_the_french_legend_calls_the_readings_real_values_not_a_headcount() -> None:
    # "Effectif" alone is the French noun for a headcount.
    i18n.set_language("fr")
    try:
        drawing = charts.trend_chart(_status(90.0, 95.0), 80 * mm, 62 * mm)
        assert drawing is not None
        plot = next(c for c in drawing.contents if hasattr(c, "lines"))
        names = [plot.lines[i].name for i in range(len(plot.data))]
        assert "Réel" in names
        assert "Effectif" not in names
    finally:
        i18n.set_language(None)


def test_a_report_gets_the_persons_usual_file_permissions(
    demo_store: Store, tmp_path: Path
) -> None:
    import os
    import stat

    out = build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, tmp_path / "p.pdf", TODAY)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.path.stat().st_mode) == 0o666 & ~mask  # not 0600
