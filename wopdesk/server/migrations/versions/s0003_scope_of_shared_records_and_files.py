"""who may read a file and a shared record: holders, grants and uses

A file is served to the accounts that uploaded it (``blob_holder``) and to the members
of partnerships granted it (``blob_grant``); a shared record (a utility, a person) is
read and changed by the members of the partnerships that use it (``record_use``). Both
are filled from the records already here.

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-04 02:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision: str = "s0003"
down_revision: str | None = "s0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blob_holder",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"]),
        sa.PrimaryKeyConstraint("sha256", "account_id"),
    )
    op.create_table(
        "blob_grant",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "partnership_id"),
    )
    op.create_table(
        "record_use",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", "partnership_id"),
    )
    from wopdesk.server.records import rebuild_uses_and_grants

    rebuild_uses_and_grants(Session(bind=op.get_bind()))


def downgrade() -> None:
    op.drop_table("record_use")
    op.drop_table("blob_grant")
    op.drop_table("blob_holder")
