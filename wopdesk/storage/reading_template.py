"""The template of an import of readings: the columns ``reading_import`` reads, and help.

The first table is the readings' heading row alone, with exactly the columns the import
accepts (``reading_import.REQUIRED`` and ``OPTIONAL``, in the order an export writes them),
so a filled template imports as it is. In a workbook, two more sheets help to fill it: what
each column takes (this partnership's utilities, the words for data confidence) and the
indicators it may name, with their units and valid ranges. Their headings name none of the
needed columns, so the import never mistakes them for readings.
"""

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from wopdesk.domain.catalogue import indicator_text
from wopdesk.domain.i18n import QT_TRANSLATE_NOOP, Translator, translator
from wopdesk.domain.vocab import DataConfidence
from wopdesk.storage import queries
from wopdesk.storage.models import Utility
from wopdesk.storage.reading_import import OPTIONAL, REQUIRED
from wopdesk.storage.spreadsheets import (
    CONTEXT,
    READINGS,
    Column,
    Table,
    TableKind,
    live_partnership,
    number,
    table_of,
    write_table,
    write_xlsx,
)
from wopdesk.storage.store import Store

TEMPLATE = TableKind(
    READINGS.name,
    READINGS.title,
    tuple(column for column in READINGS.columns if column.key in REQUIRED + OPTIONAL),
)
HOW_TO = TableKind(
    "how-to",
    QT_TRANSLATE_NOOP("spreadsheets", "How to fill"),
    (
        Column("column", QT_TRANSLATE_NOOP("spreadsheets", "Column")),
        Column("help", QT_TRANSLATE_NOOP("spreadsheets", "What to write")),
    ),
)
CODES = TableKind(
    "indicator-codes",
    QT_TRANSLATE_NOOP("spreadsheets", "Indicator codes"),
    (
        Column("code", QT_TRANSLATE_NOOP("spreadsheets", "Indicator code")),
        Column("indicator", QT_TRANSLATE_NOOP("spreadsheets", "Indicator")),
        Column("framework", QT_TRANSLATE_NOOP("spreadsheets", "Framework")),
        Column("unit", QT_TRANSLATE_NOOP("spreadsheets", "Unit")),
        Column("lowest", QT_TRANSLATE_NOOP("spreadsheets", "Lowest accepted"), "number"),
        Column("highest", QT_TRANSLATE_NOOP("spreadsheets", "Highest accepted"), "number"),
    ),
)
HELP = {
    "utility": QT_TRANSLATE_NOOP(
        "spreadsheets", "The utility the reading is for: {0}. Left blank: {1}."
    ),
    "code": QT_TRANSLATE_NOOP(
        "spreadsheets", "The indicator's code, as listed on the sheet '{0}'. Needed."
    ),
    "period": QT_TRANSLATE_NOOP(
        "spreadsheets",
        "The last day of the period the value is for: a date (YYYY-MM-DD in a CSV file), "
        "not in the future. Needed.",
    ),
    "value": QT_TRANSLATE_NOOP(
        "spreadsheets",
        "A number within the indicator's accepted range (sheet '{0}'). Needed.",
    ),
    "confidence": QT_TRANSLATE_NOOP("spreadsheets", "One of: {0}. May be left blank."),
    "source": QT_TRANSLATE_NOOP("spreadsheets", "Where the figure comes from. May be left blank."),
    "note": QT_TRANSLATE_NOOP("spreadsheets", "Anything worth knowing. May be left blank."),
}


def template_tables(
    session: Session, partnership_id: str, language: str | None = None
) -> list[Table]:
    """The template's heading row, then the help for this partnership."""
    tr = translator(language)
    partnership = live_partnership(session, partnership_id)
    template = table_of(TEMPLATE, tr, [])
    codes = table_of(CODES, tr, _code_rows(session, partnership_id, tr))
    utilities = [
        session.get(Utility, utility_id)
        for utility_id in (partnership.mentee_utility_id, partnership.mentor_utility_id)
    ]
    names = [utility.name for utility in utilities if utility is not None]
    help_rows = [
        (heading, _help(tr, key, names, codes.title))
        for key, heading in zip(
            (column.key for column in TEMPLATE.columns), template.headings, strict=True
        )
    ]
    return [template, table_of(HOW_TO, tr, help_rows), codes]


def _help(tr: Translator, key: str, utilities: list[str], codes_sheet: str) -> str:
    text = tr.translate(CONTEXT, HELP[key])
    if key == "utility":
        return text.format(", ".join(utilities), utilities[0] if utilities else "")
    if key in ("code", "value"):
        return text.format(codes_sheet)
    if key == "confidence":
        return text.format(", ".join(tr.label(member) for member in DataConfidence))
    return text


def _code_rows(session: Session, partnership_id: str, tr: Translator) -> list[tuple[Any, ...]]:
    return [
        (
            indicator.code,
            indicator_text(indicator, "name", tr.language),
            indicator.framework,
            indicator_text(indicator, "unit", tr.language),
            number(indicator.min_value),
            number(indicator.max_value),
        )
        for indicator in queries.indicators(session, partnership_id)
    ]


def export_template(
    store: Store, partnership_id: str, target: Path, fmt: str, language: str | None = None
) -> Path:
    """Write the template: a CSV file of the heading row alone, or a workbook with help."""
    with store.reading() as session:
        tables = template_tables(session, partnership_id, language)
    if fmt == "csv":
        return write_table(tables[0], target, fmt)
    return write_xlsx(tables, target)
