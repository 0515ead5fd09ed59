"""The built-in indicator catalogue (IBNET and India's SLB), read from resources/indicators.csv.

Each row names its framework and the framework's own number, its definition and its
published source, and carries its French and Spanish texts. A built-in indicator's id
comes from its first code, so renaming a code (listed in ``previous_codes``) keeps the
id, and with it every reading and target recorded against it. ``CATALOGUE_VERSION`` goes
up with every change to the file: a profile whose catalogue is older is updated when it
is opened (``Store.seed_catalogue``).

``python -m wopdesk.domain.catalogue --markdown`` prints ``docs/indicators.md``.
"""

import csv
import hashlib
import sys
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from wopdesk.domain.i18n import current_language
from wopdesk.domain.resources import resources_dir
from wopdesk.domain.vocab import BetterWhen

# Built-in indicators get the same id on every replica, derived from their first code.
CATALOGUE_NAMESPACE = uuid.UUID("6f1c5a52-3c1e-4b8e-9a0e-2f7d3f0b9c11")
CATALOGUE_FILE = "indicators.csv"
# Raise with every change of the file; the test that pins the file's hash says so.
CATALOGUE_VERSION = 3
# The texts a row carries in every language, and the languages it carries them in.
TEXT_FIELDS = ("name", "unit", "formula", "note")
LANGUAGES = ("fr", "es")


@dataclass(frozen=True, slots=True)
class IndicatorDefinition:
    framework: str
    code: str
    number: str
    name: str
    unit: str
    formula: str
    better_when: BetterWhen
    benchmark: float | None
    benchmark_source: str
    min_value: float | None
    max_value: float | None
    source: str
    note: str = ""
    previous_codes: tuple[str, ...] = ()
    checked: str = ""
    # language -> field -> text, for the fields of TEXT_FIELDS
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return _uuid(self.previous_codes[0] if self.previous_codes else self.code)

    def text(self, name: str, language: str | None = None) -> str:
        """The field ``name`` (one of TEXT_FIELDS) in ``language``, English if untranslated."""
        english: str = getattr(self, name)
        if language is None:
            return english
        return self.translations.get(language, {}).get(name) or english


def _uuid(code: str) -> str:
    return str(uuid.uuid5(CATALOGUE_NAMESPACE, code))


def builtin_indicator_id(code: str) -> str:
    """The id of the built-in indicator with ``code``, its current code or an earlier one."""
    definition = by_code().get(code)
    return definition.id if definition is not None else _uuid(code)


def _optional_float(text: str) -> float | None:
    text = text.strip()
    return float(text) if text else None


def _definition(row: dict[str, str]) -> IndicatorDefinition:
    cell = {key: (value or "").strip() for key, value in row.items() if key is not None}
    low, high = _optional_float(cell["min_value"]), _optional_float(cell["max_value"])
    if low is not None and high is not None and low > high:
        raise ValueError(f"min_value {low:g} is above max_value {high:g}")
    benchmark = _optional_float(cell["benchmark"])
    if benchmark is not None and not cell.get("benchmark_source"):
        raise ValueError("a benchmark needs its benchmark_source")
    if not cell.get("source"):
        raise ValueError("the source is missing")
    return IndicatorDefinition(
        framework=cell["framework"],
        code=cell["code"],
        number=cell.get("number", ""),
        name=cell["name"],
        unit=cell["unit"],
        formula=cell["formula"],
        better_when=BetterWhen(cell["better_when"]),
        benchmark=benchmark,
        benchmark_source=cell.get("benchmark_source", ""),
        min_value=low,
        max_value=high,
        source=cell["source"],
        note=cell.get("note", ""),
        previous_codes=tuple(c.strip() for c in cell.get("previous_codes", "").split(";") if c),
        checked=cell.get("checked", ""),
        translations={
            language: {
                name: cell[f"{name}_{language}"]
                for name in TEXT_FIELDS
                if cell.get(f"{name}_{language}")
            }
            for language in LANGUAGES
        },
    )


def load_catalogue(path: Path | None = None) -> tuple[IndicatorDefinition, ...]:
    """Read the catalogue file; a malformed row raises ValueError naming the line."""
    path = path or catalogue_path()
    definitions: list[IndicatorDefinition] = []
    with path.open(newline="", encoding="utf-8") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            try:
                definitions.append(_definition(row))
            except (KeyError, ValueError, AttributeError) as exc:
                raise ValueError(f"{path.name} line {line_no} is malformed: {exc}") from exc
    codes = [c for d in definitions for c in (d.code, *d.previous_codes)]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise ValueError(f"{path.name} names {', '.join(duplicates)} more than once.")
    return tuple(definitions)


def catalogue_path() -> Path:
    return resources_dir() / CATALOGUE_FILE


def catalogue_sha256(path: Path | None = None) -> str:
    return hashlib.sha256((path or catalogue_path()).read_bytes()).hexdigest()


@cache
def catalogue() -> tuple[IndicatorDefinition, ...]:
    """The shipped catalogue, read once."""
    return load_catalogue()


@cache
def by_id() -> dict[str, IndicatorDefinition]:
    return {d.id: d for d in catalogue()}


@cache
def by_code() -> dict[str, IndicatorDefinition]:
    """Every definition under its current code and under each earlier one."""
    return {code: d for d in catalogue() for code in (d.code, *d.previous_codes)}


