"""Learning log page: the training log table and the quick entry form beside it.

The table is a lazy model over ids behind a ``SqlSortFilterProxy``: a click on a
header or a word typed in the filter re-reads the ids from the database off the GUI
thread, so 100,000 entries open, sort and filter without reading every row.
"""

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wopdesk.domain.vocab import LearningForm
from wopdesk.storage import overview
from wopdesk.storage.overview import LearningRow
from wopdesk.storage.people import LearningPeople, learning_people
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import format_date, format_number, vocab_label
from wopdesk.ui.learning_editor import LearningEditor
from wopdesk.ui.loading import LatestRead
from wopdesk.ui.models import Column, IdLoader, LazyRecordModel, SqlSortFilterProxy
from wopdesk.ui.pages.base import Page
from wopdesk.ui.pages.learning_reads import learning_ids, view_key
from wopdesk.ui.style import heading, muted
from wopdesk.ui.wrapping import ColumnFitter, wrap_table

FILTER_DELAY_MS = 300
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


def _competency(row: LearningRow) -> str:
    """The competency with the level before and after, e.g. "Step testing (1 → 3)"."""
    text = row.competency or ""
    if row.level_before is None and row.level_after is None:
        return text
    levels = f"{row.level_before or '?'} → {row.level_after or '?'}"
    return f"{text} ({levels})" if text else levels


