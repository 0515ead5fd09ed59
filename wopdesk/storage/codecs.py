"""Wire values: how each synced column travels in JSON, derived from the models' columns.

``codecs(model)`` gives every synced field's codec (ISO dates, enum values, exact
decimals as JSON numbers, plain scalars), which converts both ways and refuses a wrong
value with a reason; the facts the server and deletions need (required fields, the
records that cannot exist without another) are derived from the same codecs.
"""

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    Integer,
    String,
    Text,
)

from wopdesk.storage.models import ENTITIES, SyncedRecord
from wopdesk.storage.types import ExactDecimal, UtcDateTime, Vocab, as_decimal

# The whole numbers a laptop's SQLite (and PostgreSQL's BIGINT) can hold.
STORABLE_INTS = range(-(2**63), 2**63)


@dataclass(frozen=True, slots=True)
class FieldCodec:
    """How one synced column travels: ISO dates, enum values, plain JSON scalars."""

    name: str
    kind: str
    nullable: bool
    max_length: int | None = None
    enum: type[StrEnum] | None = None
    references: str | None = None

    def to_wire(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "enum":
            return value.value if isinstance(value, StrEnum) else value
        if self.kind == "date":
            return value.isoformat()
        if self.kind == "datetime":
            return value.astimezone(dt.UTC).isoformat()
        if self.kind == "float" and isinstance(value, int):
            return float(value)
        if self.kind == "decimal":
            return decimal_to_wire(value)
        return value

    def from_wire(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "enum":
            assert self.enum is not None
            return self.enum(value)
        if self.kind == "date":
            return dt.date.fromisoformat(value)
        if self.kind == "datetime":
            return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
        if self.kind == "float":
            return float(value)
        if self.kind == "decimal":
            return as_decimal(value)
        return value

    def check(self, value: Any) -> str | None:
        """Why ``value`` cannot be this field's wire value, or None if it can."""
        if value is None:
            return None if self.nullable else f"{self.name} cannot be empty"
        kind = self.kind
        if kind in ("str", "enum", "date", "datetime") and not isinstance(value, str):
            return f"{self.name} must be text"
        if kind == "str":
            if self.max_length is not None and len(value) > self.max_length:
                return f"{self.name} is longer than {self.max_length} characters"
        elif kind == "enum":
            assert self.enum is not None
            if value not in self.enum._value2member_map_:
                return f"'{value}' is not a valid {self.name}"
        elif kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                return f"{self.name} must be a date written YYYY-MM-DD"
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return f"{self.name} '{value}' is not a real date"
        elif kind == "datetime":
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                return f"{self.name} must be an ISO date and time"
            if moment.tzinfo is None:
                return f"{self.name} must carry its UTC offset"
            if not _in_utc(moment):
                return f"{self.name} is not a date and time that exists in UTC"
        elif kind == "bool":
            if not isinstance(value, bool):
                return f"{self.name} must be true or false"
        elif kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                return f"{self.name} must be a whole number"
            if value not in STORABLE_INTS:
                return f"{self.name} is too large a number"
        elif kind in ("float", "decimal"):
            if isinstance(value, bool) or not isinstance(value, int | float):
                return f"{self.name} must be a number"
            if isinstance(value, int) and not _fits_float(value):
                return f"{self.name} is too large a number"
            if not math.isfinite(value):
                return f"{self.name} must be a finite number"
        elif kind == "json":
            return _check_json(self.name, value)
        return None


def _fits_float(value: int) -> bool:
    """Whether a whole number has a float (a JSON number a laptop reads as one)."""
    try:
        float(value)
    except OverflowError:
        return False
    return True


def _in_utc(moment: dt.datetime) -> bool:
    """False for a date and time with no UTC equivalent (year 1 east of Greenwich, 9999
    west of it): every laptop that pulled it would stop."""
    try:
        moment.astimezone(dt.UTC)
    except OverflowError:
        return False
    return True


def decimal_to_wire(value: Decimal) -> int | float:
    """An exact decimal as the JSON number that writes it.

    Amounts and rates have at most 15 significant digits (``rules.SIGNIFICANT_DIGITS``),
    so the shortest text of the float, which ``json`` writes and ``as_decimal`` reads
    back, is the decimal's own: ``Decimal("0.1")`` travels as ``0.1`` and returns as
    ``Decimal("0.1")``. Whole amounts travel as integers.
    """
    value = as_decimal(value)
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _check_json(name: str, value: Any) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return f"{name} must not hold an infinite or undefined number"
    if isinstance(value, list):
        return next((r for r in (_check_json(name, item) for item in value) if r), None)
    if isinstance(value, dict):
        return next((r for r in (_check_json(name, item) for item in value.values()) if r), None)
    return None


def _codec_for(column: Any) -> FieldCodec:
    column_type = column.type
    references = next((fk.column.table.name for fk in column.foreign_keys), None)
    common: dict[str, Any] = {"nullable": bool(column.nullable), "references": references}
    if isinstance(column_type, Vocab):
        return FieldCodec(column.key, "enum", enum=column_type.enum_cls, **common)
    if isinstance(column_type, UtcDateTime):
        return FieldCodec(column.key, "datetime", **common)
    if isinstance(column_type, Date):
        return FieldCodec(column.key, "date", **common)
    if isinstance(column_type, Boolean):
        return FieldCodec(column.key, "bool", **common)
    if isinstance(column_type, Integer):
        return FieldCodec(column.key, "int", **common)
    if isinstance(column_type, Float):
        return FieldCodec(column.key, "float", **common)
    if isinstance(column_type, ExactDecimal):
        return FieldCodec(column.key, "decimal", **common)
    if isinstance(column_type, JSON):
        return FieldCodec(column.key, "json", **common)
    if isinstance(column_type, String | Text):
        return FieldCodec(column.key, "str", max_length=column_type.length, **common)
    raise TypeError(f"No wire codec for column {column.key} of type {column_type!r}")


@cache
def codecs(model: type[SyncedRecord]) -> dict[str, FieldCodec]:
    """The codec of every synced field of ``model``, in column order."""
    fields = set(model.synced_fields())
    return {c.key: _codec_for(c) for c in model.__table__.columns if c.key in fields}


def wire_values(record: SyncedRecord) -> dict[str, Any]:
    """Every synced field of a record as its wire value."""
    return {
        name: codec.to_wire(getattr(record, name)) for name, codec in codecs(type(record)).items()
    }


ENTITY_RANK = {name: rank for rank, name in enumerate(ENTITIES)}


@cache
def required_fields(model: type[SyncedRecord]) -> frozenset[str]:
    """Fields a record cannot be created without (NOT NULL columns); made once per kind
    (a push asks for each new record, a compaction for each entry of the log)."""
    return frozenset(name for name, codec in codecs(model).items() if not codec.nullable)


@cache
def child_links() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each kind of record, the (kind, field) of records that cannot exist without it.

    A child names its parent in a field that cannot be empty (a visit's participants, an
    activity's trainees, a track's indicators). A partnership is left out: everything of
    the partnership names it, and it is never deleted with its records.
    """
    links: dict[str, list[tuple[str, str]]] = {}
    for name, model in ENTITIES.items():
        for field_name, codec in codecs(model).items():
            target = codec.references
            if target is None or codec.nullable or target == "partnership":
                continue
            if target in ("utility", "person", "indicator"):
                continue  # shared records: never deleted with the records that name them
            links.setdefault(target, []).append((name, field_name))
    return {target: tuple(pairs) for target, pairs in links.items()}
