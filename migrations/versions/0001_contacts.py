"""contacts organisations methods tags relations

Revision ID: 0001
Revises:
Create Date: 2026-11-23 18:22:33.299388
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
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=50), nullable=True),
        sa.Column("given_name", sa.String(length=200), nullable=True),
        sa.Column("middle_name", sa.String(length=200), nullable=True),
        sa.Column("family_name", sa.String(length=200), nullable=True),
        sa.Column("display_name", sa.String(length=400), nullable=False),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=400), nullable=False),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("legal_form", sa.String(length=50), nullable=True),
        sa.Column("registry_id", sa.String(length=50), nullable=True),
        sa.Column("tax_id", sa.String(length=50), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organization_registry_id"), ["registry_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organization_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_tax_id"), ["tax_id"], unique=False)

    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "contact_method",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=True),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.Column("street", sa.String(length=300), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('email', 'phone', 'address', 'web')", name=op.f("ck_contact_method_kind")
        ),
        sa.CheckConstraint(
            "(contact_id IS NULL) <> (organization_id IS NULL)",
            name=op.f("ck_contact_method_exactly_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_method_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_contact_method_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_method")),
    )
    with op.batch_alter_table("contact_method", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_method_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index("ix_contact_method_kind_value", ["kind", "value"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_method_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "contact_tag",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_tag_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_contact_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("contact_id", "tag_id", name=op.f("pk_contact_tag")),
    )
    with op.batch_alter_table("contact_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "organization_tag",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_organization_tag_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_organization_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("organization_id", "tag_id", name=op.f("pk_organization_tag")),
    )
    with op.batch_alter_table("organization_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "relation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("other_contact_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.CheckConstraint("kind IN ('employment', 'personal')", name=op.f("ck_relation_kind")),
        sa.CheckConstraint(
            "(other_contact_id IS NULL) <> (organization_id IS NULL)",
            name=op.f("ck_relation_exactly_one_target"),
        ),
        sa.CheckConstraint(
            "other_contact_id IS NULL OR other_contact_id <> contact_id",
            name=op.f("ck_relation_not_self"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_relation_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_relation_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_contact_id"],
            ["contact.id"],
            name=op.f("fk_relation_other_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relation")),
    )
    with op.batch_alter_table("relation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relation_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_relation_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_relation_other_contact_id"), ["other_contact_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relation_other_contact_id"))
        batch_op.drop_index(batch_op.f("ix_relation_organization_id"))
        batch_op.drop_index(batch_op.f("ix_relation_contact_id"))

    op.drop_table("relation")
    with op.batch_alter_table("organization_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_tag_tag_id"))

    op.drop_table("organization_tag")
    with op.batch_alter_table("contact_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_tag_tag_id"))

    op.drop_table("contact_tag")
    with op.batch_alter_table("contact_method", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_method_organization_id"))
        batch_op.drop_index("ix_contact_method_kind_value")
        batch_op.drop_index(batch_op.f("ix_contact_method_contact_id"))

    op.drop_table("contact_method")
    op.drop_table("tag")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_tax_id"))
        batch_op.drop_index(batch_op.f("ix_organization_sort_key"))
        batch_op.drop_index(batch_op.f("ix_organization_registry_id"))

    op.drop_table("organization")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_sort_key"))

    op.drop_table("contact")
