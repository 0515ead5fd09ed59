"""account administration: disabled accounts and the audit of administrators' actions

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-04 02:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0004"
down_revision: str | None = "s0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(
            sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "admin_audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("account", sa.String(length=80), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_admin_audit_at", "admin_audit", ["at"])
    op.create_index("ix_admin_audit_account", "admin_audit", ["account"])


def downgrade() -> None:
    op.drop_table("admin_audit")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("disabled")
