"""Which documents (other than photos) attach to visits and progress records, and the check
that a file is what its extension says.

A document is judged by its bytes, not its name: a PDF starts with ``%PDF-``; an Office
Open XML file (.xlsx, .docx) and an OpenDocument file (.ods, .odt) are zip archives,
read with the standard library's ``zipfile`` for the part that says what they are; a CSV
or plain text is text (UTF-8, or Latin-1 without control bytes). Empty files and files
above ``MAX_DOCUMENT_SIZE`` are refused (docs/documents.md).
"""

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from wopdesk.domain.i18n import translate
from wopdesk.errors import ValidationError

# Large enough for a scanned report or a year's spreadsheet; small enough to sync over a
# slow connection. The server accepts files up to 200 MB (sync/protocol.py).
MAX_DOCUMENT_SIZE = 25 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DocumentKind:
    media_type: str
    # A zip member that must exist, or (for OpenDocument) the text its "mimetype" member holds.
    zip_member: str | None = None
    open_document: bool = False
    text: bool = False


DOCUMENT_KINDS: dict[str, DocumentKind] = {
    ".pdf": DocumentKind("application/pdf"),
    ".xlsx": DocumentKind(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml"
    ),
    ".docx": DocumentKind(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "word/document.xml",
    ),
    ".ods": DocumentKind("application/vnd.oasis.opendocument.spreadsheet", open_document=True),
    ".odt": DocumentKind("application/vnd.oasis.opendocument.text", open_document=True),
    ".csv": DocumentKind("text/csv", text=True),
    ".txt": DocumentKind("text/plain", text=True),
}
"""The documents WOPdesk attaches, by extension."""


def document_patterns() -> str:
    """``*.pdf *.xlsx …`` for a file dialog's filter."""
    return " ".join(f"*{extension}" for extension in DOCUMENT_KINDS)


def is_document(media_type: str) -> bool:
    """Whether an attachment's media type is a document rather than a photo."""
    return not media_type.startswith("image/")


def document_media_type(data: bytes, file_name: str) -> str:
    """The media type of a document whose bytes match its extension; one sentence if not."""
    extension = PurePath(file_name).suffix.lower()
    kind = DOCUMENT_KINDS.get(extension)
    if kind is None:
        message = translate(
            "documents",
            "{name} is not a document WOPdesk attaches (PDF, spreadsheet or text document).",
        )
        raise ValidationError(message.format(name=file_name))
    if not data:
        message = translate("documents", "{name} is empty; there is nothing to attach.")
        raise ValidationError(message.format(name=file_name))
    if len(data) > MAX_DOCUMENT_SIZE:
        message = translate(
            "documents", "{name} is larger than {limit} MB, the most a document may be."
        )
        raise ValidationError(
            message.format(name=file_name, limit=MAX_DOCUMENT_SIZE // (1024 * 1024))
        )
    if not _matches(kind, data):
        message = translate(
            "documents", "{name} is not what its extension ({extension}) says; it was not attached."
        )
        raise ValidationError(message.format(name=file_name, extension=extension))
    return kind.media_type


def _matches(kind: DocumentKind, data: bytes) -> bool:
    if kind.text:
        return _is_text(data)
    if kind.zip_member is None and not kind.open_document:
        return data.startswith(b"%PDF-")
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if kind.open_document:
                declared = archive.read("mimetype") if "mimetype" in names else b""
                return declared.decode("ascii", "replace").strip() == kind.media_type
            return kind.zip_member in names
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False


def _is_text(data: bytes) -> bool:
    """Text a person could read: no NUL or other control bytes besides tabs and line ends."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return not any(ord(c) < 32 and c not in "\t\r\n\f" for c in text)
