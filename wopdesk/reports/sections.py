"""Sections more than one report prints: actions, learning, indicators, partnership facts."""

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable

from wopdesk.domain import judgement
from wopdesk.domain.catalogue import meets
from wopdesk.domain.vocab import ActionStatus
from wopdesk.reports.layout import Cell, data_table, facts_table, para
from wopdesk.reports.people import by_sex
from wopdesk.reports.text import (
    _,
    format_date,
    format_number,
    format_period,
    label,
)
from wopdesk.storage.report_data import (
    ActionRow,
    IndicatorStatus,
    LearningRow,
    PartnershipInfo,
    UtilityInfo,
)


def two_lines(main: str | None, detail: str | None, style: str = "cell") -> list[Flowable]:
    """A table cell of a main text with a smaller grey line under it."""
    cell = [para(main or "", style)]
    if detail:
        cell.append(para(detail, "cell_small"))
    return cell


def utility_line(utility: UtilityInfo) -> str:
    place = ", ".join(p for p in (utility.region, utility.country) if p)
    return f"{utility.name} ({place})" if place else utility.name


def partnership_facts(info: PartnershipInfo) -> Flowable:
    return facts_table(
        [
            (_("Mentor utility"), utility_line(info.mentor)),
            (_("Mentee utility"), utility_line(info.mentee)),
            (_("Type"), label(info.type)),
            (_("Phase"), label(info.phase)),
            (_("Planned"), _period(*info.planned)),
            (_("Actual"), _period(*info.actual)),
            (_("Status"), label(info.status)),
            (_("Location"), info.location),
            (_("Currency"), info.currency),
        ]
    )


def _period(start: dt.date | None, end: dt.date | None) -> str | None:
    """Planned or actual dates, as the Overview and the Partnerships page give them."""
    if start and end:
        return format_period(start, end)
    if start:
        return _("since {date}").format(date=format_date(start))
    return None


def status_text(action: ActionRow) -> str:
    if action.status == ActionStatus.IN_PROGRESS and action.progress:
        return f"{label(action.status)} ({action.progress} %)"
    return label(action.status)


def actions_table(actions: Sequence[ActionRow], with_track: bool = False) -> Flowable:
    """Agreed actions: what, owner, due date, status."""
    if with_track:
        return data_table(
            [_("Action"), _("Track"), _("Owner"), _("Due"), _("Status")],
            [
                [a.description, a.track, a.owner, format_date(a.due_date), status_text(a)]
                for a in actions
            ],
            [0.34, 0.19, 0.16, 0.13, 0.18],
        )
    return data_table(
        [_("What"), _("Owner"), _("Due date"), _("Status")],
        [[a.description, a.owner, format_date(a.due_date), status_text(a)] for a in actions],
        [0.47, 0.2, 0.14, 0.19],
    )


def learning_table(
    rows: Sequence[LearningRow], with_trainer: bool = True, with_trainees: bool = True
) -> Flowable:
    """Learning activities: date, topic and competency, form, people (named trainees and
    participants by sex), hours and person-hours."""
    headers = [_("Date"), _("Topic"), _("Form")]
    widths = [0.11, 0.0, 0.15]
    if with_trainer:
        headers.append(_("Trainer"))
        widths.append(0.15)
    if with_trainees:
        headers.append(_("Trainees"))
        widths.append(0.2)
    headers += [_("Hours"), _("Person-hours")]
    widths += [0.07, 0.1]
    widths[1] = 1 - sum(widths)  # the topic takes what is left
    body = []
    for row in rows:
        cells: list[Cell] = [
            format_date(row.date),
            two_lines(row.topic, row.competency),
            label(row.form),
        ]
        if with_trainer:
            cells.append(row.trainer)
        if with_trainees:
            cells.append(two_lines(", ".join(row.trainees), by_sex(row.people)))
        cells += [format_number(row.hours), format_number(row.person_hours)]
        body.append(cells)
    return data_table(headers, body, widths, right=[len(headers) - 2, len(headers) - 1])


def judgement_text(status: str) -> str:
    """An indicator's judgement (``domain.judgement``) in the words every page uses."""
    words = {
        judgement.REACHED: _("Target reached"),
        judgement.ON_TRACK: _("On track"),
        judgement.BEHIND: _("Behind plan"),
        judgement.NO_DATA: _("No reading yet"),
        judgement.NO_RECENT_DATA: _("No recent reading"),
    }
    return words[status]


def progress_to_target(status: IndicatorStatus) -> str:
    """How far the latest value has moved from baseline to target, in words a board reads."""
    latest = status.latest
    if latest is None or status.target_value is None:
        return "–"
    value = latest[1]
    if meets(status.better_when, value, status.target_value, status.baseline_value):
        return _("Target met")
    if status.baseline_value is None or status.baseline_value == status.target_value:
        return "–"
    share = (value - status.baseline_value) / (status.target_value - status.baseline_value)
    return _("{percent} % of the way").format(percent=format_number(share * 100, 0))


def indicator_table(statuses: Sequence[IndicatorStatus]) -> Flowable:
    """Each indicator's latest value against its baseline, target and benchmark."""
    several_utilities = len({s.utility for s in statuses}) > 1
    rows: list[list[Cell]] = []
    for status in statuses:
        latest = status.latest
        detail = [status.reference, _("Unit: {unit}").format(unit=status.unit), status.track]
        if several_utilities:
            detail.append(status.utility)
        rows.append(
            [
                two_lines(status.name, " · ".join(d for d in detail if d)),
                two_lines(
                    format_number(status.baseline_value) or "–",
                    format_date(status.baseline_date),
                    "cell_right",
                ),
                two_lines(
                    format_number(latest[1]) if latest else "–",
                    format_date(latest[0]) if latest else _("no reading yet"),
                    "cell_right",
                ),
                two_lines(
                    format_number(status.target_value) or "–",
                    format_date(status.target_date),
                    "cell_right",
                ),
                format_number(status.benchmark) or "–",
                two_lines(judgement_text(status.judgement()), progress_to_target(status)),
            ]
        )
    return data_table(
        [_("Indicator"), _("Baseline"), _("Latest"), _("Target"), _("Benchmark"), _("Judgement")],
        rows,
        [0.36, 0.12, 0.12, 0.12, 0.12, 0.16],
        right=[1, 2, 3, 4],
    )
