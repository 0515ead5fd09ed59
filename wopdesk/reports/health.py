"""The progress report's "Partnership health" section: each partner's latest review,
item by item, with the comments written."""

from reportlab.platypus import Flowable

from wopdesk.domain.health import HIGHEST, LOWEST, item_name
from wopdesk.domain.vocab import PartnerSide
from wopdesk.reports.layout import data_table, heading, para
from wopdesk.reports.text import _, format_date, format_number, label
from wopdesk.storage.health import HealthSummary
from wopdesk.storage.report_data import ProgressReportData


def health_section(data: ProgressReportData) -> list[Flowable]:
    """The section, or a line saying no partner has reviewed the partnership yet."""
    story = heading(_("Partnership health"))
    summary = data.health
    if summary is None or summary.empty:
        story.append(para(_("No partner has reviewed the partnership's health yet."), "muted"))
        return story
    story.append(para(_intro(summary), "small"))
    story.append(
        data_table(
            [_("Item"), label(PartnerSide.MENTOR), label(PartnerSide.MENTEE)],
            [
                [item_name(item), *(_average(summary, item, side) for side in PartnerSide)]
                for item in summary.items()
            ],
            [0.6, 0.2, 0.2],
            right=(1, 2),
        )
    )
    if summary.comments:
        story.append(para(_("Comments"), "h3"))
        for side, item, comment in summary.comments:
            line = _("{item} ({side}): {comment}").format(
                item=item_name(item), side=label(side).lower(), comment=comment
            )
            story.append(para(line, "body"))
    return story


def _intro(summary: HealthSummary) -> str:
    dates = [
        _("{side}: {date}").format(
            side=label(side), date=format_date(day) if day else _("no review yet")
        )
        for side, day in summary.dates.items()
    ]
    scale = _(
        "Each partner scores every item from {low} (weak) to {high} (strong); the "
        "latest review of each is shown, averaged when several people scored."
    )
    return scale.format(low=LOWEST, high=HIGHEST) + " " + " · ".join(dates)


def _average(summary: HealthSummary, item: str, side: PartnerSide) -> str:
    value = summary.averages.get(item, {}).get(side)
    return "—" if value is None else format_number(value, 1)
