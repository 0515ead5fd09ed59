"""The PDF reports, built from the demo and from awkward data, read back with pypdf."""

import datetime as dt
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.demo_facts import cash_budget, cash_spent
from wopdesk.cli import main
from wopdesk.demo import DEMO_PARTNERSHIP_ID, DEMO_PARTNERSHIP_TITLE, bobo, demo_id
from wopdesk.domain import vocab as v
from wopdesk.errors import NotFoundError, WopdeskError
from wopdesk.reports import visit as visit_report
from wopdesk.reports.learning import build_learning_record
from wopdesk.reports.photos import make_large_photos
from wopdesk.reports.progress import build_progress_report
from wopdesk.reports.visit import build_latest_visit_summary, build_visit_summary
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.blobs import sha256_of
from wopdesk.storage.store import Store

TODAY = dt.date(2026, 11, 20)
FIRST_VISIT = demo_id("visit:first")
SECOND_VISIT = demo_id("visit:second")
# What the primary demo holds, by key, so the tests read its texts instead of copying them.
VISITS = {row.key: row for row in bobo.VISITS}
PEOPLE = {row.key: row for row in bobo.PEOPLE}
ACTIONS = {row.key: row for row in bobo.ACTIONS}
LEARNING = {row.key: row for row in bobo.LEARNING}
TARGETS = {row.code: row for row in bobo.TARGETS}

VISIT_SECTIONS = [
    "Participants",
    "Purpose",
    "Activities",
    "Observations and notes",
    "Findings",
    "Photos",
    "Agreed actions",
    "Learning delivered during the visit",
    "Indicator snapshot",
    "Next visit",
    "Signatures",
]


def pages_text(path: Path) -> list[str]:
    """Each page's text: ligatures (ﬁ, ﬀ) written out, lines joined with single spaces."""
    reader = PdfReader(path)
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    ]


def whole_text(path: Path) -> str:
    return "\n".join(pages_text(path))


def assert_numbered(path: Path) -> list[str]:
    """Every page says "Page X of Y" with the right X and Y; returns the pages' text."""
    pages = pages_text(path)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    return pages


def image_sizes(path: Path) -> list[tuple[int, int]]:
    sizes = []
    for page in PdfReader(path).pages:
        for image in page.images:
            sizes.append((image.image.width, image.image.height))
    return sizes


