"""Partnerships: the WOPs, their members and improvement tracks, and the utilities and people."""

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.domain.vocab import (
    ChangeStage,
)
from wopdesk.storage import listing
from wopdesk.storage.models import (
    ImprovementTrack,
    Membership,
    Partnership,
    TrackIndicator,
    TrackStage,
)
from wopdesk.storage.people import StageLine, stage_history, stage_rows
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    format_date,
    format_number,
    vocab_label,
)
from wopdesk.ui.loading import LatestRead
from wopdesk.ui.models import Column, RowT
from wopdesk.ui.pages.partnership_dialogs import (
    MembershipEditor,
    PartnershipEditor,
    PersonEditor,
    TrackEditor,
    TrackIndicatorEditor,
    UtilityEditor,
)
from wopdesk.ui.pages.records import RecordPage, heading_label
from wopdesk.ui.pages.workplan import short
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.track_stages import StageEditor, stage_text
from wopdesk.ui.wrapping import prose_column

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# --- the page ----------------------------------------------------------------------------------


class SectionTable(QWidget):
    """A table with its own New / Edit / Delete buttons."""

    def __init__(
        self,
        table: RecordTable,
        new: tuple[str, Callable[[], None]],
        edit: Callable[[str], None],
        delete: Callable[[str], None] | None,
        parent: QWidget | None = None,
        *,
        edit_text: str = "",
        delete_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.table = table
        row = QHBoxLayout()
        self.new_button = QPushButton(new[0])
        self.new_button.clicked.connect(lambda _c=False: new[1]())
        self.edit_button = QPushButton(edit_text or self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda _c=False: self._with_current(edit))
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        self.delete_button: QPushButton | None = None
        if delete is not None:
            self.delete_button = QPushButton(delete_text or self.tr("Delete"))
            self.delete_button.clicked.connect(lambda _c=False: self._with_current(delete))
            row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        table.activated.connect(edit)
        table.current_changed.connect(self._selection_changed)
        self._selection_changed(None)

    def _with_current(self, action: Callable[[str], None]) -> None:
        record_id = self.table.current_id()
        if record_id is not None:
            action(record_id)

    def _selection_changed(self, record_id: object) -> None:
        self.edit_button.setEnabled(record_id is not None)
        if self.delete_button is not None:
            self.delete_button.setEnabled(record_id is not None)


class PartnershipsPage(RecordPage):
    page_id = "partnerships"
    needs_partnership = False
    watched = frozenset(
        {
            "partnership",
            "utility",
            "person",
            "membership",
            "improvement_track",
            "track_indicator",
            "indicator",
            "track_stage",
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_button(self.tr("New partnership…"), self.new_partnership, shortcut="Ctrl+N")
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_current)
        self.use_button = self.add_button(
            self.tr("Work in this partnership"),
            self.use_current,
            tip=self.tr("Make it the partnership every page shows"),
        )
        self.tools.addStretch(1)

        self.table = RecordTable(
            [
                Column(self.tr("Partnership"), lambda r: r.title, lambda r: r.title.lower()),
                Column(self.tr("Mentor"), lambda r: r.mentor),
                Column(self.tr("Mentee"), lambda r: r.mentee),
                Column(self.tr("Phase"), lambda r: vocab_label(r.phase)),
                Column(self.tr("Status"), lambda r: vocab_label(r.status)),
                Column(
                    self.tr("Dates"),
                    lambda r: f"{format_date(r.start) or '…'} – {format_date(r.end) or '…'}",
                    lambda r: r.start or dt.date.min,
                ),
            ],
            lambda ids: self._rows(listing.partnership_rows, ids),
            stretch_column=0,
            flagged=lambda r: False,
        )
        self.table.set_column_widths([None, 22, 22, 22, 8, 24])
        self.table.activated.connect(self.open_partnership_editor)
        self.table.current_changed.connect(self._partnership_selected)
        self.table.setMaximumHeight((self.fontMetrics().height() + 10) * 6 + 8)
        self.enable_filter(self.table.set_filter_text)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details = self._details_tab()
        self.members = self._members_tab()
        self.tracks_tab = self._tracks_tab()
        self.directory = self._directory_tab()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.tracks_tab, self.tr("Improvement tracks"))
        self.tabs.addTab(self.directory, self.tr("Utilities and people"))
        self.content.addWidget(self.table)
        self.content.addWidget(self.tabs, 1)
        ctx.partnership_changed.connect(self._current_partnership_changed)
        # The selected partnership's tabs, and the selected track's indicators.
        self.selection_reader = LatestRead(ctx, self)
        self.track_reader = LatestRead(ctx, self)
        self._partnership_selected(None)

    # --- tabs ---

    def _details_tab(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detail_title = heading_label("", 1.15)
        self.detail_title.setWordWrap(True)
        form.addRow(self.detail_title)
        self.detail_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("utilities", self.tr("Mentor → mentee")),
            ("type", self.tr("Type")),
            ("phase", self.tr("Phase")),
            ("status", self.tr("Status")),
            ("planned", self.tr("Planned")),
            ("actual", self.tr("Actual")),
            ("currency", self.tr("Currency")),
            ("location", self.tr("Location")),
            ("code_of_conduct", self.tr("Code of conduct")),
            ("objectives", self.tr("Objectives")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.detail_labels[key] = value
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _members_tab(self) -> SectionTable:
        self.member_table = RecordTable(
            [
                Column(self.tr("Name"), lambda r: r.name, lambda r: r.name.lower()),
                Column(self.tr("Role"), lambda r: vocab_label(r.role)),
                Column(self.tr("Utility"), lambda r: r.utility or ""),
                Column(self.tr("Job title"), lambda r: r.job_title or ""),
            ],
            lambda ids: self._rows(listing.membership_rows, ids),
            stretch_column=3,
        )
        self.member_table.set_column_widths([34, 14, 30, None])
        return SectionTable(
            self.member_table,
            (self.tr("Add member…"), self.add_member),
            self.edit_member,
            self.remove_member,
            edit_text=self.tr("Change role…"),
            delete_text=self.tr("Remove"),
        )

    def _tracks_tab(self) -> QWidget:
        self.track_table = RecordTable(
            [
                Column(self.tr("Track"), lambda r: r.title, lambda r: r.title.lower()),
                Column(self.tr("Working area"), lambda r: vocab_label(r.working_area)),
                Column(self.tr("Mentor lead"), lambda r: r.mentor_lead or ""),
                Column(self.tr("Mentee lead"), lambda r: r.mentee_lead or ""),
                Column(
                    self.tr("Indicators"),
                    lambda r: str(r.indicators),
                    lambda r: r.indicators,
                    RIGHT,
                ),
                Column(
                    self.tr("Stage of change"),
                    lambda r: stage_text(r.stage, r.stage_date),
                    lambda r: list(ChangeStage).index(r.stage) if r.stage else -1,
                ),
            ],
            lambda ids: self._rows(listing.track_rows, ids),
            stretch_column=0,
        )
        self.track_table.set_column_widths([None, 26, 22, 22, 10, 26])
        self.track_table.current_changed.connect(self._track_selected)
        tracks = SectionTable(
            self.track_table,
            (self.tr("New track…"), self.new_track),
            self.edit_track,
            self.delete_track,
        )
        self.link_table = RecordTable(
            [
                Column(self.tr("Indicator"), lambda r: r.label),
                Column(self.tr("At"), lambda r: r.utility),
                Column(
                    self.tr("Baseline"),
                    lambda r: self._level(r.baseline_value, r.baseline_date, r.unit),
                    lambda r: r.baseline_value if r.baseline_value is not None else float("-inf"),
                ),
                Column(
                    self.tr("Target"),
                    lambda r: self._level(r.target_value, r.target_date, r.unit),
                    lambda r: r.target_value if r.target_value is not None else float("-inf"),
                ),
                Column(self.tr("Frequency"), lambda r: r.frequency or ""),
                prose_column(
                    self.tr("Means of verification"), lambda r: r.means_of_verification, 80
                ),
            ],
            lambda ids: self._rows(listing.track_indicator_rows, ids),
            stretch_column=0,
        )
        self.link_table.set_column_widths([None, 22, 20, 20, 11, 30])
        self.links = SectionTable(
            self.link_table,
            (self.tr("Link indicator…"), self.link_indicator),
            self.edit_link,
            self.unlink_indicator,
            delete_text=self.tr("Unlink"),
        )
        box = QGroupBox(self.tr("Indicators of the selected track, with baseline and target"))
        QVBoxLayout(box).addWidget(self.links)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        # The selected track's indicators and its stages of change share the lower half.
        self.track_details = QTabWidget()
        self.track_details.setDocumentMode(True)
        self.track_details.addTab(box, self.tr("Indicators"))
        self.stages_box = self._stages_box()
        self.track_details.addTab(self.stages_box, self.tr("Stage of change"))
        splitter.addWidget(tracks)
        splitter.addWidget(self.track_details)
        return splitter

    def _stages_box(self) -> QGroupBox:
        """The selected track's stages of change, latest first, and "Record stage…"."""
        self.stage_table = RecordTable(
            [
                Column(self.tr("Stage"), lambda r: vocab_label(r.stage)),
                Column(self.tr("Reached on"), lambda r: format_date(r.date), lambda r: r.date),
                Column(
                    self.tr("Evidence"),
                    lambda r: short(r.evidence, 90),
                    tooltip=lambda r: r.evidence or "",
                ),
                Column(self.tr("Recorded by"), lambda r: r.recorded_by or ""),
            ],
            lambda ids: self._rows(stage_rows, ids),
            stretch_column=2,
        )
        self.stage_table.set_column_widths([20, 14, None, 22])
        self.stages = SectionTable(
            self.stage_table,
            (self.tr("Record stage…"), self.record_stage),
            self.edit_stage,
            self.delete_stage,
        )
        box = QGroupBox(self.tr("Stage of change of the selected track, latest first"))
        QVBoxLayout(box).addWidget(self.stages)
        return box

    def _directory_tab(self) -> QWidget:
        self.utility_table = RecordTable(
            [
                Column(self.tr("Utility"), lambda r: r.name, lambda r: r.name.lower()),
                Column(self.tr("Country"), lambda r: r.country),
                Column(self.tr("City or region"), lambda r: r.region or ""),
                Column(self.tr("Services"), lambda r: vocab_label(r.kind)),
                Column(
                    self.tr("Population"),
                    lambda r: format_number(r.population_served, 0),
                    lambda r: r.population_served or 0,
                    RIGHT,
                ),
                Column(
                    self.tr("Connections"),
                    lambda r: format_number(r.connections, 0),
                    lambda r: r.connections or 0,
                    RIGHT,
                ),
            ],
            lambda ids: self._rows(listing.utility_rows, ids),
            stretch_column=0,
        )
        self.utility_table.set_column_widths([None, 14, 24, 11, 13, 13])
        self.people_table = RecordTable(
            [
                Column(self.tr("Name"), lambda r: r.name, lambda r: r.name.lower()),
                Column(self.tr("Utility"), lambda r: r.utility or ""),
                Column(self.tr("Job title"), lambda r: r.job_title or ""),
                Column(self.tr("Email"), lambda r: r.email or ""),
                Column(self.tr("Phone"), lambda r: r.phone or ""),
            ],
            lambda ids: self._rows(listing.person_rows, ids),
            stretch_column=0,
        )
        self.people_table.set_column_widths([None, 26, 24, 30, 14])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(
            SectionTable(
                self.utility_table,
                (self.tr("New utility…"), self.new_utility),
                self.edit_utility,
                None,
            )
        )
        splitter.addWidget(
            SectionTable(
                self.people_table,
                (self.tr("New person…"), self.new_person),
                self.edit_person,
                None,
            )
        )
        return splitter

    @staticmethod
    def _level(value: float | None, when: dt.date | None, unit: str) -> str:
        if value is None:
            return ""
        text = f"{format_number(value, 4)} {unit}"
        return f"{text} ({format_date(when)})" if when else text

    # --- rows ---

    def _rows(
        self, loader: Callable[[Session, Sequence[str]], Mapping[str, RowT]], ids: Sequence[str]
    ) -> dict[str, RowT]:
        with self.ctx.store.reading() as session:
            return dict(loader(session, ids))

    # --- showing ---

    def selected_partnership(self) -> str | None:
        return self.table.current_id()

    def reload(self) -> None:
        self.reader.start(_directory, self._show_directory)

    def _show_directory(self, answer: "DirectoryAnswer") -> None:
        (ids, first), (utility_ids, utilities), (person_ids, people) = answer
        had_selection = self.table.current_id() is not None
        self.table.set_ids(ids, first)
        if not had_selection and self.ctx.partnership_id in ids:
            self.table.select_id(self.ctx.partnership_id)
        elif self.table.current_id() is None and ids:
            self.table.select_id(ids[0])
        self.utility_table.set_ids(utility_ids, utilities)
        self.people_table.set_ids(person_ids, people)
        self.summary.setText(
            self.tr("{0} partnerships · {1} utilities · {2} people").format(
                len(ids), len(utility_ids), len(person_ids)
            )
            if ids
            else self.tr("No partnership yet: create the first one with New partnership.")
        )
        self._partnership_selected(self.table.current_id())

    def _partnership_selected(self, record_id: object) -> None:
        pid = record_id if isinstance(record_id, str) else None
        self.edit_button.setEnabled(pid is not None)
        self.use_button.setEnabled(pid is not None and pid != self.ctx.partnership_id)
        for tab in (self.details, self.members, self.tracks_tab):
            tab.setEnabled(pid is not None)
        if pid is None:
            self.selection_reader.cancel()
            self._show_selected((None, ([], {}), ([], {})))
            return
        self.selection_reader.start(partial(_selected, pid), self._show_selected)

    def _show_selected(self, answer: "SelectedAnswer") -> None:
        facts, (members, member_rows), (tracks, track_rows) = answer
        self._show_details(facts)
        self.member_table.set_ids(members, member_rows)
        self.track_table.set_ids(tracks, track_rows)
        if self.track_table.current_id() is None and tracks:
            self.track_table.select_id(tracks[0])
        self._track_selected(self.track_table.current_id())

    def _show_details(self, p: "PartnershipFacts | None") -> None:
        texts = dict.fromkeys(self.detail_labels, "")
        title = ""
        if p is not None:
            title = p.title
            texts = {
                "utilities": f"{p.mentor_name} → {p.mentee_name}",
                "type": vocab_label(p.type),
                "phase": vocab_label(p.phase),
                "status": vocab_label(p.status),
                "planned": self._period(p.planned_start, p.planned_end),
                "actual": self._period(p.actual_start, p.actual_end),
                "currency": p.currency,
                "location": p.location or "—",
                "code_of_conduct": (
                    self.tr("acknowledged on {0}").format(format_date(p.code_of_conduct_date))
                    if p.code_of_conduct_date
                    else self.tr("not acknowledged yet")
                ),
                "objectives": p.objectives or "—",
            }
        self.detail_title.setText(title)
        for key, label in self.detail_labels.items():
            label.setText(texts[key])

    def _period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start is None and end is None:
            return "—"
        return f"{format_date(start) or '…'} – {format_date(end) or '…'}"

    def _track_selected(self, record_id: object) -> None:
        track = record_id if isinstance(record_id, str) else None
        self.links.new_button.setEnabled(track is not None)
        self.stages.new_button.setEnabled(track is not None)
        if track is None:
            self.track_reader.cancel()
            self.link_table.set_ids([])
            self.stage_table.set_ids([])
            return
        self.track_reader.start(partial(_links_of, track), self._show_links)

    def _show_links(self, answer: "LinksAnswer") -> None:
        links, stages = answer
        self.link_table.set_ids(*links)
        self.stage_table.set_ids(*stages)

    def _current_partnership_changed(self, pid: str) -> None:
        if pid and self.isVisible():
            self.table.select_id(pid)

    # --- partnerships ---

    def new_partnership(self) -> PartnershipEditor:
        """Open the editor of a new partnership (also offered by the first-run screen)."""
        return self.show_editor(PartnershipEditor(self.ctx, parent=self), self._created)

    def new_record(self) -> None:
        self.new_partnership()

    def _created(self, partnership_id: str) -> None:
        self.ctx.set_partnership(partnership_id)
        self.ensure_loaded()
        self.when_loaded(lambda: self.table.select_id(partnership_id))

    def open_record(self, record_id: str) -> None:
        """Show a partnership's details, or a track's stage of change (a search hit)."""
        self.ensure_loaded()
        self.when_loaded(lambda: self.table.select_id(record_id))
        self.tabs.setCurrentWidget(self.details)
        self.ctx.run_read(partial(_stage_place, record_id), partial(self._open_stage, record_id))

    def _open_stage(self, stage_id: str, place: tuple[str, str] | None) -> None:
        """Select a stage's partnership, then its track, then the stage in its history."""
        if place is None:
            return  # not a stage: the partnership is already on its way
        partnership_id, track_id = place
        self.tabs.setCurrentWidget(self.tracks_tab)
        self.track_details.setCurrentWidget(self.stages_box)

        def select_stage() -> None:
            self.track_reader.then(lambda: self.stage_table.select_id(stage_id))

        def select_track() -> None:
            self.track_table.select_id(track_id)
            select_stage()

        def select_partnership() -> None:
            self.table.select_id(partnership_id)
            self.selection_reader.then(select_track)

        self.when_loaded(select_partnership)

    def open_partnership_editor(self, record_id: str) -> None:
        self.show_editor(PartnershipEditor(self.ctx, record_id, parent=self))

    def edit_current(self) -> None:
        record_id = self.selected_partnership()
        if record_id is not None:
            self.open_partnership_editor(record_id)

    def use_current(self) -> None:
        record_id = self.selected_partnership()
        if record_id is not None:
            self.ctx.set_partnership(record_id)
            self.use_button.setEnabled(False)

    # --- members, tracks, linked indicators ---

    def add_member(self) -> None:
        pid = self.selected_partnership()
        if pid is not None:
            editor = MembershipEditor(self.ctx, parent=self, partnership_id=pid)
            self.show_editor(editor, self._select_later(self.selection_reader, self.member_table))

    def edit_member(self, membership_id: str) -> None:
        self.show_editor(MembershipEditor(self.ctx, membership_id, parent=self))

    def remove_member(self, membership_id: str) -> None:
        name = self.member_table.cell(membership_id, 0)
        self.delete_record(
            Membership,
            membership_id,
            "",
            question=self.tr("Remove {0} from this partnership?").format(name),
        )

    def new_track(self) -> None:
        pid = self.selected_partnership()
        if pid is not None:
            editor = TrackEditor(self.ctx, parent=self, partnership_id=pid)
            self.show_editor(editor, self._select_later(self.selection_reader, self.track_table))

    def edit_track(self, track_id: str) -> None:
        self.show_editor(TrackEditor(self.ctx, track_id, parent=self))

    def delete_track(self, track_id: str) -> None:
        what = self.tr("the track “{0}”").format(self.track_table.cell(track_id, 0))
        self.delete_record(ImprovementTrack, track_id, what)

    def link_indicator(self) -> None:
        pid, track = self.selected_partnership(), self.track_table.current_id()
        if pid is None or track is None:
            return

        def read(session: Session) -> str | None:
            partnership = session.get(Partnership, pid)
            return partnership.mentee_utility_id if partnership is not None else None

        def open_editor(mentee: str | None) -> None:
            editor = TrackIndicatorEditor(
                self.ctx,
                parent=self,
                partnership_id=pid,
                track_id=track,
                preset={"utility_id": mentee},
            )
            self.show_editor(editor, self._select_later(self.track_reader, self.link_table))

        self.ctx.run_read(read, open_editor)

    def edit_link(self, link_id: str) -> None:
        self.show_editor(TrackIndicatorEditor(self.ctx, link_id, parent=self))

    def unlink_indicator(self, link_id: str) -> None:
        what = self.tr("the link to {0}").format(self.link_table.cell(link_id, 0))
        self.delete_record(TrackIndicator, link_id, what)

    def record_stage(self) -> None:
        pid, track = self.selected_partnership(), self.track_table.current_id()
        if pid is None or track is None:
            return
        editor = StageEditor(self.ctx, parent=self, partnership_id=pid, track_id=track)
        self.show_editor(editor, self._select_later(self.track_reader, self.stage_table))

    def edit_stage(self, stage_id: str) -> None:
        self.show_editor(StageEditor(self.ctx, stage_id, parent=self))

    def delete_stage(self, stage_id: str) -> None:
        what = self.tr("the stage “{0}”").format(self.stage_table.cell(stage_id, 0))
        self.delete_record(TrackStage, stage_id, what)

    # --- the directory ---

    def new_utility(self) -> None:
        self.show_editor(UtilityEditor(self.ctx, parent=self), self.selector(self.utility_table))

    def edit_utility(self, utility_id: str) -> None:
        self.show_editor(UtilityEditor(self.ctx, utility_id, parent=self))

    def new_person(self) -> None:
        self.show_editor(PersonEditor(self.ctx, parent=self), self.selector(self.people_table))

    def edit_person(self, person_id: str) -> None:
        self.show_editor(PersonEditor(self.ctx, person_id, parent=self))

    def _select_later(self, reader: LatestRead, table: RecordTable) -> Callable[[str], None]:
        """Select a saved record in ``table`` once the page and ``reader`` have read it."""

        def select(record_id: str) -> None:
            self.when_loaded(lambda: reader.then(lambda: table.select_id(record_id)))

        return select


@dataclass(frozen=True, slots=True)
class PartnershipFacts:
    """What the Details tab shows of a partnership, read off the GUI thread."""

    title: str
    mentor_name: str
    mentee_name: str
    type: Any
    phase: Any
    status: Any
    planned_start: dt.date | None
    planned_end: dt.date | None
    actual_start: dt.date | None
    actual_end: dt.date | None
    currency: str
    location: str | None
    code_of_conduct_date: dt.date | None
    objectives: str | None


IdsAndRows = tuple[list[str], dict[str, RowT]]
# partnerships, utilities, people
DirectoryAnswer = tuple[
    IdsAndRows[listing.PartnershipRow],
    IdsAndRows[listing.UtilityRow],
    IdsAndRows[listing.PersonRow],
]
# members, tracks
SelectedAnswer = tuple[
    PartnershipFacts | None, IdsAndRows[listing.MemberRow], IdsAndRows[listing.TrackRow]
]
LinksAnswer = tuple[IdsAndRows[listing.TrackIndicatorRow], IdsAndRows[StageLine]]


def _ids_and_rows(
    session: Session, ids: list[str], rows: Callable[[Session, Sequence[str]], Mapping[str, RowT]]
) -> IdsAndRows[RowT]:
    """The ids and their rows, so showing, sorting and filtering the table read nothing."""
    return ids, dict(rows(session, ids))


def _directory(session: Session) -> DirectoryAnswer:
    return (
        _ids_and_rows(session, listing.partnership_ids(session), listing.partnership_rows),
        _ids_and_rows(session, listing.utility_ids(session), listing.utility_rows),
        _ids_and_rows(session, listing.person_ids(session), listing.person_rows),
    )


def _selected(partnership_id: str, session: Session) -> SelectedAnswer:
    p = session.get(Partnership, partnership_id)
    facts = (
        None
        if p is None
        else PartnershipFacts(
            p.title,
            p.mentor_utility.name,
            p.mentee_utility.name,
            p.type,
            p.phase,
            p.status,
            p.planned_start,
            p.planned_end,
            p.actual_start,
            p.actual_end,
            p.currency,
            p.location,
            p.code_of_conduct_date,
            p.objectives,
        )
    )
    members = listing.membership_ids(session, partnership_id)
    tracks = listing.track_ids(session, partnership_id)
    return (
        facts,
        _ids_and_rows(session, members, listing.membership_rows),
        _ids_and_rows(session, tracks, listing.track_rows),
    )


def _links_of(track_id: str, session: Session) -> LinksAnswer:
    """A track's linked indicators, and its stages of change (latest first)."""
    ids = listing.track_indicator_ids(session, track_id)
    history = stage_history(session, track_id)
    return (
        _ids_and_rows(session, ids, listing.track_indicator_rows),
        ([line.id for line in history], {line.id: line for line in history}),
    )


def _stage_place(record_id: str, session: Session) -> tuple[str, str] | None:
    """The partnership and track of a stage of change, or None for any other id."""
    stage = session.get(TrackStage, record_id)
    if stage is None or stage.deleted:
        return None
    return stage.partnership_id, stage.track_id
