"""Calendar events (single, series, changed occurrences) and the reminders already shown."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
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

EVENT_STATUSES = ("confirmed", "tentative", "cancelled")
# A deadline is the all-day entry the deadline calculator makes next to its task.
EVENT_KINDS = ("event", "deadline")
REMINDER_ITEMS = ("task", "event")

event_contact = Table(
    "event_contact",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Event(TimestampMixin, SoftDeleteMixin, Base):
    """One calendar event, a recurring series, or one changed occurrence of a series.

    The truth is the wall clock: ``start_local``/``end_local`` are naive times in ``tz``
    (an IANA name; NULL for a floating time), so a series made at 09:00 Prague stays at
    09:00 Prague on both sides of a DST change. ``start_utc``/``end_utc`` and
    ``series_end_utc`` are derived for range queries (a floating time is placed in the
    user's zone of the moment it was written). All-day events keep midnights of their dates,
    the end exclusive.

    A changed occurrence has the series' ``uid`` and a ``recurrence_id`` (the occurrence key
    of the start it replaces, see core.recurrence.occurrence_key); the series itself and a
    single event have ``recurrence_id`` "". ``source`` names the account an event came from
    ("" for events made here or imported from files), and (source, uid, recurrence_id) is its
    identity: importing the same file again updates instead of duplicating.
    """

    __tablename__ = "event"
    __table_args__ = (
        UniqueConstraint("source", "uid", "recurrence_id", name="uq_event_identity"),
        CheckConstraint(one_of("status", EVENT_STATUSES), name="status"),
        CheckConstraint(one_of("kind", EVENT_KINDS), name="kind"),
        Index("ix_event_span", "start_utc", "end_utc"),
        # Series are expanded for every window: find them without reading single events.
        Index(
            "ix_event_series",
            "series_end_utc",
            sqlite_where=text("rrule IS NOT NULL"),
            postgresql_where=text("rrule IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255))
    recurrence_id: Mapped[str] = mapped_column(String(20), default="")
    # RECURRENCE-ID;RANGE=THISANDFUTURE: the change applies to every later occurrence.
    this_and_future: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(10), default="event")
    summary: Mapped[str] = mapped_column(String(400), default="")
    description: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str] = mapped_column(String(400), default="")
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    start_local: Mapped[datetime] = mapped_column(DateTime())
    end_local: Mapped[datetime] = mapped_column(DateTime())
    tz: Mapped[str | None] = mapped_column(String(64))
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    rrule: Mapped[str | None] = mapped_column(String(500))
    # JSON lists of wall-clock ISO times (or dates) in tz.
    rdates: Mapped[str | None] = mapped_column(Text)
    exdates: Mapped[str | None] = mapped_column(Text)
    # The end of the series' last occurrence; NULL for a series without an end.
    series_end_utc: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(10), default="confirmed")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: {"email", "name", "role", "partstat"} and a list of them.
    organizer: Mapped[str | None] = mapped_column(Text)
    attendees: Mapped[str | None] = mapped_column(Text)
    # JSON list of minutes before the start.
    reminders: Mapped[str | None] = mapped_column(String(200))
    categories: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(1000))
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("matter.id", ondelete="SET NULL"), index=True
    )
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="SET NULL"), index=True
    )
    # Folded words the search finds it by (core.services.search_text; see core.search).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class ReminderShown(Base):
    """A reminder already put in front of the user, so it pops up once; the ones due while
    the app was closed are those without a row here."""

    __tablename__ = "reminder_shown"
    __table_args__ = (CheckConstraint(one_of("item_kind", REMINDER_ITEMS), name="item_kind"),)

    item_kind: Mapped[str] = mapped_column(String(5), primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # When the reminder was due (UTC): one row per occurrence of a series.
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    shown_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
