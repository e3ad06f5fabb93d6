"""not duplicates: the pairs the user dismissed in the duplicate finder

Revision ID: 0003
Revises: 0002

Two new tables, one for people and one for organisations; nothing existing changes. Until
now a dismissal lasted only until SmallCRM closed, so there is nothing to carry over.
Create Date: 2026-11-23 21:11:10.256691
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table, target in (
        ("dismissed_person_pair", "contact"),
        ("dismissed_organization_pair", "organization"),
    ):
        op.create_table(
            table,
            sa.Column("first_id", sa.Integer(), nullable=False),
            sa.Column("second_id", sa.Integer(), nullable=False),
            sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=False),
            # Stored once, smaller id first: (a, b) and (b, a) are the same pair.
            sa.CheckConstraint("first_id < second_id", name=op.f(f"ck_{table}_ordered")),
            sa.ForeignKeyConstraint(
                ["first_id"],
                [f"{target}.id"],
                name=op.f(f"fk_{table}_first_id_{target}"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["second_id"],
                [f"{target}.id"],
                name=op.f(f"fk_{table}_second_id_{target}"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("first_id", "second_id", name=op.f(f"pk_{table}")),
        )
        # The primary key serves first_id; deleting a record looks up second_id too.
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_second_id"), ["second_id"], unique=False)


def downgrade() -> None:
    for table in ("dismissed_organization_pair", "dismissed_person_pair"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_second_id"))
        op.drop_table(table)
