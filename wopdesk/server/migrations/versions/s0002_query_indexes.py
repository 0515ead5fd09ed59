"""change log and records: only the indexes a query uses

A push appends a whole batch to the change log, and each index costs every row appended
(two of the three indexes were about 40% of the log's insert time). Neither served a
pull: the page is read along the sequence (a member's pull used the partnership index
to read every change of their partnerships and sort them, for each page), and a batch's
entries are consecutive sequence numbers, so its end is found along the sequence too.
The records' partnership index served no query either (records are read by their key; a
download finds attachments by file, then checks their partnership).

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-23 17:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "s0002"
down_revision: str | None = "s0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_change_log_partnership_id", table_name="change_log")
    op.drop_index("ix_change_log_batch_id", table_name="change_log")
    op.drop_index("ix_record_partnership_id", table_name="record")


def downgrade() -> None:
    op.create_index("ix_record_partnership_id", "record", ["partnership_id"], unique=False)
    op.create_index("ix_change_log_batch_id", "change_log", ["batch_id"], unique=False)
    op.create_index("ix_change_log_partnership_id", "change_log", ["partnership_id"], unique=False)
