"""Form widgets shared by every editor: pick lists, dates, people, numbers, and the record form.

A ``RecordForm`` collects typed values, checks them with the domain rules and shows the
one-sentence message next to the field it is about; ``RecordEditorDialog`` wraps a form
with Save/Cancel and saves through the writer thread, so a refused save changes nothing.
"""

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.domain.i18n import format_short_date
from wopdesk.domain.rules import CONTEXT as RULES_CONTEXT
from wopdesk.domain.rules import EntityRules, not_a_number, parse_date, problems
from wopdesk.domain.vocab import LabelledEnum
from wopdesk.errors import ValidationError, WopdeskError
from wopdesk.operations import Operation
from wopdesk.storage import commands, queries
from wopdesk.storage.models import Partnership, SyncedRecord
from wopdesk.storage.types import as_decimal
from wopdesk.ui.context import AppContext
from wopdesk.ui.style import fit_to_screen, focus_first_field

E = TypeVar("E", bound=LabelledEnum)
T = TypeVar("T")

VOCAB_CONTEXT = "vocab"


def vocab_label(member: LabelledEnum | None) -> str:
    """A vocabulary value as people read it, translated."""
    if member is None:
        return ""
    return QCoreApplication.translate(VOCAB_CONTEXT, member.label)


def format_date(value: dt.date | None) -> str:
    """A date shown (not typed) in tables and details: ``31 Mar 2026``, ``31 mars 2026``."""
    return format_short_date(value)


def display_locale() -> QLocale:
    """The system locale, grouping thousands even where it defaults not to (the C locale)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def format_number(value: float | Decimal | None, decimals: int = 2, *, grouped: bool = True) -> str:
    """A number in the locale's form, without trailing zeros after the point."""
    if value is None:
        return ""
    locale = display_locale() if grouped else QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def format_money(value: Decimal | None, currency: str = "") -> str:
    """``1,234.50 EUR``, ``20,000 XOF``: as many decimals as the currency has minor units.

    Written from the Decimal itself (never through a float), with the locale's symbols.
    """
    if value is None:
        return ""
    return f"{format_decimal(value, money_decimals(currency))} {currency}".strip()


def format_decimal(value: Decimal, decimals: int, *, grouped: bool = True) -> str:
    """An exact decimal rounded half up to ``decimals``, in the locale's form."""
    locale = display_locale()
    rounded = as_decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{rounded:,f}" if grouped else f"{rounded:f}"
    group = locale.groupSeparator() if grouped else ""
    return text.replace(",", "\0").replace(".", locale.decimalPoint()).replace("\0", group)


def money_decimals(currency: str) -> int:
    """Digits after the point in amounts of ``currency`` (ISO 4217): 2 for EUR, 0 for XOF."""
    from wopdesk.domain.currencies import minor_units  # Babel: not needed at start-up

    return minor_units(currency) if len(currency) == 3 else 2


def parse_decimal(text: str, what: str) -> Decimal | None:
    """An exact number typed by a person (locale or plain form), None when blank.

    Read as text, never through a float: ``0.1`` is ``Decimal("0.1")``.
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return None
    locale = QLocale()
    _value, in_locale_form = locale.toDouble(cleaned)
    if in_locale_form:
        cleaned = cleaned.replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise not_a_number(what, text) from None
    if not number.is_finite():
        raise not_a_number(what, text)
    return number


def parse_number(text: str, what: str) -> float | None:
    """A number typed by a person (locale or plain form), None when blank."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if ok:
        return float(value)
    try:
        return float(cleaned.replace(",", ""))
    except ValueError:
        raise not_a_number(what, text) from None


# --- pick lists -------------------------------------------------------------------------


class VocabCombo(QComboBox, Generic[E]):
    """A pick list of one domain vocabulary; shows labels, holds the enum values.

    ``group`` puts members under non-selectable headings (capacity dimensions by level).
    """

    value_changed = Signal()

    def __init__(
        self,
        enum_cls: type[E],
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        empty_label: str = "",
        group: Callable[[E], LabelledEnum] | None = None,
        members: Iterable[E] | None = None,
    ) -> None:
        super().__init__(parent)
        self.enum_cls = enum_cls
        # Long labels (French, Spanish) must not widen the form: the list still shows them whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        model = QStandardItemModel(self)
        if optional:
            model.appendRow(_item(empty_label or self.tr("— none —"), None))
        heading: LabelledEnum | None = None
        for member in members if members is not None else list(enum_cls):
            if group is not None and group(member) != heading:
                heading = group(member)
                header = _item(vocab_label(heading), None)
                header.setEnabled(False)
                header.setSelectable(False)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                model.appendRow(header)
            text = ("    " if group is not None else "") + vocab_label(member)
            model.appendRow(_item(text, member))
        self.setModel(model)
        self._select_first_value()
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit())

    def _select_first_value(self) -> None:
        for row in range(self.count()):
            if self.model().index(row, 0).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.setCurrentIndex(row)
                return

    def value(self) -> E | None:
        data = self.currentData()
        return self.enum_cls(data) if data is not None else None

    def set_value(self, value: E | str | None) -> None:
        if value is None:
            index = self.findData(None)
        else:
            index = self.findData(self.enum_cls(value).value)
        if index >= 0:
            self.setCurrentIndex(index)


