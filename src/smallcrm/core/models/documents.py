"""Documents: their versions (files in the content-addressed store), links and text."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from smallcrm.core.models.base import (
    Base,
    SoftDeleteMixin,
    TimestampMixin,
    UTCDateTime,
    one_of,
    utcnow,
)

# "pending" until core.services.documents.extract_pending has read the file; then what
# core.documents.extract said.
TEXT_STATUSES = ("pending", "ok", "no_text", "unsupported", "failed")

document_contact = Table(
    "document_contact",
    Base.metadata,
    Column("document_id", ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)

# The same tags as people and organisations carry (the ``tag`` table).
document_tag = Table(
    "document_tag",
    Base.metadata,
    Column("document_id", ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Document(TimestampMixin, SoftDeleteMixin, Base):
    """A document: a title, tags, links, and one or more versions (the newest is current)."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(400))
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("matter.id", ondelete="SET NULL"), index=True
    )
    # Folded words of the title, the file names, the tags and the current version's
    # extracted text, in order (core.services.documents keeps it; full-text search indexes
    # it).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class DocumentVersion(Base):
    """One version of a document: a blob in the store, named by its sha256. Never changed."""

    __tablename__ = "document_version"
    __table_args__ = (
        UniqueConstraint("document_id", "number", name="uq_document_version_number"),
        CheckConstraint("number >= 1", name="number"),
        CheckConstraint("size >= 0", name="size"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, ... per document
    # The blob in the store: documents/sha256/ab/cd/<sha256>. Verify and orphan checks
    # look versions up by it.
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    # The name the user's file had (diacritics kept): shown, never used as a path.
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(255))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Where the file came from, for the record ("C:\\Users\\jana\\Smlouva.docx").
    source_path: Mapped[str | None] = mapped_column(Text)


class DocumentText(Base):
    """The text extracted from one version: what search finds the document by."""

    __tablename__ = "document_text"
    __table_args__ = (CheckConstraint(one_of("status", TEXT_STATUSES), name="status"),)

    version_id: Mapped[int] = mapped_column(
        ForeignKey("document_version.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    # Why there is no text ("scanned image without a text layer", "password protected").
    reason: Mapped[str] = mapped_column(String(1000), default="")
    pages: Mapped[int | None] = mapped_column(Integer)
    extracted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
