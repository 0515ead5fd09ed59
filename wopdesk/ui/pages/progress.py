"""Progress: a partnership's reporting periods, each with its progress record and approvals.

A record is written per period (summary, status with its reason, achievements,
challenges, lessons, next steps); a member of each partner approves it, which makes it
read-only until someone reopens it.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wopdesk.domain.periods import span_label
from wopdesk.domain.vocab import PeriodKind, ProgressStatus
from wopdesk.errors import ValidationError
from wopdesk.operations import Operation
from wopdesk.operations import records as record_ops
from wopdesk.storage import progress
from wopdesk.storage.models import Partnership, ProgressRecord, SyncedRecord
from wopdesk.storage.progress import Approval, PeriodRow, RecordView, Side
from wopdesk.ui.context import AppContext
from wopdesk.ui.documents import DocumentList, with_documents
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    PersonPicker,
    RecordEditorDialog,
    RecordPicker,
    TextField,
    VocabCombo,
    format_date,
    vocab_label,
)
from wopdesk.ui.models import Column
from wopdesk.ui.pages.health import add_health_tab
from wopdesk.ui.pages.records import DetailsBox, RecordPage
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.wrapping import prose_column

PERIOD_PREFIX = "period:"


def period_key(start: dt.date, end: dt.date) -> str:
    """The table id of a period that has no record yet."""
    return f"{PERIOD_PREFIX}{start.isoformat()}:{end.isoformat()}"


def period_of_key(key: str) -> tuple[dt.date, dt.date]:
    start, end = key.removeprefix(PERIOD_PREFIX).split(":")
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


class PeriodLine(NamedTuple):
    """One row of the table: a period and its record's view, if it has one."""

    period: PeriodRow
    record: RecordView | None


def read_only_sentence() -> str:
    return QCoreApplication.translate(
        "ProgressPage", "This record is approved and read-only. Reopen it to change anything."
    )


