"""File › Settings: language, sync server, data and backup folders, who prepares reports.

Every value is checked before anything is kept: a bad one is named in one sentence next
to its field and nothing changes. The language and the data folder apply at the next
start (windows already built keep their text; the open profile stays open).
"""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wopdesk.ui import settings as app_settings
from wopdesk.ui.i18n import available_languages, save_language, saved_language, system_language
from wopdesk.ui.style import muted, status_colour


@dataclass(frozen=True, slots=True)
class ChosenSettings:
    """What the dialog holds, checked: "" where the person wants the usual."""

    language: str | None
    server_address: str
    data_folder: str
    backup_folder: str
    report_author: str
    report_organisation: str


class SettingsDialog(QDialog):
    """One dialog for the person's settings; ``saved`` after they are kept."""

    saved = Signal(object)  # the ChosenSettings kept

    def __init__(
        self,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        server_address: str | None = None,
    ) -> None:
        """``server_address``: the open profile's sync server, shown if there is one."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.language = QComboBox()
        names = available_languages()
        self.language.addItem(self.tr("System language ({0})").format(names[system_language()]))
        for code, name in names.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language(settings))))
        self._add_row(form, "language", self.tr("&Language"), self.language)

        stored = app_settings.value(app_settings.SERVER_ADDRESS, settings)
        self.server = QLineEdit(server_address or stored)
        self.server.setPlaceholderText("https://wop.example.org")
        self.server.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self._add_row(form, "server", self.tr("Sync &server address"), self.server)

        self.data_folder = self._folder_row(
            form, "data", self.tr("&Data folder"), app_settings.DATA_FOLDER
        )
        self.data_folder.setPlaceholderText(self.tr("The usual folder of your system"))
        self.backup_folder = self._folder_row(
            form, "backup", self.tr("&Backup folder"), app_settings.BACKUP_FOLDER
        )
        self.backup_folder.setPlaceholderText(self.tr("Your Documents folder"))

        self.author = QLineEdit(app_settings.value(app_settings.REPORT_AUTHOR, settings))
        self._add_row(form, "author", self.tr("Report &author"), self.author)
        self.organisation = QLineEdit(
            app_settings.value(app_settings.REPORT_ORGANISATION, settings)
        )
        self._add_row(form, "organisation", self.tr("Report &organisation"), self.organisation)

        note = muted(
            self.tr(
                "The language and the data folder apply the next time WOPdesk starts. "
                "The author and organisation are printed at the foot of every report."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building -------------------------------------------------------------------------

    def _add_row(
        self, form: QFormLayout, name: str, label: str, field: QWidget, buddy: QWidget | None = None
    ) -> None:
        """A labelled field with room under it for the sentence that says what is wrong."""
        error = QLabel()
        error.setWordWrap(True)
        palette = error.palette()
        palette.setColor(error.foregroundRole(), status_colour("bad", palette))
        error.setPalette(palette)
        error.hide()
        self.errors[name] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(buddy or field)
        form.addRow(caption, box)

    def _folder_row(
        self, form: QFormLayout, name: str, label: str, setting: app_settings.Setting[str]
    ) -> QLineEdit:
        field = QLineEdit(app_settings.value(setting, self.settings))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self._choose_folder(field, label))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        line.addWidget(choose)
        self._add_row(form, name, label, row, buddy=field)
        return field

    def _choose_folder(self, field: QLineEdit, label: str) -> None:
        start = field.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, label.replace("&", ""), start)
        if chosen:
            field.setText(chosen)

    # --- checking and keeping -------------------------------------------------------------

    def chosen(self) -> tuple[ChosenSettings | None, dict[str, str]]:
        """The values entered, or None and one sentence for each field that is wrong."""
        problems: dict[str, str] = {}
        server = self.server.text().strip()
        parts = urlsplit(server)
        if server and (parts.scheme not in ("http", "https") or not parts.hostname):
            problems["server"] = self.tr(
                "A server address starts with https:// or http:// and names the server, "
                "for example https://wop.example.org."
            )
        data = self.data_folder.text().strip()
        if data and not _can_hold_a_folder(Path(data).expanduser()):
            problems["data"] = self.tr(
                "{0} is not a folder WOPdesk can use: choose an existing folder, or a new "
                "one inside an existing folder."
            ).format(data)
        backup = self.backup_folder.text().strip()
        if backup and not Path(backup).expanduser().is_dir():
            problems["backup"] = self.tr("The folder {0} does not exist.").format(backup)
        if problems:
            return None, problems
        return (
            ChosenSettings(
                language=self.language.currentData(),
                server_address=server.rstrip("/"),
                data_folder=data,
                backup_folder=backup,
                report_author=self.author.text().strip(),
                report_organisation=self.organisation.text().strip(),
            ),
            {},
        )

    def accept(self) -> None:
        chosen, problems = self.chosen()
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        if chosen is None:
            return
        keep(chosen, self.settings)
        self.saved.emit(chosen)
        super().accept()


def keep(chosen: ChosenSettings, settings: QSettings | None = None) -> None:
    """Write every value of ``chosen`` to the person's settings."""
    save_language(chosen.language, settings)
    app_settings.set_value(app_settings.SERVER_ADDRESS, chosen.server_address, settings)
    app_settings.set_value(app_settings.DATA_FOLDER, chosen.data_folder, settings)
    app_settings.set_value(app_settings.BACKUP_FOLDER, chosen.backup_folder, settings)
    app_settings.set_value(app_settings.REPORT_AUTHOR, chosen.report_author, settings)
    app_settings.set_value(app_settings.REPORT_ORGANISATION, chosen.report_organisation, settings)


def _can_hold_a_folder(path: Path) -> bool:
    """An existing folder, or a new one whose parent folder exists."""
    if path.exists():
        return path.is_dir()
    return path.parent.is_dir()
