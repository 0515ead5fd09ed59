"""The look shared by every report: A4 pages with a header band and footer, styles, tables.

A report module builds a list of flowables with the helpers here and hands it to
``write_report``, which lays it out with "Page X of Y" on every page and writes the PDF
atomically (a temporary file renamed over the target), so a half-built PDF never exists.
"""

import datetime as dt
import errno
import html
import os
import re
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wopdesk.domain.i18n import current_language
from wopdesk.errors import WopdeskError
from wopdesk.files import cannot_write, match_umask
from wopdesk.reports.extraction import ExtractableText
from wopdesk.reports.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    markup,
    needs_shaping,
    register_fonts,
    text_outline,
)
from wopdesk.reports.text import _, page_of, printed_on, unbreakable

# Binary streams: ASCII85 makes every photo 25 % bigger, and encoding it in pure Python
# took most of the build time of a visit with twelve photos.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
BAND_HEIGHT = 24 * mm
FOOTER_TOP = MARGIN + 1 * mm  # top of the footer's line of text
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN

NAVY = colors.HexColor("#0B3C5D")
TEAL = colors.HexColor("#1D7A8C")
SKY = colors.HexColor("#D9ECF2")
ZEBRA = colors.HexColor("#F1F6F9")
RULE = colors.HexColor("#C5D3DC")
MUTED = colors.HexColor("#5B6B79")
INK = colors.HexColor("#1B2631")
RED = colors.HexColor("#C0392B")
GREEN = colors.HexColor("#2E8B57")
AMBER = colors.HexColor("#D68910")
GREY = colors.HexColor("#95A5A6")


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": SANS, "fontSize": 9.5, "leading": 13.5, "textColor": INK}
    base.update(values)
    return ParagraphStyle(name, **base)


