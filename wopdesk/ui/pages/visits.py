"""Site visits page: the partnership's visits on the left, the visit editor on the right."""

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.domain.i18n import format_period
from wopdesk.storage import overview
from wopdesk.storage.overview import VisitLine
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import vocab_label
from wopdesk.ui.models import Column, IdLoader, LazyRecordModel
from wopdesk.ui.pages.base import Page
from wopdesk.ui.style import heading, muted
from wopdesk.ui.visit_editor import VisitEditor
from wopdesk.ui.wrapping import ColumnFitter, wrap_table


class VisitsPage(Page):
    page_id = "visits"
    watched = frozenset({"site_visit"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = LazyRecordModel(self._columns(), self._load_rows, self)
        self.model.read_in_background(ctx)  # scrolling never waits for a read
        self.loader = IdLoader(ctx, self.model, self._fetch_ids, self)
        self.loader.loaded.connect(self._ids_loaded)
        self._want: str | None = None  # a visit to select once the list has loaded

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Site visits"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        # Headings and titles wrap between words, the rows growing to show them.
        self.row_fitter = wrap_table(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.column_fitter = ColumnFitter(self.table, stretching=1)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.new_button = QPushButton(self.tr("New visit"))
        self.new_button.setToolTip(self.tr("Start a new site visit (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.empty_hint = muted(self.tr("No visits yet. Start one with “New visit”."))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Site visits"), 1), 1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_hint)

        self.editor = VisitEditor(ctx)
        self.editor.saved.connect(self._saved)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 4)
        right_layout.addWidget(self.editor)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 800])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Dates"), lambda row: format_period(row.start_date, row.end_date)),
            Column(self.tr("Visit"), lambda row: row.title, tooltip=lambda row: row.site or ""),
            Column(self.tr("State"), lambda row: vocab_label(row.state)),
        ]

    def _fetch_ids(self, session: Session) -> list[str]:
        pid = self.ctx.partnership_id
        return overview.visit_ids(session, pid) if pid else []

    def _load_rows(self, ids: Sequence[str]) -> dict[str, VisitLine]:
        with self.ctx.store.reading() as session:
            return overview.visit_rows(session, ids)

    # --- page interface ---------------------------------------------------------------

    def refresh(self) -> None:
        if self.editor.partnership_id not in (None, self.ctx.partnership_id):
            self.editor.keeper.flush()
            self.editor.show_empty()
        self.new_button.setEnabled(self.ctx.partnership_id is not None)
        self.loader.reload()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if not self.model.ids and not self.loader.loading:
            self.refresh()

    def open_record(self, record_id: str) -> None:
        """Show a visit (from search, the overview or a link)."""
        self._want = record_id
        self.editor.load_visit(record_id, self.ctx.partnership_id or "")
        self._select(record_id)
        if not self.model.ids:
            self.loader.reload()

    def new_record(self) -> None:
        if self.ctx.partnership_id is None:
            return
        self._want = None
        self.table.selectionModel().clearSelection()
        self.editor.load_visit(None, self.ctx.partnership_id)
        self.editor.form.field("title").setFocus()

    def save(self) -> None:
        self.editor.save()

    def before_close(self) -> None:
        self.editor.keeper.flush()

    # --- list -------------------------------------------------------------------------

    def _ids_loaded(self) -> None:
        self.empty_hint.setVisible(not self.model.ids)
        wanted = self._want or self.editor.visit_id
        if wanted is not None:
            self._select(wanted)

    def _select(self, visit_id: str) -> None:
        row = self.model.row_of(visit_id)
        if row < 0:
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.table.scrollTo(self.model.index(row, 0))

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        visit_id = self.model.id_at(current.row())
        if visit_id != self.editor.visit_id:
            self._want = visit_id
            self.editor.load_visit(visit_id, self.ctx.partnership_id or "")

    def _saved(self, visit_id: str) -> None:
        self._want = visit_id

    def _on_data_changed(self, entities: frozenset[str]) -> None:
        super()._on_data_changed(entities)
        # An action or finding of the open visit edited on another page: show it here too.
        editor = self.editor
        if (
            entities & {"action", "diagnosis_finding", "attachment", "visit_participant"}
            and editor.visit_id is not None
            and not editor.dirty
            and not editor.saving
        ):
            editor.load_visit(editor.visit_id, self.ctx.partnership_id or "")
