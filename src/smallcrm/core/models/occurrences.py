"""Occurrences of recurring events, expanded ahead of time: derived rows a view reads."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from smallcrm.core.models.base import Base


class EventExpansion(Base):
    """Which span of a series' occurrences ``event_occurrence`` holds, and for which rule:
    ``signature`` digests what expansion reads of the event (start, end, zone, all-day,
    RRULE, RDATE, EXDATE). Rows whose signature no longer matches the event are not read
    (stale until written again), so a write path that forgets them costs speed, never truth."""

    __tablename__ = "event_expansion"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    signature: Mapped[str] = mapped_column(String(32))
    from_s: Mapped[int] = mapped_column(BigInteger)  # the span, as in event_occurrence
    until_s: Mapped[int] = mapped_column(BigInteger)
    longest_s: Mapped[int] = mapped_column(Integer)  # the longest occurrence, for range reads


class EventOccurrence(Base):
    """One occurrence of a series as its rule makes it (overrides are applied when read).

    Times are whole seconds since the epoch: the UTC instant for a zoned series, and the
    wall clock read as if it were UTC for a floating or all-day one (placed in the user's
    zone when read). The occurrence key (RECURRENCE-ID) follows from the start.
    """

    __tablename__ = "event_occurrence"
    __table_args__ = (Index("ix_event_occurrence_start", "start_s", "event_id", "end_s"),)

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    start_s: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    end_s: Mapped[int] = mapped_column(BigInteger)
