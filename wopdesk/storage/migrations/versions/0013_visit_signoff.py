"""visit sign-off and follow-up: who signed a visit for each side, in what role, when and
how; and what the open actions of earlier visits said when the visit was finalised

Revision ID: 0013_visit_signoff
Revises: 0012_health_and_cycle
Create Date: 2026-12-04 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_visit_signoff"
down_revision: str | None = "0012_health_and_cycle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SIGNERS = ("mentor_signer_id", "mentee_signer_id")


def _triggers() -> list[str]:
    """The search triggers of site_visit: rebuilding the table drops them, so they are read
    before and created again after (the search index keeps its rows meanwhile)."""
    found = op.get_bind().execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'site_visit'")
    )
    return [row[0] for row in found]


def upgrade() -> None:
    # Every new column is nullable: visits written before this revision are unsigned and
    # keep no follow-up snapshot (their summary prints the follow-up as it is now).
    # Batch mode: SQLite adds a column with a foreign key by rebuilding the table.
    triggers = _triggers()
    with op.batch_alter_table("site_visit") as batch:
        batch.add_column(sa.Column("followup_snapshot", sa.Text(), nullable=True))
        for signer in _SIGNERS:
            side = signer.removesuffix("_signer_id")
            batch.add_column(sa.Column(signer, sa.String(length=36), nullable=True))
            batch.add_column(sa.Column(f"{side}_signer_role", sa.String(), nullable=True))
        batch.add_column(sa.Column("signed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("signed_how", sa.String(length=40), nullable=True))
        for signer in _SIGNERS:
            batch.create_foreign_key(f"fk_site_visit_{signer}", "person", [signer], ["id"])
            batch.create_index(f"ix_site_visit_{signer}", [signer])
    for sql in triggers:
        op.execute(sql)


def downgrade() -> None:
    triggers = _triggers()
    with op.batch_alter_table("site_visit") as batch:
        for signer in _SIGNERS:
            batch.drop_index(f"ix_site_visit_{signer}")
            batch.drop_constraint(f"fk_site_visit_{signer}", type_="foreignkey")
        for name in ("signed_how", "signed_on", "followup_snapshot"):
            batch.drop_column(name)
        for signer in _SIGNERS:
            batch.drop_column(f"{signer.removesuffix('_signer_id')}_signer_role")
            batch.drop_column(signer)
    for sql in triggers:
        op.execute(sql)