# --- indicators as people read them ----------------------------------------------------


class IndicatorLike(Protocol):
    """What ``indicator_text`` needs of an indicator record."""

    @property
    def id(self) -> str: ...
    @property
    def builtin(self) -> bool: ...
    @property
    def name(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def formula(self) -> str | None: ...


def indicator_text(indicator: IndicatorLike, name: str, language: str | None = None) -> str:
    """A built-in indicator's ``name``, ``unit``, ``formula`` or ``note`` in ``language``
    (by default the current one), from the catalogue; a user-defined indicator's own
    text, as its authors wrote it."""
    definition = by_id().get(indicator.id) if indicator.builtin else None
    if definition is not None:
        return definition.text(name, language or current_language())
    return getattr(indicator, name, None) or ""


def indicator_source(indicator: IndicatorLike) -> str:
    """Where a built-in indicator is defined; empty for a user-defined one."""
    definition = by_id().get(indicator.id) if indicator.builtin else None
    return definition.source if definition is not None else ""


def indicator_reference(indicator: IndicatorLike) -> str:
    """A built-in indicator as its framework numbers it ("IBNET 15.4", "SLB 2.1.2"), the
    reference people quote; empty for a user-defined one. (Its ``code`` is WOPdesk's
    identifier, typed on the command line and in imported sheets, not read.)"""
    definition = by_id().get(indicator.id) if indicator.builtin else None
    if definition is None or not definition.number:
        return ""
    return f"{definition.framework} {definition.number}"


def indicator_label(indicator: IndicatorLike) -> str:
    """How the app names an indicator in lists: "IBNET 15.4 · Samples passing …" for a
    built-in one, in the reader's language; the name alone for a user-defined one."""
    reference = indicator_reference(indicator)
    name = indicator_text(indicator, "name")
    return f"{reference} · {name}" if reference else name


# --- judging a value ----------------------------------------------------------------


def is_better(
    better_when: BetterWhen, value: float, than: float, norm: float | None = None
) -> bool:
    """Whether ``value`` is better than ``than``: higher, lower, or nearer the norm."""
    if better_when == BetterWhen.HIGHER:
        return value > than
    if better_when == BetterWhen.LOWER:
        return value < than
    if norm is None:
        return False
    return abs(value - norm) < abs(than - norm)


def meets(better_when: BetterWhen, value: float, target: float, baseline: float | None) -> bool:
    """Whether ``value`` has reached ``target``.

    For a norm, the target lies between the baseline and the norm: it is reached once the
    value has gone as far as the target from the baseline's side (or further, past it).
    """
    if better_when == BetterWhen.HIGHER:
        return value >= target
    if better_when == BetterWhen.LOWER:
        return value <= target
    if baseline is None or baseline == target:
        return value == target
    return (value - target) * (target - baseline) >= 0


# --- the catalogue as documentation ---------------------------------------------------


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _bounds(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return ""
    if high is None:
        return f"≥ {_number(low)}"
    if low is None:
        return f"≤ {_number(high)}"
    return f"{_number(low)}–{_number(high)}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(definitions: tuple[IndicatorDefinition, ...] | None = None) -> str:
    """``docs/indicators.md``: every indicator with its definition and its source."""
    definitions = definitions if definitions is not None else catalogue()
    lines = [
        "# Indicator catalogue",
        "",
        "Generated from `resources/indicators.csv` by "
        "`python -m wopdesk.domain.catalogue --markdown > docs/indicators.md`; "
        "do not edit by hand (a test compares the two).",
        "",
        f"Catalogue version {CATALOGUE_VERSION}. A profile opened by a WOPdesk with a newer "
        "catalogue is updated in one transaction; readings, baselines and targets keep their "
        "indicator, whose id comes from its first code (`previous_codes`).",
        "",
        "Direction: *higher* or *lower* is better, or *norm*: nearer the benchmark is better "
        "(more is not); a norm with no published benchmark is judged against the local one "
        "(a target set between baseline and norm). Range: the values a reading may take; "
        "a ratio that cannot exceed 100 % is bounded. A benchmark is given only where a "
        "published source gives one. "
        "*Checked*: the date the row was compared with the source; an empty cell means the "
        "row still has to be compared with the document itself.",
        "",
        "Partnerships add their own indicators in the Indicators page, as IBNET itself "
        "expects each utility to add utility-specific indicators to its core set.",
        "",
    ]
    for framework in dict.fromkeys(d.framework for d in definitions):
        lines += [
            f"## {framework}",
            "",
            "| No. | Code | Indicator | Unit | Formula | Direction | Range | Benchmark "
            "| Source | Checked |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for d in (d for d in definitions if d.framework == framework):
            bounds = _bounds(d.min_value, d.max_value)
            benchmark = (
                f"{_number(d.benchmark)} ({_cell(d.benchmark_source)})"
                if d.benchmark is not None
                else ""
            )
            name = d.name + (f" ({d.note})" if d.note else "")
            code = d.code + (f" (was {', '.join(d.previous_codes)})" if d.previous_codes else "")
            cells = [
                d.number,
                code,
                name,
                d.unit,
                d.formula,
                d.better_when.value,
                bounds,
                benchmark,
                d.source,
                d.checked,
            ]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["--markdown"]:
        print("usage: python -m wopdesk.domain.catalogue --markdown", file=sys.stderr)
        return 2
    sys.stdout.write(markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