def _item(text: str, value: LabelledEnum | str | None) -> QStandardItem:
    item = QStandardItem(text)
    # Enums are stored by their plain value: a Qt variant keeps str, not the subclass.
    item.setData(
        value.value if isinstance(value, LabelledEnum) else value, Qt.ItemDataRole.UserRole
    )
    return item


class RecordPicker(QComboBox):
    """A pick list of records by id (utilities, tracks, findings, indicators...)."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, empty_label: str | None = None) -> None:
        super().__init__(parent)
        self.empty_label = empty_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit())

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """Replace the choices with (id, label) pairs, keeping the current value if present."""
        keep = self.value()
        was_blocked = self.blockSignals(True)
        self.clear()
        if self.empty_label is not None:
            self.addItem(self.empty_label, None)
        for record_id, label in choices:
            self.addItem(label, record_id)
        self.set_value(keep)
        if self.currentIndex() < 0 and self.count():
            self.setCurrentIndex(0)
        self.blockSignals(was_blocked)
        if not was_blocked and self.value() != keep:
            self.value_changed.emit()

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, record_id: str | None, label: str | None = None) -> None:
        """Select ``record_id``; one that is not among the choices is added, never dropped."""
        if not record_id:
            index = self.findData(None)
            self.setCurrentIndex(index if index >= 0 else -1)
            return
        index = self.findData(record_id)
        if index < 0:
            self.addItem(label or self.tr("(record {0})").format(record_id[:8]), record_id)
            index = self.count() - 1
        self.setCurrentIndex(index)


class PersonPicker(RecordPicker):
    """A person from the partnership's two utilities and members, shown with their utility."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent, empty_label=self.tr("— nobody —") if optional else None)

    def load(self, session: Session, partnership_id: str | None) -> None:
        partnership = session.get(Partnership, partnership_id) if partnership_id else None
        people = (
            queries.partnership_people(session, partnership)
            if partnership is not None
            else queries.people(session)
        )
        self.set_choices(person_choices(people))


def person_choices(people: Iterable[Any]) -> list[tuple[str, str]]:
    """(id, "Name — Utility") for each person."""
    return [
        (p.id, f"{p.name} — {p.utility.name}" if p.utility is not None else p.name) for p in people
    ]


# --- typed fields -------------------------------------------------------------------------


class TextField(QLineEdit):
    """One line of text; blank reads as None."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(lambda _t: self.value_changed.emit())

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class LongTextField(QPlainTextEdit):
    """Paragraphs of text; Tab moves on to the next field instead of typing a tab."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.lines = lines
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * min(lines, 2) + 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.textChanged.connect(self.value_changed.emit)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self.lines + 14)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class CheckField(QCheckBox):
    value_changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _c: self.value_changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


class IntegerField(QSpinBox):
    """A whole number in a fixed range (progress %, degree of change, level 1–5)."""

    value_changed = Signal()

    def __init__(
        self,
        low: int,
        high: int,
        parent: QWidget | None = None,
        *,
        suffix: str = "",
        signed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.signed = signed
        self.setRange(low, high)
        self.setSuffix(suffix)
        self.setAccelerated(True)
        digits = self.fontMetrics().horizontalAdvance("0")
        self.setMinimumWidth(digits * 8 + 40)
        self.setMaximumWidth(digits * 12 + 40)
        self.valueChanged.connect(lambda _v: self.value_changed.emit())

    def textFromValue(self, val: int) -> str:  # noqa: N802
        text = super().textFromValue(val)
        return f"+{text}" if self.signed and val > 0 else text

    def valueFromText(self, text: str) -> int:  # noqa: N802
        return super().valueFromText(text.lstrip("+"))

    def set_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else int(value))


