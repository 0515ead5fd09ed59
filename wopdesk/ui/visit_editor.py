"""The site-visit editor: the record a mentor keeps on a technical visit.

Fields, participants from both utilities, findings and agreed actions created in
place, photos with thumbnails and captions. Everything typed is kept in memory and in
an autosaved draft until Save writes it all in one transaction on the writer thread,
so a refused save changes nothing. A final visit is read-only until reopened.
"""

import datetime as dt
import io
from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.orm import Session

from wopdesk.domain import vocab as v
from wopdesk.errors import ValidationError
from wopdesk.operations import visits
from wopdesk.operations.visits import NewAction, NewFinding, NewPhoto, VisitChanges
from wopdesk.storage import overview
from wopdesk.storage.blobs import image_media_type
from wopdesk.storage.models import SiteVisit
from wopdesk.storage.overview import PersonChoice, VisitDetail
from wopdesk.storage.visit_followup import FollowUpLine, followup_lines
from wopdesk.ui.context import AppContext
from wopdesk.ui.documents import DocumentList
from wopdesk.ui.drafts import DraftKeeper
from wopdesk.ui.forms import (
    DateField,
    ErrorLabel,
    LongTextField,
    NumberField,
    PersonPicker,
    RecordForm,
    TextField,
    VocabCombo,
    format_date,
    vocab_label,
)
from wopdesk.ui.i18n import format_datetime
from wopdesk.ui.style import banner, heading, muted, scaled_font, status_colour
from wopdesk.ui.undo import ask, delete_with_undo
from wopdesk.ui.wrapping import wrap_table

THUMB = QSize(168, 126)
Loaded = tuple[VisitDetail | None, list[PersonChoice], list[FollowUpLine]]
ITEM_ROLE = Qt.ItemDataRole.UserRole + 30


def thumbnail(data: bytes) -> QImage:
    """A photo scaled for the list (run in a worker); a null image if it is not one.

    Turned upright by its EXIF orientation, as the PDF shows it: a phone held upright
    stores the pixels sideways and says so in EXIF. Decoded with Pillow, not Qt's image
    reader: that reader holds a lock of Qt's image plugins while it calls back into
    Python for a Python-made buffer, and a window painting an icon at the same moment
    holds Python's lock and waits for Qt's: the app froze (a test caught it).
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            upright = ImageOps.exif_transpose(opened).convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return QImage()
    upright.thumbnail((THUMB.width(), THUMB.height()), Image.Resampling.LANCZOS)
    width, height = upright.size
    pixels = upright.tobytes()
    return QImage(pixels, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def read_photo(path: str) -> QImage:
    """Check a chosen file is an image and make its thumbnail; one sentence if it is not."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        message = QCoreApplication.translate("VisitEditor", "Cannot read {0}: {1}.")
        raise ValidationError(message.format(file.name, exc.strerror)) from None
    image_media_type(data, file.name)
    image = thumbnail(data)
    if image.isNull():
        message = QCoreApplication.translate("VisitEditor", "{0} is not an image WOPdesk can show.")
        raise ValidationError(message.format(file.name))
    return image


