"""The partnerships page's six editors.

Partnership, member, track, linked indicator, utility and person; the page itself is in
``partnerships.py``. Class names are the translation contexts, so they stay as they were.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.orm import Session

from wopdesk.domain.catalogue import indicator_label, indicator_text
from wopdesk.domain.vocab import (
    PartnershipStatus,
    PartnershipType,
    PeriodKind,
    Role,
    UtilityKind,
    WopPhase,
    WorkingArea,
)
from wopdesk.errors import ValidationError
from wopdesk.operations import Operation
from wopdesk.operations import records as record_ops
from wopdesk.storage import listing, queries
from wopdesk.storage.milestones import MilestoneRow, live_milestones
from wopdesk.storage.models import (
    ImprovementTrack,
    Membership,
    Partnership,
    Person,
    SyncedRecord,
    TrackIndicator,
    Utility,
)
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    NumberField,
    PersonPicker,
    RecordEditorDialog,
    RecordPicker,
    TextField,
    VocabCombo,
    open_editor,
    person_choices,
)
from wopdesk.ui.milestone_table import MilestoneTable
from wopdesk.ui.pages import cycle
from wopdesk.ui.pages.finance import CurrencyField

# --- pickers that can create what they pick ------------------------------------------------


class CreatingPicker(QWidget):
    """A record picker with a "New…" button that opens an editor and picks what it saved."""

    value_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        choices: Callable[[Session], list[tuple[str, str]]],
        make_editor: Callable[[QWidget], RecordEditorDialog],
        *,
        empty_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices = choices
        self.make_editor = make_editor
        self.editor: RecordEditorDialog | None = None
        self.picker = RecordPicker(empty_label=empty_label)
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New…"))
        self.new_button.clicked.connect(self.create_new)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.new_button)
        self.setFocusProxy(self.picker)
        self.picker.value_changed.connect(self.value_changed.emit)
        self.reload()

    def reload(self) -> None:
        with self.ctx.store.reading() as session:
            self.picker.set_choices(self.choices(session))

    def value(self) -> str | None:
        return self.picker.value()

    def set_value(self, record_id: str | None) -> None:
        self.picker.set_value(record_id)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802
        self.picker.setEnabled(enabled)
        self.new_button.setEnabled(enabled)

    def create_new(self) -> None:
        self.editor = open_editor(self.make_editor(self.window()), self._created)

    def _created(self, record_id: str) -> None:
        self.reload()
        self.picker.set_value(record_id)

    def current_editor(self) -> RecordEditorDialog | None:
        return self.editor if self.editor is not None and isValid(self.editor) else None


class FrequencyField(QComboBox):
    """How often an indicator is measured: a usual choice or any words typed."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter saves the form
        for text in ("monthly", "quarterly", "half-yearly", "yearly"):
            self.addItem(self.tr(text), text)
        self.setCurrentIndex(-1)
        self.currentTextChanged.connect(lambda _t: self.value_changed.emit())

    def value(self) -> str | None:
        index = self.findText(self.currentText())
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        return self.currentText().strip() or None

    def set_value(self, value: str | None) -> None:
        index = self.findData(value) if value else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(value or "")


# --- editors -----------------------------------------------------------------------------------


def own_side_first(people: Sequence[Person], utility_id: str | None) -> list[Person]:
    return sorted(people, key=lambda p: (p.utility_id != utility_id, p.name))


def utility_choices(session: Session) -> list[tuple[str, str]]:
    return [(u.id, f"{u.name} ({u.country})") for u in queries.utilities(session)]


class UtilityEditor(RecordEditorDialog):
    """A water or sanitation utility (shared by every partnership it takes part in)."""

    model = Utility

    def build(self) -> None:
        form = self.form
        form.add("name", self.tr("Name"), TextField())
        form.add("country", self.tr("Country"), TextField())
        form.add("region", self.tr("City or region"), TextField())
        form.add("kind", self.tr("Services"), VocabCombo(UtilityKind))
        form.add("population_served", self.tr("Population served"), NumberField(whole=True))
        form.add("connections", self.tr("Connections"), NumberField(whole=True))


class PersonEditor(RecordEditorDialog):
    """Someone who takes part in partnerships, usually staff of a utility."""

    model = Person

    def build(self) -> None:
        form = self.form
        form.add("name", self.tr("Name"), TextField())
        form.add(
            "utility_id",
            self.tr("Utility"),
            CreatingPicker(
                self.ctx,
                utility_choices,
                lambda parent: UtilityEditor(self.ctx, parent=parent),
                empty_label=self.tr("— no utility —"),
            ),
        )
        form.add("job_title", self.tr("Job title"), TextField())
        form.add("email", self.tr("Email"), TextField(placeholder="name@utility.org"))
        form.add("phone", self.tr("Phone"), TextField())


