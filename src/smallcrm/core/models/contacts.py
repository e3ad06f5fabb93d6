"""People, organisations, their contact methods, tags and relations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import text
from sqlalchemy.sql.expression import true as sa_true

from smallcrm.core.models.base import Base, SoftDeleteMixin, TimestampMixin, one_of

METHOD_KINDS = ("email", "phone", "address", "web")
RELATION_KINDS = ("employment", "personal")
# The name as the firm's alphabet orders it (core.collation.collation_key): lists order by
# it, comparing code points, which SQLite's BINARY does and PostgreSQL's "C" collation does
# (the database's own collation would reorder the key's weights by its locale).
NAME_ORDER = String(400).with_variant(String(400, collation="C"), "postgresql")

contact_tag = Table(
    "contact_tag",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

organization_tag = Table(
    "organization_tag",
    Base.metadata,
    Column("organization_id", ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class Contact(TimestampMixin, SoftDeleteMixin, Base):
    """A person."""

    __tablename__ = "contact"
    __table_args__ = (
        # The few people with a stay-in-touch rhythm, without reading all the others (the
        # dashboard asks on every visit).
        Index(
            "ix_contact_stay_in_touch",
            "stay_in_touch_weeks",
            sqlite_where=text("stay_in_touch_weeks IS NOT NULL"),
            postgresql_where=text("stay_in_touch_weeks IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(50))
    given_name: Mapped[str | None] = mapped_column(String(200))
    middle_name: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    suffix: Mapped[str | None] = mapped_column(String(50))  # "Ph.D.", "CSc."
    nickname: Mapped[str | None] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(400))
    # Lower-cased, diacritics-folded "family given" used for sorting and prefix search.
    sort_key: Mapped[str] = mapped_column(String(400), index=True)
    name_order: Mapped[str] = mapped_column(NAME_ORDER, index=True, server_default=text("''"))
    position: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    birthday: Mapped[date | None] = mapped_column(Date)
    # A birthday known without its year (vCard `--0415`) is stored in a leap year, 2000.
    birthday_year_known: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=sa_true()
    )
    # PESEL, rodné číslo, OIB: sensitive, shown only on the person's card.
    personal_id: Mapped[str | None] = mapped_column(String(50))
    # A sole trader's registry and tax numbers (IČO and DIČ of an OSVČ, NIP, OIB of a obrt).
    registry_id: Mapped[str | None] = mapped_column(String(50))
    tax_id: Mapped[str | None] = mapped_column(String(50))
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    photo_mime: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)
    # "Stay in touch every N weeks": overdue when the last activity is older than that.
    stay_in_touch_weeks: Mapped[int | None] = mapped_column(Integer)
    # Folded words of the name, organisation, e-mails, phones and places: what search and
    # the duplicate finder read (kept by core.services; indexed by FTS5 on SQLite).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # The stable id the record has where it came from (vCard UID): re-imports match on it.
    uid: Mapped[str | None] = mapped_column(String(255), index=True)

    methods: Mapped[list[ContactMethod]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactMethod.position",
        foreign_keys="ContactMethod.contact_id",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tag)
    relations: Mapped[list[Relation]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        foreign_keys="Relation.contact_id",
    )


class Organization(TimestampMixin, SoftDeleteMixin, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(400))
    sort_key: Mapped[str] = mapped_column(String(400), index=True)
    name_order: Mapped[str] = mapped_column(NAME_ORDER, index=True, server_default=text("''"))
    legal_form: Mapped[str | None] = mapped_column(String(50))
    # Company registry number (IČO, REGON, OIB, EDRPOU ...) and tax / VAT number.
    registry_id: Mapped[str | None] = mapped_column(String(50), index=True)
    tax_id: Mapped[str | None] = mapped_column(String(50), index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    uid: Mapped[str | None] = mapped_column(String(255), index=True)

    methods: Mapped[list[ContactMethod]] = relationship(
        back_populates="organization",
        cascade="all, delete-orphan",
        order_by="ContactMethod.position",
        foreign_keys="ContactMethod.organization_id",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=organization_tag)


class ContactMethod(Base):
    """An e-mail, phone, postal address or web link of exactly one person or organisation."""

    __tablename__ = "contact_method"
    __table_args__ = (
        CheckConstraint(
            "(contact_id IS NULL) <> (organization_id IS NULL)", name="exactly_one_owner"
        ),
        CheckConstraint(one_of("kind", METHOD_KINDS), name="kind"),
        # E-mail and phone look-ups drive duplicate detection and mail linking.
        Index("ix_contact_method_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str | None] = mapped_column(String(50))
    # E-mail (lower-cased domain), phone (E.164), URL, or the one-line form of an address.
    value: Mapped[str] = mapped_column(String(500))
    # A phone as the user or the imported file wrote it (value is E.164 when it parses).
    raw: Mapped[str | None] = mapped_column(String(500))
    street: Mapped[str | None] = mapped_column(String(300))
    extended: Mapped[str | None] = mapped_column(String(200))  # floor, suite, c/o
    po_box: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    # As written ("Česká republika"), or the ISO code upper-cased when one was given.
    country: Mapped[str | None] = mapped_column(String(100))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact | None] = relationship(
        back_populates="methods", foreign_keys=[contact_id]
    )
    organization: Mapped[Organization | None] = relationship(
        back_populates="methods", foreign_keys=[organization_id]
    )


class Relation(Base):
    """A person's tie to an organisation (role, since/until) or to another person."""

    __tablename__ = "relation"
    __table_args__ = (
        CheckConstraint(
            "(other_contact_id IS NULL) <> (organization_id IS NULL)", name="exactly_one_target"
        ),
        CheckConstraint(one_of("kind", RELATION_KINDS), name="kind"),
        CheckConstraint(
            "other_contact_id IS NULL OR other_contact_id <> contact_id", name="not_self"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    other_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    role: Mapped[str | None] = mapped_column(String(200))
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)

    contact: Mapped[Contact] = relationship(back_populates="relations", foreign_keys=[contact_id])
    organization: Mapped[Organization | None] = relationship(foreign_keys=[organization_id])
    other_contact: Mapped[Contact | None] = relationship(foreign_keys=[other_contact_id])
