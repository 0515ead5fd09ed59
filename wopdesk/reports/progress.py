"""The partnership progress report, for coordinators, boards and donors."""

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from wopdesk.domain.catalogue import is_better
from wopdesk.domain.people import People
from wopdesk.domain.vocab import (
    ActionStatus,
    CapacityDimension,
    CapacityLevel,
    LearningForm,
)
from wopdesk.reports.charts import bar_chart, trend_chart
from wopdesk.reports.cycle import cycle_section
from wopdesk.reports.finance import finance_section, used_text
from wopdesk.reports.health import health_section
from wopdesk.reports.layout import (
    AMBER,
    FRAME_WIDTH,
    GREEN,
    GREY,
    RED,
    TEAL,
    PageDecor,
    ReportResult,
    data_table,
    gap,
    heading,
    key_figures,
    para,
    side_by_side,
    table_style,
    text_block,
    write_report,
)
from wopdesk.reports.outputs import outputs_section
from wopdesk.reports.people import by_sex, person_hours_text
from wopdesk.reports.sections import (
    actions_table,
    indicator_table,
    partnership_facts,
    two_lines,
)
from wopdesk.reports.stages import stage_section
from wopdesk.reports.text import (
    _,
    actions_done_label,
    contribution_label,
    degree_label,
    format_date,
    format_number,
    format_period,
    label,
)
from wopdesk.storage import report_data
from wopdesk.storage.progress import RecordView
from wopdesk.storage.report_data import (
    CapacityRow,
    IndicatorStatus,
    LearningRow,
    ProgressReportData,
    ReportPeriod,
)
from wopdesk.storage.store import Store

STATUS_COLORS = {
    ActionStatus.PLANNED: GREY,
    ActionStatus.IN_PROGRESS: TEAL,
    ActionStatus.DONE: GREEN,
    ActionStatus.BLOCKED: RED,
    ActionStatus.DROPPED: AMBER,
}
_CHART_GAP = 6 * mm
_CHART_WIDTH = (FRAME_WIDTH - _CHART_GAP) / 2


def build_progress_report(
    store: Store,
    partnership_id: str,
    output: Path,
    today: dt.date | None = None,
    period: str | None = None,
) -> ReportResult:
    """Write the progress report of a partnership for a reporting period (``2026-Q3``; by
    default the latest with a record); NotFoundError for an unknown id."""
    as_of = today or dt.date.today()
    with store.reading() as session:
        data = report_data.progress_report(session, partnership_id, as_of, period)
    decor = PageDecor(
        report=_("Partnership progress report"),
        subject=data.partnership.title,
        detail=_status_line(data),
        printed=as_of,
    )
    title = _("Partnership progress report: {title}").format(title=data.partnership.title)
    return write_report(output, lambda: progress_story(data), decor, title)


def progress_story(data: ProgressReportData) -> list[Flowable]:
    story: list[Flowable] = [
        para(_("Partnership progress report"), "title"),
        para(data.partnership.title, "subtitle"),
        para(_("Status as of {date}").format(date=format_date(data.as_of)), "small"),
        *_period_cover(data.period),
        gap(3),
        _headline_figures(data),
        gap(4),
        partnership_facts(data.partnership),
    ]
    if data.partnership.objectives:
        story += [gap(2), para(_("Objectives"), "h3"), *text_block(data.partnership.objectives)]
    story += heading(_("Improvement tracks"))
    story.append(
        data_table(
            [_("Track"), _("Working area"), _("Mentor lead"), _("Mentee lead")],
            [[t.title, label(t.area), t.mentor_lead, t.mentee_lead] for t in data.tracks],
            [0.34, 0.26, 0.2, 0.2],
        )
    )
    story += _indicator_section(data.indicators)
    story += _work_plan_section(data)
    story += outputs_section(data.outputs)
    story += _learning_section(data)
    story += _capacity_section(data.capacity)
    story += finance_section(data.finance)
    story += stage_section(data)
    story += health_section(data)
    story += cycle_section(data)
    story += heading(_("Site visits"))
    story.append(
        data_table(
            [_("Dates"), _("Visit"), _("State")],
            [
                [format_period(v.start_date, v.end_date), v.title, label(v.state)]
                for v in data.visits
            ],
            [0.22, 0.63, 0.15],
        )
    )
    story += _period_sections(data.period)
    return story


def _status_line(data: ProgressReportData) -> str:
    as_of = format_date(data.as_of)
    if data.period is None:
        return _("Status as of {date}").format(date=as_of)
    return _("{period} · as of {date}").format(period=data.period.label, date=as_of)


