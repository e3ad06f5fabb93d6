"""mail sync: trusted certificates, first-sync day, status, threads, invitations, filing

What the sync needs beyond 0014: an Exchange account's endpoint, authentication and
mailbox address, and messages and folders named by item ids and sync tokens rather than
IMAP's numbers; an account's pinned certificate fingerprint (public, so
here and not in the keyring), a fixed first-sync day, its background interval and the
status the status bar tells; the raw bytes of each message in a table of their own, so an
update of a message never rewrites them; per message its thread, its attachments listed,
the invitation it carried (its UID finds the event), when its body was read, and whether
the server expunged it (the row stays: evidence); which attachment was filed as which
document, and the timeline entry each message made.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-24 04:13:05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mail_attachment_document",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(length=100), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_mail_attachment_document_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["mail_message.id"],
            name=op.f("fk_mail_attachment_document_message_id_mail_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", "part", name=op.f("pk_mail_attachment_document")),
    )
    op.create_index(
        op.f("ix_mail_attachment_document_document_id"),
        "mail_attachment_document",
        ["document_id"],
        unique=False,
    )

    op.create_table(
        "mail_message_activity",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_mail_message_activity_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["mail_message.id"],
            name=op.f("fk_mail_message_activity_message_id_mail_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_mail_message_activity")),
        sa.UniqueConstraint("activity_id", name=op.f("uq_mail_message_activity_activity_id")),
    )

    # The raw bytes move to a table of their own: SQLite rewrites a whole row on any
    # update, and a sync updates flags and text of rows that hold megabytes.
    op.create_table(
        "mail_message_raw",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["mail_message.id"],
            name=op.f("fk_mail_message_raw_message_id_mail_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_mail_message_raw")),
    )
    op.execute("INSERT INTO mail_message_raw (message_id, raw) SELECT id, raw FROM mail_message")
    _drop_fts_triggers()
    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.drop_column("raw")
        # Exchange and Graph name a message by an item id, not by folder numbers.
        batch_op.alter_column("uidvalidity", existing_type=sa.BigInteger(), nullable=True)
        batch_op.alter_column("uid", existing_type=sa.BigInteger(), nullable=True)
        batch_op.add_column(sa.Column("source_id", sa.String(length=512), nullable=True))
        batch_op.create_unique_constraint("uq_mail_message_source_id", ["account_id", "source_id"])

    # Nullable columns only: SQLite adds them in place.
    with op.batch_alter_table("mail_folder_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_token", sa.Text(), nullable=True))

    with op.batch_alter_table("mail_account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("url", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("auth", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("email", sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column("since_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("pinned_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("sync_minutes", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_report", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("last_error", sa.Text(), nullable=True))

    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("thread_key", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("attachments_json", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("invitation_uid", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("expunged_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("indexed_at", sa.DateTime(timezone=True), nullable=True))
    # 0014 stored every message with its body read.
    op.execute("UPDATE mail_message SET indexed_at = created_at")
    op.create_index(
        op.f("ix_mail_message_indexed_at"), "mail_message", ["indexed_at"], unique=False
    )
    op.create_index(
        op.f("ix_mail_message_invitation_uid"), "mail_message", ["invitation_uid"], unique=False
    )
    op.create_index(
        op.f("ix_mail_message_thread_key"), "mail_message", ["thread_key"], unique=False
    )
    # Every account synced in the background every 15 minutes, as new ones are.
    op.execute("UPDATE mail_account SET sync_minutes = 15")


def _drop_fts_triggers() -> None:
    """Rebuilding mail_message on SQLite takes its FTS triggers with it; core.search makes
    them again after every upgrade. Dropped first so the rebuild meets none half-way."""
    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS mail_message_fts_{suffix}")


def downgrade() -> None:
    conn = op.get_bind()
    op.drop_index(op.f("ix_mail_message_indexed_at"), table_name="mail_message")
    op.drop_index(op.f("ix_mail_message_thread_key"), table_name="mail_message")
    op.drop_index(op.f("ix_mail_message_invitation_uid"), table_name="mail_message")
    if conn.dialect.name == "sqlite":
        # Dropping columns rebuilds mail_message, which takes its FTS triggers with it; the
        # index is core.search's, made again after an upgrade.
        for suffix in ("ai", "ad", "au"):
            conn.execute(sa.text(f"DROP TRIGGER IF EXISTS mail_message_fts_{suffix}"))
        conn.execute(sa.text("DROP TABLE IF EXISTS mail_message_fts"))
    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.drop_column("indexed_at")
        batch_op.drop_column("expunged_at")
        batch_op.drop_column("invitation_uid")
        batch_op.drop_column("attachments_json")
        batch_op.drop_column("thread_key")

    with op.batch_alter_table("mail_folder_state", schema=None) as batch_op:
        batch_op.drop_column("sync_token")

    with op.batch_alter_table("mail_account", schema=None) as batch_op:
        batch_op.drop_column("email")
        batch_op.drop_column("auth")
        batch_op.drop_column("url")
        batch_op.drop_column("last_error")
        batch_op.drop_column("last_report")
        batch_op.drop_column("last_success_at")
        batch_op.drop_column("last_attempt_at")
        batch_op.drop_column("sync_minutes")
        batch_op.drop_column("pinned_sha256")
        batch_op.drop_column("since_date")

    op.drop_index(
        op.f("ix_mail_attachment_document_document_id"), table_name="mail_attachment_document"
    )
    op.drop_table("mail_attachment_document")
    op.drop_table("mail_message_activity")

    # 0014 knows only IMAP's numbers: mail from an Exchange or Graph account cannot stay.
    op.execute("DELETE FROM mail_message WHERE source_id IS NOT NULL")
    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.drop_constraint("uq_mail_message_source_id", type_="unique")
        batch_op.drop_column("source_id")
        batch_op.alter_column("uidvalidity", existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column("uid", existing_type=sa.BigInteger(), nullable=False)
        batch_op.add_column(sa.Column("raw", sa.LargeBinary(), nullable=True))
    op.execute(
        "UPDATE mail_message SET raw = (SELECT r.raw FROM mail_message_raw AS r"
        " WHERE r.message_id = mail_message.id)"
    )
    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.alter_column("raw", existing_type=sa.LargeBinary(), nullable=False)
    op.drop_table("mail_message_raw")
