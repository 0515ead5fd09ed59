"""The shared form widgets: pick lists, typed fields, inline validation, saving on the writer."""

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.demo_facts import MENTEE, PEOPLE
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import vocab as v
from wopdesk.domain.catalogue import builtin_indicator_id
from wopdesk.errors import ValidationError
from wopdesk.operations import Operation
from wopdesk.operations.records import save_reading
from wopdesk.storage.models import Expense, IndicatorReading, SyncedRecord
from wopdesk.storage.store import Store
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    MoneyField,
    NumberField,
    PersonPicker,
    RecordEditorDialog,
    RecordPicker,
    VocabCombo,
    vocab_label,
)


def count(store: Store, model: type[SyncedRecord]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


class ExpenseDialog(RecordEditorDialog):
    model = Expense

    def build(self) -> None:
        self.form.add("date", "Date", DateField())
        self.form.add("category", "Category", VocabCombo(v.ExpenseCategory))
        self.form.add("amount", "Amount", MoneyField(currency="USD"))
        self.form.add("currency", "Currency", RecordPicker()).set_choices([("USD", "USD")])
        self.form.add("description", "Description", LongTextField())


class ReadingDialog(RecordEditorDialog):
    model = IndicatorReading

    def build(self) -> None:
        self.form.add("period", "Period", DateField())
        self.form.add("value", "Value", NumberField())

    def fixed_values(self) -> dict[str, Any]:
        return {
            "partnership_id": DEMO_PARTNERSHIP_ID,
            "utility_id": demo_id("utility:mentee"),
            "indicator_id": builtin_indicator_id("IBNET-NRW-PCT"),
        }

    def operation(self, values: dict[str, Any]) -> Operation[str]:
        return lambda store: save_reading(store, None, values["indicator_id"], values)


@pytest.fixture
def ctx(qtbot: QtBot, demo_store: Store) -> AppContext:
    context = AppContext(demo_store)
    context.set_partnership(DEMO_PARTNERSHIP_ID)
    return context


def test_vocab_combo_shows_labels_and_holds_enums(qtbot: QtBot) -> None:
    combo: VocabCombo[v.ActionStatus] = VocabCombo(v.ActionStatus)
    qtbot.addWidget(combo)
    assert combo.value() is v.ActionStatus.PLANNED
    combo.set_value(v.ActionStatus.IN_PROGRESS)
    assert combo.currentText() == "In progress"
    assert combo.value() is v.ActionStatus.IN_PROGRESS
    optional: VocabCombo[v.Priority] = VocabCombo(v.Priority, optional=True)
    qtbot.addWidget(optional)
    assert optional.value() is None
    optional.set_value("high")
    assert optional.value() is v.Priority.HIGH


def test_grouped_vocab_combo_skips_headings(qtbot: QtBot) -> None:
    combo: VocabCombo[v.CapacityDimension] = VocabCombo(
        v.CapacityDimension, group=lambda d: d.level
    )
    qtbot.addWidget(combo)
    assert combo.count() == len(v.CapacityDimension) + len(v.CapacityLevel)
    assert combo.itemText(0) == vocab_label(v.CapacityLevel.TRANSFORMATIONAL)
    assert combo.value() is v.CapacityDimension.MISSION_STRATEGY
    heading = combo.model().index(0, 0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsEnabled


def test_date_field_defaults_to_today_and_reads_iso(qtbot: QtBot) -> None:
    required = DateField()
    optional = DateField(optional=True)
    qtbot.addWidget(required)
    qtbot.addWidget(optional)
    assert required.value() == dt.date.today()
    assert optional.value() is None
    required.setText("2026-02-30")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        required.value()
    required.setText("")
    with pytest.raises(ValidationError, match="required"):
        required.value()


def test_number_field_reads_plain_and_grouped_numbers(qtbot: QtBot) -> None:
    field = NumberField(unit="%")
    qtbot.addWidget(field)
    field.setText("1,234.5")
    assert field.value() == 1234.5
    field.setText("-3")
    assert field.value() == -3
    field.setText("")
    assert field.value() is None
    field.setText("twelve")
    with pytest.raises(ValidationError, match="not a number"):
        field.value()
    field.set_value(48.0)
    assert field.text() == "48"


def test_person_picker_lists_people_of_the_partnership(qtbot: QtBot, demo_store: Store) -> None:
    picker = PersonPicker()
    qtbot.addWidget(picker)
    with demo_store.reading() as session:
        picker.load(session, DEMO_PARTNERSHIP_ID)
    assert picker.value() is None  # "nobody" first
    picker.set_value(demo_id("person:fatou"))
    assert picker.currentText() == f"{PEOPLE['fatou'].name} — {MENTEE}"
    picker.set_value("00000000-not-listed")  # never silently dropped
    assert picker.value() == "00000000-not-listed"


def test_editor_saves_a_valid_record(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ExpenseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    before = count(ctx.store, Expense)
    dialog.form.field("amount").setText("125.50")
    dialog.form.field("category").set_value(v.ExpenseCategory.PER_DIEM)
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(dialog.form.field("amount").edit, Qt.Key.Key_Return)
    assert count(ctx.store, Expense) == before + 1
    with ctx.store.reading() as session:
        expense = session.get(Expense, blocker.args[0])
        assert expense is not None
        assert expense.amount == 125.5
        assert expense.partnership_id == DEMO_PARTNERSHIP_ID
        assert expense.date == dt.date.today()
        assert expense.category is v.ExpenseCategory.PER_DIEM


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("amount", "-5", "Amount cannot be negative"),
        ("amount", "", "Amount is required"),
        ("amount", "12 dollars", "is not a number"),
        ("date", "12/03/2026", "is not a date in the form YYYY-MM-DD"),
    ],
)
def test_editor_refuses_bad_input_inline(
    qtbot: QtBot, ctx: AppContext, field: str, text: str, message: str
) -> None:
    dialog = ExpenseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.form.field("amount").setText("10")
    dialog.form.field(field).setText(text)
    before = count(ctx.store, Expense)
    dialog.save_button.click()
    assert message in dialog.form.error_text(field)
    assert not dialog.saving
    assert dialog.isVisible() or not dialog.result()
    assert count(ctx.store, Expense) == before
    # Typing in the field clears its message.
    dialog.form.field(field).setText("7")
    assert dialog.form.error_text(field) == ""


def test_error_from_the_writer_shows_inline_and_saves_nothing(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = ReadingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.form.field("value").setText("140")
    before = count(ctx.store, IndicatorReading)
    dialog.save()
    assert dialog.saving
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.saving)
    assert "outside the valid range" in dialog.form.error_text("value")
    assert count(ctx.store, IndicatorReading) == before
    assert dialog.save_button.isEnabled()


def test_escape_cancels_and_saves_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ExpenseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.field("amount").setText("99")
    before = count(ctx.store, Expense)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.form.field("amount").edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert count(ctx.store, Expense) == before


def test_tab_moves_through_the_fields_in_order(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ExpenseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    date = dialog.form.field("date")
    date.setFocus()
    qtbot.waitUntil(date.edit.hasFocus)
    expected = [
        dialog.form.field("category"),
        dialog.form.field("amount").edit,
        dialog.form.field("currency"),
        dialog.form.field("description"),
    ]
    for widget in expected:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is widget
    # A multi-line field passes Tab on instead of typing it.
    assert dialog.form.field("description").toPlainText() == ""


# The offscreen platform cannot raise a popup or grab the keyboard; it says so in warnings.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_calendar_picks_a_date(qtbot: QtBot) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    field.show_calendar()
    assert field.calendar is not None
    assert field.calendar.isVisible()
    field.calendar.clicked.emit(QDate(2026, 3, 31))
    assert field.value() == dt.date(2026, 3, 31)
    assert not field.calendar.isVisible()


def test_read_only_form_and_changed_signal(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ExpenseDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.form.changed):
        dialog.form.field("description").setPlainText("Fuel for the site visit")
    dialog.form.set_read_only(True)
    assert dialog.form.field("date").edit.isReadOnly()
    assert dialog.form.field("description").isReadOnly()
    assert not dialog.form.field("category").isEnabled()
    dialog.form.set_read_only(False)
    assert not dialog.form.field("amount").edit.isReadOnly()


def test_a_failed_save_leaves_the_writer_free(qtbot: QtBot, ctx: AppContext) -> None:
    """After a refused save the same editor can save corrected values."""
    dialog = ReadingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.form.field("value").setText("-1")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving)
    assert "outside the valid range" in dialog.form.error_text("value")
    dialog.form.field("value").setText("31")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert dialog.form.error_text("value") == ""
