"""Validation rules for every record, declared once and checked before anything is saved.

Rules work on plain field values, so storage, sync and the UI all share them. Their
messages are written in English and translated (context ``rules``) when raised, into
the language of ``wopdesk.domain.i18n``; record and field labels are translated too
(``packaging/translations.py`` collects them with ``rule_labels``).
"""

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeGuard

from wopdesk.domain.i18n import format_date, format_number, translate
from wopdesk.errors import ValidationError

CONTEXT = "rules"


@dataclass(frozen=True, slots=True)
class EntityRules:
    """What makes one kind of record valid."""

    label: str
    required: tuple[str, ...] = ()
    date_order: tuple[tuple[str, str], ...] = ()
    non_negative: tuple[str, ...] = ()
    ranges: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    max_length: Mapping[str, int] = field(default_factory=dict)
    # Dates that record what happened, so cannot be later than today (a reading's period).
    not_future: tuple[str, ...] = ()
    # Fields holding an ISO 4217 currency code (domain/currencies.py).
    currencies: tuple[str, ...] = ()
    # Fields holding an e-mail address (blank is allowed unless required).
    emails: tuple[str, ...] = ()
    # Amounts, each with the field naming its currency: no more decimals than the
    # currency's minor unit (2 for EUR, 0 for XOF), and exact (see ``exact``).
    money: Mapping[str, str] = field(default_factory=dict)
    # Exact decimals (rates): finite, with at most ``SIGNIFICANT_DIGITS`` digits.
    exact: tuple[str, ...] = ()


# A JSON number of up to 15 significant digits reads back as exactly the decimal that was
# written, even through a float (IEEE 754 doubles hold 15 decimal digits): the most an
# amount or a rate may have, so it crosses the sync wire unchanged (docs/sync.md).
SIGNIFICANT_DIGITS = 15


def field_label(name: str) -> str:
    """``mentor_utility_id`` -> ``Mentor utility`` (the English label, before translation)."""
    name = name.removesuffix("_id").replace("_", " ")
    return name[:1].upper() + name[1:]


def _label(text: str) -> str:
    """A record or field label (``Site visit``, ``Start date``) in the current language."""
    return translate(CONTEXT, text)


def record_label(text: str) -> str:
    """A kind of record's label (``Site visit``) in the current language."""
    return _label(text)


def _figure(value: float | Decimal) -> str:
    """A number as short as Python's ``:g`` writes it, with the language's decimal point."""
    text = f"{value:g}"
    if "e" in text:
        return text
    decimals = len(text.partition(".")[2])
    return format_number(float(value), decimals)


def figure(value: float | Decimal) -> str:
    """A number as a refusal prints it: short, with the language's decimal point."""
    return _figure(value)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def required_problem(rules: EntityRules, name: str) -> ValidationError:
    """``Action: Progress is required.``"""
    message = translate("rules", "{record}: {field} is required.")
    return ValidationError(
        message.format(record=_label(rules.label), field=_label(field_label(name))), name
    )


def broken_rules(rules: EntityRules, values: Mapping[str, Any]) -> Iterator[ValidationError]:
    """Each broken rule as a ValidationError with one sentence (translated), in order.

    Labels are translated only when a rule is broken: saving is the common case.
    """
    record = rules.label
    yield from _nul_problems(record, values)
    for name in rules.required:
        if _is_blank(values.get(name)):
            yield required_problem(rules, name)
    for start, end in rules.date_order:
        first, last = values.get(start), values.get(end)
        if isinstance(first, dt.date) and isinstance(last, dt.date) and last < first:
            message = translate(
                "rules", "{record}: {later} ({last}) is before {earlier} ({first})."
            )
            yield ValidationError(
                message.format(
                    record=_label(record),
                    later=_label(field_label(end)),
                    last=format_date(last),
                    earlier=_label(field_label(start)).lower(),
                    first=format_date(first),
                ),
                end,
            )
    yield from field_problems(rules, values)


def field_problems(rules: EntityRules, values: Mapping[str, Any]) -> Iterator[ValidationError]:
    """The broken rules each value breaks on its own, whatever the record's other fields.

    The server checks a pushed change with these (it sees a record field by field), so a
    bad e-mail or currency gets the same sentence there as in the app.
    """
    record = rules.label
    for name in rules.non_negative:
        value = values.get(name)
        if _is_number(value) and value < 0:
            message = translate("rules", "{record}: {field} cannot be negative ({value}).")
            yield ValidationError(
                message.format(
                    record=_label(record), field=_label(field_label(name)), value=_figure(value)
                ),
                name,
            )
    for name, (low, high) in rules.ranges.items():
        value = values.get(name)
        if _is_number(value) and not low <= value <= high:
            yield _out_of_range(record, name, low, high, value)
    for name in rules.currencies:
        if values.get(name) is not None:  # a required one is refused as required
            from wopdesk.domain.currencies import currency_problem

            problem = currency_problem(values[name], name)
            if problem is not None:
                yield problem
    for name in rules.emails:
        value = values.get(name)
        if isinstance(value, str) and value.strip() and not is_email(value):
            message = translate(
                "rules", "{record}: '{value}' is not an email address, such as name@utility.org."
            )
            yield ValidationError(message.format(record=_label(record), value=value), name)
    yield from _decimal_problems(rules, values)
    for name in rules.not_future:
        value = values.get(name)
        if isinstance(value, dt.date) and value > dt.date.today():
            message = translate("rules", "{record}: {field} ({date}) is in the future.")
            yield ValidationError(
                message.format(
                    record=_label(record),
                    field=_label(field_label(name)),
                    date=format_date(value),
                ),
                name,
            )
    for name, limit in rules.max_length.items():
        value = values.get(name)
        if isinstance(value, str) and len(value) > limit:
            message = translate("rules", "{record}: {field} is longer than {limit} characters.")
            yield ValidationError(
                message.format(record=_label(record), field=_label(field_label(name)), limit=limit),
                name,
            )


