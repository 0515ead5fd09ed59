"""Sync conflicts: both values of a field side by side; keep either, or merge text by hand."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.operations import records as record_ops
from wopdesk.storage.changes import Stamp
from wopdesk.storage.models import ENTITIES
from wopdesk.sync.status import open_conflicts, record_title
from wopdesk.ui.context import AppContext
from wopdesk.ui.pages.base import Page
from wopdesk.ui.style import heading, muted

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class ConflictLine:
    """One open conflict as the page shows it (read off the GUI thread)."""

    id: str
    entity: str
    record: str
    field: str
    kept_value: Any
    kept_by: str | None
    kept_at: dt.datetime | None
    set_aside_value: Any
    set_aside_by: str | None
    set_aside_at: dt.datetime | None
    is_text: bool


def _when(stamp: str | None) -> dt.datetime | None:
    try:
        wall = Stamp.decode(stamp).wall if stamp else None
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(wall / 1000, dt.UTC) if wall is not None else None


def _is_text(entity: str, field: str) -> bool:
    model = ENTITIES.get(entity)
    column = model.__table__.columns.get(field) if model is not None else None
    try:
        return column is not None and column.type.python_type is str
    except NotImplementedError:
        return False


def load_conflicts(session: Session, partnership_id: str | None) -> list[ConflictLine]:
    return [
        ConflictLine(
            c.id,
            c.entity,
            record_title(session, c.entity, c.row_id),
            c.field,
            c.kept_value,
            c.kept_by,
            _when(c.kept_stamp),
            c.set_aside_value,
            c.set_aside_by,
            _when(c.set_aside_stamp),
            _is_text(c.entity, c.field),
        )
        for c in open_conflicts(session, partnership_id)
    ]


class ConflictSide(QGroupBox):
    """One side of a conflict: the value, who wrote it and when, and "Keep this"."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.author = muted()
        self.value = QPlainTextEdit()
        self.value.setReadOnly(True)
        self.keep = QPushButton(self.tr("Keep this"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.author)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignRight)

    def show_value(self, text: str, who: str | None, when: dt.datetime | None) -> None:
        self.value.setPlainText(text)
        who_text = who or self.tr("someone")
        if when is None:
            self.author.setText(self.tr("By {0}").format(who_text))
        else:
            stamp = when.astimezone().strftime("%Y-%m-%d %H:%M")
            self.author.setText(self.tr("By {0}, {1}").format(who_text, stamp))


class ConflictsPage(Page):
    page_id = "conflicts"
    watched = frozenset({"conflict"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lines: list[ConflictLine] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda _item, _prev: self._show_current())
        self.empty = muted(
            self.tr("No conflicts. When two people change the same field while offline, ")
            + self.tr("the value that lost appears here so you can choose.")
        )
        self.empty.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.kept = ConflictSide(self.tr("Value in use now"))
        self.set_aside = ConflictSide(self.tr("Value set aside by sync"))
        self.kept.keep.clicked.connect(lambda: self._resolve_with_side(kept=True))
        self.set_aside.keep.clicked.connect(lambda: self._resolve_with_side(kept=False))
        sides = QHBoxLayout()
        sides.addWidget(self.kept)
        sides.addWidget(self.set_aside)
        self.merge_box = QGroupBox(self.tr("Merge by hand"))
        self.merged = QPlainTextEdit()
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.save_merged = QPushButton(self.tr("Keep the merged text"))
        self.save_merged.clicked.connect(self._resolve_merged)
        merge_layout = QVBoxLayout(self.merge_box)
        merge_layout.addWidget(self.merged)
        merge_layout.addWidget(self.save_merged, 0, Qt.AlignmentFlag.AlignRight)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.about)
        detail_layout.addLayout(sides, 2)
        detail_layout.addWidget(self.merge_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(heading(self.title(), 1))
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        self.refresh()

    def refresh(self) -> None:
        self.ctx.run_read(
            lambda session: load_conflicts(session, self.ctx.partnership_id), self._loaded
        )

    def _loaded(self, lines: list[ConflictLine]) -> None:
        current = self.current()
        self.lines = lines
        self.list.blockSignals(True)
        self.list.clear()
        for line in lines:
            item = QListWidgetItem(f"{line.record}\n{self._field_label(line)}")
            item.setData(ID_ROLE, line.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [line.id for line in lines]
        if lines:
            keep = ids.index(current.id) if current is not None and current.id in ids else 0
            self.list.setCurrentRow(keep)
        self.empty.setVisible(not lines)
        self.splitter.setVisible(bool(lines))
        self._show_current()

    def current(self) -> ConflictLine | None:
        row = self.list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _field_label(self, line: ConflictLine) -> str:
        if line.field == "deleted":
            return self.tr("deleted on one side, edited on the other")
        return self.tr("field: {0}").format(line.field.replace("_", " "))

    def _text(self, line: ConflictLine, value: Any) -> str:
        if line.field == "deleted":
            return self.tr("Deleted") if value else self.tr("Not deleted (edited)")
        if value is None:
            return self.tr("(empty)")
        return str(value)

    def _show_current(self) -> None:
        line = self.current()
        if line is None:
            return
        self.about.setText(
            self.tr("{0}: two people changed {1} at the same time.").format(
                line.record, line.field.replace("_", " ")
            )
        )
        self.kept.show_value(self._text(line, line.kept_value), line.kept_by, line.kept_at)
        self.set_aside.show_value(
            self._text(line, line.set_aside_value), line.set_aside_by, line.set_aside_at
        )
        self.merge_box.setVisible(line.is_text)
        if line.is_text:
            parts = [v for v in (line.kept_value, line.set_aside_value) if v]
            self.merged.setPlainText("\n\n".join(dict.fromkeys(parts)))

    def _resolve_with_side(self, *, kept: bool) -> None:
        line = self.current()
        if line is not None:
            self._resolve(line, line.kept_value if kept else line.set_aside_value)

    def _resolve_merged(self) -> None:
        line = self.current()
        if line is not None:
            self._resolve(line, self.merged.toPlainText())

    def _resolve(self, line: ConflictLine, value: Any) -> None:
        conflict_id = line.id
        self.ctx.run_op(
            lambda store: record_ops.resolve_conflict(store, conflict_id, value),
            lambda _conflict: self.ctx.notice.emit(self.tr("Conflict resolved.")),
        )
