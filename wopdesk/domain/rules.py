"""Validation rules for every record, declared once and checked before anything is saved.

Rules work on plain field values, so storage, sync and the UI all share them.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wopdesk.errors import ValidationError


@dataclass(frozen=True, slots=True)
class EntityRules:
    """What makes one kind of record valid."""

    label: str
    required: tuple[str, ...] = ()
    date_order: tuple[tuple[str, str], ...] = ()
    non_negative: tuple[str, ...] = ()
    ranges: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    max_length: Mapping[str, int] = field(default_factory=dict)


def field_label(name: str) -> str:
    """``mentor_utility_id`` -> ``Mentor utility``."""
    name = name.removesuffix("_id").replace("_", " ")
    return name[:1].upper() + name[1:]


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def validate(rules: EntityRules, values: Mapping[str, Any]) -> None:
    """Raise ValidationError with one sentence for the first broken rule."""
    for name in rules.required:
        if _is_blank(values.get(name)):
            raise ValidationError(f"{rules.label}: {field_label(name)} is required.", name)
    for start, end in rules.date_order:
        first, last = values.get(start), values.get(end)
        if isinstance(first, dt.date) and isinstance(last, dt.date) and last < first:
            raise ValidationError(
                f"{rules.label}: {field_label(end)} ({last.isoformat()}) is before "
                f"{field_label(start).lower()} ({first.isoformat()}).",
                end,
            )
    for name in rules.non_negative:
        value = values.get(name)
        if value is not None and value < 0:
            raise ValidationError(
                f"{rules.label}: {field_label(name)} cannot be negative ({value}).", name
            )
    for name, (low, high) in rules.ranges.items():
        value = values.get(name)
        if value is not None and not low <= value <= high:
            raise ValidationError(
                f"{rules.label}: {field_label(name)} must be between {low:g} and {high:g} "
                f"(got {value}).",
                name,
            )
    for name, limit in rules.max_length.items():
        value = values.get(name)
        if isinstance(value, str) and len(value) > limit:
            raise ValidationError(
                f"{rules.label}: {field_label(name)} is longer than {limit} characters.", name
            )


def check_reading_in_range(
    indicator_name: str, value: float, low: float | None, high: float | None
) -> None:
    """A reading must fall within its indicator's valid range."""
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"{'-∞' if low is None else f'{low:g}'} to {'∞' if high is None else f'{high:g}'}"
        raise ValidationError(
            f"Indicator reading: {value:g} is outside the valid range of "
            f"{indicator_name} ({bounds}).",
            "value",
        )


def parse_date(text: str, what: str = "Date") -> dt.date:
    """Read an ISO date (YYYY-MM-DD) typed by a person, or say what is wrong."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            f"{what} '{text}' is not a date in the form YYYY-MM-DD (for example 2026-03-31)."
        ) from None
