"""Capacity assessment: the degree of change in each capacity dimension and the WOP's part in it."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QWidget
from sqlalchemy.orm import Session

from wopdesk.domain.vocab import AssessedBy, CapacityDimension, CapacityLevel
from wopdesk.storage import listing, queries
from wopdesk.storage.models import CapacityAssessment
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    IntegerField,
    LongTextField,
    RecordEditorDialog,
    RecordPicker,
    VocabCombo,
    format_date,
    vocab_label,
)
from wopdesk.ui.models import Column
from wopdesk.ui.pages.records import DetailsBox, RecordPage, heading_label, muted_label
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.wrapping import prose_column

LEVEL_ORDER = {level: n for n, level in enumerate(CapacityLevel)}


def signed(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    rounded = round(value, decimals)
    text = QLocale().toString(float(abs(rounded)), "f", decimals)  # the locale's decimal point
    return f"+{text}" if rounded > 0 else f"-{text}" if rounded < 0 else text


class CapacityEditor(RecordEditorDialog):
    """One dimension's change, as the partners judged it on a date."""

    model = CapacityAssessment

    def build(self) -> None:
        form = self.form
        form.add("date", self.tr("Assessed on"), DateField())
        form.add(
            "track_id",
            self.tr("Improvement track"),
            RecordPicker(empty_label=self.tr("— whole partnership —")),
        )
        form.add(
            "dimension",
            self.tr("Dimension"),
            VocabCombo(CapacityDimension, group=lambda d: d.level),
        )
        form.add(
            "degree",
            self.tr("Degree of change"),
            IntegerField(-2, 2, signed=True),
            hint=self.tr("−2 much worse · 0 no change · +2 much better"),
        )
        form.add(
            "contribution",
            self.tr("WOP contribution"),
            IntegerField(0, 2),
            hint=self.tr("0 none · 1 some · 2 decisive"),
        )
        form.add("assessed_by", self.tr("Assessed by"), VocabCombo(AssessedBy))
        form.add("obstacles", self.tr("Obstacles"), LongTextField(lines=2))
        form.add("contributing_factors", self.tr("Contributing factors"), LongTextField(lines=2))
        if self.partnership_id:
            with self.ctx.store.reading() as session:
                form.field("track_id").set_choices(
                    (t.id, t.title) for t in queries.tracks(session, self.partnership_id)
                )

    def defaults(self) -> dict[str, Any]:
        return {"degree": 0, "contribution": 0, "assessed_by": AssessedBy.BOTH}


