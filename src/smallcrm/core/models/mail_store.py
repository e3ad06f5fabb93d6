"""Synced mail: accounts (settings only), folder checkpoints, stored messages and their people."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import false as sa_false
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column

from smallcrm.core.models.base import Base, TimestampMixin, UTCDateTime, one_of, utcnow

MAIL_ACCOUNT_KINDS = ("imap", "ews", "graph")
# Which synced messages are kept: every one, only those to or from a person who is already
# a contact (the default for a shared office database), or none until the user files one.
MAIL_PRIVACY = ("all", "contacts", "filed")
MAIL_ROLES = ("from", "to", "cc")


class MailAccount(TimestampMixin, Base):
    """A mailbox the firm syncs. Settings only: the password is in the OS keyring (rule 7)."""

    __tablename__ = "mail_account"
    __table_args__ = (
        CheckConstraint(one_of("kind", MAIL_ACCOUNT_KINDS), name="kind"),
        CheckConstraint(one_of("privacy", MAIL_PRIVACY), name="privacy"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    host: Mapped[str] = mapped_column(String(255), default="")
    port: Mapped[int | None] = mapped_column(Integer)
    security: Mapped[str | None] = mapped_column(String(10))  # "tls", "starttls", "plain"
    user_name: Mapped[str] = mapped_column(String(320), default="")
    # Exchange: the EWS endpoint, how it authenticates, and the mailbox's SMTP address.
    url: Mapped[str | None] = mapped_column(String(500))
    auth: Mapped[str | None] = mapped_column(String(10))  # "ntlm", "basic"
    email: Mapped[str | None] = mapped_column(String(320))
    privacy: Mapped[str] = mapped_column(
        String(10), default="contacts", server_default=sql_text("'contacts'")
    )
    # How far back the first sync reaches: a fixed day, else so many months back from the
    # day of the sync; neither syncs the whole mailbox.
    since_months: Mapped[int | None] = mapped_column(Integer)
    since_date: Mapped[date | None] = mapped_column(Date)
    # A JSON list of the folder names to sync; None means the connector's default choice.
    folders: Mapped[str | None] = mapped_column(Text)
    # The SHA-256 of a server certificate the user trusted by hand (64 hex digits): a
    # fingerprint is public, not a secret, so it lives here and not in the keyring.
    pinned_sha256: Mapped[str | None] = mapped_column(String(64))
    # Minutes between background syncs; None syncs only on demand.
    sync_minutes: Mapped[int | None] = mapped_column(Integer, default=15)
    # What the status bar tells: the last try, the last success, and what the last run did
    # (a JSON report) or why it failed (a message with no secret in it).
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_report: Mapped[str | None] = mapped_column(Text)
    last_error: Mapped[str | None] = mapped_column(Text)
    # Exchange: sync the account's calendar both ways, and whether a deletion on one side
    # deletes on the other (None: not asked yet, deletions wait for the user's answer).
    calendar: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    mirror_deletes: Mapped[bool | None] = mapped_column(Boolean)
    # Removed by the user: no longer synced or listed; the mail it brought stays (its rows
    # point here), as does the calendar it synced, now this computer's.
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Who syncs the account now ("host:pid:token") and until when, unless renewed: two
    # computers of a shared database (or the app and the CLI) never sync it at once.
    sync_owner: Mapped[str | None] = mapped_column(String(200))
    sync_lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MailFolderState(Base):
    """Where a folder's sync goes on from: written with the batch it came with (rule 5)."""

    __tablename__ = "mail_folder_state"
    __table_args__ = (
        UniqueConstraint("account_id", "folder", name="uq_mail_folder_state_account_folder"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_account.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(Text)
    # IMAP's UIDVALIDITY and UIDs are unsigned 32-bit and mod-sequences 63-bit: BigInteger.
    # 0 for a source without them.
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    highestmodseq: Mapped[int | None] = mapped_column(BigInteger)
    # Where an Exchange (SyncState) or Graph (deltaLink) folder goes on from: opaque text.
    sync_token: Mapped[str | None] = mapped_column(Text)
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # A read of the whole folder under way (an Exchange calendar's, from no SyncState):
    # its number, kept until the read's end finds what it did not see. NULL otherwise.
    full_read: Mapped[int | None] = mapped_column(Integer)


mail_message_contact = Table(
    "mail_message_contact",
    Base.metadata,
    Column("message_id", ForeignKey("mail_message.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
    Column("role", String(4), primary_key=True),
    CheckConstraint(one_of("role", MAIL_ROLES), name="role"),
)


class MailMessage(Base):
    """One synced message, keyed by its source identity (rule 6), the raw bytes kept."""

    __tablename__ = "mail_message"
    __table_args__ = (
        UniqueConstraint(
            "account_id", "folder", "uidvalidity", "uid", name="uq_mail_message_source"
        ),
        UniqueConstraint("account_id", "source_id", name="uq_mail_message_source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No cascade: deleting an account must not silently delete the evidence it brought in.
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_account.id"))
    folder: Mapped[str] = mapped_column(Text)
    # The source identity (rule 6): IMAP's UIDVALIDITY and UID, or the item id an Exchange
    # or Graph server gives (then the two numbers are None).
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    source_id: Mapped[str | None] = mapped_column(String(512))
    # Without the angle brackets; the fallback identity when a folder's UIDVALIDITY changes.
    message_id: Mapped[str | None] = mapped_column(String(500), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(500))
    references_json: Mapped[str | None] = mapped_column(Text)  # JSON list of Message-IDs
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    from_name: Mapped[str | None] = mapped_column(String(400))
    from_email: Mapped[str | None] = mapped_column(String(320))
    to_json: Mapped[str | None] = mapped_column(Text)  # JSON list of [name, email]
    cc_json: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    has_attachments: Mapped[bool] = mapped_column(Boolean, default=False)
    size: Mapped[int] = mapped_column(BigInteger)
    flags_json: Mapped[str | None] = mapped_column(Text)  # JSON list, sorted
    # Folded words of the subject, names, addresses and text (core.services.mail_store).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("matter.id", ondelete="SET NULL"), index=True
    )
    # The conversation: the first Message-ID of References (the root, RFC 5322 §3.6.4), else
    # the parent's thread, else the message's own Message-ID.
    thread_key: Mapped[str | None] = mapped_column(String(500), index=True)
    # JSON list of {"filename", "content_type", "size", "content_id", "inline", "part"}:
    # listed without reading the raw bytes again.
    attachments_json: Mapped[str | None] = mapped_column(Text)
    # The UID of the meeting invitation (text/calendar REQUEST or CANCEL) the message
    # carried: the event it made or changed is the one with that UID.
    invitation_uid: Mapped[str | None] = mapped_column(String(500), index=True)
    # Expunged on the server since it was synced. The row stays: it is the firm's evidence.
    expunged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the body was read: text, search words, attachments, invitations. None: only the
    # headers so far (a first sync stores mail first and reads bodies right after).
    indexed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


# Which attachment of a message was filed as which document: filing again adds none.
mail_attachment_document = Table(
    "mail_attachment_document",
    Base.metadata,
    Column("message_id", ForeignKey("mail_message.id", ondelete="CASCADE"), primary_key=True),
    Column("part", String(100), primary_key=True),  # child indexes from the root: "0.2"
    Column("document_id", ForeignKey("document.id", ondelete="CASCADE"), index=True),
)


# The timeline entry ("email" activity) a message linked to people or a matter made: the
# timeline pages activities only, and opening that entry opens the message.
mail_message_activity = Table(
    "mail_message_activity",
    Base.metadata,
    Column("message_id", ForeignKey("mail_message.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "activity_id", ForeignKey("activity.id", ondelete="CASCADE"), unique=True, nullable=False
    ),
)


# The RFC 822 bytes exactly as the server gave them: evidence. A table of its own, because
# SQLite rewrites a whole row on any update: a message's flags, text or matter change
# without copying its megabytes again, and lists never page through them.
mail_message_raw = Table(
    "mail_message_raw",
    Base.metadata,
    Column("message_id", ForeignKey("mail_message.id", ondelete="CASCADE"), primary_key=True),
    Column("raw", LargeBinary, nullable=False),
)