STYLES = {
    "title": _style("title", fontName=SANS_BOLD, fontSize=21, leading=26, textColor=NAVY),
    "subtitle": _style("subtitle", fontSize=12.5, leading=16, textColor=TEAL, spaceAfter=8),
    "h2": _style(
        "h2",
        fontName=SANS_BOLD,
        fontSize=13,
        leading=16,
        textColor=NAVY,
        spaceBefore=14,
        keepWithNext=1,
    ),
    "h3": _style(
        "h3",
        fontName=SANS_BOLD,
        fontSize=10.5,
        leading=14,
        spaceBefore=8,
        spaceAfter=3,
        keepWithNext=1,
    ),
    "body": _style("body", spaceAfter=5),
    "muted": _style("muted", fontName=SANS_ITALIC, textColor=MUTED, spaceAfter=4),
    "small": _style("small", fontSize=7.8, leading=10, textColor=MUTED),
    # A short note that introduces a table: never left alone at the foot of a page.
    "intro": _style(
        "intro", fontSize=7.8, leading=10, textColor=MUTED, spaceAfter=4, keepWithNext=1
    ),
    "cell": _style("cell", fontSize=8.5, leading=11),
    "cell_right": _style("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
    "cell_bold": _style("cell_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11),
    "cell_small": _style("cell_small", fontSize=7.5, leading=9.5, textColor=MUTED),
    "head": _style("head", fontName=SANS_BOLD, fontSize=8.3, leading=10.5, textColor=colors.white),
    "head_right": _style(
        "head_right",
        fontName=SANS_BOLD,
        fontSize=8.3,
        leading=10.5,
        textColor=colors.white,
        alignment=TA_RIGHT,
    ),
    "key": _style("key", fontName=SANS_BOLD, fontSize=8.3, leading=11, textColor=MUTED),
    "figure": _style(
        "figure", fontName=SANS_BOLD, fontSize=17, leading=21, textColor=NAVY, alignment=TA_CENTER
    ),
    "figure_label": _style(
        "figure_label", fontSize=7.8, leading=10, textColor=MUTED, alignment=TA_CENTER
    ),
    "caption": _style("caption", fontSize=8, leading=10.5, textColor=MUTED),
    "band_title": _style(
        "band_title", fontName=SANS_BOLD, fontSize=12.5, leading=15, textColor=colors.white
    ),
    "band_text": _style("band_text", fontSize=8.3, leading=10.5, textColor=colors.white),
    "band_right": _style(
        "band_right", fontSize=8.3, leading=10.5, textColor=colors.white, alignment=TA_RIGHT
    ),
    "footer": _style("footer", fontSize=7.5, leading=9, textColor=MUTED),
    "footer_centre": _style(
        "footer_centre", fontSize=7.5, leading=9, textColor=MUTED, alignment=TA_CENTER
    ),
    "draft": _style("draft", fontName=SANS_BOLD, fontSize=10, leading=13, textColor=RED),
}

_shaped: dict[str, ParagraphStyle] = {}


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table's style, its cells' own font set to ours.

    ReportLab sets each cell's font before drawing it, Helvetica unless told, which
    puts a font in the PDF that it does not carry, even when every cell holds a
    paragraph of its own font.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of plain ``text`` (never markup), shaped when a complex script needs it."""
    register_fonts()
    chosen = STYLES[style]
    if needs_shaping(text):
        if style not in _shaped:
            _shaped[style] = ParagraphStyle(f"{style}-shaped", parent=chosen, shaping=1)
        chosen = _shaped[style]
    text = unbreakable(text) if text else text
    return Paragraph(markup(text, bold=chosen.fontName == SANS_BOLD), chosen)


def text_block(text: str | None) -> list[Flowable]:
    """Long free text (notes) as paragraphs that can flow over many pages."""
    if not text or not text.strip():
        return [none_recorded()]
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [para(block) for block in blocks if block]


def none_recorded() -> Paragraph:
    return para(_("None recorded."), "muted")


def heading(text: str) -> list[Flowable]:
    """A section heading with a rule under it, kept with what follows."""
    rule = HRFlowable(width="100%", thickness=1.2, color=TEAL, spaceBefore=2, spaceAfter=6)
    rule.keepWithNext = 1
    return [para(text, "h2"), rule]


Cell: TypeAlias = str | Flowable | list[Flowable] | None
"""A table cell: plain text, or flowables already built."""


def _cell(value: Cell, style: str) -> Flowable | list[Flowable]:
    if isinstance(value, Flowable | list):
        return value
    return para("" if value is None else str(value), style)


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    total_row: bool = False,
) -> Flowable:
    """A table with a navy header row repeated on every page and zebra rows.

    ``widths`` are the fractions of the text width each column would like; the columns
    are then fitted to their content (see ``fit_widths``). ``right`` are the columns of
    figures. An empty ``rows`` gives "None recorded." instead of a headless, broken table.
    """
    if not rows:
        return none_recorded()
    header = [_cell(h, "head_right" if i in right else "head") for i, h in enumerate(headers)]
    body = [
        [_cell(value, "cell_right" if i in right else "cell") for i, value in enumerate(row)]
        for row in rows
    ]
    columns = [[row[i] for row in [header, *body]] for i in range(len(header))]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if total_row:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), SKY),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, NAVY),
        ]
    table = Table(
        [header, *body],
        colWidths=fit_widths(columns, [w * FRAME_WIDTH for w in widths]),
        repeatRows=1,
        # Rows split across pages only when one may be taller than a page: a row cut in
        # two reads badly, but a table that cannot be laid out at all is worse.
        splitInRow=int(_longest_text(rows) > _ROW_SPLIT_CHARS),
        hAlign="LEFT",
    )
    table.setStyle(table_style(commands))
    return table


_ROW_SPLIT_CHARS = 1500
_CELL_PADDING = 10  # the table's left and right padding of a cell
_TAG = re.compile(r"<[^>]+>")


def _paragraphs(cell: Flowable | list[Flowable]) -> list[Paragraph]:
    items = cell if isinstance(cell, list) else [cell]
    return [item for item in items if isinstance(item, Paragraph)]


# Where a line may break: any white space but the no-break space (str.split breaks there).
_BREAKS = re.compile(r"[^\S\u00a0]+")


def _text_widths(cell: Flowable | list[Flowable]) -> tuple[float, float]:
    """The width of a cell's longest word and of its longest line set without wrapping."""
    longest_word = longest_line = 0.0
    for paragraph in _paragraphs(cell):
        style = paragraph.style
        text = html.unescape(_TAG.sub("", paragraph.text))
        for line in text.splitlines() or [""]:
            width = stringWidth(line, style.fontName, style.fontSize)
            longest_line = max(longest_line, width)
            for word in _BREAKS.split(line):
                word_width = stringWidth(word, style.fontName, style.fontSize)
                longest_word = max(longest_word, word_width)
    return longest_word, longest_line


def fit_widths(
    columns: Sequence[Sequence[Flowable | list[Flowable]]], wanted: Sequence[float]
) -> list[float]:
    """Column widths that never break a word and give short columns only what they need.

    A column starts with the width it ``wanted``. One whose whole content fits in less
    (dates, figures, statuses) shrinks to it, and the room it frees goes to the columns
    whose text wraps; then every column is widened to its longest word (a header such as
    "Importante" must not print as "Importa|nte"), taking the room from the columns with
    the most to spare. Only when the longest words alone are wider than the page do
    words break.
    """
    total = sum(wanted)
    measures = [[_text_widths(cell) for cell in column] for column in columns]
    least = [max(word for word, _line in m) + _CELL_PADDING + 1 for m in measures]
    natural = [max(line for _word, line in m) + _CELL_PADDING + 1 for m in measures]
    widths = [
        min(want, max(nat, low)) for want, nat, low in zip(wanted, natural, least, strict=True)
    ]
    freed = total - sum(widths)
    hungry = [i for i, width in enumerate(widths) if natural[i] > width] or list(range(len(widths)))
    share = sum(wanted[i] for i in hungry) or 1.0
    for i in hungry:
        widths[i] += freed * wanted[i] / share
    return _widen_to_words(widths, least)


def _widen_to_words(widths: list[float], least: Sequence[float]) -> list[float]:
    missing = sum(max(0.0, low - width) for width, low in zip(widths, least, strict=True))
    if missing <= 0:
        return widths
    spare = [max(0.0, width - low) for width, low in zip(widths, least, strict=True)]
    room = sum(spare)
    if room < missing:
        return widths  # the words are wider than the page: let them break
    return [
        max(width, low) - (missing * extra / room)
        for width, low, extra in zip(widths, least, spare, strict=True)
    ]


def _longest_text(rows: Sequence[Sequence[Cell]]) -> int:
    longest = 0
    for row in rows:
        for value in row:
            if isinstance(value, str):
                longest = max(longest, len(value))
            elif isinstance(value, list):
                longest = max(longest, sum(len(getattr(f, "text", "")) for f in value))
            elif isinstance(value, Paragraph):
                longest = max(longest, len(value.text))
    return longest


def facts_table(pairs: Sequence[tuple[str, Cell]]) -> Flowable:
    """Key facts as label/value pairs, two pairs to a row."""
    cells = [(para(key, "key"), _cell(value, "cell")) for key, value in pairs if value]
    rows = []
    for i in range(0, len(cells), 2):
        left = cells[i]
        right = cells[i + 1] if i + 1 < len(cells) else ("", "")
        rows.append([*left, *right])
    if not rows:
        return none_recorded()
    table = Table(rows, colWidths=[w * FRAME_WIDTH for w in (0.15, 0.35, 0.15, 0.35)])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def key_figures(figures: Sequence[tuple[str, str]]) -> Flowable:
    """A strip of big numbers with their labels, the first thing a board member reads."""
    cells = [[para(value, "figure"), para(label, "figure_label")] for value, label in figures]
    table = Table([cells], colWidths=[FRAME_WIDTH / len(figures)] * len(figures))
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SKY),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def side_by_side(left: Flowable, right: Flowable, left_share: float = 0.5) -> Flowable:
    table = Table(
        [[left, right]],
        colWidths=[FRAME_WIDTH * left_share, FRAME_WIDTH * (1 - left_share)],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8),
            ]
        )
    )
    return table


