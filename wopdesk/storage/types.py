"""Column types shared by the models: UTC timestamps, vocabulary enums and exact decimals."""

import datetime as dt
import json
import uuid
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    return str(uuid.uuid4())


# ``json.dumps`` as SQLite stores JSON (the same text), without the check for containers
# that hold themselves, which records' values never do: half the cost of encoding an
# outbox entry or a record's clocks, which every save and every imported row encodes.
json_text = json.JSONEncoder(check_circular=False).encode


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime, stored naive in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use UTC")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


E = TypeVar("E", bound=StrEnum)


class Vocab(TypeDecorator[E]):
    """A domain enum stored as its text value, so the wire format stays plain strings."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_cls: type[E]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_cls(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum_cls(value)


class ExactDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as its text (``"1234.50"``), so no amount passes through a float.

    SQLite has no decimal type (its NUMERIC keeps a float); text keeps every digit a
    person typed. Read back, a value written before the column held text (a float, from
    the days money was a float column) becomes the decimal it was typed as.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return format(as_decimal(value), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return as_decimal(value)


def as_decimal(value: Decimal | float | int | str) -> Decimal:
    """``value`` as the decimal it was typed as: a float through its shortest form."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("true or false is not an amount")
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)
