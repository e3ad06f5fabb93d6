"""whole addresses (the country as written, the extended line, the PO box) and a sole
trader's registry and tax numbers on the person

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-24 03:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("registry_id", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("tax_id", sa.String(length=50), nullable=True))
    with op.batch_alter_table("contact_method", schema=None) as batch_op:
        batch_op.add_column(sa.Column("extended", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("po_box", sa.String(length=100), nullable=True))
        batch_op.alter_column(
            "country",
            existing_type=sa.String(length=2),
            type_=sa.String(length=100),
            existing_nullable=True,
        )


def downgrade() -> None:
    # A country name does not fit the two letters of before: kept only when it is a code.
    op.execute("UPDATE contact_method SET country = NULL WHERE length(country) > 2")
    with op.batch_alter_table("contact_method", schema=None) as batch_op:
        batch_op.alter_column(
            "country",
            existing_type=sa.String(length=100),
            type_=sa.String(length=2),
            existing_nullable=True,
        )
        batch_op.drop_column("po_box")
        batch_op.drop_column("extended")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("tax_id")
        batch_op.drop_column("registry_id")
