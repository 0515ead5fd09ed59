"""partnership health and the WOP cycle's history: health reviews and their scores, ticked
best practices, phase changes, the partnership's closing fields and mentoring pairs

Revision ID: 0012_health_and_cycle
Revises: 0011_people_and_stages
Create Date: 2026-12-04 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_health_and_cycle"
down_revision: str | None = "0011_people_and_stages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
    ]


def _fk(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(length=36), nullable=nullable)


# table: (columns, {fk column: target table})
_TABLES: dict[str, tuple[list[sa.Column[object]], dict[str, str]]] = {
    "health_review": (
        [
            _fk("partnership_id"),
            sa.Column("date", sa.Date(), nullable=False),
            sa.Column("scored_by", sa.String(length=40), nullable=False),
            sa.Column("period_start", sa.Date(), nullable=True),
            sa.Column("period_end", sa.Date(), nullable=True),
            sa.Column("note", sa.Text(), nullable=True),
        ],
        {"partnership_id": "partnership"},
    ),
    "health_score": (
        [
            _fk("partnership_id"),
            _fk("review_id"),
            sa.Column("item", sa.String(), nullable=False),
            sa.Column("score", sa.Integer(), nullable=False),
            sa.Column("comment", sa.Text(), nullable=True),
        ],
        {"partnership_id": "partnership", "review_id": "health_review"},
    ),
    "practice_tick": (
        [
            _fk("partnership_id"),
            sa.Column("practice", sa.String(), nullable=False),
            sa.Column("ticked_on", sa.Date(), nullable=False),
            _fk("ticked_by_id", nullable=True),
        ],
        {"partnership_id": "partnership", "ticked_by_id": "person"},
    ),
    "phase_change": (
        [
            _fk("partnership_id"),
            sa.Column("phase", sa.String(length=40), nullable=False),
            sa.Column("date", sa.Date(), nullable=False),
            sa.Column("note", sa.Text(), nullable=True),
        ],
        {"partnership_id": "partnership"},
    ),
    "mentoring_pair": (
        [
            _fk("partnership_id"),
            _fk("mentor_id"),
            _fk("mentee_id"),
            sa.Column("phase", sa.String(length=40), nullable=False),
            sa.Column("date", sa.Date(), nullable=False),
            sa.Column("note", sa.Text(), nullable=True),
        ],
        {"partnership_id": "partnership", "mentor_id": "person", "mentee_id": "person"},
    ),
}

# Text found by full-text search (the triggers of 0001_initial_schema, for more tables):
# table: (title column or SQL, body columns).
_SEARCHED: dict[str, tuple[str, tuple[str, ...]]] = {
    "health_review": ("note", ()),
    "health_score": ("comment", ()),
    "phase_change": ("note", ()),
    "partnership": ("closing_results", ("closing_sustainability", "closing_follow_up")),
}


# What a partnership records when the formal WOP ends.
_CLOSING: list[sa.Column[object]] = [
    sa.Column("closing_date", sa.Date(), nullable=True),
    sa.Column("closing_decision", sa.String(length=40), nullable=True),
    sa.Column("closing_results", sa.Text(), nullable=True),
    sa.Column("closing_sustainability", sa.Text(), nullable=True),
    sa.Column("closing_follow_up", sa.Text(), nullable=True),
]


def upgrade() -> None:
    # Plain ADD COLUMNs: rebuilding the partnership table (batch mode) would drop and
    # recreate the table every other record refers to.
    for column in _CLOSING:
        op.add_column("partnership", column)
    for table, (columns, links) in _TABLES.items():
        constraints = [sa.ForeignKeyConstraint([c], [f"{t}.id"]) for c, t in links.items()]
        op.create_table(table, *columns, *_synced(), *constraints, sa.PrimaryKeyConstraint("id"))
        for name in links:
            op.create_index(f"ix_{table}_{name}", table, [name])
    for table, (title, body) in _SEARCHED.items():
        _index_for_search(table, title, body)


def _index_for_search(table: str, title: str, body_columns: tuple[str, ...]) -> None:
    # A partnership is its own partnership.
    owner = "id" if table == "partnership" else "partnership_id"
    body = " || ' ' || ".join(f"coalesce(new.{c}, '')" for c in body_columns) or "''"
    add = (
        "INSERT INTO search_doc(row_id, entity, partnership_id) "
        f"SELECT new.id, '{table}', new.{owner} WHERE NOT new.deleted; "
        "INSERT INTO search_fts(rowid, title, body) "
        f"SELECT docid, coalesce(new.{title}, ''), {body} FROM search_doc "
        "WHERE row_id = new.id AND NOT new.deleted;"
    )
    remove = (
        "DELETE FROM search_fts WHERE rowid = "
        "(SELECT docid FROM search_doc WHERE row_id = old.id); "
        "DELETE FROM search_doc WHERE row_id = old.id;"
    )
    watched = ", ".join((title, *body_columns, "deleted", owner))
    op.execute(f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {add} END")
    op.execute(
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF {watched} ON {table} "
        f"BEGIN {remove} {add} END"
    )
    op.execute(f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {remove} END")


def downgrade() -> None:
    for table in _SEARCHED:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
        op.execute(
            "DELETE FROM search_fts WHERE rowid IN "
            f"(SELECT docid FROM search_doc WHERE entity = '{table}')"
        )
        op.execute(f"DELETE FROM search_doc WHERE entity = '{table}'")
    for table in reversed(_TABLES):
        op.drop_table(table)
    with op.batch_alter_table("partnership") as batch:
        for column in _CLOSING:
            batch.drop_column(column.name)
