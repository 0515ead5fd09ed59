"""The WOP cycle's best practices per phase, from ``resources/phase_practices.csv``.

Each practice has an id (a tick of it syncs under that id), its phase (a ``WopPhase``
value), its English text and the document it comes from. Like the health items, they are
read from the file, so a programme's changes reach every profile at its next start.
"""

import csv
from functools import cache
from typing import NamedTuple

from wopdesk.domain.i18n import translate
from wopdesk.domain.resources import resources_dir
from wopdesk.domain.vocab import WopPhase

PRACTICES_FILE = "phase_practices.csv"


class Practice(NamedTuple):
    id: str
    phase: WopPhase
    text: str  # English; ``practice_text`` translates it
    source: str


@cache
def practices(file_name: str = PRACTICES_FILE) -> tuple[Practice, ...]:
    """Every practice, in the order of the resource file."""
    path = resources_dir() / file_name
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            Practice(
                row["id"].strip(),
                WopPhase(row["phase"].strip()),
                row["text"].strip(),
                row["source"].strip(),
            )
            for row in csv.DictReader(handle)
        )


def phase_practices(phase: WopPhase) -> tuple[Practice, ...]:
    return tuple(p for p in practices() if p.phase == phase)


def practice_text(practice_id: str) -> str:
    """A practice in the current language (its id if the file no longer has it)."""
    found = next((p for p in practices() if p.id == practice_id), None)
    return translate("health", found.text) if found else practice_id