class LevelCard(QFrame):
    """One level's count, mean degree of change and mean contribution."""

    def __init__(self, level: CapacityLevel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.addWidget(heading_label(vocab_label(level), 1.1), 0, 0, 1, 2)
        self.degree = heading_label("—", 1.6)
        self.contribution = heading_label("—", 1.6)
        self.count = muted_label()
        grid.addWidget(self.degree, 1, 0)
        grid.addWidget(self.contribution, 1, 1)
        grid.addWidget(muted_label(self.tr("mean change")), 2, 0)
        grid.addWidget(muted_label(self.tr("mean WOP contribution")), 2, 1)
        grid.addWidget(self.count, 3, 0, 1, 2)

    def show_summary(self, summary: listing.LevelSummary) -> None:
        self.degree.setText(signed(summary.mean_degree, 1))
        self.contribution.setText(
            "—"
            if summary.mean_contribution is None
            else QLocale().toString(float(summary.mean_contribution), "f", 1)
        )
        self.count.setText(self.tr("Dimensions assessed: {0}").format(summary.assessments))


class CapacityPage(RecordPage):
    page_id = "capacity"
    watched = frozenset({"capacity_assessment", "improvement_track", "partnership"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_button(self.tr("New assessment…"), self.new_record, shortcut="Ctrl+N")
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_current)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_current)
        self.tools.addStretch(1)

        cards = QGridLayout()
        self.cards = {level: LevelCard(level) for level in CapacityLevel}
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
        self.content.addLayout(cards)

        centre = Qt.AlignmentFlag.AlignCenter
        self.table = RecordTable(
            [
                Column(
                    self.tr("Level"),
                    lambda r: vocab_label(r.level),
                    lambda r: (LEVEL_ORDER[r.level], listing.DIMENSION_ORDER[r.dimension]),
                ),
                Column(
                    self.tr("Dimension"),
                    lambda r: vocab_label(r.dimension),
                    lambda r: listing.DIMENSION_ORDER[r.dimension],
                ),
                Column(self.tr("Change"), lambda r: signed(r.degree), lambda r: r.degree, centre),
                Column(
                    self.tr("WOP contribution"),
                    lambda r: str(r.contribution),
                    lambda r: r.contribution,
                    centre,
                ),
                Column(self.tr("Assessed by"), lambda r: vocab_label(r.assessed_by)),
                Column(self.tr("Track"), lambda r: r.track or ""),
                Column(self.tr("Date"), lambda r: format_date(r.date), lambda r: r.date),
                prose_column(self.tr("Obstacles"), lambda r: r.obstacles, 80),
                prose_column(self.tr("Contributing factors"), lambda r: r.contributing_factors, 80),
            ],
            self._load_rows,
            stretch_column=8,
            flagged=lambda r: r.degree < 0,
            flag_column=2,
            flag_tip=self.tr("Capacity went down in this dimension."),
        )
        self.table.set_column_widths([13, 21, 7, 14, 9, 20, 10, 26, None])
        self.table.activated.connect(self.open_record)
        self.table.current_changed.connect(self._selection_changed)
        self.enable_filter(self.table.set_filter_text)
        self.details = DetailsBox(
            self.tr("Selected assessment"),
            (
                ("dimension", self.tr("Dimension")),
                ("obstacles", self.tr("Obstacles")),
                ("contributing_factors", self.tr("Contributing factors")),
            ),
        )
        self.add_table_and_details(self.table, self.details, 3)
        self._selection_changed(None)

    def _load_rows(self, ids: Sequence[str]) -> dict[str, listing.CapacityRow]:
        with self.ctx.store.reading() as session:
            return dict(listing.capacity_rows(session, ids))

    def reload(self) -> None:
        pid = self.ctx.partnership_id
        if not pid:
            self.reader.cancel()
            self.table.set_ids([])
            return

        def read(
            session: Session,
        ) -> tuple[list[str], dict[str, listing.CapacityRow], list[listing.LevelSummary]]:
            ids = listing.capacity_ids(session, pid)
            rows = dict(listing.capacity_rows(session, ids))
            return ids, rows, listing.capacity_summary(session, pid)

        self.reader.start(read, self._show)

    def _show(
        self, answer: tuple[list[str], dict[str, listing.CapacityRow], list[listing.LevelSummary]]
    ) -> None:
        ids, rows, summaries = answer
        self.table.set_ids(ids, rows)
        for summary in summaries:
            self.cards[summary.level].show_summary(summary)
        self.summary.setText(
            self.tr(
                "Degree of change from −2 to +2 and the WOP's contribution from 0 to 2, "
                "per capacity dimension, as judged by the partners."
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
        self.details.show_texts(
            {
                "dimension": self.tr("{0} ({1}): change {2}, WOP contribution {3}").format(
                    vocab_label(row.dimension),
                    vocab_label(row.level),
                    signed(row.degree),
                    row.contribution,
                ),
                "obstacles": row.obstacles or "—",
                "contributing_factors": row.contributing_factors or "—",
            }
        )

    def new_record(self) -> None:
        if self.ctx.partnership_id:
            self.show_editor(CapacityEditor(self.ctx, parent=self), self._saved)

    def open_record(self, record_id: str) -> None:
        self.ensure_loaded()
        self.when_loaded(lambda: self.table.select_id(record_id))
        self.show_editor(CapacityEditor(self.ctx, record_id, parent=self), self._saved)

    def edit_current(self) -> None:
        record_id = self.table.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def delete_current(self) -> None:
        record_id = self.table.current_id()
        if record_id is None:
            return
        what = self.tr("the assessment of “{0}”").format(self.table.cell(record_id, 1))
        self.delete_record(CapacityAssessment, record_id, what)

    def _saved(self, record_id: str) -> None:
        self.when_loaded(lambda: self.table.select_id(record_id))
