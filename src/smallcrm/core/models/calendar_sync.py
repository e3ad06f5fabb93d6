"""Calendar events a server also holds: their item there, the version last agreed, conflicts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smallcrm.core.models.base import Base, UTCDateTime, one_of, utcnow

CONFLICT_KINDS = (
    # Both sides changed the event since the last sync.
    "changed_both",
    # The server deleted an event (deletions wait for the user's first yes; see
    # MailAccount.mirror_deletes).
    "deleted_remotely",
    # The user deleted an event the server changed meanwhile.
    "deleted_locally",
)


class EventRemote(Base):
    """An event row's item on the account's server (a series, a single event, or a changed
    occurrence), with the ChangeKey and the fields as both sides last agreed on them.

    ``synced`` is the base of a three-way comparison: the event differs from it when the
    user changed it here, the ChangeKey differs when the server changed it there, both
    means a conflict. An event of an account's calendar without a row here is not on the
    server yet.
    """

    __tablename__ = "event_remote"
    __table_args__ = (UniqueConstraint("account_id", "item_id", name="uq_event_remote_item"),)

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    # The unique constraint below indexes it for the account's lookups.
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_account.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(512))
    change_key: Mapped[str] = mapped_column(String(200))
    # JSON of the synced fields (core.services.calendar_sync.synced_fields) at the last sync.
    synced: Mapped[str] = mapped_column(Text)
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The read of the whole calendar (``mail_folder_state.full_read``) that last saw the
    # item: one that read does not see by its end was deleted on the server meanwhile.
    seen_read: Mapped[int | None] = mapped_column(Integer)


class EventConflict(Base):
    """A change the sync would not decide alone: both versions kept until the user picks."""

    __tablename__ = "event_conflict"
    __table_args__ = (CheckConstraint(one_of("kind", CONFLICT_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # One open conflict per event: a newer server change replaces the server version kept.
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), unique=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("mail_account.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    # The server's version (JSON of the synced fields) and its ChangeKey; NULL when deleted.
    server_version: Mapped[str | None] = mapped_column(Text)
    server_change_key: Mapped[str | None] = mapped_column(String(200))
    found_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
