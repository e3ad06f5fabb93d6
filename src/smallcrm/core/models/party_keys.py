"""The conflict check's look-up keys: derived data, like the search index.

Every person, organisation and e-mail correspondent stores the keys ``name_match`` makes
of its name, numbers and addresses; a check looks its query's keys up exactly. Triggers
mark a record whose name, numbers or e-mail addresses change in ``party_key_dirty``, and
``services.conflicts.refresh_keys`` recomputes the keys of the marked records.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from smallcrm.core.models.base import Base

# Who owns a key: a person (contact.id), an organisation or a mail correspondent.
KEY_OWNERS = ("person", "organization", "correspondent")


class PartyKey(Base):
    """One look-up key of one record; the primary key is the look-up index."""

    __tablename__ = "party_key"
    __table_args__ = (
        Index("ix_party_key_owner", "owner_kind", "owner_id"),
        {"sqlite_with_rowid": False},
    )

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String(13), primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class PartyKeyDirty(Base):
    """A record whose keys are out of date (written by triggers, cleared by refresh_keys)."""

    __tablename__ = "party_key_dirty"

    owner_kind: Mapped[str] = mapped_column(String(13), primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, primary_key=True)
