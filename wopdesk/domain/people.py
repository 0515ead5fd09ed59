"""People reached by learning (participants, trainees by sex, person-hours) and the
rules of a track's stage of change.

A learning activity may give its participants and, of them, how many are women, men or
of sex not stated. Blank counts follow one rule everywhere (the form, the totals, the
reports): participants left empty are the sum of the three counts, or, with no counts,
the number of named trainees; the participants no count describes are "not stated".
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wopdesk.domain.i18n import translate
from wopdesk.domain.vocab import ChangeStage
from wopdesk.errors import ValidationError

SEX_FIELDS = ("women", "men", "not_stated")


@dataclass(frozen=True, slots=True)
class People:
    """Who took part in learning: participants and, of them, women, men, not stated."""

    participants: int = 0
    women: int = 0
    men: int = 0
    not_stated: int = 0

    def __add__(self, other: "People") -> "People":
        return People(
            self.participants + other.participants,
            self.women + other.women,
            self.men + other.men,
            self.not_stated + other.not_stated,
        )


def people_of(
    participants: int | None,
    women: int | None,
    men: int | None,
    not_stated: int | None,
    named: int = 0,
) -> People:
    """One activity's people, blanks filled by the module's rule."""
    counts = (women, men, not_stated)
    given = [count for count in counts if count is not None]
    if participants is None:
        participants = sum(given) if given else named
    women_, men_ = women or 0, men or 0
    # Whatever the counts do not describe is not stated (two offline edits may disagree).
    return People(participants, women_, men_, max(participants - women_ - men_, 0))


def person_hours(hours: float | None, participants: int) -> float:
    """Hours of learning times the people who took them."""
    return float(hours or 0) * participants


def trainee_count_problem(values: Mapping[str, Any]) -> ValidationError | None:
    """The sentence refusing counts by sex that do not add up to the participants."""
    participants = values.get("participants")
    counts = [values.get(name) for name in SEX_FIELDS]
    if participants is None or all(count is None for count in counts):
        return None
    total = sum(int(count or 0) for count in counts)
    if total == participants:
        return None
    message = translate(
        "rules",
        "Learning activity: women, men and not stated add up to {total}, not the "
        "{participants} participants; correct them or leave participants empty.",
    )
    field = "participants" if total < participants else _first_given(values)
    return ValidationError(message.format(total=total, participants=participants), field)


def _first_given(values: Mapping[str, Any]) -> str:
    return next(name for name in SEX_FIELDS if values.get(name) is not None)


def stage_problem(values: Mapping[str, Any]) -> ValidationError | None:
    """A stage beyond planned needs its evidence (what shows the track got there)."""
    stage = values.get("stage")
    evidence = values.get("evidence")
    if stage is None or stage == ChangeStage.PLANNED:
        return None
    if isinstance(evidence, str) and evidence.strip():
        return None
    message = translate(
        "rules", "Track stage: write the evidence that the track is {stage}, as seen on site."
    )
    label = translate("vocab", ChangeStage(stage).label).lower()
    return ValidationError(message.format(stage=label), "evidence")
