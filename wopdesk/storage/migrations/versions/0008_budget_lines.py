"""budget lines: what a partnership's budget pays for, who funds each line, and how much;
each expense may name the line it is spent on

Revision ID: 0008_budget_lines
Revises: 0007_exchange_rates
Create Date: 2026-12-04 06:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_budget_lines"
down_revision: str | None = "0007_exchange_rates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "budget_line",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("funder", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnership.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_budget_line_partnership_id", "budget_line", ["partnership_id"])
    # SQLite adds a column with a foreign key by rebuilding the table (batch mode); no
    # table refers to expense, so rebuilding it touches nothing else.
    with op.batch_alter_table("expense") as batch:
        batch.add_column(sa.Column("budget_line_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key(
            "fk_expense_budget_line_id", "budget_line", ["budget_line_id"], ["id"]
        )
        batch.create_index("ix_expense_budget_line_id", ["budget_line_id"])


def downgrade() -> None:
    with op.batch_alter_table("expense") as batch:
        batch.drop_index("ix_expense_budget_line_id")
        batch.drop_constraint("fk_expense_budget_line_id", type_="foreignkey")
        batch.drop_column("budget_line_id")
    op.drop_index("ix_budget_line_partnership_id", "budget_line")
    op.drop_table("budget_line")
