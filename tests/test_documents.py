"""Documents (PDF, spreadsheets, text documents) attach to visits and progress records,
are checked by their bytes, and sync by hash like photos."""

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from reportlab.pdfgen.canvas import Canvas

from tests.migration_support import STAMP, database_at
from tests.test_sync_engine import (  # noqa: F401 (fixtures)
    Replica,
    blobs,
    quiet_environment,
    replicas,
    template,
)
from wopdesk.demo import demo_id
from wopdesk.domain import documents
from wopdesk.errors import ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.sync.client import SyncError

VISIT = demo_id("visit:second")
RECORD = demo_id("progress:0")
VISIT_FIRST = demo_id("visit:first")


def pdf_bytes() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 720, "Night-flow measurement, Bolomakoté")
    canvas.save()
    return out.getvalue()


def xlsx_bytes() -> bytes:
    book = Workbook()
    book.active.append(["sector", "connections"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_bytes(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


GOOD: dict[str, Callable[[], bytes]] = {
    "report.pdf": pdf_bytes,
    "meters.xlsx": xlsx_bytes,
    "minutes.docx": lambda: zip_bytes({"word/document.xml": "<w:document/>"}),
    "sectors.ods": lambda: zip_bytes(
        {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}
    ),
    "minutes.odt": lambda: zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text"}),
    "readings.csv": lambda: "secteur;débit\nBolomakoté;95\n".encode(),
    "notes.txt": lambda: "Relevé de la tournée 12\n".encode("latin-1"),
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_a_document_that_is_what_its_name_says_is_accepted(name: str) -> None:
    expected = documents.DOCUMENT_KINDS[Path(name).suffix].media_type
    assert documents.document_media_type(GOOD[name](), name) == expected


@pytest.mark.parametrize(
    ("name", "data", "sentence"),
    [
        ("report.pdf", b"", "report.pdf is empty; there is nothing to attach."),
        (
            "report.pdf",
            b"<html>not a pdf</html>",
            "report.pdf is not what its extension (.pdf) says",
        ),
        ("meters.xlsx", pdf_bytes(), "meters.xlsx is not what its extension (.xlsx) says"),
        ("minutes.docx", xlsx_bytes(), "minutes.docx is not what its extension (.docx) says"),
        ("sectors.ods", xlsx_bytes(), "sectors.ods is not what its extension (.ods) says"),
        (
            "readings.csv",
            b"PK\x03\x04\x00\x00binary",
            "readings.csv is not what its extension (.csv) says",
        ),
        ("photo.jpg", b"\xff\xd8\xff", "photo.jpg is not a document WOPdesk attaches"),
        ("setup.exe", b"MZ", "setup.exe is not a document WOPdesk attaches"),
    ],
)
def test_a_bad_document_is_refused_in_one_sentence(name: str, data: bytes, sentence: str) -> None:
    with pytest.raises(ValidationError) as refused:
        documents.document_media_type(data, name)
    assert str(refused.value).startswith(sentence)
    assert str(refused.value).count(". ") == 0


def test_a_document_above_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_DOCUMENT_SIZE", 1024)
    with pytest.raises(ValidationError, match="larger than 0 MB"):
        documents.document_media_type(b"x" * 1025, "big.txt")
    assert documents.document_media_type(b"x" * 1024, "big.txt") == "text/plain"


def _ids(store: Store, owner_id: str) -> set[str]:
    return {a.id for a in _attachments(store, owner_id)}


def _attachments(store: Store, owner_id: str) -> list[m.Attachment]:
    with store.reading() as session:
        return list(session.query(m.Attachment).filter_by(owner_id=owner_id, deleted=False))


def test_documents_attach_to_a_visit_and_a_progress_record(
    demo_store: Store, tmp_path: Path
) -> None:
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(pdf_bytes())
    sheet = tmp_path / "meters.xlsx"
    sheet.write_bytes(xlsx_bytes())
    with demo_store.transaction() as session:
        cmd.add_document(session, demo_store.blobs, cmd.get(session, m.SiteVisit, VISIT), pdf)
        record = cmd.get(session, m.ProgressRecord, RECORD)
        cmd.add_document(session, demo_store.blobs, record, sheet, "Compteurs posés")
    (on_visit,) = [a for a in _attachments(demo_store, VISIT) if a.file_name == "rapport.pdf"]
    assert on_visit.media_type == "application/pdf"
    assert demo_store.blobs.get(on_visit.sha256) == pdf.read_bytes()
    (on_record,) = _attachments(demo_store, RECORD)
    assert (on_record.owner_entity, on_record.caption) == ("progress_record", "Compteurs posés")


def test_a_refused_document_stores_nothing(demo_store: Store, tmp_path: Path) -> None:
    fake = tmp_path / "budget.xlsx"
    fake.write_bytes(b"name,amount\n")
    before = _ids(demo_store, VISIT)
    stored = set((demo_store.data_dir / "blobs").glob("??/*"))
    with pytest.raises(ValidationError, match=re.escape("not what its extension (.xlsx) says")):
        with demo_store.transaction() as session:
            visit = cmd.get(session, m.SiteVisit, VISIT)
            cmd.add_document(session, demo_store.blobs, visit, fake)
    assert _ids(demo_store, VISIT) == before
    assert set((demo_store.data_dir / "blobs").glob("??/*")) == stored


def test_the_demo_visit_has_its_attendance_sheet(demo_store: Store) -> None:
    first = demo_id("visit:first")
    (sheet,) = [a for a in _attachments(demo_store, first) if a.media_type == "text/csv"]
    text = demo_store.blobs.get(sheet.sha256).decode("utf-8")
    assert text.startswith("name,utility,job_title,role")
    assert "Nadia Benjelloun" in text


def test_documents_sync_by_hash_and_a_stranger_cannot_fetch_them(
    replicas: tuple[Replica, Replica],  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    a, b = replicas
    pdf = tmp_path / "compte-rendu.pdf"
    pdf.write_bytes(pdf_bytes())
    csv = tmp_path / "releves.csv"
    csv.write_bytes("secteur;débit\nBolomakoté;95\n".encode())
    with a.store.transaction() as session:
        cmd.add_document(session, a.store.blobs, cmd.get(session, m.SiteVisit, VISIT), pdf)
        record = cmd.get(session, m.ProgressRecord, RECORD)
        sha = cmd.add_document(session, a.store.blobs, record, csv).sha256
    report = a.sync()
    assert report.files_sent == 2
    b.sync()
    assert blobs(b.store) == blobs(a.store)
    assert b.store.blobs.get(sha) == csv.read_bytes()
    names = {x.file_name: x.media_type for x in _attachments(b.store, RECORD)}
    assert names == {"releves.csv": "text/csv"}
    assert "compte-rendu.pdf" in {x.file_name for x in _attachments(b.store, VISIT)}
    outsider = Replica(Store.open(tmp_path / "outsider"), a.server, "outsider")
    try:
        with outsider.connection() as connection, pytest.raises(SyncError):
            connection.download_blob(sha, outsider.store.blobs.partial(sha))
        assert not outsider.store.blobs.has(sha)  # nothing of it kept
        with outsider.connection() as connection:
            assert connection.missing_blobs([sha]) == [sha]
    finally:
        outsider.store.close()


def test_a_document_is_found_by_its_file_name_and_opens_its_record(
    demo_store: Store, tmp_path: Path
) -> None:
    from wopdesk.storage import queries

    pdf = tmp_path / "Plan_reduction_NRW.pdf"
    pdf.write_bytes(pdf_bytes())
    with demo_store.transaction() as session:
        record = cmd.get(session, m.ProgressRecord, RECORD)
        cmd.add_document(session, demo_store.blobs, record, pdf, "Signé par les deux parties")
    with demo_store.reading() as session:
        hits = queries.search(session, "reduction_NRW")
        (hit,) = [h for h in hits if h.title == "Plan_reduction_NRW.pdf"]
        assert (hit.entity, hit.row_id) == ("progress_record", RECORD)
        assert [h.row_id for h in queries.search(session, "parties signé")] == [RECORD]
        (demo_sheet,) = queries.search(session, "attendance-first")
        assert (demo_sheet.entity, demo_sheet.row_id) == ("site_visit", VISIT_FIRST)
    with demo_store.transaction() as session:
        (attachment,) = _attachments(demo_store, RECORD)
        cmd.get(session, m.Attachment, attachment.id).deleted = True
    with demo_store.reading() as session:
        assert queries.search(session, "reduction_NRW") == []


def test_a_photo_is_not_found_by_its_camera_name(demo_store: Store) -> None:
    from wopdesk.storage import queries

    with demo_store.reading() as session:
        names = [a.file_name for a in session.query(m.Attachment).filter_by(deleted=False)]
        photos = [n for n in names if not n.endswith((".csv", ".pdf"))]
        assert photos, names
        hits = queries.search(session, photos[0].rsplit(".", 1)[0])
        assert photos[0] not in [h.title for h in hits]


def test_migration_0015_indexes_the_documents_already_attached(tmp_path: Path) -> None:
    import sqlite3

    from wopdesk.storage import queries

    with sqlite3.connect(database_at(tmp_path, "0014_exact_money")) as conn:
        for row_id, name, media in (
            ("d", "minutes-march.pdf", "application/pdf"),
            ("i", "minutes-photo.jpg", "image/jpeg"),
        ):
            conn.execute(
                "INSERT INTO attachment (id, partnership_id, sha256, file_name, media_type, "
                "size, owner_entity, owner_id, created_at, updated_at, deleted, clocks) "
                f"VALUES ('{row_id}', 'p', 'x', '{name}', '{media}', 1, 'partnership', 'p', "
                f"{STAMP})"
            )
    conn.close()
    store = Store.open(tmp_path)
    with store.reading() as session:
        hits = queries.search(session, "minutes")
        assert [(h.entity, h.row_id, h.title) for h in hits] == [
            ("partnership", "p", "minutes-march.pdf")
        ]
    store.close()
