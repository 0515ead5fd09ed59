"""The record form and the record editor dialog shared by every editor.

A ``RecordForm`` collects typed values, checks them with the domain rules and shows the
one-sentence message next to the field it is about; ``RecordEditorDialog`` wraps a form
with Save/Cancel and saves through an operation (``wopdesk.operations``) run on the
writer thread, so a refused save changes nothing. The field widgets are in
``wopdesk.ui.fields``, showing and reading values in ``wopdesk.ui.formatting``; their
names are re-exported here for the modules that import them from this one.
"""

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.domain.rules import CONTEXT as RULES_CONTEXT
from wopdesk.domain.rules import EntityRules, problems
from wopdesk.errors import ValidationError, WopdeskError
from wopdesk.operations import Operation
from wopdesk.storage import commands
from wopdesk.storage.models import SyncedRecord
from wopdesk.ui.context import AppContext
from wopdesk.ui.fields import (
    CheckField,
    DateField,
    ErrorLabel,
    IntegerField,
    LongTextField,
    MoneyField,
    NumberField,
    PersonPicker,
    RecordPicker,
    TextField,
    VocabCombo,
    _LineField,
    choices_of,
    field_value,
    hint_label,
    person_choices,
    set_field_read_only,
    set_field_value,
)
from wopdesk.ui.formatting import (
    display_locale,
    format_date,
    format_money,
    format_number,
    parse_number,
    vocab_label,
)
from wopdesk.ui.style import fit_to_screen, focus_first_field

# Re-exported: the pages import the field widgets and formats from this module.
__all__ = [
    "CheckField",
    "DateField",
    "ErrorLabel",
    "IntegerField",
    "LongTextField",
    "MoneyField",
    "NumberField",
    "PersonPicker",
    "RecordEditorDialog",
    "RecordForm",
    "RecordPicker",
    "TextField",
    "VocabCombo",
    "choices_of",
    "display_locale",
    "field_value",
    "format_date",
    "format_money",
    "format_number",
    "hint_label",
    "open_editor",
    "parse_number",
    "person_choices",
    "set_field_read_only",
    "set_field_value",
    "vocab_label",
]

T = TypeVar("T")

# --- the record form ----------------------------------------------------------------------


