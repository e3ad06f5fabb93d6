"""the conflict check's look-up keys and the marks of records whose keys are out of date

Revision ID: 0006
Revises: 0005

Keys are derived data (like the search index): the tables start empty, every existing
person, organisation and correspondent is marked, and the first conflict check (or
``smallcrm conflicts``) computes the keys. Triggers mark a record when its name, numbers
or e-mail addresses change.
Create Date: 2026-11-23 22:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "party_key",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("owner_kind", sa.String(length=13), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "owner_kind", "owner_id", name=op.f("pk_party_key")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("party_key", schema=None) as batch_op:
        batch_op.create_index("ix_party_key_owner", ["owner_kind", "owner_id"], unique=False)
    op.create_table(
        "party_key_dirty",
        sa.Column("owner_kind", sa.String(length=13), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("owner_kind", "owner_id", name=op.f("pk_party_key_dirty")),
    )
    for kind, table in (
        ("person", "contact"),
        ("organization", "organization"),
        ("correspondent", "correspondent"),
    ):
        op.execute(
            f"INSERT INTO party_key_dirty (owner_kind, owner_id) SELECT '{kind}', id FROM {table}"
        )
    _make_triggers()


def _make_triggers() -> None:
    from smallcrm.core import key_triggers

    if op.get_bind().dialect.name == "sqlite":
        # Made again after every upgrade by migrate (batch rebuilds drop them).
        key_triggers.ensure_triggers(op.get_bind())
        return
    for statement in key_triggers.postgresql_statements():
        op.execute(statement)


def downgrade() -> None:
    from smallcrm.core import key_triggers

    if op.get_bind().dialect.name == "sqlite":
        for name in key_triggers.sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for statement in key_triggers.postgresql_drop_statements():
            op.execute(statement)
    op.drop_table("party_key_dirty")
    with op.batch_alter_table("party_key", schema=None) as batch_op:
        batch_op.drop_index("ix_party_key_owner")
    op.drop_table("party_key")
