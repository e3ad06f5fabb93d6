"""materialized occurrences of events (derived rows for fast calendar views)

Series are expanded ahead of time into ``event_occurrence`` so a view reads rows instead of
stepping hundreds of rules. The rows are derived: this revision makes the tables empty and
the app fills them in the background (reads fall back to expanding until then).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 01:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_expansion",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.String(length=32), nullable=False),
        sa.Column("from_s", sa.BigInteger(), nullable=False),
        sa.Column("until_s", sa.BigInteger(), nullable=False),
        sa.Column("longest_s", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_expansion_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_event_expansion")),
    )
    op.create_table(
        "event_occurrence",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("start_s", sa.BigInteger(), nullable=False),
        sa.Column("end_s", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_occurrence_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "start_s", name=op.f("pk_event_occurrence")),
    )
    op.create_index(
        "ix_event_occurrence_start",
        "event_occurrence",
        ["start_s", "event_id", "end_s"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_event_occurrence_start", table_name="event_occurrence")
    op.drop_table("event_occurrence")
    op.drop_table("event_expansion")