class VisitEditor(QWidget):
    saved = Signal(str)  # visit id, after each successful save (or finalise / reopen)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id: str | None = None
        self.partnership_id: str | None = None
        self.detail: VisitDetail | None = None
        self.people: list[PersonChoice] = []
        self.new_findings: list[NewFinding] = []
        self.new_actions: list[NewAction] = []
        self.new_photos: list[NewPhoto] = []
        self.followups: list[FollowUpLine] = []
        self.removed_photos: set[str] = set()
        self.captions: dict[str, str] = {}
        self.dirty = False
        self.saving = False
        self.final = False
        self._loading = False
        self._load_generation = 0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._build_header())
        outer.addWidget(self._build_final_banner())
        outer.addWidget(self._build_reopened_banner())
        outer.addWidget(self._build_draft_banner())
        self.message = ErrorLabel()
        outer.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 4, 8, 8)
        self.body_layout.addWidget(self._build_form())
        self.body_layout.addWidget(self._build_participants())
        self.body_layout.addWidget(self._build_findings())
        self.body_layout.addWidget(self._build_followup())
        self.body_layout.addWidget(self._build_actions())
        self.body_layout.addWidget(self._build_photos())
        self.body_layout.addWidget(self._build_documents())
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # Typing in every field of the form is kept as a draft (a field with an inner line
        # edit, such as a date or a number, is kept through it).
        self.keeper = DraftKeeper(
            ctx.drafts, self.form.text_widgets(), extra=self._draft_extra, parent=self
        )
        self.form.changed.connect(self._edited)
        ctx.records_pulled.connect(self._pulled)
        self.show_empty()

    # --- building -----------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.heading = heading(self.tr("Site visit"), 1)
        self.heading.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setFont(scaled_font(self.state_label, 1.0, bold=True))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the visit (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.finalise_button = QPushButton(self.tr("&Finalise…"))
        self.finalise_button.setToolTip(
            self.tr("Mark the visit final: it becomes read-only until reopened")
        )
        self.finalise_button.clicked.connect(self.finalise)
        self.print_button = QPushButton(self.tr("&Print visit summary…"))
        self.print_button.clicked.connect(self.print_summary)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(
            self.tr(
                "Delete this visit with its participants and photos (Edit › Undo takes it back)"
            )
        )
        self.delete_button.clicked.connect(self.delete_visit)
        row.addWidget(self.heading, 1)
        row.addWidget(self.state_label)
        row.addWidget(self.delete_button)
        row.addWidget(self.print_button)
        row.addWidget(self.finalise_button)
        row.addWidget(self.save_button)
        return row

    def _build_final_banner(self) -> QWidget:
        self.final_banner = banner()
        row = QHBoxLayout(self.final_banner)
        text = QLabel(self.tr("This visit is final and read-only. Reopen it to change anything."))
        text.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("&Reopen for editing"))
        self.reopen_button.clicked.connect(self.reopen)
        row.addWidget(text, 1)
        row.addWidget(self.reopen_button)
        self.final_banner.hide()
        return self.final_banner

    def _build_reopened_banner(self) -> QWidget:
        """Why sync reopened this visit (its ``reopened_note``), until it is final again."""
        self.reopened_banner = banner()
        row = QHBoxLayout(self.reopened_banner)
        self.reopened_text = QLabel()
        self.reopened_text.setWordWrap(True)
        row.addWidget(self.reopened_text, 1)
        self.reopened_banner.hide()
        return self.reopened_banner

    def _build_draft_banner(self) -> QWidget:
        self.draft_banner = banner()
        row = QHBoxLayout(self.draft_banner)
        self.draft_text = QLabel()
        self.draft_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore the draft"))
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button = QPushButton(self.tr("Discard it"))
        self.discard_button.clicked.connect(self.discard_draft)
        row.addWidget(self.draft_text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.draft_banner.hide()
        self._draft: Any = None
        return self.draft_banner

    def _build_form(self) -> RecordForm:
        self.form = RecordForm(SiteVisit.rules)
        self.form.add(
            "title", self.tr("Title"), TextField(placeholder=self.tr("What is the visit"))
        )
        self.form.add(
            "site",
            self.tr("Site"),
            TextField(placeholder=self.tr("Where, e.g. the pumping station")),
        )
        self.form.add("start_date", self.tr("From"), DateField())
        self.form.add("end_date", self.tr("To"), DateField())
        self.form.add("purpose", self.tr("Purpose"), LongTextField(lines=2))
        self.form.add("activities", self.tr("Activities"), LongTextField(lines=3))
        self.form.add("notes", self.tr("Notes and observations"), LongTextField(lines=9))
        self.form.add("next_visit_date", self.tr("Next visit"), DateField(optional=True))
        self.form.add("latitude", self.tr("Latitude"), NumberField(decimals=6, unit="°"))
        self.form.add("longitude", self.tr("Longitude"), NumberField(decimals=6, unit="°"))
        for name in ("latitude", "longitude"):
            self.form.field(name).setToolTip(
                self.tr(
                    "Decimal degrees (WGS 84), as a phone or GPS shows them; north and east "
                    "are positive"
                )
            )
        self._add_signoff_fields()
        line = self.fontMetrics().lineSpacing()
        # Short texts stay short; the notes get the room, as on a paper visit form.
        for name, lines in (("purpose", 3), ("activities", 4), ("notes", 18)):
            self.form.field(name).setMaximumHeight(line * lines + 14)
        for name in ("start_date", "end_date", "next_visit_date", "signed_on"):
            self.form.field(name).setMaximumWidth(line * 14)
        return self.form

    def _add_signoff_fields(self) -> None:
        """Who signed for each side, in what role, when and how (all optional)."""
        self.form.add_row("", heading(self.tr("Sign-off"), 2))
        sides = (
            ("mentor", self.tr("Signed for the mentor"), self.tr("Mentor signer's role")),
            ("mentee", self.tr("Signed for the mentee"), self.tr("Mentee signer's role")),
        )
        for side, who, role in sides:
            self.form.add(f"{side}_signer_id", who, PersonPicker())
            self.form.add(
                f"{side}_signer_role", role, TextField(placeholder=self.tr("e.g. Director"))
            )
        self.form.add("signed_on", self.tr("Signed on"), DateField(optional=True))
        self.form.add(
            "signed_how",
            self.tr("How"),
            VocabCombo(v.SignOffMethod, optional=True, empty_label=self.tr("— not signed —")),
        )

    def _section(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(heading(title, 2))
        return box, layout

    def _build_participants(self) -> QWidget:
        box, layout = self._section(self.tr("Participants"))
        self.participants = QListWidget()
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.setFlow(QListView.Flow.TopToBottom)
        self.participants.setWrapping(True)
        self.participants.setResizeMode(QListView.ResizeMode.Adjust)
        self.participants.setMinimumHeight(120)
        self.participants.setMaximumHeight(170)
        self.participants.itemChanged.connect(lambda _item: self._edited())
        layout.addWidget(self.participants)
        return box

    def _build_findings(self) -> QWidget:
        box, layout = self._section(self.tr("Findings"))
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(130)
        layout.addWidget(self.findings)
        self.add_finding_row = QWidget()
        row = QHBoxLayout(self.add_finding_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.finding_text = TextField(placeholder=self.tr("A finding of this visit"))
        self.finding_text.returnPressed.connect(self.add_finding)
        self.finding_area = VocabCombo(v.FindingArea)
        self.finding_priority = VocabCombo(v.Priority)
        self.finding_priority.set_value(v.Priority.MEDIUM)
        self.add_finding_button = QPushButton(self.tr("Add finding"))
        self.add_finding_button.clicked.connect(self.add_finding)
        row.addWidget(self.finding_text, 1)
        row.addWidget(self.finding_area)
        row.addWidget(self.finding_priority)
        row.addWidget(self.add_finding_button)
        layout.addWidget(self.add_finding_row)
        self.finding_error = ErrorLabel()
        layout.addWidget(self.finding_error)
        return box

    def _build_actions(self) -> QWidget:
        box, layout = self._section(self.tr("Agreed actions"))
        self.action_table = QTableWidget(0, 4)
        self.action_table.setAccessibleName(self.tr("Agreed actions"))
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.action_table.verticalHeader().hide()
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.setAlternatingRowColors(True)
        # Headings and actions wrap between words, the rows growing to show them.
        self.action_rows = wrap_table(self.action_table)
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.action_table.setMaximumHeight(170)
        layout.addWidget(self.action_table)
        self.add_action_row = QWidget()
        row = QHBoxLayout(self.add_action_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.action_text = TextField(placeholder=self.tr("An action agreed with the partners"))
        self.action_text.returnPressed.connect(self.add_action)
        self.action_owner = PersonPicker()
        self.action_owner.setMinimumContentsLength(14)
        self.action_due = DateField(optional=True)
        self.action_due.label_text = self.tr("Due date")
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.clicked.connect(self.add_action)
        row.addWidget(self.action_text, 1)
        row.addWidget(self.action_owner)
        row.addWidget(self.action_due)
        row.addWidget(self.add_action_button)
        layout.addWidget(self.add_action_row)
        self.action_error = ErrorLabel()
        layout.addWidget(self.action_error)
        return box

    def _build_followup(self) -> QWidget:
        box, layout = self._section(self.tr("Follow-up of earlier actions"))
        layout.addWidget(
            muted(
                self.tr(
                    "Open actions agreed at earlier visits: record their status and progress "
                    "here; Save writes them with the visit."
                )
            )
        )
        self.followup_table = QTableWidget(0, 6)
        self.followup_table.setAccessibleName(self.tr("Follow-up of earlier actions"))
        self.followup_table.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Agreed at"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Progress"),
            ]
        )
        self.followup_table.verticalHeader().hide()
        self.followup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followup_rows = wrap_table(self.followup_table)
        header = self.followup_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.followup_table.setMaximumHeight(190)
        layout.addWidget(self.followup_table)
        self.followup_empty = muted(self.tr("No open actions from earlier visits."))
        layout.addWidget(self.followup_empty)
        return box

    def _build_documents(self) -> QWidget:
        box, layout = self._section(self.tr("Documents"))
        self.documents = DocumentList(self.ctx)
        layout.addWidget(self.documents)
        return box

    def _build_photos(self) -> QWidget:
        box, layout = self._section(self.tr("Photos"))
        self.photos = QListWidget()
        self.photos.setAccessibleName(self.tr("Photos"))
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(THUMB)
        self.photos.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 52))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setWordWrap(True)
        self.photos.setMinimumHeight(THUMB.height() + 64)
        self.photos.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.photos.itemChanged.connect(self._caption_edited)
        layout.addWidget(self.photos)
        buttons = QHBoxLayout()
        self.add_photos_button = QPushButton(self.tr("Add photos…"))
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.caption_button = QPushButton(self.tr("Edit caption"))
        self.caption_button.clicked.connect(self.edit_caption)
        self.remove_photo_button = QPushButton(self.tr("Remove photo…"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        buttons.addWidget(self.add_photos_button)
        buttons.addWidget(self.caption_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.photo_error = ErrorLabel()
        layout.addWidget(self.photo_error)
        layout.addWidget(muted(self.tr("Double-click a photo to edit its caption.")))
        return box

    # --- loading ----------------------------------------------------------------------

    def show_empty(self) -> None:
        """Nothing open: a hint instead of an editor."""
        self.visit_id = None
        self.detail = None
        self.setEnabled(False)
        self.heading.setText(self.tr("Choose a visit, or start a new one (Ctrl+N)"))
        self.state_label.clear()
        self.keeper.watch(None)

    def _pulled(self, records: set[tuple[str, str]]) -> None:
        """A sync changed the open visit: show it, unless that would overwrite typing."""
        if self.visit_id is None or ("site_visit", self.visit_id) not in records:
            return
        if self.dirty or self.saving:
            self.message.show_message(
                self.tr(
                    "Someone changed this visit on the server while you were editing; your "
                    "text is kept. Saving writes it over their version of these fields."
                )
            )
        else:
            self.load_visit(self.visit_id, self.partnership_id or "")

    def load_visit(self, visit_id: str | None, partnership_id: str) -> None:
        """Open a stored visit (or a new one when ``visit_id`` is None)."""
        if self.dirty and self.keeper.key is not None:
            self.keeper.save_now()  # typing in the visit being left is kept as its draft
            self.ctx.notice.emit(
                self.tr("Unsaved changes to “{0}” are kept as a draft.").format(
                    self.form.field("title").text() or self.tr("the new visit")
                )
            )
        self.dirty = False
        self._load_generation += 1
        generation = self._load_generation

        def read(session: Session) -> Loaded:
            detail = overview.visit_detail(session, visit_id) if visit_id else None
            pid = detail.partnership_id if detail is not None else partnership_id
            start = detail.values["start_date"] if detail is not None else dt.date.today()
            followups = followup_lines(session, pid, visit_id, start)
            return detail, overview.partnership_people(session, pid), followups

        def done(result: Loaded) -> None:
            if generation != self._load_generation:
                return
            detail, people, followups = result
            if visit_id is not None and detail is None:
                self.show_empty()
                self.ctx.error.emit(self.tr("That site visit no longer exists."))
                return
            self.followups = followups
            self._fill(detail, people, partnership_id)

        self.ctx.run_read(read, done)

    def _fill(
        self, detail: VisitDetail | None, people: list[PersonChoice], partnership_id: str
    ) -> None:
        self._loading = True
        self.setEnabled(True)
        self.detail = detail
        self.visit_id = detail.id if detail is not None else None
        self.partnership_id = detail.partnership_id if detail is not None else partnership_id
        self.people = people
        self.new_findings, self.new_actions, self.new_photos = [], [], []
        self.removed_photos, self.captions = set(), {}
        self.message.clear()
        for label in (self.finding_error, self.action_error, self.photo_error):
            label.clear()
        with self.keeper.pause():
            if detail is None:
                today = dt.date.today()
                blank = dict.fromkeys(self.form.fields)
                self.form.set_values(blank | {"start_date": today, "end_date": today})
            else:
                self.form.set_values({name: detail.values.get(name) for name in self.form.fields})
            chosen = set(detail.participant_ids) if detail else {self.ctx.me or ""}
            self._fill_participants(people, chosen)
            self.action_owner.set_choices([(p.id, p.name) for p in people])
            self.action_owner.set_value(None)
            self._fill_signers(people, detail)
            self._show_followups()
            self._show_findings()
            self._show_actions()
            self._show_photos()
        self.final = detail is not None and detail.state == v.VisitState.FINAL
        note = detail.values.get("reopened_note") if detail is not None else None
        self.reopened_text.setText(note or "")
        self.reopened_banner.setVisible(bool(note) and not self.final)
        self.documents.show_owner(SiteVisit, self.visit_id, editable=not self.final)
        self._set_read_only(self.final)
        self._set_dirty(False)
        self._loading = False
        self.keeper.watch(self.draft_key())
        self._offer_draft()

    def _fill_signers(self, people: list[PersonChoice], detail: VisitDetail | None) -> None:
        """Each side's signer is picked among that side's people."""
        for side in ("mentor", "mentee"):
            picker = self.form.field(f"{side}_signer_id")
            picker.set_choices([(p.id, p.name) for p in people if p.side == side])
            picker.set_value(detail.values.get(f"{side}_signer_id") if detail else None)

    def _show_followups(self) -> None:
        table = self.followup_table
        table.setRowCount(len(self.followups))
        for row, line in enumerate(self.followups):
            # The visit that agreed it by its date, its title in the tip: the action's
            # description keeps the room.
            cells = (
                (line.description, line.description),
                (format_date(line.agreed_on), line.agreed_at),
                (line.owner_name or "", line.owner_name or ""),
                (format_date(line.due_date), ""),
            )
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                table.setItem(row, column, item)
            status: VocabCombo[v.ActionStatus] = VocabCombo(v.ActionStatus)
            status.setMinimumContentsLength(10)
            status.set_value(line.status)
            status.value_changed.connect(self._edited)
            table.setCellWidget(row, 4, status)
            progress = QSpinBox()
            progress.setRange(0, 100)
            progress.setSuffix(" %")
            progress.setValue(line.progress)
            progress.valueChanged.connect(lambda _value: self._edited())
            table.setCellWidget(row, 5, progress)
        table.setVisible(bool(self.followups))
        self.followup_empty.setVisible(not self.followups)

    def followup_values(self) -> dict[str, tuple[v.ActionStatus, int]]:
        """The status and progress typed for each followed-up action that changed."""
        changed = {}
        for row, line in enumerate(self.followups):
            status = self.followup_table.cellWidget(row, 4).value()  # type: ignore[attr-defined]
            progress = self.followup_table.cellWidget(row, 5).value()  # type: ignore[attr-defined]
            if (status, progress) != (line.status, line.progress):
                changed[line.id] = (status, progress)
        return changed

    def _fill_participants(self, people: list[PersonChoice], chosen: set[str]) -> None:
        self.participants.blockSignals(True)
        self.participants.clear()
        side_names = {"mentor": self.tr("mentor"), "mentee": self.tr("mentee"), "other": ""}
        for person in people:
            where = person.utility_name or side_names[person.side] or self.tr("member")
            item = QListWidgetItem(f"{person.name} — {where}")
            item.setData(ITEM_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        self.participants.blockSignals(False)

    def _show_findings(self) -> None:
        self.findings.clear()
        stored = self.detail.findings if self.detail else []
        for f in stored:
            self.findings.addItem(
                f"{f.finding}  ({vocab_label(f.area)}, {vocab_label(f.priority)})"
            )
        for n in self.new_findings:
            label = self.tr("{0}  ({1}, {2}) — not saved yet").format(
                n.finding, vocab_label(v.FindingArea(n.area)), vocab_label(v.Priority(n.priority))
            )
            self.findings.addItem(label)
        if not stored and not self.new_findings:
            empty = QListWidgetItem(self.tr("No findings recorded for this visit."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.findings.addItem(empty)

    def _show_actions(self) -> None:
        stored = self.detail.actions if self.detail else []
        rows: list[tuple[str, str, str, str]] = [
            (
                a.description,
                a.owner_name or "",
                format_date(a.due_date),
                vocab_label(a.status),
            )
            for a in stored
        ]
        rows += [
            (a.description, a.owner_name, a.due_date or "", self.tr("New — not saved yet"))
            for a in self.new_actions
        ]
        self.action_table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.action_table.setItem(r, c, QTableWidgetItem(text))

    def _show_photos(self) -> None:
        self.photos.blockSignals(True)
        self.photos.clear()
        placeholder = self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon)
        for photo in self.detail.photos if self.detail else []:
            item = QListWidgetItem(placeholder, photo.caption or photo.file_name)
            item.setData(ITEM_ROLE, ("stored", photo.id))
            item.setToolTip(photo.file_name)
            self._photo_flags(item)
            self.photos.addItem(item)
            self._load_thumbnail(item, photo.sha256)
        self.photos.blockSignals(False)

    def _photo_flags(self, item: QListWidgetItem) -> None:
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if not self.final:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)

    def _load_thumbnail(self, item: QListWidgetItem, sha256: str) -> None:
        blobs = self.ctx.store.blobs
        generation = self._load_generation

        def done(image: QImage) -> None:
            if not isValid(self.photos):  # the window closed while the thumbnail was made
                return
            if generation == self._load_generation and not image.isNull():
                self.photos.blockSignals(True)
                item.setIcon(QIcon(QPixmap.fromImage(image)))
                self.photos.blockSignals(False)

        self.ctx.run_task(lambda: thumbnail(blobs.get(sha256)), done, self._photo_failed)

    def _photo_failed(self, exc: Exception) -> None:
        self.photo_error.show_message(str(exc))

    def draft_key(self) -> str:
        if self.visit_id is not None:
            return f"site_visit/{self.visit_id}"
        return f"site_visit/new/{self.partnership_id}"

    # --- drafts -----------------------------------------------------------------------

    def _draft_extra(self) -> dict[str, Any]:
        return {
            "participants": sorted(self.checked_participants()),
            "new_findings": [asdict(f) for f in self.new_findings],
            "new_actions": [asdict(a) for a in self.new_actions],
            "new_photos": [asdict(p) for p in self.new_photos],
            "followups": {k: [s.value, p] for k, (s, p) in self.followup_values().items()},
        }

    def _offer_draft(self) -> None:
        draft = self.keeper.load()
        self._draft = draft
        if draft is None or self.final:
            self.draft_banner.hide()
            return
        when = format_datetime(draft.saved_at.astimezone())
        self.draft_text.setText(
            self.tr("Changes typed on {0} were not saved. Restore them?").format(when)
        )
        self.draft_banner.show()

    def restore_draft(self) -> None:
        draft = self._draft
        if draft is None:
            return
        self.keeper.restore(draft)
        fields = draft.fields
        try:
            self.new_findings = [NewFinding(**f) for f in fields.get("new_findings", [])]
            self.new_actions = [NewAction(**a) for a in fields.get("new_actions", [])]
        except TypeError:
            self.new_findings, self.new_actions = [], []
        self._restore_followups(fields.get("followups"))
        chosen = fields.get("participants")
        if isinstance(chosen, list):
            self._fill_participants(self.people, set(chosen))
        for photo in fields.get("new_photos", []):
            if isinstance(photo, dict) and isinstance(photo.get("path"), str):
                # Read again from the file: it is checked and shown as when first added.
                self._add_photo(photo["path"], photo.get("caption"))
        self._show_findings()
        self._show_actions()
        self.draft_banner.hide()
        self._set_dirty(True)

    def _restore_followups(self, kept: object) -> None:
        if not isinstance(kept, dict):
            return
        for row, line in enumerate(self.followups):
            value = kept.get(line.id)
            if isinstance(value, list) and len(value) == 2:
                self.followup_table.cellWidget(row, 4).set_value(value[0])  # type: ignore[attr-defined]
                self.followup_table.cellWidget(row, 5).setValue(int(value[1]))  # type: ignore[attr-defined]

    def discard_draft(self) -> None:
        self.keeper.clear()
        self._draft = None
        self.draft_banner.hide()

    # --- editing ----------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self.keeper.touch()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        if self.detail is None:
            title = self.tr("New site visit")
        else:
            title = self.detail.title
        self.heading.setText(f"{title} •" if dirty else title)
        self.heading.setToolTip(self.tr("Unsaved changes") if dirty else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.final and not self.saving
        self.save_button.setEnabled(editable)
        self.finalise_button.setEnabled(editable)
        self.print_button.setEnabled(self.visit_id is not None and not self.saving)
        self.delete_button.setEnabled(self.visit_id is not None and editable)
        if self.detail is None:
            self.state_label.setText(self.tr("Draft · not saved yet"))
            kind = "neutral"
        elif self.final:
            self.state_label.setText(self.tr("Final"))
            kind = "good"
        else:
            self.state_label.setText(self.tr("Draft"))
            kind = "warning"
        self.state_label.setStyleSheet(f"color: {status_colour(kind, self.palette()).name()}")

    def _set_read_only(self, read_only: bool) -> None:
        self.form.set_read_only(read_only)
        self.participants.setEnabled(not read_only)
        for widget in (self.add_finding_row, self.add_action_row):
            widget.setVisible(not read_only)
        for button in (self.add_photos_button, self.caption_button, self.remove_photo_button):
            button.setEnabled(not read_only)
        for row in range(self.photos.count()):
            self._photo_flags(self.photos.item(row))
        for row in range(self.followup_table.rowCount()):
            for column in (4, 5):
                self.followup_table.cellWidget(row, column).setEnabled(not read_only)
        self.final_banner.setVisible(read_only)
        if read_only:
            self.draft_banner.hide()

    def checked_participants(self) -> set[str]:
        return {
            self.participants.item(row).data(ITEM_ROLE)
            for row in range(self.participants.count())
            if self.participants.item(row).checkState() == Qt.CheckState.Checked
        }

    def add_finding(self) -> None:
        text = self.finding_text.value()
        if not text:
            self.finding_error.show_message(self.tr("Type the finding before adding it."))
            return
        self.finding_error.clear()
        area, priority = self.finding_area.value(), self.finding_priority.value()
        assert area is not None
        assert priority is not None
        self.new_findings.append(NewFinding(text, area.value, priority.value))
        self.finding_text.clear()
        self._show_findings()
        self._edited()

    def add_action(self) -> None:
        text = self.action_text.value()
        if not text:
            self.action_error.show_message(self.tr("Describe the action before adding it."))
            return
        try:
            due = self.action_due.value()
        except ValidationError as exc:
            self.action_error.show_message(str(exc))
            return
        start = self.form.field("start_date")
        try:
            start_date = start.value()
        except ValidationError:
            start_date = None
        if due is not None and start_date is not None and due < start_date:
            self.action_error.show_message(
                self.tr("The due date ({0}) is before the visit starts ({1}).").format(
                    format_date(due), format_date(start_date)
                )
            )
            return
        self.action_error.clear()
        owner = self.action_owner.value()
        self.new_actions.append(
            NewAction(
                text,
                owner,
                self.action_owner.currentText() if owner else "",
                due.isoformat() if due else None,
            )
        )
        self.action_text.clear()
        self.action_due.set_value(None)
        self._show_actions()
        self._edited()

    def choose_photos(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;All files (*)"),
        )
        self.add_photos(paths)

    def add_photos(self, paths: list[str]) -> None:
        """Check each file is an image (off the GUI thread), then show it to be saved."""
        self.photo_error.clear()
        for path in paths:
            self._add_photo(path)

    def _add_photo(self, path: str, caption: str | None = None) -> None:
        generation = self._load_generation
        if caption is None:
            caption = Path(path).stem.replace("_", " ").replace("-", " ")

        def done(image: QImage) -> None:
            if generation != self._load_generation:
                return
            photo = NewPhoto(path, caption)
            self.new_photos.append(photo)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), caption)
            item.setData(ITEM_ROLE, ("new", path))
            item.setToolTip(self.tr("{0} — not saved yet").format(Path(path).name))
            self.photos.blockSignals(True)
            self._photo_flags(item)
            self.photos.addItem(item)
            self.photos.blockSignals(False)
            self._edited()

        self.ctx.run_task(lambda: read_photo(path), done, self._photo_failed)

    def _caption_edited(self, item: QListWidgetItem) -> None:
        kind, key = item.data(ITEM_ROLE)
        caption = item.text().strip()
        if kind == "stored":
            self.captions[key] = caption
        else:
            for photo in self.new_photos:
                if photo.path == key:
                    photo.caption = caption
        self._edited()

    def edit_caption(self) -> None:
        if self.photos.currentRow() >= 0:
            self.photos.editItem(self.photos.currentItem())

    def remove_photo(self) -> None:
        if self.photos.currentRow() < 0:
            self.photo_error.show_message(self.tr("Select the photo to remove first."))
            return
        item = self.photos.currentItem()
        answer = QMessageBox.question(
            self,
            self.tr("Remove photo"),
            self.tr("Remove “{0}” from this visit when you save?").format(item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind, key = item.data(ITEM_ROLE)
        if kind == "stored":
            self.removed_photos.add(key)  # tombstoned on save, never erased
        else:
            self.new_photos = [p for p in self.new_photos if p.path != key]
        self.photos.takeItem(self.photos.row(item))
        self._edited()

    # --- saving -----------------------------------------------------------------------

    def changes(self, finalise: bool = False) -> VisitChanges | None:
        """What Save would write, or None after showing what is wrong."""
        fixed = {"partnership_id": self.partnership_id} if self.visit_id is None else {}
        context = {"partnership_id": self.partnership_id}
        values = self.form.collect(fixed=fixed, context=context)
        if values is None:
            return None
        return VisitChanges(
            visit_id=self.visit_id,
            values=values,
            participants=self.checked_participants(),
            findings=list(self.new_findings),
            actions=list(self.new_actions),
            photos=list(self.new_photos),
            removed_photos=set(self.removed_photos),
            captions=dict(self.captions),
            finalise=finalise,
            followups=self.followup_values(),
        )

    def save(self, finalise: bool = False) -> bool:
        """Write everything on the writer thread; False if nothing was sent."""
        if self.saving or self.final or not self.isEnabled():
            return False
        self.message.clear()
        changes = self.changes(finalise)
        if changes is None:
            return False
        self.saving = True
        self._update_buttons()
        self.ctx.run_op(
            lambda store: visits.save_visit(store, changes), self._saved, self._save_failed
        )
        return True

    def _saved(self, visit_id: str) -> None:
        self.saving = False
        self.keeper.clear()
        self.visit_id = visit_id
        self.keeper.watch(None)
        self.load_visit(visit_id, self.partnership_id or "")
        self.saved.emit(visit_id)

    def _save_failed(self, exc: Exception) -> None:
        self.saving = False
        self._update_buttons()
        self.form.show_error(exc)

    def finalise(self) -> None:
        if self.final or self.saving:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Finalise visit"),
            self.tr(
                "Mark this visit final? It becomes read-only until someone reopens it. "
                "Unsaved changes are saved first."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save(finalise=True)

    def delete_visit(self) -> None:
        """Ask, then delete the visit; typing not yet saved stays as its draft."""
        if self.visit_id is None or self.final or self.saving:
            return
        visit_id, title = self.visit_id, self.detail.title if self.detail else ""
        question = self.tr("Delete the site visit “{0}”, with its participants and photos?")
        if not ask(self, question.format(title)):
            return
        if self.dirty:
            self.keeper.save_now()  # comes back with the visit, offered as its draft
        self.dirty = False
        self.show_empty()
        delete_with_undo(self.ctx, SiteVisit, visit_id)

    def reopen(self) -> None:
        if not self.final or self.visit_id is None or self.saving:
            return
        visit_id = self.visit_id
        self.saving = True
        self._update_buttons()
        self.ctx.run_op(
            lambda store: visits.reopen_visit(store, visit_id), self._saved, self._save_failed
        )

    def print_summary(self) -> None:
        if self.visit_id is None:
            return
        try:
            from wopdesk.ui.report_preview import show_visit_summary
        except ImportError:
            self.message.show_message(
                self.tr("Printing the visit summary is not available in this version.")
            )
            return
        show_visit_summary(self, self.ctx, self.visit_id)
