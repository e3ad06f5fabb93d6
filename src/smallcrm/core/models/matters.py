"""Matters (cases, engagements): types, the stage pipeline, parties, conflict checks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smallcrm.core.models.base import (
    Base,
    SoftDeleteMixin,
    TimestampMixin,
    UTCDateTime,
    one_of,
    utcnow,
)

# What a party is to a matter. Stored as these words; the interface translates them.
PARTY_ROLES = (
    "client",
    "opposing_party",
    "opposing_counsel",
    "witness",
    "authority",  # a court or an authority
    "related",
)
# Where a stage sits in the life of a matter. "intake" stages come before the firm takes
# the matter on (the conflict check belongs there); from an "engaged" stage on, a new
# party is checked as it is added; "closed" and "declined" stages end the matter.
STAGE_PHASES = ("intake", "engaged", "closed", "declined")
CONFLICT_DECISIONS = ("clear", "waived", "declined")


class MatterType(Base):
    """An entry of the editable list of matter types (litigation, tax return, audit ...)."""

    __tablename__ = "matter_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # Entries SmallCRM seeds have a key; shown translated while the name is the seeded one.
    key: Mapped[str | None] = mapped_column(String(30), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())


class Stage(Base):
    """A column of the pipeline board, in ``position`` order."""

    __tablename__ = "stage"
    __table_args__ = (CheckConstraint(one_of("phase", STAGE_PHASES), name="phase"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    key: Mapped[str | None] = mapped_column(String(30), unique=True)  # as MatterType.key
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase: Mapped[str] = mapped_column(String(10))
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())


class Matter(TimestampMixin, SoftDeleteMixin, Base):
    """A case or an engagement."""

    __tablename__ = "matter"

    id: Mapped[int] = mapped_column(primary_key=True)
    # From the firm's pattern ("2026/0042"); unique, never reused.
    number: Mapped[str] = mapped_column(String(50), unique=True)
    title: Mapped[str] = mapped_column(String(400))
    sort_key: Mapped[str] = mapped_column(String(400), index=True)
    type_id: Mapped[int | None] = mapped_column(
        ForeignKey("matter_type.id", ondelete="RESTRICT"), index=True
    )
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"), index=True)
    # The person in the firm who answers for the matter (the firm's people are not records).
    responsible: Mapped[str | None] = mapped_column(String(200))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # When the matter last entered its stage: the board's "days in stage".
    stage_since: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Folded words the search finds it by (core.services.search_text; see core.search).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))

    parties: Mapped[list[MatterParty]] = relationship(
        back_populates="matter", cascade="all, delete-orphan", order_by="MatterParty.id"
    )


class MatterParty(Base):
    """A person or an organisation in a matter, with its role."""

    __tablename__ = "matter_party"
    __table_args__ = (
        CheckConstraint(one_of("role", PARTY_ROLES), name="role"),
        CheckConstraint("(contact_id IS NULL) <> (organization_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(400))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    matter: Mapped[Matter] = relationship(back_populates="parties")


class ConflictCheck(Base):
    """One conflict check as it was run and decided: written once, never changed.

    The database refuses updates and deletes of these rows (triggers made by the
    migration), so the record stands as evidence of what was checked, found and decided.
    """

    __tablename__ = "conflict_check"
    __table_args__ = (CheckConstraint(one_of("decision", CONFLICT_DECISIONS), name="decision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # RESTRICT: a matter with a conflict check can go to the trash, never be purged.
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("matter.id", ondelete="RESTRICT"), index=True
    )
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    checked_by: Mapped[str] = mapped_column(String(200))
    # JSON: the names and registry ids entered, and the ranked hits with their reasons.
    query: Mapped[str] = mapped_column(Text)
    hits: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(Text)


class NumberSequence(Base):
    """The last number handed out per scope ("matter:2026"): numbers are never reused."""

    __tablename__ = "number_sequence"

    scope: Mapped[str] = mapped_column(String(50), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class FirmSetting(Base):
    """Settings shared by everyone using the firm's database (e.g. the matter number pattern)."""

    __tablename__ = "firm_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
