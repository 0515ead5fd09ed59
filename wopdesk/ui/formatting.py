"""Showing and reading values as the person's language writes them: vocabulary labels,
dates, numbers and amounts (used by the form fields, lists and pages)."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from wopdesk.domain.i18n import format_short_date
from wopdesk.domain.rules import not_a_number
from wopdesk.domain.vocab import LabelledEnum

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
    from wopdesk.storage.types import as_decimal  # not at start: it imports SQLAlchemy

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


def format_exact(value: Decimal, decimals: int) -> str:
    """A decimal to type into: every digit it has, at least ``decimals`` after the point."""
    shown = (
        value
        if -int(value.as_tuple().exponent) >= decimals
        else value.quantize(Decimal(1).scaleb(-decimals))
    )
    return format_decimal(shown, max(decimals, -int(shown.as_tuple().exponent)), grouped=False)
