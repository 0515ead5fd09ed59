"""The progress report's "WOP cycle" section: the phases the partnership went through,
its mentoring pairs, and what was recorded when it closed."""

from reportlab.platypus import Flowable

from wopdesk.reports.layout import data_table, heading, para
from wopdesk.reports.text import _, format_date, label
from wopdesk.storage.report_data import ProgressReportData


def cycle_section(data: ProgressReportData) -> list[Flowable]:
    cycle = data.cycle
    if cycle is None:
        return []
    story = heading(_("WOP cycle"))
    story.append(para(_("Current phase: {phase}.").format(phase=label(cycle.phase))))
    history = cycle.history
    if history:
        story.append(para(_("Phase history"), "h3"))
        story.append(
            data_table(
                [_("Date"), _("Phase"), _("Note")],
                [
                    [format_date(day), label(phase), note or ""]
                    for phase, day, note in cycle.history
                ],
                [0.18, 0.32, 0.5],
            )
        )
    if cycle.pairs:
        story.append(para(_("Mentoring pairs"), "h3"))
        story.append(
            data_table(
                [_("Mentor"), _("Mentee"), _("Phase of the relationship"), _("Since")],
                [[p.mentor, p.mentee, label(p.phase), format_date(p.date)] for p in cycle.pairs],
                [0.3, 0.3, 0.24, 0.16],
            )
        )
    story += _closing(data)
    return story


def _closing(data: ProgressReportData) -> list[Flowable]:
    closing = data.closing
    if closing is None:
        return []
    story: list[Flowable] = [para(_("Closing"), "h3")]
    decided = _("Closed on {date}").format(date=format_date(closing.date)) if closing.date else ""
    if closing.decision is not None:
        decided = (decided + ": " if decided else "") + label(closing.decision)
    if decided:
        story.append(para(decided + "."))
    for title, text in (
        (_("Results"), closing.results),
        (_("Sustainability measures"), closing.sustainability),
        (_("Follow-up"), closing.follow_up),
    ):
        if text:
            story.append(para(f"{title}. {text}"))
    return story
