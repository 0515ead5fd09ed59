"""Look and feel shared by the pages: headings, cards, status colours, the app icon.

Colours come from the palette (light or dark, as the system says); the few status
colours are picked per palette so text stays readable on both.
"""

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from wopdesk.domain.resources import resources_dir

APP_ID = "org.wopdesk.WOPdesk"

# Status names used by the storage queries, mapped to (light palette, dark palette) colours.
_STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "good": ("#1e7b34", "#6fd38a"),
    "warning": ("#9a5b00", "#f0b45a"),
    "bad": ("#b3261e", "#ff8a80"),
    "neutral": ("#5f6368", "#b0b4b8"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(kind: str, palette: QPalette | None = None) -> QColor:
    light, dark = _STATUS_COLOURS.get(kind, _STATUS_COLOURS["neutral"])
    return QColor(dark if is_dark(palette) else light)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def heading(text: str, level: int = 1) -> QLabel:
    """A page (level 1) or section (level 2) heading in the palette's text colour."""
    label = QLabel(text)
    label.setFont(scaled_font(label, {1: 1.45, 2: 1.15}.get(level, 1.0), bold=True))
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(text: str = "") -> QLabel:
    """Secondary text: the palette's placeholder colour, which both themes keep readable."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


class Card(QFrame):
    """A framed panel with a title, as on a dashboard."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(6)
        self.title = heading(title, 2)
        self.body.addWidget(self.title)


def banner(parent: QWidget | None = None) -> QFrame:
    """A highlighted strip for a notice (final visit, unsaved draft) above an editor."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    return frame


@cache
def app_icon() -> QIcon:
    """The WOPdesk icon shipped in resources/icons (drawn in SVG, rendered to PNG)."""
    icon = QIcon()
    for size in (48, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"{APP_ID}-{size}.png"))
    return icon


# Room left around a window for its frame and title bar, which the window manager adds.
FRAME_ROOM = QSize(16, 48)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or less where its screen is smaller.

    The screen's available area (without taskbars) bounds it, so a 768-pixel laptop
    never gets a window whose buttons are off the screen.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - FRAME_ROOM.width())
        height = min(height, area.height() - FRAME_ROOM.height())
    window.resize(width, height)


def focus_first_field(container: QWidget) -> bool:
    """Give the focus to the first widget inside ``container`` that takes it by Tab."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if (
            takes_tab
            and widget.isVisible()
            and widget.isEnabled()
            and container.isAncestorOf(widget)
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False
