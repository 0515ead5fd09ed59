"""indicator milestones: the yearly values agreed on an indicator's way to its target

Revision ID: 0010_milestones
Revises: 0009_outputs
Create Date: 2026-12-04 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_milestones"
down_revision: str | None = "0009_outputs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "indicator_milestone",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("track_indicator_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnership.id"]),
        sa.ForeignKeyConstraint(["track_indicator_id"], ["track_indicator.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_indicator_milestone_partnership_id", "indicator_milestone", ["partnership_id"]
    )
    op.create_index(
        "ix_indicator_milestone_track_indicator_id", "indicator_milestone", ["track_indicator_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_indicator_milestone_track_indicator_id", "indicator_milestone")
    op.drop_index("ix_indicator_milestone_partnership_id", "indicator_milestone")
    op.drop_table("indicator_milestone")