class ProgressEditor(RecordEditorDialog):
    """One period's progress record: what happened, the judgement and what comes next."""

    model = ProgressRecord

    def build(self) -> None:
        form = self.form
        form.add("status", self.tr("Overall status"), VocabCombo(ProgressStatus))
        form.add(
            "status_reason",
            self.tr("Reason for the status"),
            LongTextField(lines=2),
            hint=self.tr("Required when the partnership is at risk or off track."),
        )
        form.add("summary", self.tr("Summary"), LongTextField(lines=3))
        form.add("achievements", self.tr("Achievements"), LongTextField(lines=3))
        form.add("challenges", self.tr("Challenges"), LongTextField(lines=3))
        form.add("lessons", self.tr("Lessons learned"), LongTextField(lines=3))
        form.add("next_steps", self.tr("Next steps"), LongTextField(lines=3))
        form.add("author_id", self.tr("Written by"), PersonPicker())
        with self.ctx.store.reading() as session:
            form.field("author_id").load(session, self.partnership_id)
        if self.approved:
            self.form.set_read_only(True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.approved:
            self.save_button.setEnabled(False)
            self.form.banner.show_message(read_only_sentence())

    @property
    def approved(self) -> bool:
        return all(self.original.get(f"{side}_approved_on") for side in progress.SIDES)

    def window_title(self) -> str:
        start, end = self._period()
        return self.tr("Progress record — {0}").format(span_label(start, end))

    def _period(self) -> tuple[dt.date, dt.date]:
        if self.original:
            return self.original["period_start"], self.original["period_end"]
        return self.preset["period_start"], self.preset["period_end"]

    def defaults(self) -> dict[str, Any]:
        return {"status": ProgressStatus.ON_TRACK, "author_id": self.ctx.me}

    def fixed_values(self) -> dict[str, Any]:
        fixed = super().fixed_values()
        if self.record_id is None:
            start, end = self._period()
            fixed.update(period_start=start, period_end=end)
        return fixed

    def save(self) -> None:
        if self.approved:
            self.form.banner.show_message(read_only_sentence())
            return
        super().save()


class ApprovalEditor(RecordEditorDialog):
    """One partner's approval of a record: who (a member of that partner), role, date."""

    model = ProgressRecord

    def build(self) -> None:
        form = self.form
        side = form.add("side", self.tr("Approved for"), RecordPicker())
        side.set_choices([("mentor", self.tr("the mentor")), ("mentee", self.tr("the mentee"))])
        form.add("approver_id", self.tr("Approved by"), RecordPicker(), required=True)
        form.add("role", self.tr("Role"), TextField())
        form.add("on", self.tr("Approved on"), DateField(), required=True)
        self.job_titles: dict[str, str] = {}
        side.value_changed.connect(self._side_chosen)
        form.field("approver_id").value_changed.connect(self._approver_chosen)
        self._side_chosen()

    def window_title(self) -> str:
        return self.tr("Approve the progress record")

    def load(self, session: Session, record: SyncedRecord) -> dict[str, Any]:
        assert isinstance(record, ProgressRecord)
        side = "mentee" if record.mentor_approved_on is not None else "mentor"
        return {"side": side, "on": dt.date.today()}

    def _side_chosen(self) -> None:
        side: Side = "mentee" if self.form.field("side").value() == "mentee" else "mentor"
        with self.ctx.store.reading() as session:
            people = progress.side_members(session, self.partnership_id or "", side)
            self.job_titles = {p.id: p.job_title or "" for p in people}
            choices = [(p.id, p.name) for p in people]
        picker = self.form.field("approver_id")
        picker.blockSignals(True)
        picker.clear()  # the other side's people are no choice here
        picker.blockSignals(False)
        picker.set_choices(choices)
        self._approver_chosen()

    def _approver_chosen(self) -> None:
        person_id = self.form.field("approver_id").value()
        self.form.field("role").set_value(self.job_titles.get(person_id or "", ""))

    def check(self, values: dict[str, Any]) -> None:
        if not values.get("approver_id"):
            raise ValidationError(self.tr("Choose who approves."), "approver_id")

    def operation(self, values: dict[str, Any]) -> Operation[str]:
        side: Side = "mentee" if values["side"] == "mentee" else "mentor"
        record_id = self.record_id
        assert record_id is not None
        approver, role, on = values["approver_id"], values["role"], values["on"]
        return lambda store: record_ops.approve_progress(store, record_id, side, approver, role, on)


def approval_text(approval: Approval | None) -> str:
    if approval is None:
        return "—"
    who = f"{approval.name} ({approval.role})" if approval.role else approval.name
    return f"{who}, {format_date(approval.on)}"


class ProgressPage(RecordPage):
    page_id = "progress"
    watched = frozenset({"progress_record", "partnership", "membership", "person"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.edit_button = self.add_button(
            self.tr("Write record…"), self.edit_current, shortcut="Ctrl+N"
        )
        self.approve_button = self.add_button(self.tr("Approve…"), self.approve_current)
        self.reopen_button = self.add_button(self.tr("Reopen"), self.reopen_current)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_current)
        self.print_button = self.add_button(
            self.tr("Print report…"),
            self.print_current,
            tip=self.tr("The progress report of the chosen period, previewed"),
        )
        self.tools.addStretch(1)
        self.lines: dict[str, PeriodLine] = {}
        self.report_dialog: QWidget | None = None
        self.table = RecordTable(
            [
                Column(self.tr("Period"), lambda r: r.period.label, lambda r: r.period.start),
                Column(self.tr("From"), lambda r: format_date(r.period.start)),
                Column(self.tr("To"), lambda r: format_date(r.period.end)),
                Column(self.tr("Status"), self._status_text),
                Column(self.tr("Mentor approval"), lambda r: approval_text(_approval(r, 0))),
                Column(self.tr("Mentee approval"), lambda r: approval_text(_approval(r, 1))),
                prose_column(self.tr("Summary"), lambda r: r.record and r.record.summary, 100),
            ],
            self._load_rows,
            stretch_column=6,
            flagged=lambda r: r.period.status in (ProgressStatus.AT_RISK, ProgressStatus.OFF_TRACK),
            flag_column=3,
            flag_tip=self.tr("The partnership is at risk or off track in this period."),
        )
        self.table.set_column_widths([10, 12, 12, 16, 26, 26, None])
        self.table.activated.connect(self.open_line)
        self.table.current_changed.connect(self._selection_changed)
        self.enable_filter(self.table.set_filter_text)
        self.details = DetailsBox(
            self.tr("Selected period"),
            (
                ("status", self.tr("Status")),
                ("summary", self.tr("Summary")),
                ("achievements", self.tr("Achievements")),
                ("challenges", self.tr("Challenges")),
                ("lessons", self.tr("Lessons learned")),
                ("next_steps", self.tr("Next steps")),
                ("approvals", self.tr("Approvals")),
            ),
        )
        self.documents = DocumentList(ctx)
        self.add_table_and_details(self.table, with_documents(self.details, self.documents), 2)
        self.health = add_health_tab(self)  # partnership health, in a second tab
        self._selection_changed(None)

    # --- reading ---

    def _status_text(self, line: PeriodLine) -> str:
        if line.record is None:
            return self.tr("No record yet")
        state = self.tr("approved") if line.record.approved else self.tr("draft")
        return f"{vocab_label(line.record.status)} · {state}"

    def _load_rows(self, ids: Sequence[str]) -> dict[str, PeriodLine]:
        return {i: self.lines[i] for i in ids if i in self.lines}

    def reload(self) -> None:
        pid = self.ctx.partnership_id
        if not pid:
            self.reader.cancel()
            self.table.set_ids([])
            return

        def read(session: Session) -> tuple[PeriodKind, dict[str, PeriodLine]]:
            partnership = session.get(Partnership, pid)
            kind = progress.reporting_kind(partnership)
            views = progress.record_views(session, pid)
            lines = {}
            for row in progress.period_rows(session, pid):
                key = row.record_id or period_key(row.start, row.end)
                lines[key] = PeriodLine(row, views.get(row.record_id or ""))
            return kind, lines

        self.reader.start(read, self._show)

    def _show(self, answer: tuple[PeriodKind, dict[str, PeriodLine]]) -> None:
        kind, self.lines = answer
        self.table.set_ids(list(self.lines), self.lines)
        self.summary.setText(
            self.tr(
                "Reporting periods: {0}. One progress record per period, approved by a member "
                "of each partner; an approved record is read-only until reopened."
            ).format(vocab_label(kind).lower())
        )
        self._selection_changed(self.table.current_id())

    def current_line(self) -> PeriodLine | None:
        key = self.table.current_id()
        return self.lines.get(key) if key else None

    def _selection_changed(self, _key: object) -> None:
        line = self.current_line()
        record = line.record if line else None
        self.edit_button.setEnabled(line is not None)
        self.edit_button.setText(
            self.tr("Write record…")
            if record is None
            else self.tr("View record…")
            if record.approved
            else self.tr("Edit record…")
        )
        self.approve_button.setEnabled(record is not None and not record.approved)
        has_approval = record is not None and (
            record.mentor_approval is not None or record.mentee_approval is not None
        )
        self.reopen_button.setEnabled(has_approval)
        self.delete_button.setEnabled(record is not None and not record.approved)
        self.print_button.setEnabled(line is not None and line.period.period is not None)
        self.details.show_texts(None if line is None else self._texts(line))
        self.documents.setEnabled(line is not None)
        self.documents.show_owner(
            ProgressRecord,
            record.id if record else None,
            editable=bool(record and not record.approved),
        )

    def _texts(self, line: PeriodLine) -> dict[str, str]:
        record = line.record
        if record is None:
            return {"status": self.tr("No record yet")}
        status = vocab_label(record.status)
        if record.status_reason:
            status = f"{status} — {record.status_reason}"
        approvals = self.tr("Mentor: {0}\nMentee: {1}").format(
            approval_text(record.mentor_approval), approval_text(record.mentee_approval)
        )
        if record.approval_note:
            approvals = f"{approvals}\n{record.approval_note}"
        return {
            "status": status,
            "summary": record.summary or "—",
            "achievements": record.achievements or "—",
            "challenges": record.challenges or "—",
            "lessons": record.lessons or "—",
            "next_steps": record.next_steps or "—",
            "approvals": approvals,
        }

    # --- actions ---

    def new_record(self) -> None:
        """Ctrl+N: the record of the chosen period, or of the newest period without one."""
        if self.table.current_id() is None:
            empty = [key for key in self.table.visible_ids() if key.startswith(PERIOD_PREFIX)]
            if empty:
                self.table.select_id(empty[0])
        self.edit_current()

    def open_record(self, record_id: str) -> None:
        if self.health.show_review(record_id):
            return
        self.ensure_loaded()
        self.when_loaded(lambda: self.table.select_id(record_id))
        self.open_line(record_id)

    def edit_current(self) -> None:
        key = self.table.current_id()
        if key is not None:
            self.open_line(key)

    def open_line(self, key: str) -> None:
        if not key.startswith(PERIOD_PREFIX):
            self.show_editor(ProgressEditor(self.ctx, key, parent=self), self._saved)
            return
        start, end = period_of_key(key)
        preset = {"period_start": start, "period_end": end}
        self.show_editor(ProgressEditor(self.ctx, parent=self, preset=preset), self._saved)

    def approve_current(self) -> None:
        line = self.current_line()
        if line is not None and line.record is not None:
            editor = ApprovalEditor(self.ctx, line.record.id, parent=self)
            self.show_editor(editor, self._saved)

    def reopen_current(self) -> None:
        line = self.current_line()
        if line is None or line.record is None:
            return
        record_id = line.record.id
        question = self.tr("Reopen the record of {0}? Both approvals will be cleared.")
        if self.confirm(question.format(line.period.label)):
            self.ctx.run_op(lambda store: record_ops.reopen_progress(store, record_id), self._saved)

    def delete_current(self) -> None:
        line = self.current_line()
        if line is None or line.record is None:
            return
        what = self.tr("the progress record of {0}").format(line.period.label)
        self.delete_record(ProgressRecord, line.record.id, what)

    def print_current(self) -> None:
        from wopdesk.ui.report_preview import show_progress_report

        line = self.current_line()
        pid = self.ctx.partnership_id
        if line is None or line.period.period is None or not pid:
            return
        self.report_dialog = show_progress_report(self, self.ctx, pid, line.period.period.code)

    def _saved(self, record_id: str) -> None:
        self.when_loaded(lambda: self.table.select_id(record_id))


def _approval(line: PeriodLine, index: int) -> Approval | None:
    if line.record is None:
        return None
    return line.record.mentor_approval if index == 0 else line.record.mentee_approval