class PartnershipEditor(RecordEditorDialog):
    """A WOP: who mentors whom, when, in what currency, towards which objectives."""

    model = Partnership

    def build(self) -> None:
        form = self.form
        form.add("title", self.tr("Title"), TextField())
        for name, label in (
            ("mentor_utility_id", self.tr("Mentor utility")),
            ("mentee_utility_id", self.tr("Mentee utility")),
        ):
            form.add(
                name,
                label,
                CreatingPicker(
                    self.ctx,
                    utility_choices,
                    lambda parent: UtilityEditor(self.ctx, parent=parent),
                    empty_label=self.tr("— choose a utility —"),
                ),
            )
        form.add("type", self.tr("Type"), VocabCombo(PartnershipType))
        form.add("planned_start", self.tr("Planned start"), DateField(optional=True))
        form.add("planned_end", self.tr("Planned end"), DateField(optional=True))
        form.add("actual_start", self.tr("Actual start"), DateField(optional=True))
        form.add("actual_end", self.tr("Actual end"), DateField(optional=True))
        form.add("reporting_period", self.tr("Reporting periods"), VocabCombo(PeriodKind))
        form.add(
            "currency",
            self.tr("Currency"),
            CurrencyField(),
            hint=self.tr(
                "Totals are in this currency: amounts in another one are converted at the "
                "exchange rate of their date, or shown apart when there is none."
            ),
        )
        form.add("objectives", self.tr("Objectives"), LongTextField(lines=3))
        form.add("location", self.tr("Country or location"), TextField())
        form.add("phase", self.tr("Phase of the WOP cycle"), VocabCombo(WopPhase))
        form.add("status", self.tr("Status"), VocabCombo(PartnershipStatus))
        form.add(
            "code_of_conduct_date",
            self.tr("Code of conduct acknowledged on"),
            DateField(optional=True),
        )
        cycle.add_cycle_fields(form)  # a change of phase, and closing

    def window_title(self) -> str:
        return self.tr("New partnership") if self.record_id is None else self.tr("Partnership")

    def defaults(self) -> dict[str, Any]:
        return {
            "type": PartnershipType.SOUTH_SOUTH,
            "currency": "USD",
            "phase": WopPhase.DESIGN,
            "status": PartnershipStatus.ACTIVE,
            "reporting_period": PeriodKind.QUARTER,
            "planned_start": dt.date.today(),
            "mentor_utility_id": None,
            "mentee_utility_id": None,
        }

    def load(self, session: Session, record: SyncedRecord) -> dict[str, Any]:
        return cycle.load_partnership(record, self.form)

    def operation(self, values: dict[str, Any]) -> Operation[str]:
        record_id = self.record_id  # a change of phase is recorded in its history
        return lambda store: record_ops.save_partnership(store, record_id, values)

    def check(self, values: dict[str, Any]) -> None:
        cycle.check_cycle_fields(values)
        if values.get("mentor_utility_id") == values.get("mentee_utility_id"):
            raise ValidationError(
                self.tr("Partnership: the mentor and the mentee must be two different utilities."),
                "mentee_utility_id",
            )


class MembershipEditor(RecordEditorDialog):
    """A person's role in a partnership."""

    model = Membership

    def build(self) -> None:
        form = self.form
        form.add(
            "person_id",
            self.tr("Person"),
            CreatingPicker(
                self.ctx,
                lambda session: person_choices(queries.people(session)),
                lambda parent: PersonEditor(self.ctx, parent=parent),
                empty_label=self.tr("— choose a person —"),
            ),
        )
        form.add("role", self.tr("Role"), VocabCombo(Role))

    def window_title(self) -> str:
        return self.tr("Add a member") if self.record_id is None else self.tr("Member")

    def defaults(self) -> dict[str, Any]:
        return {"person_id": None, "role": Role.MENTEE}

    def check(self, values: dict[str, Any]) -> None:
        if self.record_id is not None or not self.partnership_id:
            return
        with self.ctx.store.reading() as session:
            members = {p.id for p, _ in queries.memberships(session, self.partnership_id)}
        if values.get("person_id") in members:
            raise ValidationError(
                self.tr("Member: this person is already a member; change their role instead."),
                "person_id",
            )


