"""Diagnosis: the findings both partners agreed on, their root causes and evidence."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session

from wopdesk.domain.vocab import FindingArea, Priority
from wopdesk.storage import listing, queries
from wopdesk.storage.models import DiagnosisFinding
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    RecordEditorDialog,
    RecordPicker,
    VocabCombo,
    format_date,
    vocab_label,
)
from wopdesk.ui.models import Column
from wopdesk.ui.pages.records import DetailsBox, RecordPage
from wopdesk.ui.pages.workplan import ActionEditor, short
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.wrapping import prose_column

# The diagnosis page's read: track choices, finding ids, all their rows (for the counts).
DiagnosisAnswer = tuple[list[tuple[str, str]], list[str], dict[str, listing.FindingRow]]


class FindingEditor(RecordEditorDialog):
    """A diagnosis finding: what is wrong, why, how we know, how much it matters."""

    model = DiagnosisFinding

    def build(self) -> None:
        form = self.form
        form.add("area", self.tr("Area"), VocabCombo(FindingArea))
        form.add("priority", self.tr("Priority"), VocabCombo(Priority))
        form.add(
            "track_id",
            self.tr("Improvement track"),
            RecordPicker(empty_label=self.tr("— no track —")),
        )
        form.add("finding", self.tr("Finding"), LongTextField(lines=3))
        form.add("root_cause", self.tr("Root cause"), LongTextField(lines=3))
        form.add("evidence", self.tr("Evidence"), LongTextField(lines=2))
        form.add("agreed_date", self.tr("Agreed by both partners on"), DateField(optional=True))
        form.add(
            "visit_id",
            self.tr("Found on site visit"),
            RecordPicker(empty_label=self.tr("— none —")),
        )
        pid = self.partnership_id
        if pid:
            with self.ctx.store.reading() as session:
                form.field("track_id").set_choices(
                    (t.id, t.title) for t in queries.tracks(session, pid)
                )
                form.field("visit_id").set_choices(
                    (v.id, f"{format_date(v.start_date)} · {v.title}")
                    for v in queries.visits(session, pid)
                )

    def defaults(self) -> dict[str, Any]:
        return {"area": FindingArea.TECHNICAL, "priority": Priority.MEDIUM}


PRIORITY_ORDER = listing.PRIORITY_ORDER


class DiagnosisPage(RecordPage):
    page_id = "diagnosis"
    watched = frozenset(
        {"diagnosis_finding", "improvement_track", "site_visit", "action", "partnership"}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_button(self.tr("New finding…"), self.new_record, shortcut="Ctrl+N")
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_current)
        self.action_button = self.add_button(
            self.tr("Add action for this finding…"), self.add_action
        )
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_current)
        self.tools.addSpacing(16)
        self.tools.addWidget(QLabel(self.tr("Show")))
        self.track_filter = RecordPicker(empty_label=self.tr("All tracks"))
        self.track_filter.setAccessibleName(self.tr("Improvement track"))
        self.tools.addWidget(self.track_filter)
        self.tools.addStretch(1)

        self.table = RecordTable(
            [
                Column(
                    self.tr("Priority"),
                    lambda r: vocab_label(r.priority),
                    lambda r: PRIORITY_ORDER[r.priority],
                ),
                Column(self.tr("Area"), lambda r: vocab_label(r.area)),
                prose_column(
                    self.tr("Finding"), lambda r: r.finding, 120, lambda r: r.finding.lower()
                ),
                prose_column(self.tr("Root cause"), lambda r: r.root_cause, 120),
                Column(self.tr("Track"), lambda r: r.track or ""),
                Column(
                    self.tr("Agreed"),
                    lambda r: format_date(r.agreed_date),
                    lambda r: r.agreed_date or "",
                ),
                Column(
                    self.tr("Actions"),
                    lambda r: str(r.actions),
                    lambda r: r.actions,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ],
            self._load_rows,
            stretch_column=2,
            flagged=lambda r: r.priority == Priority.HIGH,
            flag_column=0,
            flag_tip=self.tr("High priority"),
        )
        self.table.set_column_widths([10, 14, None, 40, 22, 11, 8])
        self.table.activated.connect(self.open_record)
        self.table.current_changed.connect(self._show_details)
        self.enable_filter(self.table.set_filter_text)
        self.track_filter.value_changed.connect(self.reload)

        self.details = DetailsBox(
            self.tr("Selected finding"),
            (
                ("finding", self.tr("Finding")),
                ("root_cause", self.tr("Root cause")),
                ("evidence", self.tr("Evidence")),
                ("agreed", self.tr("Agreed")),
                ("visit", self.tr("Found on visit")),
            ),
        )
        self.detail_labels = self.details.labels
        self.add_table_and_details(self.table, self.details, 3)
        self._show_details(None)

    def _load_rows(self, ids: Sequence[str]) -> dict[str, listing.FindingRow]:
        with self.ctx.store.reading() as session:
            return dict(listing.finding_rows(session, ids))

    def reload(self) -> None:
        pid = self.ctx.partnership_id
        if not pid:
            self.reader.cancel()
            self.table.set_ids([])
            return
        track = self.track_filter.value()

        def read(session: Session) -> DiagnosisAnswer:
            tracks = [(t.id, t.title) for t in queries.tracks(session, pid)]
            chosen = track if track in {track_id for track_id, _ in tracks} else None
            ids = listing.finding_ids(session, pid, chosen)
            return tracks, ids, dict(listing.finding_rows(session, ids))

        self.reader.start(read, self._show)

    def _show(self, answer: "DiagnosisAnswer") -> None:
        tracks, ids, rows = answer
        self.track_filter.blockSignals(True)
        self.track_filter.set_choices(tracks)
        self.track_filter.blockSignals(False)
        self.table.set_ids(ids, rows)
        high = sum(row.priority == Priority.HIGH for row in rows.values())
        without_action = sum(row.actions == 0 for row in rows.values())
        self.summary.setText(
            self.tr("{0} findings · {1} high priority · {2} without an action yet").format(
                len(ids), high, without_action
            )
        )
        self._show_details(self.table.current_id())

    def _show_details(self, record_id: object) -> None:
        chosen = record_id if isinstance(record_id, str) else None
        for button in (self.edit_button, self.action_button, self.delete_button):
            button.setEnabled(chosen is not None)
        row = self.table.model.row(self.table.model.ids.index(chosen)) if chosen else None
        if row is None:
            self.details.show_texts(None)
            return
        self.details.show_texts(
            {
                "finding": row.finding,
                "root_cause": row.root_cause or "—",
                "evidence": row.evidence or "—",
                "agreed": format_date(row.agreed_date) or self.tr("not yet agreed"),
                "visit": row.visit or "—",
            }
        )

    def new_record(self) -> None:
        if not self.ctx.partnership_id:
            return
        track = self.track_filter.value()
        preset = {"track_id": track} if track else {}
        self.show_editor(FindingEditor(self.ctx, parent=self, preset=preset), self._saved)

    def open_record(self, record_id: str) -> None:
        self.ensure_loaded()

        def select() -> None:
            if not self.table.select_id(record_id):
                # Hidden by the track filter: show every finding, then select it once read.
                self.track_filter.set_value(None)
                self.when_loaded(lambda: self.table.select_id(record_id))

        self.when_loaded(select)
        self.show_editor(FindingEditor(self.ctx, record_id, parent=self), self._saved)

    def edit_current(self) -> None:
        record_id = self.table.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def add_action(self) -> None:
        """An action in the work plan that answers the selected finding."""
        record_id = self.table.current_id()
        if record_id is None:
            return

        def read(session: Session) -> str | None:
            finding = session.get(DiagnosisFinding, record_id)
            return finding.track_id if finding is not None else None

        def open_editor(track: str | None) -> None:
            preset = {"finding_id": record_id, "track_id": track}
            self.show_editor(ActionEditor(self.ctx, parent=self, preset=preset))

        self.ctx.run_read(read, open_editor)

    def delete_current(self) -> None:
        record_id = self.table.current_id()
        if record_id is None:
            return
        what = self.tr("the finding “{0}”").format(short(self.table.cell(record_id, 2), 50))
        self.delete_record(DiagnosisFinding, record_id, what)

    def _saved(self, record_id: str) -> None:
        self.when_loaded(lambda: self.table.select_id(record_id))
