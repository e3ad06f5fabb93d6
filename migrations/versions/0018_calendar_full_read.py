"""calendar full read: a read of a whole Exchange calendar survives an interruption

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-24 09:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mail_folder_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("full_read", sa.Integer(), nullable=True))
    with op.batch_alter_table("event_remote", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seen_read", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_remote", schema=None) as batch_op:
        batch_op.drop_column("seen_read")
    with op.batch_alter_table("mail_folder_state", schema=None) as batch_op:
        batch_op.drop_column("full_read")
