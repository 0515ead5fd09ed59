"""exact money: amounts and rates stored as decimal text, never a float; contributions
carry their currency and the amount received beside the amount planned; a budget line
says whether it is budgeted in kind

Revision ID: 0014_exact_money
Revises: 0013_visit_signoff
Create Date: 2026-12-04 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_exact_money"
down_revision: str | None = "0013_visit_signoff"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each money column, as (table, column). SQLite copies a float into a text column as its
# shortest form with 15 significant digits ("1234.56", "0.1"): the decimal it was typed as.
MONEY_COLUMNS = (
    ("contribution", "amount"),
    ("budget_line", "amount"),
    ("expense", "amount"),
    ("exchange_rate", "rate"),
)


def upgrade() -> None:
    for table, column in MONEY_COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                column, type_=sa.String(length=40), existing_type=sa.Float(), nullable=False
            )
    with op.batch_alter_table("contribution") as batch:
        batch.add_column(sa.Column("currency", sa.String(length=3), nullable=True))
        batch.add_column(sa.Column("received", sa.String(length=40), nullable=True))
    with op.batch_alter_table("budget_line") as batch:
        batch.add_column(sa.Column("in_kind", sa.Boolean(), nullable=True))
    # A line on which only in-kind expenses were recorded was budgeted in kind.
    op.execute(
        "UPDATE budget_line SET in_kind = EXISTS (SELECT 1 FROM expense e "
        "WHERE e.budget_line_id = budget_line.id AND e.in_kind AND NOT e.deleted) "
        "AND NOT EXISTS (SELECT 1 FROM expense e WHERE e.budget_line_id = budget_line.id "
        "AND NOT e.in_kind AND NOT e.deleted)"
    )
    # A contribution was counted in its partnership's currency: it now says so.
    op.execute(
        "UPDATE contribution SET currency = "
        "(SELECT p.currency FROM partnership p WHERE p.id = contribution.partnership_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("budget_line") as batch:
        batch.drop_column("in_kind")
    with op.batch_alter_table("contribution") as batch:
        batch.drop_column("received")
        batch.drop_column("currency")
    for table, column in MONEY_COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                column, type_=sa.Float(), existing_type=sa.String(length=40), nullable=False
            )
