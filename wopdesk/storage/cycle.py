"""The WOP cycle's history and guidance: ticked best practices, phase changes, the
mentoring pairs, and saving a partnership so that a change of phase is recorded."""

import datetime as dt
from collections.abc import Mapping
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain import vocab as v
from wopdesk.domain.cycle import practices
from wopdesk.domain.i18n import translate
from wopdesk.errors import ValidationError
from wopdesk.storage import commands
from wopdesk.storage.models import MentoringPair, Partnership, Person, PhaseChange, PracticeTick

# Fields of the partnership editor that are not the partnership's: the phase change's.
PHASE_DATE, PHASE_NOTE = "phase_date", "phase_note"


def ticked(session: Session, partnership_id: str) -> set[str]:
    """The ids of the practices the partnership has ticked."""
    return set(
        session.scalars(
            select(PracticeTick.practice).where(
                PracticeTick.partnership_id == partnership_id, PracticeTick.deleted.is_(False)
            )
        )
    )


def set_tick(
    session: Session,
    partnership_id: str,
    practice: str,
    on: bool,
    by: str | None = None,
    today: dt.date | None = None,
) -> None:
    """Tick a practice (one tick, by ``by`` today) or untick it (every tick of it is
    deleted, as two laptops may have ticked it offline)."""
    if practice not in {p.id for p in practices()}:
        message = translate("health", "'{practice}' is not one of the phase's practices.")
        raise ValidationError(message.format(practice=practice), "practice")
    ticks = list(
        session.scalars(
            select(PracticeTick).where(
                PracticeTick.partnership_id == partnership_id,
                PracticeTick.practice == practice,
                PracticeTick.deleted.is_(False),
            )
        )
    )
    if on and not ticks:
        commands.create(
            session,
            PracticeTick,
            partnership_id=partnership_id,
            practice=practice,
            ticked_on=today or dt.date.today(),
            ticked_by_id=by,
        )
    elif not on:
        for tick in ticks:
            commands.delete(session, PracticeTick, tick.id)


def phase_history(session: Session, partnership_id: str) -> list[PhaseChange]:
    """The partnership's phase changes, oldest first."""
    return list(
        session.scalars(
            select(PhaseChange)
            .where(PhaseChange.partnership_id == partnership_id, PhaseChange.deleted.is_(False))
            .order_by(PhaseChange.date, PhaseChange.created_at)
        )
    )


def save_partnership(
    session: Session, record_id: str | None, values: Mapping[str, Any]
) -> Partnership:
    """Create or update a partnership; a new one, or a change of its phase, is recorded in
    the phase history with its date (today unless given) and note, in the same
    transaction, so a refused date saves nothing."""
    fields = {k: val for k, val in values.items() if k not in (PHASE_DATE, PHASE_NOTE)}
    before = None if record_id is None else commands.get(session, Partnership, record_id).phase
    if record_id is None:
        partnership = commands.create(session, Partnership, **fields)
    else:
        partnership = commands.update(session, Partnership, record_id, **fields)
    if partnership.phase != before:
        commands.create(
            session,
            PhaseChange,
            partnership_id=partnership.id,
            phase=partnership.phase,
            date=values.get(PHASE_DATE) or dt.date.today(),
            note=(values.get(PHASE_NOTE) or "").strip() or None,
        )
    return partnership


class PairView(NamedTuple):
    id: str
    mentor: str
    mentee: str
    phase: v.MentoringPhase
    date: dt.date
    note: str | None


def pairs(session: Session, partnership_id: str) -> list[PairView]:
    """The partnership's mentoring pairs, by mentor's name."""
    found = session.scalars(
        select(MentoringPair).where(
            MentoringPair.partnership_id == partnership_id, MentoringPair.deleted.is_(False)
        )
    )

    def name(person_id: str) -> str:
        person = session.get(Person, person_id)
        return person.name if person is not None else person_id

    views = [
        PairView(
            p.id,
            name(p.mentor_id),
            name(p.mentee_id),
            p.phase,
            p.date,
            p.note,
        )
        for p in found
    ]
    return sorted(views, key=lambda view: (view.mentor, view.mentee))


class CycleView(NamedTuple):
    """What the Overview's cycle card shows."""

    phase: v.WopPhase
    ticked: set[str]
    history: list[tuple[v.WopPhase, dt.date, str | None]]
    pairs: list[PairView]
    history_ids: tuple[str, ...] = ()  # the phase changes' ids, in the order of ``history``


def cycle_view(session: Session, partnership_id: str) -> CycleView | None:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        return None
    changes = phase_history(session, partnership_id)
    return CycleView(
        partnership.phase,
        ticked(session, partnership_id),
        [(c.phase, c.date, c.note) for c in changes],
        pairs(session, partnership_id),
        tuple(c.id for c in changes),
    )
