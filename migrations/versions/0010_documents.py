"""documents: content-addressed store records, versions and links

Documents with versions (each a blob in the profile's content-addressed store, named by
its sha256), links to contacts and tags, and the text extracted per version.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 01:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("search_text", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_document_matter_id_matter"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_matter_id"), ["matter_id"], unique=False)

    op.create_table(
        "document_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=255), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=True),
        sa.CheckConstraint("number >= 1", name=op.f("ck_document_version_number")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_document_version_size")),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_document_version_sha256")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_version_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_version")),
        sa.UniqueConstraint("document_id", "number", name="uq_document_version_number"),
    )
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_version_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_document_version_sha256"), ["sha256"], unique=False)

    op.create_table(
        "document_text",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'ok', 'no_text', 'unsupported', 'failed')",
            name=op.f("ck_document_text_status"),
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["document_version.id"],
            name=op.f("fk_document_text_version_id_document_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", name=op.f("pk_document_text")),
    )
    with op.batch_alter_table("document_text", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_text_status"), ["status"], unique=False)

    op.create_table(
        "document_contact",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_document_contact_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_contact_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "contact_id", name=op.f("pk_document_contact")),
    )
    with op.batch_alter_table("document_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_contact_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "document_tag",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_tag_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_document_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("document_id", "tag_id", name=op.f("pk_document_tag")),
    )
    with op.batch_alter_table("document_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_tag_tag_id"), ["tag_id"], unique=False)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        # The full-text index core.search made for documents; an upgrade makes it anew.
        for suffix in ("ai", "ad", "au"):
            conn.execute(sa.text(f"DROP TRIGGER IF EXISTS document_fts_{suffix}"))
        conn.execute(sa.text("DROP TABLE IF EXISTS document_fts"))
    with op.batch_alter_table("document_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_tag_tag_id"))
    op.drop_table("document_tag")

    with op.batch_alter_table("document_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_contact_contact_id"))
    op.drop_table("document_contact")

    with op.batch_alter_table("document_text", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_text_status"))
    op.drop_table("document_text")

    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_version_sha256"))
        batch_op.drop_index(batch_op.f("ix_document_version_document_id"))
    op.drop_table("document_version")

    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_matter_id"))
    op.drop_table("document")
