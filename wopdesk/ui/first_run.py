"""What a new user sees instead of the pages: create a partnership, or open the demo.

Its own module: the main window imports it only when there is no partnership, so a
usual start-up does not pay for the widgets and icons it needs.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle, QVBoxLayout, QWidget

from wopdesk.ui.style import heading, muted, scaled_font


class FirstRunPanel(QWidget):
    """What a new user sees: create a partnership, or look around in the demo."""

    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(620)
        layout = QVBoxLayout(box)
        layout.setSpacing(12)
        title = heading(self.tr("Welcome to WOPdesk"), 1)
        layout.addWidget(title)
        layout.addWidget(
            muted(
                self.tr(
                    "WOPdesk keeps the record of a Water Operators' Partnership on this "
                    "computer: site visits, the diagnosis and work plan, learning, indicators "
                    "and money. It works without a network."
                )
            )
        )
        layout.addSpacing(8)
        self.create_button = QPushButton(self.tr("Create a partnership…"))
        self.create_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo partnership"))
        self.demo_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        for button in (self.create_button, self.demo_button):
            button.setMinimumHeight(40)
            button.setFont(scaled_font(button, 1.1))
            layout.addWidget(button)
        layout.addWidget(
            muted(
                self.tr(
                    "The demo holds two made-up partnerships between real utilities, in "
                    "Burkina Faso and in India; you can delete them later or keep them to "
                    "practise."
                )
            )
        )
        self.status = muted()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)

    def set_working(self, working: bool) -> None:
        self.create_button.setEnabled(not working)
        self.demo_button.setEnabled(not working)
        self.status.setText(self.tr("Creating the demo partnership…") if working else "")