class _LineField(QWidget):
    """A line edit inside a row with extras (a unit, a button); focus goes to the edit."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda _t: self.value_changed.emit())
        self.label_text = ""

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802
        self.edit.setText(text)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self.edit.setReadOnly(read_only)


class DateField(_LineField):
    """A date typed as YYYY-MM-DD or picked from a calendar (F4); optional ones may be blank."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        default: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit.setPlaceholderText(
            self.tr("YYYY-MM-DD (optional)") if optional else self.tr("YYYY-MM-DD")
        )
        self.edit.setClearButtonEnabled(optional)
        self.edit.setMaxLength(10)
        fm = self.edit.fontMetrics()
        self.edit.setMinimumWidth(fm.horizontalAdvance("0000-00-00 (optional)") + 24)
        self.edit.setMaximumWidth(self.edit.minimumWidth() + 40)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick a date (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self.row.addWidget(self.button)
        self.row.addStretch(1)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self.edit, self.show_calendar).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.calendar: QCalendarWidget | None = None
        if not optional:
            self.set_value(default or dt.date.today())
        elif default is not None:
            self.set_value(default)

    def value(self) -> dt.date | None:
        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValidationError(
                self.tr("{0} is required.").format(self.label_text or self.tr("Date"))
            )
        return parse_date(text, self.label_text or self.tr("Date"))

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(value.isoformat() if value is not None else "")

    def show_calendar(self) -> None:
        if self.edit.isReadOnly():
            return
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        try:
            current = self.value() or dt.date.today()
        except ValidationError:
            current = dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()


class NumberField(_LineField):
    """A decimal number with an optional unit after it; blank reads as None.

    It accepts any sign: the domain rules, not the widget, say what is allowed, so the
    person reads the same sentence the command line would give.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        unit: str = "",
        decimals: int = 2,
        whole: bool = False,
        exact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.decimals = 0 if whole else decimals
        self.whole = whole
        self.exact = exact  # read as a Decimal (money, rates), never a float
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        width = self.edit.fontMetrics().horizontalAdvance("0" * 14)
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 60)
        self.unit = QLabel(unit)
        # In the row first: shown while it has no parent, the label would be a window.
        self.row.addWidget(self.unit)
        self.unit.setVisible(bool(unit))
        self.row.addStretch(1)

    def set_unit(self, unit: str) -> None:
        self.unit.setText(unit)
        self.unit.setVisible(bool(unit))

    def value(self) -> float | Decimal | None:
        what = self.label_text or self.tr("Value")
        if self.exact:
            return parse_decimal(self.edit.text(), what)
        number = parse_number(self.edit.text(), what)
        if number is None or not self.whole:
            return number
        if not number.is_integer():
            raise not_a_number(what, self.edit.text(), whole=True)
        return int(number)

    def set_value(self, value: float | Decimal | None) -> None:
        if self.exact and value is not None:
            self.edit.setText(format_exact(as_decimal(value), self.decimals))
            return
        self.edit.setText(format_number(value, self.decimals, grouped=False))


def format_exact(value: Decimal, decimals: int) -> str:
    """A decimal to type into: every digit it has, at least ``decimals`` after the point."""
    shown = (
        value
        if -int(value.as_tuple().exponent) >= decimals
        else value.quantize(Decimal(1).scaleb(-decimals))
    )
    return format_decimal(shown, max(decimals, -int(shown.as_tuple().exponent)), grouped=False)


class MoneyField(NumberField):
    """An amount in a currency (the partnership's, unless the record says otherwise)."""

    def __init__(self, parent: QWidget | None = None, *, currency: str = "") -> None:
        super().__init__(parent, unit=currency, decimals=money_decimals(currency), exact=True)

    def set_currency(self, currency: str) -> None:
        self.set_unit(currency)
        self.decimals = money_decimals(currency)


# --- reading and writing any field ------------------------------------------------------


def field_value(widget: QWidget) -> Any:
    """The value a field holds, raising ValidationError for text that cannot be read."""
    getter = getattr(widget, "value", None)
    if callable(getter):
        return getter()
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    raise TypeError(f"{type(widget).__name__} is not a form field")


def set_field_value(widget: QWidget, value: Any) -> None:
    setter = getattr(widget, "set_value", None)
    if callable(setter):
        setter(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    else:
        raise TypeError(f"{type(widget).__name__} is not a form field")


def set_field_read_only(widget: QWidget, read_only: bool) -> None:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QSpinBox, _LineField)):
        widget.setReadOnly(read_only)
    else:
        widget.setEnabled(not read_only)


def hint_label(text: str = "") -> QLabel:
    """Secondary text in the palette's placeholder colour, which dark themes also define."""
    label = QLabel(text)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    label.setWordWrap(True)
    return label


class ErrorLabel(QWidget):
    """A warning icon and one sentence, in the palette's own text colour (dark mode safe)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        size = self.fontMetrics().height()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(message)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()

    def message(self) -> str:
        return self.text.text() if self.isVisible() or not self.isHidden() else ""


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


def choices_of(records: Sequence[Any], label: Callable[[Any], str]) -> list[tuple[str, str]]:
    """(id, label) pairs for a picker."""
    return [(r.id, label(r)) for r in records]
