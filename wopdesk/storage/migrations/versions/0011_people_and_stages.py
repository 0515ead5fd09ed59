"""people and stages: each learning activity counts its participants and trainees by sex,
and each improvement track keeps the history of its stage of change

Revision ID: 0011_people_and_stages
Revises: 0010_milestones
Create Date: 2026-12-04 07:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_people_and_stages"
down_revision: str | None = "0010_milestones"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PEOPLE = ("participants", "women", "men", "not_stated")


def upgrade() -> None:
    # Batch mode, but SQLite adds plain nullable columns in place ("auto" never rebuilds
    # for them): learning_trainee refers to learning_activity, and the table's search
    # triggers and ix_learning_log stay as they are. Existing rows get no counts, which
    # reads as "as many participants as named trainees".
    with op.batch_alter_table("learning_activity") as batch:
        for name in PEOPLE:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
    op.create_table(
        "track_stage",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("track_id", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnership.id"]),
        sa.ForeignKeyConstraint(["track_id"], ["improvement_track.id"]),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("partnership_id", "track_id", "recorded_by_id"):
        op.create_index(f"ix_track_stage_{column}", "track_stage", [column])
    _index_for_search()


# A stage's evidence is found by full-text search (the triggers of 0001_initial_schema).
_TABLE = "track_stage"


def _index_for_search() -> None:
    add = (
        "INSERT INTO search_doc(row_id, entity, partnership_id) "
        f"SELECT new.id, '{_TABLE}', new.partnership_id WHERE NOT new.deleted; "
        "INSERT INTO search_fts(rowid, title, body) "
        "SELECT docid, coalesce(new.evidence, ''), new.stage FROM search_doc "
        "WHERE row_id = new.id AND NOT new.deleted;"
    )
    remove = (
        "DELETE FROM search_fts WHERE rowid = "
        "(SELECT docid FROM search_doc WHERE row_id = old.id); "
        "DELETE FROM search_doc WHERE row_id = old.id;"
    )
    watched = "evidence, stage, deleted, partnership_id"
    op.execute(f"CREATE TRIGGER {_TABLE}_search_ai AFTER INSERT ON {_TABLE} BEGIN {add} END")
    op.execute(
        f"CREATE TRIGGER {_TABLE}_search_au AFTER UPDATE OF {watched} ON {_TABLE} "
        f"BEGIN {remove} {add} END"
    )
    op.execute(f"CREATE TRIGGER {_TABLE}_search_ad AFTER DELETE ON {_TABLE} BEGIN {remove} END")


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {_TABLE}_search_{suffix}")
    op.execute(
        "DELETE FROM search_fts WHERE rowid IN "
        f"(SELECT docid FROM search_doc WHERE entity = '{_TABLE}')"
    )
    op.execute(f"DELETE FROM search_doc WHERE entity = '{_TABLE}'")
    op.drop_table(_TABLE)
    # Dropping columns does rebuild the table; downgrades are for development only.
    with op.batch_alter_table("learning_activity") as batch:
        for name in reversed(PEOPLE):
            batch.drop_column(name)
