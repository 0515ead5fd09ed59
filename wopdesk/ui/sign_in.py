"""The sign-in dialog: server address, user name and password for the first sync."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SignInDialog(QDialog):
    """Asks where to sync and as whom; the password is used once, then a token is kept."""

    def __init__(
        self, url: str = "", user: str = "", message: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the sync server"))
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://wop.example.org")
        # Room for a whole address: the dialog opened 244 pixels wide, the address cut off.
        self.url.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in and sync"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.password if url and user else self.url).setFocus()
        self.adjustSize()

    def values(self) -> tuple[str, str, str]:
        return self.url.text().strip(), self.user.text().strip(), self.password.text()
