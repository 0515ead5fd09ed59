"""The visit summary: what a mentor prints at the end of a technical visit and leaves, signed."""

import datetime as dt
import io
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table

from wopdesk.domain.vocab import SignOffMethod, VisitState
from wopdesk.errors import StorageError
from wopdesk.reports.layout import (
    FRAME_WIDTH,
    MUTED,
    RULE,
    PageDecor,
    ReportResult,
    data_table,
    draft_banner,
    facts_table,
    gap,
    heading,
    keep,
    para,
    table_style,
    text_block,
    write_report,
)
from wopdesk.reports.photos import PhotoError, PreparedPhoto, prepare_photo
from wopdesk.reports.sections import (
    actions_table,
    indicator_table,
    learning_table,
    two_lines,
    utility_line,
)
from wopdesk.reports.text import (
    _,
    format_date,
    format_period,
    format_position,
    label,
)
from wopdesk.storage import report_data
from wopdesk.storage.blobs import BlobStore
from wopdesk.storage.report_data import (
    FindingRow,
    Participant,
    PhotoRef,
    Signer,
    SignOff,
    VisitReportData,
)
from wopdesk.storage.store import Store

_PHOTO_GAP = 6 * mm
_PHOTO_WIDTH = (FRAME_WIDTH - _PHOTO_GAP) / 2
_PHOTO_MAX_HEIGHT = 68 * mm


@dataclass(frozen=True, slots=True)
class _Photo:
    ref: PhotoRef
    prepared: PreparedPhoto | None
    problem: str | None


def build_visit_summary(
    store: Store, visit_id: str, output: Path, today: dt.date | None = None
) -> ReportResult:
    """Write the summary of one site visit to ``output``; NotFoundError for an unknown id."""
    with store.reading() as session:
        data = report_data.visit_report(session, visit_id)
    photos = load_photos(store.blobs, [p for p in data.photos if _is_photo(p)])
    notes = [p.problem for p in photos if p.problem]
    decor = PageDecor(
        report=_("Visit summary"),
        subject=data.partnership.title,
        detail=format_period(data.start_date, data.end_date),
        printed=today or dt.date.today(),
        draft=data.state == VisitState.DRAFT,
    )
    title = _("Visit summary: {title}").format(title=data.title)
    return write_report(output, lambda: visit_story(data, photos), decor, title, notes)


def build_latest_visit_summary(
    store: Store, output: Path, today: dt.date | None = None
) -> ReportResult:
    with store.reading() as session:
        visit_id = report_data.latest_visit_id(session)
    return build_visit_summary(store, visit_id, output, today)


def _is_photo(ref: PhotoRef) -> bool:
    return ref.media_type.startswith("image/")


