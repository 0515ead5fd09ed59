"""compaction of the change log: the horizon below which only the latest values are kept

Revision ID: s0005_compaction
Revises: s0004
Create Date: 2026-12-04 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0005_compaction"
down_revision: str | None = "s0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("server_state") as batch:
        batch.add_column(
            sa.Column("compacted_seq", sa.BigInteger(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("server_state") as batch:
        batch.drop_column("compacted_seq")
