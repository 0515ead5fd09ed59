"""server schema: accounts, tokens, records, change log, blobs

Revision ID: s0001
Revises:
Create Date: 2026-11-23 11:01:30.306227
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("admin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "blob_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "position"),
    )
    op.create_table(
        "change_log",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_change_log_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "login_failure",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_failure_address"), ["address"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failure_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failure_name"), ["name"], unique=False)

    op.create_table(
        "record",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=True),
        sa.Column("blob_sha256", sa.String(length=64), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id"),
    )
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_blob_sha256"), ["blob_sha256"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_record_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "server_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_id", sa.String(length=36), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "account_grant",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
        ),
        sa.PrimaryKeyConstraint("account_id", "partnership_id"),
    )
    with op.batch_alter_table("account_grant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_grant_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "auth_token",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
        ),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    with op.batch_alter_table("auth_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_token_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_auth_token_expires_at"), ["expires_at"], unique=False)

    op.create_table(
        "pushed_batch",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
        ),
        sa.PrimaryKeyConstraint("batch_id"),
    )
    with op.batch_alter_table("pushed_batch", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pushed_batch_account_id"), ["account_id"], unique=False
        )

    # The server's identity: a client bound to another server (or a reset one) notices.
    state = sa.table(
        "server_state",
        sa.column("id", sa.Integer()),
        sa.column("server_id", sa.String()),
        sa.column("last_seq", sa.BigInteger()),
    )
    op.bulk_insert(state, [{"id": 1, "server_id": str(uuid.uuid4()), "last_seq": 0}])


def downgrade() -> None:
    with op.batch_alter_table("pushed_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pushed_batch_account_id"))

    op.drop_table("pushed_batch")
    with op.batch_alter_table("auth_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_token_expires_at"))
        batch_op.drop_index(batch_op.f("ix_auth_token_account_id"))

    op.drop_table("auth_token")
    with op.batch_alter_table("account_grant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_grant_partnership_id"))

    op.drop_table("account_grant")
    op.drop_table("server_state")
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_record_blob_sha256"))

    op.drop_table("record")
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failure_name"))
        batch_op.drop_index(batch_op.f("ix_login_failure_at"))
        batch_op.drop_index(batch_op.f("ix_login_failure_address"))

    op.drop_table("login_failure")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_change_log_batch_id"))

    op.drop_table("change_log")
    op.drop_table("blob_chunk")
    op.drop_table("blob")
    op.drop_table("account")