class LearningPage(Page):
    page_id = "learning"
    watched = frozenset({"learning_activity", "learning_trainee", "person"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = LazyRecordModel(self._columns(), self._load_rows, self)
        self.model.read_in_background(ctx)  # scrolling never waits for a read
        self.proxy = SqlSortFilterProxy(self.model, self)
        self.form_filter = QComboBox()
        self.form_filter.setAccessibleName(self.tr("Form of learning"))
        self.form_filter.addItem(self.tr("All forms"), None)
        for form in LearningForm:
            self.form_filter.addItem(vocab_label(form), form.value)
        self.loader = IdLoader(ctx, self.model, self._fetch(), self)
        self.loader.loaded.connect(self._ids_loaded)
        self.proxy.query_changed.connect(self.reload)
        self._want: str | None = None

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by topic, competency or evidence"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the learning log"))
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(lambda: self.proxy.set_words(self.filter.text()))
        self.filter.textChanged.connect(lambda _text: self.filter_timer.start())
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Log a learning activity (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.count = muted()
        self.totals = muted()
        self.totals.setAccessibleName(self.tr("Hours, person-hours and people by sex"))
        self.totals_reader = LatestRead(ctx, self)
        self.form_filter.currentIndexChanged.connect(lambda _i: self.reload())

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Learning log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        # Headings and cells wrap between words; only the rows in view are measured to
        # grow to their text (the view never measures 100,000 rows), and the columns are
        # sized to what the first rows and those in view hold.
        self.row_fitter = wrap_table(self.table)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        widths = {0: 86, 1: 92, 3: 100, 4: 100, 5: 44, 6: 84, 7: 112, 8: 26}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.column_fitter = ColumnFitter(self.table, stretching=2)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        # The entry form is built after the table's first paint (see ``editor``).
        self._editor: LearningEditor | None = None
        self._fill_after_paint = False
        self._editor_asked = False  # an entry was opened or started in the form

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Learning log"), 1), 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.form_filter)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        counts = QHBoxLayout()
        counts.addWidget(self.count)
        counts.addWidget(self.totals, 1)
        self.totals.setAlignment(RIGHT)
        left_layout.addLayout(counts)
        right = QWidget()
        right.setMinimumWidth(360)  # the form's room, before the form is there
        self.editor_box = QVBoxLayout(right)
        self.editor_box.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 380])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    @property
    def editor(self) -> LearningEditor:
        """The quick entry form, built the first time it is needed."""
        if self._editor is None:
            self._editor = LearningEditor(self.ctx)
            self._editor.saved.connect(self._saved)
            self.editor_box.addWidget(self._editor)
        return self._editor

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: format_date(r.date), sort_key="date"),
            Column(self.tr("Form"), lambda r: vocab_label(r.form), sort_key="form"),
            Column(
                self.tr("Topic"), lambda r: r.topic, sort_key="topic", tooltip=lambda r: r.topic
            ),
            Column(self.tr("Trainer"), lambda r: r.trainer_name or "", sort_key="trainer"),
            Column(
                self.tr("Trainees"), lambda r: r.trainee_names, tooltip=lambda r: r.trainee_names
            ),
            Column(
                self.tr("Hours"),
                lambda r: format_number(r.hours),
                alignment=RIGHT,
                sort_key="hours",
            ),
            Column(
                self.tr("Person-hours"),
                lambda r: format_number(r.person_hours),
                alignment=RIGHT,
                tooltip=self._by_sex,
                header_tip=self.tr("Participants × hours; a cell's tip gives the people by sex"),
            ),
            Column(
                self.tr("Competency (level)"),
                _competency,
                sort_key="competency",
                tooltip=_competency,
            ),
            Column(
                "✓",
                lambda r: "✓" if r.verified else "",
                alignment=CENTRE,
                sort_key="verified",
                tooltip=lambda r: self.tr("Verified by a mentor") if r.verified else "",
                header_tip=self.tr("Verified by a mentor"),
            ),
        ]

    def _by_sex(self, row: LearningRow) -> str:
        """``14 participants × 16 h: 5 women, 9 men, 0 not stated``."""
        return self.tr("{0} participants × {1} h: {2} women, {3} men, {4} not stated").format(
            row.people.participants,
            format_number(row.hours),
            row.people.women,
            row.people.men,
            row.people.not_stated,
        )

    def _show_totals(self, reached: LearningPeople) -> None:
        """The log's hours, person-hours and people by sex, under the table."""
        self.totals.setText(
            self.tr(
                "{0} hours, {1} person-hours · {2} participants: {3} women, {4} men, {5} not stated"
            ).format(
                format_number(reached.hours),
                format_number(reached.person_hours),
                reached.people.participants,
                reached.people.women,
                reached.people.men,
                reached.people.not_stated,
            )
        )

    def _load_rows(self, ids: Sequence[str]) -> dict[str, LearningRow]:
        with self.ctx.store.reading() as session:
            return overview.learning_rows(session, ids)

    def _fetch(self) -> partial[list[str]]:
        """The id query for what the table asks now, captured on the GUI thread."""
        form = self.form_filter.currentData()
        return partial(
            learning_ids,
            partnership_id=self.ctx.partnership_id,
            sort=self.proxy.sort_key or "date",
            descending=self.proxy.descending,
            words=self.proxy.words,
            form=LearningForm(form) if form else None,
        )

    # --- page interface ---------------------------------------------------------------

    def reload(self) -> None:
        fetch = self._fetch()
        self.loader.fetch = fetch
        # The window may have started this very query ahead of the page.
        self.loader.reload(ahead=view_key(**fetch.keywords))
        partnership_id = self.ctx.partnership_id
        if partnership_id is None:
            self.totals.setText("")
            return
        self.totals_reader.start(
            lambda session: learning_people(session, partnership_id), self._show_totals
        )

    def refresh(self) -> None:
        self.new_button.setEnabled(self.ctx.partnership_id is not None)
        editor = self._editor
        if editor is not None and editor.partnership_id not in (None, self.ctx.partnership_id):
            editor.keeper.flush()
            editor.partnership_id = None
            self._editor_asked = False
        self.reload()
        if self.isVisible():
            self._fill_editor()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if not self.model.ids and not self.loader.loading:
            self.reload()
        self._fill_after_paint = True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._fill_after_paint:
            # Once this paint pass is over: the table shows first, the form a moment later.
            self._fill_after_paint = False
            QTimer.singleShot(0, self, self._fill_editor)

    def _fill_editor(self) -> None:
        """Start a new entry in the form if it holds none (building the form if needed)."""
        if self._editor_asked or not self.ctx.partnership_id:
            return
        if self.editor.partnership_id is None:
            self.new_record()

    def open_record(self, record_id: str) -> None:
        self._want = record_id
        self._editor_asked = True
        self.editor.load(record_id, self.ctx.partnership_id or "")
        self._select(record_id)

    def new_record(self) -> None:
        if self.ctx.partnership_id is None:
            return
        self._want = None
        self.table.selectionModel().clearSelection()
        self._editor_asked = True
        self.editor.load(None, self.ctx.partnership_id)
        self.editor.form.field("topic").setFocus()

    def save(self) -> None:
        self.editor.save()

    def before_close(self) -> None:
        if self._editor is not None:
            self._editor.keeper.flush()

    # --- table ------------------------------------------------------------------------

    def _ids_loaded(self) -> None:
        total = len(self.model.ids)
        if total == 1:
            self.count.setText(self.tr("1 entry"))
        else:
            self.count.setText(self.tr("{0} entries").format(format_number(total, 0)))
        if self._want is not None:
            self._select(self._want)

    def _select(self, record_id: str) -> None:
        row = self.proxy.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.index(row, 0)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.table.scrollTo(index)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        record_id = self.proxy.id_at(current.row())
        if record_id != self.editor.activity_id:
            self._want = record_id
            self._editor_asked = True
            self.editor.load(record_id, self.ctx.partnership_id or "")

    def _saved(self, record_id: str) -> None:
        self._want = record_id if self.editor.activity_id == record_id else None
