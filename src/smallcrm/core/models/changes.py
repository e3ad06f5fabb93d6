"""Change sets: what an import, a merge or a move to the trash did, so it can be undone."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smallcrm.core.models.base import Base, UTCDateTime, one_of, utcnow

CHANGE_KINDS = ("import", "merge", "trash", "edit")
ITEM_ACTIONS = ("create", "update", "delete", "trash")


class ChangeSet(Base):
    """One user action that touched many rows: undone as a whole, newest first."""

    __tablename__ = "change_set"
    __table_args__ = (CheckConstraint(one_of("kind", CHANGE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(400))  # "Import of contacts.vcf", shown in Undo
    source: Mapped[str | None] = mapped_column(String(1000))  # file names, for the record
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    items: Mapped[list[ChangeItem]] = relationship(
        back_populates="change_set", cascade="all, delete-orphan", order_by="ChangeItem.seq"
    )


class ChangeItem(Base):
    """One record touched: created, updated (with its state before), deleted or trashed."""

    __tablename__ = "change_item"
    __table_args__ = (
        CheckConstraint(one_of("action", ITEM_ACTIONS), name="action"),
        Index("ix_change_item_entity", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    change_set_id: Mapped[int] = mapped_column(
        ForeignKey("change_set.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(30))  # "contact", "organization"
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    # JSON snapshot of the whole aggregate before the change (row, methods, tags, relations).
    before: Mapped[str | None] = mapped_column(Text)

    change_set: Mapped[ChangeSet] = relationship(back_populates="items")


class LinkMove(Base):
    """A link a merge repointed or dropped (an activity's person, a matter's party ...).

    ChangeItem snapshots know people and organisations only; the link movers of
    core.services.merge_links note here what they did, so undo puts exactly that back.
    """

    __tablename__ = "link_move"

    id: Mapped[int] = mapped_column(primary_key=True)
    change_set_id: Mapped[int] = mapped_column(
        ForeignKey("change_set.id", ondelete="CASCADE"), index=True
    )
    link: Mapped[str] = mapped_column(String(40))  # the link table, e.g. "activity_contact"
    action: Mapped[str] = mapped_column(String(10))  # "moved" | "dropped"
    # JSON: the link row as it was before the merge.
    row: Mapped[str] = mapped_column(Text)
