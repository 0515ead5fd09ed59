"""outputs: the results chain's deliverables between a track's indicators and its actions;
each action gains a start date, an estimated cost in a currency and the output it serves

Revision ID: 0009_outputs
Revises: 0008_budget_lines
Create Date: 2026-12-04 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_outputs"
down_revision: str | None = "0008_budget_lines"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Outputs are found by full-text search like findings and actions (0001's triggers).
_TITLE = "title"
_BODY = ("description", "evidence")
_SEARCH_REMOVE = (
    "DELETE FROM search_fts WHERE rowid = "
    "(SELECT docid FROM search_doc WHERE row_id = old.id); "
    "DELETE FROM search_doc WHERE row_id = old.id;"
)


def upgrade() -> None:
    op.create_table(
        "output",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("track_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("delivered_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnership.id"]),
        sa.ForeignKeyConstraint(["track_id"], ["improvement_track.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_output_partnership_id", "output", ["partnership_id"])
    op.create_index("ix_output_track_id", "output", ["track_id"])
    _search_triggers("output", _TITLE, _BODY)
    # SQLite adds these columns in place (a REFERENCES clause is allowed with a NULL
    # default), so the action table is not rebuilt: a batch rebuild would write its five
    # other foreign keys in a random order (Alembic reads them from a set), making the
    # schema snapshot differ from run to run, and would drop its search triggers.
    op.add_column("action", sa.Column("start_date", sa.Date(), nullable=True))
    op.add_column("action", sa.Column("estimated_cost", sa.String(length=40), nullable=True))
    op.add_column(
        "action", sa.Column("estimated_cost_currency", sa.String(length=3), nullable=True)
    )
    op.execute("ALTER TABLE action ADD COLUMN output_id VARCHAR(36) REFERENCES output (id)")
    op.create_index("ix_action_output_id", "action", ["output_id"])


def _search_triggers(table: str, title: str, body_columns: tuple[str, ...]) -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
    body = " || ' ' || ".join(f"coalesce(new.{c}, '')" for c in body_columns) or "''"
    add = (
        "INSERT INTO search_doc(row_id, entity, partnership_id) "
        f"SELECT new.id, '{table}', new.partnership_id WHERE NOT new.deleted; "
        "INSERT INTO search_fts(rowid, title, body) "
        f"SELECT docid, new.{title}, {body} FROM search_doc "
        "WHERE row_id = new.id AND NOT new.deleted;"
    )
    watched = ", ".join((title, *body_columns, "deleted", "partnership_id"))
    op.execute(f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {add} END")
    op.execute(
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF {watched} ON {table} "
        f"BEGIN {_SEARCH_REMOVE} {add} END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {_SEARCH_REMOVE} END"
    )


def downgrade() -> None:
    op.drop_index("ix_action_output_id", "action")
    # A column with a foreign key is dropped by rebuilding the table (batch mode), which
    # drops its search triggers: made again below.
    with op.batch_alter_table("action", recreate="always") as batch:
        batch.drop_column("output_id")
        batch.drop_column("estimated_cost_currency")
        batch.drop_column("estimated_cost")
        batch.drop_column("start_date")
    _search_triggers("action", "description", ())
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS output_search_{suffix}")
    op.execute(
        "DELETE FROM search_fts WHERE rowid IN "
        "(SELECT docid FROM search_doc WHERE entity = 'output')"
    )
    op.execute("DELETE FROM search_doc WHERE entity = 'output'")
    op.drop_index("ix_output_track_id", "output")
    op.drop_index("ix_output_partnership_id", "output")
    op.drop_table("output")
