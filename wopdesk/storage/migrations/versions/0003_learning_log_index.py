"""learning log index: a partnership's entries newest first, without a sort

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_learning_log",
        "learning_activity",
        ["partnership_id", "deleted", sa.text("date DESC"), "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_learning_log", table_name="learning_activity")
