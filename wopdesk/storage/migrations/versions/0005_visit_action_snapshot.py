"""visit action snapshot: what a final visit's agreed actions said when it was signed

Revision ID: 0005
Revises: 0004_catalogue
Create Date: 2026-12-04 01:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004_catalogue"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Visits finalised before this revision keep no snapshot: their reports print the
    # actions' current values, as they always did.
    with op.batch_alter_table("site_visit") as batch:
        batch.add_column(sa.Column("action_snapshot", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("site_visit") as batch:
        batch.drop_column("action_snapshot")
