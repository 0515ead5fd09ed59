"""The field widgets of every editor: pick lists, dates, people, numbers, amounts, text,
the error label under a field, and how a form reads and fills any of them."""

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.domain.rules import not_a_number, parse_date
from wopdesk.domain.vocab import LabelledEnum
from wopdesk.errors import ValidationError
from wopdesk.storage import queries
from wopdesk.storage.models import Partnership
from wopdesk.storage.types import as_decimal
from wopdesk.ui.formatting import (
    format_exact,
    format_number,
    money_decimals,
    parse_decimal,
    parse_number,
    vocab_label,
)

E = TypeVar("E", bound=LabelledEnum)


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


def choices_of(records: Sequence[Any], label: Callable[[Any], str]) -> list[tuple[str, str]]:
    """(id, label) pairs for a picker."""
    return [(r.id, label(r)) for r in records]
