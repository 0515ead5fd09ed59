"""One person's learning record: what they learned, how, to what level, and how they used it."""

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.platypus import Flowable

from wopdesk.domain.vocab import LearningForm
from wopdesk.reports.charts import bar_chart
from wopdesk.reports.layout import (
    FRAME_WIDTH,
    TEAL,
    Cell,
    PageDecor,
    ReportResult,
    data_table,
    facts_table,
    gap,
    heading,
    key_figures,
    para,
    side_by_side,
    write_report,
)
from wopdesk.reports.sections import learning_table, two_lines
from wopdesk.reports.text import _, format_date, format_hours, format_number, label
from wopdesk.storage import report_data
from wopdesk.storage.report_data import LearningRecordData, LearningRow
from wopdesk.storage.store import Store


def build_learning_record(
    store: Store, person_id: str, output: Path, today: dt.date | None = None
) -> ReportResult:
    """Write one person's learning record; NotFoundError for an unknown id."""
    with store.reading() as session:
        data = report_data.learning_record(session, person_id)
    hours = sum(r.hours for r in data.as_trainee)
    decor = PageDecor(
        report=_("Learning record"),
        subject=", ".join(p for p in (data.name, data.utility) if p),
        detail=_("{hours} of learning").format(hours=format_hours(hours)),
        printed=today or dt.date.today(),
    )
    title = _("Learning record: {name}").format(name=data.name)
    return write_report(output, lambda: learning_story(data), decor, title)


@dataclass(frozen=True, slots=True)
class Competency:
    """One competency across every activity that built it."""

    name: str
    level_before: int | None
    level_after: int | None
    hours: float
    activities: int
    last: dt.date


def competencies(rows: Sequence[LearningRow]) -> list[Competency]:
    """The level before the first activity and after the last, per competency."""
    grouped: dict[str, list[LearningRow]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r.date):
        if row.competency:
            grouped[row.competency].append(row)
    result = []
    for name, group in grouped.items():
        befores = [r.level_before for r in group if r.level_before is not None]
        afters = [r.level_after for r in group if r.level_after is not None]
        result.append(
            Competency(
                name=name,
                level_before=befores[0] if befores else None,
                level_after=afters[-1] if afters else None,
                hours=sum(r.hours for r in group),
                activities=len(group),
                last=group[-1].date,
            )
        )
    return sorted(result, key=lambda c: c.name.lower())


def learning_story(data: LearningRecordData) -> list[Flowable]:
    learned = data.as_trainee
    skills = competencies(learned)
    applied = [r for r in learned if r.applied_evidence]
    story: list[Flowable] = [
        para(_("Learning record"), "title"),
        para(data.name, "subtitle"),
        facts_table(
            [
                (_("Job title"), data.job_title),
                (_("Utility"), data.utility),
                (_("Email"), data.email),
                (
                    _("Partnerships"),
                    "; ".join(f"{title} ({label(role)})" for title, role in data.memberships),
                ),
            ]
        ),
        gap(4),
    ]
    figures = [
        (str(len(learned)), _("learning activities")),
        (format_number(sum(r.hours for r in learned)), _("hours of learning")),
        (str(len(skills)), _("competencies built")),
        (str(len(applied)), _("applied at work")),
    ]
    if data.as_trainer:
        taught = sum(r.hours for r in data.as_trainer)
        figures.append((format_number(taught), _("hours of training given")))
        reached = sum(r.person_hours for r in data.as_trainer)
        figures.append((format_number(reached), _("person-hours of training given")))
    story.append(key_figures(figures))
    if learned:
        several = len({r.partnership for r in (*learned, *data.as_trainer)}) > 1
        story += _hours_by_form(learned)
        story += heading(_("Learning activities"))
        rows = _with_partnership(learned) if several else learned
        story.append(learning_table(rows, with_trainees=False))
        story += heading(_("Competencies and levels"))
        story.append(
            para(_("Levels on a scale from 1 to 5, as assessed in each activity."), "intro")
        )
        story.append(_competency_table(skills))
        story += heading(_("Applied learning"))
        story.append(
            data_table(
                [_("Learning"), _("How it was applied"), _("When"), _("Verified by")],
                [
                    [r.topic, r.applied_evidence, format_date(r.applied_date), r.verified_by]
                    for r in applied
                ],
                [0.3, 0.4, 0.13, 0.17],
            )
        )
    else:
        story += heading(_("Learning activities"))
        story.append(para(_("No learning activity recorded yet."), "muted"))
    if data.as_trainer:
        story += heading(_("Training given"))
        story.append(learning_table(data.as_trainer, with_trainer=False))
    return story


def _with_partnership(rows: Sequence[LearningRow]) -> list[LearningRow]:
    """Rows whose competency line also names the partnership (for people in several)."""
    return [
        replace(r, competency=" · ".join(p for p in (r.competency, r.partnership) if p))
        for r in rows
    ]


def _hours_by_form(rows: Sequence[LearningRow]) -> list[Flowable]:
    story = heading(_("Hours by form of learning"))
    if not rows:
        return [*story, para(_("No learning activity recorded yet."), "muted")]
    hours: dict[LearningForm, float] = defaultdict(float)
    counts: dict[LearningForm, int] = defaultdict(int)
    for row in rows:
        hours[row.form] += row.hours
        counts[row.form] += 1
    forms = [f for f in LearningForm if f in hours]
    chart = bar_chart(
        [label(f) for f in forms],
        [hours[f] for f in forms],
        FRAME_WIDTH * 0.55,
        value_format=_("{value} h"),
        bar_colors=[TEAL] * len(forms),
        label_width=130,
    )
    total = sum(hours.values())
    table_rows: list[list[Cell]] = [
        [label(f), str(counts[f]), format_number(hours[f])] for f in forms
    ]
    table_rows.append([_("Total"), str(len(rows)), format_number(total)])
    table = data_table(
        [_("Form"), _("Activities"), _("Hours")],
        table_rows,
        [0.22, 0.11, 0.11],
        right=[1, 2],
        total_row=True,
    )
    return [*story, side_by_side(chart, table, 0.55)]


def _competency_table(skills: Sequence[Competency]) -> Flowable:
    rows: list[list[Cell]] = []
    for skill in skills:
        gain = (
            f"{skill.level_after - skill.level_before:+d}"
            if skill.level_before is not None and skill.level_after is not None
            else "–"
        )
        rows.append(
            [
                two_lines(
                    skill.name,
                    _("{count} activities, last on {date}").format(
                        count=skill.activities, date=format_date(skill.last)
                    ),
                ),
                _level(skill.level_before),
                _level(skill.level_after),
                gain,
                format_number(skill.hours),
            ]
        )
    return data_table(
        [_("Competency"), _("Level before"), _("Level now"), _("Change"), _("Hours")],
        rows,
        [0.44, 0.14, 0.14, 0.14, 0.14],
        right=[1, 2, 3, 4],
    )


def _level(level: int | None) -> str:
    return "–" if level is None else f"{level} / 5"
