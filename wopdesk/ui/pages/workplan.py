"""Work plan: the partnership's actions, filtered by status and track, overdue ones marked."""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTabWidget, QWidget
from sqlalchemy.orm import Session

from wopdesk.domain.vocab import ActionStatus
from wopdesk.operations import Operation
from wopdesk.operations import records as record_ops
from wopdesk.storage import listing, queries, results_chain
from wopdesk.storage.models import Action, Output, SyncedRecord
from wopdesk.storage.results_chain import OutputRow
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    IntegerField,
    LongTextField,
    MoneyField,
    PersonPicker,
    RecordEditorDialog,
    RecordPicker,
    VocabCombo,
    format_date,
    vocab_label,
)
from wopdesk.ui.models import Column
from wopdesk.ui.pages.outputs import OutputEditor, OutputsPanel, check_action_fields
from wopdesk.ui.pages.records import DetailsBox, RecordPage
from wopdesk.ui.record_table import ProgressDelegate, RecordTable
from wopdesk.ui.wrapping import clipped, prose_column

# The work plan's read: track choices, action ids, their rows, the counts, then the
# outputs' ids and rows.
WorkPlanAnswer = tuple[
    list[tuple[str, str]],
    list[str],
    dict[str, listing.ActionRow],
    dict[str, int],
    list[str],
    dict[str, OutputRow],
]

OPEN = "open"


def short(text: str | None, limit: int = 70) -> str:
    """One line of ``text``, ended with "…" after a whole word when longer."""
    return clipped(text, limit)


class ActionEditor(RecordEditorDialog):
    """One action of the work plan: what, who, by when, how far, and where it came from."""

    model = Action

    def build(self) -> None:
        form = self.form
        form.add("description", self.tr("Description"), LongTextField(lines=3))
        form.add(
            "track_id",
            self.tr("Improvement track"),
            RecordPicker(empty_label=self.tr("— no track —")),
        )
        form.add(
            "output_id",
            self.tr("Serves the output"),
            RecordPicker(empty_label=self.tr("— none —")),
        )
        form.add("owner_id", self.tr("Owner"), PersonPicker())
        form.add("start_date", self.tr("Start date"), DateField(optional=True))
        form.add("due_date", self.tr("Due date"), DateField(optional=True))
        status: VocabCombo[ActionStatus] = form.add(
            "status", self.tr("Status"), VocabCombo(ActionStatus)
        )
        form.add("progress", self.tr("Progress"), IntegerField(0, 100, suffix=" %"))
        # Imported here: the finance page imports this module.
        from wopdesk.ui.pages.finance import CurrencyField, partnership_currency

        self.currency = partnership_currency(self.ctx, self.partnership_id)
        cost: MoneyField = form.add(
            "estimated_cost", self.tr("Estimated cost"), MoneyField(currency=self.currency)
        )
        money: CurrencyField = form.add(
            "estimated_cost_currency", self.tr("Cost currency"), CurrencyField()
        )
        money.value_changed.connect(lambda: cost.set_currency(money.value() or ""))
        form.add(
            "finding_id",
            self.tr("From diagnosis finding"),
            RecordPicker(empty_label=self.tr("— none —")),
        )
        form.add(
            "visit_id", self.tr("From site visit"), RecordPicker(empty_label=self.tr("— none —"))
        )
        status.value_changed.connect(self._status_changed)
        pid = self.partnership_id
        with self.ctx.store.reading() as session:
            form.field("owner_id").load(session, pid)
            if pid:
                form.field("track_id").set_choices(
                    (t.id, t.title) for t in queries.tracks(session, pid)
                )
                form.field("output_id").set_choices(results_chain.output_choices(session, pid))
                form.field("finding_id").set_choices(
                    (f.id, short(f.finding)) for f in queries.findings(session, pid)
                )
                form.field("visit_id").set_choices(
                    (v.id, f"{format_date(v.start_date)} · {v.title}")
                    for v in queries.visits(session, pid)
                )

    def defaults(self) -> dict[str, Any]:
        return {
            "status": ActionStatus.PLANNED,
            "progress": 0,
            "owner_id": self.ctx.me,
            "estimated_cost_currency": self.currency,
        }

    def load(self, session: Session, record: SyncedRecord) -> dict[str, Any]:
        values = super().load(session, record)
        # A cost is usually in the partnership's currency: offered until one is chosen.
        values["estimated_cost_currency"] = values["estimated_cost_currency"] or self.currency
        output = session.get(Output, values["output_id"]) if values["output_id"] else None
        if output is not None and output.deleted:
            # Kept (an undo may bring it back), but named for what it is.
            label = self.tr("{0} (deleted)").format(output.title)
            self.form.field("output_id").set_value(output.id, label)
        return values

    def check(self, values: dict[str, Any]) -> None:
        check_action_fields(values)

    def operation(self, values: dict[str, Any]) -> Operation[str]:
        record_id = self.record_id
        return lambda store: record_ops.save_action(store, record_id, values)

    def _status_changed(self) -> None:
        # Done means done: saves the person a second edit.
        if self.form.field("status").value() == ActionStatus.DONE:
            self.form.field("progress").setValue(100)


