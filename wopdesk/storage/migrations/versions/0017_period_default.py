"""a partnership's reporting period loses the schema default 0006 gave it

Revision ID: 0017_period_default
Revises: 0016_visit_reopened
Create Date: 2026-12-04 14:00:00.000000

The model declares the column's default, and declares none: a partnership synced from
a WOPdesk that knows no reporting period keeps the none it came with (none means
quarters). The ``DEFAULT 'quarter'`` of migration 0006 was a second declaration that
only SQL leaving the column out met. SQLite drops a default only by rebuilding the
table (batch mode), which also drops the table's triggers: they are made again as they
were. The rebuild needs foreign keys off, as ``database.upgrade`` runs migrations;
partnerships keep their values, 'quarter' included.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_period_default"
down_revision: str | None = "0016_visit_reopened"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _set_default(None)


def downgrade() -> None:
    _set_default("quarter")


def _set_default(default: str | None) -> None:
    """Rebuild the partnership table with ``default`` on its reporting period."""
    triggers = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'partnership' "
        "ORDER BY name"
    )
    kept = [sql for (sql,) in triggers]
    with op.batch_alter_table("partnership", recreate="always") as batch:
        batch.alter_column(
            "reporting_period",
            existing_type=sa.String(length=40),
            existing_nullable=True,
            server_default=default,
        )
    for sql in kept:
        op.execute(sql)
