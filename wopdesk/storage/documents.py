"""The documents (not photos) attached to a record, as its editor lists them."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from wopdesk.domain.documents import is_document
from wopdesk.storage import queries


@dataclass(frozen=True, slots=True)
class DocumentLine:
    id: str
    sha256: str
    file_name: str
    media_type: str
    size: int
    caption: str | None


def documents_of(session: Session, owner_id: str) -> list[DocumentLine]:
    """The record's documents, in the order they were attached."""
    return [
        DocumentLine(a.id, a.sha256, a.file_name, a.media_type, a.size, a.caption)
        for a in queries.attachments(session, owner_id)
        if is_document(a.media_type)
    ]
