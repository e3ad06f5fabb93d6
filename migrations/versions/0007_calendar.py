"""calendar events, reminders shown, task uid and deadline kind

Events keep their wall-clock times and zone (the truth) next to derived UTC spans for
range queries. Tasks gain an iCalendar UID (VTODO import/export) and the kind "deadline".

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 23:15:00.702542
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder_shown",
        sa.Column("item_kind", sa.String(length=5), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("shown_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "item_kind IN ('task', 'event')", name=op.f("ck_reminder_shown_item_kind")
        ),
        sa.PrimaryKeyConstraint("item_kind", "item_id", "due_at", name=op.f("pk_reminder_shown")),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("recurrence_id", sa.String(length=20), nullable=False),
        sa.Column("this_and_future", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("summary", sa.String(length=400), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("location", sa.String(length=400), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("start_local", sa.DateTime(), nullable=False),
        sa.Column("end_local", sa.DateTime(), nullable=False),
        sa.Column("tz", sa.String(length=64), nullable=True),
        sa.Column("start_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rrule", sa.String(length=500), nullable=True),
        sa.Column("rdates", sa.Text(), nullable=True),
        sa.Column("exdates", sa.Text(), nullable=True),
        sa.Column("series_end_utc", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("organizer", sa.Text(), nullable=True),
        sa.Column("attendees", sa.Text(), nullable=True),
        sa.Column("reminders", sa.String(length=200), nullable=True),
        sa.Column("categories", sa.Text(), nullable=True),
        sa.Column("url", sa.String(length=1000), nullable=True),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("kind IN ('event', 'deadline')", name=op.f("ck_event_kind")),
        sa.CheckConstraint(
            "status IN ('confirmed', 'tentative', 'cancelled')", name=op.f("ck_event_status")
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_event_matter_id_matter"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_event_task_id_task"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
        sa.UniqueConstraint("source", "uid", "recurrence_id", name="uq_event_identity"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_matter_id"), ["matter_id"], unique=False)
        batch_op.create_index("ix_event_span", ["start_utc", "end_utc"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_task_id"), ["task_id"], unique=False)
        batch_op.create_index(
            "ix_event_series",
            ["series_end_utc"],
            unique=False,
            sqlite_where=sa.text("rrule IS NOT NULL"),
            postgresql_where=sa.text("rrule IS NOT NULL"),
        )

    op.create_table(
        "event_contact",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_event_contact_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_contact_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "contact_id", name=op.f("pk_event_contact")),
    )
    with op.batch_alter_table("event_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_contact_contact_id"), ["contact_id"], unique=False
        )

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=255), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_task_uid"), ["uid"])
        batch_op.drop_constraint(op.f("ck_task_kind"), type_="check")
        batch_op.create_check_constraint("kind", "kind IN ('task', 'follow_up', 'deadline')")


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_task_kind"), type_="check")
        batch_op.create_check_constraint("kind", "kind IN ('task', 'follow_up')")
        batch_op.drop_constraint(batch_op.f("uq_task_uid"), type_="unique")
        batch_op.drop_column("uid")

    with op.batch_alter_table("event_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_contact_contact_id"))

    op.drop_table("event_contact")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_task_id"))
        batch_op.drop_index("ix_event_series")
        batch_op.drop_index("ix_event_span")
        batch_op.drop_index(batch_op.f("ix_event_matter_id"))

    op.drop_table("event")
    op.drop_table("reminder_shown")
