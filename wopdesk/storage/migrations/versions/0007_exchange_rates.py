"""exchange rates: what a currency was worth in another, on a date, and where it was read

Revision ID: 0007_exchange_rates
Revises: 0006_progress_records
Create Date: 2026-12-04 05:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_exchange_rates"
down_revision: str | None = "0006_progress_records"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_rate",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("from_currency", sa.String(length=3), nullable=False),
        sa.Column("to_currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnership.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_exchange_rate_partnership_id", "exchange_rate", ["partnership_id"])


def downgrade() -> None:
    op.drop_index("ix_exchange_rate_partnership_id", "exchange_rate")
    op.drop_table("exchange_rate")
