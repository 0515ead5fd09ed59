"""The progress report's "Stage of change" section: where each track's change stands."""

from reportlab.platypus import Flowable

from wopdesk.reports.layout import data_table, heading, para
from wopdesk.reports.text import _, format_date, label
from wopdesk.storage.report_data import ProgressReportData


def stage_section(data: ProgressReportData) -> list[Flowable]:
    """Each track's current stage (planned, piloted, adopted in routine, institutionalised),
    the date it was reached and the evidence."""
    story = heading(_("Stage of change"))
    if not data.stages:
        return [*story, para(_("No improvement track yet."), "muted")]
    story.append(
        para(
            _(
                "The stage each track has reached: planned, piloted, adopted in routine, "
                "institutionalised; the latest recorded stage by date."
            ),
            "intro",
        )
    )
    rows = [
        [
            row.track,
            label(row.stage) if row.stage is not None else _("Not recorded yet"),
            format_date(row.date),
            row.evidence,
        ]
        for row in data.stages
    ]
    story.append(
        data_table(
            [_("Track"), _("Stage"), _("Since"), _("Evidence")], rows, [0.28, 0.16, 0.13, 0.43]
        )
    )
    return story
