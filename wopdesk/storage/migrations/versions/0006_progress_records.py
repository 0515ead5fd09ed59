"""progress records: a partnership's reporting periods and what each one says

Revision ID: 0006_progress_records
Revises: 0005
Create Date: 2026-12-04 05:30:00.000000

Every partnership gets a reporting period (quarters until someone chooses otherwise);
each period may have one progress record.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_progress_records"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding the partnership table (batch mode) would drop and
    # recreate the table every other record refers to.
    op.add_column(
        "partnership",
        sa.Column(
            "reporting_period", sa.String(length=40), nullable=True, server_default="quarter"
        ),
    )
    op.create_table(
        "progress_record",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("achievements", sa.Text(), nullable=True),
        sa.Column("challenges", sa.Text(), nullable=True),
        sa.Column("lessons", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("mentor_approver_id", sa.String(length=36), nullable=True),
        sa.Column("mentor_approver_role", sa.String(), nullable=True),
        sa.Column("mentor_approved_on", sa.Date(), nullable=True),
        sa.Column("mentee_approver_id", sa.String(length=36), nullable=True),
        sa.Column("mentee_approver_role", sa.String(), nullable=True),
        sa.Column("mentee_approved_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnership.id"]),
        sa.ForeignKeyConstraint(["author_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["mentor_approver_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["mentee_approver_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("partnership_id", "author_id", "mentor_approver_id", "mentee_approver_id"):
        op.create_index(f"ix_progress_record_{column}", "progress_record", [column])
    _index_for_search()


# Progress records are found by full-text search like notes and findings (the triggers
# of 0001_initial_schema, for one more table).
_TITLE = "summary"
_BODY = ("status_reason", "achievements", "challenges", "lessons", "next_steps")


def _index_for_search() -> None:
    body = " || ' ' || ".join(f"coalesce(new.{c}, '')" for c in _BODY)
    add = (
        "INSERT INTO search_doc(row_id, entity, partnership_id) "
        "SELECT new.id, 'progress_record', new.partnership_id WHERE NOT new.deleted; "
        "INSERT INTO search_fts(rowid, title, body) "
        f"SELECT docid, coalesce(new.{_TITLE}, ''), {body} FROM search_doc "
        "WHERE row_id = new.id AND NOT new.deleted;"
    )
    remove = (
        "DELETE FROM search_fts WHERE rowid = "
        "(SELECT docid FROM search_doc WHERE row_id = old.id); "
        "DELETE FROM search_doc WHERE row_id = old.id;"
    )
    watched = ", ".join((_TITLE, *_BODY, "deleted", "partnership_id"))
    table = "progress_record"
    op.execute(f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {add} END")
    op.execute(
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF {watched} ON {table} "
        f"BEGIN {remove} {add} END"
    )
    op.execute(f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {remove} END")


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS progress_record_search_{suffix}")
    op.execute(
        "DELETE FROM search_fts WHERE rowid IN "
        "(SELECT docid FROM search_doc WHERE entity = 'progress_record')"
    )
    op.execute("DELETE FROM search_doc WHERE entity = 'progress_record'")
    op.drop_table("progress_record")
    with op.batch_alter_table("partnership") as batch:
        batch.drop_column("reporting_period")