def _period_cover(period: ReportPeriod | None) -> list[Flowable]:
    """The period, its overall status with the reason, and the summary, on the cover."""
    if period is None:
        return []
    dates = format_period(period.start, period.end)
    story: list[Flowable] = [
        gap(2),
        para(
            _("Reporting period {period} ({dates})").format(period=period.label, dates=dates), "h3"
        ),
    ]
    record = period.record
    if record is None:
        return [
            *story,
            para(_("No progress record has been written for this period yet."), "muted"),
        ]
    status = _("Overall status: {status}").format(status=label(record.status))
    if record.status_reason:
        status = f"{status} — {record.status_reason}"
    state = _("approved by both partners") if record.approved else _("draft, not approved yet")
    story += [para(f"{status} ({state})", "body"), *text_block(record.summary)]
    return story


def _period_sections(period: ReportPeriod | None) -> list[Flowable]:
    """The record's narrative sections and the approval block, at the end of the report."""
    if period is None or period.record is None:
        return []
    record = period.record
    story = heading(_("The period {period}").format(period=period.label))
    for title, text in (
        (_("Achievements"), record.achievements),
        (_("Challenges"), record.challenges),
        (_("Lessons learned"), record.lessons),
        (_("Next steps"), record.next_steps),
    ):
        story += [para(title, "h3"), *text_block(text)]
    if record.author:
        story.append(para(_("Written by {name}.").format(name=record.author), "small"))
    story += heading(_("Approval"))
    story.append(_approval_table(record))
    if not record.approved:
        story.append(para(_("This record is a draft until both partners approve it."), "muted"))
    return story


def _approval_table(record: RecordView) -> Flowable:
    rows = []
    for side, approval in (
        (_("Mentor"), record.mentor_approval),
        (_("Mentee"), record.mentee_approval),
    ):
        if approval is None:
            rows.append([side, _("Not approved yet"), "", ""])
        else:
            rows.append([side, approval.name, approval.role or "", format_date(approval.on)])
    return data_table(
        [_("Partner"), _("Name"), _("Role"), _("Date")], rows, [0.16, 0.34, 0.34, 0.16]
    )


def _headline_figures(data: ProgressReportData) -> Flowable:
    live = [a for a in data.actions if a.status != ActionStatus.DROPPED]
    done = sum(1 for a in live if a.status == ActionStatus.DONE)
    improved = sum(1 for s in data.indicators if _improved(s))
    return key_figures(
        [
            (f"{done} / {len(live)}", actions_done_label(len(data.actions) - len(live))),
            (str(len(data.overdue)), _("actions overdue")),
            (f"{improved} / {len(data.indicators)}", _("indicators better than baseline")),
            (format_number(sum(r.hours for r in data.learning)), _("hours of learning")),
            (used_text(data.finance.used_share), _("of the budget spent")),
        ]
    )


def _improved(status: IndicatorStatus) -> bool:
    latest = status.latest
    if latest is None or status.baseline_value is None:
        return False
    return is_better(status.better_when, latest[1], status.baseline_value, status.benchmark)


def _indicator_section(statuses: Sequence[IndicatorStatus]) -> list[Flowable]:
    story = heading(_("Indicator trends"))
    story.append(indicator_table(statuses))
    cells: list[list[Flowable]] = []
    for status in statuses:
        chart = trend_chart(status, _CHART_WIDTH, 62 * mm)
        if chart is None:
            continue
        about = " · ".join(part for part in (status.reference, status.track) if part)
        cells.append([para(status.name, "cell_bold"), para(about, "small"), chart])
    if cells:
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append([])
        grid = Table(rows, colWidths=[_CHART_WIDTH + _CHART_GAP / 2] * 2, hAlign="LEFT")
        grid.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _CHART_GAP / 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        story += [gap(2), grid]
    return story


def _work_plan_section(data: ProgressReportData) -> list[Flowable]:
    story = heading(_("Work plan"))
    if not data.actions:
        return [*story, para(_("No action has been planned yet."), "muted")]
    counts = Counter(a.status for a in data.actions)
    statuses = list(ActionStatus)
    chart = bar_chart(
        [label(s) for s in statuses],
        [counts.get(s, 0) for s in statuses],
        FRAME_WIDTH * 0.5,
        bar_colors=[STATUS_COLORS[s] for s in statuses],
        label_width=70,
    )
    total = len(data.actions)
    table = data_table(
        [_("Status"), _("Actions"), _("Share")],
        [
            [
                label(s),
                str(counts.get(s, 0)),
                f"{format_number(100 * counts.get(s, 0) / total, 0)} %",
            ]
            for s in statuses
        ]
        + [[_("Total"), str(total), "100 %"]],
        [0.24, 0.12, 0.12],
        right=[1, 2],
        total_row=True,
    )
    story += [para(_("Actions by status"), "h3"), side_by_side(chart, table, 0.5)]
    story.append(para(_("Overdue actions"), "h3"))
    if data.overdue:
        story.append(
            para(
                _(
                    "Actions still planned, in progress or blocked after their due date, "
                    "as of {date}."
                ).format(date=format_date(data.as_of)),
                "intro",
            )
        )
        story.append(actions_table(data.overdue, with_track=True))
    else:
        story.append(para(_("No action is overdue."), "muted"))
    return story


