"""calendar sync: Exchange calendars both ways

Which accounts sync their calendar and whether deletions cross over (asked once); per
event row the server's item, its ChangeKey and the fields as both sides last agreed on them
(the base of a three-way comparison); and the conflicts the sync leaves to the user.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-24 06:45:49.090547
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("server_version", sa.Text(), nullable=True),
        sa.Column("server_change_key", sa.String(length=200), nullable=True),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('changed_both', 'deleted_remotely', 'deleted_locally')",
            name=op.f("ck_event_conflict_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mail_account.id"],
            name=op.f("fk_event_conflict_account_id_mail_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_conflict_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_conflict")),
        sa.UniqueConstraint("event_id", name=op.f("uq_event_conflict_event_id")),
    )
    with op.batch_alter_table("event_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_conflict_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "event_remote",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=512), nullable=False),
        sa.Column("change_key", sa.String(length=200), nullable=False),
        sa.Column("synced", sa.Text(), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mail_account.id"],
            name=op.f("fk_event_remote_account_id_mail_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_remote_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_event_remote")),
        sa.UniqueConstraint("account_id", "item_id", name="uq_event_remote_item"),
    )
    with op.batch_alter_table("mail_account", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("calendar", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("mirror_deletes", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mail_account", schema=None) as batch_op:
        batch_op.drop_column("mirror_deletes")
        batch_op.drop_column("calendar")

    op.drop_table("event_remote")
    with op.batch_alter_table("event_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_conflict_account_id"))

    op.drop_table("event_conflict")
