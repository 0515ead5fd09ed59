"""Partnership health: the items both partners score, and the scale they score them on.

The items live in ``resources/health_items.csv`` (id, English name, short description,
the document each comes from), so a programme can change them without touching code.
They are read from the file, never copied into a database: a changed file reaches every
profile at its next start. Scores of an item dropped from the file are kept and shown
under the item's id.
"""

import csv
from functools import cache
from typing import NamedTuple

from wopdesk.domain.i18n import translate
from wopdesk.domain.resources import resources_dir
from wopdesk.errors import ValidationError

CONTEXT = "health"
ITEMS_FILE = "health_items.csv"
# The scale: 1 weak, 2 needs attention, 3 good, 4 strong (WOPdesk's own wording).
LOWEST, HIGHEST = 1, 4
SCALE_LABELS = {1: "Weak", 2: "Needs attention", 3: "Good", 4: "Strong"}


class HealthItem(NamedTuple):
    id: str
    name: str  # English; ``item_name`` translates it
    description: str
    source: str


@cache
def health_items(file_name: str = ITEMS_FILE) -> tuple[HealthItem, ...]:
    """The items in the order of the resource file."""
    path = resources_dir() / file_name
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            HealthItem(
                row["id"].strip(),
                row["name"].strip(),
                row["description"].strip(),
                row["source"].strip(),
            )
            for row in csv.DictReader(handle)
        )


def item_by_id() -> dict[str, HealthItem]:
    return {item.id: item for item in health_items()}


def item_name(item_id: str) -> str:
    """An item's name in the current language (its id if the file no longer has it)."""
    item = item_by_id().get(item_id)
    return translate(CONTEXT, item.name) if item else item_id


def item_description(item_id: str) -> str:
    item = item_by_id().get(item_id)
    return translate(CONTEXT, item.description) if item else ""


def scale_label(score: int) -> str:
    """``3 — Good``, in the current language."""
    return f"{score} — {translate(CONTEXT, SCALE_LABELS[score])}"


def check_score(item_id: str, score: object) -> None:
    """Refuse, with one sentence, an unknown item or a score outside the scale."""
    if item_id not in item_by_id():
        message = translate("health", "Partnership health: '{item}' is not one of the items.")
        raise ValidationError(message.format(item=item_id), "item")
    if isinstance(score, bool) or not isinstance(score, int) or not LOWEST <= score <= HIGHEST:
        message = translate(
            "health", "Partnership health: {item} is scored from {low} to {high} (got {score})."
        )
        raise ValidationError(
            message.format(item=item_name(item_id), low=LOWEST, high=HIGHEST, score=score),
            "score",
        )


def texts() -> list[str]:
    """The English texts the catalogues translate in the ``health`` context."""
    from wopdesk.domain.cycle import practices

    found = [*SCALE_LABELS.values()]
    for item in health_items():
        found += [item.name, item.description]
    found += [practice.text for practice in practices()]
    return found
