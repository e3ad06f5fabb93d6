"""Pairs the user marked "not duplicates": the duplicate finder does not list them again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from smallcrm.core.models.base import Base, UTCDateTime, utcnow

# One table per kind, so each id has a real foreign key: deleting a record (a merge, an
# emptied trash, an import undone) deletes its pairs with it. A pair is stored once, the
# smaller id first, so (a, b) and (b, a) are the same row.


class DismissedPersonPair(Base):
    """Two people the user said are different persons."""

    __tablename__ = "dismissed_person_pair"
    __table_args__ = (CheckConstraint("first_id < second_id", name="ordered"),)

    first_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    second_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    dismissed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DismissedOrganizationPair(Base):
    """Two organisations the user said are different organisations."""

    __tablename__ = "dismissed_organization_pair"
    __table_args__ = (CheckConstraint("first_id < second_id", name="ordered"),)

    first_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True
    )
    second_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    dismissed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
