"""A track's stage of change: the "Record stage…" dialog (planned, piloted, adopted in
routine, institutionalised, with the date and the evidence)."""

import datetime as dt
from typing import Any

from wopdesk.domain.people import stage_problem
from wopdesk.domain.vocab import ChangeStage
from wopdesk.storage import queries
from wopdesk.storage.models import Partnership, TrackStage
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    PersonPicker,
    RecordEditorDialog,
    VocabCombo,
    format_date,
    person_choices,
    vocab_label,
)


class StageEditor(RecordEditorDialog):
    """One stage a track reached; the history keeps every one, the latest by date is current."""

    model = TrackStage

    def __init__(
        self,
        ctx: AppContext,
        record_id: str | None = None,
        parent: Any = None,
        *,
        track_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.track_id = track_id
        super().__init__(ctx, record_id, parent, **kwargs)

    def build(self) -> None:
        form = self.form
        form.add("stage", self.tr("Stage"), VocabCombo(ChangeStage))
        form.add("date", self.tr("Reached on"), DateField())
        form.add(
            "evidence",
            self.tr("Evidence"),
            LongTextField(lines=3),
            hint=self.tr("What shows the track reached this stage; needed beyond planned"),
        )
        form.add("recorded_by_id", self.tr("Recorded by"), PersonPicker())
        with self.ctx.store.reading() as session:
            partnership = (
                session.get(Partnership, self.partnership_id) if self.partnership_id else None
            )
            people = (
                queries.partnership_people(session, partnership)
                if partnership is not None
                else queries.people(session)
            )
            form.field("recorded_by_id").set_choices(person_choices(people))

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("Record the stage of change")
        return self.tr("Stage of change")

    def defaults(self) -> dict[str, Any]:
        return {
            "stage": ChangeStage.PLANNED,
            "date": dt.date.today(),
            "evidence": "",
            "recorded_by_id": self.ctx.me,
        }

    def fixed_values(self) -> dict[str, Any]:
        fixed = super().fixed_values()
        if self.record_id is None:
            fixed["track_id"] = self.track_id
        return fixed

    def check(self, values: dict[str, Any]) -> None:
        problem = stage_problem(values)
        if problem is not None:
            raise problem


def stage_text(stage: ChangeStage | None, when: dt.date | None) -> str:
    """``Piloted (30 Oct 2025)``, or a dash for a track with no stage recorded."""
    if stage is None:
        return "—"
    return f"{vocab_label(stage)} ({format_date(when)})"
