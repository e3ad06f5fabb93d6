"""mail: accounts, folder checkpoints, stored messages and their links to contacts

Where synced mail lands: an account's settings (never its password, which the keyring
keeps), one checkpoint per folder written with each batch, and messages keyed by their
source identity (account, folder, UIDVALIDITY, UID) with the raw RFC 822 bytes kept.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-24 03:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mail_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=True),
        sa.Column("security", sa.String(length=10), nullable=True),
        sa.Column("user_name", sa.String(length=320), nullable=False),
        sa.Column(
            "privacy", sa.String(length=10), server_default=sa.text("'contacts'"), nullable=False
        ),
        sa.Column("since_months", sa.Integer(), nullable=True),
        sa.Column("folders", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('imap', 'ews', 'graph')", name=op.f("ck_mail_account_kind")),
        sa.CheckConstraint(
            "privacy IN ('all', 'contacts', 'filed')", name=op.f("ck_mail_account_privacy")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_account")),
        sa.UniqueConstraint("name", name=op.f("uq_mail_account_name")),
    )

    op.create_table(
        "mail_folder_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("highestmodseq", sa.BigInteger(), nullable=True),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mail_account.id"],
            name=op.f("fk_mail_folder_state_account_id_mail_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_folder_state")),
        sa.UniqueConstraint("account_id", "folder", name="uq_mail_folder_state_account_folder"),
    )

    op.create_table(
        "mail_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(length=500), nullable=True),
        sa.Column("in_reply_to", sa.String(length=500), nullable=True),
        sa.Column("references_json", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("from_name", sa.String(length=400), nullable=True),
        sa.Column("from_email", sa.String(length=320), nullable=True),
        sa.Column("to_json", sa.Text(), nullable=True),
        sa.Column("cc_json", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("has_attachments", sa.Boolean(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("flags_json", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mail_account.id"],
            name=op.f("fk_mail_message_account_id_mail_account"),
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_mail_message_matter_id_matter"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_message")),
        sa.UniqueConstraint(
            "account_id", "folder", "uidvalidity", "uid", name="uq_mail_message_source"
        ),
    )
    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mail_message_message_id"), ["message_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mail_message_matter_id"), ["matter_id"], unique=False)

    op.create_table(
        "mail_message_contact",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=4), nullable=False),
        sa.CheckConstraint(
            "role IN ('from', 'to', 'cc')", name=op.f("ck_mail_message_contact_role")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_mail_message_contact_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["mail_message.id"],
            name=op.f("fk_mail_message_contact_message_id_mail_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "message_id", "contact_id", "role", name=op.f("pk_mail_message_contact")
        ),
    )
    with op.batch_alter_table("mail_message_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mail_message_contact_contact_id"), ["contact_id"], unique=False
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        # The full-text index core.search makes once "mail_message" is searchable; an
        # upgrade makes it anew.
        for suffix in ("ai", "ad", "au"):
            conn.execute(sa.text(f"DROP TRIGGER IF EXISTS mail_message_fts_{suffix}"))
        conn.execute(sa.text("DROP TABLE IF EXISTS mail_message_fts"))
    with op.batch_alter_table("mail_message_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_message_contact_contact_id"))
    op.drop_table("mail_message_contact")

    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_message_matter_id"))
        batch_op.drop_index(batch_op.f("ix_mail_message_message_id"))
    op.drop_table("mail_message")

    op.drop_table("mail_folder_state")
    op.drop_table("mail_account")