def fonts_used(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font", {})
        for key in fonts:
            names.add(str(fonts[key].get_object()["/BaseFont"]).split("+")[-1])
    return names


# --- the demo --------------------------------------------------------------------------


def test_visit_summary_of_the_final_demo_visit(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "visit.pdf"
    result = build_visit_summary(demo_store, FIRST_VISIT, out, today=TODAY)
    assert result.path == out
    assert result.notes == ()
    pages = assert_numbered(out)
    assert result.pages == len(pages) >= 2
    text = whole_text(out)
    for section in VISIT_SECTIONS:
        assert section in text
    visit = VISITS["first"]
    for expected in (
        visit.title,
        DEMO_PARTNERSHIP_TITLE,
        *(u.name for u in bobo.UTILITIES),
        "14–18 Oct 2024",
        bobo.SPEC.site,
        *(PEOPLE[key].name for key in visit.participants),
        PEOPLE["mamadou"].job_title,
        visit.purpose,
        "débit minimum de 95 m³/h",
        visit.finding,
        *visit.photos,
        ACTIONS["a3"].description,
        "30 Sep 2026",
        *(row.topic for row in bobo.LEARNING if row.visit == "first"),
        "Non-revenue water (% of water supplied)",
        "The next visit is planned for 10 Mar 2025.",
        "For the mentor utility",
        "For the mentee utility",
        "Printed 20 Nov 2026",
    ):
        assert unicodedata.normalize("NFKC", expected) in text, expected
    # The indicator snapshot is the value known by the end of the visit: NRW in Sep 2024.
    assert str(TARGETS["IBNET-NRW-PCT"].readings[2]) in text
    assert "30 Sep 2024" in text
    assert "DRAFT" not in text
    assert len(image_sizes(out)) == len(visit.photos)


def test_draft_visit_is_marked_draft_on_every_page(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "draft.pdf"
    build_visit_summary(demo_store, SECOND_VISIT, out, today=TODAY)
    pages = assert_numbered(out)
    assert all("DRAFT" in page for page in pages)
    assert "not final until both partners have agreed" in pages[0]


def test_latest_visit_is_the_one_that_started_last(demo_store: Store, tmp_path: Path) -> None:
    result = build_latest_visit_summary(demo_store, tmp_path / "latest.pdf", today=TODAY)
    assert nfkc(VISITS["second"].title) in whole_text(result.path)


def test_progress_report_of_the_demo(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "progress.pdf"
    result = build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, out, today=TODAY)
    assert result.pages == len(assert_numbered(out))
    text = whole_text(out)
    for section in (
        "Partnership progress report",
        "Improvement tracks",
        "Indicator trends",
        "Work plan",
        "Actions by status",
        "Overdue actions",
        "Hours by form of learning",
        "Hours by improvement track",
        "Capacity change",
        "Budget and spending",
        "Budget lines",
        "By funder",
        "Contributions, planned and received",
        "Site visits",
    ):
        assert section in text, section
    end = dt.date(2026, 9, 30)  # the report is for 2026-Q3, the latest with a record
    budget, spent = cash_budget(end), cash_spent(end)  # euros at the recorded parity
    share = round(100 * spent / budget)
    for expected in (
        "Status as of 20 Nov 2026",
        bobo.TRACKS[0].title,
        "Samples passing on residual chlorine",
        # chart legends
        "Actual",
        "Baseline",
        "Target",
        "Benchmark",
        # overdue on 20 Nov 2026: blocked since March, in progress past due
        ACTIONS["a6"].description,
        ACTIONS["a11"].description,
        # learning by form and capacity change
        "Exposure / study visit",
        "32 h",
        "Knowledge & skills",
        "+2 Strong improvement",
        "Budget du laboratoire réduit en 2026",
        # money: the budget is the cash budget lines, in the partnership's currency
        bobo.CONTRIBUTIONS[0].contributor,
        f"XOF {spent:,.0f} spent to 30 Sep 2026 of a budget of XOF {budget:,.0f} ({share} %)",
        "Amounts in other currencies are converted to XOF with the exchange rate of their date",
        # each budget line with its funder, converted, its own amount beside
        "(EUR 150,000.00)",
        # in-kind value apart, never money spent
        "In-kind value, not counted as money spent",
        f"XOF {sum(e.amount for e in bobo.EXPENSES if e.in_kind):,.0f}",
        VISITS["first"].title,
    ):
        assert nfkc(expected) in text, expected
    overdue_part = text.split("Overdue actions")[1].split("Outputs and actions")[0]
    assert ACTIONS["a1"].description[:30] not in overdue_part  # done: never overdue


def nfkc(text: str) -> str:
    """A demo text as whole_text reads it back (no-break spaces become spaces)."""
    return unicodedata.normalize("NFKC", text)


def _hours(trainee: str | None = None, trainer: str | None = None) -> float:
    return sum(
        row.hours
        for row in bobo.LEARNING
        if (trainee is None or trainee in row.trainees) and (trainer in (None, row.trainer))
    )


def test_learning_record_of_a_mentee(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "learning.pdf"
    build_learning_record(demo_store, demo_id("person:mamadou"), out, today=TODAY)
    assert_numbered(out)
    text = whole_text(out)
    mine = [row for row in bobo.LEARNING if "mamadou" in row.trainees]
    for expected in (
        "Learning record",
        PEOPLE["mamadou"].name,
        PEOPLE["mamadou"].job_title,
        "Hours by form of learning",
        "Learning activities",
        "Competencies and levels",
        "Applied learning",
        *(row.topic for row in mine),
        "Exposure / study visit",
        "Recherche active de fuites",
        "2 / 5",
        "4 / 5",
        f"{_hours(trainee='mamadou'):g}",
        LEARNING["l2"].applied,
    ):
        assert nfkc(str(expected)) in text, expected
    assert "Training given" not in text


def test_learning_record_of_a_trainer_lists_training_given(
    demo_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "maria.pdf"
    build_learning_record(demo_store, demo_id("person:maria"), out, today=TODAY)
    text = whole_text(out)
    assert "Training given" in text
    assert nfkc(LEARNING["l6"].topic) in text
    assert "hours of training given" in text
    assert f"{_hours(trainer='maria'):g}" in text


def test_devanagari_name_is_printed_with_its_font(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "priya.pdf"
    build_learning_record(demo_store, demo_id("person:priya"), out, today=TODAY)
    text = whole_text(out)
    assert "Priya Raghunathan" in text
    assert "रघुनाथन" in text
    assert {"NotoSans-Regular", "NotoSansDevanagari-Regular"} <= fonts_used(out)
    # She learned nothing herself: the record says so instead of printing empty tables.
    assert "No learning activity recorded yet." in text
    assert "Competencies and levels" not in text


# --- awkward data ----------------------------------------------------------------------


@pytest.fixture
def bare(store: Store) -> Iterator[tuple[Store, str]]:
    """A partnership with nothing in it yet; yields (store, partnership id)."""
    with store.transaction() as session:
        mentor = cmd.create(session, m.Utility, name="Água de Lisboa", country="Portugal")
        mentee = cmd.create(session, m.Utility, name="Régie des Eaux", country="Bénin")
        partnership = cmd.create(
            session,
            m.Partnership,
            title="Lisboa – Cotonou WOP",
            mentor_utility_id=mentor.id,
            mentee_utility_id=mentee.id,
        )
        pid = partnership.id
    yield store, pid


def add_visit(store: Store, pid: str, **values: object) -> str:
    fields: dict[str, object] = {
        "title": "Diagnostic visit",
        "start_date": dt.date(2026, 3, 2),
        "end_date": dt.date(2026, 3, 4),
    }
    fields.update(values)
    with store.transaction() as session:
        return cmd.create(session, m.SiteVisit, partnership_id=pid, **fields).id


def test_empty_visit_says_none_recorded(bare: tuple[Store, str], tmp_path: Path) -> None:
    store, pid = bare
    visit_id = add_visit(store, pid)
    out = tmp_path / "empty.pdf"
    build_visit_summary(store, visit_id, out, today=TODAY)
    text = whole_text(out)
    assert_numbered(out)
    for section in VISIT_SECTIONS:
        assert section in text
    assert text.count("None recorded.") >= 7  # participants, purpose … indicators
    assert "No photos were taken." in text
    assert "No date set yet for the next visit." in text
    assert image_sizes(out) == []


def test_progress_and_learning_of_an_empty_partnership(
    bare: tuple[Store, str], tmp_path: Path
) -> None:
    store, pid = bare
    out = tmp_path / "progress.pdf"
    build_progress_report(store, pid, out, today=TODAY)
    text = whole_text(out)
    assert "No action has been planned yet." in text
    assert "No learning activity recorded yet." in text
    assert "No capacity-change assessment recorded yet." in text
    assert "None recorded." in text
    with store.transaction() as session:
        person = cmd.create(session, m.Person, name="Zoë Lefèvre")
    build_learning_record(store, person.id, tmp_path / "zoe.pdf", today=TODAY)
    assert "Zoë Lefèvre" in whole_text(tmp_path / "zoe.pdf")


def test_a_hundred_actions_flow_over_pages_with_repeated_headers(
    bare: tuple[Store, str], tmp_path: Path
) -> None:
    store, pid = bare
    visit_id = add_visit(store, pid)
    with store.transaction() as session:
        owner = cmd.create(session, m.Person, name="Kossi Agbodjan")
        for n in range(1, 101):
            cmd.create(
                session,
                m.Action,
                partnership_id=pid,
                visit_id=visit_id,
                description=f"Action number {n:03d}: check the meters of street {n}",
                owner_id=owner.id,
                due_date=dt.date(2026, 4, 1) + dt.timedelta(days=n),
                status=list(v.ActionStatus)[n % 5],
            )
    out = tmp_path / "actions.pdf"
    build_visit_summary(store, visit_id, out, today=TODAY)
    pages = assert_numbered(out)
    text = "\n".join(pages)
    for n in range(1, 101):
        assert f"Action number {n:03d}:" in text
    pages_with_actions = [p for p in pages if "Action number" in p]
    assert len(pages_with_actions) >= 2
    # the header row is repeated on every page the table runs over
    assert all("Owner" in p and "Due date" in p for p in pages_with_actions)


def test_very_long_notes_span_pages(bare: tuple[Store, str], tmp_path: Path) -> None:
    store, pid = bare
    paragraphs = [
        f"Observation {n}: the pressure at hydrant {n} was logged for an hour; " * 6
        for n in range(1, 61)
    ]
    notes = "First observation of the visit.\n\n" + "\n\n".join(paragraphs)
    notes += "\n\nLast observation of the visit."
    one_paragraph = "A single paragraph with no break at all, typed on a phone. " * 400
    visit_id = add_visit(store, pid, notes=notes, activities=one_paragraph)
    with store.transaction() as session:
        cmd.create(
            session,
            m.DiagnosisFinding,
            partnership_id=pid,
            visit_id=visit_id,
            area=v.FindingArea.TECHNICAL,
            priority=v.Priority.HIGH,
            finding="A finding longer than a page. " * 250,
        )
    out = tmp_path / "long.pdf"
    result = build_visit_summary(store, visit_id, out, today=TODAY)
    pages = assert_numbered(out)
    assert result.pages >= 6
    text = "\n".join(pages)
    assert "First observation of the visit." in text
    assert "Last observation of the visit." in text
    assert "Observation 60:" in text


def test_names_in_several_scripts(bare: tuple[Store, str], tmp_path: Path) -> None:
    store, pid = bare
    visit_id = add_visit(store, pid, site="Ganvié — station de pompage <nord> & sud")
    names = [
        "Zoë Lefèvre-Ñúñez",
        "João Conceição",
        "Ngozi Okonkwo-Ébè",
        "Dmitri Иванов",
        "Ελένη Παπαδοπούλου",
        "Priya Raghunathan (प्रिया रघुनाथन)",
        "राजेश कुमार",
    ]
    with store.transaction() as session:
        for name in names:
            person = cmd.create(session, m.Person, name=name)
            cmd.create(
                session,
                m.VisitParticipant,
                partnership_id=pid,
                visit_id=visit_id,
                person_id=person.id,
                role=v.Role.MENTEE,
            )
    out = tmp_path / "names.pdf"
    build_visit_summary(store, visit_id, out, today=TODAY)
    text = whole_text(out)
    for name in names[:5]:
        assert name in text, name
    assert "रघुनाथन" in text
    assert "राजेश" in text
    # markup characters typed by a person print as typed
    assert "station de pompage <nord> & sud" in text
    assert "NotoSansDevanagari-Regular" in fonts_used(out)


def _photo_visit(store: Store, pid: str, photos: list[tuple[str, bytes]]) -> str:
    visit_id = add_visit(store, pid)
    with store.transaction() as session:
        visit = cmd.get(session, m.SiteVisit, visit_id)
        for name, data in photos:
            cmd.add_attachment(session, store.blobs, visit, data, name, f"Caption of {name}")
    return visit_id


def test_missing_and_unreadable_photos_leave_a_note(
    bare: tuple[Store, str], tmp_path: Path
) -> None:
    store, pid = bare
    good, missing, damaged = make_large_photos(3, 0.3)
    visit_id = _photo_visit(
        store, pid, [("good.jpg", good), ("missing.jpg", missing), ("damaged.jpg", damaged)]
    )
    with store.transaction() as session:
        # A blob that claims to be a photo but is not one (as a broken sync could leave it).
        junk = b"%PDF-1.4 this is not a picture"
        cmd.create(
            session,
            m.Attachment,
            partnership_id=pid,
            sha256=store.blobs.put(junk),
            file_name="notes.jpg",
            media_type="image/jpeg",
            size=len(junk),
            caption="Not really a photo",
            owner_entity="site_visit",
            owner_id=visit_id,
        )
        # A file that is no photo at all is listed, not printed.
        cmd.add_attachment(
            session, store.blobs, cmd.get(session, m.SiteVisit, visit_id), b"a,b", "meters.csv"
        )
    store.blobs.path_for(sha256_of(missing)).unlink()
    store.blobs.path_for(sha256_of(damaged)).write_bytes(b"changed on disk")

    out = tmp_path / "photos.pdf"
    result = build_visit_summary(store, visit_id, out, today=TODAY)
    assert len(result.notes) == 3
    notes = " ".join(result.notes)
    assert "“missing.jpg” is not on this computer" in notes
    assert "“damaged.jpg” is damaged" in notes
    assert "“notes.jpg” is not an image" in notes
    text = whole_text(out)
    for caption in ("good.jpg", "missing.jpg", "damaged.jpg"):
        assert f"Caption of {caption}" in text
    assert "is not on this computer" in text
    assert "is not an image" in text
    assert "Other files attached: meters.csv." in text
    assert len(image_sizes(out)) == 1


@pytest.fixture(scope="module")
def twelve_photos() -> list[bytes]:
    """Twelve camera-like photos (3 MP each, to keep the suite quick; bench/ uses 12 MP)."""
    return make_large_photos(12, 3.0)


def test_twelve_photos_are_upright_downscaled_and_small(
    bare: tuple[Store, str], tmp_path: Path, twelve_photos: list[bytes]
) -> None:
    store, pid = bare
    visit_id = _photo_visit(
        store, pid, [(f"IMG_{n:04d}.jpg", data) for n, data in enumerate(twelve_photos)]
    )
    out = tmp_path / "twelve.pdf"
    build_visit_summary(store, visit_id, out, today=TODAY)
    sizes = image_sizes(out)
    assert len(sizes) == 12
    assert all(max(size) <= 1600 for size in sizes)
    # EXIF orientations 1, 6, 3, 8 in turn: 6 and 8 are portrait once turned upright.
    assert sum(1 for w, h in sizes if h > w) == 6
    assert out.stat().st_size < 5 * 2**20
    assert out.stat().st_size < sum(len(p) for p in twelve_photos) / 2


# --- output, errors, translation ---------------------------------------------------------


def test_unknown_ids_raise_not_found(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(NotFoundError, match="No site visit with id nope"):
        build_visit_summary(demo_store, "nope", out)
    with pytest.raises(NotFoundError, match="No partnership with id nope"):
        build_progress_report(demo_store, "nope", out)
    with pytest.raises(NotFoundError, match="No person with id nope"):
        build_learning_record(demo_store, "nope", out)
    assert not out.exists()


def test_latest_visit_of_an_empty_profile(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no site visit to report on yet"):
        build_latest_visit_summary(store, tmp_path / "x.pdf")


def test_missing_output_folder_is_one_sentence(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(WopdeskError, match="folder .* does not exist"):
        build_visit_summary(demo_store, FIRST_VISIT, tmp_path / "nowhere" / "x.pdf")


def test_a_failed_build_leaves_the_old_file_and_no_temporary(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "visit.pdf"
    out.write_bytes(b"the summary printed yesterday")

    def broken_story(*_args: object) -> list[object]:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(visit_report, "visit_story", broken_story)
    with pytest.raises(RuntimeError):
        build_visit_summary(demo_store, FIRST_VISIT, out)
    assert out.read_bytes() == b"the summary printed yesterday"
    assert [p.name for p in folder.iterdir()] == ["visit.pdf"]


def test_cli_builds_each_report(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(demo_store.data_dir)
    commands = [
        ["report", "visit", "--latest", "-o", str(tmp_path / "v.pdf")],
        ["report", "visit", FIRST_VISIT, "-o", str(tmp_path / "v1.pdf")],
        ["report", "progress", DEMO_PARTNERSHIP_ID, "-o", str(tmp_path / "p.pdf")],
        ["report", "learning", demo_id("person:fatou"), "-o", str(tmp_path / "l.pdf")],
    ]
    for argv in commands:
        assert main([*argv, "--data-dir", data_dir]) == 0
        assert Path(argv[-1]).stat().st_size > 10_000
    out = capsys.readouterr().out
    assert "Visit summary written to" in out
    assert "Learning record written to" in out
    assert PEOPLE["fatou"].name in whole_text(tmp_path / "l.pdf")


def test_cli_unknown_id_is_one_sentence(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "report",
            "progress",
            "no-such-id",
            "-o",
            str(tmp_path / "p.pdf"),
            "--data-dir",
            str(demo_store.data_dir),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err == "wopdesk: No partnership here has the id or title 'no-such-id'.\n"
    assert not (tmp_path / "p.pdf").exists()


def test_cli_prints_photo_notes_to_stderr(
    bare: tuple[Store, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, pid = bare
    (photo,) = make_large_photos(1, 0.2)
    visit_id = _photo_visit(store, pid, [("lost.jpg", photo)])
    store.blobs.path_for(sha256_of(photo)).unlink()
    out = tmp_path / "v.pdf"
    assert (
        main(["report", "visit", visit_id, "-o", str(out), "--data-dir", str(store.data_dir)]) == 0
    )
    captured = capsys.readouterr()
    assert "wopdesk: note: The photo “lost.jpg” is not on this computer" in captured.err
    assert out.exists()


@pytest.mark.parametrize("period", ["2025-Q3", "2026-Q3"])
def test_the_progress_report_counts_the_period_s_learning_apart(
    demo_store: Store, tmp_path: Path, period: str
) -> None:
    out = tmp_path / "progress.pdf"
    build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, out, today=TODAY, period=period)
    text = whole_text(out)
    year, quarter = int(period[:4]), int(period[-1])
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + quarter // 4, 3 * quarter % 12 + 1, 1) - dt.timedelta(days=1)
    within = [row for row in bobo.LEARNING if start <= row.date <= end]
    label = period.replace("-", " ")
    if within:
        hours = sum(row.hours for row in within)
        assert f"In {label}: {len(within)} activities, {hours:g} hours in all" in text
    else:
        assert f"In {label}: no learning activity recorded." in text


def test_the_progress_report_prints_the_wop_cycle_and_the_closing(
    demo_store: Store, tmp_path: Path
) -> None:
    from wopdesk.domain import vocab as v
    from wopdesk.storage import commands
    from wopdesk.storage.models import Partnership

    with demo_store.transaction() as session:
        commands.update(
            session,
            Partnership,
            DEMO_PARTNERSHIP_ID,
            closing_date=dt.date(2026, 11, 15),
            closing_decision=v.ClosingDecision.CONTINUE,
            closing_results="Pertes ramenées à 24 % dans les secteurs pilotes.",
            closing_follow_up="Revue conjointe à six mois.",
        )
    out = tmp_path / "progress.pdf"
    build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, out, today=TODAY)
    text = whole_text(out)
    cycle = text.split("WOP cycle")[1]
    assert "Phase history" in cycle
    assert "Mentoring pairs" in cycle
    assert "Closed on 15 Nov 2026" in cycle
    assert "Results. Pertes ramenées à 24 % dans les secteurs pilotes." in nfkc(cycle)
    assert "Follow-up. Revue conjointe à six mois." in nfkc(cycle)
    assert "Sustainability measures" not in cycle  # nothing written: nothing printed
