"""a site visit says why sync reopened it: reopened_note, until it is finalised again

Revision ID: 0016_visit_reopened
Revises: 0015_monitoring_rest
Create Date: 2026-12-04 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_visit_reopened"
down_revision: str | None = "0015_monitoring_rest"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable, no foreign key: SQLite adds it in place (no rebuild, the search triggers
    # stay). Visits written before this revision carry no note.
    op.add_column("site_visit", sa.Column("reopened_note", sa.Text(), nullable=True))


def downgrade() -> None:
    # SQLite drops a plain column in place (3.35 on), keeping the search triggers.
    op.execute("ALTER TABLE site_visit DROP COLUMN reopened_note")