def draft_banner(text: str) -> Flowable:
    table = Table([[para(text, "draft")]], colWidths=[FRAME_WIDTH])
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, RED),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FDEDEC")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def keep(*flowables: Flowable) -> Flowable:
    return KeepTogether(list(flowables))


def gap(height_mm: float = 4) -> Flowable:
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True, slots=True)
class Author:
    """Who prepares the reports: printed in every footer and set as the PDF's author."""

    name: str = ""
    organisation: str = ""

    def __str__(self) -> str:
        return ", ".join(part for part in (self.name.strip(), self.organisation.strip()) if part)


_author = Author()


def set_author(author: Author) -> None:
    """The author every report built from now on names (the app's Settings set it)."""
    global _author
    _author = author


def current_author() -> Author:
    return _author


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What the header band and footer of every page say."""

    report: str  # "Visit summary"
    subject: str  # the partnership (or the person of a learning record)
    detail: str  # right of the band: dates, "as of"…
    printed: dt.date
    draft: bool = False


@dataclass(frozen=True, slots=True)
class ReportResult:
    """A written report: where, how many pages, and notes for the person (a missing photo)."""

    path: Path
    pages: int
    notes: tuple[str, ...] = ()


class _ReportDocument(BaseDocTemplate):
    def __init__(self, target: BinaryIO, decor: PageDecor, title: str) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=BAND_HEIGHT + 9 * mm,
            bottomMargin=FOOTER_TOP + 7 * mm,
            title=title,
            author=str(_author) or "WOPdesk",
            creator="WOPdesk",
            subject=decor.subject,
            keywords=["WOPdesk", _("Water Operators’ Partnership"), decor.report],
            lang=current_language(),
            # The canvas would otherwise start in Helvetica, which a PDF names without
            # carrying it: every font a WOPdesk PDF uses is embedded.
            initialFontName=SANS,
        )
        self.decor = decor
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        decor = self.decor
        canvas.saveState()
        band_bottom = PAGE_HEIGHT - BAND_HEIGHT
        canvas.setFillColor(NAVY)
        canvas.rect(0, band_bottom, PAGE_WIDTH, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(TEAL)
        canvas.rect(0, band_bottom - 1.2 * mm, PAGE_WIDTH, 1.2 * mm, stroke=0, fill=1)
        left_width = FRAME_WIDTH * 0.7
        right_width = FRAME_WIDTH * 0.3
        right_x = PAGE_WIDTH - MARGIN - right_width
        _draw_at(canvas, para(decor.report, "band_title"), MARGIN, PAGE_HEIGHT - 7 * mm, left_width)
        subject = para(_ellipsis(decor.subject, 100), "band_text")
        _draw_at(canvas, subject, MARGIN, PAGE_HEIGHT - 14 * mm, left_width)
        _draw_at(
            canvas, para(decor.detail, "band_right"), right_x, PAGE_HEIGHT - 7.5 * mm, right_width
        )
        if decor.draft:
            _draw_badge(canvas, _("DRAFT"), PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 19.5 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, FOOTER_TOP + 2 * mm, PAGE_WIDTH - MARGIN, FOOTER_TOP + 2 * mm)
        self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas) -> None:
        """One line: printing date (and DRAFT) left, the subject centred, the page number right.

        Each part is measured, so none wraps onto a second line or runs into another;
        the subject alone is shortened, with an ellipsis, when room is short.
        """
        decor = self.decor
        style = STYLES["footer"]
        left_text = printed_on(decor.printed) + " · WOPdesk"
        if str(_author):
            # A long name or organisation is shortened: the subject and page number keep room.
            prepared = _("Prepared by {author}").format(author=str(_author))
            left_text += " · " + fit_line(
                prepared, style.fontName, style.fontSize, FRAME_WIDTH * 0.35
            )
        if decor.draft:
            left_text += " · " + _("DRAFT")
        left_width = stringWidth(left_text, style.fontName, style.fontSize) + 2
        _draw_at(canvas, para(left_text, "footer"), MARGIN, FOOTER_TOP, left_width)
        start = MARGIN + left_width + 4 * mm
        end = PAGE_WIDTH - MARGIN - _PAGE_NUMBER_ROOM
        centre = fit_line(decor.subject, style.fontName, style.fontSize, end - start)
        # Centred on the page when it fits there, else in the room between the two ends.
        middle = PAGE_WIDTH / 2
        span = 2 * min(middle - start, end - middle)
        if stringWidth(centre, style.fontName, style.fontSize) > span:
            middle, span = (start + end) / 2, end - start
        _draw_at(canvas, para(centre, "footer_centre"), middle - span / 2, FOOTER_TOP, span)


_PAGE_NUMBER_ROOM = 26 * mm  # "Página 188 de 188" and a gap


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` as it fits on one line of ``width`` points, cut with an ellipsis if need be."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text.strip() else ""


def _ellipsis(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _draw_at(canvas: Canvas, paragraph: Paragraph, x: float, top: float, width: float) -> None:
    """Draw ``paragraph`` with its top at ``top``."""
    _width, height = paragraph.wrap(width, BAND_HEIGHT)
    paragraph.drawOn(canvas, x, top - height)


def _draw_badge(canvas: Canvas, text: str, right: float, bottom: float) -> None:
    canvas.setFont(SANS_BOLD, 9.5)
    width = canvas.stringWidth(text, SANS_BOLD, 9.5) + 6 * mm
    canvas.setFillColor(RED)
    canvas.roundRect(right - width, bottom, width, 5.5 * mm, 1.5 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.drawCentredString(right - width / 2, bottom + 1.7 * mm, text)


WATERMARK_LENGTH = 175 * mm  # the longest a draft watermark may be, along its slant


def _draw_watermark(canvas: Canvas, text: str) -> None:
    """The big faint slanted word of a draft, drawn as the outlines of its letters.

    Drawn as text, its letters came out of text extraction mixed into the page's lines
    ("O", "UI", "LL" between the words); poppler ignores an ``/Artifact`` mark, so the
    letters are shapes.
    """
    path, width = text_outline(text, SANS_BOLD, 120)
    canvas.saveState()
    canvas.setFillColor(RED)
    canvas.setFillAlpha(0.08)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2 - 20 * mm)
    canvas.rotate(50)
    # 120 pt suits "DRAFT"; a longer word ("BROUILLON", "BORRADOR") gets smaller to stay
    # on the page.
    shrink = min(1.0, WATERMARK_LENGTH / width)
    canvas.scale(shrink, shrink)
    canvas.translate(-width / 2, 0)
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    canvas.restoreState()


def _numbered_canvas(pages_seen: list[int], draft: bool) -> type[Canvas]:
    """A canvas that holds every page until the end, then writes "Page X of Y" on each.

    A draft's watermark is drawn then too, over the content (faintly), so that no table
    background can hide it.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def beginText(  # noqa: N802 (ReportLab's name)
            self, x: float = 0, y: float = 0, direction: str | None = None
        ) -> ExtractableText:
            """Every string is drawn through this: shaped runs keep their typed text."""
            return ExtractableText(self, x, y, direction=direction)

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                if draft:
                    _draw_watermark(self, _("DRAFT"))
                self.setFont(SANS, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_TOP - 7.5, page_of(number, total))
                super().showPage()
            pages_seen.append(total)
            super().save()

    return NumberedCanvas


