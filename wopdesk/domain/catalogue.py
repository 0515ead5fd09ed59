"""The built-in indicator catalogue (IBNET and India's SLB), read from resources/indicators.csv."""

import csv
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wopdesk.domain.resources import resources_dir
from wopdesk.domain.vocab import BetterWhen

# Built-in indicators get the same id on every replica, derived from their code.
CATALOGUE_NAMESPACE = uuid.UUID("6f1c5a52-3c1e-4b8e-9a0e-2f7d3f0b9c11")


@dataclass(frozen=True, slots=True)
class IndicatorDefinition:
    framework: str
    code: str
    name: str
    unit: str
    formula: str
    better_when: BetterWhen
    benchmark: float | None
    min_value: float | None
    max_value: float | None
    source: str

    @property
    def id(self) -> str:
        return builtin_indicator_id(self.code)


def builtin_indicator_id(code: str) -> str:
    return str(uuid.uuid5(CATALOGUE_NAMESPACE, code))


def _optional_float(text: str) -> float | None:
    text = text.strip()
    return float(text) if text else None


def load_catalogue(path: Path | None = None) -> tuple[IndicatorDefinition, ...]:
    """Read the catalogue file; a malformed row raises ValueError naming the line."""
    path = path or resources_dir() / "indicators.csv"
    definitions = []
    with path.open(newline="", encoding="utf-8") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            try:
                definitions.append(
                    IndicatorDefinition(
                        framework=row["framework"].strip(),
                        code=row["code"].strip(),
                        name=row["name"].strip(),
                        unit=row["unit"].strip(),
                        formula=row["formula"].strip(),
                        better_when=BetterWhen(row["better_when"].strip()),
                        benchmark=_optional_float(row["benchmark"]),
                        min_value=_optional_float(row["min_value"]),
                        max_value=_optional_float(row["max_value"]),
                        source=row["source"].strip(),
                    )
                )
            except (KeyError, ValueError, AttributeError) as exc:
                raise ValueError(f"{path.name} line {line_no} is malformed: {exc}") from exc
    return tuple(definitions)


@cache
def catalogue() -> tuple[IndicatorDefinition, ...]:
    """The shipped catalogue, read once."""
    return load_catalogue()