def _learning_summary(rows: Sequence[LearningRow]) -> str:
    """Activities, hours, person-hours and people by sex, in one sentence."""
    return _("{count} activities, {hours} hours in all, {person_hours}; {people}.").format(
        count=len(rows),
        hours=format_number(sum(row.hours for row in rows)),
        person_hours=person_hours_text(sum(row.person_hours for row in rows)),
        people=by_sex(sum((row.people for row in rows), People())),
    )


def _learning_section(data: ProgressReportData) -> list[Flowable]:
    story = heading(_("Learning"))
    if not data.learning:
        return [*story, para(_("No learning activity recorded yet."), "muted")]
    by_form: dict[LearningForm, float] = defaultdict(float)
    by_track: dict[str, list[float]] = defaultdict(list)
    person_hours: dict[str, float] = defaultdict(float)
    for row in data.learning:
        by_form[row.form] += row.hours
        by_track[row.track or _("No track")].append(row.hours)
        person_hours[row.track or _("No track")] += row.person_hours
    story.append(para(_learning_summary(data.learning)))
    if data.period is not None:
        period = data.period
        within = [row for row in data.learning if period.start <= row.date <= period.end]
        story.append(
            para(
                _("In {period}: {summary}").format(
                    period=period.label,
                    summary=_learning_summary(within)
                    if within
                    else _("no learning activity recorded."),
                )
            )
        )
    forms = list(LearningForm)
    story.append(para(_("Hours by form of learning"), "h3"))
    story.append(
        bar_chart(
            [label(f) for f in forms],
            [by_form.get(f, 0.0) for f in forms],
            FRAME_WIDTH,
            value_format=_("{value} h"),
            bar_colors=[TEAL] * len(forms),
            label_width=140,
        )
    )
    story.append(para(_("Hours by improvement track"), "h3"))
    total = sum(by_form.values())
    rows = [
        [
            track,
            str(len(hours)),
            format_number(sum(hours)),
            format_number(person_hours[track]),
            f"{format_number(100 * sum(hours) / total, 0)} %",
        ]
        for track, hours in sorted(by_track.items(), key=lambda item: -sum(item[1]))
    ]
    all_person_hours = format_number(sum(person_hours.values()))
    rows.append(
        [_("Total"), str(len(data.learning)), format_number(total), all_person_hours, "100 %"]
    )
    story.append(
        data_table(
            [_("Track"), _("Activities"), _("Hours"), _("Person-hours"), _("Share")],
            rows,
            [0.44, 0.13, 0.13, 0.17, 0.13],
            right=[1, 2, 3, 4],
            total_row=True,
        )
    )
    return story


_LEVEL_ORDER = list(CapacityLevel)
_DIMENSION_ORDER = list(CapacityDimension)


def _capacity_section(rows: Sequence[CapacityRow]) -> list[Flowable]:
    story = heading(_("Capacity change"))
    if not rows:
        return [*story, para(_("No capacity-change assessment recorded yet."), "muted")]
    story.append(
        para(
            _(
                "Degree of change from -2 (strong decline) to +2 (strong improvement); the "
                "WOP's contribution to it from 0 (none) to 2 (major)."
            ),
            "intro",
        )
    )
    ordered = sorted(
        rows,
        key=lambda r: (
            _LEVEL_ORDER.index(r.dimension.level),
            _DIMENSION_ORDER.index(r.dimension),
            r.date,
        ),
    )
    body = []
    for row in ordered:
        notes = []
        if row.contributing_factors:
            notes.append(_("Helped: {text}").format(text=row.contributing_factors))
        if row.obstacles:
            notes.append(_("Obstacles: {text}").format(text=row.obstacles))
        body.append(
            [
                label(row.dimension.level),
                two_lines(label(row.dimension), row.track),
                degree_label(row.degree),
                contribution_label(row.contribution),
                two_lines(
                    " · ".join(notes) or "–",
                    _("{date}, assessed by {who}").format(
                        date=format_date(row.date), who=label(row.assessed_by).lower()
                    ),
                ),
            ]
        )
    story.append(
        data_table(
            [
                _("Level"),
                _("Dimension"),
                _("Change"),
                _("WOP role"),
                _("What helped, what hindered"),
            ],
            body,
            [0.19, 0.22, 0.15, 0.11, 0.33],
        )
    )
    return story
