"""documents found by search: an attached document's file name and caption are indexed
for full-text search (photos are not: their names are the camera's); a progress record's
approval note (why an approval was withdrawn)

Revision ID: 0015_monitoring_rest
Revises: 0014_exact_money
Create Date: 2026-12-04 11:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_monitoring_rest"
down_revision: str | None = "0014_exact_money"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A document is an attachment that is not a photo (domain/documents.py).
_INDEXED = "NOT new.deleted AND new.media_type NOT LIKE 'image/%'"
_ADD = (
    "INSERT INTO search_doc(row_id, entity, partnership_id) "
    f"SELECT new.id, 'attachment', new.partnership_id WHERE {_INDEXED}; "
    "INSERT INTO search_fts(rowid, title, body) "
    "SELECT docid, new.file_name, coalesce(new.caption, '') FROM search_doc "
    f"WHERE row_id = new.id AND {_INDEXED};"
)
_REMOVE = (
    "DELETE FROM search_fts WHERE rowid = "
    "(SELECT docid FROM search_doc WHERE row_id = old.id); "
    "DELETE FROM search_doc WHERE row_id = old.id;"
)
_WATCHED = "id, file_name, caption, media_type, deleted, partnership_id"


def upgrade() -> None:
    op.add_column("progress_record", sa.Column("approval_note", sa.Text(), nullable=True))
    op.execute(f"CREATE TRIGGER attachment_search_ai AFTER INSERT ON attachment BEGIN {_ADD} END")
    op.execute(
        f"CREATE TRIGGER attachment_search_au AFTER UPDATE OF {_WATCHED} ON attachment "
        f"BEGIN {_REMOVE} {_ADD} END"
    )
    op.execute(
        f"CREATE TRIGGER attachment_search_ad AFTER DELETE ON attachment BEGIN {_REMOVE} END"
    )
    # The documents already attached.
    op.execute(
        "INSERT INTO search_doc(row_id, entity, partnership_id) "
        "SELECT id, 'attachment', partnership_id FROM attachment "
        "WHERE NOT deleted AND media_type NOT LIKE 'image/%'"
    )
    op.execute(
        "INSERT INTO search_fts(rowid, title, body) "
        "SELECT d.docid, a.file_name, coalesce(a.caption, '') FROM search_doc d "
        "JOIN attachment a ON a.id = d.row_id WHERE d.entity = 'attachment'"
    )


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS attachment_search_{suffix}")
    op.execute(
        "DELETE FROM search_fts WHERE rowid IN "
        "(SELECT docid FROM search_doc WHERE entity = 'attachment')"
    )
    op.execute("DELETE FROM search_doc WHERE entity = 'attachment'")
    with op.batch_alter_table("progress_record") as batch:
        batch.drop_column("approval_note")
