"""catalogue: an indicator a partnership defines for itself belongs to that partnership

Revision ID: 0004_catalogue
Revises: 0003
Create Date: 2026-12-04 01:40:00.000000

A user-defined indicator may name its partnership (synced with the partnership's
records); built-in indicators and earlier user-defined ones have none and stay shared.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_catalogue"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding the table (batch mode) would drop and recreate a table
    # that readings and track indicators refer to.
    # SQLite accepts a REFERENCES clause on a nullable added column; Alembic would not.
    op.execute(
        "ALTER TABLE indicator ADD COLUMN partnership_id VARCHAR(36) REFERENCES partnership (id)"
    )
    op.create_index("ix_indicator_partnership_id", "indicator", ["partnership_id"])


def downgrade() -> None:
    op.drop_index("ix_indicator_partnership_id", table_name="indicator")
    with op.batch_alter_table("indicator") as batch:
        batch.drop_column("partnership_id")
