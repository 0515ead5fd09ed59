"""The results chain on the work plan page: outputs (deliverables) with the actions serving
them, their editor, and the fields an action gains (start date, estimated cost, output)."""

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from wopdesk.domain.results_chain import action_problems, output_problems
from wopdesk.domain.vocab import OutputStatus
from wopdesk.storage import queries
from wopdesk.storage.models import Output
from wopdesk.storage.results_chain import OutputRow
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    RecordEditorDialog,
    RecordPicker,
    TextField,
    VocabCombo,
    format_date,
    vocab_label,
)
from wopdesk.ui.models import Column
from wopdesk.ui.pages.records import DetailsBox
from wopdesk.ui.record_table import RecordTable

STATUS_ORDER = {status: n for n, status in enumerate(OutputStatus)}


class OutputEditor(RecordEditorDialog):
    """A deliverable of the results chain: what, on which track, by when, how far, the proof."""

    model = Output

    def build(self) -> None:
        form = self.form
        form.add("title", self.tr("Title"), TextField())
        form.add(
            "track_id",
            self.tr("Improvement track"),
            RecordPicker(empty_label=self.tr("— no track —")),
        )
        form.add("description", self.tr("Description"), LongTextField(lines=2))
        form.add("target_date", self.tr("Target date"), DateField(optional=True))
        status: VocabCombo[OutputStatus] = form.add(
            "status", self.tr("Status"), VocabCombo(OutputStatus)
        )
        form.add("delivered_date", self.tr("Delivered on"), DateField(optional=True))
        form.add(
            "evidence",
            self.tr("Evidence"),
            LongTextField(lines=2),
            hint=self.tr("What shows it is delivered: a report, minutes, a map handed over…"),
        )
        status.value_changed.connect(self._status_changed)
        if self.partnership_id:
            with self.ctx.store.reading() as session:
                form.field("track_id").set_choices(
                    (t.id, t.title) for t in queries.tracks(session, self.partnership_id)
                )

    def defaults(self) -> dict[str, Any]:
        return {"status": OutputStatus.PLANNED}

    def check(self, values: dict[str, Any]) -> None:
        for problem in output_problems(values):
            raise problem

    def _status_changed(self) -> None:
        # Delivered today unless the person says otherwise: saves typing the usual date.
        delivered = self.form.field("delivered_date")
        if self.form.field("status").value() == OutputStatus.DELIVERED and not delivered.text():
            delivered.set_value(dt.date.today())


def check_action_fields(values: dict[str, Any]) -> None:
    """The action editor's check of its cost and currency, as storage checks them."""
    for problem in action_problems(values):
        raise problem


class OutputsPanel(QWidget):
    """The Outputs tab: the list with its buttons, and the selected output's details."""

    def __init__(
        self,
        new: Callable[[], None],
        edit: Callable[[str], None],
        delete: Callable[[str], None],
        load_rows: Callable[[Sequence[str]], dict[str, OutputRow]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = RecordTable(
            [
                Column(
                    self.tr("Track"), lambda r: r.track or "", lambda r: (r.track or "").lower()
                ),
                Column(self.tr("Output"), lambda r: r.title, lambda r: r.title.lower()),
                Column(
                    self.tr("Status"),
                    lambda r: vocab_label(r.status),
                    lambda r: STATUS_ORDER[r.status],
                ),
                Column(
                    self.tr("Target date"),
                    lambda r: format_date(r.target_date),
                    lambda r: r.target_date or dt.date.max,
                ),
                Column(
                    self.tr("Actions done"),
                    lambda r: f"{r.done} / {len(r.actions)}",
                    lambda r: (r.done, len(r.actions)),
                ),
            ],
            load_rows,
            stretch_column=1,
        )
        self.table.set_column_widths([22, None, 12, 14, 12])
        self.table.activated.connect(edit)
        self.table.current_changed.connect(self._selection_changed)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New output…"))
        self.edit_button = QPushButton(self.tr("Edit output…"))
        self.delete_button = QPushButton(self.tr("Delete output"))
        self.new_button.clicked.connect(lambda _c=False: new())
        self.edit_button.clicked.connect(lambda _c=False: self._with_current(edit))
        self.delete_button.clicked.connect(lambda _c=False: self._with_current(delete))
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.details = DetailsBox(
            self.tr("Selected output"),
            (
                ("description", self.tr("Output")),
                ("evidence", self.tr("Evidence")),
                ("actions", self.tr("Actions serving it")),
            ),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._selection_changed(None)

    def _with_current(self, act: Callable[[str], None]) -> None:
        record_id = self.table.current_id()
        if record_id is not None:
            act(record_id)

    def _selection_changed(self, record_id: object) -> None:
        chosen = record_id if isinstance(record_id, str) else None
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        row = self.table.model.row(self.table.model.ids.index(chosen)) if chosen else None
        self.details.show_texts(None if row is None else self.texts(row))

    def texts(self, row: OutputRow) -> dict[str, str]:
        """The details of an output: what it is, its proof, and the actions serving it."""
        proof = row.evidence or self.tr("no evidence recorded yet")
        if row.delivered_date is not None:
            proof = self.tr("Delivered on {0}: {1}").format(format_date(row.delivered_date), proof)
        lines = [
            "• "
            + self.tr("{0} — {1}, due {2}").format(
                a.description, vocab_label(a.status), format_date(a.due_date) or "—"
            )
            for a in row.actions
        ]
        return {
            "description": row.description or "—",
            "evidence": proof,
            "actions": "\n".join(lines) or self.tr("No action serves this output yet."),
        }
