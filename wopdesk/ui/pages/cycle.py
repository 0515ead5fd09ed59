"""The WOP cycle on the Overview and in the partnership editor: the current phase's best
practices as a checklist the partnership ticks, the phase history, the mentoring pairs,
and the fields a change of phase or the closing of a partnership records."""

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from wopdesk.domain.cycle import phase_practices, practice_text
from wopdesk.domain.vocab import ClosingDecision, MentoringPhase, PartnershipStatus, WopPhase
from wopdesk.errors import ValidationError
from wopdesk.operations import records as record_ops
from wopdesk.storage import cycle
from wopdesk.storage.cycle import PHASE_DATE, PHASE_NOTE, CycleView
from wopdesk.storage.models import MentoringPair, Partnership, PhaseChange, SyncedRecord
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    PersonPicker,
    RecordEditorDialog,
    VocabCombo,
    format_date,
    open_editor,
    vocab_label,
)
from wopdesk.ui.style import Card, muted
from wopdesk.ui.undo import ask, delete_with_undo

if TYPE_CHECKING:
    from wopdesk.ui.forms import RecordForm

WATCHED = frozenset({"partnership", "practice_tick", "phase_change", "mentoring_pair", "person"})
PRACTICE_ROLE = Qt.ItemDataRole.UserRole + 1
CLOSING_FIELDS = (
    "closing_date",
    "closing_decision",
    "closing_results",
    "closing_sustainability",
    "closing_follow_up",
)


