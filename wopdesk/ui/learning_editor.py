"""The learning-log entry form: fast enough to log a session in under a minute.

Defaults do most of the work: today, the form used last, the signed-in person as
trainee (or as trainer when they are on the mentor side), one hour. Enter in the
topic or hours moves on; Ctrl+S (or "Save and new") saves.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.domain import vocab as v
from wopdesk.domain.people import SEX_FIELDS, people_of, person_hours, trainee_count_problem
from wopdesk.operations.learning import save_learning_entry
from wopdesk.storage import overview
from wopdesk.storage.models import LearningActivity
from wopdesk.storage.overview import LearningDetail, PersonChoice, TrackChoice
from wopdesk.ui.context import AppContext
from wopdesk.ui.drafts import DraftKeeper
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    NumberField,
    PersonPicker,
    RecordForm,
    RecordPicker,
    TextField,
    VocabCombo,
    format_number,
)
from wopdesk.ui.style import heading, muted
from wopdesk.ui.undo import ask, delete_with_undo

PERSON_ROLE = Qt.ItemDataRole.UserRole + 40


class LevelCombo(QComboBox):
    """A competency level 1–5, or not assessed."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("—"), None)
        names = [
            self.tr("1 · novice"),
            self.tr("2 · beginner"),
            self.tr("3 · competent"),
            self.tr("4 · proficient"),
            self.tr("5 · expert"),
        ]
        for level, name in enumerate(names, start=1):
            self.addItem(name, level)
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit())

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: int | None) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class TraineeList(QListWidget):
    """People of the partnership with a tick for each trainee."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(self.fontMetrics().height() * 6 + 16)
        self.itemChanged.connect(lambda _item: self.value_changed.emit())

    def set_people(self, people: list[PersonChoice]) -> None:
        chosen = self.value()
        self.blockSignals(True)
        self.clear()
        # Mentee staff are the usual trainees: list them first.
        ordered = sorted(people, key=lambda p: (p.side != "mentee", p.name.casefold()))
        for person in ordered:
            item = QListWidgetItem(person.name)
            item.setData(PERSON_ROLE, person.id)
            item.setToolTip(person.utility_name or "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self.blockSignals(False)

    def value(self) -> list[str]:
        return [
            self.item(row).data(PERSON_ROLE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, ids: list[str] | None) -> None:
        wanted = set(ids or [])
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(PERSON_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt's style, as the fields)
        self.setEnabled(not read_only)


def _check_counts(values: dict[str, Any]) -> None:
    """Refuse, before anything is sent, counts by sex that miss the participants."""
    problem = trainee_count_problem(values)
    if problem is not None:
        raise problem


class LearningEditor(QWidget):
    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id: str | None = None
        self.partnership_id: str | None = None
        self.people: list[PersonChoice] = []
        self.saving = False
        self.dirty = False
        self.new_after_save = False
        self._loading = False
        self._generation = 0
        self.last_form: v.LearningForm = v.LearningForm.ON_THE_JOB

        self.heading = heading(self.tr("New learning entry"), 2)
        self.form = RecordForm(LearningActivity.rules)
        f = self.form
        f.add("date", self.tr("Date"), DateField())
        f.add("form", self.tr("Form"), VocabCombo(v.LearningForm))
        f.add("topic", self.tr("Topic"), TextField(placeholder=self.tr("What was learned")))
        f.add("trainer_id", self.tr("Trainer"), PersonPicker())
        f.add("trainees", self.tr("Trainees"), TraineeList())
        f.add("hours", self.tr("Hours"), NumberField(unit=self.tr("h"), decimals=2))
        self._add_people_fields()
        self.competency = f.add("competency", self.tr("Competency"), TextField())
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.competency.setCompleter(self.completer)
        self.level_before = LevelCombo()
        self.level_after = LevelCombo()
        self.level_before.setAccessibleName(self.tr("Level before"))
        self.level_after.setAccessibleName(self.tr("Level after"))
        f.add("level_before", self.tr("Level before"), self.level_before)
        f.add("level_after", self.tr("Level after"), self.level_after)
        f.add("track_id", self.tr("Track"), RecordPicker(empty_label=self.tr("— none —")))
        f.add("applied_evidence", self.tr("How it was applied"), LongTextField(lines=2))
        f.add("applied_date", self.tr("Applied on"), DateField(optional=True))
        f.add("verified_by_id", self.tr("Verified by mentor"), PersonPicker())
        f.field("verified_by_id").setToolTip(
            self.tr("The mentor who checked that the learning is applied at work")
        )
        line = self.fontMetrics().lineSpacing()
        for name in ("date", "applied_date"):
            f.field(name).setMaximumWidth(line * 14)
        f.field("hours").setMaximumWidth(line * 12)
        f.field("applied_evidence").setMaximumHeight(line * 4 + 14)
        self._fit_narrow_panel()
        f.field("topic").returnPressed.connect(lambda: f.field("trainer_id").setFocus())
        f.field("hours").edit.returnPressed.connect(self.save)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this entry (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.save_new_button = QPushButton(self.tr("Save and &new"))
        self.save_new_button.clicked.connect(self.save_and_new)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this entry (Edit › Undo takes it back)"))
        self.delete_button.clicked.connect(self.delete_entry)
        self.delete_button.setEnabled(False)
        self.status = muted()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.keeper = DraftKeeper(
            ctx.drafts,
            {
                "topic": f.field("topic"),
                "competency": f.field("competency"),
                "hours": f.field("hours").edit,
                "applied_evidence": f.field("applied_evidence"),
            },
            parent=self,
        )
        f.changed.connect(self._edited)

    def _add_people_fields(self) -> None:
        """Participants and, of them, women, men and not stated; person-hours shown live."""
        f = self.form
        f.add(
            "participants",
            self.tr("Participants"),
            NumberField(whole=True),
            hint=self.tr("Empty: the sum of the counts below, or the named trainees"),
        )
        f.add("women", self.tr("Women"), NumberField(whole=True))
        f.add("men", self.tr("Men"), NumberField(whole=True))
        f.add("not_stated", self.tr("Sex not stated"), NumberField(whole=True))
        line = self.fontMetrics().lineSpacing()
        for name in ("participants", *SEX_FIELDS):
            f.field(name).edit.setMaximumWidth(line * 6)
        self.person_hours = muted()
        self.person_hours.setAccessibleName(self.tr("Person-hours"))
        f.add_row(self.tr("Person-hours"), self.person_hours)
        f.changed.connect(self._show_person_hours)

    def _show_person_hours(self) -> None:
        """Participants × hours as the entry would be saved now ("" while unreadable)."""
        values, unreadable = self.form.read()
        if unreadable:
            self.person_hours.setText("")
            return
        reached = people_of(
            values.get("participants"),
            values.get("women"),
            values.get("men"),
            values.get("not_stated"),
            len(values.get("trainees") or []),
        )
        hours = person_hours(values.get("hours"), reached.participants)
        self.person_hours.setText(
            self.tr("{0} ({1} participants × {2} h)").format(
                format_number(hours), reached.participants, format_number(values.get("hours"))
            )
        )

    def _fit_narrow_panel(self) -> None:
        """Keep the form within the log's side panel in every language.

        In French and Spanish the labels are longer ("Verificado por el mentor") and the
        lists were as wide as their longest name, so the form was wider than its panel and
        cut off. The lists now shrink to a dozen characters (the full text shows when
        opened), and a row whose field still does not fit puts it under its label.
        """
        self.form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in ("form", "trainer_id", "track_id", "verified_by_id"):
            combo = self.form.field(name)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)

    # --- loading ----------------------------------------------------------------------

    def load(self, activity_id: str | None, partnership_id: str) -> None:
        """Open an entry, or a new one with defaults when ``activity_id`` is None."""
        self.keeper.flush()
        self._generation += 1
        generation = self._generation
        me = self.ctx.me

        def read(
            session: Session,
        ) -> tuple[LearningDetail | None, list[PersonChoice], list[TrackChoice], list[str]]:
            detail = overview.learning_detail(session, activity_id) if activity_id else None
            pid = detail.partnership_id if detail else partnership_id
            return (
                detail,
                overview.partnership_people(session, pid),
                overview.track_choices(session, pid),
                overview.competencies(session, pid),
            )

        def done(
            result: tuple[LearningDetail | None, list[PersonChoice], list[TrackChoice], list[str]],
        ) -> None:
            if generation == self._generation:
                self._fill(*result, partnership_id=partnership_id, me=me)

        self.ctx.run_read(read, done)

    def _fill(
        self,
        detail: LearningDetail | None,
        people: list[PersonChoice],
        tracks: list[TrackChoice],
        competencies: list[str],
        *,
        partnership_id: str,
        me: str | None,
    ) -> None:
        self._loading = True
        self.activity_id = detail.id if detail else None
        self.delete_button.setEnabled(detail is not None)
        self.partnership_id = detail.partnership_id if detail else partnership_id
        self.people = people
        f = self.form
        names = [(p.id, p.name) for p in people]
        f.field("trainer_id").set_choices(names)
        mentors = [(p.id, p.name) for p in people if p.side == "mentor"] or names
        f.field("verified_by_id").set_choices(mentors)
        f.field("trainees").set_people(people)
        f.field("track_id").set_choices([(t.id, t.title) for t in tracks])
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(competencies)
        with self.keeper.pause():
            if detail is None:
                f.set_values(self._defaults(people, me))
            else:
                values = {name: getattr(detail, name, None) for name in f.fields}
                values["trainees"] = detail.trainee_ids
                f.set_values(values)
        self.heading.setText(
            self.tr("New learning entry") if detail is None else self.tr("Learning entry")
        )
        self._loading = False
        self._show_person_hours()
        self.dirty = False
        self.keeper.watch(self.draft_key())
        draft = self.keeper.load()
        if draft is not None:
            self.keeper.restore(draft)
            self.status.setText(self.tr("Unsaved typing restored."))
            self.dirty = True

    def delete_entry(self) -> None:
        """Ask, then delete the entry; typing not yet saved stays as its draft."""
        activity_id = self.activity_id
        if activity_id is None or self.saving:
            return
        topic = self.form.field("topic").text()
        if not ask(self, self.tr("Delete the learning entry “{0}”?").format(topic)):
            return
        if self.dirty:
            self.keeper.save_now()  # comes back with the entry, restored into the form
        self.dirty = False
        self.keeper.watch(None)
        self.activity_id = None
        self.delete_button.setEnabled(False)
        delete_with_undo(
            self.ctx,
            LearningActivity,
            activity_id,
            lambda _deleted: self.load(None, self.partnership_id or ""),
        )

    def _defaults(self, people: list[PersonChoice], me: str | None) -> dict[str, Any]:
        side = next((p.side for p in people if p.id == me), None)
        return {
            "date": dt.date.today(),
            "form": self.last_form,
            "topic": "",
            "trainer_id": me if side == "mentor" else None,
            "trainees": [me] if me and side != "mentor" else [],
            "hours": 1.0,
            "competency": "",
            "level_before": None,
            "level_after": None,
            "track_id": None,
            "applied_evidence": "",
            "applied_date": None,
            "verified_by_id": None,
            "participants": None,
            "women": None,
            "men": None,
            "not_stated": None,
        }

    def draft_key(self) -> str:
        if self.activity_id is not None:
            return f"learning_activity/{self.activity_id}"
        return f"learning_activity/new/{self.partnership_id}"

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.status.setText(self.tr("Unsaved changes"))
        self.keeper.touch()

    # --- saving -----------------------------------------------------------------------

    def save_and_new(self) -> None:
        self.new_after_save = True
        if not self.save():
            self.new_after_save = False

    def save(self) -> bool:
        if self.saving or self.partnership_id is None:
            return False
        fixed = {"partnership_id": self.partnership_id} if self.activity_id is None else {}
        values = self.form.collect(
            fixed=fixed, check=_check_counts, context={"partnership_id": self.partnership_id}
        )
        if values is None:
            return False
        trainees = values.pop("trainees")
        activity_id = self.activity_id
        self.saving = True
        self.save_button.setEnabled(False)
        self.save_new_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.ctx.run_op(
            lambda store: save_learning_entry(store, activity_id, values, trainees),
            self._saved,
            self._failed,
        )
        form = values.get("form")
        if isinstance(form, v.LearningForm):
            self.last_form = form
        return True

    def _saved(self, activity_id: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.save_new_button.setEnabled(True)
        self.keeper.clear()
        self.dirty = False
        self.status.setText(self.tr("Saved."))
        self.saved.emit(activity_id)
        if self.new_after_save:
            self.new_after_save = False
            self.load(None, self.partnership_id or "")
            self.form.field("topic").setFocus()
        else:
            self.activity_id = activity_id
            self.heading.setText(self.tr("Learning entry"))
            self.keeper.watch(self.draft_key())

    def _failed(self, exc: Exception) -> None:
        self.saving = False
        self.new_after_save = False
        self.save_button.setEnabled(True)
        self.save_new_button.setEnabled(True)
        self.status.setText("")
        self.form.show_error(exc)
