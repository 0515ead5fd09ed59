"""The Unicode fonts of the reports (Noto, shipped in resources/fonts) and script fallback.

Noto Sans covers Latin (French, Spanish, Portuguese names), Greek and Cyrillic; Noto Sans
Devanagari covers Hindi, Marathi and Nepali names. A paragraph is written in Noto Sans,
and each word Noto Sans cannot draw is switched to the first shipped font that can.
Complex scripts are shaped by HarfBuzz (ReportLab's ``shaping`` with uharfbuzz).
"""

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

import uharfbuzz
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.pathobject import PDFPathObject

from wopdesk.domain.resources import resources_dir
from wopdesk.errors import WopdeskError
from wopdesk.reports import extraction

SANS = "WOPSans"
SANS_BOLD = "WOPSans-Bold"
SANS_ITALIC = "WOPSans-Italic"
DEVANAGARI = "WOPSansDevanagari"
DEVANAGARI_BOLD = "WOPSansDevanagari-Bold"


@dataclass(frozen=True, slots=True)
class _Family:
    normal: tuple[str, str]
    bold: tuple[str, str]
    italic: tuple[str, str] | None = None


# The primary family first; the others are fallbacks, tried in order.
_FAMILIES = (
    _Family(
        (SANS, "NotoSans-Regular.ttf"),
        (SANS_BOLD, "NotoSans-Bold.ttf"),
        (SANS_ITALIC, "NotoSans-Italic.ttf"),
    ),
    _Family(
        (DEVANAGARI, "NotoSansDevanagari-Regular.ttf"),
        (DEVANAGARI_BOLD, "NotoSansDevanagari-Bold.ttf"),
    ),
)

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}
_SPACE = re.compile(r"(\s+)")


def register_fonts() -> None:
    """Register the shipped fonts with ReportLab once; a missing font file is one sentence."""
    with _lock:
        if _coverage:
            return
        folder = resources_dir() / "fonts"
        for family in _FAMILIES:
            italic = family.italic or family.normal
            for name, file_name in {family.normal, family.bold, italic}:
                try:
                    font = TTFont(name, str(folder / file_name))
                except OSError as exc:
                    raise WopdeskError(
                        f"The report font {file_name} is missing from {folder} ({exc.strerror})."
                    ) from None
                pdfmetrics.registerFont(font)
            family_name = family.normal[0]
            # <b> and <i> inside a paragraph find the bold and italic faces through these.
            addMapping(family_name, 0, 0, family.normal[0])
            addMapping(family_name, 1, 0, family.bold[0])
            addMapping(family_name, 0, 1, italic[0])
            addMapping(family_name, 1, 1, family.bold[0])
        for family in _FAMILIES:
            font = pdfmetrics.getFont(family.normal[0])
            _coverage[family.normal[0]] = frozenset(font.face.charToGlyph)


def _font_for(text: str) -> str:
    """The first family whose regular face draws every character of ``text``."""
    chars = {ord(c) for c in text}
    for family in _FAMILIES:
        if chars <= _coverage[family.normal[0]]:
            return family.normal[0]
    return ""


def _runs(text: str) -> Iterator[tuple[str, str]]:
    """(font, text) runs: whole words where possible, so shaping sees whole words."""
    for token in _SPACE.split(text):
        if not token:
            continue
        if token.isspace():
            yield "", token
            continue
        font = _font_for(token)
        if font:
            yield font, token
            continue
        for char in token:  # a word mixing scripts: fall back character by character
            yield _font_for(char) or SANS, char


_BOLD = {family.normal[0]: family.bold[0] for family in _FAMILIES}


def _xml(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def markup(text: str | None, bold: bool = False) -> str:
    """``text`` as safe paragraph markup, each run in a font that can draw it.

    ``bold`` says the paragraph's own font is bold, so fallback runs are bold too.
    """
    if not text:
        return ""
    register_fonts()
    pieces: list[str] = []
    current = SANS
    buffer: list[str] = []

    def flush() -> None:
        chunk = "".join(buffer)
        if chunk:
            if current == SANS:
                pieces.append(_xml(chunk))
            else:
                name = _BOLD[current] if bold else current
                # A fallback font's script is shaped: a reader must get the words back.
                extraction.remember(name, chunk)
                pieces.append(f'<font name="{name}">{_xml(chunk)}</font>')
        buffer.clear()

    for font, run in _runs(text.replace("\r\n", "\n")):
        if font and font != current:
            flush()
            current = font
        buffer.append(run)
    flush()
    return "".join(pieces)


def needs_shaping(text: str | None) -> bool:
    """Whether ``text`` has characters only a fallback (complex-script) font draws."""
    if not text:
        return False
    register_fonts()
    primary = _coverage[SANS]
    return any(ord(c) not in primary for c in text if not c.isspace())


# --- text as shapes -------------------------------------------------------------------

Point = tuple[float, float]


class _PathPen:
    """A fontTools-style pen (what HarfBuzz draws glyphs with) writing a PDF path.

    Each point is scaled from font units to points and moved by the glyph's origin.
    TrueType outlines are quadratic; PDF curves are cubic, and a quadratic Bézier is the
    cubic whose control points lie two thirds of the way to its one control point.
    """

    def __init__(self, path: PDFPathObject, scale: float) -> None:
        self.path = path
        self.scale = scale
        self.origin: Point = (0.0, 0.0)
        self.current: Point = (0.0, 0.0)

    def _at(self, point: Point) -> Point:
        return (
            self.origin[0] + point[0] * self.scale,
            self.origin[1] + point[1] * self.scale,
        )

    def moveTo(self, point: Point) -> None:  # noqa: N802 (the pen protocol's names)
        self.current = self._at(point)
        self.path.moveTo(*self.current)

    def lineTo(self, point: Point) -> None:  # noqa: N802
        self.current = self._at(point)
        self.path.lineTo(*self.current)

    def qCurveTo(self, control: Point, end: Point) -> None:  # noqa: N802
        (x0, y0), (cx, cy), (x, y) = self.current, self._at(control), self._at(end)
        self.path.curveTo(
            x0 + 2 / 3 * (cx - x0),
            y0 + 2 / 3 * (cy - y0),
            x + 2 / 3 * (cx - x),
            y + 2 / 3 * (cy - y),
            x,
            y,
        )
        self.current = (x, y)

    def curveTo(self, first: Point, second: Point, end: Point) -> None:  # noqa: N802
        self.current = self._at(end)
        self.path.curveTo(*self._at(first), *self._at(second), *self.current)

    def closePath(self) -> None:  # noqa: N802
        self.path.close()


def text_outline(text: str, font_name: str, size: float) -> tuple[PDFPathObject, float]:
    """``text`` shaped in the registered ``font_name`` at ``size`` as a path of its glyphs'
    outlines, its baseline starting at (0, 0); and its width.

    A path prints like the text but holds no text, so a reader extracting the page's
    text (search, copy-paste) never sees it: what a watermark needs.
    """
    register_fonts()
    font = uharfbuzz.Font(pdfmetrics.getFont(font_name).hbFace)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    pen = _PathPen(PDFPathObject(), size / font.face.upem)
    x = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        pen.origin = (x + position.x_offset * pen.scale, position.y_offset * pen.scale)
        font.draw_glyph_with_pen(info.codepoint, pen)
        x += position.x_advance * pen.scale
    return pen.path, x