class PracticeLabel(QLabel):
    """A practice's text beside its check box: wraps (long in French or Spanish, where a
    check box's own text would widen the page), and a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


class CycleCard(Card):
    """The current phase's good practice as a checklist, the phase history and the pairs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Good practice for this phase"),
            parent,
        )
        self.ctx = ctx
        self.view: CycleView | None = None
        self._generation = 0
        self.checks: dict[str, QCheckBox] = {}
        self.count = muted()
        self.checklist = QGridLayout()
        self.checklist.setHorizontalSpacing(16)
        self.history = QLabel()  # says when there is no phase change yet
        self.history.setWordWrap(True)
        self.history_list = self._list(self._edit_change)
        self.edit_change_button = QPushButton(self.tr("Edit…"))
        self.edit_change_button.clicked.connect(lambda _c=False: self._edit_change())
        self.delete_change_button = QPushButton(self.tr("Delete"))
        self.delete_change_button.clicked.connect(lambda _c=False: self.delete_change())
        self.pair_list = self._list(self._edit_pair)
        self.add_pair_button = QPushButton(self.tr("Record a mentoring pair…"))
        self.add_pair_button.clicked.connect(lambda _c=False: self.open_pair(None))
        self.edit_pair_button = QPushButton(self.tr("Edit…"))
        self.edit_pair_button.clicked.connect(lambda _c=False: self._edit_pair())
        self.delete_pair_button = QPushButton(self.tr("Delete"))
        self.delete_pair_button.clicked.connect(lambda _c=False: self.delete_pair())
        self.body.addWidget(self.count)
        self.body.addLayout(self.checklist)
        self.body.addLayout(
            self._row(
                QLabel(self.tr("Phase history")),
                self.edit_change_button,
                self.delete_change_button,
            )
        )
        self.body.addWidget(self.history)
        self.body.addWidget(self.history_list)
        self.body.addLayout(
            self._row(
                QLabel(self.tr("Mentoring pairs")),
                self.add_pair_button,
                self.edit_pair_button,
                self.delete_pair_button,
            )
        )
        self.body.addWidget(self.pair_list)
        for lst in (self.history_list, self.pair_list):
            lst.itemSelectionChanged.connect(self._enable)
        self._enable()
        ctx.partnership_changed.connect(lambda _pid: self.refresh())
        ctx.data_changed.connect(lambda changed: self.refresh() if changed & WATCHED else None)
        self.editor: RecordEditorDialog | None = None
        self.refresh()

    def _list(self, edit: "Any") -> QListWidget:
        """A list whose rows open their editor on a double click or Enter."""
        found = QListWidget()
        found.itemActivated.connect(edit)
        found.itemDoubleClicked.connect(edit)
        return found

    @staticmethod
    def _row(label: QLabel, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    def _enable(self) -> None:
        for lst, buttons in (
            (self.history_list, (self.edit_change_button, self.delete_change_button)),
            (self.pair_list, (self.edit_pair_button, self.delete_pair_button)),
        ):
            for button in buttons:
                button.setEnabled(lst.currentItem() is not None and bool(lst.selectedItems()))

    # --- reading ---

    def refresh(self) -> None:
        pid = self.ctx.partnership_id
        self._generation += 1
        generation = self._generation
        if not pid:
            self._show(None)
            return

        def done(view: CycleView | None) -> None:
            if generation == self._generation:
                self._show(view)

        self.ctx.run_read(lambda session: cycle.cycle_view(session, pid), done)

    def _show(self, view: CycleView | None) -> None:
        self.view = view
        self.setVisible(view is not None)
        if view is None:
            return
        self.title.setText(
            self.tr("Good practice for this phase: {0}").format(vocab_label(view.phase))
        )
        self._show_checklist(view)
        self.history_list.clear()
        for change_id, (phase, day, note) in zip(view.history_ids, view.history, strict=True):
            text = self.tr("{0}: {1}").format(format_date(day), vocab_label(phase))
            item = QListWidgetItem(text + (f" — {note}" if note else ""))
            item.setData(PRACTICE_ROLE, change_id)
            self.history_list.addItem(item)
        self.history.setText("" if view.history else self.tr("No phase change recorded yet."))
        self.history.setVisible(not view.history)
        self._fit(self.history_list, len(view.history))
        self.pair_list.clear()
        for pair in view.pairs:
            text = self.tr("{0} → {1}: {2} since {3}").format(
                pair.mentor, pair.mentee, vocab_label(pair.phase), format_date(pair.date)
            )
            item = QListWidgetItem(text)
            item.setData(PRACTICE_ROLE, pair.id)
            item.setToolTip(pair.note or "")
            self.pair_list.addItem(item)
        self._fit(self.pair_list, len(view.pairs))
        self._enable()

    @staticmethod
    def _fit(lst: QListWidget, count: int) -> None:
        """Tall enough for its rows, hidden when empty."""
        lst.setVisible(bool(count))
        rows = lst.sizeHintForRow(0) * count if count else 0
        lst.setFixedHeight(rows + 2 * lst.frameWidth() + 2)

    def _show_checklist(self, view: CycleView) -> None:
        while self.checklist.count():
            item = self.checklist.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.checks = {}
        found = phase_practices(view.phase)
        for index, practice in enumerate(found):
            text = practice_text(practice.id)
            box = QCheckBox()
            box.setAccessibleName(text)
            box.setChecked(practice.id in view.ticked)
            label = PracticeLabel(text, box)
            for widget in (box, label):
                widget.setToolTip(self.tr("Source: {0}").format(practice.source))
            box.toggled.connect(lambda on, pid=practice.id: self.tick(pid, on))
            row, column = index // 2, 2 * (index % 2)
            self.checklist.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)
            self.checklist.addWidget(label, row, column + 1, Qt.AlignmentFlag.AlignTop)
            self.checks[practice.id] = box
        self.checklist.setColumnStretch(1, 1)
        self.checklist.setColumnStretch(3, 1)
        done = sum(1 for p in found if p.id in view.ticked)
        self.count.setText(self.tr("{0} of {1} practices ticked").format(done, len(found)))

    # --- writing ---

    def tick(self, practice: str, on: bool) -> None:
        pid, me = self.ctx.partnership_id, self.ctx.me
        if not pid:
            return
        self.ctx.run_op(lambda store: record_ops.set_practice_tick(store, pid, practice, on, me))

    def open_pair(self, pair_id: str | None) -> None:
        self.editor = open_editor(MentoringPairEditor(self.ctx, pair_id, parent=self))

    def _edit_pair(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.pair_list.currentItem()
        if item is not None:
            self.open_pair(item.data(PRACTICE_ROLE))

    def _edit_change(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.history_list.currentItem()
        if item is not None:
            change_id = item.data(PRACTICE_ROLE)
            self.editor = open_editor(PhaseChangeEditor(self.ctx, change_id, parent=self))

    def delete_pair(self) -> None:
        item = self.pair_list.currentItem()
        if item is not None and ask(self, self.tr("Delete this mentoring pair?")):
            delete_with_undo(self.ctx, MentoringPair, item.data(PRACTICE_ROLE))

    def delete_change(self) -> None:
        item = self.history_list.currentItem()
        if item is not None and ask(self, self.tr("Delete this phase change from the history?")):
            delete_with_undo(self.ctx, PhaseChange, item.data(PRACTICE_ROLE))


class PhaseChangeEditor(RecordEditorDialog):
    """One entry of the phase history: the phase entered, on which date, and a note."""

    model = PhaseChange

    def build(self) -> None:
        self.form.add("phase", self.tr("Phase"), VocabCombo(WopPhase))
        self.form.add("date", self.tr("Entered on"), DateField())
        self.form.add("note", self.tr("Note"), LongTextField(lines=2))

    def window_title(self) -> str:
        return self.tr("Phase change")

    def defaults(self) -> dict[str, Any]:
        return {"date": dt.date.today()}


class MentoringPairEditor(RecordEditorDialog):
    """A mentor, a mentee, and the phase their relationship is in since a date."""

    model = MentoringPair

    def build(self) -> None:
        form = self.form
        form.add(
            "mentor_id",
            self.tr("Mentor"),
            PersonPicker(optional=False),
        )
        form.add(
            "mentee_id",
            self.tr("Mentee"),
            PersonPicker(optional=False),
        )
        form.add(
            "phase",
            self.tr("Phase of the relationship"),
            VocabCombo(MentoringPhase),
            hint=self.tr(
                "Orientation, the middle period, then dissolving (after a year or two).",
            ),
        )
        form.add("date", self.tr("Since"), DateField())
        form.add(
            "note",
            self.tr("Note"),
            LongTextField(lines=2),
        )
        with self.ctx.store.reading() as session:
            for name in ("mentor_id", "mentee_id"):
                form.field(name).load(session, self.partnership_id)

    def window_title(self) -> str:
        return self.tr("Mentoring pair")

    def defaults(self) -> dict[str, Any]:
        return {"phase": MentoringPhase.ORIENTATION, "date": dt.date.today()}

    def check(self, values: dict[str, Any]) -> None:
        if values.get("mentor_id") and values.get("mentor_id") == values.get("mentee_id"):
            raise ValidationError(
                self.tr(
                    "Mentoring pair: the mentor and the mentee must be two people.",
                ),
                "mentee_id",
            )


# --- the partnership editor's phase change and closing ----------------------------------


def add_cycle_fields(form: "RecordForm") -> None:
    """The date and note of a change of phase, and what closing the partnership records
    (shown while the status is closed)."""
    form.add(
        PHASE_DATE,
        QCoreApplication.translate("PartnershipEditor", "Phase changed on"),
        DateField(optional=True),
        hint=QCoreApplication.translate(
            "PartnershipEditor", "When the phase changes: today unless you give a date."
        ),
    )
    form.add(
        PHASE_NOTE,
        QCoreApplication.translate("PartnershipEditor", "Note on the phase change"),
        LongTextField(lines=2),
    )
    form.add(
        "closing_date",
        QCoreApplication.translate("PartnershipEditor", "Closed on"),
        DateField(optional=True),
    )
    form.add(
        "closing_decision",
        QCoreApplication.translate("PartnershipEditor", "Decision"),
        VocabCombo(ClosingDecision, optional=True),
    )
    form.add(
        "closing_results",
        QCoreApplication.translate("PartnershipEditor", "Results"),
        LongTextField(lines=2),
    )
    form.add(
        "closing_sustainability",
        QCoreApplication.translate("PartnershipEditor", "Sustainability measures"),
        LongTextField(lines=2),
    )
    form.add(
        "closing_follow_up",
        QCoreApplication.translate("PartnershipEditor", "Follow-up"),
        LongTextField(lines=2),
    )
    status = form.field("status")

    def show_closing() -> None:
        closed = status.value() == PartnershipStatus.CLOSED
        for name in CLOSING_FIELDS:
            cell = form.fields[name].parentWidget()  # the field's row in the form
            if cell is not None:
                form.layout_.setRowVisible(cell, closed)

    status.value_changed.connect(show_closing)
    show_closing()


def load_partnership(record: SyncedRecord, form: "RecordForm") -> dict[str, Any]:
    """The editor's values of a stored partnership (the phase change's are blank)."""
    assert isinstance(record, Partnership)
    return {name: getattr(record, name, None) for name in form.fields}


def check_cycle_fields(values: dict[str, Any]) -> None:
    from wopdesk.domain.i18n import translate

    day = values.get(PHASE_DATE)
    if isinstance(day, dt.date) and day > dt.date.today():
        message = translate("health", "The phase cannot have changed in the future ({date}).")
        raise ValidationError(message.format(date=format_date(day)), PHASE_DATE)