def load_photos(blobs: BlobStore, refs: Sequence[PhotoRef]) -> list[_Photo]:
    """Read and shrink every photo, two at a time (Pillow decodes outside the GIL)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda ref: _load_photo(blobs, ref), refs))


def _load_photo(blobs: BlobStore, ref: PhotoRef) -> _Photo:
    name = f"“{ref.file_name}”"
    if not blobs.has(ref.sha256):
        problem = _(
            "The photo {name} is not on this computer (it may not be synced yet); "
            "it is left out of the summary."
        ).format(name=name)
        return _Photo(ref, None, problem)
    try:
        prepared = prepare_photo(blobs.get(ref.sha256), name)
    except StorageError:
        problem = _("The photo {name} is damaged; it is left out of the summary.")
        return _Photo(ref, None, problem.format(name=name))
    except PhotoError:
        problem = _("The file {name} is not an image; it is left out of the summary.")
        return _Photo(ref, None, problem.format(name=name))
    return _Photo(ref, prepared, None)


def visit_story(data: VisitReportData, photos: Sequence[_Photo]) -> list[Flowable]:
    story: list[Flowable] = [para(_("Visit summary"), "title"), para(data.title, "subtitle")]
    if data.state == VisitState.DRAFT:
        story += [
            draft_banner(
                _("DRAFT: this summary is not final until both partners have agreed and signed it.")
            ),
            gap(3),
        ]
    story.append(_visit_facts(data))
    story += heading(_("Participants"))
    story.append(_participants_table(data.participants))
    story += heading(_("Purpose"))
    story += text_block(data.purpose)
    story += heading(_("Activities"))
    story += text_block(data.activities)
    story += heading(_("Observations and notes"))
    story += text_block(data.notes)
    story += heading(_("Findings"))
    story.append(_findings_table(data.findings))
    story += heading(_("Photos"))
    story += _photo_grid(photos)
    others = [p.file_name for p in data.photos if not _is_photo(p)]
    if others:
        story.append(
            para(_("Other files attached: {names}.").format(names=", ".join(others)), "small")
        )
    story += heading(_("Follow-up of earlier actions"))
    if data.followups:
        story.append(
            para(_("Actions agreed at earlier visits, and their progress at this one."), "intro")
        )
        story.append(actions_table(data.followups))
    else:
        story.append(para(_("No open actions from earlier visits."), "muted"))
    story += heading(_("Agreed actions"))
    story.append(actions_table(data.actions))
    story += heading(_("Learning delivered during the visit"))
    story.append(learning_table(data.learning))
    story += heading(_("Indicator snapshot"))
    if data.indicators:
        story.append(
            para(
                _("Latest value recorded by the end of the visit ({date}).").format(
                    date=format_date(data.end_date)
                ),
                "intro",
            )
        )
    story.append(indicator_table(data.indicators))
    story += heading(_("Next visit"))
    story.append(
        para(
            _("The next visit is planned for {date}.").format(
                date=format_date(data.next_visit_date)
            )
            if data.next_visit_date
            else _("No date set yet for the next visit.")
        )
    )
    story.append(_signatures(data))
    return story


def _visit_facts(data: VisitReportData) -> Flowable:
    site = data.site
    if data.latitude is not None and data.longitude is not None:
        gps = format_position(data.latitude, data.longitude)
        site = f"{site} ({gps})" if site else gps
    return facts_table(
        [
            (_("Partnership"), data.partnership.title),
            (_("Dates"), format_period(data.start_date, data.end_date)),
            (_("Mentor utility"), utility_line(data.partnership.mentor)),
            (_("Mentee utility"), utility_line(data.partnership.mentee)),
            (_("Site"), site),
            (_("State"), label(data.state)),
        ]
    )


def _participants_table(participants: Sequence[Participant]) -> Flowable:
    return data_table(
        [_("Name"), _("Utility"), _("Role"), _("Job title")],
        [[p.name, p.utility, label(p.role), p.job_title] for p in participants],
        [0.3, 0.3, 0.14, 0.26],
    )


def _findings_table(findings: Sequence[FindingRow]) -> Flowable:
    rows = []
    for finding in findings:
        detail = []
        if finding.root_cause:
            detail.append(_("Root cause: {text}").format(text=finding.root_cause))
        if finding.evidence:
            detail.append(_("Evidence: {text}").format(text=finding.evidence))
        rows.append(
            [
                label(finding.priority),
                label(finding.area),
                two_lines(finding.finding, " · ".join(detail) or None),
                finding.track,
            ]
        )
    return data_table(
        [_("Priority"), _("Area"), _("Finding"), _("Track")], rows, [0.1, 0.14, 0.54, 0.22]
    )


def _photo_grid(photos: Sequence[_Photo]) -> list[Flowable]:
    """Photos two to a row, each with its caption under it."""
    if not photos:
        return [para(_("No photos were taken."), "muted")]
    cells = [_photo_cell(photo) for photo in photos]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append([])
    table = Table(rows, colWidths=[_PHOTO_WIDTH + _PHOTO_GAP / 2] * 2, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PHOTO_GAP / 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [table]


def _photo_cell(photo: _Photo) -> list[Flowable]:
    caption = photo.ref.caption or photo.ref.file_name
    if photo.prepared is None:
        return [_missing_photo(photo.problem or ""), para(caption, "caption")]
    width, height = _fit(photo.prepared.width, photo.prepared.height)
    image = Image(io.BytesIO(photo.prepared.jpeg), width=width, height=height)
    return [image, gap(1.2), para(caption, "caption")]


def _fit(width: int, height: int) -> tuple[float, float]:
    scale = min(_PHOTO_WIDTH / width, _PHOTO_MAX_HEIGHT / height)
    return width * scale, height * scale


def _missing_photo(problem: str) -> Flowable:
    box = Table([[para(problem, "cell_small")]], colWidths=[_PHOTO_WIDTH], rowHeights=[30 * mm])
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, MUTED),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F6F7")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _signatures(data: VisitReportData) -> Flowable:
    signoff = data.signoff
    sides = [
        (
            _("For the mentor utility"),
            data.partnership.mentor.name,
            signoff.mentor if signoff else None,
        ),
        (
            _("For the mentee utility"),
            data.partnership.mentee.name,
            signoff.mentee if signoff else None,
        ),
    ]
    columns = [_signature_box(title, utility, signer, signoff) for title, utility, signer in sides]
    table = Table([columns], colWidths=[FRAME_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 10),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    return keep(*heading(_("Signatures")), para(_signoff_line(signoff), "intro"), table)


def _signoff_line(signoff: SignOff | None) -> str:
    if signoff is None:
        return _("Not signed.")
    if signoff.how == SignOffMethod.ON_SCREEN:
        return _("Signed on screen on {date}.").format(date=format_date(signoff.on))
    return _("Signed on paper on {date}.").format(date=format_date(signoff.on))


def _signature_box(
    title: str, utility: str, signer: Signer | None, signoff: SignOff | None
) -> Table:
    lines = [_("Name"), _("Position"), _("Signature"), _("Date")]
    if signer is not None and signoff is not None:
        filled = [signer.name, signer.role or "", "", format_date(signoff.on)]
    elif signoff is not None:
        filled = [_("Not signed"), "", "", ""]
    else:
        filled = ["", "", "", ""]
    rows = [[para(title, "h3"), ""], [para(utility, "cell_bold"), ""]]
    rows += [
        [para(line, "key"), para(value, "cell")] for line, value in zip(lines, filled, strict=True)
    ]
    width = FRAME_WIDTH / 2 - 10
    box = Table(
        rows,
        colWidths=[0.3 * width, 0.7 * width],
        rowHeights=[None, None] + [11 * mm] * len(lines),
    )
    box.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("VALIGN", (0, 2), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 2), (1, -1), 0.7, RULE),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box
