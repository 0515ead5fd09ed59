"""Shaped text that a PDF reader extracts as it was typed: ``/ActualText`` spans.

HarfBuzz shapes Devanagari into glyphs that do not map back to the characters one to
one: the vowel sign ि is drawn before its consonant, conjuncts (स्न) and ligatures (हु)
are glyphs of their own that ReportLab maps to private-use code points. A reader that
extracts the text through the fonts' ToUnicode maps gets "अनल पवार" for "अनिल पवार",
so search and copy-paste fail. PDF's answer (ISO 32000-1, 14.9.4) is a marked-content
span whose ``/ActualText`` carries the real text, which poppler (``pdftotext``, Evince,
Okular), Acrobat and pdf.js use in place of the glyphs. (pypdf ignores it.)

ReportLab draws every string through one method of its text object, ``_formatText``,
which gets the shaped glyph string but no longer the text it was shaped from. So:

* ``remember`` is called with every run of text a paragraph will shape (``fonts.markup``
  does so) and records, per font, each word's glyph string and the word it came from;
* the report canvas hands out ``ExtractableText`` objects (``Canvas.beginText`` is
  ReportLab's public hook for that), whose ``_formatText`` wraps a run holding such a
  word in a span carrying the typed words. Text shaping leaves alone (Latin, "राम")
  is drawn as before, with no span.

Overriding ``_formatText`` is the one private ReportLab name used: it is the single
place every string is turned into PDF operators (paragraphs, tables, ``drawString``,
charts), and the only one where both the glyphs and the font are known.
"""

import re
import threading

from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.textobject import PDFTextObject

_SPACES = re.compile(r"(\s+)")
_LIMIT = 100_000  # words remembered before the memory starts afresh

_lock = threading.Lock()
# (font name, glyph string of a word) -> the word as typed
_typed: dict[tuple[str, str], str] = {}


def remember(font_name: str, text: str) -> None:
    """Record how each word of ``text`` is shaped in ``font_name``, to give it back later.

    Words are shaped one by one, as a paragraph shapes them. A word that shaping leaves
    alone needs nothing; one whose glyphs are replaced, reordered or moved (a mark placed
    by an offset makes readers see a word break) is remembered. Two words with the same
    glyphs look the same on paper, and the later one is what a reader extracts.
    """
    for word in _SPACES.split(text):
        if not word or word.isspace():
            continue
        shaped = shapeStr(word, font_name, 10)
        if not isinstance(shaped, ShapedStr):
            continue
        glyphs = str(shaped)
        with _lock:
            if len(_typed) >= _LIMIT:
                _typed.clear()
            _typed[font_name, glyphs] = word


def typed_text(font_name: str, drawn: str) -> str | None:
    """The text ``drawn`` (a glyph string in ``font_name``) was shaped from, word by word;
    None if no word of it was shaped.

    A word never remembered (not shaped, or cut by a line break) stays as drawn.
    """
    found = False
    pieces = []
    for piece in _SPACES.split(str(drawn)):
        typed = _typed.get((font_name, piece)) if piece and not piece.isspace() else None
        found = found or typed is not None
        pieces.append(piece if typed is None else typed)
    return "".join(pieces) if found else None


def actual_text_span(text: str, operators: str) -> str:
    """``operators`` in a marked-content span that says they show ``text``."""
    utf16 = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{utf16}>>> BDC {operators} EMC"


class ExtractableText(PDFTextObject):
    """A text object that wraps shaped runs in ``/ActualText`` spans (see the module)."""

    def _formatText(self, text: str) -> str:  # noqa: N802 (ReportLab's name)
        operators: str = super()._formatText(text)
        if not text or not _typed:
            return operators
        typed = typed_text(self._fontname, text)
        if typed is None:
            return operators
        return actual_text_span(typed, operators)
