"""Partnership health, on the Progress page: each partner's periodic review of how the
partnership works, item by item (resources/health_items.csv), and the latest review of
each side side by side.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain.health import (
    HIGHEST,
    LOWEST,
    health_items,
    item_description,
    item_name,
    scale_label,
)
from wopdesk.domain.periods import span_label
from wopdesk.domain.vocab import PartnerSide
from wopdesk.operations import Operation
from wopdesk.operations import records as record_ops
from wopdesk.storage import health, progress
from wopdesk.storage.health import HealthSummary, ItemScore, ReviewRow
from wopdesk.storage.models import HealthReview, HealthScore, Partnership, SyncedRecord
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    RecordEditorDialog,
    RecordPicker,
    VocabCombo,
    display_locale,
    format_date,
    vocab_label,
)
from wopdesk.ui.loading import LatestRead
from wopdesk.ui.models import Column
from wopdesk.ui.pages.records import RecordPage, muted_label
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.style import fit_to_screen, status_colour
from wopdesk.ui.undo import ask, delete_with_undo
from wopdesk.ui.wrapping import wrap_table

WATCHED = frozenset({"health_review", "health_score", "partnership"})
ITEM_PREFIX = "item:"
# An average below this is shown in the warning colour (the middle of the 1–4 scale).
WORRYING = 2.5


class ItemScoreField(QWidget):
    """One item's score (a pick list on the scale, or not scored) and its comment."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = QComboBox()
        self.score.addItem(self.tr("— not scored —"), None)
        for value in range(LOWEST, HIGHEST + 1):
            self.score.addItem(scale_label(value), value)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.score)
        row.addWidget(self.comment, 1)
        self.setFocusProxy(self.score)
        self.score.currentIndexChanged.connect(lambda _i: self.value_changed.emit())
        self.comment.textEdited.connect(lambda _t: self.value_changed.emit())

    def value(self) -> ItemScore:
        data = self.score.currentData()
        return ItemScore(None if data is None else int(data), self.comment.text().strip() or None)

    def set_value(self, value: ItemScore | None) -> None:
        given = value or ItemScore(None)
        index = self.score.findData(given.score)
        self.score.setCurrentIndex(max(index, 0))
        self.comment.setText(given.comment or "")

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (as Qt's fields)
        self.score.setEnabled(not read_only)
        self.comment.setReadOnly(read_only)


def _period_key(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}:{end.isoformat()}"


class HealthReviewEditor(RecordEditorDialog):
    """One partner's review: the date, who scored, the period, and each item's score."""

    model = HealthReview

    def build(self) -> None:
        form = self.form
        form.add("date", self.tr("Date"), DateField())
        form.add("scored_by", self.tr("Scored by"), VocabCombo(PartnerSide))
        form.add(
            "period", self.tr("Period reviewed"), RecordPicker(empty_label=self.tr("— none —"))
        )
        for item in health_items():
            form.add(
                f"{ITEM_PREFIX}{item.id}",
                item_name(item.id),
                ItemScoreField(),
                hint=item_description(item.id),
            )
        form.add("note", self.tr("General comment"), LongTextField(lines=2))
        with self.ctx.store.reading() as session:
            rows = progress.period_rows(session, self.partnership_id or "")
        form.field("period").set_choices(
            [(_period_key(row.start, row.end), row.label) for row in rows]
        )

    def _fit_to_form(self) -> None:
        super()._fit_to_form()
        # Wide enough for each item's score, comment and description side by side.
        fit_to_screen(self, max(self.width(), 820), self.height())

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("New partnership health review")
        return self.tr("Partnership health review")

    def defaults(self) -> dict[str, Any]:
        return {"date": dt.date.today(), "scored_by": self._my_side()}

    def _my_side(self) -> PartnerSide:
        """The side of the person using WOPdesk, if they belong to one."""
        with self.ctx.store.reading() as session:
            partnership = session.get(Partnership, self.partnership_id or "")
            if partnership is not None and self.ctx.me:
                for side in progress.SIDES:
                    if progress.is_member_of_side(session, partnership, self.ctx.me, side):
                        return PartnerSide(side)
        return PartnerSide.MENTOR

    def load(self, session: Session, record: SyncedRecord) -> dict[str, Any]:
        assert isinstance(record, HealthReview)
        values: dict[str, Any] = {
            "date": record.date,
            "scored_by": record.scored_by,
            "note": record.note,
            "period": _period_key(record.period_start, record.period_end)
            if record.period_start and record.period_end
            else None,
        }
        for score in health.review_scores(session, record.id):
            values[f"{ITEM_PREFIX}{score.item}"] = ItemScore(score.score, score.comment)
        return values

    def check(self, values: dict[str, Any]) -> None:
        from wopdesk.errors import ValidationError

        if not any(s.score is not None for s in _scores(values).values()):
            first = f"{ITEM_PREFIX}{health_items()[0].id}"
            raise ValidationError(self.tr("Score at least one item."), first)

    def operation(self, values: dict[str, Any]) -> Operation[str]:
        pid, record_id, scores = self.partnership_id or "", self.record_id, _scores(values)
        return lambda store: record_ops.save_health_review(store, pid, record_id, values, scores)


def _scores(values: dict[str, Any]) -> dict[str, ItemScore]:
    return {
        key.removeprefix(ITEM_PREFIX): value
        for key, value in values.items()
        if key.startswith(ITEM_PREFIX) and isinstance(value, ItemScore)
    }


class HealthRead(NamedTuple):
    rows: dict[str, ReviewRow]
    summary: HealthSummary
    score_reviews: dict[str, str]  # score id -> review id (search results open a review)


class HealthPanel(QWidget):
    """The reviews of the partnership, and the latest of each side compared per item."""

    def __init__(self, ctx: AppContext, page: RecordPage) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.reader = LatestRead(ctx, self)
        self.rows: dict[str, ReviewRow] = {}
        self.score_reviews: dict[str, str] = {}
        self._stale = True
        self.tabs: QTabWidget | None = None  # the page's tabs, once added to them

        self.record_button = QPushButton(self.tr("Record review…"))
        self.record_button.setToolTip(
            self.tr("One partner scores how the partnership works, item by item")
        )
        self.edit_button = QPushButton(self.tr("Edit review…"))
        self.delete_button = QPushButton(self.tr("Delete review"))
        self.record_button.clicked.connect(lambda _c=False: self.new_review())
        self.edit_button.clicked.connect(lambda _c=False: self.edit_current())
        self.delete_button.clicked.connect(lambda _c=False: self.delete_current())
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for button in (self.record_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.table = RecordTable(
            [
                Column(self.tr("Date"), lambda r: format_date(r.date), lambda r: r.date),
                Column(self.tr("Scored by"), lambda r: vocab_label(r.scored_by)),
                Column(self.tr("Period"), _period_text),
                Column(self.tr("Average"), lambda r: _average(r.average), lambda r: r.average),
                Column(self.tr("Items scored"), lambda r: str(r.scored), lambda r: r.scored),
                Column(self.tr("Comment"), lambda r: r.note or ""),
            ],
            self._load_rows,
            stretch_column=5,
        )
        self.table.set_column_widths([14, 12, 12, 9, 12, None])
        self.table.activated.connect(self.open_review)
        self.table.current_changed.connect(lambda _id: self._selection_changed())

        self.latest = muted_label()
        self.latest.setWordWrap(True)
        self.summary_table = QTableWidget(0, 3)
        self.summary_table.setHorizontalHeaderLabels(
            [self.tr("Item"), vocab_label(PartnerSide.MENTOR), vocab_label(PartnerSide.MENTEE)]
        )
        self.summary_table.verticalHeader().hide()
        self.summary_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary_table.setAlternatingRowColors(True)
        wrap_table(self.summary_table)  # headings wrap between words, as the pages' do
        header = self.summary_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        summary = QWidget()
        right = QVBoxLayout(summary)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(QLabel(self.tr("Latest review of each partner, average per item")))
        right.addWidget(self.latest)
        right.addWidget(self.summary_table, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(summary)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(split, 1)
        ctx.partnership_changed.connect(lambda _pid: self.refresh())
        ctx.data_changed.connect(lambda entities: self.refresh() if entities & WATCHED else None)
        self._selection_changed()

    # --- reading ---

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def reload(self) -> None:
        pid = self.ctx.partnership_id
        if not pid:
            self.reader.cancel()
            self._show(HealthRead({}, HealthSummary({}, {}, ()), {}))
            return

        def read(session: Session) -> HealthRead:
            rows = {row.id: row for row in health.review_rows(session, pid)}
            scores = session.execute(
                select(HealthScore.id, HealthScore.review_id).where(
                    HealthScore.partnership_id == pid
                )
            )
            return HealthRead(
                rows,
                health.summary(session, pid),
                {score_id: review_id for score_id, review_id in scores},
            )

        self.reader.start(read, self._show)

    def _load_rows(self, ids: Sequence[str]) -> dict[str, ReviewRow]:
        return {i: self.rows[i] for i in ids if i in self.rows}

    def _show(self, answer: HealthRead) -> None:
        self.rows, self.score_reviews = answer.rows, answer.score_reviews
        self.table.set_ids(list(self.rows), self.rows)
        self._show_summary(answer.summary)
        self._selection_changed()

    def _show_summary(self, summary: HealthSummary) -> None:
        if summary.empty:
            self.latest.setText(self.tr("No review yet: each partner records its own."))
        else:
            dates = [
                self.tr("{0}: {1}").format(
                    vocab_label(side), format_date(day) if day else self.tr("no review yet")
                )
                for side, day in summary.dates.items()
            ]
            self.latest.setText(" · ".join(dates))
        items = summary.items() if not summary.empty else []
        table = self.summary_table
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            name = QTableWidgetItem(item_name(item))
            name.setToolTip(item_description(item))
            table.setItem(row, 0, name)
            for column, side in enumerate(PartnerSide, start=1):
                value = summary.averages.get(item, {}).get(side)
                cell = QTableWidgetItem(_average(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if value is not None and value < WORRYING:
                    cell.setForeground(status_colour("warning", self.palette()))
                said = [c for by, on, c in summary.comments if by == side and on == item]
                cell.setToolTip("\n".join(said))
                table.setItem(row, column, cell)

    def _selection_changed(self) -> None:
        chosen = self.table.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.record_button.setEnabled(bool(self.ctx.partnership_id))

    # --- actions ---

    def new_review(self) -> None:
        self.page.show_editor(HealthReviewEditor(self.ctx, parent=self), self._saved)

    def edit_current(self) -> None:
        review_id = self.table.current_id()
        if review_id is not None:
            self.open_review(review_id)

    def open_review(self, review_id: str) -> None:
        self.page.show_editor(HealthReviewEditor(self.ctx, review_id, parent=self), self._saved)

    def delete_current(self) -> None:
        row = self.rows.get(self.table.current_id() or "")
        if row is None:
            return
        what = self.tr("the health review of {0} by the {1}").format(
            format_date(row.date), vocab_label(row.scored_by).lower()
        )
        if ask(self, self.tr("Delete {0}?").format(what)):
            delete_with_undo(self.ctx, HealthReview, row.id)

    def show_review(self, record_id: str) -> bool:
        """Select a review, or the review a score belongs to (a search result); False if
        ``record_id`` is neither."""
        with self.ctx.store.reading() as session:
            score = session.get(HealthScore, record_id)
            if score is not None:
                record_id = score.review_id
            elif session.get(HealthReview, record_id) is None:
                return False
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self)
        self.reader.then(lambda: self.table.select_id(record_id))
        return True

    def _saved(self, review_id: str) -> None:
        self.reader.then(lambda: self.table.select_id(review_id))


def _period_text(row: ReviewRow) -> str:
    if row.period_start and row.period_end:
        return span_label(row.period_start, row.period_end)
    return "—"


def _average(value: float | None) -> str:
    """An average always with one decimal (3.0, 2.5), so it reads as an average."""
    return "—" if value is None else display_locale().toString(float(value), "f", 1)


def add_health_tab(page: RecordPage) -> HealthPanel:
    """Put the page's content (its periods) in a first tab, and partnership health in a
    second; the page's tool row belongs to the first and shows only with it."""
    panel = HealthPanel(page.ctx, page)
    tabs = QTabWidget()
    periods = QWidget()
    moved = QVBoxLayout(periods)
    moved.setContentsMargins(0, 4, 0, 0)
    while page.content.count():
        item = page.content.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            moved.addWidget(widget, 1)
    tabs.addTab(periods, QCoreApplication.translate("HealthPanel", "Reporting periods"))
    tabs.addTab(panel, QCoreApplication.translate("HealthPanel", "Partnership health"))

    def tab_changed(index: int) -> None:
        page.tool_row.setVisible(index == 0)
        page.filter_box.setVisible(index == 0)

    tabs.currentChanged.connect(tab_changed)
    page.content.addWidget(tabs, 1)
    panel.tabs = tabs
    return panel
