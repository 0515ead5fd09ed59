"""The results chain of a partnership: each track's outputs and the actions serving them.

One read (``outputs_by_track``) feeds the work plan page's tree and the progress report's
section, so both show the same thing; ``check_action`` and ``check_output`` are the rules
that need the database (a reference to another partnership's record).
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain.i18n import translate
from wopdesk.domain.results_chain import check_action as check_action_values
from wopdesk.domain.results_chain import check_output as check_output_values
from wopdesk.domain.vocab import ActionStatus, OutputStatus
from wopdesk.errors import ValidationError
from wopdesk.storage.models import Action, ImprovementTrack, Output, Person
from wopdesk.storage.queries import live


@dataclass(frozen=True, slots=True)
class ChainAction:
    """An action as the results chain shows it."""

    id: str
    description: str
    status: ActionStatus
    due_date: dt.date | None
    start_date: dt.date | None
    owner: str | None


@dataclass(frozen=True, slots=True)
class ChainOutput:
    """An output with the actions that serve it, by due date."""

    id: str
    title: str
    status: OutputStatus
    target_date: dt.date | None
    delivered_date: dt.date | None
    evidence: str | None
    description: str | None
    actions: tuple[ChainAction, ...] = ()


@dataclass(frozen=True, slots=True)
class TrackChain:
    """One improvement track (None: outputs of no track) and its outputs."""

    track_id: str | None
    track: str | None
    outputs: list[ChainOutput] = field(default_factory=list)


def outputs(session: Session, partnership_id: str) -> list[Output]:
    """A partnership's outputs, by target date (undated last), then title."""
    query = (
        select(Output)
        .where(Output.deleted.is_(False), Output.partnership_id == partnership_id)
        .order_by(Output.target_date.is_(None), Output.target_date, Output.title)
    )
    return list(session.scalars(query))


def outputs_by_track(
    session: Session, partnership_id: str, track_id: str | None = None
) -> list[TrackChain]:
    """Each track (by title) with its outputs and their actions; outputs of no track last.

    Tracks without outputs are left out. ``track_id`` keeps one track only.
    """
    chosen = [o for o in outputs(session, partnership_id) if track_id in (None, o.track_id)]
    served = _actions_serving(session, [o.id for o in chosen])
    tracks = {
        t.id: t.title
        for t in live(session, ImprovementTrack, ImprovementTrack.partnership_id == partnership_id)
    }
    groups: dict[str | None, TrackChain] = {}
    for output in chosen:
        key = output.track_id if output.track_id in tracks else None
        group = groups.setdefault(key, TrackChain(key, tracks.get(key or "")))
        group.outputs.append(_chain_output(output, served.get(output.id, ())))
    return sorted(groups.values(), key=lambda g: (g.track is None, (g.track or "").lower()))


def _actions_serving(session: Session, output_ids: list[str]) -> dict[str, tuple[ChainAction, ...]]:
    found: dict[str, list[ChainAction]] = {}
    rows = session.execute(
        select(Action, Person.name)
        .outerjoin(Person, Person.id == Action.owner_id)
        .where(Action.deleted.is_(False), Action.output_id.in_(output_ids))
        .order_by(Action.due_date.is_(None), Action.due_date, Action.created_at)
    )
    for action, owner in rows:
        assert action.output_id is not None
        found.setdefault(action.output_id, []).append(
            ChainAction(
                action.id,
                action.description,
                action.status,
                action.due_date,
                action.start_date,
                owner,
            )
        )
    return {key: tuple(value) for key, value in found.items()}


def _chain_output(output: Output, actions: tuple[ChainAction, ...]) -> ChainOutput:
    return ChainOutput(
        output.id,
        output.title,
        output.status,
        output.target_date,
        output.delivered_date,
        output.evidence,
        output.description,
        actions,
    )


def check_output(session: Session, values: dict[str, Any]) -> None:
    """Refuse an output that breaks a rule spanning its fields, or names another
    partnership's track."""
    check_output_values(values)
    track_id = values.get("track_id")
    if track_id:
        track = session.get(ImprovementTrack, track_id)
        if track is None or track.partnership_id != values.get("partnership_id"):
            raise ValidationError(
                translate(
                    "storage", "Output: the improvement track is not one of this partnership."
                ),
                "track_id",
            )


def check_action(session: Session, values: dict[str, Any]) -> None:
    """Refuse an action whose cost has no currency, or that serves an output of another
    partnership (or one that does not exist: a forged reference)."""
    check_action_values(values)
    output_id = values.get("output_id")
    if output_id:
        output = session.get(Output, output_id)
        if output is None or output.partnership_id != values.get("partnership_id"):
            raise ValidationError(
                translate(
                    "storage", "Action: the output it serves is not one of this partnership."
                ),
                "output_id",
            )


def check(session: Session, model: type[Any], values: dict[str, Any]) -> None:
    """The results chain's rules for a record about to be saved (others pass)."""
    if model is Output:
        check_output(session, values)
    elif model is Action:
        check_action(session, values)


# --- the work plan page's list of outputs ------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutputRow:
    """One output as the work plan lists it, with the actions serving it."""

    track: str | None
    title: str
    status: OutputStatus
    target_date: dt.date | None
    delivered_date: dt.date | None
    evidence: str | None
    description: str | None
    actions: tuple[ChainAction, ...]

    @property
    def done(self) -> int:
        return sum(1 for a in self.actions if a.status == ActionStatus.DONE)


def output_ids(session: Session, partnership_id: str, track_id: str | None = None) -> list[str]:
    """A partnership's outputs (of one track, if given), by target date, then title."""
    return [
        o.id for o in outputs(session, partnership_id) if track_id is None or o.track_id == track_id
    ]


def output_rows(session: Session, ids: list[str]) -> dict[str, OutputRow]:
    rows = session.execute(
        select(Output, ImprovementTrack.title)
        .outerjoin(ImprovementTrack, ImprovementTrack.id == Output.track_id)
        .where(Output.id.in_(ids))
    ).all()
    served = _actions_serving(session, list(ids))
    return {
        o.id: OutputRow(
            track,
            o.title,
            o.status,
            o.target_date,
            o.delivered_date,
            o.evidence,
            o.description,
            served.get(o.id, ()),
        )
        for o, track in rows
    }


def output_choices(session: Session, partnership_id: str) -> list[tuple[str, str]]:
    """(id, title) of the outputs an action of the partnership may serve."""
    return [(o.id, o.title) for o in outputs(session, partnership_id)]