def _status_text(row: listing.ActionRow) -> str:
    return vocab_label(row.status)


def _due_text(row: listing.ActionRow) -> str:
    return format_date(row.due_date)


STATUS_ORDER = {status: n for n, status in enumerate(ActionStatus)}


class WorkPlanPage(RecordPage):
    page_id = "workplan"
    watched = frozenset(
        {
            "action",
            "improvement_track",
            "person",
            "diagnosis_finding",
            "site_visit",
            "partnership",
            "output",
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_button(self.tr("New action…"), self.new_record, shortcut="Ctrl+N")
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_current)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_current)
        self.tools.addSpacing(16)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Open"), OPEN)
        for status in ActionStatus:
            self.status_filter.addItem(vocab_label(status), status.value)
        self.track_filter = RecordPicker(empty_label=self.tr("All tracks"))
        self.track_filter.setAccessibleName(self.tr("Improvement track"))
        self.tools.addWidget(QLabel(self.tr("Show")))
        self.tools.addWidget(self.status_filter)
        self.tools.addWidget(self.track_filter)
        self.tools.addStretch(1)

        self.today = dt.date.today()
        self.table = RecordTable(
            [
                Column(self.tr("Status"), _status_text, lambda r: STATUS_ORDER[r.status]),
                Column(self.tr("Action"), lambda r: r.description, lambda r: r.description.lower()),
                Column(
                    self.tr("Owner"), lambda r: r.owner or "", lambda r: (r.owner or "").lower()
                ),
                Column(
                    self.tr("Due"),
                    lambda r: _due_text(r) + (self.tr("  overdue") if r.overdue else ""),
                    lambda r: r.due_date or dt.date.max,
                ),
                Column(self.tr("Progress"), lambda r: f"{r.progress} %", lambda r: r.progress),
                Column(self.tr("Track"), lambda r: r.track or ""),
                prose_column(self.tr("Origin"), lambda r: r.origin, 60),
            ],
            lambda ids: self._load_rows(ids),
            stretch_column=1,
            flagged=lambda r: bool(r.overdue),
            flag_column=3,
            flag_tip=self.tr("Overdue: the due date has passed and the action is not done."),
        )
        self.table.view.setItemDelegateForColumn(4, ProgressDelegate(self.table.view))
        self.table.set_column_widths([11, None, 16, 20, 14, 20, 22])
        self.table.activated.connect(self.open_record)
        self.table.current_changed.connect(self._selection_changed)
        self.enable_filter(self.table.set_filter_text)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.track_filter.value_changed.connect(self.reload)
        self.details = DetailsBox(
            self.tr("Selected action"),
            (
                ("description", self.tr("Action")),
                ("who", self.tr("Owner and due date")),
                ("origin", self.tr("Origin")),
            ),
        )
        self.outputs = OutputsPanel(
            self.new_output, self.open_output, self.delete_output, self._load_output_rows
        )
        self.outputs_table = self.outputs.table
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        actions = QSplitter(Qt.Orientation.Vertical)
        actions.setChildrenCollapsible(False)
        actions.addWidget(self.table)
        actions.addWidget(self.details)
        actions.setStretchFactor(0, 4)
        actions.setStretchFactor(1, 1)
        self.tabs.addTab(actions, self.tr("Actions"))
        self.tabs.addTab(self.outputs, self.tr("Outputs"))
        self.content.addWidget(self.tabs, 1)
        self._selection_changed(None)

    def _load_rows(self, ids: Sequence[str]) -> dict[str, listing.ActionRow]:
        with self.ctx.store.reading() as session:
            return dict(listing.action_rows(session, ids, self.today))

    def statuses(self) -> list[ActionStatus] | None:
        chosen = self.status_filter.currentData()
        if chosen is None:
            return None
        if chosen == OPEN:
            return list(listing.OPEN_STATUSES)
        return [ActionStatus(chosen)]

    def reload(self) -> None:
        pid = self.ctx.partnership_id
        self.today = dt.date.today()
        if not pid:
            self.reader.cancel()
            self.table.set_ids([])
            return
        statuses, track, today = self.statuses(), self.track_filter.value(), self.today

        def read(session: Session) -> WorkPlanAnswer:
            tracks = [(t.id, t.title) for t in queries.tracks(session, pid)]
            if track not in {track_id for track_id, _ in tracks}:
                chosen = None  # the track is gone: show them all, as the filter will
            else:
                chosen = track
            ids = listing.action_ids(session, pid, statuses, chosen)
            rows = dict(listing.action_rows(session, ids, today))
            counts = listing.action_counts(session, pid, today)
            outputs = results_chain.output_ids(session, pid, chosen)
            output_rows = dict(results_chain.output_rows(session, outputs))
            return tracks, ids, rows, counts, outputs, output_rows

        self.reader.start(read, self._show)

    def _show(self, answer: "WorkPlanAnswer") -> None:
        tracks, ids, rows, counts, outputs, output_rows = answer
        self.track_filter.blockSignals(True)
        self.track_filter.set_choices(tracks)
        self.track_filter.blockSignals(False)
        self.table.set_ids(ids, rows)
        self.outputs_table.set_ids(outputs, output_rows)
        self.summary.setText(
            self.tr("{0} actions · {1} open · {2} overdue · {3} done").format(
                counts["total"], counts["open"], counts["overdue"], counts["done"]
            )
        )

    def _selection_changed(self, record_id: object) -> None:
        self.edit_button.setEnabled(record_id is not None)
        self.delete_button.setEnabled(record_id is not None)
        chosen = record_id if isinstance(record_id, str) else None
        row = self.table.model.row(self.table.model.ids.index(chosen)) if chosen else None
        if row is None:
            self.details.show_texts(None)
            return
        due = format_date(row.due_date) or self.tr("no due date")
        if row.overdue:
            due = self.tr("{0}, overdue").format(due)
        self.details.show_texts(
            {
                "description": row.description,
                "who": f"{row.owner or self.tr('nobody yet')} · {due} · {vocab_label(row.status)}",
                "origin": row.origin or "—",
            }
        )

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        if not self.ctx.partnership_id:
            return
        track = self.track_filter.value()
        preset = {**({"track_id": track} if track else {}), **(preset or {})}
        self.show_editor(ActionEditor(self.ctx, parent=self, preset=preset), self._saved)

    def open_record(self, record_id: str) -> None:
        with self.ctx.store.reading() as session:
            is_output = session.get(Output, record_id) is not None
        if is_output:  # a search hit
            self.open_output(record_id)
            return
        self.ensure_loaded()
        self.tabs.setCurrentIndex(0)

        def select() -> None:
            if not self.table.select_id(record_id):
                # Hidden by a filter: show every action, then select it once read.
                self.status_filter.setCurrentIndex(0)
                self.track_filter.set_value(None)
                self.when_loaded(lambda: self.table.select_id(record_id))

        self.when_loaded(select)
        self.show_editor(ActionEditor(self.ctx, record_id, parent=self), self._saved)

    def edit_current(self) -> None:
        record_id = self.table.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def delete_current(self) -> None:
        record_id = self.table.current_id()
        if record_id is None:
            return
        what = self.tr("the action “{0}”").format(short(self.table.cell(record_id, 1), 50))
        self.delete_record(Action, record_id, what)

    def _saved(self, record_id: str) -> None:
        self.when_loaded(lambda: self.table.select_id(record_id))

    # --- outputs ---

    def _load_output_rows(self, ids: Sequence[str]) -> dict[str, OutputRow]:
        with self.ctx.store.reading() as session:
            return dict(results_chain.output_rows(session, list(ids)))

    def reveal(self, table: RecordTable) -> None:
        """Bring the tab holding ``table`` to the front."""
        self.tabs.setCurrentIndex(1 if table is self.outputs_table else 0)

    def new_output(self) -> None:
        if not self.ctx.partnership_id:
            return
        track = self.track_filter.value()
        preset = {"track_id": track} if track else {}
        self.reveal(self.outputs_table)
        self.show_editor(
            OutputEditor(self.ctx, parent=self, preset=preset), self.selector(self.outputs_table)
        )

    def open_output(self, record_id: str) -> None:
        self.ensure_loaded()
        self.reveal(self.outputs_table)

        def select() -> None:
            if not self.outputs_table.select_id(record_id):
                self.track_filter.set_value(None)  # hidden by the track filter
                self.when_loaded(lambda: self.outputs_table.select_id(record_id))

        self.when_loaded(select)
        self.show_editor(
            OutputEditor(self.ctx, record_id, parent=self), self.selector(self.outputs_table)
        )

    def delete_output(self, record_id: str) -> None:
        what = self.tr("the output “{0}”").format(short(self.outputs_table.cell(record_id, 1), 50))
        self.delete_record(Output, record_id, what)