def _nul_problems(record: str, values: Mapping[str, Any]) -> Iterator[ValidationError]:
    """Text holding a NUL character: no database or sync message can carry it."""
    for name, value in values.items():
        if isinstance(value, str) and "\x00" in value:
            message = translate(
                "rules",
                "{record}: {field} contains an invisible NUL character, which cannot be saved;"
                " delete it and save again.",
            )
            yield ValidationError(
                message.format(record=_label(record), field=_label(field_label(name))), name
            )


def _decimal_problems(rules: EntityRules, values: Mapping[str, Any]) -> Iterator[ValidationError]:
    """Amounts with more decimals than their currency, and decimals too long to be exact."""
    for name in (*rules.money, *rules.exact):
        value = values.get(name)
        if not isinstance(value, Decimal):
            continue
        exponent = value.as_tuple().exponent
        if not isinstance(exponent, int):  # NaN or infinity
            message = translate("rules", "{record}: {field} must be a number.")
            yield ValidationError(
                message.format(record=_label(rules.label), field=_label(field_label(name))), name
            )
            continue
        if len(value.normalize().as_tuple().digits) > SIGNIFICANT_DIGITS:
            message = translate(
                "rules", "{record}: {field} ({value}) has more than {digits} significant digits."
            )
            yield ValidationError(
                message.format(
                    record=_label(rules.label),
                    field=_label(field_label(name)),
                    value=value,
                    digits=SIGNIFICANT_DIGITS,
                ),
                name,
            )
            continue
        currency = values.get(rules.money.get(name, ""))
        if isinstance(currency, str) and len(currency) == 3:
            yield from _minor_unit_problem(rules.label, name, value, currency)


def _minor_unit_problem(
    record: str, name: str, value: Decimal, currency: str
) -> Iterator[ValidationError]:
    from wopdesk.domain.currencies import currency_problem, minor_units

    if currency_problem(currency) is not None:
        return  # the currency's own rule says why
    allowed = minor_units(currency)
    if -value.normalize().as_tuple().exponent > allowed:  # type: ignore[operator]
        if allowed == 0:
            message = translate(
                "rules", "{record}: {field} in {currency} is a whole number (got {value})."
            )
        else:
            message = translate(
                "rules",
                "{record}: {field} in {currency} has at most {decimals} decimals (got {value}).",
            )
        yield ValidationError(
            message.format(
                record=_label(record),
                field=_label(field_label(name)),
                currency=currency,
                decimals=allowed,
                value=value,
            ),
            name,
        )


def _is_number(value: Any) -> TypeGuard[float | Decimal]:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _out_of_range(record: str, name: str, low: float, high: float, value: Any) -> ValidationError:
    message = translate(
        "rules", "{record}: {field} must be between {low} and {high} (got {value})."
    )
    return ValidationError(
        message.format(
            record=_label(record),
            field=_label(field_label(name)),
            low=_figure(low),
            high=_figure(high),
            value=_figure(value),
        ),
        name,
    )


def is_email(text: str) -> bool:
    """Whether ``text`` is an e-mail address by the syntax rules of email-validator (RFC 5322
    and its successors, internationalised names included), without asking the DNS."""
    # Imported here: about 20 ms the app's start-up does not need.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def validate(rules: EntityRules, values: Mapping[str, Any]) -> None:
    """Raise the first broken rule's ValidationError (one sentence), if any."""
    for problem in broken_rules(rules, values):
        raise problem


def problems(rules: EntityRules, values: Mapping[str, Any]) -> list[ValidationError]:
    """Every broken rule, the first one per field: a form shows them all at once."""
    seen: set[str | None] = set()
    found = []
    for problem in broken_rules(rules, values):
        if problem.field not in seen:
            seen.add(problem.field)
            found.append(problem)
    return found


def check_reading_in_range(
    indicator_name: str, value: float, low: float | None, high: float | None
) -> None:
    """A reading must fall within its indicator's valid range."""
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = translate("rules", "{low} to {high}").format(
            low="-∞" if low is None else _figure(low), high="∞" if high is None else _figure(high)
        )
        message = translate(
            "rules",
            "Indicator reading: {value} is outside the valid range of {indicator} ({bounds}).",
        )
        raise ValidationError(
            message.format(value=_figure(value), indicator=indicator_name, bounds=bounds), "value"
        )


def parse_date(text: str, what: str = "") -> dt.date:
    """Read an ISO date (YYYY-MM-DD) typed by a person, or say what is wrong."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        message = translate(
            "rules",
            "{what} '{text}' is not a date in the form YYYY-MM-DD (for example 2026-03-31).",
        )
        raise ValidationError(
            message.format(what=what or translate("rules", "Date"), text=text)
        ) from None


def not_a_number(what: str, text: str, *, whole: bool = False) -> ValidationError:
    """The sentence for typed text that is not a number (or not a whole one), as a form, the
    command line and an import all word it."""
    if whole:
        message = translate("rules", "{what} '{text}' is not a whole number.")
    else:
        message = translate("rules", "{what} '{text}' is not a number.")
    return ValidationError(message.format(what=what, text=text))


def rule_labels(rules: Iterable[EntityRules]) -> list[str]:
    """The English record and field labels ``rules`` print, for the catalogues."""
    labels = set()
    for entity in rules:
        names = [*entity.required, *entity.non_negative, *entity.ranges, *entity.max_length]
        names += entity.not_future
        names += [name for pair in entity.date_order for name in pair]
        labels.add(entity.label)
        labels.update(field_label(name) for name in names)
    return sorted(labels)