class RecordForm(QWidget):
    """Labelled fields of one record, with inline validation against the record's rules."""

    changed = Signal()  # a field was edited (drives autosave and "unsaved" marks)

    def __init__(self, rules: EntityRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.banner = ErrorLabel()
        self.layout_ = QFormLayout()
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addLayout(self.layout_)

    def add(
        self, name: str, label: str, widget: QWidget, *, required: bool = False, hint: str = ""
    ) -> Any:
        """Add a field for column ``name`` (with a hint under it); returns the widget."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if hint and isinstance(widget, (QSpinBox, _LineField)):
            beside = QHBoxLayout()
            beside.addWidget(widget)
            beside.addWidget(hint_label(hint), 1)
            column.addLayout(beside)
        else:
            column.addWidget(widget)
            if hint:
                column.addWidget(hint_label(hint))
        error = ErrorLabel()
        column.addWidget(error)
        cell.setFocusProxy(widget)
        shown = f"{label} *" if required or name in self.rules.required else label
        caption = QLabel(shown)
        caption.setBuddy(widget)
        self.layout_.addRow(caption, cell)
        if isinstance(widget, _LineField):
            widget.label_text = label
        self.fields[name] = widget
        self.labels[name] = caption
        self.errors[name] = error
        signal = getattr(widget, "value_changed", None)
        if signal is not None:
            signal.connect(self._edited)
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row that is not a field of the record (a help text, a button)."""
        self.layout_.addRow(label, widget)

    def field(self, name: str) -> Any:
        return self.fields[name]

    def text_widgets(self) -> dict[str, QLineEdit | QPlainTextEdit | QTextEdit]:
        """Each typed-in field's text widget (itself, or a date's or number's line edit),
        for the draft keeper: typing in any field of the form is kept."""
        found: dict[str, QLineEdit | QPlainTextEdit | QTextEdit] = {}
        for name, widget in self.fields.items():
            inner = getattr(widget, "edit", widget)
            if isinstance(inner, QLineEdit | QPlainTextEdit | QTextEdit):
                found[name] = inner
        return found

    def _edited(self) -> None:
        sender = self.sender()
        for name, widget in self.fields.items():
            if widget is sender and not self.errors[name].isHidden():
                self.errors[name].clear()
        self.changed.emit()

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if name in self.fields:
                set_field_value(self.fields[name], value)
        self.clear_errors()

    def values(self) -> dict[str, Any]:
        """Every field's value; text that cannot be read raises ValidationError for its field."""
        out, unreadable = self.read()
        if unreadable:
            raise unreadable[0]
        return out

    def read(self) -> tuple[dict[str, Any], list[ValidationError]]:
        """The value of every field that can be read, and why each other one cannot."""
        out: dict[str, Any] = {}
        unreadable: list[ValidationError] = []
        for name, widget in self.fields.items():
            try:
                out[name] = field_value(widget)
            except ValidationError as exc:
                unreadable.append(ValidationError(str(exc), exc.field or name))
        return out, unreadable

    def collect(
        self,
        fixed: Mapping[str, Any] | None = None,
        check: Callable[[dict[str, Any]], None] | None = None,
        context: Mapping[str, Any] | None = None,
    ) -> dict[str, Any] | None:
        """The values checked against the rules, or None after showing what is wrong.

        Every problem is shown at once, each next to its field, the first one focused: text
        that cannot be read (a date, a number), the domain rules the rest breaks, and the
        editor's own ``check``. ``context`` holds the stored record's values: checked with
        the form's, not returned.
        """
        self.clear_errors()
        read, found = self.read()
        values = {**(fixed or {}), **read}
        unreadable = {problem.field for problem in found}
        # A field that cannot be read is judged by its own sentence, not as if it were blank.
        judged = {k: v for k, v in {**(context or {}), **values}.items() if k not in unreadable}
        found += [p for p in problems(self.rules, judged) if p.field not in unreadable]
        if check is not None and not unreadable:
            try:
                check(values)
            except ValidationError as exc:
                if exc.field not in {problem.field for problem in found}:
                    found.append(exc)
        # In the form's order, so the focus lands on the topmost field with a problem.
        order = {name: index for index, name in enumerate(self.fields)}
        found.sort(key=lambda problem: order.get(problem.field or "", -1))
        for problem in reversed(found):
            self.show_error(problem)
        return None if found else values

    def show_error(self, error: Exception | str, field: str | None = None) -> None:
        """Show one sentence next to its field, or above the form if it has none here."""
        message = str(error)
        if isinstance(error, ValidationError) and field is None:
            field = error.field
        if not isinstance(error, (WopdeskError, str)):
            message = self.tr("Something went wrong: {0}").format(error)
        if field in self.errors:
            self.errors[field].show_message(message)
            self.fields[field].setFocus()
        else:
            self.banner.show_message(message)

    def clear_errors(self) -> None:
        self.banner.clear()
        for error in self.errors.values():
            error.clear()

    def error_text(self, field: str | None = None) -> str:
        """The message shown for ``field`` (or above the form), "" if none."""
        label = self.errors[field] if field is not None else self.banner
        return label.text.text() if not label.isHidden() else ""

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            set_field_read_only(widget, read_only)

    def save(
        self,
        ctx: AppContext,
        operation: Callable[[dict[str, Any]], Operation[T]],
        *,
        fixed: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        check: Callable[[dict[str, Any]], None] | None = None,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> bool:
        """Check the values, then run ``operation(values)`` on the writer; False if
        nothing was sent."""
        values = self.collect(fixed, check, context)
        if values is None:
            return False

        def failed(exc: Exception) -> None:
            self.show_error(exc)
            if on_error is not None:
                on_error(exc)

        ctx.run_op(operation(values), on_done, failed)
        return True


class RecordEditorDialog(QDialog):
    """An editor for one record: fill ``self.form`` in ``build()``, values from ``load()``.

    Enter saves (Ctrl+Enter from a multi-line field), Esc cancels. A refused save keeps the
    dialog open with the message next to the field and writes nothing.
    """

    model: type[SyncedRecord]
    saved = Signal(str)  # the id of the saved record

    def __init__(
        self,
        ctx: AppContext,
        record_id: str | None = None,
        parent: QWidget | None = None,
        *,
        partnership_id: str | None = None,
        preset: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.partnership_id = partnership_id or ctx.partnership_id
        self.preset = dict(preset or {})
        self.saving = False
        self._focused_once = False
        # The stored values: rules are checked against them plus what the form changes.
        self.original: dict[str, Any] = {}
        if record_id is not None:
            with ctx.store.reading() as session:
                self.original = commands.get(session, self.model, record_id).values()
            column = self.model.partnership_column
            if column and self.original.get(column):
                self.partnership_id = self.original[column]
        self.form = RecordForm(self.model.rules)
        self.build()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.box = QVBoxLayout(self)
        self.box.addWidget(scroll, 1)
        self.box.addWidget(self.buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(key), self, self.save)
        self.setWindowTitle(self.window_title())
        self.setMinimumWidth(520)
        if record_id is None:
            self.form.set_values({**self.defaults(), **self.preset})
        else:
            with ctx.store.reading() as session:
                self.form.set_values(
                    self.load(session, commands.get(session, self.model, record_id))
                )
        self._fit_to_form()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._focused_once:
            # Typing starts in the first field, not on a button or nowhere.
            self._focused_once = True
            focus_first_field(self.form)

    def _fit_to_form(self) -> None:
        """As tall as the form needs, but never taller than most of a 768-pixel screen."""
        form = self.form.sizeHint()
        buttons = self.buttons.sizeHint().height()
        margins = self.box.contentsMargins()
        height = form.height() + buttons + margins.top() + margins.bottom() + 24
        fit_to_screen(self, max(600, form.width() + 48), min(height, 660))

    # --- what subclasses provide ---

    def build(self) -> None:
        """Add the fields to ``self.form``."""

    def window_title(self) -> str:
        # Record labels are translated with the validation messages (context "rules").
        label = QCoreApplication.translate(RULES_CONTEXT, self.model.rules.label)
        return self.tr("New {0}").format(label.lower()) if self.record_id is None else label

    def defaults(self) -> dict[str, Any]:
        """Values of a new record (today's date, the current partnership...)."""
        return {}

    def load(self, session: Session, record: SyncedRecord) -> dict[str, Any]:
        """Field values of an existing record."""
        return {name: getattr(record, name) for name in self.form.fields}

    def fixed_values(self) -> dict[str, Any]:
        """Values the person does not edit here (the partnership id...)."""
        partnership = getattr(self.model, "partnership_column", None)
        if self.record_id is None and partnership == "partnership_id" and self.partnership_id:
            return {"partnership_id": self.partnership_id}
        return {}

    def check(self, values: dict[str, Any]) -> None:
        """Checks beyond the domain rules; raise ValidationError naming the field."""

    def operation(self, values: dict[str, Any]) -> Operation[str]:
        """What Save runs on the writer thread (an operation of ``wopdesk.operations``
        giving the saved record's id); override for records saved with their children."""
        from wopdesk.operations.records import save_record

        model, record_id = self.model, self.record_id
        return lambda store: save_record(store, model, record_id, values)

    # --- saving ---

    def save(self) -> None:
        if self.saving:
            return
        started = self.form.save(
            self.ctx,
            self.operation,
            fixed=self.fixed_values(),
            context=self.original,
            check=self.check,
            on_done=self._saved,
            on_error=lambda _exc: self._set_saving(False),
        )
        self._set_saving(started)

    def reject(self) -> None:
        # A save already on the writer will report back to this dialog: let it finish.
        if not self.saving:
            super().reject()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)

    def _saved(self, record_id: str) -> None:
        self._set_saving(False)
        self.record_id = record_id
        self.saved.emit(record_id)
        self.accept()


D = TypeVar("D", bound=RecordEditorDialog)


def open_editor(dialog: D, on_saved: Callable[[str], object] | None = None) -> D:
    """Show an editor window-modal without blocking the event loop; it deletes itself on close."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.open()
    return dialog
