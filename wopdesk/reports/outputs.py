"""The progress report's "Outputs and actions": each track's outputs (status, target date,
evidence) and, under each, the actions serving it (status, due date)."""

from collections.abc import Sequence

from reportlab.platypus import Flowable

from wopdesk.reports.layout import Cell, data_table, heading, para
from wopdesk.reports.text import _, format_date, label
from wopdesk.storage.results_chain import ChainAction, ChainOutput, TrackChain


def outputs_section(tracks: Sequence[TrackChain]) -> list[Flowable]:
    story = heading(_("Outputs and actions"))
    if not tracks:
        return [*story, para(_("No output has been defined yet."), "muted")]
    story.append(
        para(
            _(
                "What each improvement track is to deliver, how far it has come and what "
                "shows it, with the actions that serve it."
            ),
            "intro",
        )
    )
    for track in tracks:
        story.append(para(track.track or _("No track"), "h3"))
        rows: list[list[Cell]] = []
        for output in track.outputs:
            rows.append(_output_row(output))
            rows += [_action_row(action) for action in output.actions]
        headers = [
            _("Output and its actions"),
            _("Status"),
            _("Target or due date"),
            _("Evidence or owner"),
        ]
        story.append(data_table(headers, rows, [0.42, 0.14, 0.14, 0.30]))
    return story


def _output_row(output: ChainOutput) -> list[Cell]:
    evidence = output.evidence or ""
    if output.delivered_date is not None:
        delivered = _("Delivered on {date}.").format(date=format_date(output.delivered_date))
        evidence = f"{delivered} {evidence}".strip()
    return [
        para(output.title, "cell_bold"),
        para(label(output.status), "cell_bold"),
        format_date(output.target_date),
        evidence,
    ]


def _action_row(action: ChainAction) -> list[Cell]:
    return [
        para(f"– {action.description}", "cell_small"),
        para(label(action.status), "cell_small"),
        para(format_date(action.due_date), "cell_small"),
        para(action.owner or "", "cell_small"),
    ]
