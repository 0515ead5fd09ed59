"""How a search result is drawn: its kind, title and snippet as rich text, matches in bold.

Kept apart from ``search`` so that start-up does not load the rich-text classes.
"""

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 11


def hit_html(label: str, title: str, snippet: str, muted: str) -> str:
    """A result as rich text: the kind and title in bold, the snippet with its matches bold."""
    body = html.escape(snippet).replace("[", "<b>").replace("]", "</b>")
    head = f"<b>{html.escape(label)} · {html.escape(title)}</b>"
    return head + (f"<br><span style='color:{muted}'>{body}</span>" if snippet.strip() else "")


class HitDelegate(QStyledItemDelegate):
    """Draws a result's rich text in the palette's colours (light or dark)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or html.escape(index.data() or ""))
        width = option.rect.width()
        view = option.widget
        if width <= 0 and isinstance(view, QListWidget):
            width = view.viewport().width()  # a size hint asked before the row is laid out
        doc.setTextWidth(max(100, width - 8))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)  # type: ignore[arg-type]
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        if option.state & QStyle.StateFlag.State_Selected:
            text_colour = option.palette.color(QPalette.ColorRole.HighlightedText)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        painter.save()
        painter.translate(option.rect.topLeft() + QPoint(4, 3))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)  # type: ignore[arg-type]
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)
