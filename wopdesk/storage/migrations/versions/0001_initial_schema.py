"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 10:37:54.903922
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "indicator",
        sa.Column("framework", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("formula", sa.Text(), nullable=True),
        sa.Column("better_when", sa.String(length=40), nullable=False),
        sa.Column("benchmark", sa.Float(), nullable=True),
        sa.Column("benchmark_source", sa.Text(), nullable=True),
        sa.Column("min_value", sa.Float(), nullable=True),
        sa.Column("max_value", sa.Float(), nullable=True),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_code"), ["code"], unique=False)

    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "utility",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("region", sa.String(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("population_served", sa.Integer(), nullable=True),
        sa.Column("connections", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "partnership",
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("mentor_utility_id", sa.String(length=36), nullable=False),
        sa.Column("mentee_utility_id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("phase", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("code_of_conduct_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_utility_id"],
            ["utility.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mentor_utility_id"],
            ["utility.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_mentee_utility_id"), ["mentee_utility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_mentor_utility_id"), ["mentor_utility_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("utility_id", sa.String(length=36), nullable=True),
        sa.Column("job_title", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["utility_id"],
            ["utility.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_utility_id"), ["utility_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("owner_entity", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attachment_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "conflict",
        sa.Column("partnership_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("set_aside_value", sa.JSON(), nullable=True),
        sa.Column("kept_stamp", sa.String(), nullable=True),
        sa.Column("set_aside_stamp", sa.String(), nullable=True),
        sa.Column("kept_by", sa.String(), nullable=True),
        sa.Column("set_aside_by", sa.String(), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conflict_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_conflict_row_id"), ["row_id"], unique=False)

    op.create_table(
        "contribution",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("contributor", sa.String(), nullable=False),
        sa.Column("contributor_utility_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contributor_utility_id"],
            ["utility.id"],
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contribution_contributor_utility_id"),
            ["contributor_utility_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_contribution_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "expense",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("in_kind", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("expense", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_expense_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "improvement_track",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("working_area", sa.String(length=40), nullable=False),
        sa.Column("mentor_lead_id", sa.String(length=36), nullable=True),
        sa.Column("mentee_lead_id", sa.String(length=36), nullable=True),
        sa.Column("team", sa.Text(), nullable=True),
        sa.Column("initial_situation", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_lead_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mentor_lead_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("improvement_track", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_track_mentee_lead_id"), ["mentee_lead_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_improvement_track_mentor_lead_id"), ["mentor_lead_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_improvement_track_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "indicator_reading",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("utility_id", sa.String(length=36), nullable=False),
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("confidence", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["utility_id"],
            ["utility.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("indicator_reading", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_reading_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_indicator_reading_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_indicator_reading_utility_id"), ["utility_id"], unique=False
        )
        batch_op.create_index(
            "ix_reading_series", ["utility_id", "indicator_id", "period"], unique=False
        )

    op.create_table(
        "membership",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_membership_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)

    op.create_table(
        "site_visit",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("site", sa.String(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("activities", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("next_visit_date", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("site_visit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_site_visit_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "capacity_assessment",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("track_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("degree", sa.Integer(), nullable=False),
        sa.Column("contribution", sa.Integer(), nullable=False),
        sa.Column("assessed_by", sa.String(length=40), nullable=False),
        sa.Column("obstacles", sa.Text(), nullable=True),
        sa.Column("contributing_factors", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["improvement_track.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("capacity_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_capacity_assessment_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_capacity_assessment_track_id"), ["track_id"], unique=False
        )

    op.create_table(
        "diagnosis_finding",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("track_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.Column("root_cause", sa.Text(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("priority", sa.String(length=40), nullable=False),
        sa.Column("agreed_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["improvement_track.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["site_visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("diagnosis_finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_diagnosis_finding_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_diagnosis_finding_track_id"), ["track_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_diagnosis_finding_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "learning_activity",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("track_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("trainer_id", sa.String(length=36), nullable=True),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("competency", sa.String(), nullable=True),
        sa.Column("level_before", sa.Integer(), nullable=True),
        sa.Column("level_after", sa.Integer(), nullable=True),
        sa.Column("applied_evidence", sa.Text(), nullable=True),
        sa.Column("applied_date", sa.Date(), nullable=True),
        sa.Column("verified_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["improvement_track.id"],
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["verified_by_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["site_visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("learning_activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learning_activity_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_learning_activity_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learning_activity_track_id"), ["track_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learning_activity_trainer_id"), ["trainer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learning_activity_verified_by_id"), ["verified_by_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learning_activity_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "track_indicator",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("track_id", sa.String(length=36), nullable=False),
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("utility_id", sa.String(length=36), nullable=False),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("frequency", sa.String(), nullable=True),
        sa.Column("means_of_verification", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["improvement_track.id"],
        ),
        sa.ForeignKeyConstraint(
            ["utility_id"],
            ["utility.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("track_indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_track_indicator_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_track_indicator_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_track_indicator_track_id"), ["track_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_track_indicator_utility_id"), ["utility_id"], unique=False
        )

    op.create_table(
        "visit_participant",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["site_visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_participant_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_visit_participant_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_visit_participant_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "action",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("track_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["diagnosis_finding.id"],
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["improvement_track.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["site_visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_finding_id"), ["finding_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_track_id"), ["track_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "learning_trainee",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["learning_activity.id"],
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("learning_trainee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_learning_trainee_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learning_trainee_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learning_trainee_person_id"), ["person_id"], unique=False
        )

    create_search_index()


def downgrade() -> None:
    drop_search_index()
    with op.batch_alter_table("learning_trainee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_trainee_person_id"))
        batch_op.drop_index(batch_op.f("ix_learning_trainee_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_learning_trainee_activity_id"))

    op.drop_table("learning_trainee")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_visit_id"))
        batch_op.drop_index(batch_op.f("ix_action_track_id"))
        batch_op.drop_index(batch_op.f("ix_action_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_action_owner_id"))
        batch_op.drop_index(batch_op.f("ix_action_finding_id"))

    op.drop_table("action")
    with op.batch_alter_table("visit_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_participant_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_visit_participant_partnership_id"))

    op.drop_table("visit_participant")
    with op.batch_alter_table("track_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_track_indicator_utility_id"))
        batch_op.drop_index(batch_op.f("ix_track_indicator_track_id"))
        batch_op.drop_index(batch_op.f("ix_track_indicator_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_track_indicator_indicator_id"))

    op.drop_table("track_indicator")
    with op.batch_alter_table("learning_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_activity_visit_id"))
        batch_op.drop_index(batch_op.f("ix_learning_activity_verified_by_id"))
        batch_op.drop_index(batch_op.f("ix_learning_activity_trainer_id"))
        batch_op.drop_index(batch_op.f("ix_learning_activity_track_id"))
        batch_op.drop_index(batch_op.f("ix_learning_activity_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_learning_activity_date"))

    op.drop_table("learning_activity")
    with op.batch_alter_table("diagnosis_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diagnosis_finding_visit_id"))
        batch_op.drop_index(batch_op.f("ix_diagnosis_finding_track_id"))
        batch_op.drop_index(batch_op.f("ix_diagnosis_finding_partnership_id"))

    op.drop_table("diagnosis_finding")
    with op.batch_alter_table("capacity_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_capacity_assessment_track_id"))
        batch_op.drop_index(batch_op.f("ix_capacity_assessment_partnership_id"))

    op.drop_table("capacity_assessment")
    with op.batch_alter_table("site_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_visit_partnership_id"))

    op.drop_table("site_visit")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))
        batch_op.drop_index(batch_op.f("ix_membership_partnership_id"))

    op.drop_table("membership")
    with op.batch_alter_table("indicator_reading", schema=None) as batch_op:
        batch_op.drop_index("ix_reading_series")
        batch_op.drop_index(batch_op.f("ix_indicator_reading_utility_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_reading_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_reading_indicator_id"))

    op.drop_table("indicator_reading")
    with op.batch_alter_table("improvement_track", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_track_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_improvement_track_mentor_lead_id"))
        batch_op.drop_index(batch_op.f("ix_improvement_track_mentee_lead_id"))

    op.drop_table("improvement_track")
    with op.batch_alter_table("expense", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expense_partnership_id"))

    op.drop_table("expense")
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contribution_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_contribution_contributor_utility_id"))

    op.drop_table("contribution")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_row_id"))
        batch_op.drop_index(batch_op.f("ix_conflict_partnership_id"))

    op.drop_table("conflict")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_owner_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_utility_id"))

    op.drop_table("person")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_mentor_utility_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_mentee_utility_id"))

    op.drop_table("partnership")
    op.drop_table("utility")
    op.drop_table("local_setting")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_code"))

    op.drop_table("indicator")


# Full-text search over notes, findings, actions and learning. Triggers keep the
# index right whatever writes the rows (the app, sync, an import); search_doc gives
# each indexed row a stable integer so an update never scans the index.
SEARCH_SOURCES = {
    "site_visit": ("title", ("purpose", "activities", "notes", "site")),
    "diagnosis_finding": ("finding", ("root_cause", "evidence")),
    "action": ("description", ()),
    "learning_activity": ("topic", ("competency", "applied_evidence")),
}


def _body(columns: tuple[str, ...]) -> str:
    if not columns:
        return "''"
    return " || ' ' || ".join(f"coalesce(new.{c}, '')" for c in columns)


def create_search_index() -> None:
    op.execute(
        "CREATE TABLE search_doc (docid INTEGER PRIMARY KEY, row_id TEXT NOT NULL UNIQUE, "
        "entity TEXT NOT NULL, partnership_id TEXT)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (title, body_columns) in SEARCH_SOURCES.items():
        add = (
            f"INSERT INTO search_doc(row_id, entity, partnership_id) "
            f"SELECT new.id, '{table}', new.partnership_id WHERE NOT new.deleted; "
            f"INSERT INTO search_fts(rowid, title, body) "
            f"SELECT docid, new.{title}, {_body(body_columns)} FROM search_doc "
            f"WHERE row_id = new.id AND NOT new.deleted;"
        )
        remove = (
            "DELETE FROM search_fts WHERE rowid = "
            "(SELECT docid FROM search_doc WHERE row_id = old.id); "
            "DELETE FROM search_doc WHERE row_id = old.id;"
        )
        watched = ", ".join((title, *body_columns, "deleted", "partnership_id"))
        op.execute(f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {remove} {add} END"
        )
        op.execute(f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {remove} END")


def drop_search_index() -> None:
    for table in SEARCH_SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_doc")