class TrackEditor(RecordEditorDialog):
    """An improvement track: one working area, a lead on each side, a team."""

    model = ImprovementTrack

    def build(self) -> None:
        form = self.form
        form.add("title", self.tr("Title"), TextField())
        form.add("working_area", self.tr("Working area"), VocabCombo(WorkingArea))
        form.add("mentor_lead_id", self.tr("Mentor lead"), PersonPicker())
        form.add("mentee_lead_id", self.tr("Mentee lead"), PersonPicker())
        form.add("team", self.tr("Team"), LongTextField(lines=2))
        form.add("initial_situation", self.tr("Initial situation"), LongTextField(lines=3))
        with self.ctx.store.reading() as session:
            partnership = (
                session.get(Partnership, self.partnership_id) if self.partnership_id else None
            )
            everyone = (
                queries.partnership_people(session, partnership)
                if partnership is not None
                else queries.people(session)
            )
            # Leads come from their own side first; members of either side stay choosable.
            for name, utility in (
                ("mentor_lead_id", partnership.mentor_utility_id if partnership else None),
                ("mentee_lead_id", partnership.mentee_utility_id if partnership else None),
            ):
                form.field(name).set_choices(person_choices(own_side_first(everyone, utility)))

    def window_title(self) -> str:
        return self.tr("New improvement track") if self.record_id is None else self.tr("Track")


class TrackIndicatorEditor(RecordEditorDialog):
    """An indicator followed by a track, with its baseline, target and how it is verified."""

    model = TrackIndicator

    def __init__(
        self,
        ctx: AppContext,
        record_id: str | None = None,
        parent: QWidget | None = None,
        *,
        track_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.track_id = track_id
        super().__init__(ctx, record_id, parent, **kwargs)

    def build(self) -> None:
        form = self.form
        indicator: RecordPicker = form.add(
            "indicator_id",
            self.tr("Indicator"),
            RecordPicker(empty_label=self.tr("— choose an indicator —")),
        )
        form.add("utility_id", self.tr("Measured at"), RecordPicker())
        self.baseline = form.add("baseline_value", self.tr("Baseline"), NumberField(decimals=4))
        form.add("baseline_date", self.tr("Baseline date"), DateField(optional=True))
        self.target = form.add("target_value", self.tr("Target"), NumberField(decimals=4))
        form.add("target_date", self.tr("Target date"), DateField(optional=True))
        self.milestones = form.add(
            "milestones",
            self.tr("Milestones"),
            MilestoneTable(),
            hint=self.tr("Optional yearly steps on the straight path from baseline to target."),
        )
        form.add("frequency", self.tr("Frequency"), FrequencyField())
        form.add("means_of_verification", self.tr("Means of verification"), LongTextField(lines=2))
        with self.ctx.store.reading() as session:
            indicators = queries.indicators(session, self.partnership_id)
            self.units = {i.id: indicator_text(i, "unit") for i in indicators}
            indicator.set_choices((i.id, indicator_label(i)) for i in indicators)
            if self.partnership_id:
                form.field("utility_id").set_choices(
                    (u.id, u.name)
                    for u in listing.partnership_utilities(session, self.partnership_id)
                )
        indicator.value_changed.connect(self._indicator_chosen)

    def window_title(self) -> str:
        return (
            self.tr("Link an indicator") if self.record_id is None else self.tr("Linked indicator")
        )

    def defaults(self) -> dict[str, Any]:
        return {"indicator_id": None, "frequency": "quarterly"}

    def fixed_values(self) -> dict[str, Any]:
        fixed = super().fixed_values()
        if self.record_id is None:
            fixed["track_id"] = self.track_id
        return fixed

    def load(self, session: Session, record: SyncedRecord) -> dict[str, Any]:
        values = {name: getattr(record, name) for name in self.form.fields if name != "milestones"}
        values["milestones"] = [
            MilestoneRow(m.id, m.date, m.value) for m in live_milestones(session, record.id)
        ]
        return values

    def operation(self, values: dict[str, Any]) -> Operation[str]:
        """The target and its milestones in one transaction: a refused milestone saves
        nothing, and its sentence shows under the milestones."""
        record_id = self.record_id
        return lambda store: record_ops.save_track_indicator(store, record_id, values)

    def _indicator_chosen(self) -> None:
        unit = self.units.get(self.form.field("indicator_id").value() or "", "")
        self.baseline.set_unit(unit)
        self.target.set_unit(unit)