# ReportLab keeps global state (font subsets, shaping caches): one report at a time.
_build_lock = threading.Lock()


def write_report(
    output: Path,
    story: Sequence[Flowable] | Callable[[], Sequence[Flowable]],
    decor: PageDecor,
    title: str,
    notes: Sequence[str] = (),
) -> ReportResult:
    """Lay ``story`` out on decorated pages and write the PDF atomically to ``output``."""
    register_fonts()
    output = Path(output)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        missing = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))
        raise WopdeskError(cannot_write(output, missing))
    pages: list[int] = []
    try:
        handle = tempfile.NamedTemporaryFile(
            dir=folder, prefix=f".{output.name}.", suffix=".part", delete=False
        )
    except OSError as exc:
        raise WopdeskError(cannot_write(output, exc)) from None
    try:
        with handle, _build_lock:
            flowables = list(story() if callable(story) else story)
            document = _ReportDocument(handle, decor, title)  # type: ignore[arg-type]
            document.build(flowables, canvasmaker=_numbered_canvas(pages, decor.draft))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, output)
        match_umask(output)  # a report is the person's file, not a private temporary one
    except OSError as exc:
        Path(handle.name).unlink(missing_ok=True)
        raise WopdeskError(cannot_write(output, exc)) from None
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return ReportResult(output, pages[-1] if pages else 0, tuple(notes))
